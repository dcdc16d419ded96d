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
