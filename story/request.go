package story

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// Limits on a Request. Every edge (the wasm module, the worker) passes
// requests to Do, so these are the only limits there are.
const (
	MaxText      = 512     // characters in a name, query or outlet; bytes in an ID
	MaxMinWeight = 1 << 20 // a larger minWeight is read as this one
)

// Request is one call of the engine's API, as JSON text:
//
//	{"method": "lookup", "name": "putn", "options": {"limit": 5}}
//	{"method": "entity", "id": "elon-musk"}
//	{"method": "searchQuotes", "query": "ceasfire", "options": {"limit", "speaker", "doc", "outlet", "from", "to", "evidence"}}
//	{"method": "timeline", "options": {"entity", "from", "to"}}
//	{"method": "graph", "options": {"entity", "minWeight"}}
//	{"method": "stats"}
//	{"method": "overview"}
//
// Absent and null fields take their defaults; options a method does not
// take are ignored. For lookup, options may also be the limit itself.
type Request struct {
	Method  string  `json:"method"`
	Name    string  `json:"name,omitempty"`  // lookup
	ID      string  `json:"id,omitempty"`    // entity
	Query   string  `json:"query,omitempty"` // searchQuotes
	Options Options `json:"options"`
}

// Options are a Request's options; each method reads its own.
type Options struct {
	Limit     int    `json:"limit,omitempty"` // 0: the method's default
	Speaker   string `json:"speaker,omitempty"`
	Doc       string `json:"doc,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Entity    string `json:"entity,omitempty"`
	MinWeight int    `json:"minWeight,omitempty"`
	Evidence  bool   `json:"evidence,omitempty"`
}

// ErrorKind says what is wrong with a request; the worker derives its HTTP
// status from it.
type ErrorKind uint8

const (
	// BadRequest: the request is malformed or breaks a limit.
	BadRequest ErrorKind = iota + 1
	// NotFound: the request names an entity the dataset does not hold.
	// Do still gives the answer, empty, beside the error.
	NotFound
	// Unavailable: no dataset is open.
	Unavailable
	// Internal: the engine failed; a bug.
	Internal
)

// Error is what Do reports about a request: its method, what kind of
// error it is, and a message that names the input at fault.
type Error struct {
	Method string
	Kind   ErrorKind
	Msg    string
}

func (e *Error) Error() string { return e.Method + ": " + e.Msg }

// badField returns the BadRequest error of method about a field.
func badField(method, field, msg string) *Error {
	return &Error{method, BadRequest, strconv.Quote(field) + " " + msg}
}

// limits holds the default and the largest limit of the methods that
// take one.
var limits = map[string][2]int{
	"lookup":       {DefaultLookupLimit, MaxLookupLimit},
	"searchQuotes": {DefaultQuoteLimit, MaxQuoteLimit},
}

// ParseRequest decodes and checks a request: its JSON, its types, and
// every limit. It does not need a dataset: names of unknown entities are
// Do's to find.
func ParseRequest(data []byte) (Request, error) {
	var r Request
	if !gjson.ValidBytes(data) {
		return r, &Error{"call", BadRequest, "request is not JSON"}
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return r, &Error{"call", BadRequest, "request must be an object"}
	}
	m := root.Get("method")
	if m.Type != gjson.String {
		return r, &Error{"call", BadRequest, `"method" must be a string`}
	}
	r.Method = m.Str
	p := parser{method: r.Method}
	o := root.Get("options")
	switch r.Method {
	case "lookup":
		r.Name = p.text(&root, "name", true)
		if p.err == nil && strings.TrimSpace(r.Name) == "" {
			p.err = badField(r.Method, "name", "is required")
		}
		if o.Type == gjson.Number || p.object(&o) {
			r.Options.Limit = p.limit(&o)
		}
	case "entity":
		r.ID = p.id(&root, "id", true)
	case "searchQuotes":
		r.Query = p.text(&root, "query", true)
		if p.object(&o) {
			r.Options.Limit = p.limit(&o)
			r.Options.Speaker = p.id(&o, "speaker", false)
			r.Options.Doc = p.id(&o, "doc", false)
			r.Options.Outlet = p.text(&o, "outlet", false)
			r.Options.From = p.date(&o, "from")
			r.Options.To = p.date(&o, "to")
			r.Options.Evidence = p.flag(&o, "evidence")
		}
	case "timeline":
		if p.object(&o) {
			r.Options.Entity = p.id(&o, "entity", false)
			r.Options.From = p.date(&o, "from")
			r.Options.To = p.date(&o, "to")
		}
	case "graph":
		if p.object(&o) {
			r.Options.Entity = p.id(&o, "entity", false)
			r.Options.MinWeight = p.minWeight(&o)
		}
	case "stats", "overview":
	default:
		return r, &Error{"call", BadRequest, "no such method " + strconv.Quote(clip(r.Method, 64))}
	}
	if p.err != nil {
		return Request{}, p.err
	}
	return r, nil
}

// parser checks the fields of one request and keeps the first error.
type parser struct {
	method string
	err    *Error
}

func absent(v *gjson.Result) bool { return v.Type == gjson.Null }

// object reports whether v is an options object; absent or null options
// are none, and anything else is an error.
//
//go:noinline
func (p *parser) object(v *gjson.Result) bool {
	if absent(v) || p.err != nil {
		return false
	}
	if !v.IsObject() {
		p.err = &Error{p.method, BadRequest, `"options" must be an object`}
		return false
	}
	return true
}

// str returns the string field key of v; a required field must be given.
func (p *parser) str(v *gjson.Result, key string, required bool) string {
	x := v.Get(key)
	if p.err != nil || absent(&x) && !required {
		return ""
	}
	if absent(&x) {
		p.err = badField(p.method, key, "is required")
		return ""
	}
	if x.Type != gjson.String {
		p.err = badField(p.method, key, "must be a string")
		return ""
	}
	return x.Str
}

// text returns a free-text field: valid UTF-8 of at most MaxText
// characters.
func (p *parser) text(v *gjson.Result, key string, required bool) string {
	s := p.str(v, key, required)
	switch {
	case p.err != nil:
	case !utf8.ValidString(s):
		p.err = badField(p.method, key, "is not valid UTF-8")
	case utf8.RuneCountInString(s) > MaxText:
		p.err = badField(p.method, key, "is longer than "+strconv.Itoa(MaxText)+" characters")
	}
	return s
}

// id returns an ID field: a slug of at most MaxText bytes of ASCII
// letters, digits and the punctuation - _ . : as the dataset makes them.
func (p *parser) id(v *gjson.Result, key string, required bool) string {
	s := p.str(v, key, required)
	if p.err != nil {
		return ""
	}
	if len(s) > MaxText {
		p.err = badField(p.method, key, "is longer than "+strconv.Itoa(MaxText)+" bytes")
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			p.err = badField(p.method, key, "is not an ID: "+strconv.Quote(clip(s, 64)))
			return ""
		}
	}
	return s
}

// date returns a date field: YYYY, YYYY-MM or YYYY-MM-DD.
func (p *parser) date(v *gjson.Result, key string) string {
	s := p.str(v, key, false)
	if p.err == nil && s != "" && !IsDate(s) {
		p.err = badField(p.method, key, "must be YYYY, YYYY-MM or YYYY-MM-DD; got "+strconv.Quote(clip(s, 64)))
	}
	return s
}

// flag returns a boolean field.
func (p *parser) flag(v *gjson.Result, key string) bool {
	x := v.Get(key)
	if p.err != nil || absent(&x) {
		return false
	}
	if x.Type != gjson.True && x.Type != gjson.False {
		p.err = badField(p.method, key, "must be true or false")
		return false
	}
	return x.Type == gjson.True
}

// number returns a numeric field, reporting whether it is given.
func (p *parser) number(x *gjson.Result, key string) (float64, bool) {
	if p.err != nil || absent(x) {
		return 0, false
	}
	if x.Type != gjson.Number {
		p.err = badField(p.method, key, "must be a number")
		return 0, false
	}
	return x.Num, true
}

// limit returns the limit: an integer from 1 to the method's most, or 0
// (the default) when it is absent.
func (p *parser) limit(v *gjson.Result) int {
	x := v.Get("limit")
	if v.Type == gjson.Number {
		x = *v
	}
	f, ok := p.number(&x, "limit")
	if !ok {
		return 0
	}
	most := limits[p.method][1]
	if f != math.Trunc(f) || f < 1 || f > float64(most) {
		p.err = badField(p.method, "limit", "must be an integer from 1 to "+strconv.Itoa(most))
		return 0
	}
	return int(f)
}

// minWeight returns the least relation weight: an integer of at least 0;
// one above MaxMinWeight reads as MaxMinWeight, which no relation reaches.
func (p *parser) minWeight(v *gjson.Result) int {
	x := v.Get("minWeight")
	f, ok := p.number(&x, "minWeight")
	if !ok {
		return 0
	}
	if f != math.Trunc(f) || f < 0 {
		p.err = badField(p.method, "minWeight", "must be an integer of at least 0")
		return 0
	}
	return int(min(f, MaxMinWeight))
}

// IsDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD with a month
// from 01 to 12 and a day from 01 to 31.
func IsDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	if len(s) >= 7 {
		if m := s[5:7]; m < "01" || m > "12" {
			return false
		}
	}
	if len(s) == 10 {
		if d := s[8:10]; d < "01" || d > "31" {
			return false
		}
	}
	return true
}

// Do answers one request (see Request) with the JSON text of its answer.
// A bad request gets an *Error and no answer. A request naming an unknown
// entity gets its empty answer (null, [] or an empty graph) and an *Error
// of kind NotFound: the wasm module gives the answer, the worker sends it
// with status 404.
func (e *Engine) Do(req []byte) ([]byte, error) {
	r, err := ParseRequest(req)
	if err != nil {
		return nil, err
	}
	return e.Answer(r)
}

// Answer answers a request that ParseRequest has checked; see Do.
func (e *Engine) Answer(r Request) ([]byte, error) {
	o := &r.Options
	var v any
	switch r.Method {
	case "lookup":
		v = e.Lookup(r.Name, o.Limit)
	case "entity":
		c, ok := e.Entity(r.ID)
		if !ok {
			return e.unknown(r.Method, "null", r.ID)
		}
		v = c
	case "searchQuotes":
		if !e.known(o.Speaker) {
			return e.unknown(r.Method, "[]", o.Speaker)
		}
		v = e.SearchQuotes(r.Query, QuoteOptions{Limit: o.Limit, Speaker: o.Speaker, Doc: o.Doc,
			Outlet: o.Outlet, From: o.From, To: o.To, Evidence: o.Evidence})
	case "timeline":
		if !e.known(o.Entity) {
			return e.unknown(r.Method, "[]", o.Entity)
		}
		v = e.Timeline(TimelineOptions{Entity: o.Entity, From: o.From, To: o.To})
	case "graph":
		if !e.known(o.Entity) {
			return e.unknown(r.Method, `{"nodes":[],"relations":[]}`, o.Entity)
		}
		v = e.Graph(GraphOptions{Entity: o.Entity, MinWeight: o.MinWeight})
	case "stats":
		v = e.Stats()
	case "overview":
		v = e.Overview()
	default:
		return nil, &Error{"call", BadRequest, "no such method " + strconv.Quote(clip(r.Method, 64))}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &Error{r.Method, Internal, "encoding the answer: " + err.Error()}
	}
	return b, nil
}

// known reports whether id is empty or names an entity.
//
//go:noinline
func (e *Engine) known(id string) bool {
	_, ok := e.entID[id]
	return id == "" || ok
}

// unknown is the answer to a request naming an unknown entity.
func (e *Engine) unknown(method, empty, id string) ([]byte, error) {
	return []byte(empty), &Error{method, NotFound, "unknown entity " + strconv.Quote(id)}
}
