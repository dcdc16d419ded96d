package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/storylens/storylens/schema"
)

// buildEvents turns every dated sentence into an event and merges events
// reported by several outlets: same date and at least one shared person
// or organisation.
func buildEvents(docs []*doc, reg *registry) []schema.Event {
	type ev struct {
		schema.Event
		ents map[string]bool
	}
	var evs []*ev
	byDate := map[string][]*ev{}
	for _, d := range docs {
		for _, dt := range d.dates {
			si := d.sentenceAt(dt.Start)
			if si < 0 {
				continue
			}
			s := d.sents[si]
			ents := map[string]bool{}
			for _, m := range d.mentionsIn(s.s, s.e) {
				if m.ent != nil && m.ent.global != nil && !d.isDateline(m) {
					ents[m.ent.global.id] = true
				}
			}
			when := schema.When{Value: dt.Value, Precision: dt.Precision, Mod: dt.Mod}
			span := schema.Span{Doc: d.id, Start: s.s, End: s.e}
			var into *ev
			dkey := when.Value + "/" + when.Precision
			// Candidates share the date and a person or organisation.
			for _, id := range sortedKeys(ents) {
				if g := reg.byID[id]; g == nil || g.typ == typePlace {
					continue
				}
				for _, e := range byDate[dkey+"/"+id] {
					if !containsStr(e.Docs, d.id) {
						into = e
						break
					}
				}
				if into != nil {
					break
				}
			}
			if into != nil {
				into.Docs = append(into.Docs, d.id)
				into.Evidence = append(into.Evidence, span)
				for id := range ents {
					if !into.ents[id] {
						into.ents[id] = true
						byDate[dkey+"/"+id] = append(byDate[dkey+"/"+id], into)
					}
				}
				continue
			}
			ne := &ev{Event: schema.Event{Date: when, Text: label(d.text[s.s:s.e]), Docs: []string{d.id}, Evidence: []schema.Span{span}}, ents: ents}
			evs = append(evs, ne)
			for id := range ents {
				byDate[dkey+"/"+id] = append(byDate[dkey+"/"+id], ne)
			}
		}
	}
	out := []schema.Event{}
	used := map[string]int{}
	for _, e := range evs {
		e.Entities = sortedKeys(e.ents)
		sort.Strings(e.Docs)
		base := "ev-" + e.Date.Value + "-" + slug(firstWords(e.Text, 5))
		id := base
		used[base]++
		if n := used[base]; n > 1 {
			id = base + "-" + itoa(n)
		}
		e.ID = id
		out = append(out, e.Event)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date.Value != out[j].Date.Value {
			return out[i].Date.Value < out[j].Date.Value
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// sharesActor reports whether two entity sets share a person or an
// organisation (places alone are too common to merge on).
func sharesActor(a, b map[string]bool, reg *registry) bool {
	for id := range a {
		if b[id] {
			if e := reg.byID[id]; e != nil && e.typ != typePlace {
				return true
			}
		}
	}
	return false
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// label shortens a sentence to a timeline label.
func label(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// Drop a dateline: "(Acme) — ", "LONDON (Acme) — ", "WASHINGTON — ".
	if loc := reDateline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	if len(s) <= 200 {
		return s
	}
	cut := strings.LastIndex(s[:200], " ")
	if cut < 100 {
		cut = 200
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

var reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .,']{1,40} )?([\p{L}., ]{0,30}\([\p{L} .]{1,30}\) )?(—|–|--|-) `)
