package extract

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/storylens/storylens/internal/extract/lexicon"
	"github.com/storylens/storylens/internal/learn"
)

// Speaker choice as a ranking. The rules of quotes.go propose a speaker;
// then every person or organisation within reach of the quotation is a
// candidate: mentions in the quote's sentence, the sentence before and
// (for a continuing quotation) the paragraph before, the previous and next
// quotations' speakers and the rules' pick. A logistic model learned on
// annotated news (train_speaker.go) scores each candidate; the best one
// speaks when it is sure enough, else the speaker is left empty.

var speechVerbData = lexicon.SpeechVerbs

//go:embed models/speaker.model
var speakerModelData []byte

var (
	speechLemma     map[string]string // inflected form → base form
	speechLemmaOnce sync.Once
	speakerModel    *learn.Model
	speakerOnce     sync.Once
)

// speakerThreshold is the least probability at which the best candidate
// is named as the speaker.
const speakerThreshold = 0.5

// ruleThreshold is the least probability at which the rules' pick speaks
// when the ranker's best is below speakerThreshold.
const ruleThreshold = 0.2

// speechVerb returns the base form of a speech verb, or "".
func speechVerb(w string) string {
	speechLemmaOnce.Do(func() {
		speechLemma = map[string]string{}
		for _, line := range strings.Split(speechVerbData, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			fs := strings.Fields(line)
			for _, f := range fs {
				speechLemma[f] = fs[0]
			}
		}
		for f := range cueVerbs {
			if speechLemma[f] == "" {
				speechLemma[f] = f
			}
		}
	})
	return speechLemma[strings.ToLower(w)]
}

// loadSpeakerModel decodes the embedded weights once; nil when there are
// none (the rules alone then choose).
func loadSpeakerModel() *learn.Model {
	speakerOnce.Do(func() {
		if len(speakerModelData) == 0 {
			return
		}
		m, err := learn.Decode("models/speaker.model", speakerModelData)
		if err != nil {
			panic(err) // embedded at build time: a broken file is a bug
		}
		speakerModel = m
	})
	return speakerModel
}

// spCand is one candidate speaker of a quotation.
type spCand struct {
	ent *docEntity
	// clash: the attribution next to the quotation is a gendered pronoun
	// ("he said:", "…,” she said") whose gender this candidate's
	// contradicts; such a candidate cannot speak.
	clash bool
	// pronoun: the candidate that gendered pronoun resolved to.
	pronoun bool
	feats   []string
	pos     string // where its mention stands
	pat     string // its verb pattern
	// byPronoun: its nearest mention is a pronoun resolved to it
	// ("…,” he said"), not its name; m is that mention.
	byPronoun bool
	m         mention
}

// rankSpeakers rescores every non-headline quotation's speaker.
func (d *doc) rankSpeakers() { d.rankSpeakersWith(loadSpeakerModel()) }

// rankSpeakersWith rescores the quotations' speakers with the ranker m
// (the embedded one, or one trained for a held-out experiment).
func (d *doc) rankSpeakersWith(m *learn.Model) {
	if m == nil {
		for qi := range d.quotes {
			if d.quotes[qi].speaker != nil {
				d.quotes[qi].conf = 1
			}
		}
		return
	}
	rules := make([]*docEntity, len(d.quotes))
	for qi := range d.quotes {
		rules[qi] = d.quotes[qi].speaker
	}
	for qi := range d.quotes {
		d.decideSpeaker(m, qi, rules)
	}
}

// decideSpeaker scores quotation qi's candidates and names its speaker,
// or none.
func (d *doc) decideSpeaker(m *learn.Model, qi int, rules []*docEntity) {
	q := &d.quotes[qi]
	if q.headline {
		// Headlines are left to their rule, with a middling confidence.
		if q.speaker != nil {
			q.conf = 0.5
		} else {
			q.rule = "abstain:headline"
		}
		return
	}
	// A transcript line: "“WALLACE: …”" names its speaker in capitals.
	if e, label := d.transcriptSpeaker(q); label {
		q.speaker, q.conf, q.rule, q.viaRole = e, 0.9, "transcript-label", false
		if e == nil {
			// Someone the article does not name as an entity.
			q.conf, q.rule = 0, "abstain:transcript-label"
		}
		return
	}
	cands := d.speakerCands(qi, rules)
	best, bestP := -1, 0.0
	ruleP := 0.0
	clashed, ruleByPronoun := false, false
	for k, c := range cands {
		if c.clash {
			clashed = true
			continue
		}
		if c.pronoun && c.ent == rules[qi] {
			ruleByPronoun = true
		}
		p := m.Probability(c.feats)
		if p > bestP {
			best, bestP = k, p
		}
		if c.ent == rules[qi] {
			ruleP = p
		}
	}
	if best < 0 {
		q.speaker, q.conf, q.rule, q.viaRole = nil, 0, "abstain:no-candidate", false
		return
	}
	c := cands[best]
	if c.pat == "none" && titleLike(d.text[q.s:q.e]) {
		// "“The Long Road”" with no speech verb names a work, not words.
		q.speaker, q.conf, q.rule, q.viaRole = nil, 0, "abstain:title", false
		return
	}
	switch {
	case bestP >= speakerThreshold:
		if c.ent != q.speaker {
			q.viaRole = false
		}
		q.speaker, q.conf, q.rule = c.ent, bestP, "ranker:"+c.pos+","+c.pat
	case rules[qi] != nil && (ruleP >= ruleThreshold && ruleP >= bestP || strings.HasSuffix(q.rule, "-role") || d.sameRoleSource(qi, rules[qi]) || clashed && ruleByPronoun):
		// The ranker is unsure, but the rules' pick is plausible, or
		// names the organisation behind an unnamed source ("an Acme
		// spokesperson said"), which the training data leaves unnamed,
		// or is whom "he said:" resolved to once the pronoun's gender
		// ruled out a rival.
		q.conf, q.rule = ruleP, "rule:"+q.rule
	default:
		q.speaker, q.viaRole = nil, false
		q.conf, q.rule = bestP, "abstain"
	}
	if q.speaker != nil && d.pronounAgainstPrevious(qi, cands, q.speaker) {
		q.speaker, q.viaRole = nil, false
		q.rule = ruleAgainstPrevious
	}
	if q.speaker != nil && d.fragmentEntity(q.speaker) {
		if o := d.suffixOwner(q.speaker); o != nil {
			q.speaker, q.rule = o, q.rule+",suffix-owner"
		} else {
			q.speaker, q.viaRole = nil, false
			q.rule = "abstain:fragment"
		}
	}
	q.conf = float64(int(q.conf*1000+0.5)) / 1000
}

// ruleAgainstPrevious is the rule of a quotation left unattributed because
// its pronoun and the previous speaker disagree.
const ruleAgainstPrevious = "abstain:pronoun-vs-previous"

// previousSpeaker returns the quotation before qi that names a speaker or
// honestly none, and -1 when there is none; one left unattributed by
// pronounAgainstPrevious passes the doubt on, so the one before it counts.
func (d *doc) previousSpeaker(qi int) int {
	for k := qi - 1; k >= 0; k-- {
		if d.quotes[k].rule != ruleAgainstPrevious {
			return k
		}
	}
	return -1
}

// pronounAgainstPrevious reports whether quotation qi's chosen speaker
// comes only from a pronoun ("…,” he said") that resolved to someone
// other than the previous quotation's speaker, a person the pronoun could
// as well mean. Coreference then picked one of two live readings, and in
// annotated news about two in five such picks are wrong: the quotation is
// better left unattributed than credited to the wrong person. The pronoun
// is not in doubt when the previous speaker is of the other known gender
// or an organisation, or when the chosen person was brought in since the
// previous quotation as the subject of a sentence ("Jane Roe, a nurse,
// criticised the plan. “…,” she said.").
func (d *doc) pronounAgainstPrevious(qi int, cands []spCand, chosen *docEntity) bool {
	pi := d.previousSpeaker(qi)
	if pi < 0 {
		return false
	}
	prev := d.quotes[pi].speaker
	if prev == nil || prev == chosen || prev.typ != typePerson {
		return false
	}
	var pro *spCand
	for k := range cands {
		switch c := &cands[k]; c.ent {
		case chosen:
			if c.byPronoun {
				pro = c
			}
		case prev:
			if c.clash {
				return false
			}
		}
	}
	if pro == nil {
		return false
	}
	want := pronounGender(strings.ToLower(d.text[pro.m.s:pro.m.e]))
	if g := d.genderOf(prev); g != "" && want != "" && g != want {
		return false
	}
	return !d.introducedSince(chosen, d.quotes[pi].oe, pro.m)
}

// subjectWords is how many words at most stand before a sentence's
// subject, after any opening phrase ("Acme's new chief executive, Jane
// Roe, said").
const subjectWords = 4

// introducedSince reports whether e is named after offset from and before
// the pronoun m, within m's sentence and the one before, as its
// sentence's likely subject: the first person named there outside
// quotations, within the first few words of its clause, not after a
// preposition and not one of a pair ("Jane Roe and John Doe").
func (d *doc) introducedSince(e *docEntity, from int, m mention) bool {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= m.s })
	for i--; i >= 0; i-- {
		o := d.ments[i]
		if o.s < from || o.sent < m.sent-1 {
			return false
		}
		if o.ent != e || o.kind != kindName || o.quoted || d.inQuote(o.s) {
			continue
		}
		// Words before it, after an opening phrase set off by a comma
		// ("In Springfield on Monday, Mayor Jane Roe said").
		before := d.text[d.sents[o.sent].s:o.s]
		if k := strings.LastIndex(before, ","); k >= 0 {
			before = before[k+1:]
		}
		next := strings.ToLower(nextWordAfter(d.text, o.e))
		if o.poss || prepositions[strings.ToLower(prevWordBefore(d.text, o.s))] || wordCount(before) > subjectWords || next == "and" || next == "or" {
			return false
		}
		for j := i - 1; j >= 0 && d.ments[j].sent == o.sent; j-- {
			if p := d.ments[j]; p.ent != nil && p.ent.typ == typePerson && p.kind == kindName && !p.quoted && !d.inQuote(p.s) {
				return false
			}
		}
		return true
	}
	return false
}

// speakerCands builds the candidates of quotation qi with their features.
// rules holds each quotation's speaker as the rules chose it; the previous
// quotation's speaker is the one already chosen.
func (d *doc) speakerCands(qi int, rules []*docEntity) []spCand {
	q := &d.quotes[qi]
	si := d.sentenceAt(q.os)
	sj := d.sentenceAt(max(q.os, q.oe-1))
	if si < 0 {
		return nil
	}
	if sj < si {
		sj = si
	}
	from := si
	if si > 0 {
		from = si - 1
	}
	// Two sentences back, within this paragraph and the one before.
	if from > 0 && d.sents[from-1].para >= q.para-1 {
		from--
	}
	startsPara := q.os == d.paras[q.para][0]
	var prev, next *quoteSpan
	if qi > 0 {
		prev = &d.quotes[qi-1]
	}
	if qi+1 < len(d.quotes) {
		next = &d.quotes[qi+1]
	}
	type best struct {
		kind  int
		m     mention
		score int
		dist  int
		feats []string
		pos   string
		pat   string
	}
	byEnt := map[*docEntity]*best{}
	var order []*docEntity
	persons := 0
	ms := d.mentionsIn(d.sents[from].s, d.sents[sj].e)
	for _, mm := range ms {
		if mm.ent == nil || mm.dateline || d.inQuote(mm.s) || mm.s >= q.os && mm.s < q.oe {
			continue
		}
		ent := d.reresolve(mm)
		if ent == nil || ent.typ != typePerson && ent.typ != typeOrg {
			continue
		}
		if ent.typ == typePerson && d.sentenceAt(mm.s) == si {
			persons++
		}
		fs, pos, pat, score, dist := d.mentionFeats(q, si, sj, mm)
		b := byEnt[ent]
		if b == nil {
			byEnt[ent] = &best{m: mm, score: score, dist: dist, feats: fs, pos: pos, pat: pat}
			order = append(order, ent)
			continue
		}
		if score > b.score || score == b.score && dist < b.dist {
			*b = best{m: mm, score: score, dist: dist, feats: fs, pos: pos, pat: pat}
		}
	}
	add := func(e *docEntity, pos string) {
		if e == nil || byEnt[e] != nil {
			return
		}
		byEnt[e] = &best{score: -1, dist: 1000, feats: []string{"pos=" + pos}, pos: pos, pat: "none"}
		order = append(order, e)
	}
	if prev != nil {
		add(prev.speaker, "previous")
	}
	add(rules[qi], "rule")
	if next != nil {
		add(rules[qi+1], "next")
	}
	// Rank candidates by distance.
	sort.SliceStable(order, func(i, j int) bool { return byEnt[order[i]].dist < byEnt[order[j]].dist })
	var shape []string
	if startsPara {
		shape = append(shape, "qstart")
	}
	if startsPara && (q.oe >= d.paras[q.para][1]-1 || q.openEnd) {
		shape = append(shape, "qwhole")
	}
	if q.contPrev {
		shape = append(shape, "qcont")
	}
	if q.openEnd {
		shape = append(shape, "qopen")
	}
	if q.kind == "partial" {
		shape = append(shape, "qpartial")
	}
	if strings.HasSuffix(strings.TrimSpace(d.text[d.sents[si].s:q.os]), ":") {
		shape = append(shape, "qcolon")
	}
	// A speech verb outside quotations in the quote's sentences.
	verbNear := false
	for k := si; k <= sj && !verbNear; k++ {
		for _, t := range d.sents[k].toks {
			if !d.inQuote(t.s) && speechVerb(t.w) != "" {
				verbNear = true
				break
			}
		}
	}
	if !verbNear {
		shape = append(shape, "qnoverb")
	}
	// An attribution by pronoun ("…,” he said): whom it resolved to
	// competes with the previous speaker.
	var pronEnt *docEntity
	pronGender := ""
	for _, e := range order {
		if b := byEnt[e]; b.score >= 6 && b.m.kind == kindPronoun {
			pronEnt = e
			// Next to the quotation and the subject of the verb that cues
			// it: "he said:", "…,” she said", "said he"; not "told him:".
			if w := strings.ToLower(d.text[b.m.s:b.m.e]); b.dist <= 3 && (w == "he" || w == "she") {
				pronGender = pronounGender(w)
			}
			break
		}
	}
	out := make([]spCand, 0, len(order))
	for rank, e := range order {
		b := byEnt[e]
		if pronEnt != nil {
			switch {
			case e == pronEnt && prev != nil && prev.speaker == e:
				b.feats = append(b.feats, "pron=prev")
			case e == pronEnt:
				b.feats = append(b.feats, "pron=self")
			case prev != nil && prev.speaker == e:
				b.feats = append(b.feats, "pron=other&prevspk")
			default:
				b.feats = append(b.feats, "pron=other")
			}
		}
		fs := append([]string(nil), b.feats...)
		fs = append(fs, "typ="+e.typ, "rank="+spBucket(rank, 0, 1, 2, 3), "persons="+spBucket(persons, 0, 1, 2, 3),
			"count="+spBucket(e.count, 1, 2, 3, 5, 10))
		if e.weak {
			fs = append(fs, "weak")
		}
		switch {
		case rules[qi] == nil:
			fs = append(fs, "rule=none")
		case rules[qi] == e:
			fs = append(fs, "rule=pick", "rule="+q.rule, "rule=pick&"+b.pos)
		default:
			fs = append(fs, "rule=other")
		}
		if len(order) == 1 {
			fs = append(fs, "alone")
		}
		fs = append(fs, "pos&rank="+b.pos+"&"+spBucket(rank, 0, 1, 2))
		if prev != nil && prev.speaker == e {
			fs = append(fs, "prevspk", "prevspk&"+b.pat, "prevspk&"+b.pos)
			if d.sentenceAt(prev.os) == si {
				fs = append(fs, "prevspk&samesent")
			}
			if rules[qi] == e {
				fs = append(fs, "prevspk&rule")
			}
			if prev.para == q.para {
				fs = append(fs, "prevspk&samepara")
			} else if prev.para == q.para-1 {
				fs = append(fs, "prevspk&lastpara")
			}
			for _, sh := range shape {
				fs = append(fs, "prevspk&"+sh)
			}
		}
		if next != nil && rules[qi+1] == e && q.openEnd && next.contPrev {
			fs = append(fs, "nextspk&runon")
		}
		for _, sh := range shape {
			fs = append(fs, sh+"&"+b.pos)
		}
		fs = append(fs, "typ&pat="+e.typ+"&"+b.pat)
		if b.score >= 0 && b.m.kind == kindPronoun {
			fs = append(fs, d.antecedentFeats(b.m, e)...)
		}
		clash := false
		if pronGender != "" && e != pronEnt && e.typ == typePerson {
			g := d.genderOf(e)
			clash = g != "" && g != pronGender
		}
		out = append(out, spCand{ent: e, feats: fs, pos: b.pos, pat: b.pat, clash: clash, pronoun: pronGender != "" && e == pronEnt, byPronoun: b.score >= 0 && b.m.kind == kindPronoun, m: b.m})
	}
	return out
}

// mentionFeats describes one mention as a candidate speaker of q: where
// it stands, how far, its verb pattern and the words around it. score
// ranks mentions of one entity (a verb pattern beats distance).
func (d *doc) mentionFeats(q *quoteSpan, si, sj int, m mention) ([]string, string, string, int, int) {
	ms := d.sentenceAt(m.s)
	var pos string
	var dist int
	var gap string
	switch {
	case m.s >= q.oe:
		pos = "after"
		gap = d.text[q.oe:m.s]
	case ms == si:
		pos = "before"
		gap = d.text[min(m.e, q.os):q.os]
	case d.sents[ms].para == q.para:
		pos = "prevsent"
		gap = d.text[min(m.e, q.os):q.os]
	default:
		pos = "prevpara"
		gap = d.text[min(m.e, q.os):q.os]
	}
	dist = wordCount(gap)
	fs := []string{"pos=" + pos, "dist=" + spBucket(dist, 0, 1, 2, 3, 5, 8, 12, 20, 35), "pos&dist=" + pos + "&" + spBucket(dist, 0, 1, 2, 3, 5, 8, 12)}
	kind := "name"
	switch m.kind {
	case kindPronoun:
		kind = "pronoun"
	case kindDescriptor:
		kind = "desc"
	}
	fs = append(fs, "kind="+kind, "kind&pos="+kind+"&"+pos, "sdist="+spBucket(si-ms, -1, 0, 1, 2))
	if pos == "after" || pos == "before" {
		p := spPunct(gap)
		fs = append(fs, "punct="+p, "punct&pos="+p+"&"+pos)
	}
	if m.poss {
		fs = append(fs, "poss")
	}
	if d.afterPreposition(m) {
		fs = append(fs, "prep")
	}

	if m.title != "" {
		fs = append(fs, "title")
	}
	// The words around the mention.
	s := d.sents[ms]
	first, last := -1, -1
	for k, t := range s.toks {
		if t.s >= m.s && first < 0 {
			first = k
		}
		if t.e <= m.e {
			last = k
		}
	}
	pat := "none"
	verb := ""
	// A name the entities cut short ("Jane Q" of "Jane Q. Doe"): the
	// capitalised words that continue it belong to it.
	cut := false
	for first >= 0 && last >= first && last+1 < len(s.toks) && last < first+5 {
		g := d.text[s.toks[last].e:s.toks[last+1].s]
		if g == ". " && nameDot(s.toks[last].w) {
			cut = true
		} else if g != " " || !cut {
			break
		}
		if w := s.toks[last+1].w; !isCapWord(w) || d.inQuote(s.toks[last+1].s) || speechVerb(w) != "" || roleNouns[strings.ToLower(w)] {
			break
		}
		last++
	}
	if first >= 0 && last >= first {
		tw := func(k int) string {
			if k < 0 || k >= len(s.toks) {
				return ""
			}
			return strings.ToLower(s.toks[k].w)
		}
		inQ := func(k int) bool { return k >= 0 && k < len(s.toks) && d.inQuote(s.toks[k].s) }
		gapAfter := func(k int) string { // text between token k and k+1
			if k+1 >= len(s.toks) {
				return ""
			}
			return d.text[s.toks[k].e:s.toks[k+1].s]
		}
		// Verb right after: "Doe said", "Doe also said", "Doe, 54, said".
		for k := last + 1; k <= last+3 && k < len(s.toks); k++ {
			if inQ(k) {
				break
			}
			if v := speechVerb(tw(k)); v != "" {
				verb = v
				pat = "X_V"
				if k > last+1 {
					pat = "X_w_V"
				}
				break
			}
			if strings.ContainsAny(gapAfter(k-1), ",;:—–") && k > last+1 {
				break
			}
		}
		// Verb after an appositive: "Doe, a spokesman for Acme, said".
		if pat == "none" && strings.HasPrefix(gapAfter(last), ",") {
			commas := 0
			for k := last + 1; k < len(s.toks) && k <= last+30; k++ {
				if inQ(k) {
					if s.toks[k].s >= q.os && s.toks[k].s < q.oe {
						break
					}
					continue // a quoted name inside the appositive
				}
				if strings.Contains(gapAfter(k-1), ",") {
					commas++
				}
				if v := speechVerb(tw(k)); v != "" && commas >= 2 {
					verb, pat = v, "X_app_V"
					break
				}
				if strings.ContainsAny(gapAfter(k-1), ";:") {
					break
				}
			}
		}
		// Verb right before: "said Doe", "said Rep. Jane Doe", "said agency spokesman Jane Doe".
		if pat == "none" {
			for k := first - 1; k >= 0 && k >= first-5; k-- {
				if inQ(k) {
					break
				}
				if v := speechVerb(tw(k)); v != "" {
					verb = v
					pat = "V_X"
					if k < first-1 {
						pat = "V_w_X"
					}
					break
				}
				g := gapAfter(k)
				if strings.ContainsAny(g, ",;:“”\"") || strings.Contains(g, ".") && !nameDot(s.toks[k].w) {
					break
				}
			}
		}
		if pat == "none" && tw(first-1) == "to" && tw(first-2) == "according" {
			pat = "acc_X"
		}
		// "“…” — Jane Doe": a dash between the quotation and the name.
		if pat == "none" && pos == "after" && strings.Trim(gap, " ,\u00a0") != "" && strings.Trim(gap, " ,—–―-\u00a0") == "" {
			pat = "dash_X"
		}
		// Role words: "spokesman Jane Doe", "agency spokesman", "Doe's attorney".
		if w := tw(first - 1); roleNouns[w] || sourceNouns[w] {
			fs = append(fs, "rolebefore")
		}
		if w := tw(last + 1); (roleNouns[w] || sourceNouns[w] || honorifics[s.toks[min(last+1, len(s.toks)-1)].w]) && strings.Trim(gapAfter(last), " ’'s") == "" {
			fs = append(fs, "roleafter", "roleafter&"+m.ent.typ)
			if m.poss || s.toks[last].poss {
				fs = append(fs, "possrole")
			}
			// "Acme spokesman Jane Doe": the mention only qualifies the
			// name that follows the role.
			for k := last + 2; k < len(s.toks) && k <= last+4; k++ {
				if strings.TrimSpace(gapAfter(k-1)) != "" {
					break
				}
				if isCapWord(s.toks[k].w) && !roleNouns[strings.ToLower(s.toks[k].w)] && !honorifics[s.toks[k].w] {
					fs = append(fs, "modifier")
					break
				}
			}
		}
		// Its sentence has a quotation of its own outside q.
		if ms != si {
			for k := range s.toks {
				if inQ(k) {
					fs = append(fs, "sentquoted")
					break
				}
			}
		}
		// The clause's first mention: the likely subject.
		subj := true
		for k := first - 1; k >= 0; k-- {
			if strings.ContainsAny(gapAfter(k), ",;:—“”\"") || inQ(k) {
				break
			}
			if isCapWord(s.toks[k].w) && !honorifics[s.toks[k].w] && k > 0 {
				subj = false
				break
			}
		}
		if subj {
			fs = append(fs, "subj")
			// The subject of a speech verb further on: "Doe spoke by
			// phone and described it as “…”".
			if pat == "none" && pos == "before" {
				for k := last + 1; k < len(s.toks) && s.toks[k].s < q.os; k++ {
					if !inQ(k) && speechVerb(tw(k)) != "" {
						verb, pat = speechVerb(tw(k)), "X_far_V"
						break
					}
				}
			}
		}
	}
	if verb != "" {
		v := verb
		switch v {
		case "say", "tell", "add", "write", "ask", "note", "explain", "continue":
		default:
			v = "other"
		}
		fs = append(fs, "verb="+v, "pat&verb="+pat+"&"+v, "lemma="+verb)
	}
	fs = append(fs, "pat="+pat, "pat&pos="+pat+"&"+pos, "pat&kind="+pat+"&"+kind)
	if pos == "after" {
		fs = append(fs, "pat&punct="+pat+"&"+spPunct(gap))
	}
	score := 0
	if pat != "none" {
		score = 2
	}
	if pos == "after" || pos == "before" {
		score += 4
	}
	if m.kind == kindName {
		score++
	}
	if strings.HasPrefix(pat, "X_") {
		score++ // the subject of the verb rather than its object
	}
	return fs, pos, pat, score, dist
}

// reresolve corrects a short name's entity: a surname that two people in
// the story share goes to the one named in full most recently, "Mr. Doe"
// is not Jane Doe (nil when no other Doe is known), and a building or
// company named after a person does not capture the person.
func (d *doc) reresolve(m mention) *docEntity {
	if m.kind == kindPronoun && m.ent != nil && m.ent.typ == typeOrg {
		return d.personBefore(m)
	}
	if m.kind != kindName {
		return m.ent
	}
	txt := strings.TrimSpace(d.text[m.s:m.e])
	title := strings.TrimSuffix(m.title, ".")
	if title == "" {
		before := strings.TrimSuffix(strings.TrimRight(d.text[max(0, m.s-12):m.s], " "), ".")
		title = lastWord(before)
	}
	if ws := strings.Fields(txt); len(ws) == 2 && honorifics[strings.TrimSuffix(ws[0], ".")] {
		title, txt = strings.TrimSuffix(ws[0], "."), ws[1]
	}
	if strings.ContainsAny(txt, " ") {
		return m.ent
	}
	want := ""
	switch title {
	case "Mr":
		want = "m"
	case "Mrs", "Ms", "Miss":
		want = "f"
	}
	fits := func(e *docEntity) bool {
		g := firstNameGender(e.name)
		return want == "" || g == "" || g == want
	}
	// The people whose name ends in this word.
	var owners []*docEntity
	seen := map[*docEntity]bool{}
	for _, o := range d.ments {
		if o.ent == nil || o.ent.typ != typePerson || seen[o.ent] {
			continue
		}
		if n := strings.Fields(o.ent.name); len(n) > 1 && n[len(n)-1] == txt && fits(o.ent) {
			seen[o.ent] = true
			owners = append(owners, o.ent)
		}
	}
	if m.ent.typ == typePerson && !fits(m.ent) && len(owners) == 0 {
		return nil // "Mr. Doe" is not Jane Doe, and no other Doe is known
	}
	if len(owners) == 0 || len(owners) == 1 && owners[0] == m.ent {
		return m.ent
	}
	// "Mr. Doe" is not Jane Doe.
	if m.ent.typ == typePerson && !fits(m.ent) && len(owners) == 1 {
		return owners[0]
	}
	if m.ent.typ != typePerson && len(owners) != 1 {
		return m.ent
	}
	if m.ent.typ != typePerson {
		return owners[0]
	}
	// Two people share the surname: the one named in full last before.
	var pick *docEntity
	for _, o := range d.ments {
		if o.s >= m.s {
			break
		}
		if seen[o.ent] && strings.Contains(strings.TrimSpace(d.text[o.s:o.e]), " ") {
			pick = o.ent
		}
	}
	if pick == nil {
		return m.ent
	}
	return pick
}

// titleLike reports whether a short quotation has every word capitalised,
// as the title of a book, film or programme does.
func titleLike(s string) bool {
	ws := strings.Fields(strings.Trim(s, " .,!?\"“”‘’'"))
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		r := []rune(strings.TrimLeft(w, "\"“‘'("))
		if len(r) == 0 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// personBefore returns, for a personal pronoun that coreference gave to
// an organisation ("Acme spokesman John Roe … he said" → Acme), the person
// named last before it within two sentences; nil when there is none or the
// pronoun is not personal ("it", "they" may name an organisation).
func (d *doc) personBefore(m mention) *docEntity {
	switch strings.ToLower(strings.TrimSpace(d.text[m.s:m.e])) {
	case "he", "she", "him", "her", "his":
	default:
		return m.ent
	}
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= m.s })
	for i--; i >= 0; i-- {
		o := d.ments[i]
		if o.sent < m.sent-2 {
			break
		}
		if o.ent != nil && o.kind == kindName && o.ent.typ == typePerson && !o.quoted {
			return o.ent
		}
	}
	return nil
}

// spPunct keeps the punctuation of a gap ("," or ".—"), at most three marks.
func spPunct(gap string) string {
	var b strings.Builder
	n := 0
	for _, r := range gap {
		if r == '–' || r == '―' || r == '−' {
			r = '—'
		}
		if unicode.IsPunct(r) && n < 3 {
			b.WriteRune(r)
			n++
		}
	}
	if n == 0 {
		return "_"
	}
	return b.String()
}

// spBucket names the first bound n is at most, or "more".
func spBucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return itoa(b)
		}
	}
	return "more"
}

// sameRoleSource reports whether the quotation before qi, in the same
// sentence, went to the same organisation through an unnamed source.
func (d *doc) sameRoleSource(qi int, e *docEntity) bool {
	if qi == 0 {
		return false
	}
	p, q := &d.quotes[qi-1], &d.quotes[qi]
	return p.speaker == e && strings.HasPrefix(p.rule, "rule:") && strings.HasSuffix(p.rule, "-role") && d.sentenceAt(p.os) == d.sentenceAt(q.os)
}

// transcriptSpeaker returns the person a transcript line's label names
// ("DOE: We will…" → Jane Doe): a word in capitals and a colon opening the
// quotation, matching the last name of one person in the article. label
// reports a label, even one that names nobody known.
func (d *doc) transcriptSpeaker(q *quoteSpan) (*docEntity, bool) {
	inner := d.text[q.s:q.e]
	i := strings.Index(inner, ":")
	if i < 2 || i > 30 {
		return nil, false
	}
	label := inner[:i]
	for _, r := range label {
		if !unicode.IsUpper(r) && r != ' ' && r != '.' && r != '-' && r != '\'' {
			return nil, false
		}
	}
	ws := strings.Fields(label)
	if len(ws) == 0 || len(ws) > 3 {
		return nil, false
	}
	last := strings.ToLower(ws[len(ws)-1])
	var found *docEntity
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != typePerson || m.ent == found {
			continue
		}
		n := strings.Fields(m.ent.name)
		if len(n) == 0 || strings.ToLower(n[len(n)-1]) != last {
			continue
		}
		if found != nil {
			return nil, true // two people go by that name
		}
		found = m.ent
	}
	return found, true
}

// firstNameGender guesses a gender from a listed first name; "" when
// unknown.
func firstNameGender(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	switch {
	case femaleNames[ws[0]]:
		return "f"
	case firstNames[ws[0]] && !unisexNames[ws[0]]:
		return "m"
	}
	return ""
}

// antecedentFeats describes how well a pronoun's antecedent is supported:
// how many sentences back the entity was last named, how many other
// people the pronoun could as well mean were named since, and whether the
// entity's known gender agrees with the pronoun's.
func (d *doc) antecedentFeats(m mention, e *docEntity) []string {
	want := pronounGender(strings.ToLower(d.text[m.s:m.e]))
	rivals, back := 0, -1
	seen := map[*docEntity]bool{}
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= m.s })
	for i--; i >= 0; i-- {
		o := d.ments[i]
		if o.sent < m.sent-6 {
			break
		}
		if o.ent == nil || o.kind != kindName || o.quoted || o.ent.typ != typePerson {
			continue
		}
		if o.ent == e || e.global != nil && o.ent.global == e.global {
			back = m.sent - o.sent
			break
		}
		if seen[o.ent] {
			continue
		}
		seen[o.ent] = true
		if g := d.genderOf(o.ent); g == "" || want == "" || g == want {
			rivals++
		}
	}
	agree := "unknown"
	if g := d.genderOf(e); g != "" && g == want {
		agree = "same"
	}
	ante := "far"
	if back >= 0 {
		ante = spBucket(back, 0, 1, 2, 4)
	}
	r := spBucket(rivals, 0, 1, 2)
	return []string{"ante=" + ante, "ante&rivals=" + r, "ante&gender=" + agree, "ante&rivals&back=" + r + "&" + ante}
}
