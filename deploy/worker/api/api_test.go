package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/story"
)

// fixture is the story package's test dataset: small, but with every
// kind of fact in it.
const fixture = "../../../story/testdata/fixture.json"

func openFixture(t testing.TB) *story.Engine {
	t.Helper()
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	e, err := story.Open(data)
	if err != nil {
		t.Fatalf("story.Open(%s): %v", fixture, err)
	}
	return e
}

func serve(t testing.TB, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
	return w
}

func handlerFor(e *story.Engine) http.Handler {
	return New(func() (*story.Engine, error) { return e, nil })
}

// contractCases are requests and the engine call each stands for.
func contractCases(e *story.Engine) []struct {
	name, target string
	want         any
} {
	return []struct {
		name, target string
		want         any
	}{
		{"lookup typo", "/api/lookup?q=putn", e.Lookup("putn", 0)},
		{"lookup limit", "/api/lookup?q=zelenskyy&limit=3", e.Lookup("zelenskyy", 3)},
		{"lookup unicode", "/api/lookup?q=Vlad%C3%ADmir+P%C3%BCtin", e.Lookup("Vladímir Pütin", 0)},
		{"search", "/api/search?q=ceasfire+nonsence", e.SearchQuotes("ceasfire nonsence", story.QuoteOptions{})},
		{"search limit", "/api/search?q=contact&limit=2", e.SearchQuotes("contact", story.QuoteOptions{Limit: 2})},
		{"search speaker", "/api/search?q=dialogue&speaker=volodymyr-zelensky",
			e.SearchQuotes("dialogue", story.QuoteOptions{Speaker: "volodymyr-zelensky"})},
		{"search filter only", "/api/search?speaker=elon-musk", e.SearchQuotes("", story.QuoteOptions{Speaker: "elon-musk"})},
		{"search dates", "/api/search?q=war&from=2024-11&to=2024-11-08",
			e.SearchQuotes("war", story.QuoteOptions{From: "2024-11", To: "2024-11-08"})},
		{"search doc", "/api/search?q=the&doc=independent-2024-11-08-ukraine-russia-war-live",
			e.SearchQuotes("the", story.QuoteOptions{Doc: "independent-2024-11-08-ukraine-russia-war-live"})},
		{"search unknown doc", "/api/search?q=the&doc=no-such-doc", e.SearchQuotes("the", story.QuoteOptions{Doc: "no-such-doc"})},
		{"search empty", "/api/search?q=", e.SearchQuotes("", story.QuoteOptions{})},
		{"search with evidence", "/api/search?q=ceasfire+nonsence&evidence=true", e.SearchQuotes("ceasfire nonsence", story.QuoteOptions{Evidence: true})},
		{"entity", "/api/entity/elon-musk", mustEntity(e, "elon-musk")},
		{"entity escaped", "/api/entity/vladimir%2Dputin", mustEntity(e, "vladimir-putin")},
		{"timeline", "/api/timeline", e.Timeline(story.TimelineOptions{})},
		{"timeline entity", "/api/timeline?entity=elon-musk", e.Timeline(story.TimelineOptions{Entity: "elon-musk"})},
		{"timeline dates", "/api/timeline?from=2023&to=2024-11", e.Timeline(story.TimelineOptions{From: "2023", To: "2024-11"})},
		{"graph", "/api/graph", e.Graph(story.GraphOptions{})},
		{"graph entity", "/api/graph?entity=donald-trump&minWeight=2", e.Graph(story.GraphOptions{Entity: "donald-trump", MinWeight: 2})},
		{"graph minWeight", "/api/graph?minWeight=3", e.Graph(story.GraphOptions{MinWeight: 3})},
		{"stats", "/api/stats", e.Stats()},
		{"overview", "/api/overview", e.Overview()},
		{"search outlet", "/api/search?q=the&outlet=The+Independent", e.SearchQuotes("the", story.QuoteOptions{Outlet: "The Independent"})},
	}
}

func mustEntity(e *story.Engine, id string) story.EntityCard {
	c, ok := e.Entity(id)
	if !ok {
		panic("no entity " + id)
	}
	return c
}

// TestContract checks that each answer is exactly the JSON of the engine's
// own result, as the wasm module gives it.
func TestContract(t *testing.T) {
	e := openFixture(t)
	h := handlerFor(e)
	for _, tc := range contractCases(e) {
		t.Run(tc.name, func(t *testing.T) {
			w := serve(t, h, "GET", tc.target)
			if w.Code != http.StatusOK {
				t.Fatalf("GET %s: status %d %s; want 200", tc.target, w.Code, w.Body)
			}
			want, err := json.Marshal(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			if got := w.Body.Bytes(); !bytes.Equal(got, want) {
				t.Errorf("GET %s =\n%s\nwant\n%s", tc.target, got, want)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", tc.target, ct)
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("GET %s: Access-Control-Allow-Origin %q; want *", tc.target, got)
			}
		})
	}
}

// TestContractDataset runs the contract over the embedded dataset, the one
// the worker serves, when it is one the engine opens.
func TestContractDataset(t *testing.T) {
	e, err := story.Open(dataset.JSON)
	if err != nil {
		t.Skipf("embedded dataset does not open: %v", err)
	}
	h := handlerFor(e)
	w := serve(t, h, "GET", "/api/stats")
	if want, _ := json.Marshal(e.Stats()); !bytes.Equal(w.Body.Bytes(), want) {
		t.Errorf("GET /api/stats = %s; want %s", w.Body, want)
	}
	for _, m := range e.Lookup("a", 3) {
		target := "/api/entity/" + m.ID
		w := serve(t, h, "GET", target)
		c, _ := e.Entity(m.ID)
		if want, _ := json.Marshal(c); !bytes.Equal(w.Body.Bytes(), want) {
			t.Errorf("GET %s = %s; want %s", target, w.Body, want)
		}
	}
}

func TestErrors(t *testing.T) {
	h := handlerFor(openFixture(t))
	long := strings.Repeat("ж", story.MaxText+1)
	tests := []struct {
		name, method, target string
		status               int
		want                 string // in the error message
	}{
		{"unknown endpoint", "GET", "/api/nope", 404, "no such endpoint"},
		{"root", "GET", "/", 404, "no such endpoint"},
		{"entity without id", "GET", "/api/entity/", 404, "no such endpoint"},
		{"bad entity id", "GET", "/api/entity/%3Cscript%3E", 400, "not an ID"},
		{"long entity id", "GET", "/api/entity/" + strings.Repeat("a", story.MaxText+1), 400, "longer than"},
		{"lookup without q", "GET", "/api/lookup", 400, `lookup: "name" is required`},
		{"lookup blank q", "GET", "/api/lookup?q=+++", 400, `lookup: "name" is required`},
		{"long q", "GET", "/api/search?q=" + long, 400, "longer than 512 characters"},
		{"long lookup", "GET", "/api/lookup?q=" + long, 400, "longer than 512 characters"},
		{"huge query string", "GET", "/api/search?q=" + strings.Repeat("a", MaxRawQuery), 400, "query string longer"},
		{"invalid utf-8", "GET", "/api/search?q=%ff%fe", 400, "not valid UTF-8"},
		{"bad evidence flag", "GET", "/api/search?q=x&evidence=maybe", 400, `searchQuotes: "evidence" must be true or false`},
		{"malformed escape", "GET", "/api/search?q=%zz", 400, "malformed"},
		{"limit zero", "GET", "/api/search?q=x&limit=0", 400, `searchQuotes: "limit" must be an integer from 1 to 200`},
		{"limit too big for search", "GET", "/api/search?q=x&limit=201", 400, "from 1 to 200"},
		{"limit fraction", "GET", "/api/search?q=x&limit=2.5", 400, "from 1 to 200"},
		{"limit too big", "GET", "/api/lookup?q=x&limit=101", 400, "from 1 to 100"},
		{"limit negative", "GET", "/api/lookup?q=x&limit=-5", 400, "from 1 to 100"},
		{"limit text", "GET", "/api/lookup?q=x&limit=ten", 400, `lookup: "limit" must be a number`},
		{"limit hex", "GET", "/api/lookup?q=x&limit=0x10", 400, `lookup: "limit" must be a number`},
		{"limit overflow", "GET", "/api/lookup?q=x&limit=99999999999999999999", 400, "from 1 to 100"},
		{"bad from", "GET", "/api/search?q=x&from=yesterday", 400, `"from" must be`},
		{"bad to month", "GET", "/api/timeline?to=2024-13", 400, `"to" must be`},
		{"bad day", "GET", "/api/timeline?from=2024-11-32", 400, `"from" must be`},
		{"bad minWeight", "GET", "/api/graph?minWeight=-1", 400, `graph: "minWeight" must be an integer of at least 0`},
		{"minWeight text", "GET", "/api/graph?minWeight=heavy", 400, `graph: "minWeight" must be a number`},
		{"unknown parameter", "GET", "/api/search?q=x&speeker=elon-musk", 400, `unknown parameter "speeker"`},
		{"parameter on stats", "GET", "/api/stats?x=1", 400, "takes none"},
		{"repeated parameter", "GET", "/api/search?q=a&q=b", 400, "more than once"},
		{"bad speaker id", "GET", "/api/search?q=x&speaker=a%20b", 400, "not an ID"},
		{"post", "POST", "/api/stats", 405, "not allowed"},
		{"delete", "DELETE", "/api/entity/elon-musk", 405, "not allowed"},
		{"put", "PUT", "/api/search?q=x", 405, "not allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := serve(t, h, tc.method, tc.target)
			if w.Code != tc.status {
				t.Errorf("%s %.80s: status %d; want %d (%s)", tc.method, tc.target, w.Code, tc.status, w.Body)
			}
			var body struct{ Error string }
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || !strings.Contains(body.Error, tc.want) {
				t.Errorf("%s %.80s: body %s; want an error containing %q", tc.method, tc.target, w.Body, tc.want)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("%s %.80s: Content-Type %q", tc.method, tc.target, ct)
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("%s %.80s: Access-Control-Allow-Origin %q; want *", tc.method, tc.target, got)
			}
			if tc.status == 405 && w.Header().Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Errorf("%s %.80s: Allow %q", tc.method, tc.target, w.Header().Get("Allow"))
			}
		})
	}
}

// TestNotFound: a request naming an unknown entity gets 404 with the
// engine's empty answer, as the wasm module gives it, and the error in a
// header.
func TestNotFound(t *testing.T) {
	h := handlerFor(openFixture(t))
	tests := []struct{ target, body, msg string }{
		{"/api/entity/nobody", "null", `entity: unknown entity "nobody"`},
		{"/api/search?q=x&speaker=nobody", "[]", `searchQuotes: unknown entity "nobody"`},
		{"/api/timeline?entity=nobody", "[]", `timeline: unknown entity "nobody"`},
		{"/api/graph?entity=nobody", `{"nodes":[],"relations":[]}`, `graph: unknown entity "nobody"`},
	}
	for _, tc := range tests {
		w := serve(t, h, "GET", tc.target)
		if w.Code != 404 || w.Body.String() != tc.body {
			t.Errorf("GET %s = %d %s; want 404 %s", tc.target, w.Code, w.Body, tc.body)
		}
		if got, want := w.Header().Get("X-StoryLens-Error"), strconv.Quote(tc.msg); got != want {
			t.Errorf("GET %s: X-StoryLens-Error %s; want %s", tc.target, got, want)
		}
	}
}

func TestPreflight(t *testing.T) {
	opened := false
	h := New(func() (*story.Engine, error) { opened = true; return nil, errors.New("unused") })
	r := httptest.NewRequest("OPTIONS", "/api/search?q=x", nil)
	r.Header.Set("Origin", "https://news.example")
	r.Header.Set("Access-Control-Request-Method", "GET")
	r.Header.Set("Access-Control-Request-Headers", "content-type")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusNoContent {
		t.Errorf("OPTIONS: status %d; want 204", w.Code)
	}
	for k, want := range map[string]string{
		"Access-Control-Allow-Origin":  "*",
		"Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
		"Access-Control-Allow-Headers": "content-type",
		"Access-Control-Max-Age":       "86400",
	} {
		if got := w.Header().Get(k); got != want {
			t.Errorf("OPTIONS: %s = %q; want %q", k, got, want)
		}
	}
	if opened {
		t.Error("OPTIONS opened the dataset")
	}
}

func TestHead(t *testing.T) {
	e := openFixture(t)
	h := handlerFor(e)
	get, head := serve(t, h, "GET", "/api/stats"), serve(t, h, "HEAD", "/api/stats")
	if head.Code != 200 || head.Body.Len() != 0 {
		t.Errorf("HEAD /api/stats: status %d, %d bytes; want 200 and no body", head.Code, head.Body.Len())
	}
	if got := head.Header().Get("Content-Type"); got != get.Header().Get("Content-Type") {
		t.Errorf("HEAD /api/stats: Content-Type %q; want GET's", got)
	}
	if got := get.Header().Get("Cache-Control"); got != CacheControl {
		t.Errorf("GET /api/stats: Cache-Control %q; want %q", got, CacheControl)
	}
}

func TestOpenFails(t *testing.T) {
	h := New(func() (*story.Engine, error) { return story.Open(nil) })
	w := serve(t, h, "GET", "/api/stats")
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "dataset unavailable") {
		t.Errorf("GET /api/stats with no dataset: %d %s; want 503", w.Code, w.Body)
	}
}

func TestRecover(t *testing.T) {
	h := New(func() (*story.Engine, error) { panic("boom") })
	for i := 0; i < 2; i++ {
		w := serve(t, h, "GET", "/api/stats")
		if w.Code != http.StatusInternalServerError || w.Body.String() != `{"error":"internal error"}` {
			t.Errorf("GET /api/stats after a panic: %d %s; want 500", w.Code, w.Body)
		}
	}
}
