package story

import (
	"strconv"
	"testing"
)

// TestCommonWords checks the search for common words only inside the texts
// that rarer words found.
func TestCommonWords(t *testing.T) {
	texts := []string{"the ceasefire is nonsense", "a ceasefire of sorts", "ceasefire"}
	for i := range 2000 {
		texts = append(texts, "the word number "+strconv.Itoa(i)+" of the filler")
	}
	x := buildIndex(texts)
	tests := []struct {
		query   string
		want    int32
		matched int
	}{
		{"the ceasfire", 0, 2},
		{"ceasfire of the", 0, 2},
		{"a ceasefire of", 1, 3},
		{"the word number 7", 10, 4},
		{"the of", 3, 2},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			hits, spans := x.search(parseQuery(tc.query), 3, nil, true)
			if len(hits) == 0 || hits[0].text != tc.want || hits[0].matched != tc.matched {
				t.Fatalf("search(%q) = %+v; want text %d first, matching %d words", tc.query, hits, tc.want, tc.matched)
			}
			if len(spans[0]) < 2*tc.matched {
				t.Errorf("search(%q) spans = %v; want at least %d", tc.query, spans[0], tc.matched)
			}
		})
	}
}
