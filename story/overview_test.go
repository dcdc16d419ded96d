package story

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storylens/storylens/dataset"
)

func TestOverview(t *testing.T) {
	e := open(t)
	o := e.Overview()
	s := e.Stats()
	if o.Counts.Documents != s.Documents || o.Counts.Quotes != s.Quotes || o.Counts.Events != s.Events || o.Counts.Outlets != s.Outlets {
		t.Errorf("Overview().Counts = %+v; want the counts of Stats() %+v", o.Counts, s)
	}
	if o.Title == "" || len(o.Outlets) != s.Outlets || len(o.Documents) != s.Documents {
		t.Errorf("Overview() title %q, %d outlets, %d documents; want a title and %d, %d", o.Title, len(o.Outlets), len(o.Documents), s.Outlets, s.Documents)
	}
	if len(o.People) == 0 || len(o.People) > MaxKeyEntities {
		t.Errorf("Overview() has %d people; want 1 to %d", len(o.People), MaxKeyEntities)
	}
	for i, p := range o.People {
		if p.Type != "person" || p.Mentions < p.Documents || p.Documents < 1 {
			t.Errorf("Overview().People[%d] = %+v; want a person mentioned in at least one document", i, p)
		}
		if i > 0 && p.Documents > o.People[i-1].Documents {
			t.Errorf("Overview().People not by documents: %+v after %+v", p, o.People[i-1])
		}
	}
	if len(o.Events) == 0 || len(o.Events) > MaxKeyEvents {
		t.Fatalf("Overview() has %d events; want 1 to %d", len(o.Events), MaxKeyEvents)
	}
	for i, ev := range o.Events {
		if ev.Label == "" || utf8.RuneCountInString(ev.Label) > maxLabel {
			t.Errorf("Overview().Events[%d].Label = %q; want 1 to %d characters", i, ev.Label, maxLabel)
		}
		if i > 0 && ev.Date.Value < o.Events[i-1].Date.Value {
			t.Errorf("Overview().Events not in date order: %s after %s", ev.Date.Value, o.Events[i-1].Date.Value)
		}
		if ev.Importance <= 0 || ev.Importance > 1 || len(ev.Coverage.Documents) != len(ev.Docs) || ev.Coverage.OutletCount < 1 {
			t.Errorf("Overview().Events[%d] = importance %v, coverage %+v; want importance in (0, 1] and every document", i, ev.Importance, ev.Coverage)
		}
	}
	for _, w := range o.Examples.People {
		if len(e.Lookup(w, 1)) == 0 {
			t.Errorf("Overview().Examples.People holds %q; Lookup finds nothing", w)
		}
	}
	for _, w := range o.Examples.Quotes {
		if len(e.SearchQuotes(w, QuoteOptions{})) == 0 {
			t.Errorf("Overview().Examples.Quotes holds %q; SearchQuotes finds nothing", w)
		}
	}
	if len(o.Examples.People) == 0 || len(o.Examples.Quotes) == 0 {
		t.Errorf("Overview().Examples = %+v; want people and quote searches", o.Examples)
	}
}

// TestClaimCoverage checks that every contested claim of the committed
// dataset says which documents and how many outlets its sides come from.
func TestClaimCoverage(t *testing.T) {
	e, err := Open(dataset.JSON)
	if err != nil {
		t.Fatalf("Open(dataset.json) error: %v", err)
	}
	o := e.Overview()
	if len(o.Contested) == 0 {
		t.Fatal("Overview().Contested is empty; want the dataset's claims")
	}
	for i, c := range o.Contested {
		docs := map[string]bool{}
		for _, sd := range c.Sides {
			docs[sd.Evidence.Doc] = true
		}
		if len(c.Coverage.Documents) != len(docs) || c.Coverage.OutletCount < 1 || c.Coverage.OutletCount > len(docs) {
			t.Errorf("Overview().Contested[%d].Coverage = %+v; want the %d documents of its sides", i, c.Coverage, len(docs))
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council closed the bridge.", "The council closed the bridge"},
		{"Meanwhile, the council closed the old bridge on Friday.", "The council closed the old bridge on Friday"},
		{"The mayor – who took office in May – closed the bridge.", "The mayor closed the bridge"},
		{"The mayor (a former engineer) closed the bridge.", "The mayor closed the bridge"},
		{"In Brenford, whose port handles grain, the mayor closed the bridge.", "The mayor closed the bridge"},
		{"The mayor closed the bridge on Friday, saying it was unsafe.", "The mayor closed the bridge on Friday"},
		{"The agency announced a review of every crossing; repairs start in June.", "The agency announced a review of every crossing"},
		{strings.Repeat("word ", 30) + "end.", strings.TrimSpace(strings.Repeat("word ", 17)) + "…"},
		{"Ends with an ellipsis …", "Ends with an ellipsis"},
	}
	for _, tc := range tests {
		if got := headline(tc.in); got != tc.want {
			t.Errorf("headline(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestDays(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2024-03-01", "2024-02-28", 2},
		{"2023-03-01", "2023-02-28", 1},
		{"2000-01-01", "1999-12-31", 1},
		{"2024-11", "2024-11-01", 14},
		{"2025", "2025-01-01", 181},
	}
	for _, tc := range tests {
		a, okA := days(tc.a)
		b, okB := days(tc.b)
		if !okA || !okB || a-b != tc.want {
			t.Errorf("days(%q) - days(%q) = %d (%v, %v); want %d", tc.a, tc.b, a-b, okA, okB, tc.want)
		}
	}
	for _, bad := range []string{"", "20x4", "2024-1", "2024/11/06", "2024-11-0x"} {
		if _, ok := days(bad); ok {
			t.Errorf("days(%q) reports a date; want none", bad)
		}
	}
}
