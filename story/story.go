// Package story answers questions about a compiled story dataset
// (dataset.json): who is in it, what they said, what happened when, and who
// is linked to whom. It is the query engine behind the wasm module and
// imports neither syscall/js nor os.
//
// Open reads and validates a dataset and builds its indexes once; the
// methods of Engine then answer queries without further allocation than
// their results need. Results are plain structs whose JSON form (their
// json tags, or AppendJSON) is the JavaScript API described in DESIGN.md.
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

	quoteIndex *index
	nameIndex  *index
	names      []int32 // nameIndex text → entity
	maxMention int
}

type document struct {
	id, title, outlet, published, url, text string
}

type entity struct {
	id, name, typ        string
	aliases, descriptors []string
	mentions             int
	sources              []int32 // documents mentioning it, each once
	sourceMentions       []int   // mentions per source
	x, y                 float64
	placed               bool
}

type quote struct {
	id, text string
	doc      int32
	speaker  int32 // -1 when unknown
}

type event struct {
	id       string
	date     schema.When
	text     string
	entities []int32
	docs     []int32
	evidence []span
}

type relation struct {
	a, b     int32
	label    string
	weight   int
	evidence []span
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
	e := &Engine{}
	if s := root.Get("schema"); s.Type != gjson.Number || s.Int() != schema.Version {
		return nil, errors.New("story: dataset schema is " + strconv.Quote(s.Raw) + "; want " + strconv.Itoa(schema.Version))
	}
	e.schema = schema.Version
	e.version = root.Get("version").String()
	e.title = root.Get("title").String()
	for _, name := range []string{"documents", "entities", "quotes", "events", "relations"} {
		if !root.Get(name).IsArray() {
			return nil, errors.New("story: dataset has no " + strconv.Quote(name) + " array")
		}
	}
	var err error
	fail := func(msg string) bool {
		err = errors.New("story: " + msg)
		return false
	}
	str := func(v gjson.Result, key string) string { return v.Get(key).String() }

	e.docID = make(map[string]int32)
	root.Get("documents").ForEach(func(_, v gjson.Result) bool {
		d := document{id: str(v, "id"), title: str(v, "title"), outlet: str(v, "outlet"),
			published: str(v, "published"), url: str(v, "url"), text: str(v, "text")}
		if d.id == "" {
			return fail("document " + strconv.Itoa(len(e.docs)) + " has no id")
		}
		if _, dup := e.docID[d.id]; dup {
			return fail("duplicate document id " + strconv.Quote(d.id))
		}
		e.docID[d.id] = int32(len(e.docs))
		e.docs = append(e.docs, d)
		return true
	})
	if err != nil {
		return nil, err
	}
	// readSpan checks that a span lies inside its document.
	readSpan := func(v gjson.Result, what string) (span, bool) {
		d, ok := e.docID[str(v, "doc")]
		if !ok {
			return span{}, fail(what + " refers to unknown document " + strconv.Quote(str(v, "doc")))
		}
		s := span{doc: d, start: int(v.Get("start").Int()), end: int(v.Get("end").Int())}
		if s.start < 0 || s.end < s.start || s.end > len(e.docs[d].text) {
			return s, fail(what + ": offsets [" + strconv.Itoa(s.start) + ", " + strconv.Itoa(s.end) +
				") outside document " + strconv.Quote(e.docs[d].id) + " (" + strconv.Itoa(len(e.docs[d].text)) + " bytes)")
		}
		return s, true
	}
	strs := func(v gjson.Result) []string {
		var out []string
		v.ForEach(func(_, s gjson.Result) bool {
			out = append(out, s.String())
			return true
		})
		return out
	}

	root.Get("dates").ForEach(func(_, v gjson.Result) bool {
		_, ok := readSpan(v, "date "+strconv.Quote(str(v, "text")))
		return ok
	})
	if err != nil {
		return nil, err
	}

	e.entID = make(map[string]int32)
	root.Get("entities").ForEach(func(_, v gjson.Result) bool {
		en := entity{id: str(v, "id"), name: str(v, "name"), typ: str(v, "type"),
			aliases: strs(v.Get("aliases")), descriptors: strs(v.Get("descriptors"))}
		what := "entity " + strconv.Quote(en.id)
		if en.id == "" {
			return fail("entity " + strconv.Itoa(len(e.ents)) + " has no id")
		}
		if _, dup := e.entID[en.id]; dup {
			return fail("duplicate entity id " + strconv.Quote(en.id))
		}
		ok := true
		v.Get("mentions").ForEach(func(_, m gjson.Result) bool {
			var s span
			if s, ok = readSpan(m, what+" mention"); !ok {
				return false
			}
			en.mentions++
			if i := slices.Index(en.sources, s.doc); i >= 0 {
				en.sourceMentions[i]++
			} else {
				en.sources = append(en.sources, s.doc)
				en.sourceMentions = append(en.sourceMentions, 1)
			}
			return true
		})
		if !ok {
			return false
		}
		e.maxMention = max(e.maxMention, en.mentions)
		e.entID[en.id] = int32(len(e.ents))
		e.ents = append(e.ents, en)
		return true
	})
	if err != nil {
		return nil, err
	}
	entityRef := func(id, what string) (int32, bool) {
		i, ok := e.entID[id]
		if !ok {
			return -1, fail(what + " refers to unknown entity " + strconv.Quote(id))
		}
		return i, true
	}

	quoteIDs := make(map[string]bool)
	root.Get("quotes").ForEach(func(_, v gjson.Result) bool {
		q := quote{id: str(v, "id"), text: str(v, "text"), speaker: -1}
		what := "quote " + strconv.Quote(q.id)
		if q.id == "" {
			return fail("quote " + strconv.Itoa(len(e.quotes)) + " has no id")
		}
		if quoteIDs[q.id] {
			return fail("duplicate quote id " + strconv.Quote(q.id))
		}
		quoteIDs[q.id] = true
		s, ok := readSpan(v, what)
		if !ok {
			return false
		}
		q.doc = s.doc
		if sp := v.Get("speaker"); sp.Exists() && sp.Type != gjson.Null {
			if q.speaker, ok = entityRef(sp.String(), what); !ok {
				return false
			}
		}
		e.quotes = append(e.quotes, q)
		return true
	})
	if err != nil {
		return nil, err
	}

	eventIDs := make(map[string]bool)
	root.Get("events").ForEach(func(_, v gjson.Result) bool {
		ev := event{id: str(v, "id"), text: str(v, "text"), date: schema.When{
			Value: str(v, "date.value"), Precision: str(v, "date.precision"), Mod: str(v, "date.mod")}}
		what := "event " + strconv.Quote(ev.id)
		if ev.id == "" {
			return fail("event " + strconv.Itoa(len(e.events)) + " has no id")
		}
		if eventIDs[ev.id] {
			return fail("duplicate event id " + strconv.Quote(ev.id))
		}
		eventIDs[ev.id] = true
		ok := true
		v.Get("entities").ForEach(func(_, id gjson.Result) bool {
			var i int32
			if i, ok = entityRef(id.String(), what); ok {
				ev.entities = append(ev.entities, i)
			}
			return ok
		})
		v.Get("docs").ForEach(func(_, id gjson.Result) bool {
			d, found := e.docID[id.String()]
			if !found {
				ok = fail(what + " refers to unknown document " + strconv.Quote(id.String()))
				return false
			}
			ev.docs = append(ev.docs, d)
			return true
		})
		v.Get("evidence").ForEach(func(_, m gjson.Result) bool {
			var s span
			if s, ok = readSpan(m, what+" evidence"); ok {
				ev.evidence = append(ev.evidence, s)
			}
			return ok
		})
		e.events = append(e.events, ev)
		return ok
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(e.events, func(a, b event) int {
		switch {
		case a.date.Value < b.date.Value:
			return -1
		case a.date.Value > b.date.Value:
			return 1
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})

	root.Get("relations").ForEach(func(_, v gjson.Result) bool {
		r := relation{label: str(v, "label"), weight: int(v.Get("weight").Int())}
		what := "relation " + strconv.Quote(str(v, "a")+"–"+str(v, "b"))
		var ok bool
		if r.a, ok = entityRef(str(v, "a"), what); !ok {
			return false
		}
		if r.b, ok = entityRef(str(v, "b"), what); !ok {
			return false
		}
		v.Get("evidence").ForEach(func(_, m gjson.Result) bool {
			var s span
			if s, ok = readSpan(m, what+" evidence"); ok {
				r.evidence = append(r.evidence, s)
			}
			return ok
		})
		e.relations = append(e.relations, r)
		return ok
	})
	if err != nil {
		return nil, err
	}

	root.Get("layout").ForEach(func(_, v gjson.Result) bool {
		if i, ok := e.entID[str(v, "id")]; ok {
			en := &e.ents[i]
			en.x, en.y, en.placed = v.Get("x").Float(), v.Get("y").Float(), true
		}
		return true
	})

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
	return e, nil
}
