package story

import (
	"os"
	"strings"
	"testing"
)

func open(t testing.TB) *Engine {
	t.Helper()
	data, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	e, err := Open(data)
	if err != nil {
		t.Fatalf("Open(fixture) error: %v", err)
	}
	return e
}

func TestLookup(t *testing.T) {
	e := open(t)
	tests := []struct {
		name, query, want string
	}{
		{"transliteration", "zelenskyy", "volodymyr-zelensky"},
		{"other transliteration", "Zelenskiy", "volodymyr-zelensky"},
		{"typo", "putn", "vladimir-putin"},
		{"multi-word", "wall street journal", "wall-street-journal"},
		{"case and possessive", "MUSK'S", "elon-musk"},
		{"prefix while typing", "donal", "donald-trump"},
		{"full name", "Volodymyr Zelensky", "volodymyr-zelensky"},
		{"curly apostrophe", "Trump’s", "donald-trump"},
		{"diacritics", "Vladímir Pütin", "vladimir-putin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := e.Lookup(tc.query, 5)
			if len(got) == 0 || got[0].ID != tc.want {
				t.Errorf("Lookup(%q) = %v; want %s first", tc.query, got, tc.want)
			}
		})
	}
}

func TestSearchQuotes(t *testing.T) {
	e := open(t)
	tests := []struct {
		name, query, want string
	}{
		{"typos", "ceasfire nonsence", "A ceasefire is being proposed"},
		{"exact phrase", "very scary challenge", "very scary challenge"},
		{"prefix", "unwavering US lead", "We agreed to maintain"},
		{"swap", "regualr contact", "regular contact"},
		{"typing", "a ceasef", "A ceasefire is being proposed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := e.SearchQuotes(tc.query, QuoteOptions{})
			if len(got) == 0 || !strings.HasPrefix(got[0].Text, tc.want) {
				t.Errorf("SearchQuotes(%q) = %v; want %q first", tc.query, got, tc.want)
			}
		})
	}
}

func TestTimeline(t *testing.T) {
	e := open(t)
	tests := []struct {
		name string
		opts TimelineOptions
		want string // an event date value that must be present
		n    int    // expected count, or -1
	}{
		{"all", TimelineOptions{}, "2024-11-06", 10},
		{"entity", TimelineOptions{Entity: "vladimir-putin"}, "2024-11-07", -1},
		{"range", TimelineOptions{From: "2024-11", To: "2024-11-06"}, "2024-11-06", 1},
		{"unknown entity", TimelineOptions{Entity: "nobody"}, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := e.Timeline(tc.opts)
			found := tc.want == ""
			for i, ev := range got {
				found = found || ev.Date.Value == tc.want
				if i > 0 && got[i-1].Date.Value > ev.Date.Value {
					t.Errorf("Timeline(%+v) out of order at %d: %s after %s", tc.opts, i, ev.Date.Value, got[i-1].Date.Value)
				}
			}
			if !found || tc.n >= 0 && len(got) != tc.n {
				t.Errorf("Timeline(%+v) = %d events; want %d holding %s", tc.opts, len(got), tc.n, tc.want)
			}
		})
	}
}

func TestEntity(t *testing.T) {
	e := open(t)
	c, ok := e.Entity("volodymyr-zelensky")
	if !ok || c.Name != "Volodymyr Zelensky" || len(c.Quotes) == 0 || len(c.Relations) == 0 || len(c.Documents) != 2 {
		t.Fatalf("Entity(volodymyr-zelensky) = %+v, %v; want his card with quotes, relations and 2 sources", c, ok)
	}
	for _, r := range c.Relations {
		if len(r.Evidence) == 0 || r.Evidence[0].Text == "" || r.Evidence[0].Outlet == "" {
			t.Errorf("Entity(volodymyr-zelensky) relation %s–%s evidence = %v; want sentences with outlets", r.A, r.B, r.Evidence)
		}
	}
	if _, ok := e.Entity("nobody"); ok {
		t.Errorf("Entity(nobody) reports it exists")
	}
}

func TestGraph(t *testing.T) {
	e := open(t)
	all := e.Graph(GraphOptions{})
	if len(all.Nodes) == 0 || len(all.Relations) != 16 {
		t.Fatalf("Graph() = %d nodes, %d edges; want 16 edges", len(all.Nodes), len(all.Relations))
	}
	ego := e.Graph(GraphOptions{Entity: "dmitry-peskov"})
	if len(ego.Nodes) != 3 || len(ego.Relations) != 2 {
		t.Errorf("Graph(dmitry-peskov) = %+v; want Peskov, the Kremlin and the Journal", ego)
	}
	heavy := e.Graph(GraphOptions{MinWeight: 1000})
	if len(heavy.Nodes) != 0 || len(heavy.Relations) != 0 {
		t.Errorf("Graph(minWeight 1000) = %+v; want empty", heavy)
	}
}

func TestStats(t *testing.T) {
	e := open(t)
	want := Stats{Documents: 2, Entities: 29, Quotes: 15, Events: 10, Relations: 16, Schema: 1, Version: "fixture-1", Outlets: 2}
	if got := e.Stats(); got != want {
		t.Errorf("Stats() = %+v; want %+v", got, want)
	}
}

func TestOpenErrors(t *testing.T) {
	good, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "empty"},
		{"not JSON", "{", "not valid JSON"},
		{"array", "[]", "not a JSON object"},
		{"schema", `{"schema":2}`, "schema"},
		{"no quotes", `{"schema":1,"documents":[],"entities":[],"events":[],"relations":[]}`, `"quotes"`},
		{"quotes not an array", `{"schema":1,"documents":[],"entities":[],"quotes":{},"events":[],"relations":[]}`, `"quotes"`},
		{"duplicate id", strings.Replace(string(good), `"id": "cnn-2024-11-08-elon-musk-joined-trump-zelensky-call"`, `"id": "independent-2024-11-08-ukraine-russia-war-live"`, 1), "duplicate document id"},
		{"offset", strings.Replace(string(good), `"start": 262,`, `"start": 99999999,`, 1), "outside document"},
		{"unknown speaker", strings.Replace(string(good), `"speaker": "volodymyr-zelensky"`, `"speaker": "nobody"`, 1), "unknown entity"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Open(%.40q) error = %v; want one mentioning %s", tc.data, err, tc.want)
			}
		})
	}
}

// TestBadInput checks that hostile queries give empty results, not panics.
func TestBadInput(t *testing.T) {
	e := open(t)
	huge := strings.Repeat("ceasefire ", 100_000)
	inputs := map[string]string{
		"empty":          "",
		"1 MB":           huge,
		"1 MB no spaces": strings.Repeat("x", 1<<20),
		"invalid UTF-8":  "\xff\xfe\xc3",
		"lone surrogate": "\xed\xa0\x80",
		"NUL":            "\x00\x00",
		"punctuation":    "“”’'--…",
		"many words":     strings.Repeat("a b c d e f g h i j k l m n o p ", 10),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			e.Lookup(in, 5)
			e.Lookup(in, -1)
			e.Lookup(in, 1<<30)
			e.SearchQuotes(in, QuoteOptions{Limit: 1 << 30, Speaker: in, From: in})
			e.SearchQuotes(in, QuoteOptions{Limit: -5})
			e.SearchQuotes(in, QuoteOptions{To: in})
			e.Timeline(TimelineOptions{Entity: in, From: in, To: in})
			e.Timeline(TimelineOptions{From: in, To: in})
			e.Graph(GraphOptions{Entity: in, MinWeight: -1 << 40})
			e.Entity(in)
		})
	}
	if got := e.SearchQuotes("", QuoteOptions{}); len(got) != 0 {
		t.Errorf("SearchQuotes(\"\") = %v; want none", got)
	}
	if got := e.Lookup("", 5); len(got) != 0 {
		t.Errorf("Lookup(\"\") = %v; want none", got)
	}
	if got := e.SearchQuotes("", QuoteOptions{Speaker: "vladimir-putin"}); len(got) == 0 {
		t.Errorf("SearchQuotes(\"\", speaker putin) = none; want his quotes")
	}
	if got := e.SearchQuotes("nonsense", QuoteOptions{Speaker: "elon-musk"}); len(got) != 0 {
		t.Errorf("SearchQuotes(nonsense, speaker musk) = %v; want none", got)
	}
	if got := e.SearchQuotes("ceasefire", QuoteOptions{Limit: 1 << 30}); len(got) == 0 {
		t.Errorf("SearchQuotes(ceasefire, huge limit) = none; want some")
	}
}

func TestOpenEmpty(t *testing.T) {
	e, err := Open([]byte(`{"schema":1,"version":"v","documents":null,"entities":[],"quotes":null,"events":[],"relations":null}`))
	if err != nil {
		t.Fatalf("Open(empty dataset) error = %v; want none", err)
	}
	if got := e.SearchQuotes("anything", QuoteOptions{}); len(got) != 0 {
		t.Errorf("SearchQuotes on an empty dataset = %v; want none", got)
	}
	if got := e.Lookup("anything", 3); len(got) != 0 {
		t.Errorf("Lookup on an empty dataset = %v; want none", got)
	}
}

// FuzzQueries checks that no query panics.
func FuzzQueries(f *testing.F) {
	e := open(f)
	for _, s := range []string{"ceasfire nonsence", "zelenskyy", "putn", "", "\xff", "the of", "a ceasef", "Trump’s"} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, q string, limit int) {
		e.Lookup(q, limit)
		for _, h := range e.SearchQuotes(q, QuoteOptions{Limit: limit, From: q, To: q}) {
			for _, s := range h.Highlights {
				if s[0] < 0 || s[0] >= s[1] || s[1] > utf16Len(h.Text) {
					t.Fatalf("SearchQuotes(%q) highlight %v outside %q", q, s, h.Text)
				}
			}
		}
		e.SearchQuotes(q, QuoteOptions{Speaker: q})
		e.Timeline(TimelineOptions{Entity: q, From: q, To: q})
		e.Graph(GraphOptions{Entity: q, MinWeight: limit})
		e.Entity(q)
	})
}

func TestQuoteEvidence(t *testing.T) {
	e := open(t)
	if hits := e.SearchQuotes("ceasefire nonsense", QuoteOptions{Limit: 3}); len(hits) == 0 || hits[0].Evidence != nil {
		t.Fatalf(`SearchQuotes("ceasefire nonsense") without Evidence = %v; want hits without evidence`, hits)
	}
	hits := e.SearchQuotes("ceasefire nonsense", QuoteOptions{Limit: 3, Evidence: true})
	if len(hits) == 0 {
		t.Fatal(`SearchQuotes("ceasefire nonsense") found nothing`)
	}
	for _, h := range hits {
		if len(h.Evidence) != 1 {
			t.Fatalf("SearchQuotes hit %s evidence = %v; want its paragraph", h.ID, h.Evidence)
		}
		ev := h.Evidence[0]
		if !strings.Contains(ev.Text, h.Text) || ev.Outlet != h.Doc.Outlet || strings.Contains(ev.Text, "\n\n") {
			t.Errorf("SearchQuotes hit %s evidence = %+v; want the one paragraph holding %q, from %s", h.ID, ev, h.Text, h.Doc.Outlet)
		}
	}
	card, _ := e.Entity(hits[0].Speaker.ID)
	for _, q := range card.Quotes {
		if len(q.Evidence) != 1 || !strings.Contains(q.Evidence[0].Text, q.Text) {
			t.Errorf("Entity(%s) quote %s evidence = %v; want its paragraph", hits[0].Speaker.ID, q.ID, q.Evidence)
		}
	}
}
