#!/bin/sh
# gendata's throughput on a corpus folder (make bench): MB of article text
# per wall second and per CPU second (user+sys, steadier on a shared
# machine), and peak RSS, against the goals (2 MB/s, 200 MB).
#   sh bench/gendata.sh DIR OUT.json
set -e
dir=$1 out=$2
[ -d "$dir" ] && [ -n "$out" ] || { echo "usage: sh bench/gendata.sh DIR OUT.json" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gendata" ./tools/gendata
bytes=$(cat "$dir"/*.txt | wc -c)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$tmp/gendata" -in "$dir" -out "$out"
  read wall user sys rss < "$tmp/t"
else
  start=$(date +%s.%N); "$tmp/gendata" -in "$dir" -out "$out"; wall=$(echo "$(date +%s.%N) $start" | awk '{ print $1-$2 }'); user=0 sys=0 rss=0
fi
awk -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
  mb = b / 1e6; cpu = u + s
  printf "gendata                  %.1f MB in %.1f s wall, %.1f CPU s: %.2f MB/s, %.2f MB per CPU s, peak RSS %.0f MB (goals: 2 MB/s, 200 MB)\n", mb, w, cpu, mb / w, (cpu > 0 ? mb / cpu : 0), r / 1024
}'
