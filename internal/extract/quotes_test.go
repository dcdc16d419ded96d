package extract

import "testing"

func TestQuotes(t *testing.T) {
	type q struct{ text, speaker, kind string }
	tests := []struct {
		name string
		text string
		want []q
	}{
		{
			name: "said after, said before, colon",
			text: "Council vote\n\n“We will build the bridge,” Jane Roe said. Said the mayor, Omar Haddad: “It is a good day.”\n\n" +
				"Roe added: “The work starts in spring.”",
			want: []q{{"We will build the bridge", "Jane Roe", "full"}, {"It is a good day.", "Omar Haddad", "full"}, {"The work starts in spring.", "Jane Roe", "full"}},
		},
		{
			name: "curly quote closed by a straight mark",
			text: "Launch\n\n“These launches are a serious matter for our people,\" Ana Petrov said. Officials agreed.",
			want: []q{{"These launches are a serious matter for our people", "Ana Petrov", "full"}},
		},
		{
			name: "straight-quoted phrase inside a curly quotation",
			text: "Plans\n\n“He called it \"a fair deal\" and left the room,” Ana Petrov said.",
			want: []q{{"He called it \"a fair deal\" and left the room", "Ana Petrov", "full"}},
		},
		{
			name: "organisations in a person's appositive do not speak",
			text: "Outbreak\n\nDr. Ana Petrov, the Red Cross regional director for Europe said in a statement, “We welcome the quick response.”",
			want: []q{{"We welcome the quick response.", "Ana Petrov", "full"}},
		},
		{
			name: "a hyphenated title is not part of the name",
			text: "Trial\n\nAcme Health Director-General Omar Haddad said the trial was “initiated with record speed.”",
			want: []q{{"initiated with record speed.", "Omar Haddad", "partial"}},
		},
		{
			name: "attribution only at the end of a multi-paragraph quotation",
			text: "Win\n\nThe federation chairman, Omar Haddad, praised the players.\n\n“I am happy we finally won today.\n\n“We will win the next match too,” he said.",
			want: []q{{"I am happy we finally won today.", "Omar Haddad", "full"}, {"We will win the next match too", "Omar Haddad", "full"}},
		},
		{
			name: "the analyst speaks, not the firm that describes them",
			text: "Results\n\nThe decline was \"surprising,\" said Harbour Research analyst Omar Haddad. Shares fell.",
			want: []q{{"surprising", "Omar Haddad", "partial"}},
		},
		{
			name: "verb first and partial quote",
			text: "Budget\n\nThe plan is “deeply flawed”, said Marta Kowalczyk, who leads the opposition. Tomas Varga described the budget as “careful”.",
			want: []q{{"deeply flawed", "Marta Kowalczyk", "partial"}, {"careful", "Tomas Varga", "partial"}},
		},
		{
			name: "pronoun speaker resolved to the subject of earlier sentences",
			text: "Strike\n\nUnion leader Ana Petrov met managers on Monday. She rejected the offer.\n\n“This is not enough for our members,” she told reporters.",
			want: []q{{"This is not enough for our members", "Ana Petrov", "full"}},
		},
		{
			name: "the title as a later subject",
			text: "Budget vote\n\nSen. Jane Roe met Mayor Omar Haddad on Monday to discuss the budget.\n\n“We found common ground,” the senator said.",
			want: []q{{"We found common ground", "Jane Roe", "full"}},
		},
		{
			name: "dash attribution",
			text: "Voices from the valley\n\n“The river is our life.” — Marta Kowalczyk, Portmere.",
			want: []q{{"The river is our life.", "Marta Kowalczyk", "full"}},
		},
		{
			name: "pronoun speaker matches the gender",
			text: "Talks\n\nJane Roe met Peter Berg on Monday. Berg said little afterwards.\n\n“It was a frank exchange,” she told reporters.",
			want: []q{{"It was a frank exchange", "Jane Roe", "full"}},
		},
		{
			name: "organisation as speaker and according to",
			text: "Report\n\nA report by the Northern Rivers Authority said water was “unsafe to drink”. The risk is “rising fast”, according to Lena Varga.",
			want: []q{{"unsafe to drink", "Northern Rivers Authority", "partial"}, {"rising fast", "Lena Varga", "partial"}},
		},
		{
			name: "spokesperson for an organisation",
			text: "Statement\n\n“We are reviewing the decision,” an Acme Logistics spokesperson said.",
			want: []q{{"We are reviewing the decision", "Acme Logistics", "full"}},
		},
		{
			name: "multi-paragraph quotation",
			text: "Speech\n\nMayor Omar Haddad spoke for an hour. “The city has changed,\n\n“and it will keep changing,” he said.",
			want: []q{{"The city has changed", "Omar Haddad", "full"}, {"and it will keep changing", "Omar Haddad", ""}},
		},
		{
			name: "apostrophes are not quotation marks",
			text: "Market\n\nThe company’s shares rose and investors’ hopes grew, Jane Roe said. She called it ‘a turning point’ for the firm.",
			want: []q{{"a turning point", "Jane Roe", "partial"}},
		},
		{
			name: "headline scare quotes are not credited to the wrong person",
			text: "Roe ‘backs Varga plan’ as critics warn of ‘chaos’\n\nJane Roe met Tomas Varga on Monday.",
			want: []q{{"backs Varga plan", "", "partial"}, {"chaos", "", "partial"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildText(t, tc.text, "2024-05-10")
			var got []q
			for _, x := range ds.Quotes {
				got = append(got, q{x.Text, speakerName(ds, x), x.Kind})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Build(%q) quotes = %+v; want %+v", tc.text, got, tc.want)
			}
			for i := range got {
				w := tc.want[i]
				if got[i].text != w.text || got[i].speaker != w.speaker || w.kind != "" && got[i].kind != w.kind {
					t.Errorf("Build(%q) quote %d = %+v; want %+v", tc.text, i, got[i], w)
				}
			}
		})
	}
}
