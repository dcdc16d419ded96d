package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/storylens/storylens/schema"
)

// Events are happenings, not sentences. Each dated sentence gives one
// statement per verb group that holds a date, at that group's most
// specific date (a sentence's other dates on the same verb are context).
// Statements from every outlet are then clustered into one event per
// happening: the same date value and precision, a shared person or
// organisation (or place, with a closer wording), and a similar predicate.
// Events are ranked by how many outlets report them, and the timeline keeps
// those that matter.

// statement is one dated claim: the unit events are clustered from.
type statement struct {
	d      *doc
	sent   sentence
	si     int // sentence index in d
	date   schema.Date
	ents   map[string]bool // entity IDs named in the sentence
	actors map[string]bool // the persons and organisations among them
	words  []string        // content-word stems, sorted, for predicate similarity
	label  string          // the main clause, shortened (see headline)
	quoted bool            // the date sits inside a quotation
	// subject is the actor key of who acts in the main clause ("" when
	// unknown); keys holds the actor keys of every person and organisation.
	subject string
	keys    map[string]bool
	// inherited: the sentence names no date; it is dated by the day its
	// article reports on.
	inherited bool
	list      int  // how many happenings the sentence dates
	echo      bool // an undated sentence that retells a dated event
}

// event is a cluster of statements about one happening.
type event struct {
	sts   []*statement
	ents  map[string]bool
	docs  map[string]bool
	score float64
}

// maxLabel is the longest headline label, in characters.
const maxLabel = 80

// buildEvents clusters every document's dated statements into events.
func buildEvents(docs []*doc, reg *registry) []schema.Event {
	var sts []*statement
	for _, d := range docs {
		sts = append(sts, d.statements(reg)...)
	}
	evs := clusterStatements(sts, reg)
	addEchoes(docs, evs, sts, reg)
	evs = keepEvents(evs, len(docs))
	out := make([]schema.Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, e.schema())
	}
	assignEventIDs(evs, out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date.Value != out[j].Date.Value {
			return out[i].Date.Value < out[j].Date.Value
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// statements returns the document's dated statements, then its undated
// reports of the day the article covers (see newsDay).
func (d *doc) statements(reg *registry) []*statement {
	var out []*statement
	dated := map[int]bool{}
	for i := 0; i < len(d.dates); {
		si := d.sentenceAt(d.dates[i].Start)
		j := i + 1
		for j < len(d.dates) && d.sentenceAt(d.dates[j].Start) == si {
			j++
		}
		if si >= 0 {
			dated[si] = true
			out = append(out, d.sentenceStatements(si, d.dates[i:j], reg)...)
		}
		i = j
	}
	if day, ok := d.newsDay(); ok {
		for si, sn := range d.sents {
			if dated[si] || d.heading[sn.para] {
				continue
			}
			if st := d.undatedStatement(si, day, reg); st != nil {
				out = append(out, st)
			}
		}
	}
	return out
}

// newsDay is the day an article reports on: the day-precision date its
// sentences name most often within the three days up to publication (the
// latest on a tie). Undated past-tense reports in the article ("Shares
// fell 4%", "the minister said in a statement") happened on that day, as
// temporal taggers anchor events to the document's creation time.
func (d *doc) newsDay() (schema.Date, bool) {
	if !d.hasPub {
		return schema.Date{}, false
	}
	count := map[string]int{}
	first := map[string]schema.Date{}
	for _, dt := range d.dates {
		if dt.Precision != precDay || dt.Mod != "" || dateISO.MatchString(dt.Text) && len(dt.Text) <= 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", dt.Value)
		if err != nil || t.After(d.pub) || d.pub.Sub(t) > 3*24*time.Hour {
			continue
		}
		if count[dt.Value] == 0 {
			first[dt.Value] = dt
		}
		count[dt.Value]++
	}
	best := ""
	for v, n := range count {
		if best == "" || n > count[best] || n == count[best] && v > best {
			best = v
		}
	}
	if best == "" {
		return schema.Date{}, false
	}
	return first[best], true
}

// undatedStatement dates sentence si by the article's news day when it
// reports a past act of a named person or organisation: an attributed
// quotation, or a past-tense verb with that actor as its subject.
func (d *doc) undatedStatement(si int, day schema.Date, reg *registry) *statement {
	s := d.sents[si]
	if isCaption(d.text[s.s:s.e]) {
		return nil
	}
	subj, _ := d.statementSubject(s, reg)
	if subj == nil {
		return nil
	}
	// The act: a quotation credited with a past cue, or a past verb group
	// right after the subject.
	ok := false
	for _, q := range d.quotes {
		if q.s >= s.s && q.e <= s.e && q.speaker != nil && q.speaker.global == subj && pastWords[strings.ToLower(q.cue)] {
			ok = true
		}
	}
	if !ok {
		t, at := d.verbGroupNear(s.s, s.s+1)
		ok = t == tensePast && at >= 0 && !d.inQuote(at)
	}
	if !ok {
		return nil
	}
	st := d.newStatement(si, schema.Date{Doc: d.id, Value: day.Value, Precision: day.Precision, Start: s.s, End: s.s}, reg)
	if st == nil {
		return nil
	}
	st.inherited = true
	return st
}

// statementSubject returns who acts in a sentence: the speaker of a
// quotation that fills most of it, else its first person or organisation
// outside quotations that is not the object of a preposition or a
// possessive.
func (d *doc) statementSubject(s sentence, reg *registry) (*entity, bool) {
	for _, q := range d.quotes {
		if q.s >= s.s && q.e <= s.e && q.speaker != nil && q.speaker.global != nil {
			return q.speaker.global, true
		}
	}
	for _, m := range d.mentionsIn(s.s, s.e) {
		if m.ent == nil || m.ent.global == nil || m.dateline || d.isDateline(m) || d.inQuote(m.s) {
			continue
		}
		if m.ent.typ != typePerson && m.ent.typ != typeOrg {
			continue
		}
		// "His surprise selection …", "Doe's team said": a possessive that
		// opens the sentence names its topic.
		if m.poss && strings.TrimSpace(d.text[s.s:m.s]) != "" || prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
			continue
		}
		return m.ent.global, false
	}
	return nil, false
}

// actorKey names an actor for clustering: a person by the folded last
// word of the name (outlets call one person "Jane Doe", "Doe" or
// "Janie Doe"), an organisation by its ID.
func actorKey(e *entity) string {
	if e == nil {
		return ""
	}
	if e.typ == typePerson {
		ws := strings.Fields(fold(e.name))
		if len(ws) > 0 {
			return "p:" + strings.ToLower(ws[len(ws)-1])
		}
	}
	return "o:" + e.id
}

// sentenceStatements gives one statement per verb group that holds a
// date in sentence si.
func (d *doc) sentenceStatements(si int, dates []schema.Date, reg *registry) []*statement {
	s := d.sents[si]
	if isCaption(d.text[s.s:s.e]) {
		return nil
	}
	// The most specific dates first; a date that contains one already
	// kept ("2024" around "October 10, 2024", "Thursday (Oct 10)") is its
	// context, while a date outside it names another time and so another
	// happening ("a report in September said they had met in 2022").
	var ds []schema.Date
	for _, dt := range dates {
		// ISO dates ("2024-08-05") are page metadata, not prose.
		if !(dateISO.MatchString(dt.Text) && len(dt.Text) <= 10) {
			ds = append(ds, dt)
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return precRank(ds[i].Precision) > precRank(ds[j].Precision) })
	var kept []schema.Date
	for _, dt := range ds {
		inside := false
		for _, k := range kept {
			if strings.HasPrefix(k.Value, dt.Value) {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, dt)
		}
	}
	var out []*statement
	for _, dt := range kept {
		if st := d.newStatement(si, dt, reg); st != nil {
			st.list = len(kept)
			out = append(out, st)
		}
	}
	return out
}

// newStatement makes the statement of sentence si at date dt, or nil when
// the sentence names nobody (a happening without anyone in it is not
// placed on the timeline).
func (d *doc) newStatement(si int, dt schema.Date, reg *registry) *statement {
	s := d.sents[si]
	ents, actors, keys := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range d.mentionsIn(s.s, s.e) {
		if m.ent == nil || m.ent.global == nil || d.isDateline(m) || m.dateline {
			continue
		}
		g := m.ent.global
		ents[g.id] = true
		if e := reg.byID[g.id]; e != nil && e.typ != typePlace {
			actors[g.id] = true
			keys[actorKey(e)] = true
		}
	}
	if len(ents) == 0 {
		return nil
	}
	st := &statement{d: d, sent: s, si: si, date: dt, ents: ents, actors: actors, keys: keys,
		words: d.contentWords(s), quoted: dt.End > dt.Start && d.inQuote(dt.Start)}
	if subj, _ := d.statementSubject(s, reg); subj != nil {
		st.subject = actorKey(subj)
		st.keys[st.subject] = true
	}
	return st
}

func precRank(p string) int {
	switch p {
	case precDay:
		return 3
	case precMonth:
		return 2
	case precYear:
		return 1
	}
	return 0
}

// rePhotoCaption matches photo captions and credits, which date a picture, not
// a happening, and embedded social-media posts ("— Jane Doe (@janedoe)
// October 10, 2024").
var rePhotoCaption = regexp.MustCompile(`(?i)\b(?:is|are) (?:seen|pictured|shown)\b|\bphoto(?:graph)?(?:ed)?\b|\bpictured\b|\bfile image\b|\bgetty images\b|\bAP Photo\b|pic\.twitter\.com/|\(@\w+\)`)

func isCaption(s string) bool {
	l := strings.ToLower(s)
	if !strings.Contains(l, "seen") && !strings.Contains(l, "pictur") && !strings.Contains(l, "shown") && !strings.Contains(l, "photo") &&
		!strings.Contains(l, "image") && !strings.Contains(l, "pic.twitter") && !strings.Contains(l, "(@") {
		return false
	}
	return rePhotoCaption.MatchString(s)
}

// contentWords returns crude stems of a sentence's content words, outside
// names and calendar expressions: the predicate to compare statements on.
func (d *doc) contentWords(s sentence) []string {
	ms := d.mentionsIn(s.s, s.e)
	var dates []schema.Date
	for _, dt := range d.dates {
		if dt.Start < s.e && dt.End > s.s {
			dates = append(dates, dt)
		}
	}
	skip := func(off int) bool {
		for _, m := range ms {
			if off >= m.s && off < m.e {
				return true
			}
		}
		for _, dt := range dates {
			if off >= dt.Start && off < dt.End {
				return true
			}
		}
		return false
	}
	out := map[string]bool{}
	for _, t := range s.toks {
		w := strings.ToLower(strings.Trim(t.w, ".,;:!?()\"“”‘’'—–[]"))
		if len(w) < 3 || stopwords[w] || eventStop[w] || skip(t.s) {
			continue
		}
		if r := firstRune(w); r >= '0' && r <= '9' {
			continue
		}
		out[crudeStem(w)] = true
	}
	return sortedKeys(out)
}

// eventStop are frequent news words that say nothing about what happened.
var eventStop = splitWords(`according told added year years month months day days week weeks time
percent people officials official statement reported report reports reporting news`)

// crudeStem cuts a word to a stem that joins inflections ("announced",
// "announces", "announcement").
func crudeStem(w string) string {
	r := []rune(w)
	if len(r) > 5 {
		r = r[:5]
	}
	return string(r)
}

// similarity is the cosine of two sorted stem sets.
func similarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / math.Sqrt(float64(len(a))*float64(len(b)))
}

// maxCompare bounds how many of an event's statements a new statement is
// compared with (the first ones, which founded it), so that a happening
// every outlet reports does not make clustering quadratic.
const maxCompare = 24

// members returns the statements of e to compare with.
func (e *event) members() []*statement {
	if len(e.sts) > maxCompare {
		return e.sts[:maxCompare]
	}
	return e.sts
}

// joinable reports whether two statements of one date tell the same
// happening, and how similar their wording is. The same actor needs little
// shared wording (less on a precise date: one person does many things in a
// year); different actors need a close wording; a shared place alone, a
// closer one still.
func joinable(a, b *statement) (float64, bool) {
	sim, shared := similarity(a.words, b.words), sharedKeys(a, b)
	switch {
	case a.subject != "" && a.subject == b.subject,
		// One names nobody as subject ("The veteran said …") but names
		// the other's subject.
		a.subject == "" && b.subject != "" && a.keys[b.subject],
		b.subject == "" && a.subject != "" && b.keys[a.subject]:
		return sim, sim >= [...]float64{0.2, 0.2, 0.1, 0.05}[precRank(a.date.Precision)]
	case a.subject != "" && b.subject != "" && a.keys[b.subject] && b.keys[a.subject]:
		// "A met B" and "B held talks with A".
		return sim, sim >= [...]float64{0.2, 0.2, 0.1, 0}[precRank(a.date.Precision)]
	case a.subject != "" && b.subject != "" && (a.keys[b.subject] || b.keys[a.subject]):
		return sim, sim >= 0.2
	case a.subject != "" && b.subject != "":
		return sim, shared >= 1 && sim >= 0.35
	case shared >= 2:
		return sim, sim >= 0.15
	case shared == 1:
		return sim, sim >= 0.25
	}
	for id := range a.ents {
		if b.ents[id] {
			return sim, sim >= 0.35
		}
	}
	return sim, false
}

// clusterStatements groups statements into events, deterministically.
// Dated statements come first, in document order: each joins the event of
// its date holding the most similar joinable statement, or starts a new
// one; events that turn out joinable are then merged. Undated reports
// (inherited) then join the best joinable event of their article's news
// window, whatever its day, or start an event on the news day.
func clusterStatements(sts []*statement, reg *registry) []*event {
	var evs []*event
	add := func(e *event, st *statement) {
		e.sts = append(e.sts, st)
		e.docs[st.d.id] = true
		for id := range st.ents {
			e.ents[id] = true
		}
	}
	newEvent := func() *event {
		e := &event{ents: map[string]bool{}, docs: map[string]bool{}}
		evs = append(evs, e)
		return e
	}
	best := func(st *statement, ok func(e *event) bool) *event {
		var into *event
		bestSim := -1.0
		for _, e := range evs {
			if !ok(e) {
				continue
			}
			for _, x := range e.members() {
				if sim, j := joinable(x, st); j && sim > bestSim {
					into, bestSim = e, sim
				}
			}
		}
		return into
	}
	sameDate := func(st *statement) func(e *event) bool {
		return func(e *event) bool {
			return e.sts[0].date.Value == st.date.Value && e.sts[0].date.Precision == st.date.Precision
		}
	}
	for _, st := range sts {
		if st.inherited {
			continue
		}
		into := best(st, sameDate(st))
		if into == nil {
			into = newEvent()
		}
		add(into, st)
	}
	// Merge events that share a joinable pair (one outlet's statement may
	// bridge two others'), until none are left.
	for i := 0; i < len(evs); i++ {
		for changed := true; changed; {
			changed = false
			for j := i + 1; j < len(evs); {
				if evs[i].sts[0].date.Value == evs[j].sts[0].date.Value && evs[i].sts[0].date.Precision == evs[j].sts[0].date.Precision && evs[i].joinable(evs[j]) {
					for _, st := range evs[j].sts {
						add(evs[i], st)
					}
					evs = append(evs[:j], evs[j+1:]...)
					changed = true
					continue
				}
				j++
			}
		}
	}
	for _, st := range sts {
		if !st.inherited {
			continue
		}
		into := best(st, func(e *event) bool {
			x := e.sts[0]
			if x.inherited {
				return sameDate(st)(e)
			}
			return x.date.Precision == precDay && st.d.inNewsWindow(x.date.Value)
		})
		if into == nil {
			into = newEvent()
		}
		add(into, st)
	}
	return evs
}

// addEchoes adds to each event the outlets that retell it without a date
// ("Nadal won his first title in Paris", where another outlet dates it): an
// undated sentence that names the event's actor and shares much of its
// wording joins the most similar event, as coverage and evidence.
func addEchoes(docs []*doc, evs []*event, sts []*statement, reg *registry) {
	used := map[*doc]map[int]bool{}
	for _, st := range sts {
		if used[st.d] == nil {
			used[st.d] = map[int]bool{}
		}
		used[st.d][st.si] = true
	}
	// echoJoinable needs a shared actor key (a subject is among its
	// statement's keys), so an inverted index from key to the members
	// holding it gives every pair that can join; candidates are then tried
	// in event and member order, as a full scan would, so the most similar
	// event (the first on a tie) wins the same way. Only echoes are added
	// to events below, and they are never compared, so the members are
	// fixed here.
	type cand struct{ ev, m int }
	members := make([][]*statement, len(evs))
	byKey := map[string][]cand{}
	for ei, e := range evs {
		for _, x := range e.members() {
			if x.inherited || x.echo {
				continue
			}
			for k := range x.keys {
				byKey[k] = append(byKey[k], cand{ei, len(members[ei])})
			}
			members[ei] = append(members[ei], x)
		}
	}
	var cands []cand
	for _, d := range docs {
		for si, sn := range d.sents {
			if used[d][si] || d.heading[sn.para] || isCaption(d.text[sn.s:sn.e]) {
				continue
			}
			st := d.newStatement(si, schema.Date{Doc: d.id, Start: sn.s, End: sn.s}, reg)
			if st == nil || len(st.keys) == 0 {
				continue
			}
			st.echo = true
			cands = cands[:0]
			for k := range st.keys {
				cands = append(cands, byKey[k]...)
			}
			sort.Slice(cands, func(i, j int) bool {
				if cands[i].ev != cands[j].ev {
					return cands[i].ev < cands[j].ev
				}
				return cands[i].m < cands[j].m
			})
			var into *event
			bestSim := -1.0
			for i, c := range cands {
				if i > 0 && c == cands[i-1] {
					continue
				}
				e := evs[c.ev]
				if e.docs[d.id] {
					continue
				}
				if sim, ok := echoJoinable(members[c.ev][c.m], st); ok && sim > bestSim {
					into, bestSim = e, sim
				}
			}
			if into != nil {
				into.sts = append(into.sts, st)
				into.docs[d.id] = true
				for id := range st.ents {
					into.ents[id] = true
				}
			}
		}
	}
}

// sharedKeys counts the actor keys two statements share.
func sharedKeys(a, b *statement) int {
	n := 0
	for k := range a.keys {
		if b.keys[k] {
			n++
		}
	}
	return n
}

// echoJoinable is joinable for an undated sentence: the same actor and a
// close wording.
func echoJoinable(a, b *statement) (float64, bool) {
	sim, shared := similarity(a.words, b.words), sharedKeys(a, b)
	switch {
	case a.subject != "" && (a.subject == b.subject || a.keys[b.subject] && b.keys[a.subject]):
		return sim, sim >= 0.3
	case shared >= 2:
		return sim, sim >= 0.35
	}
	return sim, false
}

// joinable reports whether some statement of e tells the same happening
// as some statement of f.
func (e *event) joinable(f *event) bool {
	for _, a := range e.members() {
		for _, b := range f.members() {
			if _, ok := joinable(a, b); ok {
				return true
			}
		}
	}
	return false
}

// inNewsWindow reports whether a day falls within the three days up to
// the article's publication (and the day after, for time zones).
func (d *doc) inNewsWindow(day string) bool {
	t, err := time.Parse("2006-01-02", day)
	if err != nil || !d.hasPub {
		return false
	}
	return !t.After(d.pub.AddDate(0, 0, 1)) && d.pub.Sub(t) <= 3*24*time.Hour
}

// keepEvents ranks events by what a reader most needs (how many outlets
// report it, whether a sentence dates it, whether someone acts in it, how
// early the outlets tell it, and a new actor over one already shown that
// day) and keeps a timeline of about one and a half events per article,
// at least twelve.
func keepEvents(evs []*event, ndocs int) []*event {
	for _, e := range evs {
		e.score = e.rank()
	}
	limit := max(12, ndocs+ndocs/2)
	picked := make([]bool, len(evs))
	shown := map[string]bool{} // date and subject of the events kept
	var out []int
	for len(out) < limit {
		best, bestScore := -1, 0.0
		for i, e := range evs {
			if picked[i] {
				continue
			}
			sc := e.score
			if shown[e.key()] {
				sc -= 8
			}
			if best < 0 || sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		picked[best] = true
		shown[evs[best].key()] = true
		out = append(out, best)
	}
	sort.Ints(out)
	kept := make([]*event, 0, len(out))
	for _, i := range out {
		kept = append(kept, evs[i])
	}
	return kept
}

// key is an event's date and main actor, for telling apart what the
// timeline already shows.
func (e *event) key() string {
	subj := ""
	for _, st := range e.sts {
		if st.subject != "" {
			subj = st.subject
			break
		}
	}
	return e.sts[0].date.Value + "/" + subj
}

// rank scores an event.
func (e *event) rank() float64 {
	// Outlets that date or report it count in full, outlets that only
	// retell it (echoes) by half.
	telling := map[string]bool{}
	for _, st := range e.sts {
		if !st.echo {
			telling[st.d.id] = true
		}
	}
	score := float64(len(telling))*10 + float64(len(e.docs)-len(telling))*5
	actor, early, told, dated := false, 0.0, false, false
	for _, st := range e.sts {
		if st.echo {
			continue
		}
		if len(st.actors) > 0 {
			actor = true
		}
		if !st.quoted {
			told = true
		}
		if !st.inherited {
			dated = true
		}
		// The lead: the first few sentences of the story.
		if p := 1 / float64(1+st.si); p > early {
			early = p
		}
	}
	// A sentence that dates the happening beats a report dated only by
	// its article's news day, unless two more outlets carry that report.
	if dated {
		score += 15
	}
	if actor {
		score += 3
	}
	if told {
		score++
	}
	// A sentence that lists three or more dates is a record ("won in 2005,
	// 2008 and 2010"), not the telling of one happening.
	if e.sts[0].list >= 3 && len(telling) == 1 {
		score -= 6
	}
	return score + 4*early
}

// schema turns an event into its dataset form, dated by the statement
// that founded it, labelled by its clearest statement, with the sentence
// of its first report as its text.
func (e *event) schema() schema.Event {
	rep := e.sts[0]
	for _, st := range e.sts[1:] {
		if betterLabel(st, rep) {
			rep = st
		}
	}
	first := e.namer()
	ev := schema.Event{
		Date:     schema.When{Value: e.sts[0].date.Value, Precision: e.sts[0].date.Precision, Mod: e.sts[0].date.Mod},
		Label:    rep.headline(),
		Text:     label(first.d.text[first.sent.s:first.sent.e]),
		Entities: sortedKeys(e.ents),
		Docs:     sortedKeys(e.docs),
	}
	type span struct {
		doc   string
		start int
	}
	seen := map[span]bool{}
	for _, st := range e.sts {
		k := span{st.d.id, st.sent.s}
		if seen[k] {
			continue
		}
		seen[k] = true
		ev.Evidence = append(ev.Evidence, schema.Span{Doc: st.d.id, Start: st.sent.s, End: st.sent.e})
	}
	return ev
}

// betterLabel prefers an unquoted statement with a person or organisation
// whose label has at least four words and is shorter.
func betterLabel(a, b *statement) bool {
	qa, qb := a.quality(), b.quality()
	if qa != qb {
		return qa > qb
	}
	return false
}

// headline returns the statement's label, made on first use.
func (st *statement) headline() string {
	if st.label == "" {
		st.label = st.d.headline(st.sent)
	}
	return st.label
}

func (st *statement) quality() int {
	q := 0
	if st.echo {
		return -1
	}
	if !st.inherited {
		q += 8 // the statement that dates the happening tells it
	}
	if !st.quoted {
		q += 4
	}
	if len(st.actors) > 0 {
		q += 2
	}
	if l := st.headline(); wordCount(l) >= 4 && len(l) < maxLabel {
		q += 2
	}
	if st.d.heading[st.sent.para] {
		q-- // headlines read well but lack a verb phrase more often
	}
	return q
}

// label shortens a sentence to a timeline text.
func label(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// Drop a dateline: "(Acme) — ", "LONDON (Acme) — ", "WASHINGTON — ".
	if loc := reDateline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	if len(s) <= 200 {
		return s
	}
	cut := strings.LastIndex(s[:200], " ")
	if cut < 100 {
		cut = 200
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

var reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .,']{1,40} )?([\p{L}., ]{0,30}\([\p{L} .]{1,30}\) )?(—|–|―|--|-) `)
