package extract

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

// buildStory builds a dataset from made-up articles, one per outlet.
func buildStory(t *testing.T, texts ...string) *schema.Dataset {
	t.Helper()
	var arts []Article
	for i, text := range texts {
		id := string(rune('a' + i))
		if i >= 26 {
			id = "z" + itoa(i)
		}
		arts = append(arts, Article{File: id + ".txt", Text: []byte(text), Meta: Meta{Outlet: "Outlet " + strings.ToUpper(id), Published: "2024-05-10"}})
	}
	ds, err := Build(arts)
	if err != nil {
		t.Fatalf("Build error: %v", err)
	}
	return ds
}

// entitiesNaming returns the entities whose name or aliases include name.
func entitiesNaming(ds *schema.Dataset, name string) []string {
	var out []string
	for _, e := range ds.Entities {
		hit := e.Name == name
		for _, a := range e.Aliases {
			hit = hit || a == name
		}
		if hit {
			out = append(out, e.ID)
		}
	}
	return out
}

func TestResolveEntitiesAcrossOutlets(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		same    [][]string // names that must be one entity
		apart   [][]string // names that must be different entities
		role    map[string]string
		named   []string // canonical names that must exist
		unnamed []string // names no entity may carry (titles, epithets)
	}{
		{
			name: "nickname",
			texts: []string{
				"Harbour plan approved\n\nRobert Quillfeather, the harbour master, said the plan would go ahead on Monday.",
				"Harbour plan wins backing\n\nBob Quillfeather told reporters the plan would go ahead.",
			},
			same: [][]string{{"Robert Quillfeather", "Bob Quillfeather"}},
		},
		{
			name: "short first name and misspelt first name",
			texts: []string{
				"Ferry strike ends\n\nUnion leader Alexandra Venturini said the strike was over on Tuesday.",
				"Ferry strike over\n\nAlexa Venturini said the crews would return.",
				"Crews return\n\nAlexandr Venturini said the crews would return.",
			},
			same: [][]string{{"Alexandra Venturini", "Alexa Venturini"}},
		},
		{
			name: "two people sharing a surname stay apart",
			texts: []string{
				"Mill closes\n\nMargaret Oakhurst said the mill would close in June.",
				"Mill to shut\n\nThomas Oakhurst said the workers had not been told.",
			},
			apart: [][]string{{"Margaret Oakhurst", "Thomas Oakhurst"}},
		},
		{
			name: "title stripped into the role",
			texts: []string{
				"Dam inspected\n\nAgency Administrator Priya Castellane said the dam was safe.",
				"Dam safe, agency says\n\nPriya Castellane said engineers had checked the dam.",
			},
			// The title never becomes part of a name: one entity, the
			// title its role.
			named:   []string{"Priya Castellane"},
			unnamed: []string{"Agency Administrator Priya Castellane"},
			role:    map[string]string{"Priya Castellane": "agency administrator"},
		},
		{
			name: "epithet in front of a name",
			texts: []string{
				"Campaign\n\nThe slogan called her scheming. Scheming Delphine Arkwright was at it again, the rally heard on Monday.",
				"Rally\n\nDelphine Arkwright said the rally was a success.",
			},
			unnamed: []string{"Scheming Delphine Arkwright"},
			named:   []string{"Delphine Arkwright"},
		},
		{
			name: "a middle initial does not split a person; the title is the role",
			texts: []string{
				"Budget\n\nTreasurer Quentin R. Halloway said the budget would pass.",
				"Budget passes\n\nQuentin Halloway said the budget had passed.",
			},
			same:    [][]string{{"Quentin R. Halloway", "Quentin Halloway"}},
			unnamed: []string{"Treasurer Quentin R. Halloway"},
			named:   []string{"Quentin R. Halloway"},
			role:    map[string]string{"Quentin R. Halloway": "treasurer"},
		},
		{
			name: "middle initial and transliteration",
			texts: []string{
				"Court rules\n\nJudge Oleksandr K. Dvornikov wrote that the contract was void.",
				"Contract void\n\nOleksandr Dvornykov wrote that the contract was void.",
			},
			same: [][]string{{"Oleksandr K. Dvornikov", "Oleksandr Dvornykov"}},
		},
		{
			name: "punctuation, possessive and plural of an organisation",
			texts: []string{
				"Port deal\n\nThe U.S. Harbour Authority said the Brightwater Holdings deal was signed.",
				"Deal signed\n\nThe US Harbour Authority said Brightwater Holding's offer was accepted.",
			},
			same: [][]string{{"U.S. Harbour Authority", "US Harbour Authority"}},
		},
		{
			name: "word order and country qualifier",
			texts: []string{
				"Inquiry opens\n\nThe Department of Fisheries said on Monday it would open an inquiry.",
				"Inquiry\n\nThe Fisheries Department said it would open an inquiry.",
			},
			same: [][]string{{"Department of Fisheries", "Fisheries Department"}},
		},
		{
			name: "acronym",
			texts: []string{
				"Storm warning\n\nThe Coastal Weather Bureau warned of high winds on Friday.",
				"Winds\n\nThe CWB said winds would reach 100 km/h.",
			},
			same: [][]string{{"Coastal Weather Bureau", "CWB"}},
		},
		{
			name: "acronym of a 'Department of' name, function word included",
			texts: []string{
				"Quay repairs\n\nThe Department of Harbours said on Monday the quay would reopen.",
				"Reopening\n\nThe DOH said the quay was safe.",
			},
			same: [][]string{{"Department of Harbours", "DOH"}},
		},
		{
			name: "a place and its county",
			texts: []string{
				"Storm damage\n\nOfficials in Port Averly County said four homes were destroyed on Thursday.",
				"Tornado\n\nThe tornado struck Port Averly on Wednesday night, officials said.",
			},
			same: [][]string{{"Port Averly County", "Port Averly"}},
		},
		{
			name: "place spelling variant",
			texts: []string{
				"Final venue\n\nThe final will be played in Valparaisa on Sunday.",
				"Venue\n\nThe final will be played in Valparaise.",
			},
			same: [][]string{{"Valparaisa", "Valparaise"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildStory(t, tc.texts...)
			for _, group := range tc.same {
				var ids []string
				for _, n := range group {
					got := entitiesNaming(ds, n)
					if len(got) != 1 {
						t.Errorf("entities naming %q = %v; want one (entities %v)", n, got, entityNames(ds))
						continue
					}
					ids = append(ids, got[0])
				}
				for _, id := range ids {
					if id != ids[0] {
						t.Errorf("%v are entities %v; want one entity", group, ids)
						break
					}
				}
			}
			for _, group := range tc.apart {
				a, b := entitiesNaming(ds, group[0]), entitiesNaming(ds, group[1])
				if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
					t.Errorf("%q = %v, %q = %v; want two different entities", group[0], a, group[1], b)
				}
			}
			for _, name := range tc.unnamed {
				if got := entitiesNaming(ds, name); len(got) != 0 {
					t.Errorf("entities naming %q = %v; want none (a title or epithet is not part of a name)", name, got)
				}
			}
			for _, name := range tc.named {
				if entityByName(ds, name) == nil {
					t.Errorf("no entity named %q (entities %v)", name, entityNames(ds))
				}
			}
			for name, role := range tc.role {
				e := entityByName(ds, name)
				if e == nil {
					t.Errorf("no entity named %q (entities %v)", name, entityNames(ds))
				} else if !strings.EqualFold(e.Role, role) {
					t.Errorf("entity %q role = %q; want %q", name, e.Role, role)
				}
			}
		})
	}
}

func TestFirstNamesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"bob", "robert", true},
		{"robert", "bob", true},
		{"rafa", "rafael", true},
		{"eric", "erick", true},
		{"j", "jane", false},
		{"jane", "janet", false},
		{"margaret", "thomas", false},
		{"ann", "anna", true},
		{"mark", "mary", false},
	}
	for _, tc := range tests {
		if got := firstNamesCompatible(tc.a, tc.b); got != tc.want {
			t.Errorf("firstNamesCompatible(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWordVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true},
		{"zelensky", "zelenskiy", true},
		{"sevilla", "seville", true},
		{"austria", "australia", false},
		{"iran", "iraq", false},
		{"gill", "gall", false},
	}
	for _, tc := range tests {
		if got := wordVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("wordVariant(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
