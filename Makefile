# StoryLens — the index of tasks. `make serve` and `make test` do all set-up
# on a fresh machine that has Go and Node.

PORT ?= 8080
GO_WASM := GOOS=js GOARCH=wasm go
WASM_FLAGS := -trimpath -ldflags="-s -w -buildid="
NODE_DEPS := node_modules/.package-lock.json

.PHONY: story review need-in all build size bench repro soak fuzz eval-peers worker-test worker-dev deploy serve test test-go test-node test-browser check-fmt generate train train-check eval eval-dev eval-peers bench size chromium clean

all: build

# Build the wasm engine, copy wasm_exec.js from the Go install, and assemble the widget (minified by esbuild) and demo pages in dist/.
build: $(NODE_DEPS)
	@mkdir -p dist
	$(GO_WASM) build $(WASM_FLAGS) -o dist/storylens.wasm ./wasm
	cp "$$(go env GOROOT)/lib/wasm/wasm_exec.js" dist/wasm_exec.js
	cp web/*.mjs dist/
	rm -rf dist/widget
	npx esbuild web/embed.js web/widget/*.js --minify --legal-comments=inline --outbase=web --outdir=dist --log-level=warning
	go run ./tools/gendata -in web/test/fixtures/hostile -out dist/hostile.dataset.json
	go run ./tools/demopage -dataset dataset/dataset.json -hostile dist/hostile.dataset.json -fixture web/test/fixtures/harbour.dataset.json -out dist
	@echo "Subresource Integrity of the built assets:"
	@go run ./tools/sri dist/embed.js dist/engine.mjs dist/wasm_exec.js dist/storylens.wasm dist/widget/*.js

# Build, then serve dist/ with the demo pages on 127.0.0.1:$(PORT); with IN=DIR, your story (make story) on the demo page story.html.
serve: build
	@if [ -n "$(IN)" ]; then $(MAKE) --no-print-directory story SKIP_BUILD=1 IN="$(IN)" OUT="$(OUT)" BASE="$(BASE)" >/dev/null && \
	  go run ./tools/demopage -dataset dataset/dataset.json -fixture $(OUT)/dataset.json -out dist && \
	  echo "Your story: http://127.0.0.1:$(PORT)/story.html (the folder itself: http://127.0.0.1:$(PORT)/$(patsubst dist/%,%,$(OUT))/preview.html)"; fi
	go run ./tools/serve -dir dist -addr 127.0.0.1:$(PORT)

# Your own story: make story IN=DIR [OUT=dist/story] [BASE=/storylens/] builds a folder to upload from DIR's NAME.txt / NAME.html articles and corrections.json, and prints the embed snippet with its SRI hashes (SKIP_BUILD=1 reuses the dist/ already built, as the browser tests do).
IN ?=
OUT ?= dist/story
BASE ?= /storylens/
story: need-in $(if $(SKIP_BUILD),,build)
	go run ./tools/story -in "$(IN)" -out "$(OUT)" -dist dist -base "$(BASE)"

# (Used by story and review) stop at once when IN is not set.
need-in:
	@test -n "$(IN)" || { echo "make $(MAKECMDGOALS) needs IN=DIR, a folder of NAME.txt or NAME.html articles" >&2; exit 1; }

# What an editor should check first in IN=DIR, with the corrections.json line that fixes each; writes OUT/dataset.json and OUT/review.html.
review: need-in
	@mkdir -p "$(OUT)"
	go run ./tools/gendata -in "$(IN)" -out "$(OUT)/dataset.json" -review

# Everything CI checks: formatting, vet, Go tests (with the stale-dataset check), Node engine tests and Chromium tests.
test: check-fmt test-go build test-node test-browser worker-test

# gofmt and go vet must be clean (native and wasm builds).
check-fmt:
	@out="$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null)"; if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	go vet ./...
	$(GO_WASM) vet ./wasm/...

# Native Go tests, including dataset.TestFresh (the committed dataset.json must be what gendata makes).
test-go:
	go test ./...

# node:test tests of every engine method through web/node.mjs.
test-node: $(NODE_DEPS)
	node --expose-gc --test web/test/engine.test.mjs web/test/soak.test.mjs

# Chromium tests of the widget (playwright-core driving Debian's chromium), on the demo pages, the seed story and a made-up one.
test-browser: $(NODE_DEPS) chromium
	node --test web/test/browser.test.mjs web/test/story.test.mjs web/test/csp.test.mjs web/test/review.test.mjs web/test/publish.test.mjs

# Run every fuzz test for FUZZTIME each (make test runs only their seed corpora).
FUZZTIME ?= 60s
fuzz:
	@for pkg in $$(go list ./...); do \
	  for f in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; out=$$(go test $$pkg -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) 2>&1); st=$$?; \
	    echo "$$out" | grep -E 'execs:|FAIL|---|panic|fuzz_test' | tail -4; [ $$st = 0 ] || exit 1; \
	  done; done

# The long soak: 100,000 mixed queries; prints wasm memory, RSS and the JS values Go holds (figures that depend on when the collector runs, so make test checks memory natively: story.TestDoRetainsNothing).
soak: build $(NODE_DEPS)
	node --expose-gc web/test/soak.mjs 100000

# Regenerate dataset/dataset.json from seeds/.
generate:
	go generate ./...

# Score the extractor against every gold set (the seeds, and articles from other outlets).
EVAL_SETS := internal/extract/testdata/gold internal/extract/testdata/gold-extra internal/extract/testdata/gold-heldout
eval:
	@for d in $(EVAL_SETS); do [ -d $$d ] || continue; echo "== StoryLens on $$d"; go run ./tools/evalgold -in $$d -gold $$d || exit 1; done

DEVSETS ?= ../shared/devsets

# Train the extractor's learned models from the train splits in ../shared/devsets and write their committed weights (deterministic: train-check reproduces them byte for byte).
train:
	@test -d $(DEVSETS) || { echo "make train needs the development sets at $(DEVSETS) (set DEVSETS=DIR)"; exit 1; }
	go run ./tools/train -devsets $(DEVSETS)
	@# The speaker ranker learns from what the name tagger finds, and the tagger's weights are
	@# embedded at compile time: a second run trains the ranker on the new tagger.
	go run ./tools/train -devsets $(DEVSETS) -only speaker

# Retrain in memory and fail if a committed model differs from what the data gives.
train-check:
	@test -d $(DEVSETS) || { echo "make train-check needs the development sets at $(DEVSETS)"; exit 1; }
	go run ./tools/train -devsets $(DEVSETS) -check

# Score the extractor on every dev split under ../shared/devsets (never in make test): one line per split and layer.
DEV_SPLITS := pages/dev conll2003/dev polnear/dev
eval-dev:
	@if [ ! -d $(DEVSETS) ]; then echo "eval-dev: no dev sets at $(DEVSETS) (set DEVSETS=DIR); nothing scored"; exit 0; fi; \
	go build -o /tmp/storylens-evalgold ./tools/evalgold || exit 1; \
	for s in $(DEV_SPLITS); do [ -d $(DEVSETS)/$$s ] || continue; \
	  /tmp/storylens-evalgold -in $(DEVSETS)/$$s/articles -gold $(DEVSETS)/$$s/gold -summary $$s || exit 1; done; \
	for p in $(DEVSETS)/storypacks/*/; do [ -d $$p/gold ] || continue; \
	  /tmp/storylens-evalgold -in $$p/articles -gold $$p/gold -summary storypacks/$$(basename $$p) || exit 1; done

# Score StoryLens and the peers (compromise for entities and quotes, chrono-node for dates) with the same scorer.
eval-peers: $(NODE_DEPS)
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	for d in $(EVAL_SETS); do [ -d $$d ] || continue; \
	  echo "== StoryLens on $$d"; go run ./tools/evalgold -in $$d -gold $$d || exit 1; \
	  echo "== compromise + chrono-node on $$d"; node tools/evalpeers/peers.mjs $$d > $$tmp/peers.json && \
	  go run ./tools/evalgold -pred $$tmp/peers.json -gold $$d || exit 1; \
	done

$(NODE_DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund

# Debian's Chromium for the browser tests: installed through apt-get when running as root.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make test needs Chromium at /usr/bin/chromium: run 'apt-get install -y chromium' as root" >&2; exit 1; fi; }

# Size of the wasm (with the seed dataset) against a minimal gjson+levenshtein wasm, and of the JS in web/.
size: $(NODE_DEPS)
	sh bench/size.sh

# Benchmarks, not tests: StoryLens vs Fuse.js vs uFuzzy (p50/p95, recall@5) at seed and BBC scale, on a quiet machine and with a busy loop on another core, side by side; engine load time and memory, gendata throughput and peak RSS beside compromise and chrono-node on the same corpus, and the Go benchmarks with allocations per query.
BBC ?= ../shared/corpus/bbc
bench: build $(NODE_DEPS)
	@mkdir -p bench/out
	@test -d $(BBC) || { echo "make bench needs the BBC corpus at $(BBC) (set BBC=DIR)"; exit 1; }
	@echo "== extraction throughput on the BBC corpus ($(BBC)): gendata, then the peers"
	@sh bench/gendata.sh $(BBC) bench/out/bbc.json
	@node bench/peers.mjs $(BBC)
	node bench/bench.mjs -bbc bench/out/bbc.json
	go test ./story -run '^$$' -bench . -benchmem

# Two wasm builds from one commit must be byte-identical.
repro:
	@tmp=$$(mktemp -d) && \
	$(GO_WASM) build $(WASM_FLAGS) -o $$tmp/a.wasm ./wasm && \
	GOCACHE=$$tmp/cache $(GO_WASM) build $(WASM_FLAGS) -o $$tmp/b.wasm ./wasm && \
	cmp $$tmp/a.wasm $$tmp/b.wasm && echo "reproducible: $$(sha256sum < $$tmp/a.wasm | cut -c1-16)" ; st=$$?; rm -rf $$tmp; exit $$st

# Cloudflare Workers deploy (deploy/worker, its own Go module): Go tests, then the built worker under wrangler dev.
worker-test:
	$(MAKE) -C deploy/worker worker-test

# Run the worker offline on 127.0.0.1:8787.
worker-dev:
	$(MAKE) -C deploy/worker worker-dev

# Deploy with $$CLOUDFLARE_API_TOKEN; stops at once if it is unset.
deploy:
	$(MAKE) -C deploy/worker deploy

clean:
	rm -rf dist test-artifacts bench/out
