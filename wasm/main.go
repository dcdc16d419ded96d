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
	switch method {
	case "lookup":
		name, err := str(arg(0), "name")
		if err != nil {
			return nil, err
		}
		var limit int
		if v := arg(1); v.Type == gjson.Number {
			limit = clampInt(v.Float()) // lookup(name, 5) as well as lookup(name, {limit: 5})
		} else if limit, err = number(v, "limit"); err != nil {
			return nil, err
		}
		return json.Marshal(e.Lookup(name, limit))
	case "entity":
		id, err := str(arg(0), "id")
		if err != nil {
			return nil, err
		}
		if c, ok := e.Entity(id); ok {
			return json.Marshal(c)
		}
		return []byte("null"), nil
	case "searchQuotes":
		q, err := str(arg(0), "query")
		if err != nil {
			return nil, err
		}
		o, v := story.QuoteOptions{}, arg(1)
		if o.Limit, err = number(v, "limit"); err != nil {
			return nil, err
		}
		if err := fields(v, "speaker", &o.Speaker, "doc", &o.Doc, "from", &o.From, "to", &o.To); err != nil {
			return nil, err
		}
		return json.Marshal(e.SearchQuotes(q, o))
	case "timeline":
		var o story.TimelineOptions
		if err := fields(arg(0), "entity", &o.Entity, "from", &o.From, "to", &o.To); err != nil {
			return nil, err
		}
		return json.Marshal(e.Timeline(o))
	case "graph":
		var o story.GraphOptions
		v := arg(0)
		if err := fields(v, "entity", &o.Entity); err != nil {
			return nil, err
		}
		if o.MinWeight, err = number(v, "minWeight"); err != nil {
			return nil, err
		}
		return json.Marshal(e.Graph(o))
	case "stats":
		return json.Marshal(e.Stats())
	}
	return nil, errors.New("no such method")
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

// options checks that v is an options object or absent.
func options(v gjson.Result) error {
	if !absent(v) && !v.IsObject() {
		return errors.New("options must be an object")
	}
	return nil
}

// fields reads optional string fields of an options object: pairs of a
// key and where to put its value.
func fields(opts gjson.Result, pairs ...any) error {
	if err := options(opts); err != nil {
		return err
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		key := pairs[i].(string)
		if v := opts.Get(key); !absent(v) {
			s, err := str(v, "options."+key)
			if err != nil {
				return err
			}
			*pairs[i+1].(*string) = s
		}
	}
	return nil
}

// number reads an optional numeric field of an options object, clamped to
// the int32 range.
func number(opts gjson.Result, key string) (int, error) {
	if err := options(opts); err != nil {
		return 0, err
	}
	v := opts.Get(key)
	if absent(v) {
		return 0, nil
	}
	if v.Type != gjson.Number {
		return 0, errors.New("options." + key + " must be a number")
	}
	return clampInt(v.Float()), nil
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
