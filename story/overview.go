package story

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits of the overview's lists.
const (
	MaxKeyEntities = 8 // people, and organisations, in an overview
	MaxKeyEvents   = 8 // events in an overview
	maxLabel       = 90
)

// Overview is everything the first screen of a widget needs, in one
// answer: what the story is, who reports it, who is in it, its key
// moments, the claims its outlets disagree on, and search examples drawn
// from this story.
type Overview struct {
	Title     string     `json:"title"`
	Counts    Counts     `json:"counts"`
	Outlets   []Outlet   `json:"outlets"`
	Documents []DocInfo  `json:"documents"`
	People    []KeyActor `json:"people"`
	Orgs      []KeyActor `json:"organisations"`
	// Events are the key events, at most MaxKeyEvents, in date order;
	// Counts.Events says how many the timeline holds.
	Events    []KeyEvent `json:"events"`
	Contested []Claim    `json:"contested"`
	Examples  Examples   `json:"examples"`
}

// Counts counts what the whole story holds.
type Counts struct {
	Documents     int `json:"documents"`
	Outlets       int `json:"outlets"`
	Entities      int `json:"entities"`
	People        int `json:"people"`
	Organisations int `json:"organisations"`
	Quotes        int `json:"quotes"`
	Events        int `json:"events"`
	Relations     int `json:"relations"`
	Contested     int `json:"contested"`
}

// Outlet is a publisher and the number of its documents in the story.
type Outlet struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
}

// DocInfo describes a document.
type DocInfo struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// KeyActor is a person or organisation of the story, with how often and
// in how many documents it is mentioned.
type KeyActor struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Role      string `json:"role,omitempty"`
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
	Corrected bool   `json:"corrected,omitempty"`
}

// KeyEvent is a timeline event chosen for the first screen. Importance,
// in [0, 1], weighs the outlets reporting it, the people involved and its
// closeness to the story's date.
type KeyEvent struct {
	Event
	Importance float64 `json:"importance"`
}

// Claim is a contested claim: something the outlets disagree on, with
// each side.
type Claim struct {
	ID    string      `json:"id"`
	Claim string      `json:"claim"`
	Sides []ClaimSide `json:"sides"`
	// Coverage is the documents its sides come from and how many
	// outlets they are.
	Coverage Coverage `json:"coverage"`
}

// ClaimSide is one position on a claim: its stance ("for" or "against"),
// who holds it (null when the text names no one) and the sentence that
// says so.
type ClaimSide struct {
	Stance   string   `json:"stance"`
	Holder   *Ref     `json:"holder"`
	Evidence Evidence `json:"evidence"`
}

// Examples are searches that work on this story, for placeholders: People
// for the people search (one with a deliberate typo), Quotes for the quote
// search.
type Examples struct {
	People []string `json:"people"`
	Quotes []string `json:"quotes"`
}

// Overview returns the story at a glance.
func (e *Engine) Overview() Overview {
	o := Overview{Title: e.title, Outlets: e.outlets(), Documents: make([]DocInfo, len(e.docs)),
		People: e.keyActors("person"), Orgs: e.keyActors("org"), Contested: make([]Claim, len(e.contested))}
	if o.Title == "" && len(e.docs) > 0 {
		o.Title = e.docs[0].Title
	}
	for i, d := range e.docs {
		o.Documents[i] = DocInfo{d.ID, d.Outlet, d.Title, d.Published, d.URL}
	}
	o.Counts = Counts{Documents: len(e.docs), Outlets: len(o.Outlets), Entities: len(e.ents),
		Quotes: len(e.quotes), Events: len(e.events), Relations: len(e.relations), Contested: len(e.contested)}
	for _, en := range e.ents {
		switch en.typ {
		case "person":
			o.Counts.People++
		case "org":
			o.Counts.Organisations++
		}
	}
	o.Events = e.keyEvents()
	for i, c := range e.contested {
		cl := Claim{ID: c.id, Claim: c.claim, Sides: make([]ClaimSide, len(c.sides)), Coverage: Coverage{Documents: []DocRef{}}}
		var spans []span
		for j, sd := range c.sides {
			spans = append(spans, sd.evidence)
			if !slices.ContainsFunc(cl.Coverage.Documents, func(r DocRef) bool { return r.ID == e.docs[sd.evidence.doc].ID }) {
				doc := &e.docs[sd.evidence.doc]
				cl.Coverage.Documents = append(cl.Coverage.Documents, DocRef{doc.ID, doc.Outlet, doc.Title})
			}
			cl.Sides[j] = ClaimSide{Stance: sd.stance, Evidence: e.evidence([]span{sd.evidence})[0]}
			if sd.holder >= 0 {
				h := &e.ents[sd.holder]
				cl.Sides[j].Holder = &Ref{h.id, h.name}
			}
		}
		cl.Coverage.OutletCount = e.outletCount(spans)
		o.Contested[i] = cl
	}
	o.Examples = e.examples(o.People)
	return o
}

// outlets lists the outlets of the documents, most documents first.
func (e *Engine) outlets() []Outlet {
	out := []Outlet{}
	for _, d := range e.docs {
		i := slices.IndexFunc(out, func(o Outlet) bool { return o.Name == d.Outlet })
		if i < 0 {
			out = append(out, Outlet{Name: d.Outlet})
			i = len(out) - 1
		}
		out[i].Documents++
	}
	sorted := make([]Outlet, 0, len(out))
	for _, p := range order(len(out), func(a, b int) bool {
		x, y := &out[a], &out[b]
		return x.Documents > y.Documents || x.Documents == y.Documents && x.Name < y.Name
	}) {
		sorted = append(sorted, out[p])
	}
	return sorted
}

// order returns the positions 0 to n-1 sorted by less, equal elements in
// position order. It is the package's one sort besides sortInt32 (which it
// calls): not generic, so that sorting a new type adds no wasm code.
func order(n int, less func(a, b int) bool) []int32 {
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	sortInt32(perm, func(a, b int32) bool { return less(int(a), int(b)) || !less(int(b), int(a)) && a < b })
	return perm
}

// keyActors returns the entities of type typ that the most documents
// mention, then the most mentioned, at most MaxKeyEntities.
func (e *Engine) keyActors(typ string) []KeyActor {
	out := []KeyActor{}
	for _, en := range e.ents {
		if en.typ == typ {
			out = append(out, KeyActor{ID: en.id, Name: en.name, Type: en.typ, Role: en.role,
				Mentions: en.mentions, Documents: len(en.docs), Corrected: en.corrected})
		}
	}
	perm := order(len(out), func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.ID < b.ID
	})
	top := make([]KeyActor, 0, min(len(out), MaxKeyEntities))
	for _, p := range perm[:cap(top)] {
		top = append(top, out[p])
	}
	return top
}

// storyDate is the story's date: the latest publication date of its
// documents.
func (e *Engine) storyDate() string {
	latest := ""
	for _, d := range e.docs {
		latest = max(latest, d.Published)
	}
	return latest
}

// keyEvents chooses the MaxKeyEvents most important events, one per
// sentence (the same sentence may date two events), and returns them in
// date order.
func (e *Engine) keyEvents() []KeyEvent {
	story, hasDate := days(e.storyDate())
	all := make([]KeyEvent, len(e.events))
	totalOutlets := max(len(e.outlets()), 1)
	for i := range e.events {
		ev := &e.events[i]
		x := e.timelineEvent(ev)
		people := 0
		for _, j := range ev.entities {
			if e.ents[j].typ == "person" {
				people++
			}
		}
		near := 0.0
		if d, ok := days(ev.date.Value); ok && hasDate {
			near = 1 / (1 + float64(max(d-story, story-d))/30)
		}
		imp := 0.5*float64(x.Coverage.OutletCount)/float64(totalOutlets) + 0.3*float64(min(people, 3))/3 + 0.2*near
		all[i] = KeyEvent{Event: x, Importance: round3(imp)}
	}
	var picked []int32
	for _, p := range order(len(all), func(a, b int) bool { return all[a].Importance > all[b].Importance }) {
		if len(picked) == MaxKeyEvents {
			break
		}
		if !slices.ContainsFunc(picked, func(q int32) bool { return all[q].Text == all[p].Text }) {
			picked = append(picked, p)
		}
	}
	// Back to date order: all is in it.
	sortInt32(picked, func(a, b int32) bool { return a < b })
	out := make([]KeyEvent, len(picked))
	for i, p := range picked {
		out[i] = all[p]
	}
	return out
}

// days returns the day number of an ISO date (2024-11-06), month (the
// 15th) or year (1 July), and reports whether value is one.
func days(value string) (int, bool) {
	y, ok := num(value[:min(4, len(value))])
	if !ok || len(value) != 4 && len(value) != 7 && len(value) != 10 {
		return 0, false
	}
	m, d := 7, 1
	if len(value) >= 7 {
		if m, ok = num(value[5:7]); !ok || value[4] != '-' {
			return 0, false
		}
		d = 15
	}
	if len(value) == 10 {
		if d, ok = num(value[8:10]); !ok || value[7] != '-' {
			return 0, false
		}
	}
	// Days from civil, after Howard Hinnant's algorithm.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe, true
}

// num reads the digits s, and reports whether s is digits.
//
//go:noinline
func num(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

// headline makes a short headline from an event's sentence: its main
// clause, without a short leading adverbial ("Meanwhile,", "In the city,"),
// asides between dashes or brackets, relative clauses between commas, and
// what follows a clause break (", saying", "; "), cut at a word boundary to
// at most 90 characters.
func headline(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(s, "…"), "..."), " .")
	// Asides: " – … – ", " — … — ", " (…)".
	for _, p := range [][3]string{{" – ", " – ", " "}, {" — ", " — ", " "}, {" (", ")", ""}} {
		for {
			i := strings.Index(s, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i+len(p[0]):], p[1])
			if j < 0 {
				break
			}
			s = s[:i] + p[2] + s[i+len(p[0])+j+len(p[1]):]
		}
	}
	// Relative clauses: ", who …," ", whose …," ", which …,".
	for _, w := range []string{", who ", ", whose ", ", which "} {
		if i := strings.Index(s, w); i >= 0 {
			if j := strings.Index(s[i+len(w):], ","); j >= 0 {
				s = s[:i] + s[i+len(w)+j:]
			}
		}
	}
	// A short leading adverbial.
	if i := strings.Index(s, ", "); i > 0 && strings.Count(s[:i], " ") < 4 && strings.Count(s[i:], " ") >= 4 {
		s = upperFirst(s[i+2:])
	}
	// A clause break.
	for _, w := range []string{", saying ", ", adding ", ", according to ", "; ", ": ", " – ", " — "} {
		if i := strings.Index(s, w); i > 0 && strings.Count(s[:i], " ") >= 3 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(s, " ,;:")
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	// Cut at the last word boundary that leaves room for the ellipsis.
	cut, n := 0, 0
	for i := range s {
		if n == maxLabel-1 {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(clip(s, maxLabel-1))
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// upperFirst upper-cases the first letter of s if it is ASCII.
func upperFirst(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// examples finds searches that work on this story: the surname of its most
// quoted person, a typo of another key person's surname that still finds
// them, and distinctive words of its quotes.
func (e *Engine) examples(people []KeyActor) Examples {
	ex := Examples{People: []string{}, Quotes: []string{}}
	quoted := make([]int, len(e.ents))
	for _, q := range e.quotes {
		if q.speaker >= 0 {
			quoted[q.speaker]++
		}
	}
	best := -1
	for i, en := range e.ents {
		if en.typ == "person" && quoted[i] > 0 && (best < 0 || quoted[i] > quoted[best]) {
			best = i
		}
	}
	if best >= 0 {
		if w := surname(e.ents[best].name); w != "" {
			ex.People = append(ex.People, w)
		}
	}
	for _, p := range people {
		if best >= 0 && p.ID == e.ents[best].id {
			continue
		}
		if t := e.typo(p.ID, surname(p.Name)); t != "" {
			ex.People = append(ex.People, t)
			break
		}
	}
	ex.Quotes = e.distinctiveWords(2)
	return ex
}

// surname returns the last word of a name, lower-cased.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ".,’'"))
}

// typo returns w with one letter dropped such that Lookup still finds the
// entity id first, or "" if no such typo exists.
func (e *Engine) typo(id, w string) string {
	if utf8.RuneCountInString(w) < 5 {
		return ""
	}
	for i := len(w) - 2; i > 0; i-- {
		if !utf8.RuneStart(w[i]) || w[i] == w[i-1] {
			continue
		}
		_, n := utf8.DecodeRuneInString(w[i:])
		t := w[:i] + w[i+n:]
		if m := e.Lookup(t, 1); len(m) == 1 && m[0].ID == id {
			return t
		}
	}
	return ""
}

// distinctiveWords returns up to n words of the quotes, as written and
// lower-cased, that the quote search finds: long words found in a few
// quotes, the most widespread first.
func (e *Engine) distinctiveWords(n int) []string {
	x := e.quoteIndex
	most := max(2, len(e.quotes)/4)
	type word struct {
		text string
		df   int32
	}
	var words []word
	for t := range e.quotes {
		for j := x.tokStart[t]; j < x.tokStart[t+1]; j++ {
			term := x.terms[x.tokTerm[j]]
			df := x.df(x.tokTerm[j])
			if len(term) < 6 || int(df) > most || !isLetters(term) {
				continue
			}
			w := strings.ToLower(e.quotes[t].text[x.tokSpan[2*j]:x.tokSpan[2*j+1]])
			if !slices.ContainsFunc(words, func(x word) bool { return x.text == w }) {
				words = append(words, word{w, df})
			}
		}
	}
	perm := order(len(words), func(i, j int) bool {
		a, b := &words[i], &words[j]
		if a.df != b.df {
			return a.df > b.df
		}
		if len(a.text) != len(b.text) {
			return len(a.text) > len(b.text)
		}
		return a.text < b.text
	})
	out := []string{}
	for _, p := range perm[:min(n, len(words))] {
		out = append(out, words[p].text)
	}
	return out
}

// isLetters reports whether s holds only the letters a to z.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
