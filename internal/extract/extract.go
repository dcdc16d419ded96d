// Package extract turns raw news page dumps into a StoryLens dataset.
//
// The pipeline runs per document, then merges across documents:
// boilerplate removal (boilerplate.go), sentence segmentation (segment.go),
// entity recognition and coreference (entities.go, coref.go), quotes and
// speakers (quotes.go), calendar expressions (dates.go), and finally events,
// relations and contested claims merged across outlets (events.go,
// relations.go, contested.go). The word lists are embedded data files of
// package lexicon (internal/extract/lexicon/data, one category a file).
package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/storylens/storylens/internal/learn"
	"github.com/storylens/storylens/schema"
)

// Meta is an article's NAME.meta.json.
type Meta struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Language  string `json:"language"`
	Format    string `json:"format"`
}

// Article is one input: the raw text dump and its metadata.
type Article struct {
	File string // base name, e.g. "000_x.txt"
	Text []byte
	Meta Meta
}

// doc is one article while it is being analysed.
type doc struct {
	id      string
	file    string
	meta    Meta
	pg      page
	text    string
	paras   [][2]int // paragraph spans in text
	heading []bool   // paragraph is the title or a subheading
	sents   []sentence
	pub     time.Time
	hasPub  bool
	lower   map[string]bool // words seen in lower case
	ments   []mention       // named mentions, sorted by start
	refs    []mention       // pronoun and descriptor mentions, resolved
	quotes  []quoteSpan
	dates   []schema.Date
	ents    []*docEntity
}

// Build extracts and merges every article into one dataset. Articles are
// processed in file-name order, so the result does not depend on the order
// of the input slice.
func Build(articles []Article) (*schema.Dataset, error) {
	return build(articles, namesModel())
}

// build is Build with the given name tagger (nil: the rules alone).
func build(articles []Article, tagger *learn.Tagger) (ds *schema.Dataset, err error) {
	// A bug in one of the heuristics must not take down the caller: turn a
	// panic into an error naming the article being processed.
	current := ""
	defer func() {
		if r := recover(); r != nil {
			ds, err = nil, fmt.Errorf("%s: internal error: %v", current, r)
		}
	}()
	sorted := append([]Article(nil), articles...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].File < sorted[j].File })
	seen := map[string]string{}
	for _, a := range sorted {
		if err := checkArticle(a); err != nil {
			return nil, err
		}
		id := docID(a.File)
		if prev, ok := seen[id]; ok {
			return nil, fmt.Errorf("%s: duplicate document id %q (also %s)", a.File, id, prev)
		}
		seen[id] = a.File
	}
	// Documents are independent until their entities are merged: clean,
	// segment and tag them on every core.
	docs := make([]*doc, len(sorted))
	file := func(i int) string { return sorted[i].File }
	if err := eachDoc(len(sorted), file, func(i int) { docs[i] = newDoc(sorted[i]) }); err != nil {
		return nil, err
	}
	capSeen := capitalisedWords(docs)
	if err := eachDoc(len(docs), file, func(i int) { docs[i].findEntitiesWith(capSeen, tagger) }); err != nil {
		return nil, err
	}
	current = "merging entities"
	reg := mergeEntities(docs)
	res := resolveEntities(docs, reg)
	// Coreference writes descriptors into the merged entities: one
	// document at a time from here.
	for _, d := range docs {
		current = d.file
		d.resolveRefs()
		d.attributeQuotes()
		d.findDates()
	}
	current = "building the dataset"
	ds = &schema.Dataset{
		Schema:    schema.Version,
		Documents: []schema.Document{},
		Entities:  reg.entities(),
		Quotes:    []schema.Quote{},
		Dates:     []schema.Date{},
		Layout:    []schema.Position{},
	}
	res.annotate(ds.Entities)
	for _, d := range docs {
		ds.Documents = append(ds.Documents, d.document())
		ds.Quotes = append(ds.Quotes, d.schemaQuotes(reg)...)
		ds.Dates = append(ds.Dates, d.dates...)
	}
	if len(docs) > 0 {
		ds.Title = docs[0].pg.title
	}
	var attribution []schema.Contested
	ds.Quotes, attribution = mergeQuotes(docs, ds)
	ds.Events = buildEvents(docs, reg)
	ds.Relations = buildRelations(docs, reg)
	ds.Contested = buildContested(docs, reg)
	ds.Contested = append(ds.Contested, attribution...)
	ds.Contested = append(ds.Contested, contestedFigures(docs, ds)...)
	return ds, nil
}

// newDoc cleans an article and segments its text.
func newDoc(a Article) *doc {
	d := &doc{id: docID(a.File), file: a.File, meta: a.Meta}
	if t, err := time.Parse("2006-01-02", a.Meta.Published); err == nil {
		d.pub, d.hasPub = t, true
	}
	d.pg = cleanPage(strings.TrimPrefix(string(a.Text), "\ufeff"))
	var b strings.Builder
	for i, p := range d.pg.paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		s := b.Len()
		b.WriteString(p)
		d.paras = append(d.paras, [2]int{s, b.Len()})
		d.heading = append(d.heading, i == 0 || isHeading(p))
	}
	d.text = b.String()
	d.pg.paras = nil // copied into text; nothing later reads them
	// The remaining page fields are slices of the raw page: copy them so
	// the raw page can be freed.
	d.pg.title, d.pg.standfirst = strings.Clone(d.pg.title), strings.Clone(d.pg.standfirst)
	for _, l := range [][]string{d.pg.byline, d.pg.contributors, d.pg.dropped} {
		for i := range l {
			l[i] = strings.Clone(l[i])
		}
	}
	defer d.findQuoteSpans()
	d.lower = map[string]bool{}
	for i, ps := range d.paras {
		for _, s := range splitSentences(d.text, ps[0], ps[1], i) {
			d.sents = append(d.sents, s)
			for _, t := range s.toks {
				if r := firstRune(t.w); r >= 'a' && r <= 'z' {
					d.lower[t.w] = true
				}
			}
		}
	}
	return d
}

// isHeading reports whether a kept paragraph reads as a subheading: short
// and without closing punctuation.
func isHeading(p string) bool {
	if wordCount(p) > 25 {
		return false
	}
	// "Budget passes (Updated)": a short parenthetical tag.
	if strings.HasSuffix(p, ")") {
		if i := strings.LastIndex(p, " ("); i > 0 && wordCount(p[i:]) <= 3 {
			p = p[:i]
		}
	}
	r := lastRune(p)
	return !strings.ContainsRune(".!?”\"’')…:;", r)
}

func (d *doc) document() schema.Document {
	doc := schema.Document{
		ID:           d.id,
		File:         d.file,
		Title:        d.pg.title,
		Standfirst:   d.pg.standfirst,
		Outlet:       d.meta.Outlet,
		Published:    d.meta.Published,
		URL:          d.meta.URL,
		Language:     d.meta.Language,
		Format:       d.meta.Format,
		Byline:       nonNil(d.pg.byline),
		Contributors: d.pg.contributors,
		Dropped:      nonNil(d.pg.dropped),
		Text:         d.text,
	}
	return doc
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// sentenceAt returns the index of the sentence holding offset off, or -1.
func (d *doc) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].e > off })
	if i < len(d.sents) && d.sents[i].s <= off {
		return i
	}
	return -1
}
