//go:build js && wasm

// Command worker is StoryLens on Cloudflare Workers: the JSON API of
// package api over the embedded dataset. Wrangler serves the widget's
// files itself (see wrangler.jsonc); requests for /api/ reach this program.
//
// The entry module, worker.mjs, starts this program once per isolate and
// hands it every request, so it serves without blocking on one request
// (workers.Serve would return after the first) and never returns.
//
// Build it with `make build`; run it with `make worker-dev`.
package main

import (
	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/deploy/worker/api"
	"github.com/storylens/storylens/story"
	"github.com/syumai/workers"
)

func main() {
	workers.ServeNonBlock(api.New(func() (*story.Engine, error) { return story.Open(dataset.JSON) }))
	workers.Ready()
	select {}
}
