//go:build js && wasm

// Command wasm is the StoryLens query engine compiled to WebAssembly for
// web/engine.mjs. It is a thin adapter: it checks argument types, calls
// package story and answers in JSON text, and recovers from every panic so
// that one bad call never ends the program.
//
// The contract with engine.mjs:
//
//   - Before go.run, engine.mjs sets globalThis.__storylens to an object
//     with a ready(call) method. The program calls ready(call) during
//     go.run, which is synchronous up to that point, so several engines
//     can start one after another; then it waits for calls forever.
//   - call(method, args) takes a method name (lookup, entity,
//     searchQuotes, timeline, graph, stats) and the JSON text of the
//     array of its arguments, and returns a string: JSON text of the
//     answer, or "!" followed by the error message
//     ("!lookup: name must be a string"), which engine.mjs throws as an
//     Error. JSON text never starts with "!". Arguments travel as JSON so
//     that type checks need no reflection on JS values.
//   - The embedded dataset is opened on the first query. call("open",
//     datasetJSON), with the dataset text itself as the second argument,
//     replaces it with a dataset given at run time, validated the same
//     way, and answers stats().
package main

import (
	"encoding/json"
	"errors"
	"syscall/js"

	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/story"
	"github.com/tidwall/gjson"
)

var (
	engine    *story.Engine
	engineErr error
)

// current returns the open engine, opening the embedded dataset first if
// no dataset is open.
func current() (*story.Engine, error) {
	if engine == nil && engineErr == nil {
		engine, engineErr = story.Open(dataset.JSON)
		if engineErr != nil {
			engineErr = errors.New("embedded dataset: " + engineErr.Error())
		}
	}
	return engine, engineErr
}

// call answers one call; see the package comment.
func call(_ js.Value, in []js.Value) (result any) {
	method := "call"
	defer func() {
		if r := recover(); r != nil {
			msg := "internal error"
			switch r := r.(type) {
			case error:
				msg += ": " + r.Error()
			case string:
				msg += ": " + r
			}
			result = "!" + method + ": " + msg
		}
	}()
	if len(in) != 2 || in[0].Type() != js.TypeString || in[1].Type() != js.TypeString {
		return "!call: want a method name and the JSON text of its arguments"
	}
	method = in[0].String()
	if method == "open" {
		// The dataset comes as it is, not wrapped in JSON: it may be
		// megabytes, and escaping it only to unescape it costs seconds.
		e, err := story.Open([]byte(in[1].String()))
		if err != nil {
			return "!open: " + err.Error()
		}
		engine, engineErr = e, nil
		out, _ := json.Marshal(e.Stats())
		return string(out)
	}
	args := []byte(in[1].String())
	if !gjson.ValidBytes(args) {
		return "!" + method + ": arguments are not JSON"
	}
	out, err := answer(method, gjson.ParseBytes(args).Array())
	if err != nil {
		return "!" + method + ": " + err.Error()
	}
	return string(out)
}

// answer runs method on args.
func answer(method string, args []gjson.Result) ([]byte, error) {
	arg := func(i int) gjson.Result {
		if i < len(args) {
			return args[i]
		}
		return gjson.Result{}
	}
	e, err := current()
	if err != nil {
		return nil, err
	}
	var (
		result any
		s      string
		o      options
	)
	switch method {
	case "lookup":
		if s, err = str(arg(0), "name"); err != nil {
			return nil, err
		}
		if v := arg(1); v.Type == gjson.Number {
			o.limit = clampInt(v.Float()) // lookup(name, 5) as well as lookup(name, {limit: 5})
		} else if o, err = parseOptions(v); err != nil {
			return nil, err
		}
		result = e.Lookup(s, o.limit)
	case "entity":
		if s, err = str(arg(0), "id"); err != nil {
			return nil, err
		}
		c, ok := e.Entity(s)
		if !ok {
			return []byte("null"), nil
		}
		result = c
	case "searchQuotes":
		if s, err = str(arg(0), "query"); err != nil {
			return nil, err
		}
		if o, err = parseOptions(arg(1)); err != nil {
			return nil, err
		}
		result = e.SearchQuotes(s, story.QuoteOptions{Limit: o.limit, Speaker: o.speaker, Doc: o.doc, Outlet: o.outlet, From: o.from, To: o.to, Evidence: o.evidence})
	case "timeline":
		if o, err = parseOptions(arg(0)); err != nil {
			return nil, err
		}
		result = e.Timeline(story.TimelineOptions{Entity: o.entity, From: o.from, To: o.to})
	case "graph":
		if o, err = parseOptions(arg(0)); err != nil {
			return nil, err
		}
		result = e.Graph(story.GraphOptions{Entity: o.entity, MinWeight: o.minWeight})
	case "stats":
		result = e.Stats()
	case "overview":
		result = e.Overview()
	default:
		return nil, errors.New("no such method")
	}
	return json.Marshal(result)
}

// absent reports whether an argument was left out (undefined and null
// both arrive as null).
func absent(v gjson.Result) bool {
	return !v.Exists() || v.Type == gjson.Null
}

// str returns v as a string; what names it in the error.
func str(v gjson.Result, what string) (string, error) {
	if v.Type != gjson.String {
		return "", errors.New(what + " must be a string")
	}
	return v.String(), nil
}

// options holds the options any method may take; each reads its own.
type options struct {
	limit, minWeight                       int
	speaker, doc, outlet, from, to, entity string
	evidence                               bool
}

// parseOptions reads an options object; undefined and null give none.
// Absent and null fields are left at their defaults; a field of the wrong
// type is an error.
func parseOptions(v gjson.Result) (o options, err error) {
	if absent(v) {
		return o, nil
	}
	if !v.IsObject() {
		return o, errors.New("options must be an object")
	}
	v.ForEach(func(k, x gjson.Result) bool {
		if absent(x) {
			return true
		}
		var dst *string
		switch k.Str {
		case "limit", "minWeight":
			if x.Type != gjson.Number {
				err = errors.New("options." + k.Str + " must be a number")
				return false
			}
			if k.Str == "limit" {
				o.limit = clampInt(x.Float())
			} else {
				o.minWeight = clampInt(x.Float())
			}
			return true
		case "evidence":
			if x.Type != gjson.True && x.Type != gjson.False {
				err = errors.New("options.evidence must be a boolean")
				return false
			}
			o.evidence = x.Bool()
			return true
		case "speaker":
			dst = &o.speaker
		case "doc":
			dst = &o.doc
		case "outlet":
			dst = &o.outlet
		case "from":
			dst = &o.from
		case "to":
			dst = &o.to
		case "entity":
			dst = &o.entity
		default:
			return true
		}
		if x.Type != gjson.String {
			err = errors.New("options." + k.Str + " must be a string")
			return false
		}
		*dst = x.String()
		return true
	})
	return o, err
}

func clampInt(f float64) int {
	switch {
	case f != f:
		return 0
	case f > 1<<31-1:
		return 1<<31 - 1
	case f < -1<<31:
		return -1 << 31
	}
	return int(f)
}

func main() {
	hook := js.Global().Get("__storylens")
	if hook.Type() != js.TypeObject || hook.Get("ready").Type() != js.TypeFunction {
		println("storylens: load through engine.mjs (globalThis.__storylens.ready is missing)")
		return
	}
	hook.Call("ready", js.FuncOf(call))
	select {}
}
