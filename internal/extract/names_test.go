package extract

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/learn"
)

func TestNamesModelDecodes(t *testing.T) {
	m, err := learn.Decode("models/names.model", namesModelData)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(m.Labels, " ") != strings.Join(nameLabels, " ") {
		t.Errorf("model labels = %q; want %q", m.Labels, nameLabels)
	}
	if m.NumFeatures() < 1000 {
		t.Errorf("model has %d features; want a trained model", m.NumFeatures())
	}
}

func TestBILOUAllowed(t *testing.T) {
	ok := bilouAllowed(nameLabels)
	idx := func(l string) int {
		for k, x := range nameLabels {
			if x == l {
				return k
			}
		}
		if l == "^" {
			return -1
		}
		t.Fatalf("no label %s", l)
		return 0
	}
	tests := []struct {
		prev, cur string
		want      bool
	}{
		{"^", "B-person", true},
		{"^", "I-person", false},
		{"^", "L-org", false},
		{"B-person", "I-person", true},
		{"B-person", "L-person", true},
		{"B-person", "L-org", false},
		{"B-person", "O", false},
		{"I-place", "L-place", true},
		{"L-place", "B-org", true},
		{"U-org", "I-org", false},
		{"O", "U-place", true},
	}
	for _, tc := range tests {
		if got := ok(idx(tc.prev), idx(tc.cur)); got != tc.want {
			t.Errorf("allowed(%s, %s) = %v; want %v", tc.prev, tc.cur, got, tc.want)
		}
	}
}

func TestSpansOf(t *testing.T) {
	lab := func(ls ...string) []int {
		var out []int
		for _, l := range ls {
			for k, x := range nameLabels {
				if x == l {
					out = append(out, k)
				}
			}
		}
		return out
	}
	got := spansOf(nameLabels, 3, lab("U-place", "O", "B-person", "I-person", "L-person", "B-org", "O", "U-org"))
	want := []nameSpan{{3, 0, 0, typePlace}, {3, 2, 4, typePerson}, {3, 7, 7, typeOrg}}
	if len(got) != len(want) {
		t.Fatalf("spansOf = %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v; want %v", i, got[i], want[i])
		}
	}
}

func TestWordShapeAndGap(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"McDonald", "XxXx"}, {"1996", "d"}, {"U.S.", "X.X."}, {"ACME", "X"}, {"a", "1x"}, {"Jean-Luc", "Xx-Xx"},
	} {
		if got := wordShape(tc.in); got != tc.want {
			t.Errorf("wordShape(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{{" ", "_"}, {", ", ","}, {" & ", "&"}, {"\n\n", "nl"}} {
		if got := gapKind(tc.in); got != tc.want {
			t.Errorf("gapKind(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestNotName(t *testing.T) {
	tests := []struct {
		words string
		want  bool
	}{
		{"CEO", true},
		{"EUR", true},
		{"North Korean", true},
		{"Clean Water Act", true},
		{"Wednesday", true},
		{"Tomas Varga", false},
		{"Northern Rivers Authority", false},
	}
	for _, tc := range tests {
		if got := notName(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("notName(%q) = %v; want %v", tc.words, got, tc.want)
		}
	}
}

// TestProjectGold: gold surface forms label the longest span first, over
// the whole document, and only whole tokens.
func TestProjectGold(t *testing.T) {
	d := newDoc(Article{File: "x.txt", Text: []byte("Varga visits Gdansk\n\nTomas Varga of the Gdansk Port Authority met Varga's allies in Gdansk on Monday.")})
	var g goldNames
	add := func(name, typ string, aliases ...string) {
		g.Entities = append(g.Entities, struct {
			Name    string   `json:"name"`
			Type    string   `json:"type"`
			Aliases []string `json:"aliases"`
		}{name, typ, aliases})
	}
	add("Tomas Varga", typePerson, "Varga")
	add("Gdansk", typePlace)
	add("Gdansk Port Authority", typeOrg)
	labels := d.projectGold(g)
	var got []string
	for si, s := range d.sents {
		var ws []string
		for ti, tok := range s.toks {
			ws = append(ws, tok.w+"/"+nameLabels[labels[si][ti]])
		}
		got = append(got, strings.Join(ws, " "))
	}
	want := []string{
		"Varga/U-person visits/O Gdansk/U-place",
		"Tomas/B-person Varga/L-person of/O the/O Gdansk/B-org Port/I-org Authority/L-org met/O Varga/U-person allies/O in/O Gdansk/U-place on/O Monday/O",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("projectGold =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTaggedNames runs the embedded tagger on made-up text: boundaries,
// titles, suffixes and what is not a name.
func TestTaggedNames(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // name/type that must be present
		notWant []string
	}{
		{
			name:    "a title glued to a person's name becomes the title",
			text:    "Report\n\nAgency Administrator Marta Kowalczyk said on Tuesday the fund would close.",
			want:    []string{"Marta Kowalczyk/person"},
			notWant: []string{"Agency Administrator Marta Kowalczyk"},
		},
		{
			name:    "a corporate suffix stays with the organisation",
			text:    "Deal\n\nShares of Zentrix Holdings LLC rose after Zentrix Holdings LLC agreed to buy a rival, the company said.",
			want:    []string{"Zentrix Holdings LLC/org"},
			notWant: []string{"LLC"},
		},
		{
			name:    "the first word of an organisation and its head in lower case",
			text:    "Clinic reopens\n\nNurses at the Harbourside Community Clinic said on Monday that the Harbourside clinic would reopen.",
			want:    []string{"Harbourside Community Clinic/org"},
			notWant: []string{"Harbourside"},
		},
		{
			name:    "currency codes and common acronyms are not names",
			text:    "Markets\n\nThe EUR and the GBP were flat against the USD, the bank's CEO said on Friday in Geneva.",
			want:    []string{"Geneva/place"},
			notWant: []string{"EUR", "GBP", "USD", "CEO"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := Build([]Article{{File: "a.txt", Text: []byte(tc.text)}})
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, e := range ds.Entities {
				have[e.Name+"/"+e.Type] = true
				have[e.Name] = true
				if e.TypedBy == "" {
					t.Errorf("entity %q has no TypedBy", e.Name)
				}
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %s; have %v", w, have)
				}
			}
			for _, w := range tc.notWant {
				if have[w] {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

func TestRoleFromTitle(t *testing.T) {
	ds, err := Build([]Article{{File: "a.txt", Text: []byte("Report\n\nAgency Administrator Marta Kowalczyk said on Tuesday the fund would close. Kowalczyk left early.")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ds.Entities {
		if e.Name == "Marta Kowalczyk" {
			if e.Role != "Agency Administrator" {
				t.Errorf("role of %s = %q; want %q", e.Name, e.Role, "Agency Administrator")
			}
			return
		}
	}
	t.Errorf("no entity Marta Kowalczyk in %v", ds.Entities)
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"kitten", "sitting", 3},
		{"harbour", "harbor", 1},
		{"abc", "", 3},
		{"", "abc", 3},
		{"naïve", "naive", 1}, // runes, not bytes
		{"café", "cafe", 1},
		{strings.Repeat("a", 70), strings.Repeat("a", 69) + "b", 1}, // past the stack rows
	}
	for _, tc := range tests {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
