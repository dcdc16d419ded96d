package extract

import (
	"github.com/storylens/storylens/internal/textnorm"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// prepositions before a name mean the name is not the clause's subject.
var prepositions = splitWords(`of with to by on for from about at in into between among like than against
over under after before since during through toward towards upon via including and or nor but as`)

// findDescriptors records role descriptors before names ("Kremlin spokesman
// Jane Roe") and standalone role phrases ("the Acme founder") to resolve.
func (d *doc) findDescriptors() {
	for _, m := range d.ments {
		if m.ent.typ != typePerson {
			continue
		}
		if desc := d.descriptorBefore(m.s); desc != "" {
			m.ent.descriptors[desc] = true
			if m.ent.role == "" {
				m.ent.role = desc // the title stripped from the name
			}
		}
		if desc := d.appositiveAfter(m.e); desc != "" {
			m.ent.descriptors[desc] = true
		}
	}
	// Standalone role phrases: "the billionaire", "the Acme founder".
	named := map[int]bool{}
	for _, m := range d.ments {
		named[m.s] = true
	}
	for si, s := range d.sents {
		for i, t := range s.toks {
			lw := strings.ToLower(t.w)
			if lw != "the" || i+1 >= len(s.toks) || d.inQuote(t.s) {
				continue
			}
			// the [Name] [adjective] role
			j := i + 1
			for j < len(s.toks) && j <= i+3 {
				w := strings.ToLower(s.toks[j].w)
				if roleNouns[w] && !isCapWord(s.toks[j].w) || roleNouns[w] && w == "president-elect" || w == "republican" || w == "democrat" {
					break
				}
				if stopwords[w] {
					j = len(s.toks)
					break
				}
				j++
			}
			if j >= len(s.toks) || j > i+3 {
				continue
			}
			// Not followed by a name: "the president Jane Roe" is a title.
			if j+1 < len(s.toks) && named[s.toks[j+1].s] {
				continue
			}
			// "the governor’s office", "the party’s candidate": not a person.
			possInside := false
			for k := i + 1; k <= j; k++ {
				if s.toks[k].poss {
					possInside = true
				}
			}
			if possInside {
				continue
			}
			if d.text[s.toks[j].e:min(len(d.text), s.toks[j].e+1)] == "-" {
				continue
			}
			// Unnamed sources ("the spokesperson", "the official") are
			// left to quote attribution.
			if sourceNouns[strings.ToLower(s.toks[j].w)] {
				continue
			}
			end := s.toks[j].e
			if s.toks[j].poss {
				end = s.toks[j].e
			}
			d.refs = append(d.refs, mention{s: t.s, e: end, sent: si, kind: kindDescriptor, poss: s.toks[j].poss})
		}
	}
}

// descriptorBefore returns role words right before a name: "Tech tycoon".
func (d *doc) descriptorBefore(at int) string {
	si := d.sentenceAt(at)
	if si < 0 {
		return ""
	}
	s := d.sents[si]
	k := -1
	for i, t := range s.toks {
		if t.e > at {
			break
		}
		k = i
	}
	start, hasRole := -1, false
	for i := k; i >= 0 && i > k-4; i-- {
		t := s.toks[i]
		next := at
		if i < k {
			next = s.toks[i+1].s
		}
		if gap := d.text[t.e:next]; gap != " " {
			break
		}
		lw := strings.ToLower(t.w)
		if stopwords[lw] || t.poss {
			break
		}
		if roleNouns[lw] || honorifics[t.w] || strings.HasSuffix(lw, "-elect") {
			hasRole = true
		} else if !isCapWord(t.w) || commonWords[t.w] && !demonyms[t.w] || cueVerbs[lw] {
			break
		}
		start = t.s
	}
	if !hasRole || start < 0 {
		return ""
	}
	desc := strings.TrimSpace(d.text[start:at])
	if honorifics[desc] && addressHonorifics[desc] {
		return ""
	}
	return desc
}

// appositiveAfter returns ", a spokesman for the company," after a name.
func (d *doc) appositiveAfter(at int) string {
	rest := d.text[at:min(len(d.text), at+80)]
	if !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ") && !strings.HasPrefix(rest, ", the ") {
		return ""
	}
	end := strings.IndexAny(rest[2:], ",.;")
	if end < 0 {
		return ""
	}
	phrase := rest[2 : 2+end]
	for _, w := range strings.Fields(phrase) {
		if roleNouns[strings.ToLower(w)] {
			return phrase
		}
	}
	return ""
}

// resolveRefs resolves pronouns and role descriptors to persons, using the
// subject of the current and preceding sentences.
func (d *doc) resolveRefs() {
	sort.SliceStable(d.refs, func(i, j int) bool { return d.refs[i].s < d.refs[j].s })
	descs := d.refs
	d.refs = nil
	var lastSubj *docEntity
	var recent []mention // person mentions so far
	di := 0
	mi := 0
	for si, s := range d.sents {
		var sentSubj *docEntity
		type item struct {
			m   mention
			pro string
		}
		var items []item
		for mi < len(d.ments) && d.ments[mi].s < s.e {
			items = append(items, item{m: d.ments[mi]})
			mi++
		}
		for di < len(descs) && descs[di].s < s.e {
			items = append(items, item{m: descs[di]})
			di++
		}
		for ti, t := range s.toks {
			lw := strings.ToLower(t.w)
			if lw == "he" || lw == "she" || lw == "his" || lw == "her" || lw == "him" {
				if d.inQuote(t.s) {
					continue
				}
				items = append(items, item{m: mention{s: t.s, e: t.e, sent: si, kind: kindPronoun, poss: lw == "his" || lw == "her" && ti+1 < len(s.toks) && !stopwords[strings.ToLower(s.toks[ti+1].w)]}, pro: lw})
			}
		}
		sort.SliceStable(items, func(i, j int) bool { return items[i].m.s < items[j].m.s })
		for _, it := range items {
			m := it.m
			switch m.kind {
			case kindName:
				if m.ent.typ != typePerson || d.inQuote(m.s) {
					continue
				}
				if sentSubj == nil && !m.poss && !prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
					sentSubj = m.ent
				}
				recent = append(recent, m)
			case kindDescriptor:
				// The subject of the preceding sentences, unless it is this
				// sentence's subject; else the most recent other person.
				var target *docEntity
				// "the president": a person already given that title.
				role := strings.ToLower(lastWord(d.text[m.s:m.e]))
				for k := len(recent) - 1; k >= 0 && target == nil; k-- {
					if recent[k].ent != sentSubj && hasTitle(recent[k], role) {
						target = recent[k].ent
					}
				}
				if target != nil {
				} else if lastSubj != nil && lastSubj != sentSubj {
					target = lastSubj
				} else {
					for k := len(recent) - 1; k >= 0; k-- {
						if recent[k].ent != sentSubj {
							target = recent[k].ent
							break
						}
					}
				}
				if target == nil {
					continue
				}
				m.ent = target
				target.descriptors[d.text[m.s:m.e]] = true
				if target.global != nil {
					target.global.descriptors[d.text[m.s:m.e]] = true
				}
				d.refs = append(d.refs, m)
				recent = append(recent, m)
				if sentSubj == nil && !m.poss && !prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
					sentSubj = target
				}
			case kindPronoun:
				// The subject of this sentence, then of the previous ones,
				// then the most recent person, skipping a mismatched gender.
				want := pronounGender(it.pro)
				var cands []*docEntity
				if sentSubj != nil {
					cands = append(cands, sentSubj)
				}
				if lastSubj != nil {
					cands = append(cands, lastSubj)
				}
				for k := len(recent) - 1; k >= 0 && k >= len(recent)-6; k-- {
					cands = append(cands, recent[k].ent)
				}
				var target *docEntity
				for _, c := range cands {
					if g := d.genderOf(c); g == "" || g == want {
						target = c
						break
					}
				}
				if target == nil {
					continue
				}
				m.ent = target
				d.refs = append(d.refs, m)
				if sentSubj == nil && (it.pro == "he" || it.pro == "she") {
					sentSubj = target
				}
			}
		}
		if sentSubj != nil {
			lastSubj = sentSubj
		}
	}
}

// inQuote reports whether offset off lies inside a quotation.
func (d *doc) inQuote(off int) bool {
	// Quotes are sorted and do not overlap.
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].e > off })
	return i < len(d.quotes) && d.quotes[i].s <= off
}

// entity is an entity merged across documents.
type entity struct {
	id          string
	name        string
	typ         string
	fixed       bool // name from a gazetteer
	words       int
	aliases     map[string]bool
	descriptors map[string]bool
	mentions    []schema.Span
	votes       map[string]int
	typedBy     map[string]string // per type, the strongest source that gave it
	role        string            // the first document's role words
}

// byRank orders what may decide a type, strongest last.
var byRank = map[string]int{byDefault: 0, byRule: 1, byModel: 2, byLexicon: 3}

// registry holds the merged entities.
type registry struct {
	list []*entity
	byID map[string]*entity
	// Indexes for merging: folded name, folded alias, folded last word
	// and the first four letters of the last word.
	byKey   map[string][]*entity
	byAlias map[string][]*entity
	byLast  map[string][]*entity
	byStem  map[string][]*entity
	byPlace map[string][]*entity // placeBase of place names
}

// placeBase returns the key of a place name without a generic last word
// that may be left out ("Atlantic Ocean", "Sarasota County"), or "" when
// the name cannot be shortened so: "Washington County" is not Washington.
func placeBase(name string) string {
	ws := strings.Fields(name)
	if n := len(ws); n >= 2 {
		switch ws[n-1] {
		case "Ocean", "Sea":
			return corpKey(strings.Join(ws[:n-1], " "))
		case "County", "Parish", "Province", "Oblast", "Prefecture":
			short := strings.Join(ws[:n-1], " ")
			if _, _, gaz := gazetteer(short); !gaz {
				return corpKey(short)
			}
		}
		return ""
	}
	if len(ws) == 1 {
		return corpKey(name)
	}
	return ""
}

// index records an entity's name and aliases for find.
func (reg *registry) index(e *entity, names ...string) {
	for _, n := range names {
		k := fold(n)
		ws := strings.Fields(k)
		if len(ws) == 0 {
			continue
		}
		appendUnique := func(m map[string][]*entity, key string) {
			for _, x := range m[key] {
				if x == e {
					return
				}
			}
			m[key] = append(m[key], e)
		}
		appendUnique(reg.byAlias, k)
		last := ws[len(ws)-1]
		appendUnique(reg.byLast, last)
		appendUnique(reg.byStem, stem4(last))
	}
}

func stem4(w string) string {
	r := []rune(w)
	if len(r) > 4 {
		r = r[:4]
	}
	return string(r)
}

// mergeEntities merges document entities across documents: equal names,
// surnames of full names, and transliteration variants.
func mergeEntities(docs []*doc) *registry {
	reg := &registry{byID: map[string]*entity{}, byKey: map[string][]*entity{}, byAlias: map[string][]*entity{}, byLast: map[string][]*entity{}, byStem: map[string][]*entity{}, byPlace: map[string][]*entity{}}
	add := func(de *docEntity) {
		e := reg.find(de)
		if e == nil {
			e = &entity{name: de.name, typ: de.typ, aliases: map[string]bool{}, descriptors: map[string]bool{}, votes: map[string]int{}, typedBy: map[string]string{}, words: len(strings.Fields(de.name))}
			_, _, e.fixed = gazetteer(de.name)
			reg.list = append(reg.list, e)
			reg.byKey[corpKey(de.name)] = append(reg.byKey[corpKey(de.name)], e)
			if b := placeBase(de.name); b != "" && de.typ == typePlace {
				reg.byPlace[b] = append(reg.byPlace[b], e)
			}
		} else if !e.fixed {
			if _, _, gaz := gazetteer(de.name); gaz {
				e.name, e.fixed, e.words = de.name, true, len(strings.Fields(de.name))
			} else if n := len(strings.Fields(de.name)); n > e.words && de.typ == e.typ {
				e.name, e.words = de.name, n
			}
		}
		de.global = e
		if e.role == "" {
			e.role = de.role
		}
		w := de.count
		if de.strong {
			w *= 4
		}
		e.votes[de.typ] += w
		if old, ok := e.typedBy[de.typ]; !ok || byRank[de.by] > byRank[old] {
			e.typedBy[de.typ] = de.by
		}
		for a := range de.aliases {
			e.aliases[a] = true
			reg.index(e, a)
		}
		reg.index(e, de.name)
		for a := range de.descriptors {
			e.descriptors[a] = true
		}
	}
	// Full and gazetteer names first, then single words.
	for pass := 0; pass < 3; pass++ {
		for _, d := range docs {
			for _, de := range d.ents {
				multi := len(strings.Fields(de.name)) >= 2
				_, _, gaz := gazetteer(de.name)
				switch pass {
				case 0:
					if !(multi || gaz) {
						continue
					}
				case 1:
					if multi || gaz || de.weak {
						continue
					}
				case 2:
					if multi || gaz || !de.weak {
						continue
					}
				}
				add(de)
			}
		}
	}
	for _, e := range reg.list {
		if !e.fixed {
			best, bestN := e.typ, -1
			for _, t := range []string{typePerson, typeOrg, typePlace} {
				if e.votes[t] > bestN {
					best, bestN = t, e.votes[t]
				}
			}
			e.typ = best
		}

	}
	// Stable IDs: slugs of canonical names, de-duplicated in name order.
	assignIDs(reg)
	// Named mentions.
	for _, d := range docs {
		for _, m := range d.ments {
			g := m.ent.global
			g.mentions = append(g.mentions, schema.Span{Doc: d.id, Start: m.s, End: m.e})
		}
	}
	return reg
}

// corpKey folds a name and drops a corporate suffix: "Acme Inc." → "acme".
func corpKey(name string) string {
	k := strings.ReplaceAll(fold(name), ".", "") // "St. Lucie" is "St Lucie"
	for _, suf := range []string{" inc", " corp", " corporation", " ltd", " plc", " llc", " co", " ag", " sa"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+1 {
			return k[:len(k)-len(suf)]
		}
	}
	return k
}

// find returns the merged entity a document entity belongs to, or nil.
func (reg *registry) find(de *docEntity) *entity {
	key := corpKey(de.name)
	words := strings.Fields(key)
	if len(words) == 0 {
		return nil
	}
	for _, e := range reg.byKey[key] {
		if e.typ == de.typ || de.weak || !de.strong || e.fixed {
			return e
		}
	}
	// "the Atlantic" and "the Atlantic Ocean", "St. Lucie" and "St. Lucie
	// County": a place with and without its generic word.
	if b := placeBase(de.name); b != "" && de.typ == typePlace {
		for _, e := range reg.byPlace[b] {
			if e.typ == typePlace {
				return e
			}
		}
	}
	if len(words) == 1 {
		for _, e := range reg.byAlias[key] {
			if e.typ == de.typ || de.weak {
				return e
			}
		}
	}
	last := words[len(words)-1]
	// Candidates share the last word's first letters (transliterations).
	cands := reg.byStem[stem4(last)]
	var fuzzy *entity
	for _, e := range cands {
		ew := strings.Fields(fold(e.name))
		if e.typ == typePerson && de.typ == typePerson && len(words) >= 2 && len(ew) >= 2 && len(words) != len(ew) {
			// "Jane Q. Roe" and "Jane Roe": the same name but a middle initial.
			if a, b := withoutInitials(words), withoutInitials(strings.Fields(corpKey(e.name))); len(a) >= 2 && strings.Join(a, " ") == strings.Join(b, " ") {
				if fuzzy == nil {
					fuzzy = e
				}
				continue
			}
		}
		if e.typ == typePerson && (de.typ == typePerson || de.weak) {
			// Surname of a full name.
			if len(words) == 1 && len(ew) >= 2 && fuzzyEq(words[0], ew[len(ew)-1]) {
				if fuzzy == nil {
					fuzzy = e
				}
				continue
			}
			// Transliteration variants of a full name.
			if len(words) >= 2 && len(words) == len(ew) && de.typ == typePerson {
				same := true
				for i := range words {
					if !fuzzyEq(words[i], ew[i]) {
						same = false
					}
				}
				if same && fuzzy == nil {
					fuzzy = e
				}
			}
		}
		afterOf := len(ew) >= 3 && (ew[len(ew)-2] == "of" || ew[len(ew)-2] == "for" || ew[len(ew)-2] == "and")
		if len(words) == 1 && len(ew) >= 2 && e.typ == typeOrg && (de.weak || de.typ == typeOrg) && words[0] == ew[len(ew)-1] && !orgSuffixes[de.name] && !afterOf {
			if fuzzy == nil {
				fuzzy = e
			}
		}
	}
	return fuzzy
}

// withoutInitials drops one-letter words (initials, dots already gone).
func withoutInitials(ws []string) []string {
	var out []string
	for _, w := range ws {
		if utf8.RuneCountInString(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// fuzzyEq compares name words allowing one edit in longer words
// ("qaddafi" and "gaddafi").
func fuzzyEq(a, b string) bool {
	if a == b {
		return true
	}
	if utf8.RuneCountInString(a) < 6 || utf8.RuneCountInString(b) < 6 {
		return false
	}
	return editDistance(a, b) <= 1
}

// editDistance returns the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	if len(b) < 64 && isASCII(a) && isASCII(b) {
		return editDistanceASCII(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// editDistanceASCII is editDistance for ASCII strings, b under 64 bytes:
// bytes are runes, and the rows live on the stack (it runs for every pair
// of words of every pair of quotations compared).
func editDistanceASCII(a, b string) int {
	var rows [2][64]int
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// entities returns the merged entities sorted by ID.
func (reg *registry) entities() []schema.Entity {
	out := []schema.Entity{}
	for _, e := range reg.list {
		se := schema.Entity{ID: e.id, Name: e.name, Type: e.typ, TypedBy: e.typedBy[e.typ], Role: e.role, Aliases: sortedKeys(e.aliases), Mentions: e.mentions}
		if se.Mentions == nil {
			se.Mentions = []schema.Span{}
		}
		if len(e.descriptors) > 0 {
			se.Descriptors = sortedKeys(e.descriptors)
		}
		sort.SliceStable(se.Mentions, func(i, j int) bool {
			if se.Mentions[i].Doc != se.Mentions[j].Doc {
				return se.Mentions[i].Doc < se.Mentions[j].Doc
			}
			return se.Mentions[i].Start < se.Mentions[j].Start
		})
		out = append(out, se)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// fold lower-cases and removes diacritics, as the query engine does.
func fold(s string) string { return textnorm.Fold(s) }

// slug turns a name into a stable ID: "Jane Roe" → "jane-roe".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue
		}
		dash = true
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

func pronounGender(p string) string {
	switch p {
	case "he", "his", "him":
		return "m"
	case "she", "her":
		return "f"
	}
	return ""
}

// genderOf guesses a person's grammatical gender from honorifics in the
// text and the first name; "" when unknown.
func (d *doc) genderOf(e *docEntity) string {
	for _, a := range sortedKeys(e.aliases) { // sorted: an entity may hold "Mr Roe" and "Mrs Roe"
		switch strings.SplitN(a, " ", 2)[0] {
		case "Mr", "Mr.":
			return "m"
		case "Mrs", "Mrs.", "Ms", "Ms.", "Miss":
			return "f"
		}
	}
	first := strings.SplitN(e.name, " ", 2)[0]
	if femaleNames[first] {
		return "f"
	}
	if firstNames[first] && !unisexNames[first] && strings.Contains(e.name, " ") {
		return "m"
	}
	return ""
}

// hasTitle reports whether a mention carries a role: its honorific
// ("President Roe") or one of its entity's descriptors.
func hasTitle(m mention, role string) bool {
	if role == "" {
		return false
	}
	title := strings.ToLower(strings.TrimSuffix(m.title, "."))
	if full, ok := titleAbbrev[title]; ok {
		title = full
	}
	if title == role {
		return true
	}
	for desc := range m.ent.descriptors {
		for _, w := range strings.Fields(strings.ToLower(desc)) {
			if w == role {
				return true
			}
		}
	}
	return false
}

// titleAbbrev expands abbreviated titles ("Sen." → "senator").
var titleAbbrev = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
	"col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "prof": "professor",
	"dr": "doctor", "pres": "president", "supt": "superintendent", "insp": "inspector", "det": "detective",
}
