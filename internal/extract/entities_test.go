package extract

import (
	"strings"
	"testing"
)

func TestEntities(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // name/type that must be present
		notWant []string // names that must be absent
	}{
		{
			name: "people, places, organisations and sentence starters",
			text: "Harbour deal signed\n\nMeanwhile, port operator Acme Logistics said on Monday that Marta Kowalczyk would lead the project in Gdansk. " +
				"Throughout the talks, Kowalczyk met officials from the European Union and Poland. Imagine the cost, she said.",
			want:    []string{"Acme Logistics/org", "Marta Kowalczyk/person", "Gdansk/place", "European Union/org", "Poland/place"},
			notWant: []string{"Meanwhile", "Throughout", "Imagine", "Monday", "Kowalczyk"},
		},
		{
			name:    "demonyms, weekdays, months and events are not entities",
			text:    "Talks continue\n\nUkrainian and Russian negotiators met in Geneva on Wednesday. The Olympic Games open in July, while French voters back the Clean Water Act.",
			want:    []string{"Geneva/place"},
			notWant: []string{"Ukrainian", "Russian", "Wednesday", "July", "French", "Olympic Games", "Clean Water Act"},
		},
		{
			name:    "surnames, honorifics and possessives join the full name",
			text:    "Minister resigns\n\nFinance minister Tomas Varga resigned on Friday. Mr Varga’s decision surprised colleagues, and Varga's allies were silent.",
			want:    []string{"Tomas Varga/person"},
			notWant: []string{"Varga", "Mr Varga"},
		},
		{
			name:    "acronym defined in the text",
			text:    "Agency report\n\nThe Northern Rivers Authority (NRA) published its annual report. The NRA said water levels were falling.",
			want:    []string{"Northern Rivers Authority/org"},
			notWant: []string{"NRA", "National Rifle Association"},
		},
		{
			name:    "connector inside a name whose acronym follows",
			text:    "Ferry sinks in the bay\n\nThe Grand Wardens of Harbour (GWH) said the ferry had sunk. GWH divers searched the bay.",
			want:    []string{"Grand Wardens of Harbour/org"},
			notWant: []string{"Grand Wardens", "Harbour"},
		},
		{
			name:    "a word between two titles belongs to the title",
			text:    "Launch condemned\n\nChief Cabinet Secretary Ana Petrov told reporters the launch was a serious matter.",
			want:    []string{"Ana Petrov/person"},
			notWant: []string{"Cabinet"},
		},
		{
			name:    "compound demonyms",
			text:    "Sanctions\n\nTwo Southeast Asian diplomats and a Northwest African envoy met in Geneva on Monday.",
			want:    []string{"Geneva/place"},
			notWant: []string{"Southeast", "Northwest", "Southeast Asian"},
		},
		{
			name:    "a country standing for its team, and a head coach",
			text:    "Volleyball\n\nTeam Nigeria beat Cuba on Wednesday. The Head Coach of the squad, Ana Petrov, praised the players.",
			want:    []string{"Nigeria/place", "Cuba/place", "Ana Petrov/person"},
			notWant: []string{"Team Nigeria", "Head", "Head Coach"},
		},
		{
			name:    "places known from their appositive",
			text:    "Outbreak spreads\n\nNearly 500 people were vaccinated in Korvale, a city of a million people. The campaign reached Bremtoft, where the outbreak began, and Ostravin, a remote mountain town.",
			want:    []string{"Korvale/place", "Bremtoft/place", "Ostravin/place"},
			notWant: []string{},
		},
		{
			name:    "the head noun before 'called' types the name",
			text:    "Results\n\nThe drug maker owns a US division for biotechnologies called Verdantyx. It also runs a clinic in a village called Harrowmere.",
			want:    []string{"Verdantyx/org", "Harrowmere/place"},
			notWant: []string{},
		},
		{
			name:    "a surname that is also a city, and a court title after a country",
			text:    "Sentenced\n\nUS District Judge Amy Berman Jackson sentenced the lobbyist on Thursday. Jackson said the jury had been fair. His lawyers will appeal in Jackson next month.",
			want:    []string{"Amy Berman Jackson/person", "United States/place", "Jackson/place"},
			notWant: []string{"US District", "District"},
		},
		{
			name:    "short form of a named organisation",
			text:    "Newspaper scoop\n\nThe Harbour Valley Gazette first reported the story. Officials did not respond to the Gazette’s questions.",
			want:    []string{"Harbour Valley Gazette/org"},
			notWant: []string{"Gazette"},
		},
		{
			name:    "typing from context",
			text:    "Floods\n\nRescuers reached the Korvath region on Tuesday. The Zentrix company said its staff were safe. Officials in Brelmont said roads were closed.",
			want:    []string{"Korvath/place", "Zentrix/org", "Brelmont/place"},
			notWant: []string{},
		},
		{
			name:    "hyphenated compounds and datelines",
			text:    "Visit\n\nLONDON (Reuters) — The London-based group welcomed a pro-Varga rally. Tomas Varga spoke to the crowd.",
			want:    []string{"London/place", "Reuters/org", "Tomas Varga/person"},
			notWant: []string{"London-based", "pro-Varga"},
		},
		{
			name:    "titles of works in quotation marks",
			text:    "Review\n\nThe documentary “Rivers Of Light” opened on Friday, director Ana Petrov said.",
			want:    []string{"Ana Petrov/person"},
			notWant: []string{"Rivers Of Light"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildText(t, tc.text, "2024-05-10")
			got := entityNames(ds)
			if missing := containsAll(got, tc.want...); len(missing) > 0 {
				t.Errorf("Build(%q) entities = %q; missing %q", tc.text, got, missing)
			}
			for _, nw := range tc.notWant {
				for _, g := range got {
					if strings.SplitN(g, "/", 2)[0] == nw {
						t.Errorf("Build(%q) entities = %q; want no %q", tc.text, got, nw)
					}
				}
			}
		})
	}
}

func TestEntitiesMergeAcrossDocuments(t *testing.T) {
	a := Article{File: "a.txt", Text: []byte("Talks\n\nPresident Oleksandr Hrytsenkoo met envoys on Monday. Hrytsenkoo said talks went well.")}
	b := Article{File: "b.txt", Text: []byte("Summit\n\nOleksandr Hrytsenko arrived in Vienna. Later, Hrytsenko thanked the hosts.")}
	ds, err := Build([]Article{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var persons []string
	for _, e := range ds.Entities {
		if e.Type == typePerson {
			persons = append(persons, e.Name)
		}
	}
	if len(persons) != 1 {
		t.Fatalf("Build(two spellings) persons = %q; want one merged person", persons)
	}
	e := ds.Entities[0]
	for _, x := range ds.Entities {
		if x.Type == typePerson {
			e = x
		}
	}
	docs := map[string]bool{}
	for _, m := range e.Mentions {
		docs[m.Doc] = true
	}
	if !docs["a"] || !docs["b"] {
		t.Errorf("merged person mentions in %v; want both documents", docs)
	}
	if e.ID != slug(e.Name) {
		t.Errorf("entity ID = %q; want slug of %q", e.ID, e.Name)
	}
}

func TestDescriptors(t *testing.T) {
	text := "Profile\n\nShipping tycoon Lars Ekdahl bought the harbour. The billionaire has owned ships for decades. " +
		"Company spokeswoman Ana Petrov said the deal was fair."
	ds := buildText(t, text, "2024-05-10")
	tests := []struct{ name, want string }{
		{"Lars Ekdahl", "Shipping tycoon"},
		{"Lars Ekdahl", "The billionaire"},
		{"Ana Petrov", "spokeswoman"},
	}
	for _, tc := range tests {
		e := entityByName(ds, tc.name)
		if e == nil {
			t.Fatalf("Build(%q): no entity %q in %q", text, tc.name, entityNames(ds))
		}
		found := false
		for _, d := range e.Descriptors {
			if strings.Contains(d, tc.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("descriptors of %s = %q; want one containing %q", tc.name, e.Descriptors, tc.want)
		}
	}
}
