package extract

import (
	"testing"

	"github.com/storylens/storylens/schema"
)

func TestEventsMergeAcrossOutlets(t *testing.T) {
	a := Article{File: "a.txt", Meta: Meta{Published: "2024-03-08"}, Text: []byte("Ceasefire talks\n\n" +
		"Foreign minister Lena Varga met envoy Omar Haddad in Geneva on Wednesday to discuss a ceasefire.")}
	b := Article{File: "b.txt", Meta: Meta{Published: "2024-03-08"}, Text: []byte("Diplomacy update\n\n" +
		"Omar Haddad held talks with Lena Varga on Wednesday, officials said. In 2021 Haddad led a similar mission.")}
	ds, err := Build([]Article{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var wed *schema.Event
	for i := range ds.Events {
		if ds.Events[i].Date.Value == "2024-03-06" {
			if wed != nil {
				t.Fatalf("Build: two events on 2024-03-06; want them merged: %+v", ds.Events)
			}
			wed = &ds.Events[i]
		}
	}
	if wed == nil {
		t.Fatalf("Build: no event on 2024-03-06 in %+v", ds.Events)
	}
	if len(wed.Docs) != 2 || len(wed.Evidence) != 2 {
		t.Errorf("merged event docs = %v, evidence = %d; want both documents", wed.Docs, len(wed.Evidence))
	}
	want := map[string]bool{"lena-varga": true, "omar-haddad": true}
	for _, id := range wed.Entities {
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("merged event entities = %v; missing %v", wed.Entities, want)
	}
	found2021 := false
	for _, e := range ds.Events {
		if e.Date.Value == "2021" && e.Date.Precision == "year" {
			found2021 = true
		}
	}
	if !found2021 {
		t.Errorf("Build: no 2021 event in %+v", ds.Events)
	}
}

func TestRelations(t *testing.T) {
	text := "Business news\n\n" +
		"Shipping tycoon Lars Ekdahl founded Nordwave Logistics in 1998. " +
		"Ekdahl congratulated Mayor Omar Haddad on his re-election. " +
		"Nordwave spokeswoman Ana Petrov said the firm pays for the new harbour. " +
		"Lars Ekdahl, Omar Haddad, Ana Petrov, Marta Kowalczyk, Tomas Varga and Lena Varga attended a dinner where the weather was discussed at length."
	ds := buildText(t, text, "2024-05-10")
	has := func(a, b string) bool {
		if b < a {
			a, b = b, a
		}
		for _, r := range ds.Relations {
			if r.A == a && r.B == b {
				return true
			}
		}
		return false
	}
	for _, p := range [][2]string{{"lars-ekdahl", "nordwave-logistics"}, {"lars-ekdahl", "omar-haddad"}, {"ana-petrov", "nordwave-logistics"}} {
		if !has(p[0], p[1]) {
			t.Errorf("Build(%q) relations = %+v; missing %s–%s", text, ds.Relations, p[0], p[1])
		}
	}
	// A long list of names is not a web of relations.
	if has("marta-kowalczyk", "tomas-varga") || has("lars-ekdahl", "lena-varga") {
		t.Errorf("Build(%q) relations = %+v; want no links between names merely listed", text, ds.Relations)
	}
}

// eventsOn returns the events on one date value.
func eventsOn(evs []schema.Event, value string) []schema.Event {
	var out []schema.Event
	for _, e := range evs {
		if e.Date.Value == value {
			out = append(out, e)
		}
	}
	return out
}

func TestEventsOnePerSentence(t *testing.T) {
	text := "Harbour news\n\n" +
		"In 2024, the Corvel Council approved the harbour levy on Tuesday. " +
		"A Tidewater Gazette report in September said Mayor Dana Oakes had met Ivo Brandt in 2021."
	ds := buildText(t, text, "2024-11-08")
	if got := eventsOn(ds.Events, "2024"); len(got) != 0 {
		t.Errorf("Build(%q): a year around a day of the same sentence made an event: %+v", text, got)
	}
	if got := eventsOn(ds.Events, "2024-11-05"); len(got) != 1 {
		t.Errorf("Build(%q) events on 2024-11-05 = %+v; want one", text, got)
	}
	// Two dates that do not contain each other are two happenings.
	if len(eventsOn(ds.Events, "2024-09")) != 1 || len(eventsOn(ds.Events, "2021")) != 1 {
		t.Errorf("Build(%q) events = %+v; want one in 2024-09 and one in 2021", text, ds.Events)
	}
}

func TestEventsClusterHappenings(t *testing.T) {
	pub := Meta{Published: "2024-05-09"}
	arts := []Article{
		{File: "a.txt", Meta: pub, Text: []byte("Levy passes\n\n" +
			"Mayor Dana Oakes signed the harbour levy into law on Wednesday after a long debate. " +
			"Separately, the Corvel Rowing Club elected Ivo Brandt as its new captain on Wednesday.")},
		{File: "b.txt", Meta: pub, Text: []byte("Harbour levy\n\n" +
			"Dana Oakes signed the disputed harbour levy on Wednesday, ending months of argument.")},
		{File: "c.txt", Meta: pub, Text: []byte("Council report\n\n" +
			"On Wednesday, Oakes signed the levy for the harbour, officials said.")},
	}
	ds, err := Build(arts)
	if err != nil {
		t.Fatal(err)
	}
	got := eventsOn(ds.Events, "2024-05-08")
	var levy, club *schema.Event
	for i := range got {
		for _, id := range got[i].Entities {
			switch id {
			case "dana-oakes":
				if levy != nil {
					t.Errorf("two events for the signing: %+v", got)
				}
				levy = &got[i]
			case "ivo-brandt":
				club = &got[i]
			}
		}
	}
	if levy == nil || club == nil || levy == club {
		t.Fatalf("Build: events on 2024-05-08 = %+v; want the signing and the club election apart", got)
	}
	if len(levy.Docs) != 3 {
		t.Errorf("signing event docs = %v; want all three outlets", levy.Docs)
	}
	if len(club.Docs) != 1 {
		t.Errorf("club event docs = %v; want one outlet", club.Docs)
	}
}

func TestEventLabels(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"After weeks of talks with the dock unions, Mayor Dana Oakes signed the harbour budget on Tuesday, officials said.", "Mayor Dana Oakes signed the harbour budget"},
		{"The Corvel Council, which met on Monday, approved a new ferry timetable for the summer, ending a long dispute.", "The Corvel Council approved a new ferry timetable for the summer"},
		{"In response, Pell Ardent, the guild's chief negotiator, announced on Monday that the strike would end.", "Pell Ardent announced that the strike would end"},
		{"“The wall held, and the town is safe,” Gov. Pell Ardent said at a briefing on Thursday.", "Pell Ardent: The wall held, and the town is safe"},
		{"Ivo Brandt resigned on Friday as chairman of Nordwave Logistics, a firm he founded with three partners and ran for more than twenty years in the port.", "Ivo Brandt resigned as chairman of Nordwave Logistics"},
	}
	for _, tc := range tests {
		ds := buildText(t, "Harbour news\n\n"+tc.sentence, "2024-11-09")
		if len(ds.Events) != 1 {
			t.Fatalf("Build(%q) events = %+v; want one", tc.sentence, ds.Events)
		}
		got := ds.Events[0].Label
		if got != tc.want {
			t.Errorf("label of %q = %q; want %q", tc.sentence, got, tc.want)
		}
		if n := len([]rune(got)); n > maxLabel {
			t.Errorf("label of %q has %d characters; want at most %d", tc.sentence, n, maxLabel)
		}
	}
}

func TestEventsUndatedReportsTheNewsDay(t *testing.T) {
	text := "Levy vote\n\n" +
		"The Corvel Council approved the harbour levy on Tuesday. " +
		"Nordwave Logistics said it would appeal against the levy. " +
		"Shares in Nordwave Logistics fell sharply after the vote."
	ds := buildText(t, text, "2024-11-06")
	found := false
	for _, e := range eventsOn(ds.Events, "2024-11-05") {
		for _, id := range e.Entities {
			if id == "nordwave-logistics" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("Build(%q) events = %+v; want Nordwave's reaction on the news day 2024-11-05", text, ds.Events)
	}
}
