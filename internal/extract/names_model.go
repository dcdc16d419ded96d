package extract

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/learn"
)

// The name tagger: an averaged-perceptron sequence tagger over the tokens
// of a sentence with BILOU labels for person, org and place (train_names.go
// trains it). It proposes the spans and types of names; the document-level
// rules of linkNames then link them into entities.

//go:embed models/names.model
var namesModelData []byte

var (
	namesOnce   sync.Once
	namesTagger *learn.Tagger
)

// namesModel returns the embedded tagger, keyed by feature hashes, or nil
// when the file holds no model yet (before the first `make train`).
func namesModel() *learn.Tagger {
	namesOnce.Do(func() {
		if len(namesModelData) == 0 {
			return
		}
		m, err := learn.Decode("models/names.model", namesModelData)
		if err != nil {
			panic(err) // the embedded file is checked by TestNamesModelDecodes
		}
		h, err := m.Hashed()
		if err != nil {
			panic(fmt.Sprintf("models/names.model: %v", err))
		}
		namesTagger = h.Constrain(bilouAllowed(h.Labels))
	})
	return namesTagger
}

// nameLabels are the tagger's labels: O, then B I L U for each type.
var nameLabels = func() []string {
	out := []string{"O"}
	for _, t := range []string{typePerson, typeOrg, typePlace} {
		for _, p := range []string{"B", "I", "L", "U"} {
			out = append(out, p+"-"+t)
		}
	}
	return out
}()

// labelPart splits label k into its position letter and type.
func labelPart(labels []string, k int) (byte, string) {
	l := labels[k]
	if l == "O" {
		return 'O', ""
	}
	return l[0], l[2:]
}

// bilouAllowed returns the transition constraint of BILOU labels: inside
// and last follow begin or inside of the same type; begin, unit and
// outside follow outside, last, unit or the start.
func bilouAllowed(labels []string) func(prev, cur int) bool {
	n := len(labels)
	ok := make([]bool, (n+1)*n)
	for p := -1; p < n; p++ {
		pp, pt := byte('O'), ""
		if p >= 0 {
			pp, pt = labelPart(labels, p)
		}
		for c := 0; c < n; c++ {
			cp, ct := labelPart(labels, c)
			open := pp == 'B' || pp == 'I'
			switch cp {
			case 'I', 'L':
				ok[(p+1)*n+c] = open && pt == ct
			default:
				ok[(p+1)*n+c] = !open
			}
		}
	}
	return func(prev, cur int) bool { return ok[(prev+1)*n+cur] }
}

// nameSpan is a run of tokens [i, j] of sentence si tagged with a type.
type nameSpan struct {
	si, i, j int
	typ      string
}

// spansOf turns a label sequence into spans.
func spansOf(labels []string, si int, tags []int) []nameSpan {
	var out []nameSpan
	start := -1
	for k, t := range tags {
		p, typ := labelPart(labels, t)
		switch p {
		case 'U':
			out = append(out, nameSpan{si, k, k, typ})
			start = -1
		case 'B':
			start = k
		case 'L':
			if start >= 0 {
				out = append(out, nameSpan{si, start, k, typ})
			}
			start = -1
		case 'O':
			start = -1
		}
	}
	return out
}

// tagNames tags every sentence and returns the tagger's names as
// candidates. cands and ruled are the rules' reading, a feature.
func (d *doc) tagNames(m *learn.Tagger, cands []cand, ruled []*docEntity) []cand {
	fc := d.nameFeatureContext(cands, ruled)
	fw := featWriter{hashed: true}
	var out []cand
	for si, s := range d.sents {
		if len(s.toks) == 0 {
			continue
		}
		fw.reset()
		d.sentenceNameFeatures(fc, si, &fw)
		for _, sp := range spansOf(m.Labels(), si, m.Tag(fw.sequence())) {
			if c, ok := d.spanCand(sp); ok {
				out = append(out, c)
			}
		}
	}
	return d.dropWorks(d.headlineNames(d.widenToRules(out, cands, ruled)))
}

// headlineNames drops names from title-case headings ("State Department
// Official Tells Congress") that neither the gazetteer nor the body knows.
func (d *doc) headlineNames(cands []cand) []cand {
	var body strings.Builder
	for _, s := range d.sents {
		if !d.heading[s.para] {
			body.WriteString(d.text[s.s:s.e])
			body.WriteByte('\n')
		}
	}
	text := body.String()
	lower := strings.ToLower(text)
	out := cands[:0]
	for _, c := range cands {
		s := d.sents[c.sent]
		name := d.text[c.s:c.e]
		_, _, gaz := gazetteer(strings.Join(c.words, " "))
		if d.heading[s.para] && !gaz {
			// An all-caps subhead that reads as prose ("WHAT HAPPENS NEXT")
			// is no organisation; the headline, a dateline with its date
			// and a heading that is only a name (a newspaper in a press
			// digest: "EL PAIS") stay.
			caps := allCapsSentence(s.toks) || isAllCapsWord(strings.ReplaceAll(d.text[s.s:s.e], " ", ""))
			if caps && s.para > 0 && len(c.words) >= 2 && proseHeading(s.toks) && !strings.ContainsAny(d.text[s.s:s.e], "0123456789") && !strings.Contains(lower, strings.ToLower(name)) {
				continue
			}
			if titleCaseSentence(s.toks) && !strings.Contains(text, name) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// proseHeading reports a heading with a function word or four words or
// more: a phrase rather than a name.
func proseHeading(toks []token) bool {
	if len(toks) >= 4 {
		return true
	}
	for _, t := range toks {
		if stopwords[strings.ToLower(t.w)] {
			return true
		}
	}
	return false
}

// titleCaseSentence reports a heading with most words capitalised.
func titleCaseSentence(toks []token) bool {
	ps := make([]piece, len(toks))
	for i, t := range toks {
		ps[i] = piece{w: t.w, init: i == 0}
	}
	return isTitleCase(ps)
}

// widenToRules lets a longer rule name replace the tagger's names inside
// it when the rules joined them over a connector ("Bureau of Near Eastern
// Affairs", "Office of Science and Technology Policy") or the gazetteer
// knows the whole: names split at "of", "and", "&" or "for".
func (d *doc) widenToRules(out, cands []cand, ruled []*docEntity) []cand {
	var wide []cand
	for k, c := range cands {
		if ruled[k] == nil || len(c.words) < 2 {
			continue
		}
		_, _, gaz := gazetteer(strings.Join(c.words, " "))
		connector, inside := false, 0
		for _, w := range c.words[1 : len(c.words)-1] {
			if w == "of" || w == "and" || w == "&" || w == "for" || w == "on" {
				connector = true
			}
		}
		for _, o := range out {
			if c.s <= o.s && o.e <= c.e {
				inside++
			}
		}
		// "Cape Canaveral Air Force Station": one rule name the tagger cut
		// in two, its type from a lexicon or a rule.
		split := inside >= 2 && ruled[k].by != byDefault
		if gaz && len(c.words) >= 3 || connector && len(c.words) >= 3 || split {
			wide = append(wide, c)
		}
	}
	// A one-letter platform ("posted on X") the tagger never learnt.
	for k, c := range cands {
		e := ruled[k]
		if e == nil || len(c.words) != 1 || utf8.RuneCountInString(c.words[0]) != 1 {
			continue
		}
		overlap := false
		for _, o := range out {
			if o.s < c.e && c.s < o.e {
				overlap = true
				break
			}
		}
		if !overlap {
			c.known = false
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].s < out[b].s })
	if len(wide) == 0 {
		return out
	}
	var res []cand
	used := map[int]bool{}
	for _, c := range out {
		replaced := false
		for k, r := range wide {
			if r.s <= c.s && c.e <= r.e && (r.s < c.s || c.e < r.e) {
				if !used[k] {
					used[k] = true
					r.model = c.model
					if _, _, gaz := gazetteer(strings.Join(r.words, " ")); gaz {
						r.model = ""
					}
					r.known = false
					res = append(res, r)
				}
				replaced = true
				break
			}
		}
		if !replaced {
			res = append(res, c)
		}
	}
	return res
}

// corporateSuffixes and nameSuffixes belong to the name before them
// ("Acme LLC", "John Doe Jr."), when the tagger leaves them out.
var (
	corporateSuffixes = splitWords(`Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP Plc PLC plc AG SA NV GmbH`)
	nameSuffixes      = splitWords(`Jr Jr. Sr Sr. II III IV`)
)

// spanCand makes a candidate of a tagged span: a title before the name
// (or glued to its start) becomes the candidate's title, a corporate or
// generational suffix after it joins it.
func (d *doc) spanCand(sp nameSpan) (cand, bool) {
	toks := d.sents[sp.si].toks
	i, j := sp.i, sp.j
	title := ""
	if i > 0 && isHonorific(toks[i-1].w) && d.text[toks[i-1].e:toks[i].s] == " " {
		title = toks[i-1].w
	}
	typ := sp.typ
	// "Agency Administrator Jane Doe": an office and its title before a
	// given name; the name is the person's.
	for k := j - 1; k >= i; k-- {
		if (isHonorific(toks[k].w) || roleNouns[strings.ToLower(toks[k].w)]) && !toks[k].poss && (firstNames[toks[k+1].w] || femaleNames[toks[k+1].w]) {
			if _, _, gaz := gazetteer(d.text[toks[i].s:toks[j].e]); !gaz {
				title, i, typ = toks[k].w, k+1, typePerson
			}
			break
		}
	}
	// "Yugoslav Jane Doe": a demonym before a person.
	for i < j {
		w := toks[i].w
		if _, _, gaz := gazetteer(d.text[toks[i].s:toks[j].e]); gaz {
			break
		}
		if typ == typePerson && isDemonym(w) {
			i++
			continue
		}
		break
	}
	// "President Jane Doe": titles glued to a person's name.
	if typ == typePerson {
		for i < j && (isHonorific(toks[i].w) || roleNouns[strings.ToLower(toks[i].w)]) && !toks[i].poss {
			if _, _, gaz := gazetteer(d.text[toks[i].s:toks[j].e]); gaz {
				break
			}
			title = toks[i].w
			i++
		}
	}
	if j+1 < len(toks) && !toks[j].poss {
		next, gap := toks[j+1], d.text[toks[j].e:toks[j+1].s]
		if (gap == " " || gap == ", ") && (typ == typeOrg && corporateSuffixes[next.w] || typ == typePerson && nameSuffixes[next.w]) {
			j++
		}
	}
	e := toks[j].e
	if last := toks[j].w; (corporateSuffixes[last] || nameSuffixes[last]) && e < len(d.text) && d.text[e] == '.' && !strings.HasSuffix(last, ".") {
		e++ // "Jr." keeps its dot
	}
	// "North Korean": a compass word of a demonym.
	if i == j && compassWords[toks[i].w] && i+1 < len(toks) && isDemonym(toks[i+1].w) {
		return cand{}, false
	}
	// "U.S. State Department": a country before a known organisation.
	for k := i + 1; k <= j && k <= i+2; k++ {
		if isGazetteerPlace(d.text[toks[i].s:toks[k-1].e]) && gazetteerOrg(d.text[toks[k].s:toks[j].e]) {
			i = k
			break
		}
	}
	// The words as written, apostrophes unified: "People's Republic of China".
	words := strings.Fields(strings.ReplaceAll(d.text[toks[i].s:e], "’", "'"))
	if notName(words) {
		return cand{}, false
	}
	init := i == 0 || isInitialGap(d.text[toks[i-1].e:toks[i].s])
	return cand{s: toks[i].s, e: e, sent: sp.si, words: words, initial: init, title: title, poss: toks[j].poss, model: typ}, true
}

// gazetteerOrg reports a name the gazetteer knows as an organisation.
func gazetteerOrg(name string) bool {
	_, typ, ok := gazetteer(name)
	return ok && typ == typeOrg
}

// notName reports what the rules know is not an entity, whatever the
// tagger says: common acronyms ("PAC", "CEO"), calendar words, demonyms
// ("North Korean"), events and laws ("Clean Air Act").
func notName(words []string) bool {
	if _, _, gaz := gazetteer(strings.Join(words, " ")); gaz {
		return false
	}
	last := words[len(words)-1]
	if len(words) == 1 && (commonAcronyms[last] || currencyCodes[last] || last == "I" || isCalendarWord(last) && len(last) > 2) {
		return true
	}
	if isDemonym(last) {
		for _, w := range words[:len(words)-1] {
			if !compassWords[w] {
				return false
			}
		}
		return true
	}
	return eventNames[last] || len(words) >= 2 && eventSuffixes[last]
}

// nameFeatures returns the features of every token of every sentence, as
// strings (for training).
func (d *doc) nameFeatures(cands []cand, ruled []*docEntity) [][][]string {
	fc := d.nameFeatureContext(cands, ruled)
	out := make([][][]string, len(d.sents))
	var fw featWriter
	for si := range d.sents {
		fw.reset()
		d.sentenceNameFeatures(fc, si, &fw)
		out[si] = fw.strs
		fw.strs = nil
	}
	return out
}

// nameFeatContext is what the tagger's features read from the whole
// document: the rules' reading and the words capitalised in it.
type nameFeatContext struct {
	rule, ruleBy    map[int]string
	lastOf, firstOf map[string]string
	capAlone        map[string]bool
	sport, business bool
	lex             map[string]lexFlags // lexFlagsOf each word seen
}

// lexFlags are the lexicons a word is in, one bit each.
type lexFlags uint32

const (
	lexFirst     lexFlags = 1 << iota // a given name
	lexHon                            // an honorific (isHonorific)
	lexRole                           // a role noun (lower case)
	lexOrgSuf                         // an organisation suffix
	lexOrgPre                         // an organisation prefix
	lexPlaceSuf                       // a place-name suffix
	lexPlacePre                       // a place-name prefix
	lexDemonym                        // a demonym (isDemonym)
	lexCommon                         // a common word
	lexStop                           // a stopword (lower case)
	lexCalendar                       // a month or weekday (isCalendarWord)
	lexAcronym                        // a common acronym
	lexEvent                          // an event name or suffix
	lexNameSuf                        // a corporate or generational suffix
	lexProduct                        // a product or work head (lower case)
	lexLoc                            // a locative preposition (lower case)
	lexPlaceHead                      // a place head noun (lower case)
	lexOrgHead                        // an organisation head noun (lower case)
)

// lexFlagsOf returns the lexicons of word w, l its lower case.
func lexFlagsOf(w, l string) lexFlags {
	var f lexFlags
	set := func(b lexFlags, ok bool) {
		if ok {
			f |= b
		}
	}
	set(lexFirst, firstNames[w] || femaleNames[w])
	set(lexHon, isHonorific(w))
	set(lexRole, roleNouns[l])
	set(lexOrgSuf, orgSuffixes[w])
	set(lexOrgPre, orgPrefixes[w])
	set(lexPlaceSuf, placeNameSuffixes[w])
	set(lexPlacePre, placeNamePrefixes[w])
	set(lexDemonym, isDemonym(w))
	set(lexCommon, commonWords[w])
	set(lexStop, stopwords[l])
	set(lexCalendar, isCalendarWord(w))
	set(lexAcronym, commonAcronyms[w])
	set(lexEvent, eventSuffixes[w] || eventNames[w])
	set(lexNameSuf, corporateSuffixes[w] || nameSuffixes[w])
	set(lexProduct, productHeads[l] || workHeads[l])
	set(lexLoc, locativePrepositions[l])
	set(lexPlaceHead, placeHeads[l])
	set(lexOrgHead, orgHeads[l])
	return f
}

// lexOf returns lexFlagsOf(w, l), from the document's cache.
func (fc *nameFeatContext) lexOf(w, l string) lexFlags {
	if f, ok := fc.lex[w]; ok {
		return f
	}
	f := lexFlagsOf(w, l)
	fc.lex[w] = f
	return f
}

// nameFeatureContext computes the document-level part of the features.
func (d *doc) nameFeatureContext(cands []cand, ruled []*docEntity) *nameFeatContext {
	// The rules' reading: each token's place in a rule name and its type.
	rule := map[int]string{}
	ruleBy := map[int]string{}
	lastOf, firstOf := map[string]string{}, map[string]string{}
	for k, c := range cands {
		e := ruled[k]
		if e == nil {
			continue
		}
		s := d.sents[c.sent]
		var in []int
		for ti, t := range s.toks {
			if t.s >= c.s && t.e <= c.e {
				in = append(in, ti)
			} else if t.s < c.e && t.e > c.s {
				rule[t.s] = "part-" + e.typ
			}
		}
		for n, ti := range in {
			pos := "I"
			switch {
			case len(in) == 1:
				pos = "U"
			case n == 0:
				pos = "B"
			case n == len(in)-1:
				pos = "L"
			}
			rule[s.toks[ti].s] = pos + "-" + e.typ
			ruleBy[s.toks[ti].s] = e.by
		}
		if ws := strings.Fields(e.name); len(ws) >= 2 {
			lastOf[ws[len(ws)-1]] = e.typ
			firstOf[ws[0]] = e.typ
		}
	}
	// Words capitalised away from the start of a sentence in this document.
	capAlone := map[string]bool{}
	for _, s := range d.sents {
		for i, t := range s.toks {
			if i > 0 && !isInitialGap(d.text[s.toks[i-1].e:t.s]) && isCapWord(t.w) && !isAllCapsWord(t.w) {
				capAlone[t.w] = true
			}
		}
	}
	sport, business := sportsDocument(d), businessDocument(d)
	return &nameFeatContext{rule: rule, ruleBy: ruleBy, lastOf: lastOf, firstOf: firstOf, capAlone: capAlone, sport: sport, business: business, lex: map[string]lexFlags{}}
}

// featWriter collects the features of a sentence's tokens: as strings for
// training, or as their hashes for tagging (no string is built).
type featWriter struct {
	hashed bool
	strs   [][]string   // per token (strings)
	hs     []learn.Hash // every token's features in a row (hashes)
	ends   []int        // end of each token's features in hs
	seq    [][]learn.Hash
}

func (f *featWriter) reset() {
	f.strs, f.hs, f.ends = f.strs[:0], f.hs[:0], f.ends[:0]
}

// token starts the features of the next token.
func (f *featWriter) token() {
	if f.hashed {
		f.ends = append(f.ends, len(f.hs))
		return
	}
	f.strs = append(f.strs, make([]string, 0, 48))
}

// add adds the feature named by the concatenation of parts.
func (f *featWriter) add(parts ...string) {
	if f.hashed {
		h := learn.HashStart
		for _, p := range parts {
			h = h.Str(p)
		}
		f.hs = append(f.hs, h)
		f.ends[len(f.ends)-1] = len(f.hs)
		return
	}
	last := &f.strs[len(f.strs)-1]
	*last = append(*last, strings.Join(parts, ""))
}

// sequence returns the hashed features of each token.
func (f *featWriter) sequence() [][]learn.Hash {
	f.seq = f.seq[:0]
	start := 0
	for _, e := range f.ends {
		f.seq = append(f.seq, f.hs[start:e:e])
		start = e
	}
	return f.seq
}

// sentenceNameFeatures writes the features of every token of sentence si.
func (d *doc) sentenceNameFeatures(fc *nameFeatContext, si int, fw *featWriter) {
	rule, ruleBy, lastOf, firstOf, capAlone, sport, business := fc.rule, fc.ruleBy, fc.lastOf, fc.firstOf, fc.capAlone, fc.sport, fc.business
	s := d.sents[si]
	{
		toks := s.toks
		gaz := d.gazetteerTags(toks)
		runs := d.capitalRuns(toks)
		caps := allCapsSentence(toks)
		lw := make([]string, len(toks))
		sh := make([]string, len(toks))
		lex := make([]lexFlags, len(toks))
		for i, t := range toks {
			lw[i] = strings.ToLower(t.w)
			sh[i] = wordShape(t.w)
			lex[i] = fc.lexOf(t.w, lw[i])
		}
		at := func(k int, v []string) string {
			switch {
			case k < 0:
				return "<s>"
			case k >= len(v):
				return "</s>"
			}
			return v[k]
		}
		for i, t := range toks {
			fw.token()
			w, l := t.w, lw[i]
			fw.add("")
			fw.add("w=", w)
			fw.add("lw=", l)
			fw.add("sh=", sh[i])
			// Affixes of up to 4 runes, sliced from l (valid UTF-8: ToLower
			// output) rather than copied through []rune.
			pe, ss := 0, len(l)
			for n := 1; n <= 4 && pe < len(l); n++ {
				_, pw := utf8.DecodeRuneInString(l[pe:])
				_, sw := utf8.DecodeLastRuneInString(l[:ss])
				pe, ss = pe+pw, ss-sw
				if n <= 3 {
					fw.add("p", string(rune('0'+n)), "=", l[:pe])
				}
				fw.add("s", string(rune('0'+n)), "=", l[ss:])
			}
			fw.add("w-1=", at(i-1, lw))
			fw.add("w+1=", at(i+1, lw))
			fw.add("w-2=", at(i-2, lw))
			fw.add("w+2=", at(i+2, lw))
			fw.add("sh-1=", at(i-1, sh))
			fw.add("sh+1=", at(i+1, sh))
			fw.add("bi-=", at(i-1, lw), "|", l)
			fw.add("bi+=", l, "|", at(i+1, lw))
			fw.add("shw=", at(i-1, sh), "|", sh[i], "|", at(i+1, sh))
			gapBefore, gapAfter := "<s>", "</s>"
			if i > 0 {
				gapBefore = gapKind(d.text[toks[i-1].e:t.s])
			}
			if i+1 < len(toks) {
				gapAfter = gapKind(d.text[t.e:toks[i+1].s])
			}
			fw.add("g-=", gapBefore)
			fw.add("g+=", gapAfter)
			if t.poss {
				fw.add("poss")
			}
			if i == 0 || isInitialGap(d.text[toks[i-1].e:t.s]) {
				fw.add("init")
				fw.add("init|lw=", l)
			}
			if caps {
				fw.add("capsent")
				fw.add("capsent|lw=", l)
			}
			if d.heading[s.para] {
				fw.add("head")
			}
			// Lexicons.
			f, fp, fn := lex[i], lexFlags(0), lexFlags(0)
			if i > 0 {
				fp = lex[i-1]
			}
			if i+1 < len(toks) {
				fn = lex[i+1]
			}
			if f&lexFirst != 0 {
				fw.add("lex=first")
			}
			if f&lexHon != 0 {
				fw.add("lex=hon")
			}
			if fp&lexHon != 0 {
				fw.add("lex-1=hon")
			}
			if fp&lexRole != 0 {
				fw.add("lex-1=role")
			}
			if f&lexRole != 0 {
				fw.add("lex=role")
			}
			if f&lexOrgSuf != 0 {
				fw.add("lex=orgsuf")
			}
			if fn&lexOrgSuf != 0 {
				fw.add("lex+1=orgsuf")
			}
			if f&lexOrgPre != 0 {
				fw.add("lex=orgpre")
			}
			if f&lexPlaceSuf != 0 {
				fw.add("lex=placesuf")
			}
			if f&lexPlacePre != 0 {
				fw.add("lex=placepre")
			}
			if f&lexDemonym != 0 {
				fw.add("lex=demonym")
			}
			if f&lexCommon != 0 {
				fw.add("lex=common")
			}
			if f&lexStop != 0 {
				fw.add("lex=stop")
			}
			if f&lexCalendar != 0 {
				fw.add("lex=calendar")
			}
			if f&lexAcronym != 0 {
				fw.add("lex=acronym")
			}
			if f&lexEvent != 0 {
				fw.add("lex=event")
			}
			if f&lexNameSuf != 0 {
				fw.add("lex=namesuf")
			}
			if fn&lexProduct != 0 {
				fw.add("lex+1=product")
			}
			if fp&lexLoc != 0 {
				fw.add("lex-1=loc")
			}
			if fn&lexPlaceHead != 0 {
				fw.add("lex+1=placehead")
			}
			if fn&lexOrgHead != 0 {
				fw.add("lex+1=orghead")
			}
			if g := gaz[i]; g != "" {
				fw.add("gz=", g)
			}
			if i > 0 && gaz[i-1] != "" {
				fw.add("gz-1=", gaz[i-1])
			}
			if i+1 < len(toks) && gaz[i+1] != "" {
				fw.add("gz+1=", gaz[i+1])
			}
			// The run of capitalised words the token is in: its head word
			// types it ("Loretto Abbey", "Pembroke Pines").
			if r := runs[i]; r[1] > r[0] {
				head, first := lw[r[1]], lw[r[0]]
				fw.add("run-last=", head)
				fw.add("run-first=", first)
				fw.add("run-len=", strconv.Itoa(min(r[1]-r[0]+1, 5)))
				if hr := []rune(head); len(hr) > 3 {
					fw.add("run-last-s3=", string(hr[len(hr)-3:]))
				}
				if i == r[1] {
					fw.add("run-end")
				}

			}
			if business {
				fw.add("biz|sh=", sh[i])
				fw.add("biz|r=", rule[t.s])
				if r := runs[i]; r[1] > r[0] {
					fw.add("biz|run-len=", strconv.Itoa(min(r[1]-r[0]+1, 3)))
				}
			}
			if sport {
				fw.add("sport|gz=", gaz[i])
				fw.add("sport|r=", rule[t.s])
				fw.add("sport|sh=", sh[i])
			}
			// The document.
			if capAlone[w] {
				fw.add("doc=cap")
			}
			if d.lower[l] {
				fw.add("doc=lower")
			}
			if isAllCapsWord(w) && capAlone[titleCase(w)] {
				fw.add("doc=capcase")
			}
			if typ, ok := lastOf[w]; ok {
				fw.add("doc=last-", typ)
			}
			if typ, ok := firstOf[w]; ok {
				fw.add("doc=first-", typ)
			}
			// The rules.
			rt := rule[t.s]
			if rt == "" {
				rt = "O"
			}
			fw.add("r=", rt)
			fw.add("r=", rt, "|", ruleBy[t.s])
			fw.add("r-1=", ruleAt(rule, toks, i-1))
			fw.add("r+1=", ruleAt(rule, toks, i+1))
		}
	}
}

func ruleAt(rule map[int]string, toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return "-"
	}
	if r := rule[toks[k].s]; r != "" {
		return r
	}
	return "O"
}

// capitalRuns returns, for each token, the first and last token of the
// run of capitalised words (joined by spaces) it belongs to; [i, i-1]
// for a token that is not capitalised.
func (d *doc) capitalRuns(toks []token) [][2]int {
	out := make([][2]int, len(toks))
	for i := 0; i < len(toks); {
		if !isCapWord(toks[i].w) {
			out[i] = [2]int{i, i - 1}
			i++
			continue
		}
		j := i
		for j+1 < len(toks) && isCapWord(toks[j+1].w) && !toks[j].poss && d.text[toks[j].e:toks[j+1].s] == " " {
			j++
		}
		for k := i; k <= j; k++ {
			out[k] = [2]int{i, j}
		}
		i = j + 1
	}
	return out
}

// sportsDocument reports a document full of scores ("2-1", "6-3"): a
// sports report, where a city often stands for its team.
func sportsDocument(d *doc) bool {
	n, scores := 0, 0
	for _, s := range d.sents {
		for _, t := range s.toks {
			n++
			if i := strings.IndexByte(t.w, '-'); i > 0 && i < len(t.w)-1 && isDigits(t.w[:i]) && isDigits(t.w[i+1:]) {
				scores++
			}
		}
	}
	return scores >= 3 && scores*200 >= n
}

// businessWords mark a business or markets report, where names are
// mostly companies.
var businessWords = splitWords(`shares share stock stocks profit profits revenue revenues earnings dividend
quarter analysts analyst company's firm's merger acquisition bid pretax turnover`)

// businessDocument reports a document with several business words.
func businessDocument(d *doc) bool {
	n := 0
	for _, s := range d.sents {
		for _, t := range s.toks {
			if businessWords[strings.ToLower(t.w)] {
				n++
			}
		}
	}
	return n >= 4
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// gazetteerTags marks the tokens of the longest gazetteer names of a
// sentence with their position and type ("B-place").
func (d *doc) gazetteerTags(toks []token) []string {
	out := make([]string, len(toks))
	for i := 0; i < len(toks); {
		// No gazetteer name starts with a lower-case letter its keys do
		// not start with (the capitals path needs capitals): skip the
		// lookups of ordinary words.
		if r := firstRune(d.text[toks[i].s:]); unicode.IsLower(r) && !gazetteerFirstRunes[r] {
			i++
			continue
		}
		best, typ := -1, ""
		for k, from := i, toks[i].s; k < len(toks) && k < i+6; k++ {
			// Only the text added since the last span can bring the
			// punctuation that ends the search.
			if strings.ContainsAny(d.text[from:toks[k].e], ",;:()\"“”") {
				break
			}
			from = toks[k].e
			raw := strings.ReplaceAll(d.text[toks[i].s:toks[k].e], "’", "'")
			if _, t, ok := gazetteer(raw); ok {
				best, typ = k, t
			}
		}
		if best < 0 {
			i++
			continue
		}
		for k := i; k <= best; k++ {
			pos := "I"
			switch {
			case best == i:
				pos = "U"
			case k == i:
				pos = "B"
			case k == best:
				pos = "L"
			}
			out[k] = pos + "-" + typ
		}
		i = best + 1
	}
	return out
}

// allCapsSentence reports a sentence written in capitals (a headline).
func allCapsSentence(toks []token) bool {
	n, caps := 0, 0
	for _, t := range toks {
		if !unicode.IsLetter(firstRune(t.w)) {
			continue
		}
		n++
		if isAllCapsWord(t.w) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*8
}

// wordShape maps letters to X and x and digits to d, collapsing repeats:
// "McDonald" → "XxXx", "1996" → "d", "U.S." → "X.X.".
func wordShape(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	if utf8.RuneCountInString(w) == 1 {
		return "1" + b.String()
	}
	return b.String()
}

// gapKind names the text between two tokens by its punctuation: " " is
// "_", ", " is ",", " & " is "&".
func gapKind(gap string) string {
	var b strings.Builder
	for _, r := range gap {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(r)
		if b.Len() >= 4 {
			break
		}
	}
	if b.Len() == 0 {
		if strings.Contains(gap, "\n") {
			return "nl"
		}
		return "_"
	}
	return b.String()
}
