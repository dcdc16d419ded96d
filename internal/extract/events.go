package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"

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
	words  map[string]bool // content-word stems, for predicate similarity
	label  string          // the main clause, shortened
	quoted bool            // the date sits inside a quotation
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
	evs = keepEvents(evs, len(docs))
	out := make([]schema.Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, e.schema())
	}
	assignEventIDs(out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date.Value != out[j].Date.Value {
			return out[i].Date.Value < out[j].Date.Value
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// assignEventIDs names every event from its date and label.
func assignEventIDs(evs []schema.Event) {
	used := map[string]int{}
	for i := range evs {
		base := "ev-" + evs[i].Date.Value + "-" + slug(firstWords(evs[i].Label, 5))
		used[base]++
		id := base
		if n := used[base]; n > 1 {
			id = base + "-" + itoa(n)
		}
		evs[i].ID = id
	}
}

// statements returns the document's dated statements.
func (d *doc) statements(reg *registry) []*statement {
	var out []*statement
	for i := 0; i < len(d.dates); {
		si := d.sentenceAt(d.dates[i].Start)
		j := i + 1
		for j < len(d.dates) && d.sentenceAt(d.dates[j].Start) == si {
			j++
		}
		if si >= 0 {
			out = append(out, d.sentenceStatements(si, d.dates[i:j], reg)...)
		}
		i = j
	}
	return out
}

// sentenceStatements gives one statement per verb group that holds a
// date in sentence si.
func (d *doc) sentenceStatements(si int, dates []schema.Date, reg *registry) []*statement {
	s := d.sents[si]
	if isCaption(d.text[s.s:s.e]) {
		return nil
	}
	var anchors []int
	best := map[int]schema.Date{}
	for _, dt := range dates {
		// ISO dates ("2024-08-05") are page metadata, not prose.
		if dateISO.MatchString(dt.Text) && len(dt.Text) <= 10 {
			continue
		}
		_, at := d.verbGroupNear(dt.Start, dt.End)
		cur, ok := best[at]
		if !ok {
			anchors = append(anchors, at)
		}
		if !ok || precRank(dt.Precision) > precRank(cur.Precision) {
			best[at] = dt
		}
	}
	if len(anchors) == 0 {
		return nil
	}
	ents, actors := map[string]bool{}, map[string]bool{}
	for _, m := range d.mentionsIn(s.s, s.e) {
		if m.ent == nil || m.ent.global == nil || d.isDateline(m) || m.dateline {
			continue
		}
		g := m.ent.global
		ents[g.id] = true
		if e := reg.byID[g.id]; e != nil && e.typ != typePlace {
			actors[g.id] = true
		}
	}
	if len(ents) == 0 {
		return nil // a happening with nobody in it is not placed on the timeline
	}
	words := d.contentWords(s)
	lbl := d.headline(s)
	var out []*statement
	for _, at := range anchors {
		dt := best[at]
		out = append(out, &statement{d: d, sent: s, si: si, date: dt, ents: ents, actors: actors, words: words,
			label: lbl, quoted: d.inQuote(dt.Start)})
	}
	return out
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
// a happening.
var rePhotoCaption = regexp.MustCompile(`(?i)\b(?:is|are) (?:seen|pictured|shown)\b|\bphoto(?:graph)?(?:ed)?\b|\bpictured\b|\bfile image\b|\bgetty images\b|\bAP Photo\b`)

func isCaption(s string) bool { return rePhotoCaption.MatchString(s) }

// contentWords returns crude stems of a sentence's content words, outside
// names and calendar expressions: the predicate to compare statements on.
func (d *doc) contentWords(s sentence) map[string]bool {
	skip := func(off int) bool {
		for _, m := range d.mentionsIn(s.s, s.e) {
			if off >= m.s && off < m.e {
				return true
			}
		}
		for _, dt := range d.dates {
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
	return out
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

// similarity is the cosine of two stem sets.
func similarity(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / math.Sqrt(float64(len(a))*float64(len(b)))
}

// Thresholds of predicate similarity for joining a statement to an event:
// with a shared person or organisation (scaled up as the date gets
// vaguer: one person does many things in a year), or with only a shared
// place.
const (
	simActor = 0.1
	simPlace = 0.3
)

// clusterStatements groups statements into events, deterministically:
// statements are taken in document order and each joins the most similar
// compatible event of its date, or starts a new one.
func clusterStatements(sts []*statement, reg *registry) []*event {
	var evs []*event
	byDate := map[string][]*event{}
	for _, st := range sts {
		key := st.date.Value + "/" + st.date.Precision
		var into *event
		bestSim := -1.0
		for _, e := range byDate[key] {
			sim := e.similarity(st)
			need := simPlace
			switch n := e.sharedActors(st); {
			case n >= 2:
				// Two of the same people or bodies on the same date.
				need = simActor * 0.5 * float64(3-precRank(st.date.Precision))
			case n == 1:
				need = simActor * float64(4-precRank(st.date.Precision))
			case !e.sharesEntity(st):
				continue
			}
			if sim >= need && sim > bestSim {
				into, bestSim = e, sim
			}
		}
		if into == nil {
			into = &event{ents: map[string]bool{}, docs: map[string]bool{}}
			evs = append(evs, into)
			byDate[key] = append(byDate[key], into)
		}
		into.sts = append(into.sts, st)
		into.docs[st.d.id] = true
		for id := range st.ents {
			into.ents[id] = true
		}
	}
	return evs
}

func (e *event) similarity(st *statement) float64 {
	best := 0.0
	for _, x := range e.sts {
		if s := similarity(x.words, st.words); s > best {
			best = s
		}
	}
	return best
}

// sharedActors counts the persons and organisations the statement shares
// with the event.
func (e *event) sharedActors(st *statement) int {
	n := 0
	for id := range st.actors {
		for _, x := range e.sts {
			if x.actors[id] {
				n++
				break
			}
		}
	}
	return n
}

func (e *event) sharesEntity(st *statement) bool {
	for id := range st.ents {
		if e.ents[id] {
			return true
		}
	}
	return false
}

// keepEvents ranks events by what a reader most needs (how many outlets
// report it, whether someone acts in it, how early the outlets tell it)
// and keeps the ones that matter: every event two outlets report, and the
// best of the rest up to a timeline of about one and a half events per
// article (at least twelve).
func keepEvents(evs []*event, ndocs int) []*event {
	for i, e := range evs {
		e.score = e.rank()
		_ = i
	}
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return evs[order[a]].score > evs[order[b]].score })
	limit := max(12, ndocs+ndocs/2)
	var out []*event
	for _, i := range order {
		if len(out) >= limit {
			break
		}
		out = append(out, evs[i])
	}
	// Back in the order they were found.
	sort.SliceStable(out, func(a, b int) bool { return indexOf(evs, out[a]) < indexOf(evs, out[b]) })
	return out
}

func indexOf(evs []*event, e *event) int {
	for i, x := range evs {
		if x == e {
			return i
		}
	}
	return -1
}

// rank scores an event: outlets first, then an actor, then how early in
// its articles it is told, and unquoted reporting over quoted memories.
func (e *event) rank() float64 {
	score := float64(len(e.docs)) * 10
	actor, early, told := false, 0.0, false
	for _, st := range e.sts {
		if len(st.actors) > 0 {
			actor = true
		}
		if !st.quoted {
			told = true
		}
		// The lead: the first few sentences of the story.
		if p := 1 / float64(1+st.si); p > early {
			early = p
		}
	}
	if actor {
		score += 3
	}
	if told {
		score += 1
	}
	return score + 4*early
}

// schema turns an event into its dataset form, told by its clearest
// statement.
func (e *event) schema() schema.Event {
	rep := e.sts[0]
	for _, st := range e.sts[1:] {
		if betterLabel(st, rep) {
			rep = st
		}
	}
	ev := schema.Event{
		Date:     schema.When{Value: rep.date.Value, Precision: rep.date.Precision, Mod: rep.date.Mod},
		Label:    rep.label,
		Text:     label(rep.d.text[rep.sent.s:rep.sent.e]),
		Entities: sortedKeys(e.ents),
		Docs:     sortedKeys(e.docs),
	}
	seen := map[[2]int]bool{}
	for _, st := range e.sts {
		k := [2]int{indexOfDoc(st.d), st.sent.s}
		if seen[k] {
			continue
		}
		seen[k] = true
		ev.Evidence = append(ev.Evidence, schema.Span{Doc: st.d.id, Start: st.sent.s, End: st.sent.e})
	}
	return ev
}

func indexOfDoc(d *doc) int { return len(d.id) }

// betterLabel prefers an unquoted statement with a person or organisation
// whose label has at least four words and is shorter.
func betterLabel(a, b *statement) bool {
	qa, qb := a.quality(), b.quality()
	if qa != qb {
		return qa > qb
	}
	return false
}

func (st *statement) quality() int {
	q := 0
	if !st.quoted {
		q += 4
	}
	if len(st.actors) > 0 {
		q += 2
	}
	if n := wordCount(st.label); n >= 4 && len(st.label) < maxLabel {
		q += 2
	}
	if st.d.heading[st.sent.para] {
		q-- // headlines read well but lack a verb phrase more often
	}
	return q
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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

var reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .,']{1,40} )?([\p{L}., ]{0,30}\([\p{L} .]{1,30}\) )?(—|–|--|-) `)
