package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// quoteSpan is one direct quotation: inner text [s, e), marks [os, oe).
type quoteSpan struct {
	s, e     int
	os, oe   int
	para     int
	openEnd  bool // runs on to the next paragraph
	contPrev bool // continues a quotation of the previous paragraph
	headline bool
	viaRole  bool // speaker found through "the spokesperson"
	speaker  *docEntity
	cue      string
	kind     string
	rule     string  // what chose the speaker (SpeakerRule)
	conf     float64 // how sure (SpeakerConfidence)
}

// findQuoteSpans finds quotations in every paragraph: curly and straight,
// double and single quotation marks. Apostrophes inside words are skipped.
func (d *doc) findQuoteSpans() {
	prevOpen := false
	for pi, ps := range d.paras {
		qs := quotesIn(d.text, ps[0], ps[1])
		for k := range qs {
			qs[k].para = pi
			qs[k].headline = d.heading[pi]
		}
		if prevOpen && len(qs) > 0 && qs[0].os == ps[0] {
			qs[0].contPrev = true
		}
		prevOpen = len(qs) > 0 && qs[len(qs)-1].openEnd
		for _, q := range qs {
			if q.e <= q.s {
				continue
			}
			d.quotes = append(d.quotes, q)
		}
	}
}

// quotesIn scans text[ps:pe] for quotations.
func quotesIn(text string, ps, pe int) []quoteSpan {
	var out []quoteSpan
	open := -1 // offset of an open double mark
	openSize := 0
	straight := false
	for i := ps; i < pe; {
		r, size := markAt(text, i, pe)
		switch {
		case r == '“' || r == '"' && open < 0 && opensAt(text, ps, i, size):
			if open < 0 {
				open, openSize, straight = i, size, r == '"'
			}
		case (r == '”' || r == '"' && (straight || mixedClose(text, i, size, pe))) && open >= 0:
			out = append(out, makeQuote(text, open, open+openSize, i, i+size))
			open = -1
		case (r == '‘' || r == '\'') && open < 0 && opensAt(text, ps, i, size):
			// Single quotes: find a closing mark followed by a non-letter.
			if j, js := closingSingle(text, i+size, pe, r); j >= 0 {
				out = append(out, makeQuote(text, i, i+size, j, j+js))
				i = j + js
				continue
			}
		}
		i += size
	}
	if open >= 0 {
		q := makeQuote(text, open, open+openSize, pe, pe)
		q.openEnd = true
		out = append(out, q)
	}
	return out
}

// markAt decodes the rune at i, reading a doubled apostrophe as one
// double quotation mark: ”…” and ’’…’’ as straight marks, ‘‘ as an
// opening curly mark.
func markAt(text string, i, pe int) (rune, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' && r != '‘' || i+2*size > pe {
		return r, size
	}
	if r2, s2 := utf8.DecodeRuneInString(text[i+size:]); r2 == r && s2 == size {
		if r == '‘' {
			return '“', 2 * size
		}
		return '"', 2 * size
	}
	return r, size
}

// mixedClose reports whether the straight mark at i closes a quotation
// opened with a curly mark ("“…," Jane Roe said): it ends a word, and no
// curly closing mark follows in the paragraph, so that a straight-quoted
// phrase inside a well-formed curly quotation stays inside it.
func mixedClose(text string, i, size, pe int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) || strings.ContainsRune(text[i+size:pe], '”') {
		return false
	}
	if i+size >= pe {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return !isWordRune(next)
}

// opensAt reports whether the mark at i can open a quotation: at the start
// or after space or punctuation, and followed by a word character.
func opensAt(text string, ps, i, size int) bool {
	if i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if !(isWordRune(next) || next == '.' || next == '(' || next == '$') {
		return false
	}
	if i == ps {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:;,/", prev)
}

// closingSingle finds the mark closing a single-quoted span opened with
// open, skipping apostrophes inside words.
func closingSingle(text string, from, pe int, open rune) (int, int) {
	for j := from; j < pe; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if (r == '’' || r == '\'' && open == '\'') && j > from {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			var next rune = ' '
			if j+size < pe {
				next, _ = utf8.DecodeRuneInString(text[j+size:])
			}
			if !unicode.IsSpace(prev) && !isWordRune(next) {
				return j, size
			}
		}
		if r == '“' || r == '”' {
			return -1, 0
		}
		j += size
	}
	return -1, 0
}

// makeQuote trims the inner text of a quotation.
func makeQuote(text string, os, s, e, oe int) quoteSpan {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		e -= size
	}
	return quoteSpan{s: s, e: e, os: os, oe: oe}
}

// attributeQuotes finds each quotation's speaker and cue verb: the rules
// propose, the ranker (speaker_rank.go) decides.
func (d *doc) attributeQuotes() {
	d.attributeByRules()
	d.rankSpeakers()
}

// attributeByRules finds each quotation's speaker and cue verb by rules.
func (d *doc) attributeByRules() {
	var lastRoleOrg *docEntity
	for qi := range d.quotes {
		q := &d.quotes[qi]
		q.kind = d.quoteKind(q)
		if q.headline {
			q.speaker, q.rule = d.headlineSpeaker(q), "headline"
			continue
		}
		var prev *quoteSpan
		if qi > 0 {
			prev = &d.quotes[qi-1]
		}
		m, cue, role := d.speakerAfter(q, lastRoleOrg)
		rule := "after"
		if m == nil && role == nil && cue != "" {
			// "“…,” rescuers told a boy": a speaker the text does not name.
			q.cue = cue
			continue
		}
		if m == nil && role == nil {
			m, cue, role = d.speakerBefore(q, lastRoleOrg)
			rule = "before"
		}
		if m == nil && role == nil {
			m, cue = d.speakerLaterInSentence(q)
			rule = "later"
		}
		switch {
		case role != nil:
			q.speaker, q.cue, q.viaRole, q.rule = role, cue, true, rule+"-role"
			lastRoleOrg = role
			continue
		case m != nil:
			q.speaker, q.cue, q.rule = m.ent, cue, rule
			if m.kind == kindPronoun {
				q.rule = rule + "-pronoun"
			}
			// "he wrote" after "said the spokesperson": the same source.
			if m.kind == kindPronoun && prev != nil && prev.viaRole && d.sentenceAt(q.os)-d.sentenceAt(prev.os) <= 2 && !d.namedPersonBetween(prev.oe, q.os, nil) {
				q.speaker, q.viaRole, q.rule = prev.speaker, true, "previous-role"
			}
			continue
		}
		// A quote-only paragraph after "… issued the following statement:".
		if q.os == d.paras[q.para][0] && q.para > 0 {
			pp := d.paras[q.para-1]
			if strings.HasSuffix(strings.TrimSpace(d.text[pp[0]:pp[1]]), ":") {
				if sp := d.statementSpeaker(pp[1] - 1); sp != nil {
					q.speaker, q.rule = sp, "statement"
					continue
				}
			}
		}
		if prev == nil || prev.speaker == nil || prev.headline {
			continue
		}
		// A second quotation in the same paragraph, a continuation
		// paragraph, or a quote-only paragraph after a quote inherits.
		wholePara := q.os == d.paras[q.para][0] && (q.oe >= d.paras[q.para][1]-1 || q.openEnd)
		samePara := prev.para == q.para && !d.namedPersonBetween(prev.oe, q.os, prev.speaker)
		if q.contPrev || samePara || wholePara && prev.para == q.para-1 {
			q.speaker, q.cue, q.viaRole, q.rule = prev.speaker, prev.cue, prev.viaRole, "inherit"
		}
	}
	// A quotation left open at the end of its paragraph runs on into the
	// next one, and the attribution may come only there: "“…" then
	// "“…,” he said." Walk back so that a chain of such paragraphs takes
	// the speaker found at its end.
	for qi := len(d.quotes) - 2; qi >= 0; qi-- {
		q, next := &d.quotes[qi], &d.quotes[qi+1]
		if q.speaker == nil && !q.headline && q.openEnd && next.contPrev && next.speaker != nil {
			q.speaker, q.cue, q.viaRole, q.rule = next.speaker, next.cue, next.viaRole, "run-on"
		}
	}
}

// namedPersonBetween reports a named person outside quotations in [s, e).
func (d *doc) namedPersonBetween(s, e int, except *docEntity) bool {
	for _, m := range d.ments {
		if m.s >= s && m.e <= e && m.ent.typ == typePerson && m.ent != except && !d.inQuote(m.s) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether a mention is the object of a
// preposition ("for the Chinese Embassy").
func (d *doc) afterPreposition(m mention) bool {
	i := m.s
	for k := 0; k < 3; k++ {
		w := strings.ToLower(prevWordBefore(d.text, i))
		if w == "" {
			return false
		}
		switch w {
		case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that":
			i = strings.LastIndex(d.text[:i], w)
			if i < 0 {
				return false
			}
			continue
		}
		return prepositions[w] && w != "and" && w != "or" && w != "but"
	}
	return false
}

// roleNP resolves a subject without a name ("a State Department
// spokesperson", "the U.S. official"): the organisation named in it, or
// for a definite phrase the organisation last quoted that way.
func (d *doc) roleNP(s, e int, lastRoleOrg *docEntity) *docEntity {
	if e <= s || wordCount(d.text[s:e]) > 7 {
		return nil
	}
	phrase := strings.ToLower(d.text[s:e])
	hasRole := false
	for _, w := range strings.Fields(strings.Trim(phrase, " ,")) {
		if sourceNouns[strings.Trim(w, ",.")] {
			hasRole = true
		}
	}
	if !hasRole {
		return nil
	}
	for _, m := range d.mentionsIn(s, e) {
		if m.ent.typ == typeOrg {
			return m.ent
		}
	}
	if strings.HasPrefix(strings.TrimLeft(phrase, " ,"), "the ") {
		return lastRoleOrg
	}
	return nil
}

// sourceNouns name an unnamed source speaking for an organisation.
var sourceNouns = splitWords(`spokesperson spokesman spokeswoman spokespeople official officials representative
representatives statement report aide aides source sources office ministry department agency`)

// quoteKind is "full" for quoted sentences, "partial" for phrases.
func (d *doc) quoteKind(q *quoteSpan) string {
	r := firstRune(d.text[q.s:q.e])
	if !unicode.IsUpper(r) || wordCount(d.text[q.s:q.e]) < 3 {
		return "partial"
	}
	if q.os == d.paras[q.para][0] || q.contPrev {
		return "full"
	}
	before := strings.TrimRight(d.text[d.paras[q.para][0]:q.os], " ")
	if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, ".") {
		return "full"
	}
	if cueVerbs[strings.ToLower(lastWord(before))] {
		return "full"
	}
	return "partial"
}

func lastWord(s string) string {
	return prevWordBefore(s, len(s))
}

// mentionsIn returns named and resolved mentions in [s, e), in order.
func (d *doc) mentionsIn(s, e int) []mention {
	var out []mention
	// Both lists are sorted by start offset.
	for i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= s }); i < len(d.ments) && d.ments[i].s < e; i++ {
		if m := d.ments[i]; m.e <= e {
			out = append(out, m)
		}
	}
	for i := sort.Search(len(d.refs), func(i int) bool { return d.refs[i].s >= s }); i < len(d.refs) && d.refs[i].s < e; i++ {
		if m := d.refs[i]; m.e <= e && m.ent != nil {
			out = append(out, m)
		}
	}
	sortMentions(out)
	return out
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].s < ms[j-1].s; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// canSpeak reports whether an entity may be a quote's speaker.
func canSpeak(m mention) bool {
	return m.ent != nil && (m.ent.typ == typePerson || m.ent.typ == typeOrg) && !m.poss && !m.dateline
}

// headlineSpeaker credits a headline quote only to a person who is the
// subject of a verb before it ("Jane Roe rejects plan as ‘nonsense’").
func (d *doc) headlineSpeaker(q *quoteSpan) *docEntity {
	ps := d.paras[q.para][0]
	clause := ps
	seg := d.text[ps:q.os]
	for _, sep := range []string{": ", " – ", " — ", " - ", " as ", " | ", "; "} {
		i := strings.LastIndex(seg, sep)
		if i < 0 || ps+i+len(sep) <= clause {
			continue
		}
		// "as" starts a clause only before a new subject: "as Roe hails…".
		if sep == " as " && i+len(sep) == len(seg) {
			continue
		}
		clause = ps + i + len(sep)
	}
	ms := d.mentionsIn(clause, q.os)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.ent.typ != typePerson || m.poss || d.inQuote(m.s) {
			continue
		}
		between := strings.TrimSpace(d.text[m.e:q.os])
		if wordCount(between) == 0 {
			return nil
		}
		return m.ent
	}
	return nil
}

// speakerAfter handles "“…,” Jane Roe said", "“…,” said Jane Roe" and
// "“…,” said the spokesperson".
func (d *doc) speakerAfter(q *quoteSpan, lastRoleOrg *docEntity) (*mention, string, *docEntity) {
	pe := d.paras[q.para][1]
	rest := d.text[q.oe:pe]
	trimmed := strings.TrimLeft(rest, " ,")
	if len(trimmed) == len(rest) && !strings.HasPrefix(rest, " ") {
		return nil, "", nil
	}
	start := pe - len(trimmed)
	// "“…” — Jane Roe": a dash and a name closing the paragraph.
	if strings.HasPrefix(trimmed, "—") || strings.HasPrefix(trimmed, "–") || strings.HasPrefix(trimmed, "―") || strings.HasPrefix(trimmed, "- ") {
		for _, m := range d.mentionsIn(start, pe) {
			if canSpeak(m) && wordCount(d.text[m.e:pe]) <= 6 {
				mm := m
				return &mm, "", nil
			}
			break
		}
	}
	toks := tokenize(d.text, start, min(pe, start+160))
	limit := min(len(toks), 9)
	for k := 0; k < limit; k++ {
		if k > 0 && scanStops(d.text, toks[k-1], toks[k].s) {
			return nil, "", nil
		}
		lw := strings.ToLower(toks[k].w)
		if lw == "quoted" {
			// "Acme quoted an official as saying": the one quoted speaks.
			for j := k + 1; j+1 < limit && j < k+8; j++ {
				if strings.EqualFold(toks[j].w, "as") && strings.EqualFold(toks[j+1].w, "saying") {
					for _, m := range d.mentionsIn(toks[k].e, toks[j].s) {
						if canSpeak(m) {
							mm := m
							return &mm, "quoted", nil
						}
					}
					return nil, "quoted", nil
				}
			}
		}
		if !cueVerbs[lw] {
			continue
		}
		// After a quotation that ends its own sentence, the words that
		// follow must close the attribution, not open a new quotation.
		if inner := strings.TrimSpace(d.text[q.s:q.e]); inner != "" && strings.ContainsRune(".!?…", lastRuneOf(inner)) {
			tail := d.text[toks[k].e:pe]
			if i := strings.IndexAny(tail, ".!?:"); i >= 0 && tail[i] == ':' {
				return nil, "", nil
			}
		}
		// Subject before the verb.
		for _, m := range d.mentionsIn(start, toks[k].s) {
			if canSpeak(m) && !d.afterPreposition(m) {
				mm := m
				if r := d.roleNP(start, toks[k].s, lastRoleOrg); r != nil && m.ent.typ != typePerson {
					return nil, d.cueText(toks, k), r
				}
				return &mm, d.cueText(toks, k), nil
			}
		}
		if r := d.roleNP(start, toks[k].s, lastRoleOrg); r != nil {
			return nil, d.cueText(toks, k), r
		}
		if k > 0 && wordCount(d.text[start:toks[k].s]) > 3 {
			return nil, "", nil
		}
		if np := d.text[start:toks[k].s]; k > 0 && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(strings.TrimSpace(np), ",") && isPlainNounPhrase(np) {
			return nil, d.cueText(toks, k), nil // unnamed: "rescuers told"
		}
		// Verb before the subject: "said Jane Roe", "said the spokesperson".
		end := pe
		if k+6 < len(toks) {
			end = toks[k+6].e
		}
		npEnd := end
		for j := k + 1; j < len(toks) && toks[j].e <= end; j++ {
			if strings.ContainsAny(d.text[toks[j-1].e:toks[j].s], ",;.:") {
				npEnd = toks[j-1].e
				break
			}
		}
		// "said Acme Research analyst Jane Roe": the named person in the
		// phrase speaks, not the firm that describes them.
		for _, m := range d.mentionsIn(toks[k].e, npEnd) {
			if canSpeak(m) && m.ent.typ == typePerson && m.kind == kindName {
				mm := m
				return &mm, toks[k].w, nil
			}
		}
		for _, m := range d.mentionsIn(toks[k].e, npEnd) {
			if canSpeak(m) {
				mm := m
				if r := d.roleNP(toks[k].e, npEnd, lastRoleOrg); r != nil && m.ent.typ != typePerson {
					return nil, toks[k].w, r
				}
				return &mm, toks[k].w, nil
			}
		}
		if r := d.roleNP(toks[k].e, npEnd, lastRoleOrg); r != nil {
			return nil, toks[k].w, r
		}
		return nil, "", nil
	}
	return nil, "", nil
}

// descriptorSubject reports whether text[s:e] is a short noun phrase (a
// subject without a name, such as "the spokesman").
func (d *doc) descriptorSubject(s, e int) bool {
	return wordCount(d.text[s:e]) <= 3
}

// cueText is the reporting verb, with "reporters" when it is the object.
func (d *doc) cueText(toks []token, k int) string {
	if k+1 < len(toks) && strings.EqualFold(toks[k+1].w, "reporters") {
		return toks[k].w + " reporters"
	}
	return toks[k].w
}

// speakerBefore handles "Jane Roe said: “…”", "Jane Roe told X that … “…”",
// participles ("…, saying “…”"), "according to" and quotes introduced by
// a colon.
func (d *doc) speakerBefore(q *quoteSpan, lastRoleOrg *docEntity) (*mention, string, *docEntity) {
	si := d.sentenceAt(q.os)
	if si < 0 {
		return nil, "", nil
	}
	s := d.sents[si]
	cue := -1
	for k, t := range s.toks {
		if t.s >= q.os {
			break
		}
		if d.inQuote(t.s) {
			continue
		}
		if cueVerbs[strings.ToLower(t.w)] {
			cue = k
		}
	}
	if cue < 0 {
		if m, c := d.accordingTo(s); m != nil {
			return m, c, nil
		}
		// "Jane Roe repeated the words: “…”"
		if strings.HasSuffix(strings.TrimRight(d.text[s.s:q.os], " "), ":") {
			for _, m := range d.mentionsIn(s.s, q.os) {
				if canSpeak(m) && !d.inQuote(m.s) && !d.afterPreposition(m) {
					mm := m
					return &mm, "", nil
				}
			}
		}
		return nil, "", nil
	}
	verb := s.toks[cue]
	lw := strings.ToLower(verb.w)
	prev := ""
	if cue > 0 {
		prev = strings.ToLower(s.toks[cue-1].w)
	}
	var speakers []mention
	for _, m := range d.mentionsIn(s.s, verb.s) {
		if canSpeak(m) && !d.inQuote(m.s) {
			speakers = append(speakers, m)
		}
	}
	if len(speakers) == 0 {
		if m, c := d.accordingTo(s); m != nil {
			return m, c, nil
		}
		// "Said the mayor, Jane Roe: “…”"
		for _, m := range d.mentionsIn(verb.e, q.os) {
			if canSpeak(m) && !d.inQuote(m.s) && !d.afterPreposition(m) {
				mm := m
				return &mm, verb.w, nil
			}
		}
		if r := d.roleNP(s.s, verb.s, lastRoleOrg); r != nil {
			return nil, verb.w, r
		}
		return nil, "", nil
	}
	pick := func(m mention, c string) (*mention, string, *docEntity) {
		return &m, c, nil
	}
	if strings.HasSuffix(lw, "ing") || prev == "and" || prev == "but" {
		// The clause's subject: the first mention not after a preposition.
		for _, m := range speakers {
			if !d.afterPreposition(m) {
				return pick(m, verb.w)
			}
		}
		return pick(speakers[0], verb.w)
	}
	// "Jane Roe, a spokesperson for Acme, who told …": the person.
	if prev == "who" {
		for k := len(speakers) - 1; k >= 0; k-- {
			if speakers[k].ent.typ == typePerson && speakers[k].kind == kindName {
				return pick(speakers[k], d.cueText(s.toks, cue))
			}
		}
	}
	// "Jane Roe, Acme's director for Africa, said": organisations and
	// places after a person's name and a comma describe the person.
	if first := speakers[0]; first.ent.typ == typePerson && first.kind == kindName && !d.afterPreposition(first) &&
		strings.HasPrefix(d.text[first.e:], ",") && onlyNonPersons(speakers[1:]) {
		return pick(first, d.cueText(s.toks, cue))
	}
	// The nearest subject before the verb.
	for k := len(speakers) - 1; k >= 0; k-- {
		m := speakers[k]
		// Right before the verb it is the subject ("after he said").
		adjacent := wordCount(d.text[m.e:verb.s]) <= 1 && !strings.ContainsAny(d.text[m.e:verb.s], ",;")
		if d.afterPreposition(m) && !adjacent {
			continue
		}
		if r := d.roleNP(m.s, verb.s, lastRoleOrg); r != nil && m.ent.typ != typePerson {
			return nil, d.cueText(s.toks, cue), r
		}
		return pick(m, d.cueText(s.toks, cue))
	}
	return pick(speakers[len(speakers)-1], verb.w)
}

// accordingTo finds "according to Jane Roe" in a sentence.
func (d *doc) accordingTo(s sentence) (*mention, string) {
	for k := 0; k+2 < len(s.toks); k++ {
		if strings.EqualFold(s.toks[k].w, "according") && strings.EqualFold(s.toks[k+1].w, "to") {
			for _, m := range d.mentionsIn(s.toks[k+2].s, min(s.e, s.toks[k+2].s+60)) {
				if canSpeak(m) {
					return &m, "according to"
				}
			}
		}
	}
	return nil, ""
}

// speakerLaterInSentence handles a cue after the quote in the same
// sentence: "“…” was how Jane Roe put it".
func (d *doc) speakerLaterInSentence(q *quoteSpan) (*mention, string) {
	si := d.sentenceAt(q.os)
	if si < 0 {
		return nil, ""
	}
	return d.accordingTo(d.sents[si])
}

// schemaQuotes converts quotations to dataset quotes.
func (d *doc) schemaQuotes(reg *registry) []schema.Quote {
	var out []schema.Quote
	n := 0
	for _, q := range d.quotes {
		if d.notSpeech(q) {
			continue
		}
		n++
		sq := schema.Quote{
			ID:       quoteID(d.id, d.text[q.s:q.e]),
			Doc:      d.id,
			Text:     d.text[q.s:q.e],
			Start:    q.s,
			End:      q.e,
			Kind:     q.kind,
			Cue:      q.cue,
			Headline: q.headline,
			Sources:  []schema.Source{{Doc: d.id, Start: q.s, End: q.e, Text: d.text[q.s:q.e]}},
		}
		if q.speaker != nil && q.speaker.global != nil {
			id := q.speaker.global.id
			sq.Speaker = &id
		}
		if q.rule != "" {
			// Also when abstaining: how sure the best candidate was.
			sq.SpeakerConfidence = q.conf
			sq.SpeakerRule = q.rule
		}
		out = append(out, sq)
	}
	uniqueQuoteIDs(out) // the same words quoted twice
	return out
}

// statementSpeaker returns who introduces a quotation with a colon at
// offset colon: the person, else the organisation, that is the subject.
func (d *doc) statementSpeaker(colon int) *docEntity {
	si := d.sentenceAt(colon)
	if si < 0 {
		return nil
	}
	s := d.sents[si]
	var org *docEntity
	for _, m := range d.mentionsIn(s.s, s.e) {
		if !canSpeak(m) || d.inQuote(m.s) || d.afterPreposition(m) {
			continue
		}
		if m.ent.typ == typePerson {
			return m.ent
		}
		if org == nil {
			org = m.ent
		}
	}
	return org
}

// isPlainNounPhrase reports a short lower-case subject such as "rescuers"
// or "a resident" (but not a pronoun).
func isPlainNounPhrase(t string) bool {
	ws := strings.Fields(strings.Trim(t, " ,"))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if isCapWord(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
		switch lw {
		case "a", "an", "the", "some", "many", "several", "two", "three", "one", "other", "local":
			continue
		}
		if stopwords[lw] {
			return false
		}
	}
	return true
}

// notSpeech reports quotation marks around a title of a work or a name
// rather than speech: “Peace Through Strength”, “Jane Roe”.
func (d *doc) notSpeech(q quoteSpan) bool {
	inner := strings.TrimRight(d.text[q.s:q.e], ",")
	ws := strings.Fields(inner)
	if len(ws) < 2 || len(ws) > 6 || strings.ContainsAny(inner[len(inner)-1:], ".!?") {
		return false
	}
	for _, w := range ws {
		if !isCapWord(w) && !stopwords[strings.ToLower(w)] {
			return false
		}
	}
	// All words capitalised: a title, unless a reporting verb frames it.
	return q.speaker == nil || q.headline
}

// onlyNonPersons reports whether no mention names a person.
func onlyNonPersons(ms []mention) bool {
	for _, m := range ms {
		if m.ent.typ == typePerson {
			return false
		}
	}
	return true
}

// scanStops reports whether the gap between token prev and the next token
// at next ends an attribution scan: sentence punctuation or a quotation
// mark, except the period of an honorific or an initial inside a name
// ("Mr. Doe", "Rep. Jane Doe", "Jane Q. Doe").
func scanStops(text string, prev token, next int) bool {
	gap := text[prev.e:next]
	if !strings.ContainsAny(gap, ".!?“”\"") {
		return false
	}
	return !(strings.TrimSpace(gap) == "." && nameDot(prev.w))
}

// nameDot reports a word whose period does not end a sentence inside a
// name: an honorific or title abbreviation, or a single capital initial.
func nameDot(w string) bool {
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return true
	}
	lw := strings.ToLower(w)
	return abbreviations[lw] && !weakAbbreviations[lw] || len(w) <= 4 && honorifics[w]
}
