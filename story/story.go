// Package story answers questions about a compiled story dataset
// (dataset.json): who is in it, what they said, what happened when, and who
// is linked to whom. It is the query engine behind the wasm module and
// imports neither syscall/js nor os.
//
// Open reads and validates a dataset and builds its indexes once; the
// methods of Engine then answer queries without further allocation than
// their results need. Results are plain structs whose JSON form (their
// json tags) is the JavaScript API described in DESIGN.md.
package story

import (
	"errors"
	"github.com/storylens/storylens/internal/textnorm"
	"slices"
	"strconv"

	"github.com/storylens/storylens/schema"
	"github.com/tidwall/gjson"
)

// Engine answers queries about one dataset. It is safe for concurrent use.
type Engine struct {
	schema  int
	version string
	title   string

	docs      []document
	docID     map[string]int32
	ents      []entity
	entID     map[string]int32
	quotes    []quote
	events    []event // by date, then ID
	relations []relation
	contested []contested
	byID      []int32 // entities in ID order

	quoteIndex *index
	nameIndex  *index
	names      []int32 // nameIndex text → entity
	maxMention int
	refs       []Ref // entity → its Ref, for the answers
}

// document is the dataset's own: the engine reads its documents as they are.
type document = schema.Document

type entity struct {
	id, name, typ, role  string
	corrected            bool
	aliases, descriptors []string
	mentions             int
	docs                 []int32 // documents mentioning it, each once
	docMentions          []int   // mentions per document
	x, y                 float64
	placed               bool
}

type quote struct {
	id, text  string
	doc       int32
	at        span   // where the quote stands in its document
	sources   []span // every place the quotation is reported, at first
	speaker   int32  // -1 when unknown
	corrected bool
}

type event struct {
	id        string
	date      schema.When
	label     string
	text      string
	corrected bool
	entities  []int32
	docs      []int32
	evidence  []span
}

type relation struct {
	a, b      int32
	label     string
	subject   string // the entity ID the label reads from, or ""
	weight    int
	evidence  []span
	corrected bool
}

type contested struct {
	id, claim string
	sides     []side
}

type side struct {
	stance   string
	holder   int32 // -1 when the text names no one
	evidence span
}

type span struct {
	doc        int32
	start, end int
}

// Open reads a dataset and builds the engine's indexes. It reports an error
// if data is not a schema 1 dataset or if the dataset is inconsistent: a
// required array missing, an ID repeated or unknown, an offset outside its
// document.
func Open(data []byte) (*Engine, error) {
	if len(data) == 0 {
		return nil, errors.New("story: dataset is empty")
	}
	if !gjson.ValidBytes(data) {
		return nil, errors.New("story: dataset is not valid JSON")
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return nil, errors.New("story: dataset is not a JSON object")
	}
	// One pass over the top level (the values are megabytes) reads the
	// dataset into schema's types; read then checks what types cannot say.
	ds, err := decodeDataset(root)
	if err != nil {
		return nil, errors.New("story: dataset " + err.Error())
	}
	e := &Engine{schema: schema.Version, version: ds.Version, title: ds.Title}
	if err := e.read(&ds); err != nil {
		return nil, errors.New("story: " + err.Error())
	}
	e.index()
	return e, nil
}

// item names the dataset item being read, for its errors: its kind and,
// once it has one, its ID ("quote \"q1\""). The name is built only when
// an error needs it.
type item struct{ kind, id string }

func (it item) String() string {
	if it.id == "" {
		return it.kind
	}
	return it.kind + " " + strconv.Quote(it.id)
}

// fail returns the error "<item><part><msg><quoted ref>". It is not
// inlined: read calls it from every check, and a check rarely fails.
//
//go:noinline
func (it item) fail(part, msg, ref string) error {
	return errors.New(it.String() + part + msg + strconv.Quote(ref))
}

// newID checks the ID of the i-th item of a kind, present and not seen
// before in ids, and records it there with the number of items before it.
func newID(ids map[string]int32, kind, id string, i int) error {
	if id == "" {
		return errors.New(kind + " " + strconv.Itoa(i) + " has no id")
	}
	if _, dup := ids[id]; dup {
		return item{"duplicate " + kind, ""}.fail("", " id ", id)
	}
	ids[id] = int32(len(ids))
	return nil
}

// span checks that a span of the item's part (" evidence") lies inside
// its document.
func (e *Engine) span(m schema.Span, it item, part string) (span, error) {
	d, ok := e.docID[m.Doc]
	if !ok {
		return span{}, it.fail(part, " refers to unknown document ", m.Doc)
	}
	s := span{d, m.Start, m.End}
	if n := len(e.docs[d].Text); m.Start < 0 || m.End < m.Start || m.End > n {
		return s, errors.New(it.String() + part + ": offsets [" + strconv.Itoa(m.Start) + ", " + strconv.Itoa(m.End) +
			") outside document " + strconv.Quote(m.Doc) + " (" + strconv.Itoa(n) + " bytes)")
	}
	return s, nil
}

// spans checks an array of spans.
func (e *Engine) spans(in []schema.Span, it item, part string) ([]span, error) {
	out := make([]span, 0, len(in))
	for _, m := range in {
		s, err := e.span(m, it, part)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// entity resolves an entity ID.
func (e *Engine) entity(id string, it item) (int32, error) {
	i, ok := e.entID[id]
	if !ok {
		return -1, it.fail("", " refers to unknown entity ", id)
	}
	return i, nil
}

// read fills e from the dataset, checking it.
func (e *Engine) read(ds *schema.Dataset) error {
	e.docID = make(map[string]int32)
	e.docs = ds.Documents
	for i := range e.docs {
		if err := newID(e.docID, "document", e.docs[i].ID, i); err != nil {
			return err
		}
	}
	for _, d := range ds.Dates {
		if _, err := e.span(schema.Span{Doc: d.Doc, Start: d.Start, End: d.End}, item{"date", ""}, ""); err != nil {
			return err
		}
	}

	e.entID = make(map[string]int32)
	e.ents = make([]entity, len(ds.Entities))
	for i := range ds.Entities {
		v := &ds.Entities[i]
		if err := newID(e.entID, "entity", v.ID, i); err != nil {
			return err
		}
		mentions, err := e.spans(v.Mentions, item{"entity", v.ID}, " mention")
		if err != nil {
			return err
		}
		en := &e.ents[i]
		*en = entity{id: v.ID, name: v.Name, typ: v.Type, role: v.Role, corrected: v.Corrected, aliases: v.Aliases, descriptors: v.Descriptors, mentions: len(mentions)}
		for _, s := range mentions {
			if j := slices.Index(en.docs, s.doc); j >= 0 {
				en.docMentions[j]++
			} else {
				en.docs = append(en.docs, s.doc)
				en.docMentions = append(en.docMentions, 1)
			}
		}
		e.maxMention = max(e.maxMention, en.mentions)
	}

	seen := make(map[string]int32)
	e.quotes = make([]quote, len(ds.Quotes))
	for i := range ds.Quotes {
		v := &ds.Quotes[i]
		it := item{"quote", v.ID}
		if err := newID(seen, "quote", v.ID, i); err != nil {
			return err
		}
		s, err := e.span(schema.Span{Doc: v.Doc, Start: v.Start, End: v.End}, it, "")
		if err != nil {
			return err
		}
		q := &e.quotes[i]
		*q = quote{id: v.ID, text: v.Text, doc: s.doc, at: s, speaker: -1, corrected: v.Corrected}
		q.sources = make([]span, 1, len(v.Sources)+1)
		q.sources[0] = s
		for j, src := range v.Sources {
			t, err := e.span(schema.Span{Doc: src.Doc, Start: src.Start, End: src.End}, it, " source")
			if err != nil {
				return err
			}
			if j > 0 || t != s {
				q.sources = append(q.sources, t)
			}
		}
		if v.Speaker != nil {
			if q.speaker, err = e.entity(*v.Speaker, it); err != nil {
				return err
			}
		}
	}

	clear(seen)
	e.events = make([]event, len(ds.Events))
	for i := range ds.Events {
		v := &ds.Events[i]
		it := item{"event", v.ID}
		if err := newID(seen, "event", v.ID, i); err != nil {
			return err
		}
		ev := &e.events[i]
		*ev = event{id: v.ID, text: v.Text, label: v.Label, corrected: v.Corrected, date: v.Date,
			entities: make([]int32, len(v.Entities)), docs: make([]int32, len(v.Docs))}
		var err error
		for j, id := range v.Entities {
			if ev.entities[j], err = e.entity(id, it); err != nil {
				return err
			}
		}
		for j, id := range v.Docs {
			d, ok := e.docID[id]
			if !ok {
				return it.fail("", " refers to unknown document ", id)
			}
			ev.docs[j] = d
		}
		if ev.evidence, err = e.spans(v.Evidence, it, " evidence"); err != nil {
			return err
		}
	}

	e.relations = make([]relation, len(ds.Relations))
	for i := range ds.Relations {
		v := &ds.Relations[i]
		r := &e.relations[i]
		*r = relation{label: v.Label, subject: v.Subject, weight: v.Weight, corrected: v.Corrected}
		it := item{"relation", v.A + "–" + v.B}
		var err error
		if r.a, err = e.entity(v.A, it); err != nil {
			return err
		}
		if r.b, err = e.entity(v.B, it); err != nil {
			return err
		}
		if v.Subject != "" && v.Subject != v.A && v.Subject != v.B {
			return errors.New("story: " + it.String() + ": subject " + strconv.Quote(v.Subject) + " is neither of its entities")
		}
		if r.evidence, err = e.spans(v.Evidence, it, " evidence"); err != nil {
			return err
		}
	}

	e.contested = make([]contested, len(ds.Contested))
	for i := range ds.Contested {
		v := &ds.Contested[i]
		if v.ID == "" {
			return errors.New("contested claim " + strconv.Itoa(i) + " has no id")
		}
		it := item{"contested claim", v.ID}
		c := &e.contested[i]
		*c = contested{id: v.ID, claim: v.Claim, sides: make([]side, len(v.Sides))}
		for j := range v.Sides {
			x := &v.Sides[j]
			sd := &c.sides[j]
			sd.stance, sd.holder = x.Stance, -1
			var err error
			if x.Holder != nil {
				if sd.holder, err = e.entity(*x.Holder, it); err != nil {
					return err
				}
			}
			if sd.evidence, err = e.span(x.Evidence, it, " evidence"); err != nil {
				return err
			}
		}
	}

	for _, v := range ds.Layout {
		if i, ok := e.entID[v.ID]; ok {
			en := &e.ents[i]
			en.x, en.y, en.placed = v.X, v.Y, true
		}
	}
	return nil
}

// index sorts the events and entities and builds the search indexes.
func (e *Engine) index() {
	perm := make([]int32, len(e.events))
	for i := range perm {
		perm[i] = int32(i)
	}
	sortInt32(perm, func(a, b int32) bool {
		x, y := &e.events[a], &e.events[b]
		return x.date.Value < y.date.Value || x.date.Value == y.date.Value && x.id < y.id
	})
	events := make([]event, len(e.events))
	for i, p := range perm {
		events[i] = e.events[p]
	}
	e.events = events
	e.byID = make([]int32, len(e.ents))
	for i := range e.byID {
		e.byID[i] = int32(i)
	}
	sortInt32(e.byID, func(a, b int32) bool { return e.ents[a].id < e.ents[b].id })

	texts := make([]string, len(e.quotes))
	for i, q := range e.quotes {
		texts[i] = q.text
	}
	e.quoteIndex = buildIndex(texts)
	texts = texts[:0]
	for i, en := range e.ents {
		var seen []string
		for _, n := range append([]string{en.name}, en.aliases...) {
			if k := textnorm.Normalize(n); k != "" && !slices.Contains(seen, k) {
				seen = append(seen, k)
				texts = append(texts, n)
				e.names = append(e.names, int32(i))
			}
		}
	}
	e.nameIndex = buildIndex(texts)
	e.refs = make([]Ref, len(e.ents))
	for i, en := range e.ents {
		e.refs[i] = Ref{en.id, en.name}
	}
}
