#!/bin/sh
# make size: builds the StoryLens wasm (with its embedded dataset) and the
# minimal reference program (gjson + levenshtein only) with the same flags,
# then prints raw, gzip and brotli sizes of both, their ratio, and the size
# of the JavaScript in web/. With PACKAGES=1 it also prints, package by
# package, the wasm code that StoryLens links beyond the minimal program
# (bench/wasmsize, on builds that keep their function names).
set -eu
cd "$(dirname "$0")/.."
mkdir -p bench/out
GOOS=js GOARCH=wasm go build -trimpath "-ldflags=-s -w -buildid=" -o bench/out/storylens.wasm ./wasm
GOOS=js GOARCH=wasm go build -trimpath "-ldflags=-s -w -buildid=" -o bench/out/minimal.wasm ./bench/minimal
node bench/size.mjs bench/out/storylens.wasm bench/out/minimal.wasm dataset/dataset.json
if [ "${PACKAGES:-}" = 1 ]; then
	GOOS=js GOARCH=wasm go build -trimpath -ldflags=-buildid= -o bench/out/storylens.names.wasm ./wasm
	GOOS=js GOARCH=wasm go build -trimpath -ldflags=-buildid= -o bench/out/minimal.names.wasm ./bench/minimal
	echo
	go run ./bench/wasmsize bench/out/storylens.names.wasm bench/out/minimal.names.wasm
fi
