package extract

import (
	"regexp"
	"strings"

	"github.com/storylens/storylens/schema"
)

var (
	rebuttalRe = regexp.MustCompile(`(?i)\b(never|denied|denies|deny|denial|dismissed|disputed|disputes|rejected|refuted|refutes|false|untrue|inaccurate|not true|only had|only one|baseless|no evidence|fabricated|misleading)\b`)
	claimRe    = regexp.MustCompile(`(?i)\b(said|says|according to|reported|reports|claimed|claims|alleged|alleges|wrote|writes|found|revealed)\b`)
)

// buildContested pairs a rebuttal ("X denied…", "X said it was never…")
// with the claim it answers in the sentences before it.
func buildContested(docs []*doc, reg *registry) []schema.Contested {
	out := []schema.Contested{}
	for _, d := range docs {
		n := 0
		for si, s := range d.sents {
			st := d.text[s.s:s.e]
			if !rebuttalRe.MatchString(d.outsideQuotes(s)) || strings.Contains(strings.ToLower(st), "did not respond") {
				continue
			}
			against := d.cueSubject(s)
			if against == nil {
				against = d.clauseSubject(s)
			}
			if against == nil {
				continue
			}
			best, bestScore := -1, 0
			var source *docEntity
			for k := si - 1; k >= 0 && k >= si-4; k-- {
				c := d.sents[k]
				if d.heading[c.para] || !claimRe.MatchString(d.text[c.s:c.e]) {
					continue
				}
				src := d.claimSource(c)
				if src == nil || src == against {
					continue
				}
				score := overlap(d.text[c.s:c.e], st)
				if score > bestScore {
					best, bestScore, source = k, score, src
				}
			}
			if best < 0 || bestScore < 2 {
				continue
			}
			c := d.sents[best]
			n++
			forID, againstID := source.global.id, against.global.id
			out = append(out, schema.Contested{
				ID:    d.id + "-c" + itoa(n),
				Claim: label(d.text[c.s:c.e]),
				Sides: []schema.Side{
					{Stance: "for", Holder: &forID, Evidence: schema.Span{Doc: d.id, Start: c.s, End: c.e}},
					{Stance: "against", Holder: &againstID, Evidence: schema.Span{Doc: d.id, Start: s.s, End: s.e}},
				},
			})
		}
	}
	return out
}

// outsideQuotes returns a sentence's text with quotations blanked.
func (d *doc) outsideQuotes(s sentence) string {
	b := []byte(d.text[s.s:s.e])
	for _, q := range d.quotes {
		for i := max(q.s, s.s); i < min(q.e, s.e); i++ {
			b[i-s.s] = ' '
		}
	}
	return string(b)
}

// clauseSubject returns the first person or organisation in a sentence
// that is not the object of a preposition.
func (d *doc) clauseSubject(s sentence) *docEntity {
	for _, m := range d.mentionsIn(s.s, s.e) {
		if !canSpeak(m) || d.inQuote(m.s) || m.ent.global == nil {
			continue
		}
		if prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
			continue
		}
		return m.ent
	}
	return nil
}

// claimSource returns who makes the claim in a sentence: "according to
// X", or the subject of its reporting verb.
func (d *doc) claimSource(s sentence) *docEntity {
	if m, _ := d.accordingTo(s); m != nil && m.ent.global != nil {
		return m.ent
	}
	for _, t := range s.toks {
		if !cueVerbs[strings.ToLower(t.w)] && !claimRe.MatchString(t.w) {
			continue
		}
		ms := d.mentionsIn(s.s, t.s)
		for i := len(ms) - 1; i >= 0; i-- {
			if canSpeak(ms[i]) && ms[i].ent.global != nil && !d.inQuote(ms[i].s) {
				return ms[i].ent
			}
		}
		break
	}
	return nil
}

// overlap counts content words (by their first five letters) shared by
// two sentences.
func overlap(a, b string) int {
	stems := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 0x80)
		}) {
			if len(w) < 4 || stopwords[w] {
				continue
			}
			if len(w) > 5 {
				w = w[:5]
			}
			m[w] = true
		}
		return m
	}
	sa, sb := stems(a), stems(b)
	n := 0
	for w := range sa {
		if sb[w] {
			n++
		}
	}
	return n
}

// cueSubject returns the speaker before the first reporting verb of a
// sentence outside quotations.
func (d *doc) cueSubject(s sentence) *docEntity {
	for _, t := range s.toks {
		if d.inQuote(t.s) || !cueVerbs[strings.ToLower(t.w)] {
			continue
		}
		ms := d.mentionsIn(s.s, t.s)
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if canSpeak(m) && m.ent.global != nil && !d.inQuote(m.s) && !prepositions[strings.ToLower(prevWordBefore(d.text, m.s))] {
				return m.ent
			}
		}
		return nil
	}
	return nil
}
