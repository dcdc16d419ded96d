package story

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// Limits on result counts. A limit below 1 means the default.
const (
	DefaultLookupLimit = 10
	MaxLookupLimit     = 100
	DefaultQuoteLimit  = 20
	MaxQuoteLimit      = 200
)

// Match is an entity found by Lookup.
type Match struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Type  string  `json:"type"`
	Score float64 `json:"score"`
}

// Ref names an entity.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// DocRef names a document.
type DocRef struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
}

// QuoteHit is a quote found by SearchQuotes. Highlights are [start, end)
// offsets into Text in UTF-16 code units, as JavaScript strings count.
// Speaker points into the engine, shared by every answer: read it, do not
// change it.
type QuoteHit struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Speaker    *Ref     `json:"speaker"`
	Doc        DocRef   `json:"doc"`
	Date       string   `json:"date"`
	Score      float64  `json:"score"`
	Highlights [][2]int `json:"highlights"`
	// Sources are every place the quotation is reported, the quote's own
	// document first; OutletCount counts their distinct outlets.
	Sources     []QuoteSource `json:"sources"`
	OutletCount int           `json:"outletCount"`
	Corrected   bool          `json:"corrected,omitempty"`
	// Evidence is the paragraph the quote stands in, with its attribution,
	// when QuoteOptions.Evidence asks for it.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// QuoteSource is one place a quotation is reported: bytes [Start, End) of
// the document's text, and that text.
type QuoteSource struct {
	Doc   DocRef `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// QuoteOptions narrows SearchQuotes. From and To are ISO dates (or
// prefixes such as "2024-11") compared with the document's publication.
type QuoteOptions struct {
	Limit   int
	Speaker string // entity ID
	Doc     string // document ID: quotes reported in that document
	Outlet  string // outlet name: quotes reported by that outlet
	From    string
	To      string
	// Evidence adds each quote's source paragraph to the hits. It is off by
	// default: search-as-you-type needs only the quotes.
	Evidence bool
}

// Evidence is the passage of a document that supports a fact (see the
// README's glossary): the sentence that states a relation or an event, the
// paragraph that attributes a quote. Text is bytes [Start, End) of the
// document's text.
type Evidence struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
}

// Event is an entry of the timeline.
type Event struct {
	ID       string      `json:"id"`
	Date     schema.When `json:"date"`
	Text     string      `json:"text"`
	Entities []string    `json:"entities"`
	Docs     []string    `json:"docs"`
	Evidence []Evidence  `json:"evidence"`
	// Label is the event's short headline: the dataset's, or the main
	// clause of its sentence when the dataset has none.
	Label     string   `json:"label"`
	Coverage  Coverage `json:"coverage"`
	Corrected bool     `json:"corrected,omitempty"`
}

// Coverage says who reports an event: its documents and how many
// distinct outlets they come from.
type Coverage struct {
	Documents   []DocRef `json:"documents"`
	OutletCount int      `json:"outletCount"`
}

// TimelineOptions narrows Timeline to the events of one entity and to
// dates that overlap [From, To].
type TimelineOptions struct {
	Entity string
	From   string
	To     string
}

// Node is an entity in the relationship graph. Weight counts its mentions;
// X and Y lie in a 1000 × 1000 box.
type Node struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Weight int     `json:"weight"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
}

// Relation is a relation in the graph.
type Relation struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Label string `json:"label"`
	// Subject is the entity the label reads from (A or B), or empty when
	// the label is symmetric.
	Subject   string     `json:"subject,omitempty"`
	Weight    int        `json:"weight"`
	Evidence  []Evidence `json:"evidence"`
	Corrected bool       `json:"corrected,omitempty"`
}

// Graph is the relationship graph, or the part of it around one entity.
type Graph struct {
	Nodes     []Node     `json:"nodes"`
	Relations []Relation `json:"relations"`
}

// GraphOptions narrows Graph to one entity and its neighbours, and to
// relations of at least MinWeight.
type GraphOptions struct {
	Entity    string
	MinWeight int
}

// Stats counts the dataset's contents.
type Stats struct {
	Documents int    `json:"documents"`
	Entities  int    `json:"entities"`
	Quotes    int    `json:"quotes"`
	Events    int    `json:"events"`
	Relations int    `json:"relations"`
	Schema    int    `json:"schema"`
	Version   string `json:"version"`
	Outlets   int    `json:"outlets"`
}

// EntityCard is everything known about one entity.
type EntityCard struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Type        string           `json:"type"`
	Aliases     []string         `json:"aliases"`
	Descriptors []string         `json:"descriptors"`
	Quotes      []QuoteRef       `json:"quotes"`
	Events      []EventRef       `json:"events"`
	Relations   []EntityRelation `json:"relations"`
	Documents   []EntityDocument `json:"documents"`
	Role        string           `json:"role,omitempty"`
	Corrected   bool             `json:"corrected,omitempty"`
}

// QuoteRef is a quote on an entity card.
type QuoteRef struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	Doc       DocRef     `json:"doc"`
	Date      string     `json:"date"`
	Evidence  []Evidence `json:"evidence"`
	Corrected bool       `json:"corrected,omitempty"`
}

// EventRef is an event on an entity card.
type EventRef struct {
	ID        string      `json:"id"`
	Date      schema.When `json:"date"`
	Text      string      `json:"text"`
	Corrected bool        `json:"corrected,omitempty"`
}

// EntityRelation is a relation seen from one entity: Other is the entity
// at its far end.
type EntityRelation struct {
	A         string     `json:"a"`
	B         string     `json:"b"`
	Other     Match      `json:"other"`
	Label     string     `json:"label"`
	Subject   string     `json:"subject,omitempty"`
	Weight    int        `json:"weight"`
	Evidence  []Evidence `json:"evidence"`
	Corrected bool       `json:"corrected,omitempty"`
}

// EntityDocument is a document that mentions an entity, and how often.
type EntityDocument struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Mentions  int    `json:"mentions"`
}

//go:noinline
func limitOf(n, def, most int) int {
	if n < 1 {
		return def
	}
	return min(n, most)
}

// round3 rounds f to three decimals.
//
//go:noinline
func round3(f float64) float64 {
	return math.Round(f*1000) / 1000
}

// Lookup returns the entities whose name or alias best matches name,
// best first, tolerating typos and spelling variants ("zelenskyy", "putn").
func (e *Engine) Lookup(name string, limit int) []Match {
	limit = limitOf(limit, DefaultLookupLimit, MaxLookupLimit)
	q := parseQuery(name)
	hits, spans := e.nameIndex.search(q, limit*4+16, nil, true)
	best := make(map[int32]float64)
	var order []int32
	for i, h := range hits {
		if 2*h.matched < len(q.words) {
			continue
		}
		x := e.nameIndex
		words := float64(x.tokStart[h.text+1] - x.tokStart[h.text])
		covered := float64(len(spans[i])/2) / words
		s := h.score * (0.8 + 0.2*covered)
		ent := e.names[h.text]
		if old, ok := best[ent]; !ok {
			order = append(order, ent)
			best[ent] = s
		} else if s > old {
			best[ent] = s
		}
	}
	out := make([]Match, 0, len(order))
	for _, i := range order {
		en := &e.ents[i]
		prominence := math.Log(1+float64(en.mentions)) / math.Log(1+float64(max(e.maxMention, 1)))
		s := round3(0.95*best[i] + 0.05*prominence)
		if s < 0.3 {
			continue
		}
		out = append(out, Match{ID: en.id, Name: en.name, Type: en.typ, Score: s})
	}
	// Sort positions, not Matches: one instantiation of the sort serves
	// the whole package, which keeps the wasm small.
	perm := make([]int32, len(out))
	for i := range perm {
		perm[i] = int32(i)
	}
	sortInt32(perm, func(a, b int32) bool {
		x, y := &out[a], &out[b]
		return x.Score > y.Score || x.Score == y.Score && x.ID < y.ID
	})
	sorted := make([]Match, len(out))
	for i, p := range perm {
		sorted[i] = out[p]
	}
	out = sorted
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// inRange reports whether the date value (2024-11-06, 2024-11 or 2024)
// overlaps [from, to]; empty bounds are open.
//
//go:noinline
func inRange(value, from, to string) bool {
	if from != "" && value < from[:min(len(from), len(value))] {
		return false
	}
	if to != "" && value[:min(len(value), len(to))] > to {
		return false
	}
	return true
}

// SearchQuotes returns the quotes best matching q, best first. All query
// words matched, words close together and in order, and fewer typos rank
// higher; the last word also matches as a prefix while the reader types.
// An empty q lists the quotes passing opts' filters, if it sets any.
func (e *Engine) SearchQuotes(q string, opts QuoteOptions) []QuoteHit {
	limit := limitOf(opts.Limit, DefaultQuoteLimit, MaxQuoteLimit)
	speaker, doc := int32(-2), int32(-2)
	if opts.Speaker != "" {
		i, ok := e.entID[opts.Speaker]
		if !ok {
			return []QuoteHit{}
		}
		speaker = i
	}
	if opts.Doc != "" {
		i, ok := e.docID[opts.Doc]
		if !ok {
			return []QuoteHit{}
		}
		doc = i
	}
	filtered := speaker != -2 || doc != -2 || opts.Outlet != "" || opts.From != "" || opts.To != ""
	keep := func(t int32) bool {
		qu := &e.quotes[t]
		if speaker != -2 && qu.speaker != speaker {
			return false
		}
		// The quote passes if one of its sources passes every filter.
		for _, s := range qu.sources {
			d := &e.docs[s.doc]
			if (doc == -2 || s.doc == doc) && (opts.Outlet == "" || d.Outlet == opts.Outlet) && inRange(d.Published, opts.From, opts.To) {
				return true
			}
		}
		return false
	}
	out := []QuoteHit{}
	pq := parseQuery(q)
	if len(pq.words) == 0 {
		if !filtered {
			return out
		}
		for t := range e.quotes {
			if len(out) == limit {
				break
			}
			if keep(int32(t)) {
				out = append(out, e.quoteHit(int32(t), 0, nil, opts.Evidence))
			}
		}
		return out
	}
	var k func(int32) bool
	if filtered {
		k = keep
	}
	hits, spans := e.quoteIndex.search(pq, limit, k, true)
	out = make([]QuoteHit, 0, len(hits))
	for i, h := range hits {
		out = append(out, e.quoteHit(h.text, h.score, spans[i], opts.Evidence))
	}
	return out
}

func (e *Engine) quoteHit(t int32, score float64, spans []int32, evidence bool) QuoteHit {
	q := &e.quotes[t]
	d := &e.docs[q.doc]
	h := QuoteHit{ID: q.id, Text: q.text, Doc: DocRef{d.ID, d.Outlet, d.Title}, Date: d.Published,
		Score: round3(score), Highlights: make([][2]int, 0, len(spans)/2), Sources: make([]QuoteSource, len(q.sources)),
		OutletCount: e.outletCount(q.sources), Corrected: q.corrected}
	for i, s := range q.sources {
		sd := &e.docs[s.doc]
		h.Sources[i] = QuoteSource{DocRef{sd.ID, sd.Outlet, sd.Title}, s.start, s.end, sd.Text[s.start:s.end]}
	}
	if evidence {
		h.Evidence = e.evidence([]span{paragraph(d.Text, q.at)})
	}
	if q.speaker >= 0 {
		h.Speaker = &e.refs[q.speaker] // shared: answers are read-only
	}
	// Convert byte spans, ascending, to UTF-16 offsets in one pass.
	pos, u := 0, 0
	at := func(b int) int {
		for pos < b {
			r, n := utf8.DecodeRuneInString(q.text[pos:])
			pos += n
			u++
			if r >= 0x10000 {
				u++
			}
		}
		return u
	}
	for i := 0; i+1 < len(spans); i += 2 {
		s := at(int(spans[i]))
		h.Highlights = append(h.Highlights, [2]int{s, at(int(spans[i+1]))})
	}
	return h
}

// Entity returns the card of the entity with the given ID and reports
// whether it exists.
func (e *Engine) Entity(id string) (EntityCard, bool) {
	i, ok := e.entID[id]
	if !ok {
		return EntityCard{}, false
	}
	en := &e.ents[i]
	c := EntityCard{ID: en.id, Name: en.name, Type: en.typ,
		Aliases: nonNil(en.aliases), Descriptors: nonNil(en.descriptors), Role: en.role, Corrected: en.corrected,
		Quotes: []QuoteRef{}, Events: []EventRef{}, Relations: []EntityRelation{}, Documents: []EntityDocument{}}
	for _, q := range e.quotes {
		if q.speaker == i {
			d := &e.docs[q.doc]
			c.Quotes = append(c.Quotes, QuoteRef{q.id, q.text, DocRef{d.ID, d.Outlet, d.Title}, d.Published, e.evidence([]span{paragraph(d.Text, q.at)}), q.corrected})
		}
	}
	for _, ev := range e.events {
		if slices.Contains(ev.entities, i) {
			c.Events = append(c.Events, EventRef{ev.id, ev.date, ev.text, ev.corrected})
		}
	}
	for _, r := range e.relations {
		if r.a != i && r.b != i {
			continue
		}
		o := &e.ents[r.a]
		if r.a == i {
			o = &e.ents[r.b]
		}
		c.Relations = append(c.Relations, EntityRelation{A: e.ents[r.a].id, B: e.ents[r.b].id,
			Other: Match{ID: o.id, Name: o.name, Type: o.typ, Score: 1},
			Label: r.label, Subject: r.subject, Weight: r.weight, Evidence: e.evidence(r.evidence), Corrected: r.corrected})
	}
	for j, d := range en.docs {
		doc := &e.docs[d]
		c.Documents = append(c.Documents, EntityDocument{doc.ID, doc.Outlet, doc.Title, doc.URL, doc.Published, en.docMentions[j]})
	}
	return c, true
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// evidence resolves spans to their text: the extractor's evidence spans
// are whole sentences.
// paragraph widens s to the paragraph of text that holds it: paragraphs
// of a cleaned document are separated by blank lines.
func paragraph(text string, s span) span {
	if i := strings.LastIndex(text[:s.start], "\n\n"); i >= 0 {
		s.start = i + 2
	} else {
		s.start = 0
	}
	if i := strings.Index(text[s.end:], "\n\n"); i >= 0 {
		s.end += i
	} else {
		s.end = len(text)
	}
	return s
}

//go:noinline
func (e *Engine) evidence(spans []span) []Evidence {
	out := make([]Evidence, 0, len(spans))
	for _, s := range spans {
		d := &e.docs[s.doc]
		out = append(out, Evidence{Doc: d.ID, Outlet: d.Outlet, Start: s.start, End: s.end, Text: d.Text[s.start:s.end]})
	}
	return out
}

// Timeline returns the events in date order, narrowed by opts. An unknown
// entity gives no events.
func (e *Engine) Timeline(opts TimelineOptions) []Event {
	ent := int32(-1)
	if opts.Entity != "" {
		i, ok := e.entID[opts.Entity]
		if !ok {
			return []Event{}
		}
		ent = i
	}
	out := []Event{}
	for i := range e.events {
		ev := &e.events[i]
		if ent >= 0 && !slices.Contains(ev.entities, ent) || !inRange(ev.date.Value, opts.From, opts.To) {
			continue
		}
		out = append(out, e.timelineEvent(ev))
	}
	return out
}

// timelineEvent is ev as the timeline gives it.
func (e *Engine) timelineEvent(ev *event) Event {
	x := Event{ID: ev.id, Date: ev.date, Text: ev.text, Entities: make([]string, len(ev.entities)),
		Docs: make([]string, len(ev.docs)), Evidence: e.evidence(ev.evidence), Label: ev.label,
		Coverage: Coverage{Documents: make([]DocRef, len(ev.docs))}, Corrected: ev.corrected}
	if x.Label == "" {
		x.Label = headline(ev.text)
	}
	for j, i := range ev.entities {
		x.Entities[j] = e.ents[i].id
	}
	var outlets []string
	for j, d := range ev.docs {
		doc := &e.docs[d]
		x.Docs[j] = doc.ID
		x.Coverage.Documents[j] = DocRef{doc.ID, doc.Outlet, doc.Title}
		if !slices.Contains(outlets, doc.Outlet) {
			outlets = append(outlets, doc.Outlet)
		}
	}
	x.Coverage.OutletCount = len(outlets)
	return x
}

// outletCount counts the distinct outlets of the documents of spans.
//
//go:noinline
func (e *Engine) outletCount(spans []span) int {
	var outlets []string
	for _, s := range spans {
		if o := e.docs[s.doc].Outlet; !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
	}
	return len(outlets)
}

// Graph returns the relationship graph: every relation of at least
// opts.MinWeight, or with opts.Entity set, those touching that entity and
// those among its neighbours. Nodes are sorted by ID.
func (e *Engine) Graph(opts GraphOptions) Graph {
	g := Graph{Nodes: []Node{}, Relations: []Relation{}}
	var near map[int32]bool
	if opts.Entity != "" {
		i, ok := e.entID[opts.Entity]
		if !ok {
			return g
		}
		near = map[int32]bool{i: true}
		for _, r := range e.relations {
			if r.weight >= opts.MinWeight && (r.a == i || r.b == i) {
				near[r.a], near[r.b] = true, true
			}
		}
	}
	in := make(map[int32]bool)
	for _, r := range e.relations {
		if r.weight < opts.MinWeight || near != nil && !(near[r.a] && near[r.b]) {
			continue
		}
		in[r.a], in[r.b] = true, true
		g.Relations = append(g.Relations, Relation{A: e.ents[r.a].id, B: e.ents[r.b].id, Label: r.label, Subject: r.subject,
			Weight: r.weight, Evidence: e.evidence(r.evidence), Corrected: r.corrected})
	}
	for _, i := range e.byID {
		if !in[i] {
			continue
		}
		en := &e.ents[i]
		x, y := en.x, en.y
		if !en.placed {
			x, y = 500, 500
		}
		g.Nodes = append(g.Nodes, Node{ID: en.id, Name: en.name, Type: en.typ, Weight: en.mentions, X: x, Y: y})
	}
	return g
}

// Stats counts the dataset's contents.
func (e *Engine) Stats() Stats {
	return Stats{Documents: len(e.docs), Entities: len(e.ents), Quotes: len(e.quotes),
		Events: len(e.events), Relations: len(e.relations), Schema: e.schema, Version: e.version,
		Outlets: len(e.outlets())}
}
