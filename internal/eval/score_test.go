package eval

import (
	"math"
	"testing"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  “Hello,   World!” ", `hello, world`},
		{"Zelenskyy’s", "zelenskyy's"},
		{"Café Crème", "cafe creme"},
		{"...and so on.", "and so on"},
	}
	for _, tc := range tests {
		if got := norm(tc.in); got != tc.want {
			t.Errorf("norm(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr Jane Roe", "jane roe"},
		{"President-elect Jane Roe", "jane roe"},
		{"The Acme Group", "acme group"},
		{"Dr. Roe", "roe"},
		{"President", "president"},
	}
	for _, tc := range tests {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"we will win", "we will win", 1},
		{"we will win", "we shall win", 0.5},
		{"", "", 1},
	}
	for _, tc := range tests {
		if got := jaccard(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("jaccard(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDateOverlap(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"on Wednesday", "late on Wednesday", true},
		{"Wednesday", "on Wednesday", true},
		{"in 2022", "2022", true},
		{"June 2023", "in June", true},
		{"2023", "2022", false},
		{"Monday", "Tuesday", false},
	}
	for _, tc := range tests {
		if got := dateOverlap(tc.a, tc.b); got != tc.want {
			t.Errorf("dateOverlap(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func strp(s string) *string { return &s }

func TestScore(t *testing.T) {
	gold := Gold{
		Article: "a.txt",
		Entities: []GoldEntity{
			{Name: "Jane Roe", Type: "person", Aliases: []string{"Jane Roe", "Roe", "Ms Roe"}},
			{Name: "Acme", Type: "org", Aliases: []string{"Acme"}},
			{Name: "Maybe Place", Type: "place", Aliases: []string{"Maybe Place"}, Optional: true},
		},
		Quotes: []GoldQuote{
			{Text: "We will build the bridge over the river", Speaker: strp("Jane Roe")},
			{Text: "Scare", Speaker: nil, Optional: true},
		},
		Dates: []GoldDate{
			{Text: "on Wednesday", Value: "2024-11-06", Precision: "day"},
			{Text: "2022", Value: "2022", Precision: "year"},
		},
		Boilerplate: []string{"Skip to content", "Subscribe now"},
		CreditLines: []string{"By Jane Roe"},
	}
	pred := Prediction{Articles: []ArticlePrediction{{
		Article: "dir/a.txt",
		Entities: []EntityPrediction{
			{Name: "Jane Roe", Type: "person", Aliases: []string{"Roe"}},
			{Name: "Mrs Roe", Type: "person"},    // duplicate: a false positive
			{Name: "Acme", Type: "place"},        // matched, wrong type
			{Name: "Maybe Place", Type: "place"}, // optional: neutral
			{Name: "Meanwhile", Type: "org"},     // false positive
		},
		Quotes: []QuotePrediction{
			{Text: "“We will build the bridge over the river,”", Speaker: "Jane Roe"},
			{Text: "Scare"},     // optional
			{Text: "excellent"}, // one word, not in gold: neutral
			{Text: "a phrase that is not in the gold"},
		},
		Dates: []DatePrediction{
			{Text: "Wednesday", Value: "2024-11-06", Precision: "day"},
			{Text: "in 2022", Value: "2021", Precision: "year"},
		},
		Boilerplate: []string{"Skip to content", "By Jane Roe", "Body line"},
	}}}
	rep := Score(pred, []Gold{gold}, nil)
	tests := []struct {
		name string
		got  Counts
		want Counts
	}{
		{"entities", rep.Entities, Counts{TP: 2, FP: 2, FN: 0}},
		{"quotes", rep.Quotes, Counts{TP: 1, FP: 1, FN: 0}},
		{"dates", rep.Dates, Counts{TP: 2, FP: 0, FN: 0}},
		{"boilerplate", rep.Boilerplate, Counts{TP: 1, FP: 1, FN: 1}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("Score(...).%s = %+v; want %+v", tc.name, tc.got, tc.want)
		}
	}
	if rep.Type != (Accuracy{Correct: 1, Total: 2}) {
		t.Errorf("Score(...).Type = %+v; want 1/2", rep.Type)
	}
	if rep.Speaker != (Accuracy{Correct: 1, Total: 1}) {
		t.Errorf("Score(...).Speaker = %+v; want 1/1", rep.Speaker)
	}
	if rep.DateValue != (Accuracy{Correct: 1, Total: 2}) {
		t.Errorf("Score(...).DateValue = %+v; want 1/2", rep.DateValue)
	}
}

func TestScoreStory(t *testing.T) {
	golds := []Gold{{Article: "a.txt", Entities: []GoldEntity{
		{Name: "Jane Roe", Type: "person", Aliases: []string{"Roe"}},
		{Name: "Acme", Type: "org", Aliases: []string{"Acme"}},
	}}}
	story := &StoryGold{
		Events: []GoldEvent{
			{Date: "2024-11-06", Precision: "day", Entities: []string{"Jane Roe"}},
			{Date: "2023", Precision: "year", Entities: []string{"Acme"}},
			{Date: "2020", Precision: "year", Entities: []string{"Acme"}, Optional: true},
		},
		Relations: []GoldRelation{{A: "Jane Roe", B: "Acme"}, {A: "Acme", B: "Nobody"}},
	}
	pred := Prediction{
		Entities: []EntityPrediction{{Name: "Jane Roe", Type: "person", Aliases: []string{"Roe"}}, {Name: "Acme", Type: "org"}},
		Events: []EventPrediction{
			{Value: "2024-11-06", Precision: "day", Entities: []string{"Jane Roe"}},
			{Value: "2023", Precision: "month", Entities: []string{"Acme"}},
		},
		Relations: []RelationPrediction{{A: "Acme", B: "Jane Roe"}},
	}
	rep := Score(pred, golds, story)
	if r := rep.Events.Recall(); r != 0.5 {
		t.Errorf("events recall = %v; want 0.5", r)
	}
	if r := rep.Relations.Recall(); r != 0.5 {
		t.Errorf("relations recall = %v; want 0.5", r)
	}
	fails := rep.Check(Thresholds{EventsRecall: 0.8})
	if len(fails) != 1 {
		t.Errorf("Check(events recall 0.8) = %q; want one failure", fails)
	}
}

func TestAnnotates(t *testing.T) {
	tests := []struct {
		name  string
		gold  Gold
		layer string
		want  bool
	}{
		{"entities-only scope keeps entities", Gold{Scope: "entities-only", Quotes: []GoldQuote{}}, LayerEntities, true},
		{"entities-only scope drops quotes", Gold{Scope: "entities-only", Quotes: []GoldQuote{}}, LayerQuotes, false},
		{"boilerplate-only scope", Gold{Scope: "boilerplate-only", Entities: []GoldEntity{}}, LayerEntities, false},
		{"absent key is not annotated", Gold{Quotes: []GoldQuote{}}, LayerDates, false},
		{"empty list is annotated", Gold{Dates: []GoldDate{}}, LayerDates, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.gold.Annotates(tc.layer); got != tc.want {
				t.Errorf("Annotates(%q) = %v; want %v", tc.layer, got, tc.want)
			}
		})
	}
}

func TestScoreOnlyAnnotatedLayers(t *testing.T) {
	gold := Gold{Article: "a.txt", Scope: "entities-only", Entities: []GoldEntity{{Name: "Jane Roe", Type: "person"}}}
	pred := Prediction{Articles: []ArticlePrediction{{
		Article:     "a.txt",
		Entities:    []EntityPrediction{{Name: "Jane Roe", Type: "person"}},
		Quotes:      []QuotePrediction{{Text: "a quotation the gold does not annotate"}},
		Dates:       []DatePrediction{{Text: "2022", Value: "2022", Precision: "year"}},
		Boilerplate: []string{"Menu"},
	}}}
	rep := Score(pred, []Gold{gold}, nil)
	if rep.Quotes != (Counts{}) || rep.Dates != (Counts{}) || rep.Boilerplate != (Counts{}) {
		t.Errorf("Score(entities-only) scored other layers: quotes %+v dates %+v boilerplate %+v", rep.Quotes, rep.Dates, rep.Boilerplate)
	}
	if want := (Layers{Entities: true}); rep.Scored != want {
		t.Errorf("Score(entities-only).Scored = %+v; want %+v", rep.Scored, want)
	}
	if fails := rep.Check(Thresholds{F1: 0.9}); len(fails) != 0 {
		t.Errorf("Check = %q; want no failure from unscored layers", fails)
	}
}

func TestNeutralQuotes(t *testing.T) {
	gold := Gold{Article: "a.txt", Quotes: []GoldQuote{}, NeutralQuotes: []string{"a basket of apples."}}
	pred := Prediction{Articles: []ArticlePrediction{{Article: "a.txt", Quotes: []QuotePrediction{
		{Text: "a basket of apples"}, {Text: "something else entirely"},
	}}}}
	rep := Score(pred, []Gold{gold}, nil)
	if want := (Counts{FP: 1}); rep.Quotes != want {
		t.Errorf("Score(neutral).Quotes = %+v; want %+v", rep.Quotes, want)
	}
}

func TestBoilerplateLines(t *testing.T) {
	gold := Gold{Article: "a.txt", Boilerplate: []string{"Share this article", "Share this article", "Read more: the long related headline here"}}
	pred := Prediction{Articles: []ArticlePrediction{{Article: "a.txt", Boilerplate: []string{
		"Share this article",                   // first occurrence
		"Share this article",                   // second occurrence
		"Read more: the long related headline", // contained, >= 60% of the gold line
		"Share",                                // contained but far too short: a false positive
	}}}}
	rep := Score(pred, []Gold{gold}, nil)
	if want := (Counts{TP: 3, FP: 1}); rep.Boilerplate != want {
		t.Errorf("Score(...).Boilerplate = %+v; want %+v", rep.Boilerplate, want)
	}
}

func TestSpeakerNameEq(t *testing.T) {
	bare := map[string]bool{"pat doe": true}
	tests := []struct {
		a, b string
		want bool
	}{
		{"Jane Q. Roe", "Jane Roe", true},
		{"Jane Q. Roe", "Jane R. Roe", false},
		{"Ms Jane Roe", "jane roe", true},
		{"Jane Mary Roe", "Jane Roe", true}, // same first and last token
		{"John Roe Jr.", "John Roe", true},  // nobody else is "John Roe"
		{"Pat Doe Jr.", "Pat Doe", false},   // "Pat Doe" is someone in the article
		{"John Roe Jr.", "John Roe Sr.", false},
		{"Roe", "Jane Roe", false},
	}
	for _, tc := range tests {
		if got := speakerNameEq(tc.a, tc.b, bare); got != tc.want {
			t.Errorf("speakerNameEq(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWrongSpeaker(t *testing.T) {
	gold := Gold{Article: "a.txt",
		Entities: []GoldEntity{{Name: "Jane Roe", Type: "person", Aliases: []string{"Roe"}}, {Name: "John Roe", Type: "person", Aliases: []string{"Roe"}}},
		Quotes: []GoldQuote{
			{Text: "first words spoken here", Speaker: strp("Jane Roe")},
			{Text: "second words spoken here", Speaker: strp("Jane Roe"), SpeakerVia: "pronoun"},
			{Text: "third words spoken here", Speaker: strp("Jane Roe")},
		}}
	pred := Prediction{Articles: []ArticlePrediction{{Article: "a.txt",
		Entities: []EntityPrediction{{Name: "Jane Roe", Type: "person", Aliases: []string{"Roe"}}, {Name: "John Roe", Type: "person", Aliases: []string{"Roe"}}},
		Quotes: []QuotePrediction{
			{Text: "first words spoken here", Speaker: "Jane Roe"},
			{Text: "second words spoken here", Speaker: "John Roe"}, // shares the alias "Roe": still wrong
			{Text: "third words spoken here"},                       // empty: a miss, not wrong
		}}}}
	rep := Score(pred, []Gold{gold}, nil)
	if want := (Accuracy{Correct: 1, Total: 3}); rep.Speaker != want {
		t.Errorf("Speaker = %+v; want %+v", rep.Speaker, want)
	}
	if want := (Accuracy{Correct: 1, Total: 2}); rep.SpeakerDirect != want {
		t.Errorf("SpeakerDirect = %+v; want %+v", rep.SpeakerDirect, want)
	}
	if want := (Accuracy{Correct: 1, Total: 3}); rep.WrongSpeaker != want {
		t.Errorf("WrongSpeaker = %+v; want %+v", rep.WrongSpeaker, want)
	}
	if want := (Accuracy{Correct: 0, Total: 2}); rep.WrongDirect != want { // the wrong one came from a pronoun
		t.Errorf("WrongDirect = %+v; want %+v", rep.WrongDirect, want)
	}
}

func TestArticleKey(t *testing.T) {
	for in, want := range map[string]string{"01_outlet-slug.txt": "01", "dir/004_x.txt": "004", "voa_story.txt": "voa_story", "plain.txt": "plain"} {
		if got := ArticleKey(in); got != want {
			t.Errorf("ArticleKey(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestScoreStoryLayer(t *testing.T) {
	story := &StoryGold{
		MergedEntities: []GoldStoryEntity{
			{Name: "Jane Roe", Type: "person", Aliases: []string{"Jane Roe", "Roe"}, In: []string{"01", "02"}},
			{Name: "Acme Corp", Type: "org", Aliases: []string{"Acme Corp", "Acme"}, In: []string{"01", "02"}},
			{Name: "Lakeside", Type: "place", Aliases: []string{"Lakeside"}, In: []string{"01"}},
			{Name: "Jo Bloggs", Type: "person", Aliases: []string{"Jo Bloggs"}, In: []string{"01", "02"}},
		},
		SharedQuotes: []GoldSharedQuote{
			{Text: "We will rebuild the pier this summer", In: []string{"01", "02"}, Variants: []GoldVariant{
				{Article: "01", Text: "We will rebuild the pier this summer"}, {Article: "02", Text: "we will rebuild the pier"}}},
			{Text: "Nobody saw it coming", In: []string{"01", "02"}, Variants: []GoldVariant{
				{Article: "01", Text: "Nobody saw it coming"}, {Article: "02", Text: "Nobody saw it coming at all"}}},
			{Text: "The ferry runs again on Monday", In: []string{"01", "02"}, Variants: []GoldVariant{
				{Article: "01", Text: "The ferry runs again on Monday"}, {Article: "02", Text: "the ferry runs again on Monday"}}},
			{Text: "Tickets stay valid", In: []string{"01", "02"}, Variants: []GoldVariant{
				{Article: "01", Text: "Tickets stay valid for a month"}, {Article: "02", Text: "Tickets stay valid for a month"}}},
			{Text: "not a total washout", In: []string{"01", "02"}, Variants: []GoldVariant{
				{Article: "01", Text: "not a total washout"}, {Article: "02", Text: "not a total washout for us"}}},
		},
		Contested: []GoldClaim{{Claim: "how many boats sank", In: []string{"01", "02"}, Sides: []GoldSide{
			{Position: "for", Article: "01", Sentence: "Three boats sank in the storm."},
			{Position: "against", Article: "02", Sentence: "Five boats sank overnight, the harbour master said."},
		}}},
	}
	pred := Prediction{
		Entities: []EntityPrediction{
			{Name: "Jane Roe", Aliases: []string{"Roe"}},
			{Name: "Acme Corp"}, {Name: "Acme"}, // split
			{Name: "Jo Bloggs", Aliases: []string{"Lakeside"}}, // fuses two gold entities
		},
		Quotes: []StoryQuotePrediction{
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "We will rebuild the pier this summer,"}, {Article: "02_b.txt", Text: "We will rebuild the pier"}}},
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "Nobody saw it coming"}}},
			{Sources: []SourcePrediction{{Article: "02_b.txt", Text: "Nobody saw it coming at all"}}},
			// A paragraph carries its sentence; words out of order do not.
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "The pier is closed. The ferry runs again on Monday. Buses replace it until then."}, {Article: "02_b.txt", Text: "The ferry runs again on Monday"}}},
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "Tickets for a month stay valid, and the harbour reopens in spring with new berths."}, {Article: "02_b.txt", Text: "Tickets stay valid for a month"}}},
			// The phrase quoted on its own, and the sentence holding it: the
			// sentence is not a second carrier of the phrase.
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "not a total washout"}, {Article: "02_b.txt", Text: "not a total washout for us"}}},
			{Sources: []SourcePrediction{{Article: "01_a.txt", Text: "It was not a total washout for the town, the mayor said."}}},
		},
		Contested: []ClaimPrediction{
			{Claim: "boats", Sides: []SidePrediction{{Stance: "for", Article: "01_a.txt", Text: "Three boats sank in the storm."}, {Stance: "against", Article: "02_b.txt", Text: "Five boats sank overnight, the harbour master said."}}},
			{Claim: "invented", Sides: []SidePrediction{{Stance: "for", Article: "01_a.txt", Text: "Something else."}, {Stance: "against", Article: "02_b.txt", Text: "Another thing."}}},
		},
	}
	rep := Score(pred, nil, story).Story
	if want := (Accuracy{Correct: 2, Total: 3}); rep.EntitiesMerged != want {
		t.Errorf("EntitiesMerged = %+v; want %+v", rep.EntitiesMerged, want)
	}
	if rep.Fused != 1 {
		t.Errorf("Fused = %d; want 1", rep.Fused)
	}
	if want := (Accuracy{Correct: 3, Total: 5}); rep.SharedQuotes != want {
		t.Errorf("SharedQuotes = %+v; want %+v", rep.SharedQuotes, want)
	}
	if want := (Accuracy{Correct: 1, Total: 1}); rep.Contested != want || rep.FalseClaims != 1 {
		t.Errorf("Contested = %+v, false %d; want %+v, false 1", rep.Contested, rep.FalseClaims, want)
	}
}
