package extract

import (
	"strings"
	"testing"
)

// TestSpeakerRules checks the general attribution rules of issue 11 on
// made-up articles: each case names who must speak each quotation ("" for
// nobody).
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // quotation text → speaker
	}{
		{
			name: "a period after an honorific does not end the scan",
			text: "Vote\n\nJohn Doe leads the council.\n\n“We will vote on Friday,” Mr. Doe said.",
			want: map[string]string{"We will vote on Friday": "John Doe"},
		},
		{
			name: "said before a titled name",
			text: "Bridge\n\n“The bridge is safe,” said Rep. Jane Doe, who chairs the transport panel.",
			want: map[string]string{"The bridge is safe": "Jane Doe"},
		},
		{
			name: "a middle initial stays inside the name",
			text: "Harbour\n\n“The harbour will reopen,” Jane Q. Doe said on Monday.",
			want: map[string]string{"The harbour will reopen": "Jane Q. Doe"},
		},
		{
			name: "doubled apostrophes are quotation marks",
			text: "Taxes\n\n''This is not reform,'' said Omar Haddad, an economist. ''It is the opposite.''",
			want: map[string]string{"This is not reform": "Omar Haddad", "It is the opposite.": "Omar Haddad"},
		},
		{
			name: "doubled curly apostrophes are quotation marks",
			text: "Taxes\n\n’’We will appeal,’’ Lena Varga said.",
			want: map[string]string{"We will appeal": "Lena Varga"},
		},
		{
			name: "a continuation paragraph inherits the speaker",
			text: "Flood\n\n“The water rose in an hour,” said Marta Kowalczyk, who runs the shelter. “Nobody expected it.”\n\n" +
				"“We need more boats and more volunteers before the next storm arrives.”\n\nThe river fell on Tuesday.",
			want: map[string]string{"The water rose in an hour": "Marta Kowalczyk", "Nobody expected it.": "Marta Kowalczyk",
				"We need more boats and more volunteers before the next storm arrives.": "Marta Kowalczyk"},
		},
		{
			name: "a quotation open at the end of its paragraph",
			text: "Plant\n\nTomas Varga, the plant manager, spoke to workers.\n\n“We will keep every job.\n\n“Nobody will be laid off,” Varga said.",
			want: map[string]string{"We will keep every job.": "Tomas Varga", "Nobody will be laid off": "Tomas Varga"},
		},
		{
			name: "an agency spokesman gives the person",
			text: "Permits\n\n“The permits were approved last week,” agency spokesman John Roe said.",
			want: map[string]string{"The permits were approved last week": "John Roe"},
		},
		{
			name: "a person's attorney speaks, not the client",
			text: "Trial\n\nJane Doe was charged in May.\n\n“My client is innocent,” Doe's attorney John Roe said.",
			want: map[string]string{"My client is innocent": "John Roe"},
		},
		{
			name: "two people sharing a surname",
			text: "Family firm\n\nPeter Berg founded the company. His daughter Anna Berg now runs it.\n\n" +
				"“We will expand abroad next year,” Anna Berg said.\n\n“The market is ready for us,” Berg added.",
			want: map[string]string{"We will expand abroad next year": "Anna Berg", "The market is ready for us": "Anna Berg"},
		},
		{
			name: "a building named after a person does not capture the surname",
			text: "Opening\n\nMayor Jane Roe opened the new Roe Memorial Library on Monday.\n\n“Every child deserves a library,” Roe said.",
			want: map[string]string{"Every child deserves a library": "Jane Roe"},
		},
		{
			name: "a company named after a person does not capture the surname",
			text: "Results\n\nPeter Haddad, the founder of Haddad Holdings, spoke to investors.\n\n“Profits doubled,” Haddad said.",
			want: map[string]string{"Profits doubled": "Peter Haddad"},
		},
		{
			name: "the speaker named in the sentence before",
			text: "Budget\n\nFinance chief Lena Varga defended the plan on Tuesday. “The numbers add up.”",
			want: map[string]string{"The numbers add up.": "Lena Varga"},
		},
		{
			name: "transcript labels name the speaker, or nobody known",
			text: "Interview\n\nOmar Haddad, a radio host, spoke to Senator Jane Roe on Sunday.\n\n" +
				"\"HADDAD: Will you run again?\"\n\n\"ROE: I have not decided yet.\"\n\n\"CALLER: What about the budget?\"",
			want: map[string]string{"HADDAD: Will you run again?": "Omar Haddad", "ROE: I have not decided yet.": "Jane Roe", "CALLER: What about the budget?": ""},
		},
		{
			name: "an honorific's gender tells two people sharing a surname apart",
			text: "Gala\n\nPeter Doe and his wife, Jane Doe, hosted the dinner.\n\n“We are grateful to every donor,” Mr. Doe said.",
			want: map[string]string{"We are grateful to every donor": "Peter Doe"},
		},
		{
			name: "an unusual speech verb",
			text: "Gala\n\n“This is the best night of my life,” gushed Lena Varga after the show.",
			want: map[string]string{"This is the best night of my life": "Lena Varga"},
		},
		{
			name: "“he said:” before the quotation rules out a woman named after it",
			text: "Interview\n\nMaria Lindqvist interviewed Governor Tomas Brandt on Monday.\n\n" +
				"Lindqvist pressed the governor on the budget after he said of it: “It is fair, it is balanced, it is done.” " +
				"Lindqvist called out the cuts to schools: “But the schools lose money. Is that fair?”",
			want: map[string]string{"It is fair, it is balanced, it is done.": "Tomas Brandt"},
		},
		{
			name: "“…,” she said after the quotation rules out a man named before it",
			text: "Council\n\nPeter Haldane chaired the meeting with Anna Keller.\n\n" +
				"Haldane asked about the vote. “We will wait until June,” she said.",
			want: map[string]string{"We will wait until June": "Anna Keller"},
		},
		{
			name: "a pronoun that may mean the previous speaker or a person only mentioned since gives nobody",
			text: "Council\n\n“We will wait until June,” said Peter Haldane, the council leader.\n\n" +
				"The delay angered members, among them Jonas Weber and his deputy. “The budget is not ready,” he said.",
			want: map[string]string{"We will wait until June": "Peter Haldane", "The budget is not ready": ""},
		},
		{
			name: "a person brought in as a sentence's subject since the previous quotation is whom the pronoun means",
			text: "Council\n\n“We will wait until June,” said Peter Haldane, the council leader.\n\n" +
				"Jonas Weber, the treasurer, disagreed on Monday. “The budget is not ready,” he said.",
			want: map[string]string{"We will wait until June": "Peter Haldane", "The budget is not ready": "Jonas Weber"},
		},
		{
			name: "a previous speaker of the other gender leaves the pronoun unambiguous",
			text: "Council\n\n“We will wait until June,” said Anna Keller, the council leader.\n\n" +
				"The delay angered members, among them Jonas Weber and his deputy. “The budget is not ready,” he said.",
			want: map[string]string{"We will wait until June": "Anna Keller", "The budget is not ready": "Jonas Weber"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildText(t, tc.text, "2024-05-10")
			got := map[string]string{}
			for _, q := range ds.Quotes {
				got[q.Text] = speakerName(ds, q)
			}
			for text, want := range tc.want {
				sp, ok := got[text]
				if !ok {
					t.Errorf("quotation %q not found; got %v", text, got)
					continue
				}
				// Entity names may drop an initial's period ("Jane Q Doe").
				if strings.ReplaceAll(sp, ".", "") != strings.ReplaceAll(want, ".", "") {
					t.Errorf("quotation %q speaker = %q; want %q", text, sp, want)
				}
			}
		})
	}
}

// TestSpeakerAbstentionRules: a quotation left unattributed says why, and
// the rules' pick does not speak when the ranker prefers another
// candidate, even one it is unsure of.
func TestSpeakerAbstentionRules(t *testing.T) {
	tests := []struct {
		name, text, quote, notSpeaker, rule string
	}{
		{
			name: "pronoun against the previous speaker",
			text: "Council\n\n“We will wait until June,” said Peter Haldane, the council leader.\n\n" +
				"The delay angered members, among them Jonas Weber and his deputy. “The budget is not ready,” he said.",
			quote: "The budget is not ready", notSpeaker: "Jonas Weber", rule: ruleAgainstPrevious,
		},
		{
			name:  "an institution before a person's post",
			text:  "Vote\n\nThe governor lost ground in the north. “Voters wanted someone new,” said Riverton State University political scientist Lena Varga.",
			quote: "Voters wanted someone new", notSpeaker: "Riverton State University",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildText(t, tc.text, "2024-05-10")
			found := false
			for _, q := range ds.Quotes {
				if q.Text != tc.quote {
					continue
				}
				found = true
				if sp := speakerName(ds, q); sp == tc.notSpeaker {
					t.Errorf("quotation %q speaker = %q (%s); want anyone else or nobody", q.Text, sp, q.SpeakerRule)
				}
				if tc.rule != "" && q.SpeakerRule != tc.rule {
					t.Errorf("quotation %q rule = %q; want %q", q.Text, q.SpeakerRule, tc.rule)
				}
			}
			if !found {
				t.Errorf("quotation %q not found", tc.quote)
			}
		})
	}
}

// TestSpeakerConfidence: every quotation carries a confidence in [0, 1]
// and the rule that chose its speaker; a quotation nobody is named for has
// no speaker.
func TestSpeakerConfidence(t *testing.T) {
	text := "Storm\n\n“The roads are closed,” said Jane Doe, the county engineer.\n\n" +
		"Residents gathered at the school. “It is the worst I have seen,” one resident said."
	ds := buildText(t, text, "2024-05-10")
	if len(ds.Quotes) != 2 {
		t.Fatalf("quotes = %+v; want 2", ds.Quotes)
	}
	for _, q := range ds.Quotes {
		if q.SpeakerConfidence < 0 || q.SpeakerConfidence > 1 {
			t.Errorf("quote %q confidence %v outside [0, 1]", q.Text, q.SpeakerConfidence)
		}
		if q.SpeakerRule == "" {
			t.Errorf("quote %q has no speaker rule", q.Text)
		}
	}
	if q := ds.Quotes[0]; speakerName(ds, q) != "Jane Doe" || q.SpeakerConfidence < 0.5 || !strings.HasPrefix(q.SpeakerRule, "ranker:") {
		t.Errorf("first quote = %q by %q (%v, %s); want Jane Doe by the ranker, confidence >= 0.5", q.Text, speakerName(ds, q), q.SpeakerConfidence, q.SpeakerRule)
	}
	if q := ds.Quotes[1]; q.Speaker != nil {
		t.Errorf("quote %q speaker = %q; want none (an unnamed resident)", q.Text, speakerName(ds, q))
	}
}

func TestSpeechVerbLexicon(t *testing.T) {
	for _, w := range []string{"said", "implored", "gushed", "chimed", "quipped", "Says"} {
		if speechVerb(w) == "" {
			t.Errorf("speechVerb(%q) = \"\"; want a speech verb", w)
		}
	}
	for _, w := range []string{"table", "the", "bridge"} {
		if v := speechVerb(w); v != "" {
			t.Errorf("speechVerb(%q) = %q; want none", w, v)
		}
	}
	if speechVerb("implored") != "implore" {
		t.Errorf("speechVerb(implored) = %q; want the base form implore", speechVerb("implored"))
	}
}

// TestSpeakerModelLoads: the embedded weights decode and know the
// features the ranker writes.
func TestSpeakerModelLoads(t *testing.T) {
	m := loadSpeakerModel()
	if m == nil {
		t.Fatal("no speaker model embedded")
	}
	if m.NumFeatures() < 50 {
		t.Errorf("speaker model has %d features; want at least 50", m.NumFeatures())
	}
	if p, q := m.Probability([]string{"pos=after", "pat=X_V", "rule=pick", "subj"}), m.Probability([]string{"pos=prevpara", "pat=none", "rule=other", "prep"}); p <= q {
		t.Errorf("P(adjacent subject of said) = %.3f <= P(distant object) = %.3f", p, q)
	}
}
