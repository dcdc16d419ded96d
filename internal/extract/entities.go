package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/learn"
)

// Entity types.
const (
	typePerson = "person"
	typeOrg    = "org"
	typePlace  = "place"
)

// Mention kinds.
const (
	kindName = iota
	kindPronoun
	kindDescriptor
)

// mention is one reference to an entity in a document.
type mention struct {
	s, e     int
	sent     int
	ent      *docEntity
	kind     int
	poss     bool
	title    string // honorific before the name ("Mr")
	quoted   bool   // inside a quotation
	dateline bool   // "(Reuters)" at the start of a story
}

// docEntity is an entity as seen within one document.
type docEntity struct {
	name        string
	typ         string
	by          string // what decided typ: byModel, byLexicon, byRule, byDefault
	role        string // role words before the first titled mention ("Agency Administrator")
	strong      bool   // typed by a gazetteer, a suffix, or a full name
	weak        bool   // single unknown word typed by default
	aliases     map[string]bool
	descriptors map[string]bool
	global      *entity
	count       int
	first       int
}

// cand is a candidate name found by capitalisation.
type cand struct {
	s, e    int
	sent    int
	words   []string
	initial bool
	title   string
	poss    bool
	solo    bool   // came from a hyphenated compound
	known   bool   // heading in title case: accept only known names
	model   string // type the name tagger gave, "" for a rule candidate
}

// multiType is the type of a multi-word candidate: the tagger's, else the
// rules' reading of its words.
func (c cand) multiType() string {
	if c.model != "" {
		return c.model
	}
	return typeMulti(c.words)
}

// What decided an entity's type (schema.Entity.TypedBy).
const (
	byModel   = "model"
	byLexicon = "lexicon"
	byRule    = "rule"
	byDefault = "default"
)

var (
	placeSet  = map[string]string{}
	particles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "bin": true, "ibn": true, "al": true, "del": true, "della": true, "di": true, "du": true, "dos": true, "le": true, "la": true}
)

// isDemonym reports nationality words, listed or derived from a place
// name ("Tibet" → "Tibetan", "Crimea" → "Crimean").
func isDemonym(w string) bool {
	base := strings.TrimSuffix(w, "s")
	if demonyms[w] || demonyms[base] {
		return true
	}
	for _, suf := range []string{"ian", "an", "n", "ese", "ish", "i"} {
		if !strings.HasSuffix(base, suf) || len(base) <= len(suf)+2 {
			continue
		}
		stem := base[:len(base)-len(suf)]
		for _, cand := range []string{stem, stem + "a", stem + "e", stem + "ia", stem + "y"} {
			if v, ok := placeSet[cand]; ok && v != "" && !orgSuffixes[w] {
				return true
			}
		}
	}
	return false
}

func init() {
	for _, l := range [][]string{countryNames, usStates, worldCities, regionNames} {
		for _, n := range l {
			placeSet[n] = n
		}
	}
	for k, v := range placeAliases {
		placeSet[k] = v
	}
	for k := range orgNames {
		gazetteerFirstRunes[firstRune(k)] = true
	}
	for k := range placeSet {
		gazetteerFirstRunes[firstRune(k)] = true
	}
}

// gazetteerFirstRunes holds the first rune of every gazetteer key (filled
// by init, after placeSet).
var gazetteerFirstRunes = map[rune]bool{}

// gazetteer returns the canonical name and type of a known name.
func gazetteer(name string) (string, string, bool) {
	if c, t, ok := gazetteerExact(name); ok {
		return c, t, true
	}
	// Datelines in capitals: "NEW YORK", "LONDON" (isAllCapsWord looks at
	// letters only, so the spaces need no removing).
	if len(name) > 3 && isAllCapsWord(name) {
		if c, t, ok := gazetteerExact(titleCase(name)); ok && t == typePlace {
			return c, t, true
		}
	}
	return "", "", false
}

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r, size := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(ws, " ")
}

func gazetteerExact(name string) (string, string, bool) {
	if v, ok := orgNames[name]; ok {
		if v == "" {
			v = name
		}
		return v, typeOrg, true
	}
	if v, ok := placeSet[name]; ok {
		return v, typePlace, true
	}
	return "", "", false
}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capitalisedWords collects words written with a capital where a sentence
// does not start: evidence that they are names.
func capitalisedWords(docs []*doc) map[string]bool {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.sents {
			for i, t := range s.toks {
				if i == 0 || isInitialGap(d.text[s.toks[i-1].e:t.s]) {
					continue
				}
				if isCapWord(t.w) {
					// Only a word standing alone counts: "Harbour" inside
					// "Harbour Workers Union" says nothing about "Harbour".
					prevCap := isCapWord(s.toks[i-1].w) && d.text[s.toks[i-1].e:t.s] == " "
					nextCap := i+1 < len(s.toks) && isCapWord(s.toks[i+1].w) && d.text[t.e:s.toks[i+1].s] == " "
					if !prevCap && !nextCap {
						seen[t.w] = true
					} else if !seen[t.w] {
						seen["\x00"+t.w] = true
					}
					continue
				}
				// "pro-Smith": the capitalised parts of a lower-case compound.
				for _, part := range strings.Split(t.w, "-") {
					if part != "" && isCapWord(part) {
						seen[part] = true
					}
				}
			}
		}
	}
	return seen
}

// isInitialGap reports whether the text between two words starts a new
// clause, so the second word's capital tells nothing.
func isInitialGap(gap string) bool {
	return strings.ContainsAny(gap, "“‘\"(:;—–.!?…[") || strings.Contains(gap, " - ")
}

// findEntities finds candidate names and links them to document entities.
func (d *doc) findEntities(capSeen map[string]bool) { d.findEntitiesWith(capSeen, namesModel()) }

// findEntitiesWith is findEntities with the given name tagger (nil: the
// rules alone).
func (d *doc) findEntitiesWith(capSeen map[string]bool, tagger *learn.Tagger) {
	cands := d.ruleCandidates(capSeen)
	if m := tagger; m != nil {
		// The rules' reading is one of the tagger's features; the tagger's
		// spans and types are what the document-level rules then link.
		ruled := d.linkNames(cands, capSeen)
		cands = d.tagNames(m, cands, ruled)
		d.ents = nil
	}
	cands = d.joinLongNames(cands)
	assigned := d.linkNames(cands, capSeen)
	n := 0
	for _, e := range assigned {
		if e != nil {
			n++
		}
	}
	d.ments = make([]mention, 0, n) // one exact allocation: kept until the end
	for i, c := range cands {
		e := assigned[i]
		if e == nil {
			continue
		}
		e.aliases[d.text[c.s:c.e]] = true
		if c.title != "" && addressHonorifics[c.title] && e.typ == typePerson {
			e.aliases[c.title+" "+d.text[c.s:c.e]] = true
		}
		e.count++
		if e.first < 0 {
			e.first = c.s
		}
		m := mention{s: c.s, e: c.e, sent: c.sent, ent: e, kind: kindName, poss: c.poss, title: c.title}
		m.dateline = d.isDateline(m)
		d.ments = append(d.ments, m)
	}
	d.findDescriptors()
}

// ruleCandidates finds names by capitalisation and the lexicons, without
// titles of works and products.
func (d *doc) ruleCandidates(capSeen map[string]bool) []cand {
	var cands []cand
	for si := range d.sents {
		cands = append(cands, d.sentenceCandidates(si, capSeen)...)
	}
	return d.dropWorks(cands)
}

// linkNames links candidate names to document entities (d.ents): the
// gazetteer, acronyms defined in the text, surnames of full names, short
// forms of organisations, and the type of each. It returns the entity of
// each candidate, nil for a candidate that is not a name.
func (d *doc) linkNames(cands []cand, capSeen map[string]bool) []*docEntity {
	byName := map[string]*docEntity{}
	get := func(name, typ string, strong bool, by string) *docEntity {
		key := corpKey(name)
		if e, ok := byName[key]; ok {
			if strong && !e.strong {
				e.strong, e.weak, e.typ, e.by = true, false, typ, by
			}
			return e
		}
		e := &docEntity{name: name, typ: typ, by: by, strong: strong, aliases: map[string]bool{}, descriptors: map[string]bool{}, first: -1}
		byName[key] = e
		d.ents = append(d.ents, e)
		return e
	}
	assigned := make([]*docEntity, len(cands))
	// Acronyms defined in the text win over the gazetteer's meaning.
	defined := map[string]bool{}
	for _, c := range cands {
		if len(c.words) < 2 || !strings.HasPrefix(d.text[c.e:], " (") {
			continue
		}
		rest := d.text[c.e:]
		if j := strings.IndexByte(rest, ')'); j > 2 && j < 12 && isAcronymOf(rest[2:j], c.words) {
			defined[rest[2:j]] = true
		}
		if acr := orAcronym(rest); acr != "" && isAcronymOf(acr, c.words) {
			defined[acr] = true
		}
	}
	// An acronym of a full name used in the same text stands for it:
	// "NOAA" next to "National Oceanic and Atmospheric Administration".
	for _, c := range cands {
		if len(c.words) == 1 && isAllCapsWord(c.words[0]) && len(c.words[0]) >= 3 {
			for _, o := range cands {
				_, gt, gaz := gazetteer(strings.Join(o.words, " "))
				if len(o.words) >= 3 && isAcronymOf(c.words[0], o.words) && (gaz && gt == typeOrg || !gaz && o.multiType() == typeOrg) {
					defined[c.words[0]] = true
					break
				}
			}
		}
	}
	// Surnames of people named in full: a bare "Jackson" after "Amy Berman
	// Jackson" is the judge, not the city, unless a preposition makes it a
	// place ("in Jackson").
	surnames := map[string]bool{}
	for _, c := range cands {
		if len(c.words) >= 2 {
			if _, _, gaz := gazetteer(strings.Join(c.words, " ")); !gaz && c.multiType() == typePerson {
				surnames[c.words[len(c.words)-1]] = true
			}
		}
	}
	// Pass 1: full names, gazetteer names, suffix-typed names.
	for i, c := range cands {
		name := strings.Join(c.words, " ")
		if len(c.words) == 1 && defined[name] {
			continue
		}
		if canon, typ, ok := gazetteer(name); ok {
			if len(c.words) == 1 && typ == typePlace && surnames[name] && !locativePrepositions[strings.ToLower(prevWordBefore(d.text, c.s))] {
				continue // resolved as a surname in pass 2
			}
			// "the Anatolia news agency": a place name naming an outlet.
			if typ == typePlace && reOutletAfter.MatchString(d.text[c.e:min(len(d.text), c.e+30)]) {
				assigned[i] = get(name, typeOrg, true, byRule)
				continue
			}
			by := byLexicon
			if c.model == typeOrg && typ == typePlace {
				// "Leicester beat Chelsea": a city standing for its team.
				typ, by = c.model, byModel
			}
			assigned[i] = get(canon, typ, true, by)
			continue
		}
		if c.known {
			continue
		}
		if len(c.words) >= 2 {
			// "Van Susteren" after "Greta Van Susteren": the same person.
			if e := d.longerPerson(name); e != nil {
				assigned[i] = e
				continue
			}
			typ, by := c.multiType(), byRule
			last := c.words[len(c.words)-1]
			if c.model == typePerson && !firstNames[c.words[0]] && !femaleNames[c.words[0]] && (orgSuffixes[last] || placeNameSuffixes[last]) {
				// "Harbourside Community Clinic": no person's name ends so.
				typ = typeMulti(c.words)
			} else if c.model != "" {
				by = byModel
			} else if personTitle(c.title) && typ == typeOrg && !orgSuffixes[c.words[len(c.words)-1]] {
				typ = typePerson // "Vice President JD Vance"
			}
			if m := reStateAfter.FindStringSubmatch(d.text[c.e:min(len(d.text), c.e+30)]); m != nil {
				if _, t, ok := gazetteer(m[1]); ok && t == typePlace && usState(m[1]) {
					typ, by = typePlace, byRule // "College Park, Md."
				}
			}
			assigned[i] = get(name, typ, true, by)
		}
	}
	// Acronyms defined in text: "Full Name (ABC)". A name given an acronym
	// is an organisation unless the gazetteer knows it as a place.
	acronyms := map[string]*docEntity{}
	for i, c := range cands {
		if assigned[i] == nil || len(c.words) < 2 {
			continue
		}
		if acr := acronymAfter(d.text[c.e:]); acr != "" && len(acr) < 10 && isAcronymOf(acr, c.words) {
			acronyms[acr] = assigned[i]
			if _, _, gaz := gazetteer(assigned[i].name); assigned[i].typ == typePlace && !gaz {
				assigned[i].typ, assigned[i].by = typeOrg, byRule
			}
		}
	}
	// Pass 2: single words.
	for i, c := range cands {
		if assigned[i] != nil || len(c.words) != 1 {
			continue
		}
		w := c.words[0]
		if c.e < len(d.text) && d.text[c.e] == '.' {
			// AP state abbreviations: "Fairfax, Va."
			if canon, typ, ok := gazetteer(w + "."); ok && len(w) > 1 {
				assigned[i] = get(canon, typ, true, byLexicon)
				continue
			}
		}
		if e := acronyms[w]; e != nil {
			assigned[i] = e
			continue
		}
		if e := d.surnameOf(w, c.s, assigned, cands); e != nil {
			assigned[i] = e
			continue
		}
		if e := d.orgByHead(w, strings.ToLower(nextWordAfter(d.text, c.e))); e != nil {
			assigned[i] = e
			continue
		}
		if c.model != "" {
			// The tagger read the word as a name: its type stands.
			// Across documents it may still be someone's surname.
			e := get(w, c.model, false, byModel)
			if _, _, gaz := gazetteer(w); !gaz && !e.strong {
				e.weak = true
			}
			assigned[i] = e
			continue
		}
		if c.known {
			continue
		}
		if c.title != "" && honorifics[c.title] {
			assigned[i] = get(w, typePerson, true, byRule)
			continue
		}
		// A capital at the start of a sentence is evidence of a name only
		// when the word is also capitalised elsewhere.
		if c.initial && !capSeen[w] {
			continue
		}
		if utf8.RuneCountInString(w) == 1 {
			// A single letter names a platform only in "on X" style contexts.
			if !d.platformContext(c) {
				continue
			}
			assigned[i] = get(w, typeOrg, false, byRule)
			continue
		}
		typ, strong := d.contextType(c)
		by := byRule
		if !strong {
			by = byDefault
			// An ordinary word written with a capital ("the Agreement").
			if d.lower[strings.ToLower(w)] && !isAllCapsWord(w) {
				continue
			}
			if firstNames[w] || femaleNames[w] {
				typ, strong, by = typePerson, true, byLexicon // a given name alone
			}
		}
		e := get(w, typ, strong, by)
		if !strong && !e.strong {
			e.weak = true
		}
		assigned[i] = e
	}
	d.voteModelTypes(cands, assigned)
	return assigned
}

// voteModelTypes gives each entity the tagger typed the type most of its
// mentions got, body mentions counting twice a headline's: one entity per
// name in a document, whatever its first mention looked like.
func (d *doc) voteModelTypes(cands []cand, assigned []*docEntity) {
	votes := map[*docEntity]map[string]int{}
	for i, c := range cands {
		e := assigned[i]
		if e == nil || e.by != byModel || c.model == "" {
			continue
		}
		if votes[e] == nil {
			votes[e] = map[string]int{}
		}
		w := 2
		if s := d.sents[c.sent]; d.heading[s.para] || allCapsSentence(s.toks) {
			w = 1
		}
		votes[e][c.model] += w
	}
	for e, v := range votes {
		best, n := e.typ, v[e.typ]
		for _, t := range []string{typePerson, typeOrg, typePlace} {
			if v[t] > n {
				best, n = t, v[t]
			}
		}
		e.typ = best
	}
}

// orgByHead links "the Acme clinic" to "Acme Community Clinic": the first
// word of an organisation of this document followed by its last word in
// lower case.
func (d *doc) orgByHead(w, next string) *docEntity {
	if next == "" || !unicode.IsLower(firstRune(next)) {
		return nil
	}
	for _, e := range d.ents {
		ws := strings.Fields(e.name)
		if e.typ == typeOrg && len(ws) >= 2 && ws[0] == w && strings.ToLower(ws[len(ws)-1]) == next {
			return e
		}
	}
	return nil
}

// surnameOf links a single word to a full name of this document: a
// person's last (or any non-first) name, or an organisation's last word.
func (d *doc) surnameOf(w string, at int, assigned []*docEntity, cands []cand) *docEntity {
	var best *docEntity
	bestPos := -1
	lw := strings.ToLower(w)
	for i, e := range assigned {
		if e == nil || len(cands[i].words) < 2 {
			continue
		}
		words := strings.Fields(e.name)
		if len(words) < 2 {
			continue
		}
		match := false
		switch e.typ {
		case typePerson:
			for k, x := range words {
				if strings.ToLower(strings.TrimSuffix(x, ".")) == lw && (k > 0 || !firstNames[x]) {
					match = true
				}
			}
		case typeOrg:
			// "the Journal" for "The Wall Street Journal", but not
			// "Ruritania" for "Bank of Ruritania".
			afterOf := len(words) >= 3 && (words[len(words)-2] == "of" || words[len(words)-2] == "for" || words[len(words)-2] == "and")
			match = strings.ToLower(words[len(words)-1]) == lw && !orgSuffixes[w] && !afterOf || isAcronymOf(w, words) || shortOrgName(w, words)
			if orgSuffixes[w] && strings.ToLower(words[len(words)-1]) == lw && newspaperWords[w] {
				match = true
			}
		}
		if !match {
			continue
		}
		pos := cands[i].s
		// Prefer the nearest full name before the word, else the first.
		if pos <= at && pos > bestPos || best == nil {
			best, bestPos = e, pos
		}
	}
	return best
}

// platformContext accepts a single capital letter as a name in "on X" or
// "X, formerly Twitter" style contexts.
func (d *doc) platformContext(c cand) bool {
	before := strings.TrimRight(d.text[max(0, c.s-4):c.s], " ")
	after := d.text[c.e:min(len(d.text), c.e+20)]
	return strings.HasSuffix(before, " on") && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, " that") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, " and")) ||
		strings.HasPrefix(after, ", formerly") || strings.HasPrefix(after, " (formerly")
}

// contextType types an unknown single word from the words around it.
func (d *doc) contextType(c cand) (string, bool) {
	next := strings.ToLower(nextWordAfter(d.text, c.e))
	prev := strings.ToLower(prevWordBefore(d.text, c.s))
	before := strings.ToLower(d.text[max(0, c.s-30):c.s])
	after := d.text[c.e:min(len(d.text), c.e+30)]
	window := d.text[max(0, c.s-60):c.s] // room for "a division for biotechnologies called "
	switch {
	case placeHeads[next]:
		return typePlace, true
	case orgHeads[next]:
		return typeOrg, true
	case reOfPlace.MatchString(before):
		return typePlace, true // "the city of Dingxi"
	case reOrgNounCalled.MatchString(window):
		return typeOrg, true // "a division called Genzyme"
	case rePlaceNounCalled.MatchString(window):
		return typePlace, true // "a village called Ashford"
	case reAppositivePlace.MatchString(after):
		return typePlace, true // "Mbandaka, a city of …", "Bikoro, where …"
	case reAppositivePerson.MatchString(after) && !orgHeads[strings.ToLower(strings.Fields(after[2:])[1])]:
		return typePerson, true // "Tashi, a volunteer"
	case reAppositiveRole.MatchString(after) && roleNouns[strings.ToLower(reAppositiveRole.FindStringSubmatch(after)[1])]:
		return typePerson, true // "Abramovich, the club's owner"
	case reAge.MatchString(after):
		return typePerson, true // "Demirtas, 32,"
	case cueVerbs[prev] && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")):
		return typePerson, false // "said Tashi."
	case prev == "in" || prev == "near" || prev == "outside" || prev == "across":
		return typePlace, false
	}
	if c.title != "" {
		return typePerson, true
	}
	return typeOrg, false
}

// typeMulti types a multi-word name.
func typeMulti(words []string) string {
	last, first := words[len(words)-1], words[0]
	_, firstType, firstGaz := gazetteer(first)
	_, lastType, lastGaz := gazetteer(last)
	for k := 1; k < len(words); k++ {
		if _, t, ok := gazetteer(strings.Join(words[k:], " ")); ok && t == typeOrg {
			return typeOrg // "Chinese Red Cross"
		}
	}
	switch {
	case orgSuffixes[last] || orgPrefixes[first]:
		return typeOrg
	case lastGaz && lastType == typePlace && (placeNamePrefixes[first] || first == "Middle" || first == "Greater" || first == "Central"):
		return typePlace
	case firstGaz && firstType == typePlace && !placeNameSuffixes[last] && !firstNames[first]:
		// "China Aviation Oil", "British Telecom": a company named for a place.
		return typeOrg
	case placeNameSuffixes[last] || placeNamePrefixes[first] && !firstNames[first]:
		return typePlace
	}
	for _, w := range words {
		if isAllCapsWord(w) && len(w) >= 2 {
			return typeOrg
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return typeOrg
		}
	}
	if len(words) >= 4 && !firstNames[first] {
		return typeOrg
	}
	return typePerson
}

func isAllCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// isAcronymOf reports whether acr is the initials of words.
func isAcronymOf(acr string, words []string) bool {
	if len(acr) < 2 || !isAllCapsWord(acr) {
		return false
	}
	var b strings.Builder
	for _, w := range words {
		if w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" || w == "to" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	a, full := strings.ReplaceAll(acr, ".", ""), b.String()
	// "SAGE" for "Strategic Advisory Group of Experts on Immunization".
	return a == full || len(a) >= 3 && strings.HasPrefix(full, a) && len(a)*10 >= len(full)*6
}

// looksCommon guesses from its ending that a capitalised word is an
// ordinary word at the start of a sentence.
func looksCommon(w string) bool {
	lw := strings.ToLower(w)
	if stopwords[lw] {
		return true
	}
	for _, suf := range []string{"ly", "ing", "ed", "tion", "tions", "ness", "ment", "ments", "ity", "ous", "ive", "ful", "less", "able", "ies", "ers"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

func nextWordAfter(text string, i int) string {
	if i > len(text) {
		return ""
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) && r != '-' {
			break
		}
		j += size
	}
	return text[i:j]
}

func prevWordBefore(text string, i int) string {
	if i > len(text) {
		i = len(text)
	}
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isWordRune(r) && r != '-' {
			break
		}
		k -= size
	}
	return text[k:j]
}

// piece is a word of a sentence after hyphenated compounds are split.
type piece struct {
	s, e int
	w    string
	poss bool
	solo bool // stands alone
	last bool // may end a run but not continue it
	init bool
}

// sentenceCandidates finds runs of capitalised words in sentence si.
func (d *doc) sentenceCandidates(si int, capSeen map[string]bool) []cand {
	s := d.sents[si]
	var ps []piece
	for i, t := range s.toks {
		init := i == 0 || isInitialGap(d.text[s.toks[i-1].e:t.s])
		if strings.Contains(t.w, "-") && !honorifics[t.w] {
			if _, _, ok := gazetteer(t.w); !ok && !isParticleName(t.w) {
				parts := strings.Split(t.w, "-")
				allDemonym := true
				for _, p := range parts {
					if !demonyms[p] && !demonyms[strings.TrimSuffix(p, "s")+""] {
						allDemonym = false
					}
				}
				if allDemonym {
					continue // "Iranian-Americans"
				}
				allCap := true
				for _, p := range parts {
					if p == "" || !isCapWord(p) {
						allCap = false
					}
				}
				split := !allCap
				skipFirst := false
				if allCap && len(parts) == 2 && utf8.RuneCountInString(parts[0]) == 1 {
					// "(R-Texas)": a party letter and a state.
					skipFirst = true
					split = true
				} else if allCap {
					split = true
					for _, p := range parts {
						if _, _, ok := gazetteer(p); !ok && !capSeen[p] {
							split = false
						}
					}
				}
				if split {
					off := t.s
					for k, p := range parts {
						if p != "" && isCapWord(p) && !(skipFirst && k == 0) {
							// "Grammy Award-winning": a first part may end a run.
							solo := !(k == 0 && !allCap)
							ps = append(ps, piece{s: off, e: off + len(p), w: p, solo: solo, init: init && k == 0, poss: t.poss && k == len(parts)-1, last: !solo})
						}
						off += len(p) + 1
					}
					continue
				}
			}
		}
		ps = append(ps, piece{s: t.s, e: t.e, w: t.w, poss: t.poss, init: init})
	}
	titleCase := d.heading[s.para] && isTitleCase(ps)
	var out []cand
	for i := 0; i < len(ps); {
		// The longest gazetteer name starting here, possessives and
		// connectors included: "Voice of America", "People's Republic of China".
		if isNamePiece(ps[i]) && !ps[i].solo {
			best := -1
			for k := i + 1; k < len(ps) && k < i+7; k++ {
				if ps[k].solo {
					break
				}
				raw := strings.ReplaceAll(d.text[ps[i].s:ps[k].e], "’", "'")
				if strings.ContainsAny(raw, ",;:()\"“”") {
					break
				}
				if _, _, ok := gazetteer(raw); ok {
					best = k
				}
			}
			// "Cape Canaveral Air Force Station": a longer name ending in a
			// place or organisation word beats the gazetteer's shorter one.
			if best > i {
				k := best
				for k+1 < len(ps) && !ps[k+1].solo && d.text[ps[k].e:ps[k+1].s] == " " && isNamePiece(ps[k+1]) {
					k++
				}
				if k > best && (placeNameSuffixes[ps[k].w] || orgSuffixes[ps[k].w]) {
					best = -1
				}
			}
			if best > i {
				raw := strings.ReplaceAll(d.text[ps[i].s:ps[best].e], "’", "'")
				out = append(out, cand{s: ps[i].s, e: ps[best].e, sent: si, words: strings.Fields(raw), initial: ps[i].init, poss: ps[best].poss})
				i = best + 1
				continue
			}
		}
		if !isNamePiece(ps[i]) {
			i++
			continue
		}
		j := i
		for !ps[j].solo && !ps[j].last && j+1 < len(ps) {
			gap := d.text[ps[j].e:ps[j+1].s]
			if ps[j].poss {
				// "Acme’s Restaurant": a possessive inside a name.
				if (gap == "’s " || gap == "'s ") && isNamePiece(ps[j+1]) && (placeNameSuffixes[ps[j+1].w] || orgSuffixes[ps[j+1].w]) && !ps[j+1].solo {
					j++
					continue
				}
				break
			}
			if (gap == " " || gap == "\u00a0" || gap == ". " && isInitial(ps[j].w)) && isNamePiece(ps[j+1]) && !ps[j+1].solo {
				j++
				continue
			}
			// Connectors: "Bank of England", "Charles de Gaulle".
			if gap == " " && j+2 < len(ps) && isNamePiece(ps[j+2]) && !ps[j+2].solo && d.text[ps[j+1].e:ps[j+2].s] == " " {
				cw := ps[j+1].w
				if cw == "of" && (orgPrefixes[ps[i].w] || placeNamePrefixes[ps[i].w] && ps[i].w != "New") || particles[cw] {
					j += 2
					continue
				}
				// "Advisory Group of Experts on Immunization": connectors
				// after an organisation word.
				if (cw == "of" || cw == "on" || cw == "for") && runIsOrg(ps[i:j+1]) && !isCalendarWord(ps[j+2].w) {
					j += 2
					continue
				}
				// "Joint Chiefs of Staff (JCS)": an acronym defined right
				// after the span spells the initials of its capitalised words.
				if cw == "of" || cw == "on" || cw == "for" || cw == "and" {
					k := j + 2
					for k+1 < len(ps) && d.text[ps[k].e:ps[k+1].s] == " " && isNamePiece(ps[k+1]) && !ps[k+1].solo {
						k++
					}
					if acr := acronymAfter(d.text[ps[k].e:]); acr != "" && isAcronymOf(acr, nameWords(ps[i:k+1])) {
						j = k
						continue
					}
				}
				// "Office of Science and Technology Policy": "and" inside an
				// organisation's name ending in an organisation word.
				if cw == "and" && (j > i || orgPrefixes[ps[i].w]) {
					k := j + 2
					for k+1 < len(ps) && d.text[ps[k].e:ps[k+1].s] == " " && isNamePiece(ps[k+1]) && !ps[k+1].solo {
						k++
					}
					inOrgName := j > i && (ps[j-1].w == "for" || ps[j-1].w == "of") && runIsOrg(ps[i:j])
					if orgSuffixes[ps[k].w] || ps[k].w == "Policy" || ps[k].w == "Management" || ps[k].w == "Affairs" || inOrgName {
						j = k
						continue
					}
				}
			}
			break
		}
		out = append(out, d.splitRun(si, ps[i:j+1], titleCase)...)
		i = j + 1
	}
	return out
}

// isInitial reports a single capital letter ("W" in "George W. Bush").
func isInitial(w string) bool {
	return utf8.RuneCountInString(w) == 1 && isCapWord(w)
}

func isParticleName(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isCapWord(w[len(p):]) {
			return true
		}
	}
	return false
}

func isNamePiece(p piece) bool {
	if isParticleName(p.w) {
		return true
	}
	if !isCapWord(p.w) {
		return false
	}
	// Contractions such as "I’m" or "Don’t" are not names.
	if i := strings.IndexAny(p.w, "’'"); i >= 0 {
		rest := p.w[i:]
		_, size := utf8.DecodeRuneInString(rest)
		if !isCapWord(rest[size:]) {
			return false
		}
	}
	return true
}

func isTitleCase(ps []piece) bool {
	n, caps := 0, 0
	for _, p := range ps {
		if stopwords[strings.ToLower(p.w)] && !p.init || !unicode.IsLetter(firstRune(p.w)) {
			continue
		}
		n++
		if isCapWord(p.w) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*7
}

// isCalendarWord reports month and weekday names and abbreviations.
func isCalendarWord(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	_, m := monthNames[lw]
	_, d := weekdayNames[lw]
	return m && (len(lw) > 3 || w != "May" && w != "March") || d || w == "May" || w == "March"
}

// splitRun cuts a run of capitalised words at honorifics, demonyms and
// calendar words, strips common words at its start, and returns the names.
func (d *doc) splitRun(si int, run []piece, titleCase bool) []cand {
	var out []cand
	title := ""
	var cur []piece
	flush := func() {
		for len(cur) > 0 {
			w := cur[0].w
			if _, _, gaz := gazetteer(joinPieces(cur)); gaz {
				break
			}
			if commonWords[w] && (cur[0].init || stopwords[strings.ToLower(w)] || allCommon(cur)) || roleNouns[strings.ToLower(w)] && cur[0].init && len(cur) > 1 {
				title = ""
				cur = cur[1:]
				continue
			}
			// "Secretary of State Jane Roe": the rest of a title.
			if before := strings.TrimRight(d.text[max(0, cur[0].s-20):cur[0].s], " "); titleOfWords[w] && (strings.HasSuffix(before, " of") || strings.HasSuffix(before, " of the")) {
				cur = cur[1:]
				continue
			}
			break
		}
		if len(cur) > 0 {
			words := make([]string, len(cur))
			for k, p := range cur {
				words[k] = p.w
			}
			c := cand{s: cur[0].s, e: cur[len(cur)-1].e, sent: si, words: words, initial: cur[0].init, title: title, poss: cur[len(cur)-1].poss, solo: cur[0].solo, known: titleCase}
			w0 := words[0]
			drop := len(words) == 1 && (isDemonym(w0) || commonAcronyms[w0] || w0 == "I" || isCalendarWord(w0))
			if eventNames[words[len(words)-1]] || len(words) >= 2 && eventSuffixes[words[len(words)-1]] {
				drop = true
			}
			// "Come Away With Me": a capitalised function word inside a
			// name marks the title of a work.
			for _, w := range words[1:] {
				if stopwords[strings.ToLower(w)] && isCapWord(w) && !isAllCapsWord(w) && !isInitial(w) {
					if _, _, gaz := gazetteer(strings.Join(words, " ")); !gaz {
						drop = true
					}
				}
			}
			if !drop {
				out = append(out, c)
			}
		}
		cur = nil
		title = ""
	}
	for k, p := range run {
		w := p.w
		switch {
		case isHonorific(w) && !p.poss && !(k+1 < len(run) && gazetteerPrefix(run[k:])):
			if len(cur) == 1 && (portfolioWords[cur[0].w] || title != "") {
				// "Finance Chair …", "Chief Cabinet Secretary …": a word
				// between titles is part of a compound title.
				cur = nil
			}
			if n := len(cur); n >= 2 && (placeNameSuffixes[cur[n-1].w] || portfolioWords[cur[n-1].w]) && isGazetteerPlace(joinPieces(cur[:n-1])) {
				cur = cur[:n-1] // "US District Judge …": the place, then the title
			}
			flush()
			title = w
		case isDemonym(w) && len(cur) == 0 && !gazetteerPrefix(run[k:]):
			// "Chinese Embassy", "Korean Peninsula": a demonym naming an
			// institution or a place stays in the name.
			if k+1 < len(run) && (orgSuffixes[run[k+1].w] || placeNameSuffixes[run[k+1].w]) && !honorifics[run[k+1].w] {
				cur = append(cur, p)
				continue
			}
			flush()
		case isDemonym(w) && k == len(run)-1 && len(cur) > 0 && !compassWords[cur[len(cur)-1].w] && !gazetteerPrefix(append(append([]piece{}, cur...), p)):
			// "Kentucky Republican": a place and a partisan or national word.
			flush()
		case isDemonym(w) && len(cur) > 0 && compassWords[cur[len(cur)-1].w]:
			// "North Korean", "Two Southeast Asian": a compound demonym.
			cur = cur[:len(cur)-1]
			flush()
		case w == "Team" && len(cur) == 0 && k+1 < len(run) && isGazetteerPlace(joinPieces(run[k+1:])):
			// "Team Nigeria": a country standing for its team stays the
			// country.
		case isCalendarWord(w) && len(w) > 2:
			flush()
		case w == "I" && len(cur) == 0:
		case len(cur) == 1 && isAllCapsWord(cur[0].w) && len(cur[0].w) >= 2 && firstNames[w]:
			// "COO Jane Roe": an acronym before a first name is a title.
			cur = nil
			cur = append(cur, p)
		case honorificSuffixes[w] && len(cur) > 0:
			// "Jane Roe QC": a post-nominal, not part of the name.
			flush()
		case isAllCapsWord(w) && len(w) >= 2 && len(cur) > 0 && !isAllCapsWord(cur[len(cur)-1].w) && !gazetteerPrefix(append(append([]piece{}, cur...), p)):
			// "Suffolk Coastal UKIP": an acronym after ordinary words starts a new name.
			flush()
			cur = append(cur, p)
		default:
			cur = append(cur, p)
		}
	}
	flush()
	return out
}

// isHonorific reports a title before a name, including hyphenated ones
// whose parts are all titles: "Director-General", "Secretary-General".
func isHonorific(w string) bool {
	if honorifics[w] {
		return true
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !honorifics[p] {
			return false
		}
	}
	return true
}

// isGazetteerPlace reports a name the gazetteer knows as a place.
func isGazetteerPlace(name string) bool {
	_, typ, ok := gazetteer(name)
	return ok && typ == typePlace
}

// locativePrepositions make the place reading of a name.
var locativePrepositions = map[string]bool{"in": true, "to": true, "from": true, "near": true, "at": true, "outside": true}

// compassWords start compound demonyms: "North Korean", "Southeast Asian".
var compassWords = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "New": true,
	"Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true, "Central": true,
}

// gazetteerPrefix reports whether a gazetteer name starts the run.
func gazetteerPrefix(run []piece) bool {
	for n := len(run); n >= 2; n-- {
		if _, _, ok := gazetteer(joinPieces(run[:n])); ok {
			return true
		}
	}
	return false
}

func joinPieces(ps []piece) string {
	ws := make([]string, len(ps))
	for i, p := range ps {
		ws[i] = p.w
	}
	return strings.Join(ws, " ")
}

// commonAcronyms are capitalised abbreviations of common nouns, not names.
var commonAcronyms = splitWords(`DVD DVDs CD CDs HD HDTV HDTVs MP3 MP4 TVs PAC PACs CEO CEOs CFO COO CTO GDP AI TV PM MP MPs MEP MEPs COVID Covid DNA NFT EV EVs IPO
VAT UFO USB PC PCs ID IDs HIV AIDS GPS SMS CCTV IQ OK PR HR IT VPN LGBT LGBTQ ICU ER PhD MBA VIP
OBE MBE CBE QC KC DJ MC RSVP FAQ ATM SUV SUVs NGO NGOs UAV UAVs ICBM PPE MRI ADHD PTSD BBQ AM FM
ET EST EDT GMT BST UTC CET PST PDT`)

// isDateline reports a mention inside a dateline such as "(AP)".
func (d *doc) isDateline(m mention) bool {
	return m.s > 0 && d.text[m.s-1] == '(' && m.e < len(d.text) && d.text[m.e] == ')'
}

// dropWorks removes names that are titles of works or slogans: short
// title-case quotations ("‘Swing States’", "“Peace Through Strength”"),
// names followed by a work noun ("the Roundtable television program"),
// and other mentions of the same titles.
func (d *doc) dropWorks(cands []cand) []cand {
	titles := map[string]bool{}
	for _, q := range d.quotes {
		inner := d.text[q.s:q.e]
		if wordCount(inner) > 6 {
			continue
		}
		ws := strings.Fields(inner)
		caps := 0
		for _, w := range ws {
			if isCapWord(w) || stopwords[strings.ToLower(w)] {
				caps++
			}
		}
		if caps == len(ws) {
			titles[strings.Trim(inner, ",.!?")] = true
		}
	}
	var out []cand
	for _, c := range cands {
		name := d.text[c.s:c.e]
		if _, _, gaz := gazetteer(strings.Join(c.words, " ")); !gaz {
			if titles[name] {
				continue
			}
			if q := d.quoteAt(c.s); q != nil && titles[strings.Trim(d.text[q.s:q.e], ",.!?")] {
				continue
			}
			if workHeads[strings.ToLower(prevWordBefore(d.text, c.s))] {
				continue // "the weekly show Plugged In"
			}
			if reStormBefore.MatchString(d.text[max(0, c.s-40):c.s]) || stormWords[c.words[0]] {
				continue // "Hurricanes Isaac and Sandy": storms are events
			}
			next := strings.ToLower(nextWordAfter(d.text, c.e))
			if n := nextWordAfter(d.text, c.e); n != "" && n[0] >= '0' && n[0] <= '9' {
				// "Falcon 9 rocket": skip a model number.
				next = strings.ToLower(nextWordAfter(d.text, c.e+1+len(n)))
			}
			if productHeads[next] || len(c.words) == 1 && celestial[c.words[0]] {
				continue
			}
			if workHeads[next] || workHeads[strings.ToLower(nextWordAfter(d.text, c.e+len(next)+1))] && (next == "television" || next == "radio" || next == "tv" || next == "web" || next == "online") {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// quoteAt returns the quotation holding offset off, or nil.
func (d *doc) quoteAt(off int) *quoteSpan {
	for i := range d.quotes {
		if off >= d.quotes[i].s && off < d.quotes[i].e {
			return &d.quotes[i]
		}
	}
	return nil
}

// eventSuffixes end names of events, competitions and laws, which are not
// entities ("Iraq War", "Election Day", "Clean Air Act").
var eventSuffixes = splitWords(`Day War Wars Revolution Crisis Summit Games Cup Championship Championships
Olympics Festival Awards Award Prize Election Elections Referendum Massacre Protests Uprising Pandemic
Show Expo Fair Tournament Act Bill Accord Accords Treaty Doctrine Plan Initiative Agreement Convention Marathon Grand Prix Open`)

// allCommon reports a run made only of common words ("Big Tech").
func allCommon(ps []piece) bool {
	for _, p := range ps {
		if !commonWords[p.w] {
			return false
		}
	}
	return true
}

// shortOrgName reports "Acme" standing for "Acme Logistics Inc": the
// name's first word followed only by organisation suffixes.
func shortOrgName(w string, words []string) bool {
	if len(words) < 2 || !strings.EqualFold(words[0], w) {
		return false
	}
	for _, x := range words[1:] {
		if !orgSuffixes[x] {
			return false
		}
	}
	return true
}

// honorificSuffixes follow a name: "Jane Roe QC", "John Doe Jr".
var honorificSuffixes = splitWords(`QC KC MP MEP MSP MBE OBE CBE KBE DBE Jr Jr. Sr Sr. PhD MD`)

var (
	reStormBefore      = regexp.MustCompile(`(Hurricanes?|Typhoons?|Cyclones?|Storms?|Tropical Storms?) (\p{Lu}\p{L}+,? )*(and )?$`)
	reStateAfter       = regexp.MustCompile(`^, (\p{Lu}\p{L}+\.?( \p{Lu}\p{L}+\.?)?)`)
	reOutletAfter      = regexp.MustCompile(`^ (news agency|newspaper|news service|broadcaster)\b`)
	reAppositiveRole   = regexp.MustCompile(`^, the (?:[\p{L}’'-]+ ){0,3}?([a-z-]+)[,.]`)
	reAge              = regexp.MustCompile(`^, \d{1,3},`)
	reOfPlace          = regexp.MustCompile(`\b(city|town|village|province|region|county|district|state|island|port|capital|municipality|prefecture) of $`)
	reAppositivePerson = regexp.MustCompile(`^, (a|an) [a-z-]+ [a-z]`)
	reOrgNounCalled    = regexp.MustCompile(`(?i)\b(company|firm|division|unit|subsidiary|start-?up|business|brand|group|agency|organi[sz]ation|charity|party|outlet|network|label|studio|bank|fund|club|team|band|publisher|newspaper|channel)\b[^.;]{0,40} (called|named|dubbed) $`)
	rePlaceNounCalled  = regexp.MustCompile(`(?i)\b(city|town|village|province|region|county|district|state|island|port|suburb|neighbou?rhood|country|area|street|road)\b[^.;]{0,40} (called|named|dubbed) $`)
	reAppositivePlace  = regexp.MustCompile(`^, (?:(?:a|an|the) (?:[a-z-]+ ){0,2}(?:city|town|village|province|region|county|district|state|island|port|capital|municipality|prefecture|suburb|neighbou?rhood|country|area)\b|where )`)
)

// productHeads after a capitalised name make it a product or a vehicle.
var productHeads = splitWords(`rocket rockets spacecraft capsule aircraft jet jets jetliner
airliner missile missiles drone drones tank tanks car cars truck suv phone phones smartphone handset tablet
laptop console consoles chip chips processor vaccine drug pill engine engines vessel carrier-based`)

// celestial bodies are not entities.
var celestial = splitWords(`Earth Moon Mars Sun Jupiter Venus Saturn Neptune Uranus Pluto`)

// personTitle reports honorifics that only precede people.
func personTitle(t string) bool {
	switch t {
	case "", "Chief", "Head", "Acting", "Former", "Deputy", "Senior", "Executive", "Special", "Principal", "Assistant", "Associate", "Under", "Majority", "Minority", "Ranking", "Presidential", "Candidate", "Hopeful":
		return false
	}
	return honorifics[t]
}

// acronymAfter returns ACR when rest starts with " (ACR)", " or ACR" or
// ", or ACR", and "" otherwise.
func acronymAfter(rest string) string {
	if strings.HasPrefix(rest, " (") {
		if end := strings.IndexByte(rest, ')'); end > 2 {
			if w := rest[2:end]; isAllCapsWord(w) && len(w) >= 2 {
				return w
			}
		}
		return ""
	}
	return orAcronym(rest)
}

// nameWords returns the words of a run without a leading "The", as
// isAcronymOf wants them.
func nameWords(ps []piece) []string {
	if len(ps) > 0 && ps[0].w == "The" {
		ps = ps[1:]
	}
	words := make([]string, len(ps))
	for k, p := range ps {
		words[k] = p.w
	}
	return words
}

// runIsOrg reports a run holding an organisation word ("Group", "Council").
func runIsOrg(ps []piece) bool {
	for _, p := range ps {
		if orgSuffixes[p.w] || orgPrefixes[p.w] || p.w == "Center" || p.w == "Centre" {
			return true
		}
	}
	return false
}

// orAcronym returns ACR from text starting " or ACR" / ", or ACR".
func orAcronym(rest string) string {
	for _, p := range []string{" or ", ", or "} {
		if strings.HasPrefix(rest, p) {
			w := nextWordAfter(rest, len(p))
			if isAllCapsWord(w) && len(w) >= 2 {
				return w
			}
		}
	}
	return ""
}

// longerPerson returns a person of this document whose name ends with the
// given multi-word name ("Greta Van Susteren" for "Van Susteren").
func (d *doc) longerPerson(name string) *docEntity {
	for _, e := range d.ents {
		if e.typ == typePerson && strings.HasSuffix(e.name, " "+name) {
			return e
		}
	}
	return nil
}

// stormWords start names of storms, which are events.
var stormWords = splitWords(`Hurricane Hurricanes Typhoon Typhoons Cyclone Cyclones Storm Storms Tropical`)

// usState reports a US state name or its abbreviation.
func usState(s string) bool {
	canon, _, _ := gazetteer(s)
	for _, st := range usStates {
		if st == canon {
			return true
		}
	}
	return false
}
