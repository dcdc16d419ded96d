package lexicon

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, data string
		want       []Entry
		err        string
	}{
		{"word", "alpha\n", []Entry{{Text: "alpha"}}, ""},
		{"comments and blanks", "# source\n\n  beta  \n", []Entry{{Text: "beta"}}, ""},
		{"spaces inside a name", "Acme Motor Company\n", []Entry{{Text: "Acme Motor Company"}}, ""},
		{"value", "AMC = Acme Motor Company\n", []Entry{{Text: "AMC", Value: "Acme Motor Company"}}, ""},
		{"empty value", "between's =\n", []Entry{{Text: "between's"}}, ""},
		{"number", "may = 5\n", []Entry{{Text: "may", Value: "5"}}, ""},
		{"tag", "Mr +address\n", []Entry{{Text: "Mr", Tags: []string{"address"}}}, ""},
		{"value and tag", "AP = Acme Press +source\n", []Entry{{Text: "AP", Value: "Acme Press", Tags: []string{"source"}}}, ""},
		{"a plus inside a name is not a tag", "Canal+ Group\n", []Entry{{Text: "Canal+ Group"}}, ""},
		{"repeat", "alpha\nbeta\nalpha\n", nil, `3: "alpha" repeats line 1`},
		{"a tag with no text", "+source\n", nil, "1: an entry with no text"},
		{"a value with no text", "x\n = Acme\n", nil, "2: an entry with no text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parse(tc.data)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("err = %v; want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v; want %+v", got, tc.want)
			}
		})
	}
}

// Every data file names its source in its header and parses.
func TestFilesNameTheirSource(t *testing.T) {
	names, err := fs.Glob(files, "data/*.txt")
	if err != nil || len(names) < 20 {
		t.Fatalf("%d files, %v", len(names), err)
	}
	for _, n := range names {
		n = strings.TrimPrefix(n, "data/")
		if wholeFiles[n] {
			continue // read whole by their stage, in their own formats
		}
		head := text(n)
		if !strings.Contains(head[:min(len(head), 1200)], "\n# Source:") {
			t.Errorf("%s: no \"Source:\" line in its header", n)
		}
		if len(Read(n)) == 0 {
			t.Errorf("%s: no entries", n)
		}
	}
}

func TestLists(t *testing.T) {
	tests := []struct {
		name string
		got  bool
	}{
		{"an outlet is in the organisation gazetteer", Orgs["Reuters"] == "" && hasKey(Orgs, "Reuters")},
		{"an outlet's short form names its canonical form", Orgs["AP"] == "Associated Press"},
		{"a source outlet", SourceOutlets["Associated Press"]},
		{"a short form is not a source outlet itself", !SourceOutlets["AP"]},
		{"an outlet that is not credited alone", !SourceOutlets["Axios"] && hasKey(Outlets, "Axios")},
		{"an organisation that is not an outlet", hasKey(Orgs, "World Bank") && !hasKey(Outlets, "World Bank")},
		{"an address honorific is an honorific", AddressHonorifics["Mr"] && Honorifics["Mr"]},
		{"a title that is not an address form", Honorifics["Senator"] && !AddressHonorifics["Senator"]},
		{"months", Months["march"] == 3 && Months["sept"] == 9 && len(Months) == 24},
		{"weekdays", Weekdays["sunday"] == 0 && Weekdays["saturday"] == 6 && len(Weekdays) == 7},
		{"a relation trigger with no label", hasKey(RelationTriggers, "ready") && RelationTriggers["ready"] == ""},
		{"a relation trigger", RelationTriggers["phoned"] == "call"},
		{"a place alias", PlaceAliases["U.K."] == "United Kingdom"},
		{"a stopword", Stopwords["the"] && !Stopwords["The"]},
	}
	for _, tc := range tests {
		if !tc.got {
			t.Error(tc.name)
		}
	}
	for _, o := range SourceOutlets.sorted() {
		if c, ok := Outlets[o]; !ok || c != "" {
			t.Errorf("source outlet %q is not a canonical name of outlets.txt", o)
		}
	}
}

// No name is both an outlet and another organisation, and no place list
// repeats a name of another.
func TestNoListRepeated(t *testing.T) {
	orgs := Read("orgs.txt")
	for _, e := range orgs {
		if hasKey(Outlets, e.Text) {
			t.Errorf("%q is in orgs.txt and outlets.txt", e.Text)
		}
	}
}

var wholeFiles = map[string]bool{"speech_verbs.txt": true, "relation_vocabulary.txt": true}

func hasKey[V any](m map[string]V, k string) bool { _, ok := m[k]; return ok }

func (s Set) sorted() []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	return out
}
