package extract

import (
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
	speaker  *docEntity
	cue      string
	kind     string
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
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || r == '"' && open < 0 && opensAt(text, ps, i, size):
			if open < 0 {
				open, openSize, straight = i, size, r == '"'
			}
		case (r == '”' || r == '"' && straight) && open >= 0:
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

// attributeQuotes finds each quotation's speaker and cue verb.
func (d *doc) attributeQuotes() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		q.kind = d.quoteKind(q)
		if q.headline {
			q.speaker = d.headlineSpeaker(q)
			continue
		}
		if sp, cue := d.speakerAfter(q); sp != nil {
			q.speaker, q.cue = sp, cue
			continue
		}
		if sp, cue := d.speakerBefore(q); sp != nil {
			q.speaker, q.cue = sp, cue
			continue
		}
		if sp, cue := d.speakerLaterInSentence(q); sp != nil {
			q.speaker, q.cue = sp, cue
			continue
		}
		// Continuation paragraphs and quote-only paragraphs inherit.
		if qi > 0 {
			p := d.quotes[qi-1]
			wholePara := q.os == d.paras[q.para][0] && (q.oe >= d.paras[q.para][1]-1 || q.openEnd)
			if q.contPrev || wholePara && p.para == q.para-1 && p.speaker != nil && !p.headline {
				q.speaker, q.cue = p.speaker, p.cue
			}
		}
	}
}

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
	for _, m := range d.ments {
		if m.s >= s && m.e <= e {
			out = append(out, m)
		}
	}
	for _, m := range d.refs {
		if m.s >= s && m.e <= e && m.ent != nil {
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
	return m.ent != nil && (m.ent.typ == typePerson || m.ent.typ == typeOrg) && !m.poss
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
		if sep == " as " && !isCapWord(seg[i+len(sep):]) {
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

// speakerAfter handles "“…,” Jane Roe said" and "“…,” said Jane Roe".
func (d *doc) speakerAfter(q *quoteSpan) (*docEntity, string) {
	pe := d.paras[q.para][1]
	i := q.oe
	rest := d.text[i:pe]
	trimmed := strings.TrimLeft(rest, " ,")
	if len(trimmed) == len(rest) && !strings.HasPrefix(rest, " ") {
		return nil, ""
	}
	start := pe - len(trimmed)
	// Look at the next few words.
	toks := tokenize(d.text, start, min(pe, start+120))
	if len(toks) == 0 {
		return nil, ""
	}
	// First word lower-case (a continuing sentence) or a name/pronoun.
	limit := min(len(toks), 7)
	for k := 0; k < limit; k++ {
		lw := strings.ToLower(toks[k].w)
		if !cueVerbs[lw] {
			if k > 0 && strings.ContainsAny(d.text[toks[k-1].e:toks[k].s], ".!?“”\"") {
				return nil, ""
			}
			continue
		}
		// Subject before the verb.
		for _, m := range d.mentionsIn(start, toks[k].s) {
			if canSpeak(m) && !strings.ContainsAny(d.text[start:m.s], ".!?“”") {
				return m.ent, d.cueText(toks, k)
			}
		}
		if k > 0 && !d.descriptorSubject(start, toks[k].s) {
			return nil, ""
		}
		// Verb before the subject: "said Jane Roe", "said the minister".
		end := start + 80
		if k+4 < len(toks) {
			end = toks[k+4].e
		}
		for _, m := range d.mentionsIn(toks[k].e, min(end, pe)) {
			if canSpeak(m) {
				return m.ent, toks[k].w
			}
		}
		return nil, ""
	}
	return nil, ""
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
// participles ("…, saying “…”") and "according to".
func (d *doc) speakerBefore(q *quoteSpan) (*docEntity, string) {
	si := d.sentenceAt(q.os)
	if si < 0 {
		return nil, ""
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
		return d.accordingTo(s)
	}
	verb := s.toks[cue]
	lw := strings.ToLower(verb.w)
	prev := ""
	if cue > 0 {
		prev = strings.ToLower(s.toks[cue-1].w)
	}
	ms := d.mentionsIn(s.s, verb.s)
	var speakers []mention
	for _, m := range ms {
		if canSpeak(m) && !d.inQuote(m.s) {
			speakers = append(speakers, m)
		}
	}
	if len(speakers) == 0 {
		if sp, c := d.accordingTo(s); sp != nil {
			return sp, c
		}
		return nil, ""
	}
	if strings.HasSuffix(lw, "ing") || prev == "and" || prev == "but" {
		// The clause's subject: the first mention not after a preposition.
		for _, m := range speakers {
			if !prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
				return m.ent, verb.w
			}
		}
		return speakers[0].ent, verb.w
	}
	// The nearest subject before the verb.
	for k := len(speakers) - 1; k >= 0; k-- {
		m := speakers[k]
		pw := strings.ToLower(prevWordBefore(d.text, m.s))
		if prepositions[pw] && pw != "and" {
			continue
		}
		return m.ent, d.cueText(s.toks, cue)
	}
	return speakers[len(speakers)-1].ent, verb.w
}

// accordingTo finds "according to Jane Roe" in a sentence.
func (d *doc) accordingTo(s sentence) (*docEntity, string) {
	for k := 0; k+2 < len(s.toks); k++ {
		if strings.EqualFold(s.toks[k].w, "according") && strings.EqualFold(s.toks[k+1].w, "to") {
			for _, m := range d.mentionsIn(s.toks[k+2].s, min(s.e, s.toks[k+2].s+60)) {
				if canSpeak(m) {
					return m.ent, "according to"
				}
			}
		}
	}
	return nil, ""
}

// speakerLaterInSentence handles a cue after the quote in the same
// sentence: "“…” was how Jane Roe put it".
func (d *doc) speakerLaterInSentence(q *quoteSpan) (*docEntity, string) {
	si := d.sentenceAt(q.os)
	if si < 0 {
		return nil, ""
	}
	s := d.sents[si]
	if sp, c := d.accordingTo(s); sp != nil {
		return sp, c
	}
	return nil, ""
}

// schemaQuotes converts quotations to dataset quotes.
func (d *doc) schemaQuotes(reg *registry) []schema.Quote {
	var out []schema.Quote
	for i, q := range d.quotes {
		sq := schema.Quote{
			ID:       d.id + "-q" + itoa(i+1),
			Doc:      d.id,
			Text:     d.text[q.s:q.e],
			Start:    q.s,
			End:      q.e,
			Kind:     q.kind,
			Cue:      q.cue,
			Headline: q.headline,
		}
		if q.speaker != nil && q.speaker.global != nil {
			id := q.speaker.global.id
			sq.Speaker = &id
		}
		out = append(out, sq)
	}
	return out
}
