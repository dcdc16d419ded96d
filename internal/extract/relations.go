package extract

import (
	"sort"
	"strings"

	"github.com/storylens/storylens/schema"
)

// buildRelations links people and organisations that a sentence connects
// by a verb or a role: "A congratulated B", "A spokesman B", "A’s B",
// "a call between A and B". Pairs are merged across documents.
func buildRelations(docs []*doc, reg *registry) []schema.Relation {
	type rel struct {
		a, b    string
		labels  map[string]int
		subject map[string]string // label → the entity it reads from ("" when symmetric)
		ev      []schema.Span
		seen    map[schema.Span]bool
	}
	rels := map[[2]string]*rel{}
	// add links x and y, x the first mention in the sentence (or the
	// person of a role descriptor), by the vocabulary label of trigger.
	add := func(x, y *entity, trigger string, span schema.Span) {
		if x == nil || y == nil || x == y || trigger == "" {
			return
		}
		w := vocabularyLabel(trigger)
		lbl, subj := w.label, x.id
		switch {
		case w.symmetric:
			subj = ""
		case w.person && y.typ == typePerson && x.typ != typePerson:
			subj = y.id
		}
		a, b := x.id, y.id
		if b < a {
			a, b = b, a
		}
		k := [2]string{a, b}
		r := rels[k]
		if r == nil {
			r = &rel{a: a, b: b, labels: map[string]int{}, subject: map[string]string{}, seen: map[schema.Span]bool{}}
			rels[k] = r
		}
		if r.seen[span] {
			return
		}
		r.seen[span] = true
		if r.labels[lbl] == 0 {
			r.subject[lbl] = subj
		}
		r.labels[lbl]++
		r.ev = append(r.ev, span)
	}
	for _, d := range docs {
		for _, s := range d.sents {
			span := schema.Span{Doc: d.id, Start: s.s, End: s.e}
			var ms []mention
			var descs []mention
			for _, r := range d.refs {
				if r.kind == kindDescriptor && r.s >= s.s && r.e <= s.e {
					descs = append(descs, r)
				}
			}
		next:
			for _, m := range d.mentionsIn(s.s, s.e) {
				if m.kind == kindName {
					for _, r := range descs {
						if m.s >= r.s && m.e <= r.e {
							continue next
						}
					}
				}
				if m.ent == nil || m.ent.global == nil || m.ent.global.typ == typePlace || d.inQuote(m.s) || d.isDateline(m) {
					continue
				}
				ms = append(ms, m)
			}
			// Role descriptors holding an organisation: "the Acme founder".
			for _, r := range d.refs {
				if r.kind != kindDescriptor || r.s < s.s || r.e > s.e || r.ent == nil {
					continue
				}
				for _, m := range d.ments {
					if m.s >= r.s && m.e <= r.e && m.ent.global != nil && m.ent.global.typ == typeOrg {
						add(r.ent.global, m.ent.global, strings.ToLower(lastWord(d.text[r.s:r.e])), span)
					}
				}
			}
			for i := range ms {
				for j := i + 1; j < len(ms) && j <= i+2; j++ {
					a, b := ms[i], ms[j]
					if a.ent.global == b.ent.global || b.s < a.e {
						continue
					}
					if j == i+2 {
						if ms[i+1].e > b.s {
							continue
						}
						// Skip a middle mention only when b is coordinated with it.
						mid := strings.TrimSpace(d.text[ms[i+1].e:b.s])
						// "his company Acme" names b itself.
						possHead := ms[i+1].kind == kindPronoun && ms[i+1].poss && wordCount(mid) <= 1
						if mid != "and" && mid != "," && mid != "or" && !possHead {
							continue
						}
					}
					if lbl := d.relationLabel(s, a, b); lbl != "" {
						x, y := a.ent.global, b.ent.global
						if passive(d.text[a.e:b.s]) {
							x, y = y, x // "a biography of A written by B": B wrote
						}
						add(x, y, lbl, span)
					}
				}
			}
		}
	}
	out := []schema.Relation{}
	for _, r := range rels {
		// The most frequent label, a vocabulary relation before
		// "mentioned together".
		best, bestN := "", 0
		for l, n := range r.labels {
			if l == mentionedTogether {
				n = 0
			}
			if best == "" || n > bestN || n == bestN && l < best {
				best, bestN = l, n
			}
		}
		sort.SliceStable(r.ev, func(i, j int) bool {
			if r.ev[i].Doc != r.ev[j].Doc {
				return r.ev[i].Doc < r.ev[j].Doc
			}
			return r.ev[i].Start < r.ev[j].Start
		})
		out = append(out, schema.Relation{A: r.a, B: r.b, Label: best, Subject: r.subject[best], Weight: len(r.ev), Evidence: r.ev})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// relationLabel returns the label linking mentions a and b (a before b)
// in sentence s, or "" when the text between them does not link them.
func (d *doc) relationLabel(s sentence, a, b mention) string {
	gap := d.text[a.e:b.s]
	words := strings.Fields(strings.NewReplacer(",", " , ", "—", " — ", "–", " – ").Replace(gap))
	if len(words) > 12 {
		return ""
	}
	// Possessive: "Acme’s Widget", "his company Acme".
	if a.poss && len(words) <= 1 {
		if b.ent.typ == typeOrg && (len(words) == 0 || orgHeads[strings.ToLower(words[0])]) {
			return "owns"
		}
		return ""
	}
	// Role before a name: "Acme spokesman Jane Roe".
	if a.ent.typ == typeOrg && b.ent.typ == typePerson && len(words) >= 1 && len(words) <= 2 {
		for _, w := range words {
			lw := strings.ToLower(w)
			if roleNouns[lw] {
				return lw
			}
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".;:()\"“”"))
		if w == ";" || lw == "which" || lw == "who" || lw == "while" || lw == "because" || lw == "although" || lw == "but" || lw == "whose" || lw == "where" {
			// "X, which he owns": a trigger right after the second mention.
			if b.kind == kindPronoun {
				if l, ok := relationTriggers[strings.ToLower(nextWordAfter(d.text, b.e))]; ok && l == "owns" {
					return l
				}
			}
			return ""
		}
	}
	// "…, the Acme news agency reported": b is the source, not a party.
	if strings.Contains(gap, ",") {
		for _, w := range firstN(strings.Fields(d.text[b.e:min(s.e, b.e+40)]), 3) {
			if cueVerbs[strings.ToLower(strings.Trim(w, ".,;"))] {
				return ""
			}
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".;:()\"“”"))
		if l, ok := relationTriggers[lw]; ok && l != "" && l != "with" && l != "between" && l != "against" {
			if communication[l] && (len(words) > 3 || strings.Contains(gap, " that ") || d.afterPreposition(a)) {
				continue
			}
			if l == "wrote about" && strings.Contains(gap, " on ") {
				continue // "wrote on Telegram": a channel, not a subject
			}
			return l
		}
	}
	// "between A and B", "A and B … had a call".
	inList := strings.HasSuffix(strings.TrimRight(d.text[s.s:a.s], " "), ",")
	if len(words) >= 1 && len(words) <= 3 && strings.EqualFold(words[0], "and") && !inList {
		before := strings.ToLower(d.text[max(s.s, a.s-40):a.s])
		after := strings.ToLower(d.text[b.e:min(s.e, b.e+80)])
		for _, w := range strings.Fields(before) {
			w = strings.Trim(w, ",.")
			if w == "between" {
				for _, x := range strings.Fields(before) {
					if l, ok := relationTriggers[strings.Trim(x, ",.")]; ok && l != "" && l != "between" && l != "with" {
						return l
					}
				}
				return "linked"
			}
		}
		for _, w := range firstN(strings.Fields(after), 6) {
			w = strings.Trim(w, ",.")
			if l, ok := relationTriggers[w]; ok && (l == "call" || l == "met" || l == "talks" || l == "in contact" || l == "spoke with" || l == "discussed" || l == "agreement" || l == "deal") {
				return l
			}
		}
	}
	// Trigger right after b when a and b are adjacent subjects: "X, which he owns".
	if b.kind == kindPronoun {
		if l, ok := relationTriggers[strings.ToLower(nextWordAfter(d.text, b.e))]; ok && l == "owns" {
			return l
		}
	}
	return ""
}

func firstN(ws []string, n int) []string {
	if len(ws) > n {
		return ws[:n]
	}
	return ws
}

// communication labels link only a speaker and the person addressed.
var communication = map[string]bool{"told": true, "asked": true, "urged": true, "warned": true, "thanked": true, "called": true, "denied": true, "rejected": true, "blamed": true}

// passive reports whether the words between two mentions put the second
// one as the agent: "… written by", "… was hired by".
func passive(gap string) bool {
	ws := strings.Fields(strings.ToLower(gap))
	return len(ws) >= 2 && ws[len(ws)-1] == "by"
}
