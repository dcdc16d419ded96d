package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"

	"strings"
	"testing"
)

// TestDoErrors covers every check of a request, each bad input once.
func TestDoErrors(t *testing.T) {
	e := open(t)
	long := strings.Repeat("ж", MaxText+1)
	tests := []struct {
		name, req string
		kind      ErrorKind
		want      string // the whole message
		answer    string // the answer given beside a NotFound error
	}{
		{"not JSON", `{"method":`, BadRequest, `call: request is not JSON`, ""},
		{"not an object", `["lookup"]`, BadRequest, `call: request must be an object`, ""},
		{"no method", `{}`, BadRequest, `call: "method" must be a string`, ""},
		{"method not a string", `{"method":1}`, BadRequest, `call: "method" must be a string`, ""},
		{"unknown method", `{"method":"delete"}`, BadRequest, `call: no such method "delete"`, ""},
		{"lookup no name", `{"method":"lookup"}`, BadRequest, `lookup: "name" is required`, ""},
		{"lookup null name", `{"method":"lookup","name":null}`, BadRequest, `lookup: "name" is required`, ""},
		{"lookup number name", `{"method":"lookup","name":42}`, BadRequest, `lookup: "name" must be a string`, ""},
		{"lookup blank", `{"method":"lookup","name":"  "}`, BadRequest, `lookup: "name" is required`, ""},
		{"lookup long", `{"method":"lookup","name":"` + long + `"}`, BadRequest, `lookup: "name" is longer than 512 characters`, ""},
		{"lookup options string", `{"method":"lookup","name":"x","options":"5"}`, BadRequest, `lookup: "options" must be an object`, ""},
		{"lookup limit 0", `{"method":"lookup","name":"x","options":{"limit":0}}`, BadRequest, `lookup: "limit" must be an integer from 1 to 100`, ""},
		{"lookup limit 101", `{"method":"lookup","name":"x","options":101}`, BadRequest, `lookup: "limit" must be an integer from 1 to 100`, ""},
		{"lookup limit fraction", `{"method":"lookup","name":"x","options":{"limit":2.5}}`, BadRequest, `lookup: "limit" must be an integer from 1 to 100`, ""},
		{"lookup limit huge", `{"method":"lookup","name":"x","options":{"limit":1e300}}`, BadRequest, `lookup: "limit" must be an integer from 1 to 100`, ""},
		{"lookup limit text", `{"method":"lookup","name":"x","options":{"limit":"ten"}}`, BadRequest, `lookup: "limit" must be a number`, ""},
		{"entity no id", `{"method":"entity"}`, BadRequest, `entity: "id" is required`, ""},
		{"entity id array", `{"method":"entity","id":["x"]}`, BadRequest, `entity: "id" must be a string`, ""},
		{"entity not an ID", `{"method":"entity","id":"<script>"}`, BadRequest, `entity: "id" is not an ID: "<script>"`, ""},
		{"entity long", `{"method":"entity","id":"` + strings.Repeat("a", MaxText+1) + `"}`, BadRequest, `entity: "id" is longer than 512 bytes`, ""},
		{"entity unknown", `{"method":"entity","id":"nobody"}`, NotFound, `entity: unknown entity "nobody"`, "null"},
		{"search no query", `{"method":"searchQuotes"}`, BadRequest, `searchQuotes: "query" is required`, ""},
		{"search query object", `{"method":"searchQuotes","query":{}}`, BadRequest, `searchQuotes: "query" must be a string`, ""},
		{"search invalid UTF-8", "{\"method\":\"searchQuotes\",\"query\":\"\xff\"}", BadRequest, `searchQuotes: "query" is not valid UTF-8`, ""},
		{"search long", `{"method":"searchQuotes","query":"` + long + `"}`, BadRequest, `searchQuotes: "query" is longer than 512 characters`, ""},
		{"search options array", `{"method":"searchQuotes","query":"x","options":[]}`, BadRequest, `searchQuotes: "options" must be an object`, ""},
		{"search limit 201", `{"method":"searchQuotes","query":"x","options":{"limit":201}}`, BadRequest, `searchQuotes: "limit" must be an integer from 1 to 200`, ""},
		{"search limit negative", `{"method":"searchQuotes","query":"x","options":{"limit":-5}}`, BadRequest, `searchQuotes: "limit" must be an integer from 1 to 200`, ""},
		{"search speaker number", `{"method":"searchQuotes","query":"x","options":{"speaker":3}}`, BadRequest, `searchQuotes: "speaker" must be a string`, ""},
		{"search speaker not an ID", `{"method":"searchQuotes","query":"x","options":{"speaker":"a b"}}`, BadRequest, `searchQuotes: "speaker" is not an ID: "a b"`, ""},
		{"search speaker unknown", `{"method":"searchQuotes","query":"x","options":{"speaker":"nobody"}}`, NotFound, `searchQuotes: unknown entity "nobody"`, "[]"},
		{"search doc not an ID", `{"method":"searchQuotes","query":"x","options":{"doc":"a/b"}}`, BadRequest, `searchQuotes: "doc" is not an ID: "a/b"`, ""},
		{"search outlet long", `{"method":"searchQuotes","query":"x","options":{"outlet":"` + long + `"}}`, BadRequest, `searchQuotes: "outlet" is longer than 512 characters`, ""},
		{"search from", `{"method":"searchQuotes","query":"x","options":{"from":"yesterday"}}`, BadRequest, `searchQuotes: "from" must be YYYY, YYYY-MM or YYYY-MM-DD; got "yesterday"`, ""},
		{"search to number", `{"method":"searchQuotes","query":"x","options":{"to":2024}}`, BadRequest, `searchQuotes: "to" must be a string`, ""},
		{"search evidence", `{"method":"searchQuotes","query":"x","options":{"evidence":"yes"}}`, BadRequest, `searchQuotes: "evidence" must be true or false`, ""},
		{"timeline options string", `{"method":"timeline","options":"2024"}`, BadRequest, `timeline: "options" must be an object`, ""},
		{"timeline month 13", `{"method":"timeline","options":{"to":"2024-13"}}`, BadRequest, `timeline: "to" must be YYYY, YYYY-MM or YYYY-MM-DD; got "2024-13"`, ""},
		{"timeline day 32", `{"method":"timeline","options":{"from":"2024-11-32"}}`, BadRequest, `timeline: "from" must be YYYY, YYYY-MM or YYYY-MM-DD; got "2024-11-32"`, ""},
		{"timeline entity unknown", `{"method":"timeline","options":{"entity":"nobody"}}`, NotFound, `timeline: unknown entity "nobody"`, "[]"},
		{"graph minWeight text", `{"method":"graph","options":{"minWeight":"2"}}`, BadRequest, `graph: "minWeight" must be a number`, ""},
		{"graph minWeight negative", `{"method":"graph","options":{"minWeight":-1}}`, BadRequest, `graph: "minWeight" must be an integer of at least 0`, ""},
		{"graph minWeight fraction", `{"method":"graph","options":{"minWeight":0.5}}`, BadRequest, `graph: "minWeight" must be an integer of at least 0`, ""},
		{"graph entity unknown", `{"method":"graph","options":{"entity":"nobody"}}`, NotFound, `graph: unknown entity "nobody"`, `{"nodes":[],"relations":[]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.Do([]byte(tc.req))
			var se *Error
			if !errors.As(err, &se) {
				t.Fatalf("Do(%.60s) = %s, %v; want an *Error", tc.req, got, err)
			}
			if se.Kind != tc.kind || err.Error() != tc.want {
				t.Errorf("Do(%.60s) error = %d %q; want %d %q", tc.req, se.Kind, err, tc.kind, tc.want)
			}
			if string(got) != tc.answer {
				t.Errorf("Do(%.60s) answer = %q; want %q", tc.req, got, tc.answer)
			}
		})
	}
}

// TestDoAccepts checks the defaults and clamps of good requests.
func TestDoAccepts(t *testing.T) {
	e := open(t)
	tests := []struct {
		name, req string
		want      any
	}{
		{"lookup limit as number", `{"method":"lookup","name":"putn","options":1}`, e.Lookup("putn", 1)},
		{"lookup null options", `{"method":"lookup","name":"putn","options":null}`, e.Lookup("putn", 0)},
		{"lookup null limit", `{"method":"lookup","name":"putn","options":{"limit":null}}`, e.Lookup("putn", 0)},
		{"lookup unknown option", `{"method":"lookup","name":"putn","options":{"speaker":3}}`, e.Lookup("putn", 0)},
		{"search most", `{"method":"searchQuotes","query":"the","options":{"limit":200}}`, e.SearchQuotes("the", QuoteOptions{Limit: 200})},
		{"search empty", `{"method":"searchQuotes","query":""}`, e.SearchQuotes("", QuoteOptions{})},
		{"search filters", `{"method":"searchQuotes","query":"war","options":{"from":"2024-11","to":"2024-11-08","evidence":true}}`,
			e.SearchQuotes("war", QuoteOptions{From: "2024-11", To: "2024-11-08", Evidence: true})},
		{"search unknown doc", `{"method":"searchQuotes","query":"the","options":{"doc":"no-such-doc"}}`, []QuoteHit{}},
		{"graph minWeight clamped", `{"method":"graph","options":{"minWeight":1e300}}`, e.Graph(GraphOptions{MinWeight: MaxMinWeight})},
		{"graph integral float", `{"method":"graph","options":{"minWeight":2.0}}`, e.Graph(GraphOptions{MinWeight: 2})},
		{"timeline no options", `{"method":"timeline"}`, e.Timeline(TimelineOptions{})},
		{"stats", `{"method":"stats","options":"ignored"}`, e.Stats()},
		{"overview", `{"method":"overview"}`, e.Overview()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.Do([]byte(tc.req))
			if err != nil {
				t.Fatalf("Do(%s): %v", tc.req, err)
			}
			want, _ := json.Marshal(tc.want)
			if !bytes.Equal(got, want) {
				t.Errorf("Do(%s) =\n%s\nwant\n%s", tc.req, got, want)
			}
		})
	}
}

// TestJSON checks the hand-written JSON of every answer against
// encoding/json, over many generated requests.
func TestJSON(t *testing.T) {
	e := open(t)
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"war", "ceasfire", "nonsence", "the", "putn", "zelenskyy", "musk", "", "a", "<&>", "Україна", "“quoted”"}
	ids := []string{"", "elon-musk", "vladimir-putin", "volodymyr-zelensky", "donald-trump"}
	dates := []string{"", "2024", "2024-11", "2024-11-06", "2001"}
	for i := 0; i < 300; i++ {
		w := words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))]
		var want any
		var req Request
		switch rng.IntN(6) {
		case 0:
			n := rng.IntN(12)
			req = Request{Method: "lookup", Name: w, Options: Options{Limit: n}}
			want = e.Lookup(w, n)
		case 1:
			o := QuoteOptions{Limit: rng.IntN(30), Speaker: ids[rng.IntN(len(ids))], From: dates[rng.IntN(len(dates))], Evidence: rng.IntN(2) == 0}
			req = Request{Method: "searchQuotes", Query: w, Options: Options{Limit: o.Limit, Speaker: o.Speaker, From: o.From, Evidence: o.Evidence}}
			want = e.SearchQuotes(w, o)
		case 2:
			id := ids[1+rng.IntN(len(ids)-1)]
			req = Request{Method: "entity", ID: id}
			want, _ = e.Entity(id)
		case 3:
			o := TimelineOptions{Entity: ids[rng.IntN(len(ids))], To: dates[rng.IntN(len(dates))]}
			req = Request{Method: "timeline", Options: Options{Entity: o.Entity, To: o.To}}
			want = e.Timeline(o)
		case 4:
			o := GraphOptions{Entity: ids[rng.IntN(len(ids))], MinWeight: rng.IntN(4)}
			req = Request{Method: "graph", Options: Options{Entity: o.Entity, MinWeight: o.MinWeight}}
			want = e.Graph(o)
		case 5:
			req = Request{Method: "overview"}
			want = e.Overview()
		}
		data, _ := json.Marshal(req)
		if req.Method == "lookup" && req.Name == " " || strings.TrimSpace(req.Name) == "" && req.Method == "lookup" {
			continue
		}
		got, err := e.Do(data)
		if err != nil {
			t.Fatalf("Do(%s): %v", data, err)
		}
		wantJSON, _ := json.Marshal(want)
		if !bytes.Equal(got, wantJSON) {
			t.Fatalf("Do(%s) =\n%s\nwant (encoding/json)\n%s", data, got, wantJSON)
		}
	}
}

func TestIsDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2024", true}, {"2024-11", true}, {"2024-11-06", true}, {"0000-01-01", true},
		{"", false}, {"24", false}, {"2024-1", false}, {"2024-00", false}, {"2024-13", false},
		{"2024-11-00", false}, {"2024-11-32", false}, {"2024/11/06", false}, {"2024-11-06T00", false}, {"２０２４", false},
	}
	for _, tc := range tests {
		if got := IsDate(tc.in); got != tc.want {
			t.Errorf("IsDate(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}
