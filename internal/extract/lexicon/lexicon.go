// Package lexicon holds the extractor's word lists as embedded data files,
// one category per file under data/, each headed by its source. Every list
// exists once: a category that is a part of another is a tag on the
// other's entries ("+address" on honorifics, "+source" on outlets).
//
// File format: a line starting with "#" is a comment, blank lines are
// skipped, and every other line is one entry (entries may hold spaces:
// "Associated Press"). "Entry = Value" gives the entry a value (a
// canonical name, a label, a number), and trailing "+tag" words tag it.
//
// The lists load when the package initialises; a malformed file is a
// programming error and panics naming the file and line.
package lexicon

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.txt data/nicknames.csv
var files embed.FS

// Set is a set of words or names.
type Set map[string]bool

// Names maps a surface form to its canonical name; "" means the surface
// form is itself canonical.
type Names map[string]string

// Entry is one line of a lexicon file.
type Entry struct {
	Text  string // the word or name
	Value string // after " = ", or ""
	Tags  []string
}

// Has reports whether the entry carries tag.
func (e Entry) Has(tag string) bool {
	for _, t := range e.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Organisations and outlets.
var (
	// Orgs is the organisation gazetteer: orgs.txt and outlets.txt.
	Orgs = Names{}
	// Outlets are news outlets and agencies (outlets.txt).
	Outlets = names("outlets.txt")
	// SourceOutlets are the canonical names of outlets credited alone on
	// a source line ("Reuters"): the "+source" entries of outlets.txt.
	SourceOutlets = tagged("outlets.txt", "source")
	OrgSuffixes   = set("org_suffixes.txt")
	OrgPrefixes   = set("org_prefixes.txt")
	OrgHeads      = set("org_heads.txt")
	// NewspaperWords end newspaper names later used alone ("the Journal").
	NewspaperWords = set("newspaper_words.txt")
)

// People: titles, roles and given names.
var (
	Honorifics = set("honorifics.txt")
	// AddressHonorifics are the "+address" honorifics, kept as alias forms ("Mr Smith").
	AddressHonorifics = tagged("honorifics.txt", "address")
	PortfolioWords    = set("portfolio_words.txt")
	TitleOfWords      = set("title_of_words.txt")
	RoleNouns         = set("role_nouns.txt")
	GivenNames        = set("given_names.txt")
	FemaleNames       = set("female_names.txt")
	UnisexNames       = set("unisex_names.txt")
)

// Places.
var (
	Countries    = list("countries.txt")
	USStates     = list("us_states.txt")
	WorldCities  = list("world_cities.txt")
	Regions      = list("regions.txt")
	PlaceAliases = names("place_aliases.txt")
	PlaceHeads   = set("place_heads.txt")
	// PlaceSuffixes end multi-word place names ("Baker Street").
	PlaceSuffixes = set("place_suffixes.txt")
	// PlacePrefixes start them ("Mount Everest").
	PlacePrefixes = set("place_prefixes.txt")
)

// Words that are not entities, and other word classes.
var (
	Stopwords     = set("stopwords.txt")
	CommonWords   = set("common_words.txt")
	Demonyms      = set("demonyms.txt")
	WorkHeads     = set("work_heads.txt")
	EventNames    = set("event_names.txt")
	CurrencyCodes = set("currency_codes.txt")
	CueVerbs      = set("cue_verbs.txt")
	// RelationTriggers maps a trigger word to its edge label ("" for none).
	RelationTriggers = values("relation_triggers.txt")
	Months           = numbers("months.txt")
	Weekdays         = numbers("weekdays.txt")
)

// Files read whole by their stage.
var (
	// SpeechVerbs is speech_verbs.txt: a base form and its inflections a line.
	SpeechVerbs = text("speech_verbs.txt")
	// RelationVocabulary is relation_vocabulary.txt: the closed set of edge labels.
	RelationVocabulary = text("relation_vocabulary.txt")
	// Nicknames is nicknames.csv: a given name and its nicknames a line.
	Nicknames = text("nicknames.csv")
)

func init() {
	for _, f := range []string{"orgs.txt", "outlets.txt"} {
		for k, v := range names(f) {
			if _, dup := Orgs[k]; dup {
				panic(fmt.Sprintf("lexicon: %s: %q is already in the organisation gazetteer", f, k))
			}
			Orgs[k] = v
		}
	}
}

func text(name string) string {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return string(b)
}

// Read returns the entries of data file name in file order.
func Read(name string) []Entry {
	es, err := parse(text(name))
	if err != nil {
		panic(fmt.Sprintf("lexicon: %s:%v", name, err))
	}
	return es
}

// parse reads the entries of one file; an entry given twice is an error
// ("line: message").
func parse(data string) ([]Entry, error) {
	var out []Entry
	seen := map[string]int{}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var e Entry
		for {
			j := strings.LastIndex(line, " +")
			if j < 0 || j+2 == len(line) || strings.ContainsAny(line[j+2:], " =") {
				break
			}
			e.Tags = append(e.Tags, line[j+2:])
			line = strings.TrimSpace(line[:j])
		}
		e.Text = line
		if k, v, ok := strings.Cut(line, " ="); ok {
			e.Text, e.Value = strings.TrimSpace(k), strings.TrimSpace(v)
		}
		if e.Text == "" || strings.HasPrefix(line, "+") || strings.HasPrefix(line, "=") {
			return nil, fmt.Errorf("%d: an entry with no text", i+1)
		}
		if prev, dup := seen[e.Text]; dup {
			return nil, fmt.Errorf("%d: %q repeats line %d", i+1, e.Text, prev)
		}
		seen[e.Text] = i + 1
		out = append(out, e)
	}
	return out, nil
}

func list(name string) []string {
	var out []string
	for _, e := range Read(name) {
		out = append(out, e.Text)
	}
	return out
}

func set(name string) Set {
	m := Set{}
	for _, e := range Read(name) {
		m[e.Text] = true
	}
	return m
}

func tagged(name, tag string) Set {
	m := Set{}
	for _, e := range Read(name) {
		if e.Has(tag) {
			c := e.Text
			if e.Value != "" {
				c = e.Value
			}
			m[c] = true
		}
	}
	return m
}

func names(name string) Names {
	m := Names{}
	for _, e := range Read(name) {
		m[e.Text] = e.Value
	}
	return m
}

func values(name string) map[string]string { return names(name) }

func numbers(name string) map[string]int {
	m := map[string]int{}
	for _, e := range Read(name) {
		n, err := strconv.Atoi(e.Value)
		if err != nil {
			panic(fmt.Sprintf("lexicon: %s: %q: %v", name, e.Text, err))
		}
		m[e.Text] = n
	}
	return m
}
