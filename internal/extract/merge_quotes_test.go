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

func TestContainedIn(t *testing.T) {
	para := quoteTokens("The pier is closed for the winter. The ferry will run again on Monday morning. Buses replace it until then.")
	tests := []struct {
		name  string
		short string
		want  bool
	}{
		{"one sentence of it", "The ferry will run again on Monday morning.", true},
		{"misspelt", "The ferry will run again on Mondy mornng", true},
		{"words scattered over the paragraph", "The pier will run until then", false},
		{"other words", "The council has approved the new budget", false},
		{"too short", "the ferry", false},
		{"longer copy cut off", "Buses replace it until then, the council says.", true},
		{"cut off before most of it", "Buses replace it until then, and the council pays for them.", false},
		{"only its end at the cut", "The council says buses replace it until then", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := containedIn(quoteTokens(tc.short), para) >= 0.9; got != tc.want {
				t.Errorf("containedIn(%q) = %v; want %v", tc.short, got, tc.want)
			}
		})
	}
}

func TestSentenceJoinsParagraph(t *testing.T) {
	ds := buildStory(t,
		"Ferry returns\n\n“The pier has stayed closed all through the winter storms. The ferry will sail again from Monday morning with every crossing. Buses will replace it on the coast road until then,” said harbour master Odile Brannagh.",
		"Harbour news\n\n“The ferry will sail again from Monday morning with every crossing,” Odile Brannagh said.",
		"Coast roads\n\n“Buses will replace it on the coast road until then,” Brannagh said on Friday.",
		"Storm damage\n\n“The lighthouse lamp was broken in the second storm. Buses will replace it on the coast road until then,” said keeper Tomasz Weyland.",
	)
	var ferry, buses, lamp int
	for _, q := range ds.Quotes {
		docs := map[string]bool{}
		for _, s := range q.Sources {
			docs[s.Doc] = true
		}
		switch {
		case strings.Contains(q.Text, "lighthouse lamp"):
			lamp++
			if len(docs) != 1 {
				t.Errorf("the keeper's paragraph %q sources = %+v; want its own outlet only", q.Text, q.Sources)
			}
		case strings.Contains(q.Text, "pier") || strings.Contains(q.Text, "ferry") || strings.Contains(q.Text, "Buses"):
			if strings.Contains(q.Text, "ferry") || strings.Contains(q.Text, "pier") {
				ferry++
			}
			buses++
			if len(docs) != 3 {
				t.Errorf("quote %q sources = %+v; want the paragraph and both sentences (3 outlets)", q.Text, q.Sources)
			}
		}
	}
	if ferry != 1 || buses != 1 || lamp != 1 {
		t.Errorf("quotes: ferry %d, buses %d, lamp %d; want 1 each (quotes %+v)", ferry, buses, lamp, ds.Quotes)
	}
}

func TestJoinedQuoteReadsAsParagraph(t *testing.T) {
	ds := buildStory(t,
		"Harbour news\n\n“The ferry will sail again from Monday morning with every crossing,” Odile Brannagh said.",
		"Ferry returns\n\n“The pier has stayed closed all through the winter storms. The ferry will sail again from Monday morning with every crossing. Buses will replace it on the coast road until then,” said harbour master Odile Brannagh.",
		"Coast roads\n\n“Buses will replace it on the coast road until then,” Brannagh said on Friday.",
	)
	if len(ds.Quotes) != 1 {
		t.Fatalf("quotes = %+v; want the paragraph with both sentences as one quote", ds.Quotes)
	}
	q := ds.Quotes[0]
	if !strings.Contains(q.Text, "The pier has stayed closed") || !strings.Contains(q.Text, "Buses will replace it") {
		t.Errorf("quote text = %q; want the paragraph holding every copy", q.Text)
	}
	if q.Doc != "b" || ds.Documents[docIndex(ds.Documents, q.Doc)].Text[q.Start:q.End] != q.Text {
		t.Errorf("quote %+v: its doc and span must be the paragraph's", q)
	}
	if !strings.HasPrefix(q.ID, "a-") {
		t.Errorf("quote ID = %q; want the earliest report's copy's (a-…)", q.ID)
	}
}

func TestShortSentenceJoinsOnlyItsSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, speaker string
		want          int // quotes
	}{
		{"same speaker", "Ansgar Pellowe", 1},
		{"another speaker", "Wilma Thorbecke", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildStory(t,
				"Seawall breached\n\n“The storm broke the old seawall near the quay on Sunday night. Thank the lifeboat volunteers. We start rebuilding it next week,” said Ansgar Pellowe, the harbour master.",
				"Volunteers praised\n\n“Thank the lifeboat volunteers,” "+tc.speaker+" said.",
			)
			if len(ds.Quotes) != tc.want {
				t.Errorf("quotes = %d; want %d (%+v)", len(ds.Quotes), tc.want, ds.Quotes)
			}
		})
	}
}

func TestQuoteTokensNumbersAndApostrophes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"I have sailed more than 1,500 miles", "i have sailed more than 1500 miles"},
		{"I have sailed more than 1500 miles", "i have sailed more than 1500 miles"},
		{"my body´s limits", "my bodys limits"},
		{"my body’s limits", "my bodys limits"},
		{"in 2021, 40 boats", "in 2021 40 boats"},
	} {
		if got := strings.Join(quoteTokens(tc.in), " "); got != tc.want {
			t.Errorf("quoteTokens(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestOverlapJoins(t *testing.T) {
	first := "The winters here have been long. I have rowed for twenty years on this river. Today I am putting down the oars for good."
	second := "I have rowed for twenty years on this river. Today I am putting down the oars for good. My crew made it all possible."
	for _, tc := range []struct {
		name     string
		a, b     string
		spA, spB string
		want     bool
	}{
		{"one speaker, overlapping paragraphs", first, second, "x", "x", true},
		{"one copy names no speaker", first, second, "x", "", true},
		{"two speakers", first, second, "x", "y", false},
		{"a stock phrase only", "We will see what happens next week at the regatta and then decide.", "Nobody knows what happens next week, said the coach of the other crew.", "x", "x", false},
		{"different sentences of one speaker", "I have rowed for twenty years on this river.", "My crew made it all possible, every single morning.", "x", "x", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := overlapJoins(quoteTokens(tc.a), quoteTokens(tc.b), tc.spA, tc.spB); got != tc.want {
				t.Errorf("overlapJoins(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// One statement cut into different paragraphs by each outlet: no copy
// holds another, yet all are one quote.
func TestOverlappingParagraphsAreOneQuote(t *testing.T) {
	ds := buildStory(t,
		"Rower retires\n\n“The winters here have been long and hard on my shoulders. I have rowed for twenty years on this river, every single season,” Halvard Quennell wrote.\n\n“Today I am putting down the oars for good. My crew made it all possible.”",
		"Quennell quits\n\n“I have rowed for twenty years on this river, every single season. Today I am putting down the oars for good,” Halvard Quennell said in a statement.",
		"River news\n\n“Today I am putting down the oars for good. My crew made it all possible,” said Halvard Quennell.\n\n“The regatta committee will meet on Friday,” said secretary Ottoline Brask.",
	)
	var statement, other int
	for _, q := range ds.Quotes {
		docs := map[string]bool{}
		for _, s := range q.Sources {
			docs[s.Doc] = true
		}
		switch {
		case strings.Contains(q.Text, "regatta committee"):
			other++
			if len(docs) != 1 {
				t.Errorf("the secretary's quote %q sources = %+v; want its own outlet only", q.Text, q.Sources)
			}
		default:
			statement++
			if len(docs) != 3 {
				t.Errorf("statement quote %q sources = %+v; want all 3 outlets", q.Text, q.Sources)
			}
		}
	}
	if statement != 1 || other != 1 {
		t.Errorf("quotes: statement %d, other %d; want 1 each (quotes %+v)", statement, other, ds.Quotes)
	}
}

// An outlet's own rewording of a statement two outlets carry (in three
// paragraphs and in two, cut differently) joins it; a different statement of the
// same speaker does not.
func TestRewordedStatementJoins(t *testing.T) {
	orig := "“Good morning to all of you. I am here to tell you that I am leaving competitive rowing after this season,” Halvard Quennell said.\n\n" +
		"“The truth is that the last three years have been painful, these two most of all. I could not train without limits.”\n\n" +
		"“It was of course a hard decision, one that took me months to make. But every journey has a start and a finish.”"
	ds := buildStory(t,
		"Rower retires\n\n"+orig,
		"Quennell quits\n\n“Good morning to all of you. I am here to tell you that I am leaving competitive rowing after this season. The truth is that the last three years have been painful, these two most of all,” Halvard Quennell said in a video.\n\n“These two most of all. I could not train without limits. It was of course a hard decision, one that took me months to make. But every journey has a start and a finish.”",
		"River news\n\n“I'm quitting competitive rowing. The past three years were painful and I struggled to train without limits. The decision wasn't easy, but every journey has a start and finish,” Halvard Quennell said.\n\n“I will coach the junior crews on the river from the spring onwards, every weekend,” Quennell added.",
	)
	var statement, coach int
	for _, q := range ds.Quotes {
		docs := map[string]bool{}
		for _, s := range q.Sources {
			docs[s.Doc] = true
		}
		if strings.Contains(q.Text, "junior crews") {
			coach++
			if len(docs) != 1 {
				t.Errorf("the coaching quote %q sources = %+v; want its own outlet only", q.Text, q.Sources)
			}
			continue
		}
		statement++
		if len(docs) != 3 {
			t.Errorf("statement quote %q sources = %+v; want all 3 outlets", q.Text, q.Sources)
		}
	}
	if statement != 1 || coach != 1 {
		t.Errorf("quotes: statement %d, coaching %d; want 1 each (quotes %+v)", statement, coach, ds.Quotes)
	}
}
