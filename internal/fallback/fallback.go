// Package fallback renders the static StoryLens fragment that readers see
// before the WebAssembly engine arrives, and keep when it cannot run: a
// summary of the story, its key people and the dated list of events, each
// naming its outlets. The fragment goes inside the embed's
// <div data-storylens> element so that readers without JavaScript and search
// engines get the same facts.
//
// Everything from the dataset passes through html/template, which escapes
// text and refuses unsafe URLs; links are emitted only for http and https
// addresses.
package fallback

import (
	"cmp"
	"embed"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/storylens/storylens/schema"
)

//go:embed fallback.html.tmpl
var files embed.FS

var tmpl = template.Must(template.New("fallback.html.tmpl").ParseFS(files, "fallback.html.tmpl"))

// Options tune the fragment.
type Options struct {
	// People is the most key people listed; 0 means 6.
	People int
	// Entity, when set, restricts the dated list to events naming that entity ID.
	Entity string
}

// View is the data the template renders. It is exported so that page
// templates (tools/demopage) can reuse it.
type View struct {
	Title   string
	Summary string
	People  []Person
	Events  []Event
	Sources []Source
	// Contested lists the claims on which sources disagree, and which
	// events, quotes and relations rest on their evidence.
	Contested []Claim
	// ContestedEvents, ContestedQuotes and ContestedRelations are the IDs
	// ("a~b" for relations) whose evidence overlaps a contested claim's, space
	// separated: the widget reads them from the fragment to mark those items.
	ContestedEvents, ContestedQuotes, ContestedRelations string
}

// Claim is one contested claim.
type Claim struct {
	ID, Text string
	Sides    []Side
}

// Side is one position on a claim: who holds it, the sentence and the outlet.
type Side struct {
	Stance, Source, Sentence, Outlet string
}

// Person is one key person.
type Person struct {
	ID, Name    string
	Descriptors []string
	Quotes      int
}

// Event is one dated line of the chronology.
type Event struct {
	ID, Date, ISO, Text string
	Outlets             []string
	Contested           bool
}

// Source is one article the story was compiled from.
type Source struct {
	Outlet, Title, Published string
	// URL is empty unless the address is http or https.
	URL string
}

// Render writes the fallback fragment for ds to w.
func Render(w io.Writer, ds *schema.Dataset, opt Options) error {
	return tmpl.Execute(w, Build(ds, opt))
}

// Build computes the fallback view of ds.
func Build(ds *schema.Dataset, opt Options) View {
	if opt.People <= 0 {
		opt.People = 6
	}
	outlet := map[string]string{}
	var v View
	for _, d := range ds.Documents {
		outlet[d.ID] = d.Outlet
		v.Sources = append(v.Sources, Source{Outlet: d.Outlet, Title: d.Title, Published: d.Published, URL: safeURL(d.URL)})
	}
	v.Title = ds.Title
	if v.Title == "" && len(ds.Documents) > 0 {
		v.Title = ds.Documents[0].Title
	}
	v.Summary = summary(ds)

	quotes := map[string]int{}
	for _, q := range ds.Quotes {
		if q.Speaker != nil {
			quotes[*q.Speaker]++
		}
	}
	people := make([]schema.Entity, 0)
	for _, e := range ds.Entities {
		if e.Type == "person" {
			people = append(people, e)
		}
	}
	slices.SortStableFunc(people, func(a, b schema.Entity) int {
		return cmp.Or(cmp.Compare(len(b.Mentions)+quotes[b.ID], len(a.Mentions)+quotes[a.ID]), cmp.Compare(a.Name, b.Name))
	})
	for i, e := range people {
		if i == opt.People {
			break
		}
		d := dedupe(e.Descriptors)
		if len(d) > 2 {
			d = d[:2]
		}
		v.People = append(v.People, Person{ID: e.ID, Name: e.Name, Descriptors: d, Quotes: quotes[e.ID]})
	}

	contested := contestedItems(ds, &v)
	events := slices.Clone(ds.Events)
	slices.SortStableFunc(events, func(a, b schema.Event) int {
		return cmp.Or(cmp.Compare(a.Date.Value, b.Date.Value), cmp.Compare(modRank(a.Date.Mod), modRank(b.Date.Mod)))
	})
	for _, e := range events {
		if opt.Entity != "" && !slices.Contains(e.Entities, opt.Entity) {
			continue
		}
		var outs []string
		for _, d := range e.Docs {
			if o := outlet[d]; o != "" && !slices.Contains(outs, o) {
				outs = append(outs, o)
			}
		}
		v.Events = append(v.Events, Event{ID: e.ID, Date: FormatDate(e.Date.Value, e.Date.Precision, e.Date.Mod), ISO: e.Date.Value, Text: e.Text, Outlets: outs, Contested: contested[e.ID]})
	}
	return v
}

// summary says in one sentence what the story was compiled from.
func summary(ds *schema.Dataset) string {
	var outs []string
	for _, d := range ds.Documents {
		if d.Outlet != "" && !slices.Contains(outs, d.Outlet) {
			outs = append(outs, d.Outlet)
		}
	}
	s := "Compiled from " + plural(len(ds.Documents), "article", "articles")
	if len(outs) > 0 {
		s += " (" + strings.Join(outs, "; ") + ")"
	}
	return s + ": " + plural(len(ds.Events), "dated event", "dated events") + ", " +
		plural(len(ds.Quotes), "quote", "quotes") + ", " +
		plural(len(ds.Entities), "named person, organisation or place", "named people, organisations and places") + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// modRank orders early < undated-within-period < late.
func modRank(mod string) int {
	switch mod {
	case "early":
		return 0
	case "late":
		return 2
	}
	return 1
}

// safeURL returns u if it is an absolute http or https URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// contestedItems fills v.Contested and the Contested* ID lists, and returns
// the set of contested event IDs.
func contestedItems(ds *schema.Dataset, v *View) map[string]bool {
	docs := map[string]schema.Document{}
	for _, d := range ds.Documents {
		docs[d.ID] = d
	}
	names := map[string]string{}
	for _, e := range ds.Entities {
		names[e.ID] = e.Name
	}
	var spans []schema.Span
	for _, c := range ds.Contested {
		cl := Claim{ID: c.ID, Text: c.Claim}
		for _, sd := range c.Sides {
			spans = append(spans, sd.Evidence)
			side := Side{Stance: sd.Stance, Sentence: sentence(docs[sd.Evidence.Doc].Text, sd.Evidence.Start, sd.Evidence.End), Outlet: docs[sd.Evidence.Doc].Outlet}
			if sd.Holder != nil {
				side.Source = cmp.Or(names[*sd.Holder], *sd.Holder)
			}
			cl.Sides = append(cl.Sides, side)
		}
		v.Contested = append(v.Contested, cl)
	}
	hit := func(ev []schema.Span) bool {
		for _, a := range ev {
			for _, b := range spans {
				if a.Doc == b.Doc && a.Start < b.End && b.Start < a.End {
					return true
				}
			}
		}
		return false
	}
	events := map[string]bool{}
	var ids []string
	for _, e := range ds.Events {
		if hit(e.Evidence) {
			events[e.ID] = true
			ids = append(ids, e.ID)
		}
	}
	v.ContestedEvents = strings.Join(ids, " ")
	ids = ids[:0]
	for _, q := range ds.Quotes {
		if hit([]schema.Span{{Doc: q.Doc, Start: q.Start, End: q.End}}) {
			ids = append(ids, q.ID)
		}
	}
	v.ContestedQuotes = strings.Join(ids, " ")
	ids = ids[:0]
	for _, r := range ds.Relations {
		if hit(r.Evidence) {
			ids = append(ids, r.A+"~"+r.B)
		}
	}
	v.ContestedRelations = strings.Join(ids, " ")
	return events
}

// sentence returns the sentence of text around bytes [start, end), or ""
// when the offsets do not fit.
func sentence(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	a := start
	for a > 0 && !strings.ContainsAny(text[a-1:a], ".!?\n") {
		a--
	}
	b := end
	for b < len(text) && !strings.ContainsAny(text[b:b+1], ".!?\n") {
		b++
	}
	if b < len(text) && text[b] != '\n' {
		b++
	}
	return strings.TrimSpace(text[a:b])
}

// dedupe drops later strings that equal an earlier one but for case.
func dedupe(list []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		k := strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}
