package story

import (
	"github.com/storylens/storylens/internal/textnorm"
	"os"
	"testing"
	"unicode/utf8"
)

// Fuzz tests: make test runs their seeds; make fuzz runs each for a while.
// Crashers found by the fuzzer are kept under testdata/fuzz/ as regression
// tests.

var fuzzQueries = []string{
	"ceasfire nonsence", "zelenskyy", "putn", "wall street journal", "Trump’s",
	"", " ", "\x00", "\xff\xfe", "\xed\xa0\x80", "a\u0301\u0301\u0301", "\"'“”‘’", "ß", "İstanbul",
	"MUSK'S", "x y z w v u t s r q p o n m l k j", "ﬁ ligature", "😀 emoji",
}

func FuzzNormalize(f *testing.F) {
	for _, q := range fuzzQueries {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := textnorm.Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("textnorm.Normalize(%q) = %q; not valid UTF-8", s, n)
		}
		if again := textnorm.Normalize(n); again != n {
			t.Fatalf("normalize is not idempotent: textnorm.Normalize(%q) = %q, then %q", s, n, again)
		}
	})
}

func FuzzSearchQuotes(f *testing.F) {
	e := open(f)
	for _, q := range fuzzQueries {
		f.Add(q, 5, "")
	}
	f.Add("ceasefire", -1, "volodymyr-zelensky")
	f.Add("nonsense", 1<<30, "no-such-speaker")
	f.Fuzz(func(t *testing.T, q string, limit int, speaker string) {
		hits := e.SearchQuotes(q, QuoteOptions{Limit: limit, Speaker: speaker})
		if limit > 0 && len(hits) > limit {
			t.Fatalf("SearchQuotes(%q, limit %d) gave %d hits", q, limit, len(hits))
		}
		for i, h := range hits {
			n := utf16Len(h.Text)
			last := 0
			for _, hl := range h.Highlights {
				if hl[0] < last || hl[0] >= hl[1] || hl[1] > n {
					t.Fatalf("SearchQuotes(%q) hit %d highlight %v out of order or outside [0,%d)", q, i, hl, n)
				}
				last = hl[1]
			}
			if i > 0 && h.Score > hits[i-1].Score {
				t.Fatalf("SearchQuotes(%q) not sorted by score: %v after %v", q, h.Score, hits[i-1].Score)
			}
		}
	})
}

func FuzzLookup(f *testing.F) {
	e := open(f)
	for _, q := range fuzzQueries {
		f.Add(q, 5)
	}
	f.Fuzz(func(t *testing.T, name string, limit int) {
		got := e.Lookup(name, limit)
		if limit > 0 && len(got) > limit {
			t.Fatalf("Lookup(%q, %d) gave %d matches", name, limit, len(got))
		}
		for i := 1; i < len(got); i++ {
			if got[i].Score > got[i-1].Score {
				t.Fatalf("Lookup(%q) not sorted by score: %v", name, got)
			}
		}
		for _, m := range got {
			if _, ok := e.Entity(m.ID); !ok {
				t.Fatalf("Lookup(%q) returned %q, which Entity does not know", name, m.ID)
			}
		}
	})
}

// FuzzOpen feeds arbitrary bytes as a runtime dataset: Open must return an
// engine or an error, never panic, and an engine it returns must answer.
func FuzzOpen(f *testing.F) {
	fixture, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fixture)
	f.Add([]byte(`{"schema":1,"documents":[],"entities":[],"quotes":[],"events":[],"relations":[]}`))
	f.Add([]byte(`{"schema":1,"documents":[{"id":"a","text":"x"}],"quotes":[{"id":"q","doc":"a","text":"x","start":5,"end":2}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"schema":"1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := Open(data)
		if err != nil {
			return
		}
		e.Stats()
		e.SearchQuotes("a", QuoteOptions{Limit: 3})
		e.Lookup("a", 3)
		e.Timeline(TimelineOptions{})
		e.Graph(GraphOptions{})
	})
}
