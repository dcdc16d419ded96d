// Package api serves the StoryLens query engine as a JSON API over HTTP.
//
// It is a plain net/http handler: the Cloudflare Worker (../main.go)
// hands it to syumai/workers, and tests drive it with httptest. Every
// answer's body is byte for byte the JSON that the wasm engine returns for
// the same call, so readers and servers see the same results:
//
//	GET /api/search?q=&limit=&speaker=&doc=&outlet=&from=&to=&evidence=
//	                                                     searchQuotes
//	GET /api/lookup?q=&limit=                            lookup
//	GET /api/entity/{id}                                 entity
//	GET /api/timeline?entity=&from=&to=                  timeline
//	GET /api/graph?entity=&minWeight=                    graph
//	GET /api/stats                                       stats
//	GET /api/overview                                    overview
//
// Input is checked before it reaches the engine. A bad parameter gets 400,
// an unknown entity 404, a method other than GET, HEAD or OPTIONS 405, and
// a panic 500, each with the body {"error": "..."}.
package api

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storylens/storylens/story"
)

// Limits on input.
const (
	MaxQueryLen  = 512     // characters in q, and bytes in an ID or date
	MaxLimit     = 100     // most results one request may ask for
	MaxMinWeight = 1 << 20 // largest minWeight accepted
	MaxRawQuery  = 8192    // bytes in the whole query string, as sent
)

// CacheControl is sent with every successful API answer. The dataset is
// compiled into the worker, so answers change only with a deploy.
const CacheControl = "public, max-age=300"

// New returns the API handler. The engine is opened by open on the first
// request that needs it, so preflights, unknown paths and malformed
// requests cost no dataset parsing; if open fails, the requests that need
// it get 503.
func New(open func() (*story.Engine, error)) http.Handler {
	s := &server{engine: sync.OnceValues(open)}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/search", s.query(s.search, "q", "limit", "speaker", "doc", "outlet", "from", "to", "evidence"))
	mux.HandleFunc("/api/lookup", s.query(s.lookup, "q", "limit"))
	mux.HandleFunc("/api/entity/{id}", s.query(s.entity))
	mux.HandleFunc("/api/timeline", s.query(s.timeline, "entity", "from", "to"))
	mux.HandleFunc("/api/graph", s.query(s.graph, "entity", "minWeight"))
	mux.HandleFunc("/api/stats", s.query(s.stats))
	mux.HandleFunc("/api/overview", s.query(s.overview))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+clip(r.URL.Path))
	})
	return recoverPanics(cors(mux))
}

type server struct {
	engine func() (*story.Engine, error)
}

// An endpoint answers one checked request with JSON, or returns an error.
type endpoint func(e *story.Engine, p params) ([]byte, *httpError)

type httpError struct {
	status int
	msg    string
}

func badRequest(msg string) *httpError { return &httpError{http.StatusBadRequest, msg} }

// query wraps an endpoint: it allows GET and HEAD, rejects query
// parameters other than allowed (and repeated ones), opens the engine and
// writes the answer.
func (s *server) query(fn endpoint, allowed ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD, OPTIONS")
			writeError(w, http.StatusMethodNotAllowed, "method "+clip(r.Method)+" not allowed; use GET")
			return
		}
		if len(r.URL.RawQuery) > MaxRawQuery {
			writeError(w, http.StatusBadRequest, "query string longer than "+strconv.Itoa(MaxRawQuery)+" bytes")
			return
		}
		values, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			writeError(w, http.StatusBadRequest, "malformed query string")
			return
		}
		p := params{r: r, values: make(map[string]string, len(values))}
		for k, vs := range values {
			switch {
			case !contains(allowed, k):
				if len(allowed) == 0 {
					writeError(w, http.StatusBadRequest, "unknown parameter "+strconv.Quote(clip(k))+"; this endpoint takes none")
				} else {
					writeError(w, http.StatusBadRequest, "unknown parameter "+strconv.Quote(clip(k))+"; want one of "+strings.Join(allowed, ", "))
				}
				return
			case len(vs) > 1:
				writeError(w, http.StatusBadRequest, "parameter "+strconv.Quote(k)+" given more than once")
				return
			}
			p.values[k] = vs[0]
		}
		e, err := s.engine()
		if err != nil {
			writeError(w, http.StatusServiceUnavailable, "dataset unavailable: "+err.Error())
			return
		}
		body, herr := fn(e, p)
		if herr != nil {
			writeError(w, herr.status, herr.msg)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Cache-Control", CacheControl)
		if r.Method == http.MethodHead {
			// No Content-Length: in a worker, a length without the bytes
			// is an error ("FixedLengthStream did not see all expected
			// bytes").
			w.WriteHeader(http.StatusOK)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		w.Write(body)
	}
}

// marshal encodes a result as the wasm module does, with encoding/json.
func marshal(v any) ([]byte, *httpError) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &httpError{http.StatusInternalServerError, "encoding the answer: " + err.Error()}
	}
	return b, nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (s *server) search(e *story.Engine, p params) ([]byte, *httpError) {
	q, err := p.text("q")
	if err != nil {
		return nil, err
	}
	var o story.QuoteOptions
	if o.Limit, err = p.limit(); err != nil {
		return nil, err
	}
	if o.Speaker, err = p.entity(e, "speaker"); err != nil {
		return nil, err
	}
	if o.Doc, err = p.id("doc"); err != nil {
		return nil, err
	}
	if o.Outlet, err = p.text("outlet"); err != nil {
		return nil, err
	}
	if o.From, o.To, err = p.dates(); err != nil {
		return nil, err
	}
	if o.Evidence, err = p.flag("evidence"); err != nil {
		return nil, err
	}
	return marshal(e.SearchQuotes(q, o))
}

func (s *server) lookup(e *story.Engine, p params) ([]byte, *httpError) {
	q, err := p.text("q")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(q) == "" {
		return nil, badRequest("parameter \"q\" is required")
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	return marshal(e.Lookup(q, limit))
}

func (s *server) entity(e *story.Engine, p params) ([]byte, *httpError) {
	id := p.r.PathValue("id")
	if err := checkID("id", id); err != nil {
		return nil, err
	}
	c, ok := e.Entity(id)
	if !ok {
		return nil, &httpError{http.StatusNotFound, "unknown entity " + strconv.Quote(id)}
	}
	return marshal(c)
}

func (s *server) timeline(e *story.Engine, p params) ([]byte, *httpError) {
	var o story.TimelineOptions
	var err *httpError
	if o.Entity, err = p.entity(e, "entity"); err != nil {
		return nil, err
	}
	if o.From, o.To, err = p.dates(); err != nil {
		return nil, err
	}
	return marshal(e.Timeline(o))
}

func (s *server) graph(e *story.Engine, p params) ([]byte, *httpError) {
	var o story.GraphOptions
	var err *httpError
	if o.Entity, err = p.entity(e, "entity"); err != nil {
		return nil, err
	}
	if v, ok := p.values["minWeight"]; ok {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 0 || n > MaxMinWeight {
			return nil, badRequest("parameter \"minWeight\" must be an integer from 0 to " + strconv.Itoa(MaxMinWeight))
		}
		o.MinWeight = n
	}
	return marshal(e.Graph(o))
}

func (s *server) stats(e *story.Engine, p params) ([]byte, *httpError) {
	return marshal(e.Stats())
}

func (s *server) overview(e *story.Engine, p params) ([]byte, *httpError) {
	return marshal(e.Overview())
}

// params are a request's checked query parameters, each given once.
type params struct {
	r      *http.Request
	values map[string]string
}

// text returns a free-text parameter, at most MaxQueryLen characters of
// valid UTF-8.
func (p params) text(key string) (string, *httpError) {
	v := p.values[key]
	if !utf8.ValidString(v) {
		return "", badRequest("parameter " + strconv.Quote(key) + " is not valid UTF-8")
	}
	if utf8.RuneCountInString(v) > MaxQueryLen {
		return "", badRequest("parameter " + strconv.Quote(key) + " is longer than " + strconv.Itoa(MaxQueryLen) + " characters")
	}
	return v, nil
}

// limit returns the limit parameter, or 0 (the engine's default) if it is
// absent.
func (p params) limit() (int, *httpError) {
	v, ok := p.values["limit"]
	if !ok {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > MaxLimit {
		return 0, badRequest("parameter \"limit\" must be an integer from 1 to " + strconv.Itoa(MaxLimit))
	}
	return n, nil
}

// flag returns a boolean parameter: "true" or "1", "false" or "0", and
// false if it is absent.
func (p params) flag(key string) (bool, *httpError) {
	switch v, ok := p.values[key]; {
	case !ok || v == "false" || v == "0":
		return false, nil
	case v == "true" || v == "1":
		return true, nil
	}
	return false, badRequest("parameter " + strconv.Quote(key) + " must be true or false")
}

// id returns an ID parameter, or "" if it is absent.
func (p params) id(key string) (string, *httpError) {
	v := p.values[key]
	return v, checkID(key, v)
}

// entity returns an entity ID parameter, or "" if it is absent. An ID
// that names no entity is a 404.
func (p params) entity(e *story.Engine, key string) (string, *httpError) {
	v, err := p.id(key)
	if err != nil || v == "" {
		return v, err
	}
	if _, ok := e.Entity(v); !ok {
		return "", &httpError{http.StatusNotFound, "unknown entity " + strconv.Quote(v)}
	}
	return v, nil
}

// checkID accepts the IDs the dataset makes: slugs of at most MaxQueryLen
// bytes, of ASCII letters, digits and the punctuation - _ . :
func checkID(key, v string) *httpError {
	if len(v) > MaxQueryLen {
		return badRequest("parameter " + strconv.Quote(key) + " is longer than " + strconv.Itoa(MaxQueryLen) + " bytes")
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return badRequest("parameter " + strconv.Quote(key) + " is not an ID: " + strconv.Quote(clip(v)))
		}
	}
	return nil
}

// dates returns the from and to parameters, each a date (2024-11-06), a
// month (2024-11) or a year (2024), or "".
func (p params) dates() (from, to string, err *httpError) {
	from, to = p.values["from"], p.values["to"]
	for _, kv := range [][2]string{{"from", from}, {"to", to}} {
		if kv[1] != "" && !isDate(kv[1]) {
			return "", "", badRequest("parameter " + strconv.Quote(kv[0]) + " must be YYYY, YYYY-MM or YYYY-MM-DD; got " + strconv.Quote(clip(kv[1])))
		}
	}
	return from, to, nil
}

// isDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD with a month
// from 01 to 12 and a day from 01 to 31.
func isDate(s string) bool {
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

// clip shortens s for an error message.
func clip(s string) string {
	const most = 64
	if len(s) <= most {
		return s
	}
	i := most
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
