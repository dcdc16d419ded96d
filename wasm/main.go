//go:build js && wasm

// Command wasm is the StoryLens query engine compiled to WebAssembly for
// web/engine.mjs. It is a thin adapter: it hands each request to
// story.Engine.Do and recovers from every panic, so that one bad call
// never ends the program. All checking is in package story.
//
// The contract with engine.mjs:
//
//   - Before go.run, engine.mjs sets globalThis.__storylens to an object
//     with a ready(query, open) method. The program calls it during
//     go.run, which is synchronous up to that point, so several engines
//     can start one after another; then it waits for calls forever.
//   - query(request) takes the JSON text of a story.Request and returns a
//     string: the JSON text of the answer, or "!" and an error message
//     ("!lookup: \"name\" must be a string"), which engine.mjs throws as
//     an Error. JSON text never starts with "!". A request naming an
//     unknown entity gets its empty answer.
//   - The embedded dataset is opened on the first query. open(dataset),
//     with the dataset's JSON text, replaces it with a dataset given at
//     run time, validated the same way, and answers stats().
package main

import (
	"syscall/js"

	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/story"
)

var engine *story.Engine

func query(_ js.Value, in []js.Value) (result any) {
	defer recoverTo(&result)
	if len(in) != 1 || in[0].Type() != js.TypeString {
		return "!call: want the JSON text of a request"
	}
	if engine == nil {
		e, err := story.Open(dataset.JSON)
		if err != nil {
			return "!embedded dataset: " + err.Error()
		}
		engine = e
	}
	out, err := engine.Do([]byte(in[0].String()))
	if se, ok := err.(*story.Error); err != nil && !(ok && se.Kind == story.NotFound) {
		return "!" + err.Error()
	}
	return string(out)
}

func open(_ js.Value, in []js.Value) (result any) {
	defer recoverTo(&result)
	if len(in) != 1 || in[0].Type() != js.TypeString {
		return "!open: want the JSON text of a dataset"
	}
	// The dataset comes as it is, not wrapped in a request: it may be
	// megabytes, and escaping it only to unescape it costs seconds.
	e, err := story.Open([]byte(in[0].String()))
	if err != nil {
		return "!open: " + err.Error()
	}
	engine = e
	out, _ := e.Do([]byte(`{"method":"stats"}`))
	return string(out)
}

// recoverTo turns a panic into an error answer.
func recoverTo(result *any) {
	if r := recover(); r != nil {
		msg := "!call: internal error"
		switch r := r.(type) {
		case error:
			msg += ": " + r.Error()
		case string:
			msg += ": " + r
		}
		*result = msg
	}
}

func main() {
	hook := js.Global().Get("__storylens")
	if hook.Type() != js.TypeObject || hook.Get("ready").Type() != js.TypeFunction {
		println("storylens: load through engine.mjs (globalThis.__storylens.ready is missing)")
		return
	}
	hook.Call("ready", js.FuncOf(query), js.FuncOf(open))
	select {}
}
