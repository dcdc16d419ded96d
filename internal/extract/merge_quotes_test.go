package extract

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

func TestSameQuote(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool // both copies name the same speaker
		want bool
	}{
		{"re-punctuated", "We will rebuild the harbour, and we will do it this year.", "We will rebuild the harbour and we will do it this year", false, true},
		{"trimmed", "We will rebuild the harbour, and we will do it this year.", "we will rebuild the harbour", true, true},
		{"misspelt", "The lighthouse keepers deserve our thanks tonight", "The lighthouse keepers deserve our thnaks tonight", false, true},
		{"bracketed insertion", "They [the council] ignored every warning about the seawall", "They ignored every warning about the seawall", false, true},
		{"short scare quote", "worst-case scenario", "the worst case scenario", false, true},
		{"different quotation", "We will rebuild the harbour this year.", "The ferry timetable will change in spring.", false, false},
		{"short different", "total failure", "complete disaster", false, false},
		{"excerpt too thin", "the harbour this year", "We will rebuild the harbour, and we will do it this year, whatever the council says about the budget.", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := sameQuote(quoteTokens(tc.a), quoteTokens(tc.b), tc.same); got != tc.want {
				t.Errorf("sameQuote(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestSharedQuoteAcrossOutlets(t *testing.T) {
	ds := buildStory(t,
		"Harbour to reopen\n\n“We will rebuild the harbour, and we will do it this year,” said Mayor Ingrid Falkenrath on Monday.",
		"Mayor promises rebuild\n\nIngrid Falkenrath said: \"We will rebuild the harbour and we will do it this year.\"",
		"Rebuild pledge\n\n“We will rebuild the harbour,” Falkenrath told reporters. “The ferry timetable will change in spring,” she added.",
	)
	var shared, ferry int
	for _, q := range ds.Quotes {
		if strings.Contains(q.Text, "rebuild the harbour") {
			shared++
			docs := map[string]bool{}
			for _, s := range q.Sources {
				docs[s.Doc] = true
				if ds.Documents[docIndex(ds.Documents, s.Doc)].Text[s.Start:s.End] != s.Text {
					t.Errorf("source %+v text does not match its span", s)
				}
			}
			if len(docs) != 3 {
				t.Errorf("quote %q sources = %+v; want one from each of 3 outlets", q.Text, q.Sources)
			}
			if got := speakerName(ds, q); got != "Ingrid Falkenrath" {
				t.Errorf("quote %q speaker = %q; want Ingrid Falkenrath", q.Text, got)
			}
		}
		if strings.Contains(q.Text, "ferry") {
			ferry++
		}
	}
	if shared != 1 {
		t.Errorf("quotes carrying the rebuild pledge = %d; want 1 (quotes %+v)", shared, ds.Quotes)
	}
	if ferry != 1 {
		t.Errorf("quotes about the ferry = %d; want 1, kept apart", ferry)
	}
}

func TestAttributionContested(t *testing.T) {
	ds := buildStory(t,
		"Seawall row\n\n“The seawall was never properly inspected,” said Councillor Tobias Wrenfield on Tuesday.",
		"Seawall row deepens\n\n“The seawall was never properly inspected,” said engineer Marisol Quintavalle on Tuesday.",
		"Seawall\n\n“The seawall was never properly inspected,” Tobias Wrenfield said.",
	)
	var found bool
	for _, c := range ds.Contested {
		if !strings.HasSuffix(c.ID, "-speaker") {
			continue
		}
		found = true
		holders := map[string]string{}
		for _, s := range c.Sides {
			if s.Holder != nil {
				holders[*s.Holder] = s.Stance
			}
		}
		if holders["tobias-wrenfield"] != "for" || holders["marisol-quintavalle"] != "against" {
			t.Errorf("attribution claim sides = %+v; want Wrenfield for, Quintavalle against", c.Sides)
		}
	}
	if !found {
		t.Errorf("contested = %+v; want a claim on who said the quote", ds.Contested)
	}
}

func TestNoAttributionClaimWhenSpeakersAgree(t *testing.T) {
	ds := buildStory(t,
		"Seawall row\n\n“The seawall was never properly inspected,” said Councillor Tobias Wrenfield on Tuesday.",
		"Seawall\n\n“The seawall was never properly inspected,” Tobias Wrenfield said.",
	)
	for _, c := range ds.Contested {
		if strings.HasSuffix(c.ID, "-speaker") {
			t.Errorf("contested claim %+v; want none when the outlets agree", c)
		}
	}
}

func docIndex(docs []schema.Document, id string) int {
	for i, d := range docs {
		if d.ID == id {
			return i
		}
	}
	return -1
}

func TestManyCopiesOfOneQuote(t *testing.T) {
	var texts []string
	for i := 0; i < 40; i++ {
		texts = append(texts, "Quay plan\n\n“We will rebuild the quay and the market,” Mayor Odile Ferrant told reporters. "+
			"“The ferry timetable will change in spring,” she said.")
	}
	ds := buildStory(t, texts...)
	if len(ds.Quotes) != 2 {
		t.Fatalf("quotes = %d; want 2, each with 40 sources", len(ds.Quotes))
	}
	for _, q := range ds.Quotes {
		if len(q.Sources) != 40 {
			t.Errorf("quote %q has %d sources; want 40", q.Text, len(q.Sources))
		}
	}
}
