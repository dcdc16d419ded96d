package extract

import "testing"

func TestLongNamesJoin(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want string // a name the story must have as one entity
		typ  string
		not  string // a name it must not have on its own ("" for none)
	}{
		{"court for the district", "Flood ruling\n\nJudge Perpetua Vance of the Federal Appeals Court for the Northern Circuit ruled on Monday that the levy was unlawful.", "Federal Appeals Court for the Northern Circuit", typePlace, "Northern Circuit"},
		{"centre for a field", "Study published\n\nResearchers at the Halloway Centre for Coastal Studies said on Tuesday that the dunes were shrinking.", "Halloway Centre for Coastal Studies", "", ""},
		{"website with its domain", "Power cuts\n\nMore than 40,000 homes were without power on Friday, according to Kestrel.us. Crews worked through the night.", "Kestrel.us", "", "Kestrel"},
		{"domain glued to more letters", "Power cuts\n\nThe outage map at Kestrel.usable was down on Friday, crews said.", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildStory(t, tc.text)
			if tc.want != "" {
				got := entitiesNaming(ds, tc.want)
				if len(got) != 1 {
					t.Fatalf("entities naming %q = %v; want one (entities %+v)", tc.want, got, ds.Entities)
				}
				if tc.typ != "" {
					for _, e := range ds.Entities {
						if e.ID == got[0] && e.Type != tc.typ {
							t.Errorf("%q type = %q; want %q", tc.want, e.Type, tc.typ)
						}
					}
				}
			}
			if tc.not != "" {
				if got := entitiesNaming(ds, tc.not); len(got) != 0 {
					t.Errorf("entities naming %q on its own = %v; want none", tc.not, got)
				}
			}
			if tc.name == "domain glued to more letters" {
				if got := entitiesNaming(ds, "Kestrel.us"); len(got) != 0 {
					t.Errorf("entities naming Kestrel.us = %v; want none (the word goes on)", got)
				}
			}
		})
	}
}

func TestCourtForPersonStaysApart(t *testing.T) {
	ds := buildStory(t, "Petition\n\nThe petition went to the Harbour Council for Mayor Ingrid Falkenrath to sign on Monday.")
	if got := entitiesNaming(ds, "Ingrid Falkenrath"); len(got) != 1 {
		t.Errorf("entities naming Ingrid Falkenrath = %v; want her own entity (entities %+v)", got, ds.Entities)
	}
}
