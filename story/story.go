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
}

type document struct {
	id, title, outlet, published, url, text string
}

type entity struct {
	id, name, typ, role  string
	corrected            bool
	aliases, descriptors []string
	mentions             int
	sources              []int32 // documents mentioning it, each once
	sourceMentions       []int   // mentions per source
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
	root := gjson.Parse(string(data))
	if !root.IsObject() {
		return nil, errors.New("story: dataset is not a JSON object")
	}
	if s := root.Get("schema"); s.Type != gjson.Number || s.Int() != schema.Version {
		return nil, errors.New("story: dataset schema is " + strconv.Quote(s.Raw) + "; want " + strconv.Itoa(schema.Version))
	}
	for _, name := range []string{"documents", "entities", "quotes", "events", "relations"} {
		// A Go encoder writes an empty slice as null: accept it as [].
		if v := root.Get(name); !v.IsArray() && v.Type != gjson.Null || !v.Exists() {
			return nil, errors.New("story: dataset has no " + strconv.Quote(name) + " array")
		}
	}
	e := &Engine{schema: schema.Version, version: root.Get("version").String(), title: root.Get("title").String()}
	if err := e.read(root); err != nil {
		return nil, errors.New("story: " + err.Error())
	}
	e.index()
	return e, nil
}

// array returns the elements of v, or none if v is not an array.
//
//go:noinline
func array(v gjson.Result) []gjson.Result {
	if v.IsArray() {
		return v.Array()
	}
	return nil
}

//go:noinline
func strs(v gjson.Result) []string {
	var out []string
	for _, s := range array(v) {
		out = append(out, s.String())
	}
	return out
}

//go:noinline
func str(v gjson.Result, key string) string { return v.Get(key).String() }

//go:noinline
func errorf(parts ...string) error {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return errors.New(string(b))
}

//go:noinline
func quoteAt(what string, i int) string { return what + " " + strconv.Itoa(i) }

// span reads a span and checks that it lies inside its document.
func (e *Engine) span(v gjson.Result, what string) (span, error) {
	// One pass over the fields: datasets hold many spans.
	var doc string
	var s span
	v.ForEach(func(k, x gjson.Result) bool {
		switch k.Str {
		case "doc":
			doc = x.String()
		case "start":
			s.start = int(x.Int())
		case "end":
			s.end = int(x.Int())
		}
		return true
	})
	d, ok := e.docID[doc]
	if !ok {
		return span{}, errorf(what, " refers to unknown document ", strconv.Quote(doc))
	}
	s.doc = d
	if s.start < 0 || s.end < s.start || s.end > len(e.docs[d].text) {
		return s, errorf(what, ": offsets [", strconv.Itoa(s.start), ", ", strconv.Itoa(s.end),
			") outside document ", strconv.Quote(e.docs[d].id), " (", strconv.Itoa(len(e.docs[d].text)), " bytes)")
	}
	return s, nil
}

// spans reads an array of spans.
func (e *Engine) spans(v gjson.Result, what string) ([]span, error) {
	var out []span
	for _, m := range array(v) {
		s, err := e.span(m, what)
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
		return -1, errorf(what, " refers to unknown entity ", strconv.Quote(id))
	}
	return i, nil
}

// read fills e from the dataset, checking it.
func (e *Engine) read(root gjson.Result) error {
	e.docID = make(map[string]int32)
	for i, v := range array(root.Get("documents")) {
		var d document
		v.ForEach(func(k, x gjson.Result) bool {
			switch k.Str {
			case "id":
				d.id = x.String()
			case "title":
				d.title = x.String()
			case "outlet":
				d.outlet = x.String()
			case "published":
				d.published = x.String()
			case "url":
				d.url = x.String()
			case "text":
				d.text = x.String()
			}
			return true
		})
		if d.id == "" {
			return errorf(quoteAt("document", i), " has no id")
		}
		if _, dup := e.docID[d.id]; dup {
			return errorf("duplicate document id ", strconv.Quote(d.id))
		}
		e.docID[d.id] = int32(len(e.docs))
		e.docs = append(e.docs, d)
	}
	if _, err := e.spans(root.Get("dates"), "date"); err != nil {
		return err
	}

	e.entID = make(map[string]int32)
	for i, v := range array(root.Get("entities")) {
		en := entity{id: str(v, "id"), name: str(v, "name"), typ: str(v, "type"), role: str(v, "role"),
			corrected: v.Get("corrected").Bool(), aliases: strs(v.Get("aliases")), descriptors: strs(v.Get("descriptors"))}
		if en.id == "" {
			return errorf(quoteAt("entity", i), " has no id")
		}
		if _, dup := e.entID[en.id]; dup {
			return errorf("duplicate entity id ", strconv.Quote(en.id))
		}
		mentions, err := e.spans(v.Get("mentions"), "entity "+strconv.Quote(en.id)+" mention")
		if err != nil {
			return err
		}
		for _, s := range mentions {
			en.mentions++
			if j := slices.Index(en.sources, s.doc); j >= 0 {
				en.sourceMentions[j]++
			} else {
				en.sources = append(en.sources, s.doc)
				en.sourceMentions = append(en.sourceMentions, 1)
			}
		}
		e.maxMention = max(e.maxMention, en.mentions)
		e.entID[en.id] = int32(len(e.ents))
		e.ents = append(e.ents, en)
	}

	seen := make(map[string]bool)
	for i, v := range array(root.Get("quotes")) {
		q := quote{id: str(v, "id"), text: str(v, "text"), speaker: -1, corrected: v.Get("corrected").Bool()}
		what := "quote " + strconv.Quote(q.id)
		if q.id == "" {
			return errorf(quoteAt("quote", i), " has no id")
		}
		if seen[q.id] {
			return errorf("duplicate quote id ", strconv.Quote(q.id))
		}
		seen[q.id] = true
		s, err := e.span(v, what)
		if err != nil {
			return err
		}
		q.doc, q.at = s.doc, s
		if q.sources, err = e.spans(v.Get("sources"), what+" source"); err != nil {
			return err
		}
		if len(q.sources) == 0 || q.sources[0] != s {
			q.sources = append([]span{s}, q.sources...)
		}
		if sp := v.Get("speaker"); sp.Exists() && sp.Type != gjson.Null {
			if q.speaker, err = e.entity(sp.String(), what); err != nil {
				return err
			}
		}
		e.quotes = append(e.quotes, q)
	}

	clear(seen)
	for i, v := range array(root.Get("events")) {
		ev := event{id: str(v, "id"), text: str(v, "text"), label: str(v, "label"), corrected: v.Get("corrected").Bool(), date: schema.When{
			Value: str(v, "date.value"), Precision: str(v, "date.precision"), Mod: str(v, "date.mod")}}
		what := "event " + strconv.Quote(ev.id)
		if ev.id == "" {
			return errorf(quoteAt("event", i), " has no id")
		}
		if seen[ev.id] {
			return errorf("duplicate event id ", strconv.Quote(ev.id))
		}
		seen[ev.id] = true
		for _, id := range array(v.Get("entities")) {
			j, err := e.entity(id.String(), what)
			if err != nil {
				return err
			}
			ev.entities = append(ev.entities, j)
		}
		for _, id := range array(v.Get("docs")) {
			d, ok := e.docID[id.String()]
			if !ok {
				return errorf(what, " refers to unknown document ", strconv.Quote(id.String()))
			}
			ev.docs = append(ev.docs, d)
		}
		var err error
		if ev.evidence, err = e.spans(v.Get("evidence"), what+" evidence"); err != nil {
			return err
		}
		e.events = append(e.events, ev)
	}

	for _, v := range array(root.Get("relations")) {
		r := relation{label: str(v, "label"), weight: int(v.Get("weight").Int()), corrected: v.Get("corrected").Bool()}
		what := "relation " + strconv.Quote(str(v, "a")+"–"+str(v, "b"))
		var err error
		if r.a, err = e.entity(str(v, "a"), what); err != nil {
			return err
		}
		if r.b, err = e.entity(str(v, "b"), what); err != nil {
			return err
		}
		if r.evidence, err = e.spans(v.Get("evidence"), what+" evidence"); err != nil {
			return err
		}
		e.relations = append(e.relations, r)
	}

	for i, v := range array(root.Get("contested")) {
		c := contested{id: str(v, "id"), claim: str(v, "claim")}
		what := "contested claim " + strconv.Quote(c.id)
		if c.id == "" {
			return errorf(quoteAt("contested claim", i), " has no id")
		}
		for _, x := range array(v.Get("sides")) {
			sd := side{stance: str(x, "stance"), holder: -1}
			var err error
			if h := x.Get("holder"); h.Exists() && h.Type != gjson.Null {
				if sd.holder, err = e.entity(h.String(), what); err != nil {
					return err
				}
			}
			if sd.evidence, err = e.span(x.Get("evidence"), what+" evidence"); err != nil {
				return err
			}
			c.sides = append(c.sides, sd)
		}
		e.contested = append(e.contested, c)
	}

	for _, v := range array(root.Get("layout")) {
		if i, ok := e.entID[str(v, "id")]; ok {
			en := &e.ents[i]
			en.x, en.y, en.placed = v.Get("x").Float(), v.Get("y").Float(), true
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
			if k := normalize(n); k != "" && !slices.Contains(seen, k) {
				seen = append(seen, k)
				texts = append(texts, n)
				e.names = append(e.names, int32(i))
			}
		}
	}
	e.nameIndex = buildIndex(texts)
}
