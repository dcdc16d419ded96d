package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/storylens/storylens/schema"
)

// Cross-outlet contested figures: outlets that give different numbers for
// one measure of the story (a death toll, a count of tornadoes, the length
// of a ruling, a call's duration). Conservative by design: a figure needs a
// unit the sentence makes clear, figures are compared only within one
// measure and one place, and only when the outlets' sentences share words
// of their own; values that round to each other agree.

// figure is one number with its unit in one document's sentence.
type figure struct {
	doc    *doc
	sent   int
	value  float64
	approx bool   // "at least", "more than", "about", or a round number
	class  string // the measure: "death", "tornado", "page", …
	scope  string // distinctive place words of the sentence, sorted
	text   string // the number phrase as written
}

var (
	figureNumRe    = regexp.MustCompile(`(?i)(\$)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens of|dozen|half a)(?:\s+(million|billion|thousand|hundred))?(-|\s+)([a-z]+(?:[ -][a-z]+){0,3})`)
	approxBeforeRe = regexp.MustCompile(`(?i)\b(at least|more than|over|about|around|nearly|almost|up to|some|roughly|approximately|an estimated|as many as|fewer than|less than|under)\s*$`)
	monthBeforeRe  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$`)
	powerOutRe     = regexp.MustCompile(`(?i)\b(without (power|electricity)|power outages?|lost power|no power|in the dark)\b`)
	deathWordRe    = regexp.MustCompile(`(?i)\b(kill|killed|killing|died|dead|deaths?|fatalit|lives|perished)`)
	injuryWordRe   = regexp.MustCompile(`(?i)\b(injur|wounded|hurt)`)
)

var wordNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
	"dozens of": 24, "half a": 0.5,
}

var multipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "hundred": 100}

// unitSkip are words between a number and its unit noun.
var unitSkip = splitWords(`confirmed reported additional more other new separate recorded total known
suspected possible further large small major minor deadly powerful destructive`)

// noUnit are units that never make a contested figure: times of day,
// ages, shares, years and repetitions say too little about one fact.
var noUnit = splitWords(`percent per pm am p a year years year-old old time times th st nd rd
of in on at to and or the a an for from with by as than who that which when where while is are was
were be been has have had it its this these those his her their our`)

// peopleUnits take their measure from the sentence: killed, injured,
// without power.
var peopleUnits = splitWords(`people person persons resident residents individual individuals family families
home homes household households customer customers business businesses account accounts`)

var durationMinutes = map[string]float64{"minute": 1, "minutes": 1, "hour": 60, "hours": 60}

// figuresIn returns the figures of a document's body sentences.
func (d *doc) figuresIn(places storyPlaces) []figure {
	var out []figure
	for si, s := range d.sents {
		if ps := d.paras[s.para]; isHeading(d.text[ps[0]:ps[1]]) {
			// Headlines and subheadings; a lede used as the title counts.
			continue
		}
		st := d.text[s.s:s.e]
		scope := d.sentenceScope(s, places)
		seen := map[string]bool{}
		matches := allFigureMatches(st)
		// What follows a number is counted, not a person: "four Davis Cups".
		var counted [][2]int
		for _, m := range matches {
			counted = append(counted, [2]int{s.s + m[10], s.s + m[11]})
		}
		for _, m := range matches {
			if m[2] >= 0 {
				continue // money: too many different sums in one story
			}
			num := strings.ToLower(st[m[4]:m[5]])
			if m[4] > 0 && isWordByte(st[m[4]-1]) {
				continue
			}
			before := st[:m[4]]
			if monthBeforeRe.MatchString(before) || strings.HasSuffix(strings.TrimSpace(before), "of the") {
				// "Oct 9"; "four of the 14 deaths".
				continue
			}
			v, ok := wordNumbers[num]
			if !ok {
				f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
				if err != nil {
					continue
				}
				v = f
				if len(num) == 4 && v >= 1800 && v <= 2100 && m[6] < 0 {
					continue // a year
				}
			}
			if m[6] >= 0 {
				v *= multipliers[strings.ToLower(st[m[6]:m[7]])]
			}
			if class, end, ok := titleCount(st, m); ok {
				// "four Davis Cups", "won it five times": whose titles
				// is the sentence's one person.
				who := d.onePersonIn(s, counted)
				if who == "" && si > 0 && d.sents[si-1].para == s.para && len(d.mentionsIn(s.s, s.e)) == 0 {
					// A sentence that names no one continues the one before.
					who = d.onePersonIn(d.sents[si-1], nil)
				}
				if who == "" || seen[class] {
					continue
				}
				seen[class] = true
				out = append(out, figure{doc: d, sent: si, value: v, approx: approxBeforeRe.MatchString(before), class: class, scope: "person " + who, text: strings.TrimSpace(st[m[4]:end])})
				continue
			}
			words := strings.FieldsFunc(strings.ToLower(st[m[10]:m[11]]), func(r rune) bool { return r == ' ' || r == '-' })
			unit := ""
			for _, w := range words {
				if unitSkip[w] {
					continue
				}
				unit = w
				break
			}
			if unit == "" || noUnit[unit] || stopwords[unit] {
				continue
			}
			// The words around the figure say what a count of people
			// measures: "killing at least four people", "homes … without
			// power".
			unitEnd := m[10] + strings.Index(strings.ToLower(st[m[10]:m[11]]), unit) + len(unit)
			class, scale := figureClass(unit, st, m[4], unitEnd)
			if class == "" {
				continue
			}
			if class == "page" || class == "duration" {
				// Pages and minutes of what: "a 286-page ruling", "a
				// 90-minute call"; without the noun, too vague to compare.
				head := headNounAfter(st[unitEnd:])
				if head == "" {
					continue
				}
				class += " " + head
			}
			v *= scale
			approx := approxBeforeRe.MatchString(before) || isRound(v)
			if seen[class] {
				continue
			}
			seen[class] = true
			out = append(out, figure{doc: d, sent: si, value: v, approx: approx, class: class, scope: scope, text: strings.TrimSpace(st[m[0]:unitEnd])})
		}
	}
	return out
}

var (
	wonBeforeRe = regexp.MustCompile(`\bwon\s+(?:it\s+|them\s+|the title\s+|the ([A-Z][\w.]*(?:\s+[A-Z][\w.]*)+)\s+)?$`)
	capRunRe    = regexp.MustCompile(`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+`)
)

// titleCount recognises a count of a named competition's titles: "four
// Davis Cups", "14 Open titles", or "the Cup … he has won five times".
// The class is "title " and the competition's folded singular name.
func titleCount(st string, m []int) (string, int, bool) {
	phrase := st[m[10]:m[11]]
	if r := firstRune(phrase); r >= 'A' && r <= 'Z' && m[6] < 0 {
		ws := strings.Fields(phrase)
		var name []string
		end := m[10]
		for _, w := range ws {
			if r := firstRune(w); r < 'A' || r > 'Z' {
				break
			}
			name = append(name, w)
			end = m[10] + strings.Index(st[m[10]:], w) + len(w)
		}
		if len(name) == 0 {
			return "", 0, false
		}
		// A plural name, or a name followed by titles or crowns.
		rest := strings.ToLower(strings.TrimSpace(st[end:min(len(st), end+12)]))
		last := name[len(name)-1]
		switch {
		case strings.HasPrefix(rest, "title") || strings.HasPrefix(rest, "crown") || strings.HasPrefix(rest, "trophies"):
		case len(last) > 3 && strings.HasSuffix(last, "s"):
			name[len(name)-1] = last[:len(last)-1]
		default:
			return "", 0, false
		}
		return "title " + fold(strings.Join(name, " ")), end, true
	}
	unit := strings.ToLower(strings.Fields(phrase + " ")[0])
	won := wonBeforeRe.FindStringSubmatch(st[:m[4]])
	if unit != "times" || won == nil {
		return "", 0, false
	}
	if won[1] != "" {
		// "has won the Harbour Cup six times".
		return "title " + fold(won[1]), m[10] + len("times"), true
	}
	runs := capRunRe.FindAllString(st[:m[4]], -1)
	if len(runs) == 0 {
		return "", 0, false
	}
	name := strings.TrimPrefix(runs[len(runs)-1], "The ")
	if !strings.Contains(name, " ") {
		return "", 0, false
	}
	return "title " + fold(name), m[10] + len("times"), true
}

// onePersonIn returns the ID of the one person a sentence names or
// refers to, or "" when it names none or several; mentions overlapping a
// skipped span do not count.
func (d *doc) onePersonIn(s sentence, skip [][2]int) string {
	who := ""
	for _, ms := range [][]mention{d.ments, d.refs} {
	next:
		for _, m := range ms {
			if m.s < s.s || m.e > s.e || m.ent == nil || m.ent.global == nil || m.ent.global.typ != typePerson {
				continue
			}
			for _, sp := range skip {
				if m.s < sp[1] && sp[0] < m.e {
					continue next
				}
			}
			if who != "" && who != m.ent.global.id {
				return ""
			}
			who = m.ent.global.id
		}
	}
	return who
}

// allFigureMatches returns every figureNumRe match of a sentence, the
// next one starting right after the previous number (so that "five Cups
// and two Opens" gives both).
func allFigureMatches(st string) [][]int {
	var out [][]int
	for pos := 0; pos < len(st); {
		m := figureNumRe.FindStringSubmatchIndex(st[pos:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += pos
			}
		}
		out = append(out, m)
		pos = m[5]
	}
	return out
}

// headNounAfter returns the lower-case noun right after a figure's unit
// ("-page ruling" → "ruling"), or "".
func headNounAfter(s string) string {
	for {
		s = strings.TrimLeft(s, " -")
		n := 0
		for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
			n++
		}
		w := s[:n]
		if w == "" {
			return ""
		}
		if unitSkip[w] {
			s = s[n:]
			continue
		}
		if stopwords[w] || len(w) < 3 {
			return ""
		}
		return singular(w)
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == ','
}

// figureClass names the measure a unit counts, with the factor that
// turns the number into that measure's base unit.
func figureClass(unit, sentence string, from, to int) (string, float64) {
	if m, ok := durationMinutes[unit]; ok {
		return "duration", m
	}
	switch {
	case unit == "dead" || strings.HasPrefix(unit, "death") || strings.HasPrefix(unit, "fatalit"):
		return "death", 1
	case strings.HasPrefix(unit, "tornado") || strings.HasPrefix(unit, "twister"):
		return "tornado", 1
	case unit == "page" || unit == "pages":
		return "page", 1
	}
	if !peopleUnits[unit] {
		return "", 0
	}
	// A count of people measures what the nearest cue around it says:
	// "killed at least 10 people and left millions without power".
	lo, hi := max(0, from-40), min(len(sentence), to+70)
	best, bestDist := "", 1<<30
	for _, c := range []struct {
		re    *regexp.Regexp
		class string
	}{{powerOutRe, "power outage"}, {deathWordRe, "death"}, {injuryWordRe, "injury"}} {
		for _, m := range c.re.FindAllStringIndex(sentence[lo:hi], -1) {
			s, e := m[0]+lo, m[1]+lo
			dist := 0
			switch {
			case e <= from:
				dist = from - e
			case s >= to:
				dist = s - to
			}
			if dist < bestDist {
				best, bestDist = c.class, dist
			}
		}
	}
	return best, 1
}

// isRound reports a number written to one or two significant figures
// with at least two zeros after them (3,000,000; 500), not 130 or 90.
func isRound(v float64) bool {
	if v < 10 || v != math.Trunc(v) {
		return false
	}
	n := int64(v)
	zeros := 0
	for n%10 == 0 {
		n /= 10
		zeros++
	}
	return zeros >= 2 && n < 100
}

// sentenceScope returns the distinctive place words a sentence names:
// capitalised words that belong to a place of the story, without
// generic ones ("County", "St") and the story's main place.
func (d *doc) sentenceScope(s sentence, places storyPlaces) string {
	set := map[string]bool{}
	text := d.text
	depth := 0
	afterIn := false
	for k, t := range s.toks {
		// Parentheses aside: "8pm (8am Singapore time)".
		prev := s.s
		if k > 0 {
			prev = s.toks[k-1].e
		}
		depth += strings.Count(text[prev:t.s], "(") - strings.Count(text[prev:t.s], ")")
		if depth > 0 {
			continue
		}
		lw := strings.ToLower(t.w)
		if r := firstRune(t.w); r < 'A' || r > 'Z' {
			// "in the Spanish Lakes Communities": a named place the
			// recogniser may have missed.
			afterIn = lw == "in" || afterIn && lw == "the" && strings.ToLower(s.toks[max(k-1, 0)].w) == "in"
			continue
		}
		w := fold(t.w)
		if genericPlaceWords[w] {
			continue
		}
		if afterIn && !places.main[w] && !calendarWords[lw] && !(k == 0 && lw == "in") {
			set[w] = true
			continue
		}
		afterIn = lw == "in"
	}
	return strings.Join(sortedKeys(set), " ")
}

var genericPlaceWords = splitWords(`st st. saint county city state province north south east west new port fort
lake bay river island islands beach the of district coast united kingdom republic mount gulf ocean sea`)

// storyPlaces are the words of a story's places: the distinctive words
// of each place but the main one (the place the most documents name),
// and the main place's words.
type storyPlaces struct {
	distinct, main map[string]bool
}

func newStoryPlaces(ds *schema.Dataset) storyPlaces {
	mainID, mainDocs := "", 0
	for _, e := range ds.Entities {
		if e.Type != typePlace {
			continue
		}
		docs := map[string]bool{}
		for _, m := range e.Mentions {
			docs[m.Doc] = true
		}
		if len(docs) > mainDocs {
			mainID, mainDocs = e.ID, len(docs)
		}
	}
	p := storyPlaces{distinct: map[string]bool{}, main: map[string]bool{}}
	for _, e := range ds.Entities {
		if e.Type != typePlace {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(fold(n)) {
				w = strings.Trim(w, ".,")
				if e.ID == mainID {
					p.main[w] = true
				} else if len(w) > 2 && !genericPlaceWords[w] {
					p.distinct[w] = true
				}
			}
		}
	}
	for w := range p.main {
		delete(p.distinct, w)
	}
	return p
}

var calendarWords = splitWords(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter`)

// agree reports whether two figures can be one value: equal, or within
// 15% when either is approximate or round.
func agree(a, b figure) bool {
	if a.value == b.value {
		return true
	}
	if a.approx || b.approx {
		return math.Abs(a.value-b.value) <= 0.15*math.Max(a.value, b.value)
	}
	return false
}

// contestedFigures finds measures on which outlets give conflicting
// figures and returns one claim per measure and place.
func contestedFigures(docs []*doc, ds *schema.Dataset) []schema.Contested {
	places := newStoryPlaces(ds)
	clusters := map[string][]figure{}
	var keys []string
	for _, d := range docs {
		for _, f := range d.figuresIn(places) {
			k := f.class + "|" + f.scope
			if clusters[k] == nil {
				keys = append(keys, k)
			}
			clusters[k] = append(clusters[k], f)
		}
	}
	sort.Strings(keys)
	out := []schema.Contested{}
	for _, k := range keys {
		if c, ok := figureClaim(clusters[k]); ok {
			out = append(out, c)
		}
	}
	return out
}

// figureClaim turns one measure's figures into a claim when two outlets
// disagree: the figures are grouped by agreeing values; the group most
// outlets give is "for", the others "against".
func figureClaim(fs []figure) (schema.Contested, bool) {
	// Figures whose sentence shares no content word with any other
	// outlet's figure sentence are about something else.
	var kept []figure
	if strings.HasPrefix(fs[0].class, "title ") {
		// One person's titles in one competition: the class and scope
		// are context enough.
		kept = fs
	}
	loose := strings.HasPrefix(fs[0].class, "page") || strings.HasPrefix(fs[0].class, "duration")
	for i, f := range fs {
		if kept != nil && len(kept) == len(fs) {
			break
		}
		for j, g := range fs {
			if loose && !sharesEntity(f, g) {
				// A count of pages or minutes compares only where the
				// outlets name the same person or organisation.
				continue
			}
			if i != j && f.doc != g.doc && overlap(f.doc.text[f.doc.sents[f.sent].s:f.doc.sents[f.sent].e], g.doc.text[g.doc.sents[g.sent].s:g.doc.sents[g.sent].e]) >= 2 {
				kept = append(kept, f)
				break
			}
		}
	}
	if len(kept) < 2 {
		return schema.Contested{}, false
	}
	var groups [][]figure
	for _, f := range kept {
		placed := false
		for gi, g := range groups {
			ok := true
			for _, h := range g {
				if !agree(f, h) {
					ok = false
					break
				}
			}
			if ok {
				groups[gi] = append(groups[gi], f)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []figure{f})
		}
	}
	if len(groups) < 2 {
		return schema.Contested{}, false
	}
	docsOf := func(g []figure) map[*doc]bool {
		m := map[*doc]bool{}
		for _, f := range g {
			m[f.doc] = true
		}
		return m
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(docsOf(groups[i])) > len(docsOf(groups[j])) })
	// Cross-outlet: a figure of another group must come from an outlet
	// other than one giving the first group's figure.
	first := docsOf(groups[0])
	cross := false
	for _, g := range groups[1:] {
		for d := range docsOf(g) {
			if len(first) > 1 || !first[d] {
				cross = true
			}
		}
	}
	if !cross {
		return schema.Contested{}, false
	}
	// The ID names the measure and place, so that it survives new articles.
	c := schema.Contested{ID: "figures-" + slug(fs[0].class+" "+fs[0].scope)}
	var parts []string
	for gi, g := range groups {
		stance := "against"
		if gi == 0 {
			stance = "for"
		}
		var outlets []string
		for _, f := range g {
			s := f.doc.sents[f.sent]
			side := schema.Side{Stance: stance, Evidence: schema.Span{Doc: f.doc.id, Start: s.s, End: s.e}}
			if src := f.doc.claimSource(s); src != nil && src.global != nil {
				id := src.global.id
				side.Holder = &id
			}
			c.Sides = append(c.Sides, side)
			outlets = append(outlets, outletName(f.doc))
		}
		parts = append(parts, "“"+g[0].text+"” ("+strings.Join(uniqueStrings(outlets), ", ")+")")
	}
	c.Claim = "Figures differ on " + measureLabel(fs[0]) + ": " + strings.Join(parts, " vs ")
	return c, true
}

func measureLabel(f figure) string {
	if strings.HasPrefix(f.class, "title ") {
		return "how many " + strings.TrimPrefix(f.class, "title ") + " titles"
	}
	label := map[string]string{"death": "the death toll", "tornado": "the number of tornadoes", "page": "the number of pages",
		"power outage": "how many were without power", "injury": "the number injured", "duration": "how long it lasted"}[f.class]
	if f.scope != "" {
		label += " (" + titleCase(f.scope) + ")"
	}
	return label
}

func outletName(d *doc) string {
	if d.meta.Outlet != "" {
		return d.meta.Outlet
	}
	return d.id
}

func uniqueStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// sharesEntity reports whether two figures' sentences name a common
// person or organisation.
func sharesEntity(a, b figure) bool {
	ids := func(f figure) map[string]bool {
		s := f.doc.sents[f.sent]
		m := map[string]bool{}
		for _, x := range f.doc.mentionsIn(s.s, s.e) {
			if x.ent != nil && x.ent.global != nil && x.ent.global.typ != typePlace {
				m[x.ent.global.id] = true
			}
		}
		return m
	}
	ib := ids(b)
	for id := range ids(a) {
		if ib[id] {
			return true
		}
	}
	return false
}
