package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/layout"
	"github.com/storylens/storylens/schema"
	"github.com/storylens/storylens/story"
)

var update = flag.Bool("update", false, "rewrite web/test/fixtures/harbour.dataset.json from web/test/fixtures/harbour")

const (
	fixtureDir  = "../../web/test/fixtures/harbour"
	fixtureJSON = "../../web/test/fixtures/harbour.dataset.json"
)

// facts is the hand-written content of the made-up fixture story. Every
// fact names its sentence by a phrase from it, and buildFixture turns the
// phrases into byte offsets, so that no offset is typed by hand. Corrected
// marks what an editor's corrections would have touched, so the widget's
// "checked by the newsroom" mark has something to show.
type facts struct {
	Title     string `json:"title"`
	Documents []struct {
		ID        string   `json:"id"`
		File      string   `json:"file"`
		Outlet    string   `json:"outlet"`
		Published string   `json:"published"`
		URL       string   `json:"url"`
		Byline    []string `json:"byline"`
	} `json:"documents"`
	Entities []struct {
		ID        string   `json:"id"`
		Name      string   `json:"name"`
		Type      string   `json:"type"`
		Aliases   []string `json:"aliases"`
		Role      string   `json:"role"`
		Corrected bool     `json:"corrected"`
	} `json:"entities"`
	Quotes []struct {
		ID        string   `json:"id"`
		Speaker   string   `json:"speaker"`
		Kind      string   `json:"kind"`
		Cue       string   `json:"cue"`
		Text      string   `json:"text"`
		Docs      []string `json:"docs"`
		Corrected bool     `json:"corrected"`
	} `json:"quotes"`
	Events []struct {
		ID        string      `json:"id"`
		Date      schema.When `json:"date"`
		Label     string      `json:"label"`
		Entities  []string    `json:"entities"`
		Reports   []phrase    `json:"reports"`
		Corrected bool        `json:"corrected"`
	} `json:"events"`
	Relations []struct {
		A         string   `json:"a"`
		B         string   `json:"b"`
		Label     string   `json:"label"`
		Evidence  []phrase `json:"evidence"`
		Corrected bool     `json:"corrected"`
	} `json:"relations"`
	Contested []struct {
		ID    string `json:"id"`
		Claim string `json:"claim"`
		Sides []struct {
			Stance string `json:"stance"`
			Holder string `json:"holder"`
			Doc    string `json:"doc"`
			Phrase string `json:"sentence"`
		} `json:"sides"`
	} `json:"contested"`
}

// phrase names a sentence of a document by a phrase in it.
type phrase struct {
	Doc    string `json:"doc"`
	Phrase string `json:"sentence"`
}

// sentenceAt returns the span of the sentence of text that holds the only
// occurrence of p. Sentences end at a paragraph break or at ". " (or "! ",
// "? ", with a closing quotation mark allowed before the space).
func sentenceAt(text, doc, p string) (schema.Span, error) {
	i := strings.Index(text, p)
	if n := strings.Count(text, p); n != 1 {
		return schema.Span{}, fmt.Errorf("%s: phrase %q occurs %d times; want once", doc, p, n)
	}
	start := strings.LastIndex(text[:i], "\n\n") + 1
	if start > 0 {
		start++
	}
	for j := i - 1; j > start; j-- {
		if text[j] == ' ' && sentenceEnds(text[:j]) {
			start = j + 1
			break
		}
	}
	end := len(text)
	if k := strings.Index(text[i:], "\n\n"); k >= 0 {
		end = i + k
	}
	for j := i + len(p); j < end; j++ {
		if text[j] == ' ' && sentenceEnds(text[:j]) {
			end = j
			break
		}
	}
	end = start + len(strings.TrimRight(text[start:end], "\n "))
	return schema.Span{Doc: doc, Start: start, End: end}, nil
}

// sentenceEnds reports whether s ends a sentence: a full stop, question or
// exclamation mark, perhaps followed by a closing quotation mark.
func sentenceEnds(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "”"), "’")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// mentions finds the whole-word occurrences of every name of every entity,
// longest names first, so "Saltmere Harbour Authority" is not also a
// mention of the place "Saltmere".
func mentions(f *facts, docs []schema.Document) map[string][]schema.Span {
	type name struct{ id, text string }
	var names []name
	for _, e := range f.Entities {
		names = append(names, name{e.ID, e.Name})
		for _, a := range e.Aliases {
			names = append(names, name{e.ID, a})
		}
	}
	// Longest first, then by text: a stable order.
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && (len(names[j].text) > len(names[j-1].text) || len(names[j].text) == len(names[j-1].text) && names[j].text < names[j-1].text); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	out := map[string][]schema.Span{}
	for _, d := range docs {
		taken := make([]bool, len(d.Text))
		var found []schema.Span
		var who []string
		for _, n := range names {
			for at := 0; ; {
				k := strings.Index(d.Text[at:], n.text)
				if k < 0 {
					break
				}
				s, e := at+k, at+k+len(n.text)
				at = e
				if s > 0 && isWordByte(d.Text[s-1]) || e < len(d.Text) && isWordByte(d.Text[e]) || taken[s] || taken[e-1] {
					continue
				}
				for x := s; x < e; x++ {
					taken[x] = true
				}
				found = append(found, schema.Span{Doc: d.ID, Start: s, End: e})
				who = append(who, n.id)
			}
		}
		// In text order within each document.
		for i := 1; i < len(found); i++ {
			for j := i; j > 0 && found[j].Start < found[j-1].Start; j-- {
				found[j], found[j-1] = found[j-1], found[j]
				who[j], who[j-1] = who[j-1], who[j]
			}
		}
		for i, s := range found {
			out[who[i]] = append(out[who[i]], s)
		}
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// buildFixture compiles web/test/fixtures/harbour into a dataset.
func buildFixture(dir string) ([]byte, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "facts.json"))
	if err != nil {
		return nil, err
	}
	var f facts
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s/facts.json: %w", dir, err)
	}
	h := sha256.New()
	h.Write(raw)
	ds := schema.Dataset{Schema: schema.Version, Title: f.Title, Dates: []schema.Date{}}
	text := map[string]string{}
	for _, d := range f.Documents {
		b, err := os.ReadFile(filepath.Join(dir, d.File))
		if err != nil {
			return nil, err
		}
		h.Write(b)
		t := strings.TrimRight(string(b), "\n")
		text[d.ID] = t
		title, _, _ := strings.Cut(t, "\n")
		ds.Documents = append(ds.Documents, schema.Document{ID: d.ID, File: d.File, Title: title, Outlet: d.Outlet,
			Published: d.Published, URL: d.URL, Language: "en", Format: "txt", Byline: d.Byline, Dropped: []string{}, Text: t})
	}
	span := func(p phrase) (schema.Span, error) {
		t, ok := text[p.Doc]
		if !ok {
			return schema.Span{}, fmt.Errorf("unknown document %q", p.Doc)
		}
		return sentenceAt(t, p.Doc, p.Phrase)
	}
	found := mentions(&f, ds.Documents)
	for _, e := range f.Entities {
		aliases := append([]string{}, e.Aliases...)
		ds.Entities = append(ds.Entities, schema.Entity{ID: e.ID, Name: e.Name, Type: e.Type, TypedBy: "gazetteer",
			Aliases: aliases, Role: e.Role, Mentions: found[e.ID], Corrected: e.Corrected})
		if len(found[e.ID]) == 0 {
			return nil, fmt.Errorf("entity %q is never mentioned", e.ID)
		}
	}
	for _, q := range f.Quotes {
		speaker := q.Speaker
		qu := schema.Quote{ID: q.ID, Text: q.Text, Speaker: &speaker, SpeakerConfidence: 1, SpeakerRule: "fixture", Kind: q.Kind, Cue: q.Cue, Corrected: q.Corrected}
		for i, d := range q.Docs {
			at := strings.Index(text[d], q.Text)
			if at < 0 {
				return nil, fmt.Errorf("quote %q is not in %s", q.ID, d)
			}
			if i == 0 {
				qu.Doc, qu.Start, qu.End = d, at, at+len(q.Text)
			}
			qu.Sources = append(qu.Sources, schema.Source{Doc: d, Start: at, End: at + len(q.Text), Text: q.Text})
		}
		ds.Quotes = append(ds.Quotes, qu)
	}
	for _, e := range f.Events {
		ev := schema.Event{ID: e.ID, Date: e.Date, Label: e.Label, Entities: e.Entities, Corrected: e.Corrected}
		for _, r := range e.Reports {
			s, err := span(r)
			if err != nil {
				return nil, fmt.Errorf("event %q: %w", e.ID, err)
			}
			if ev.Text == "" {
				ev.Text = text[r.Doc][s.Start:s.End]
			}
			ev.Docs = append(ev.Docs, r.Doc)
			ev.Evidence = append(ev.Evidence, s)
		}
		ds.Events = append(ds.Events, ev)
	}
	for _, r := range f.Relations {
		if r.A >= r.B {
			return nil, fmt.Errorf("relation %s–%s: a must sort before b", r.A, r.B)
		}
		rel := schema.Relation{A: r.A, B: r.B, Label: r.Label, Weight: len(r.Evidence), Corrected: r.Corrected}
		for _, p := range r.Evidence {
			s, err := span(p)
			if err != nil {
				return nil, fmt.Errorf("relation %s–%s: %w", r.A, r.B, err)
			}
			rel.Evidence = append(rel.Evidence, s)
		}
		ds.Relations = append(ds.Relations, rel)
	}
	for _, c := range f.Contested {
		cl := schema.Contested{ID: c.ID, Claim: c.Claim}
		for _, sd := range c.Sides {
			s, err := span(phrase{sd.Doc, sd.Phrase})
			if err != nil {
				return nil, fmt.Errorf("contested %q: %w", c.ID, err)
			}
			holder := sd.Holder
			cl.Sides = append(cl.Sides, schema.Side{Stance: sd.Stance, Holder: &holder, Evidence: s})
		}
		ds.Contested = append(ds.Contested, cl)
	}
	ds.Version = hex.EncodeToString(h.Sum(nil))[:16]
	layout.Apply(&ds)
	out, err := json.MarshalIndent(&ds, "", " ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// TestFixture checks that web/test/fixtures/harbour.dataset.json, the
// made-up story the browser tests load with data-dataset, is what
// web/test/fixtures/harbour compiles to (go test ./tools/demopage -update
// rewrites it), that the engine opens it, and that it has what the widget
// tests need.
func TestFixture(t *testing.T) {
	want, err := buildFixture(fixtureDir)
	if err != nil {
		t.Fatalf("buildFixture(%s): %v", fixtureDir, err)
	}
	if *update {
		tmp := fixtureJSON + ".tmp"
		if err := os.WriteFile(tmp, want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, fixtureJSON); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(fixtureJSON)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale; run go test ./tools/demopage -run TestFixture -update", fixtureJSON)
	}
	if _, err := story.Open(got); err != nil {
		t.Fatalf("story.Open(%s): %v", fixtureJSON, err)
	}
	var ds schema.Dataset
	if err := json.Unmarshal(got, &ds); err != nil {
		t.Fatal(err)
	}
	shared, labelled, covered := 0, 0, 0
	for _, q := range ds.Quotes {
		if len(q.Sources) > 1 {
			shared++
		}
	}
	for _, e := range ds.Events {
		if e.Label != "" {
			labelled++
		}
		if len(e.Docs) > 1 {
			covered++
		}
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"documents", len(ds.Documents), 5},
		{"entities", len(ds.Entities), 15},
		{"quotes in several documents", shared, 2},
		{"events with labels", labelled, len(ds.Events)},
		{"events in several documents", covered, 3},
		{"contested claims", len(ds.Contested), 1},
		{"relations", len(ds.Relations), 15},
	} {
		if c.got < c.want {
			t.Errorf("fixture has %d %s; want at least %d", c.got, c.what, c.want)
		}
	}
	// Every evidence sentence is a real sentence of its document.
	for _, e := range ds.Events {
		for _, s := range e.Evidence {
			if txt := docText(&ds, s.Doc)[s.Start:s.End]; !sentenceEnds(txt) {
				t.Errorf("event %s evidence %q does not end a sentence", e.ID, txt)
			}
		}
	}
}

func docText(ds *schema.Dataset, id string) string {
	for _, d := range ds.Documents {
		if d.ID == id {
			return d.Text
		}
	}
	return ""
}

func TestSentenceAt(t *testing.T) {
	const text = "Head line\n\nFirst one. “Quoted,” she said. Third?\n\nNext para."
	for _, tc := range []struct {
		name, phrase, want string
	}{
		{"first sentence of a paragraph", "First", "First one."},
		{"sentence after a quote", "she said", "“Quoted,” she said."},
		{"last sentence", "Third", "Third?"},
		{"headline", "Head", "Head line"},
		{"last paragraph", "Next", "Next para."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := sentenceAt(text, "d", tc.phrase)
			if err != nil {
				t.Fatal(err)
			}
			if got := text[s.Start:s.End]; got != tc.want {
				t.Errorf("sentenceAt(%q) = %q; want %q", tc.phrase, got, tc.want)
			}
		})
	}
	if _, err := sentenceAt(text, "d", "e"); err == nil {
		t.Error("sentenceAt with a repeated phrase: no error")
	}
}
