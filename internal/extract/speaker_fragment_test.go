package extract

import (
	"strings"
	"testing"
)

// fragDoc builds a document whose named mentions are the given spans of
// text, each of the entity its text names.
func fragDoc(text string, ents map[string]*docEntity, spans ...string) *doc {
	d := &doc{text: text}
	from := 0
	for _, s := range spans {
		i := strings.Index(text[from:], s) + from
		d.ments = append(d.ments, mention{s: i, e: i + len(s), ent: ents[s], kind: kindName})
		from = i + len(s)
	}
	return d
}

func TestFragmentEntity(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		ent   docEntity
		spans []string
		want  bool
	}{
		{"cut at a middle initial", "Jane Q. Doe said so.", docEntity{name: "Jane Q", typ: typePerson}, []string{"Jane Q"}, true},
		{"cut at a hyphen", "said Kim Ji-won. Then Kim Ji-won left.", docEntity{name: "Kim Ji", typ: typePerson}, []string{"Kim Ji", "Kim Ji"}, true},
		{"a hyphen after a whole name now and then", "said Omar Haddad. Omar Haddad-backed plans. Omar Haddad left.", docEntity{name: "Omar Haddad", typ: typePerson}, []string{"Omar Haddad", "Omar Haddad", "Omar Haddad"}, false},
		{"a lone first name before a surname", "said Jane Roe, a clerk.", docEntity{name: "Jane", typ: typePerson}, []string{"Jane"}, true},
		{"a lone first name before a weekday", "Jane Tuesday said no.", docEntity{name: "Jane", typ: typePerson}, []string{"Jane"}, false},
		{"a suffix alone", "said John Roe II.", docEntity{name: "II", typ: typePerson}, []string{"II"}, true},
		{"an organisation's last word", "the Springfield Gazette reported.", docEntity{name: "Gazette", typ: typeOrg}, []string{"Gazette"}, true},
		{"an organisation after the", "The Gazette reported.", docEntity{name: "Gazette", typ: typeOrg}, []string{"Gazette"}, false},
		{"a description", "said the Valencian on Monday.", docEntity{name: "Valencian", typ: typePerson}, []string{"Valencian"}, true},
		{"an organisation after the", "said the Gazette on Monday.", docEntity{name: "Gazette", typ: typeOrg}, []string{"Gazette"}, false},
		{"a word typed by default after the", "said the Valencian on Monday.", docEntity{name: "Valencian", typ: typeOrg, weak: true}, []string{"Valencian"}, true},
		{"a whole name", "Jane Roe said. Later Jane Roe left.", docEntity{name: "Jane Roe", typ: typePerson}, []string{"Jane Roe", "Jane Roe"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.ent
			d := fragDoc(tc.text, map[string]*docEntity{e.name: &e}, tc.spans...)
			if got := d.fragmentEntity(&e); got != tc.want {
				t.Errorf("fragmentEntity(%q in %q) = %v; want %v", e.name, tc.text, got, tc.want)
			}
		})
	}
}

func TestSuffixOwner(t *testing.T) {
	roe := &docEntity{name: "John Roe", typ: typePerson}
	suf := &docEntity{name: "II", typ: typePerson}
	d := fragDoc("“Enough,” said John Roe II, a writer.", map[string]*docEntity{"John Roe": roe, "II": suf}, "John Roe", "II")
	if got := d.suffixOwner(suf); got != roe {
		t.Errorf("suffixOwner(II) = %v; want John Roe", got)
	}
	if got := d.suffixOwner(roe); got != nil {
		t.Errorf("suffixOwner(John Roe) = %v; want nil (not a suffix)", got.name)
	}
}

// TestPersonBefore: a personal pronoun that coreference gave to an
// organisation goes to the person named last before it.
func TestPersonBefore(t *testing.T) {
	acme := &docEntity{name: "Acme", typ: typeOrg}
	roe := &docEntity{name: "John Roe", typ: typePerson}
	text := "Acme spokesman John Roe spoke. “It is safe,” he said."
	d := fragDoc(text, map[string]*docEntity{"Acme": acme, "John Roe": roe}, "Acme", "John Roe")
	he := strings.Index(text, "he said")
	m := mention{s: he, e: he + 2, sent: 1, ent: acme, kind: kindPronoun}
	if got := d.reresolve(m); got != roe {
		t.Errorf("reresolve(he → Acme) = %v; want John Roe", got)
	}
	// "It" may name an organisation: left as coreference gave it.
	m.s = strings.Index(text, "It")
	m.e = m.s + 2
	if got := d.reresolve(m); got != acme {
		t.Errorf("reresolve(It → Acme) = %v; want Acme", got)
	}
}

func TestTitleLike(t *testing.T) {
	for s, want := range map[string]bool{
		"The Long Road":                         true,
		"Return of the Tide":                    false, // "of", "the" are not capitalised
		"We Will Win":                           true,
		"We will win this vote":                 false,
		"The One Two Three Four Five Six Seven": false, // too long for a title here
	} {
		if got := titleLike(s); got != want {
			t.Errorf("titleLike(%q) = %v; want %v", s, got, want)
		}
	}
}
