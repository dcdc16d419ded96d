// Package api serves the StoryLens query engine as a JSON API over HTTP.
//
// It is a plain net/http handler: the Cloudflare Worker (../main.go)
// hands it to syumai/workers, and tests drive it with httptest. Each URL
// is mapped onto the story.Request that the wasm module's engine.mjs
// sends for the same call, and answered by story.Engine.Do, so readers
// and servers get the same answers, limits and error texts:
//
//	GET /api/search?q=&limit=&speaker=&doc=&outlet=&from=&to=&evidence=
//	                                                     searchQuotes (q is its query)
//	GET /api/lookup?q=&limit=                            lookup (q is its name)
//	GET /api/entity/{id}                                 entity
//	GET /api/timeline?entity=&from=&to=                  timeline
//	GET /api/graph?entity=&minWeight=                    graph
//	GET /api/stats                                       stats
//	GET /api/overview                                    overview
//
// The status comes from the kind of story.Error: a bad request gets 400
// and the body {"error": "..."}, and a request naming an unknown entity
// 404 with the engine's empty answer (null, [] or an empty graph) and the
// error, quoted, in the header X-StoryLens-Error. The
// checks of HTTP itself are made here: an unknown path is a 404, a method
// other than GET, HEAD or OPTIONS a 405, an unknown or repeated parameter
// or an over-long query string a 400, and a panic a 500.
package api

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storylens/storylens/story"
)

// MaxRawQuery is the most bytes of a query string, as sent.
const MaxRawQuery = 8192

// CacheControl is sent with every successful API answer. The dataset is
// compiled into the worker, so answers change only with a deploy.
const CacheControl = "public, max-age=300"

// An endpoint is a story method and the parameters it takes: text
// parameters, numbers (limit, minWeight) and flags (evidence) become
// those types in the request; q is the method's name or query.
type endpoint struct {
	method string
	params []string
}

var endpoints = map[string]endpoint{
	"/api/search":   {"searchQuotes", []string{"q", "limit", "speaker", "doc", "outlet", "from", "to", "evidence"}},
	"/api/lookup":   {"lookup", []string{"q", "limit"}},
	"/api/timeline": {"timeline", []string{"entity", "from", "to"}},
	"/api/graph":    {"graph", []string{"entity", "minWeight"}},
	"/api/stats":    {"stats", nil},
	"/api/overview": {"overview", nil},
}

// New returns the API handler. The engine is opened by open on the first
// request that needs it, so preflights, unknown paths and malformed
// requests cost no dataset parsing; if open fails, the requests that need
// it get 503.
func New(open func() (*story.Engine, error)) http.Handler {
	s := &server{engine: sync.OnceValues(open)}
	mux := http.NewServeMux()
	for path, ep := range endpoints {
		mux.HandleFunc(path, s.serve(ep))
	}
	mux.HandleFunc("/api/entity/{id}", s.serve(endpoint{"entity", nil}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+clip(r.URL.Path))
	})
	return recoverPanics(cors(mux))
}

type server struct {
	engine func() (*story.Engine, error)
}

// status is the HTTP status of an error of the engine.
func status(err error) int {
	var se *story.Error
	if !errors.As(err, &se) {
		return http.StatusInternalServerError
	}
	switch se.Kind {
	case story.BadRequest:
		return http.StatusBadRequest
	case story.NotFound:
		return http.StatusNotFound
	case story.Unavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// serve answers the requests of one endpoint: it allows GET and HEAD,
// rejects query parameters other than the endpoint's (and repeated ones),
// maps the URL onto a story.Request and writes the engine's answer.
func (s *server) serve(ep endpoint) http.HandlerFunc {
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
		for k, vs := range values {
			switch {
			case !contains(ep.params, k):
				if len(ep.params) == 0 {
					writeError(w, http.StatusBadRequest, "unknown parameter "+strconv.Quote(clip(k))+"; this endpoint takes none")
				} else {
					writeError(w, http.StatusBadRequest, "unknown parameter "+strconv.Quote(clip(k))+"; want one of "+strings.Join(ep.params, ", "))
				}
				return
			case len(vs) > 1:
				writeError(w, http.StatusBadRequest, "parameter "+strconv.Quote(k)+" given more than once")
				return
			}
		}
		e, err := s.engine()
		if err != nil {
			writeError(w, http.StatusServiceUnavailable, "dataset unavailable: "+err.Error())
			return
		}
		body, err := e.Do(Request(ep.method, r.PathValue("id"), values))
		if body == nil {
			writeError(w, status(err), err.Error())
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		code := http.StatusOK
		if err != nil {
			// A NotFound: the empty answer, and the message in a header.
			code = status(err)
			h.Set("Cache-Control", "no-store")
			h.Set("X-StoryLens-Error", strconv.QuoteToASCII(err.Error()))
		} else {
			h.Set("Cache-Control", CacheControl)
		}
		if r.Method == http.MethodHead {
			// No Content-Length: in a worker, a length without the bytes
			// is an error ("FixedLengthStream did not see all expected
			// bytes").
			w.WriteHeader(code)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(code)
		w.Write(body)
	}
}

// Request returns the JSON text of the story.Request for a call of method
// with the given entity ID (for entity) and query parameters. A value
// that is not of its parameter's type goes as a string, for the engine to
// refuse with the error it gives every caller.
func Request(method, id string, values url.Values) []byte {
	b := append([]byte(`{"method":`), strconv.Quote(method)...)
	if method == "entity" {
		b = appendString(append(b, `,"id":`...), id)
	}
	// q is lookup's name, and searchQuotes' query: a search without one
	// lists the quotes its filters pass.
	switch q, ok := values["q"]; {
	case method == "lookup" && ok:
		b = appendString(append(b, `,"name":`...), q[0])
	case method == "searchQuotes" && ok:
		b = appendString(append(b, `,"query":`...), q[0])
	case method == "searchQuotes":
		b = append(b, `,"query":""`...)
	}
	b = append(b, `,"options":{`...)
	first := true
	for _, k := range []string{"limit", "speaker", "doc", "outlet", "from", "to", "evidence", "entity", "minWeight"} {
		vs, ok := values[k]
		if !ok {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(appendString(b, k), ':')
		v := vs[0]
		switch {
		case (k == "limit" || k == "minWeight") && isNumber(v):
			b = append(b, v...)
		case k == "evidence" && (v == "true" || v == "1"):
			b = append(b, "true"...)
		case k == "evidence" && (v == "false" || v == "0"):
			b = append(b, "false"...)
		default:
			b = appendString(b, v)
		}
	}
	return append(b, '}', '}')
}

// appendString appends s as a JSON string. Bytes that are not UTF-8 pass
// as they are, for the engine to refuse.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xF])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// isNumber reports whether s is a JSON number.
func isNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
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
