#!/bin/sh
# make size: builds the StoryLens wasm (with its embedded dataset) and the
# minimal reference program (gjson + levenshtein only) with the same flags,
# then prints raw, gzip and brotli sizes of both, their ratio, and the size
# of the JavaScript in web/.
set -eu
cd "$(dirname "$0")/.."
mkdir -p bench/out
GOOS=js GOARCH=wasm go build -trimpath "-ldflags=-s -w -buildid=" -o bench/out/storylens.wasm ./wasm
GOOS=js GOARCH=wasm go build -trimpath "-ldflags=-s -w -buildid=" -o bench/out/minimal.wasm ./bench/minimal
exec node bench/size.mjs bench/out/storylens.wasm bench/out/minimal.wasm dataset/dataset.json
