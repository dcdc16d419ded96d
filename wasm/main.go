//go:build js && wasm

// Command wasm is the StoryLens query engine compiled to WebAssembly for
// web/engine.mjs. It is a thin adapter: it checks argument types, calls
// package story and answers in JSON text, and recovers from every panic so
// that one bad call never ends the program.
//
// The contract with engine.mjs:
//
//   - engine.mjs sets go.env.STORYLENS_GLOBAL to a name and puts an object
//     with a ready(api) method under that name in globalThis before it
//     runs the program. The program calls ready(api) once and then waits
//     for calls forever. (Without such an object it sets
//     globalThis[name], by default globalThis.StoryLensEngine, to api.)
//   - api has the methods lookup(name, opts), entity(id),
//     searchQuotes(q, opts), timeline(opts), graph(opts), stats() and
//     open(json). Each returns a string: JSON text of the answer, or, when
//     the call fails, "!" followed by the error message
//     ("!lookup: name must be a string"), which engine.mjs throws as an
//     Error. JSON text never starts with "!".
//   - The embedded dataset is opened on the first query. open(json)
//     replaces it with a dataset given at run time, validated the same way,
//     and answers stats().
package main

import (
	"encoding/json"
	"errors"
	"math"
	"syscall"
	"syscall/js"

	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/story"
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

// argError is a bad argument, reported as "method: message".
type argError string

func (e argError) Error() string { return string(e) }

// export wraps a method as a JS function that answers a string and never
// lets a panic escape.
func export(name string, fn func(e *story.Engine, args []js.Value) ([]byte, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) (result any) {
		defer func() {
			if r := recover(); r != nil {
				msg := "internal error"
				switch r := r.(type) {
				case error:
					msg += ": " + r.Error()
				case string:
					msg += ": " + r
				}
				result = "!" + name + ": " + msg
			}
		}()
		var e *story.Engine
		if name != "open" {
			var err error
			if e, err = current(); err != nil {
				return "!" + name + ": " + err.Error()
			}
		}
		out, err := fn(e, args)
		if err != nil {
			return "!" + name + ": " + err.Error()
		}
		return string(out)
	})
}

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// str returns v as a string; what names it in the error.
func str(v js.Value, what string) (string, error) {
	if v.Type() != js.TypeString {
		return "", argError(what + " must be a string")
	}
	return v.String(), nil
}

// options returns v if it is an options object; undefined and null give
// an empty one.
func options(v js.Value) (js.Value, error) {
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return js.Undefined(), nil
	case js.TypeObject:
		if js.Global().Get("Array").Call("isArray", v).Bool() {
			break
		}
		return v, nil
	}
	return js.Undefined(), argError("options must be an object")
}

// field reads an optional string field of an options object.
func field(opts js.Value, key string) (string, error) {
	if opts.IsUndefined() {
		return "", nil
	}
	v := opts.Get(key)
	if v.IsUndefined() || v.IsNull() {
		return "", nil
	}
	return str(v, "options."+key)
}

// number reads an optional numeric field of an options object, clamped to
// the int32 range; NaN counts as absent.
func number(opts js.Value, key string) (int, error) {
	if opts.IsUndefined() {
		return 0, nil
	}
	v := opts.Get(key)
	if v.IsUndefined() || v.IsNull() {
		return 0, nil
	}
	if v.Type() != js.TypeNumber {
		return 0, argError("options." + key + " must be a number")
	}
	return clampInt(v.Float()), nil
}

func clampInt(f float64) int {
	switch {
	case math.IsNaN(f):
		return 0
	case f > math.MaxInt32:
		return math.MaxInt32
	case f < math.MinInt32:
		return math.MinInt32
	}
	return int(f)
}

// marshal encodes a result. encoding/json is linked anyway (gjson uses
// it), so it costs the module nothing, unlike a hand-written encoder.
func marshal(v any) ([]byte, error) {
	return json.Marshal(v)
}

func lookup(e *story.Engine, args []js.Value) ([]byte, error) {
	name, err := str(arg(args, 0), "name")
	if err != nil {
		return nil, err
	}
	limit := 0
	if v := arg(args, 1); v.Type() == js.TypeNumber {
		limit = clampInt(v.Float()) // lookup(name, 5) as well as lookup(name, {limit: 5})
	} else {
		opts, err := options(v)
		if err != nil {
			return nil, err
		}
		if limit, err = number(opts, "limit"); err != nil {
			return nil, err
		}
	}
	return marshal(e.Lookup(name, limit))
}

func entity(e *story.Engine, args []js.Value) ([]byte, error) {
	id, err := str(arg(args, 0), "id")
	if err != nil {
		return nil, err
	}
	c, ok := e.Entity(id)
	if !ok {
		return []byte("null"), nil
	}
	return marshal(c)
}

func searchQuotes(e *story.Engine, args []js.Value) ([]byte, error) {
	q, err := str(arg(args, 0), "query")
	if err != nil {
		return nil, err
	}
	opts, err := options(arg(args, 1))
	if err != nil {
		return nil, err
	}
	var o story.QuoteOptions
	if o.Limit, err = number(opts, "limit"); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		key string
		dst *string
	}{{"speaker", &o.Speaker}, {"doc", &o.Doc}, {"from", &o.From}, {"to", &o.To}} {
		if *f.dst, err = field(opts, f.key); err != nil {
			return nil, err
		}
	}
	return marshal(e.SearchQuotes(q, o))
}

func timeline(e *story.Engine, args []js.Value) ([]byte, error) {
	opts, err := options(arg(args, 0))
	if err != nil {
		return nil, err
	}
	var o story.TimelineOptions
	for _, f := range []struct {
		key string
		dst *string
	}{{"entity", &o.Entity}, {"from", &o.From}, {"to", &o.To}} {
		if *f.dst, err = field(opts, f.key); err != nil {
			return nil, err
		}
	}
	return marshal(e.Timeline(o))
}

func graph(e *story.Engine, args []js.Value) ([]byte, error) {
	opts, err := options(arg(args, 0))
	if err != nil {
		return nil, err
	}
	var o story.GraphOptions
	if o.Entity, err = field(opts, "entity"); err != nil {
		return nil, err
	}
	if o.MinWeight, err = number(opts, "minWeight"); err != nil {
		return nil, err
	}
	return marshal(e.Graph(o))
}

func stats(e *story.Engine, _ []js.Value) ([]byte, error) {
	return marshal(e.Stats())
}

func open(_ *story.Engine, args []js.Value) ([]byte, error) {
	data, err := str(arg(args, 0), "dataset")
	if err != nil {
		return nil, err
	}
	e, err := story.Open([]byte(data))
	if err != nil {
		return nil, err
	}
	engine, engineErr = e, nil
	return marshal(e.Stats())
}

func main() {
	api := js.Global().Get("Object").New()
	for name, fn := range map[string]func(*story.Engine, []js.Value) ([]byte, error){
		"lookup": lookup, "entity": entity, "searchQuotes": searchQuotes,
		"timeline": timeline, "graph": graph, "stats": stats, "open": open,
	} {
		api.Set(name, export(name, fn))
	}
	name, ok := syscall.Getenv("STORYLENS_GLOBAL")
	if !ok || name == "" {
		name = "StoryLensEngine"
	}
	if hook := js.Global().Get(name); hook.Type() == js.TypeObject && hook.Get("ready").Type() == js.TypeFunction {
		hook.Call("ready", api)
	} else {
		js.Global().Set(name, api)
	}
	select {}
}
