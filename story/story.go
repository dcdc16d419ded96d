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

type document struct {
	id, title, outlet, published, url, text string
}

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

// newID checks the ID of the i-th item of a kind, present and not seen
// before in ids, and records it there with the number of items before it.
func newID(ids map[string]int32, kind, id string, i int) error {
	if id == "" {
		return errors.New(kind + " " + strconv.Itoa(i) + " has no id")
	}
	if _, dup := ids[id]; dup {
		return errors.New("duplicate " + kind + " id " + strconv.Quote(id))
	}
	ids[id] = int32(len(ids))
	return nil
}

// span checks that s lies inside its document.
func (e *Engine) span(doc string, start, end int, what string) (span, error) {
	d, ok := e.docID[doc]
	if !ok {
		return span{}, errors.New(what + " refers to unknown document " + strconv.Quote(doc))
	}
	s := span{d, start, end}
	if start < 0 || end < start || end > len(e.docs[d].text) {
		return s, errors.New(what + ": offsets [" + strconv.Itoa(start) + ", " + strconv.Itoa(end) +
			") outside document " + strconv.Quote(e.docs[d].id) + " (" + strconv.Itoa(len(e.docs[d].text)) + " bytes)")
	}
	return s, nil
}

// spans checks an array of spans.
func (e *Engine) spans(in []schema.Span, what string) ([]span, error) {
	var out []span
	for _, m := range in {
		s, err := e.span(m.Doc, m.Start, m.End, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// entity resolves an entity ID.
func (e *Engine) entity(id, what string) (int32, error) {
	i, ok := e.entID[id]
	if !ok {
		return -1, errors.New(what + " refers to unknown entity " + strconv.Quote(id))
	}
	return i, nil
}

// read fills e from the dataset, checking it.
func (e *Engine) read(ds *schema.Dataset) error {
	e.docID = make(map[string]int32)
	for i := range ds.Documents {
		d := &ds.Documents[i]
		if err := newID(e.docID, "document", d.ID, i); err != nil {
			return err
		}
		e.docs = append(e.docs, document{d.ID, d.Title, d.Outlet, d.Published, d.URL, d.Text})
	}
	for _, d := range ds.Dates {
		if _, err := e.span(d.Doc, d.Start, d.End, "date"); err != nil {
			return err
		}
	}

	e.entID = make(map[string]int32)
	for i := range ds.Entities {
		v := &ds.Entities[i]
		en := entity{id: v.ID, name: v.Name, typ: v.Type, role: v.Role, corrected: v.Corrected, aliases: v.Aliases, descriptors: v.Descriptors}
		if err := newID(e.entID, "entity", en.id, i); err != nil {
			return err
		}
		mentions, err := e.spans(v.Mentions, "entity "+strconv.Quote(en.id)+" mention")
		if err != nil {
			return err
		}
		for _, s := range mentions {
			en.mentions++
			if j := slices.Index(en.docs, s.doc); j >= 0 {
				en.docMentions[j]++
			} else {
				en.docs = append(en.docs, s.doc)
				en.docMentions = append(en.docMentions, 1)
			}
		}
		e.maxMention = max(e.maxMention, en.mentions)
		e.ents = append(e.ents, en)
	}

	seen := make(map[string]int32)
	for i := range ds.Quotes {
		v := &ds.Quotes[i]
		q := quote{id: v.ID, text: v.Text, speaker: -1, corrected: v.Corrected}
		what := "quote " + strconv.Quote(q.id)
		if err := newID(seen, "quote", q.id, i); err != nil {
			return err
		}
		s, err := e.span(v.Doc, v.Start, v.End, what)
		if err != nil {
			return err
		}
		q.doc, q.at = s.doc, s
		for _, src := range v.Sources {
			t, err := e.span(src.Doc, src.Start, src.End, what+" source")
			if err != nil {
				return err
			}
			q.sources = append(q.sources, t)
		}
		if len(q.sources) == 0 || q.sources[0] != s {
			q.sources = append([]span{s}, q.sources...)
		}
		if v.Speaker != nil {
			if q.speaker, err = e.entity(*v.Speaker, what); err != nil {
				return err
			}
		}
		e.quotes = append(e.quotes, q)
	}

	clear(seen)
	for i := range ds.Events {
		v := &ds.Events[i]
		ev := event{id: v.ID, text: v.Text, label: v.Label, corrected: v.Corrected, date: v.Date}
		what := "event " + strconv.Quote(ev.id)
		if err := newID(seen, "event", ev.id, i); err != nil {
			return err
		}
		for _, id := range v.Entities {
			j, err := e.entity(id, what)
			if err != nil {
				return err
			}
			ev.entities = append(ev.entities, j)
		}
		for _, id := range v.Docs {
			d, ok := e.docID[id]
			if !ok {
				return errors.New(what + " refers to unknown document " + strconv.Quote(id))
			}
			ev.docs = append(ev.docs, d)
		}
		var err error
		if ev.evidence, err = e.spans(v.Evidence, what+" evidence"); err != nil {
			return err
		}
		e.events = append(e.events, ev)
	}

	for i := range ds.Relations {
		v := &ds.Relations[i]
		r := relation{label: v.Label, subject: v.Subject, weight: v.Weight, corrected: v.Corrected}
		what := "relation " + strconv.Quote(v.A+"–"+v.B)
		var err error
		if r.a, err = e.entity(v.A, what); err != nil {
			return err
		}
		if r.b, err = e.entity(v.B, what); err != nil {
			return err
		}
		if v.Subject != "" && v.Subject != v.A && v.Subject != v.B {
			return errors.New("story: " + what + ": subject " + strconv.Quote(v.Subject) + " is neither of its entities")
		}
		if r.evidence, err = e.spans(v.Evidence, what+" evidence"); err != nil {
			return err
		}
		e.relations = append(e.relations, r)
	}

	for i := range ds.Contested {
		v := &ds.Contested[i]
		c := contested{id: v.ID, claim: v.Claim}
		what := "contested claim " + strconv.Quote(c.id)
		if c.id == "" {
			return errors.New("contested claim " + strconv.Itoa(i) + " has no id")
		}
		for j := range v.Sides {
			x := &v.Sides[j]
			sd := side{stance: x.Stance, holder: -1}
			var err error
			if x.Holder != nil {
				if sd.holder, err = e.entity(*x.Holder, what); err != nil {
					return err
				}
			}
			if sd.evidence, err = e.span(x.Evidence.Doc, x.Evidence.Start, x.Evidence.End, what+" evidence"); err != nil {
				return err
			}
			c.sides = append(c.sides, sd)
		}
		e.contested = append(e.contested, c)
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
