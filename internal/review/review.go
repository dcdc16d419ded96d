// Package review lists what an editor should check first in an extracted
// dataset, each item with its source sentence and the corrections.json
// line that would fix it:
//
//   - quotes without a speaker,
//   - speakers chosen with low confidence,
//   - entities whose type nothing decided (typed by default),
//   - entities mentioned once,
//   - pairs of entities that look alike but were not merged,
//   - contested claims.
//
// Items an editor already corrected are left out. Items writes them in a
// fixed order, so the same dataset gives the same sheet; Table and HTML
// render it for the terminal and as a static page.
package review

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/storylens/storylens/schema"
)

// Kinds of item, in the order the sheet lists them.
const (
	NoSpeaker     = "quote without speaker"
	LowConfidence = "low-confidence speaker"
	DefaultType   = "entity typed by default"
	SingleMention = "single-mention entity"
	LookAlike     = "look-alike entities"
	Contested     = "contested claim"
)

// Kinds lists every kind in sheet order.
var Kinds = []string{NoSpeaker, LowConfidence, DefaultType, SingleMention, LookAlike, Contested}

// LowConfidenceBelow is the speaker confidence under which a speaker is
// listed for review.
const LowConfidenceBelow = 0.6

// Item is one thing to check.
type Item struct {
	Kind string
	// ID is the quote, entity, claim or "a~b" pair the item is about.
	ID string
	// What says in a few words what looks wrong.
	What string
	// Doc is the document of Sentence; Outlet names it.
	Doc, Outlet string
	// Sentence is the source sentence, "" when there is none.
	Sentence string
	// Fix is the corrections.json edit (one JSON object) that would fix
	// the item, or "" when no single edit does.
	Fix string
}

// Items returns the review items of ds in sheet order.
func Items(ds *schema.Dataset) []Item {
	r := reader{ds: ds, docs: map[string]*schema.Document{}, ents: map[string]*schema.Entity{}}
	for i := range ds.Documents {
		r.docs[ds.Documents[i].ID] = &ds.Documents[i]
	}
	for i := range ds.Entities {
		r.ents[ds.Entities[i].ID] = &ds.Entities[i]
	}
	var items []Item
	items = append(items, r.quotes()...)
	items = append(items, r.entities()...)
	items = append(items, r.lookAlikes()...)
	items = append(items, r.contested()...)
	order := map[string]int{}
	for i, k := range Kinds {
		order[k] = i
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		return cmp.Or(cmp.Compare(order[a.Kind], order[b.Kind]), cmp.Compare(a.ID, b.ID))
	})
	return items
}

type reader struct {
	ds   *schema.Dataset
	docs map[string]*schema.Document
	ents map[string]*schema.Entity
}

// fix encodes one corrections.json edit. Keys are written in the given
// order, op first, as an editor would type them.
func fix(kv ...any) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(kv[i])
		v, _ := json.Marshal(kv[i+1])
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String()
}

func (r *reader) item(kind, id, what string, span schema.Span, fixLine string) Item {
	it := Item{Kind: kind, ID: id, What: what, Doc: span.Doc, Fix: fixLine}
	if d := r.docs[span.Doc]; d != nil {
		it.Outlet = d.Outlet
		it.Sentence = Sentence(d.Text, span.Start, span.End)
	}
	return it
}

func (r *reader) quotes() []Item {
	var items []Item
	for _, q := range r.ds.Quotes {
		if q.Corrected {
			continue
		}
		span := schema.Span{Doc: q.Doc, Start: q.Start, End: q.End}
		switch {
		case q.Speaker == nil:
			f := fix("op", "hide", "quote", q.ID)
			what := "no speaker: " + clip(q.Text, 60)
			if guess := r.nearestPerson(q); guess != "" {
				f = fix("op", "speaker", "quote", q.ID, "speaker", guess)
				what += " (nearest person: " + r.ents[guess].Name + ")"
			}
			items = append(items, r.item(NoSpeaker, q.ID, what, span, f))
		case q.SpeakerConfidence < LowConfidenceBelow:
			name := *q.Speaker
			if e := r.ents[name]; e != nil {
				name = e.Name
			}
			what := "speaker " + name + ", confidence " + strconv.FormatFloat(q.SpeakerConfidence, 'g', 2, 64)
			if q.SpeakerRule != "" {
				what += " (" + q.SpeakerRule + ")"
			}
			items = append(items, r.item(LowConfidence, q.ID, what, span, fix("op", "speaker", "quote", q.ID, "speaker", *q.Speaker)))
		}
	}
	return items
}

// nearestPerson returns the person entity mentioned nearest before quote
// q in its document (after it when none is before), or "".
func (r *reader) nearestPerson(q schema.Quote) string {
	best, bestDist := "", -1
	for _, e := range r.ds.Entities {
		if e.Type != "person" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Doc != q.Doc || (m.Start >= q.Start && m.End <= q.End) {
				continue
			}
			d := q.Start - m.End
			if m.Start >= q.End {
				d = (m.Start - q.End) * 2 // a speaker named after the quote is the less likely reading
			}
			if d >= 0 && (bestDist < 0 || d < bestDist) {
				best, bestDist = e.ID, d
			}
		}
	}
	return best
}

func (r *reader) entities() []Item {
	var items []Item
	for _, e := range r.ds.Entities {
		if e.Corrected {
			continue
		}
		var span schema.Span
		if len(e.Mentions) > 0 {
			span = e.Mentions[0]
		}
		if e.TypedBy == "" || e.TypedBy == "default" {
			items = append(items, r.item(DefaultType, e.ID, e.Name+": typed "+e.Type+" by default; confirm or change the type", span,
				fix("op", "retype", "entity", e.ID, "type", e.Type)))
		}
		if len(e.Mentions) == 1 {
			items = append(items, r.item(SingleMention, e.ID, e.Name+": mentioned once; drop it if it is not a name", span,
				fix("op", "drop", "entity", e.ID)))
		}
	}
	return items
}

// lookAlikes pairs entities of one type whose names look alike: one name's
// words are all in the other's, or the names are a few letters apart, or
// one is the other's initials.
func (r *reader) lookAlikes() []Item {
	ents := r.ds.Entities
	var items []Item
	for i := range ents {
		for j := i + 1; j < len(ents); j++ {
			a, b := &ents[i], &ents[j]
			if a.Type != b.Type || !alike(a.Name, b.Name) || a.Type != "person" && oneInMany(a.Name, b.Name) {
				continue
			}
			into, from := a, b
			if len(b.Mentions) > len(a.Mentions) || len(b.Mentions) == len(a.Mentions) && len(b.Name) > len(a.Name) {
				into, from = b, a
			}
			var span schema.Span
			if len(from.Mentions) > 0 {
				span = from.Mentions[0]
			}
			items = append(items, r.item(LookAlike, a.ID+"~"+b.ID, a.Name+" and "+b.Name+" look alike but were not merged", span,
				fix("op", "merge", "into", into.ID, "from", []string{from.ID})))
		}
	}
	return items
}

func (r *reader) contested() []Item {
	var items []Item
	for _, c := range r.ds.Contested {
		var span schema.Span
		if len(c.Sides) > 0 {
			span = c.Sides[0].Evidence
		}
		what := clip(c.Claim, 70)
		var holders []string
		for _, s := range c.Sides {
			h := "unnamed"
			if s.Holder != nil {
				h = *s.Holder
				if e := r.ents[h]; e != nil {
					h = e.Name
				}
			}
			holders = append(holders, s.Stance+": "+h)
		}
		if len(holders) > 0 {
			what += " (" + strings.Join(holders, "; ") + ")"
		}
		// The fix, when the claim is not in fact contested, is to hide the
		// event that reports it as fact; with no such event no single edit
		// fixes it.
		f := ""
		for _, ev := range r.ds.Events {
			if !ev.Corrected && overlaps(ev.Evidence, c.Sides) {
				f = fix("op", "hide", "event", ev.ID)
				break
			}
		}
		items = append(items, r.item(Contested, c.ID, what, span, f))
	}
	return items
}

func overlaps(ev []schema.Span, sides []schema.Side) bool {
	for _, e := range ev {
		for _, s := range sides {
			if e.Doc == s.Evidence.Doc && e.Start < s.Evidence.End && s.Evidence.Start < e.End {
				return true
			}
		}
	}
	return false
}

// oneInMany reports whether one name is a single word and the other has
// three or more: "Velmora" in "Velmora Port Board" is usually a place in
// an organisation's name, not the same thing, except for people.
func oneInMany(x, y string) bool {
	a, b := len(words(x)), len(words(y))
	return min(a, b) == 1 && max(a, b) >= 3
}

// alike reports whether two names look like one entity's: the words of
// one are among the other's (allowing a letter or so of difference), or
// one is the other's initials.
func alike(x, y string) bool {
	a, b := words(x), words(y)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	fa, fb := strings.Join(a, " "), strings.Join(b, " ")
	if fa == fb {
		return true
	}
	if subset(a, b) || subset(b, a) {
		return true
	}
	if initials(a) == fb && len(fb) >= 2 || initials(b) == fa && len(fa) >= 2 {
		return true
	}
	// A few letters apart: "Okafor" and "Okafur".
	return near(fa, fb)
}

var stop = map[string]bool{"the": true, "of": true, "and": true, "for": true, "a": true, "an": true, "mr": true, "ms": true, "mrs": true, "dr": true}

// words returns a name's words, lower case, without stop words and titles.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// subset reports whether every word of a is in b, a few letters from
// one that is, or its initial ("H. Rusk" in "Halvard Rusk"), and a is not
// longer. An initial counts only beside a word that matched in full.
func subset(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	full := false
	for _, w := range a {
		switch {
		case slices.ContainsFunc(b, func(v string) bool { return near(w, v) }):
			full = true
		case len([]rune(w)) == 1 && slices.ContainsFunc(b, func(v string) bool { return len(v) > 1 && strings.HasPrefix(v, w) }):
		default:
			return false
		}
	}
	return full
}

// near reports whether two words are equal or, for words of five letters
// or more, at most one edit in five apart.
func near(w, v string) bool {
	if w == v {
		return true
	}
	n := max(len([]rune(w)), len([]rune(v)))
	return n >= 5 && levenshtein.ComputeDistance(w, v)*5 <= n
}

func initials(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return b.String()
}

// Sentence returns the sentence of text holding bytes [start, end): from
// the end of the previous sentence (or paragraph) to the end of the next.
// It is clipped to about 400 bytes around the span.
func Sentence(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	s := start
	for s > 0 {
		if strings.HasSuffix(text[:s], "\n") {
			break
		}
		if s >= 2 && strings.ContainsRune(".!?", rune(text[s-2])) && text[s-1] == ' ' && s < len(text) && startsSentence(text[s:]) {
			break
		}
		if start-s > 300 {
			break
		}
		s--
	}
	e := end
	if end > start && strings.ContainsRune(".!?", rune(text[end-1])) && (end == len(text) || text[end] == ' ' || text[end] == '\n') {
		return strings.TrimSpace(toValid(text[s:end])) // the span ends a sentence
	}
	for e < len(text) {
		if text[e] == '\n' {
			break
		}
		if strings.ContainsRune(".!?", rune(text[e])) && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n') {
			e++
			break
		}
		if e-end > 300 {
			break
		}
		e++
	}
	return strings.TrimSpace(toValid(text[s:e]))
}

func startsSentence(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)
	}
	return false
}

// toValid drops the broken UTF-8 at the edges of a byte-clipped string.
func toValid(s string) string {
	return strings.ToValidUTF8(s, "")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
