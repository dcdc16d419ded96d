package eval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 1 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Accuracy counts correct items among matched ones.
type Accuracy struct {
	Correct int `json:"correct"`
	Total   int `json:"total"`
}

// Value is Correct/Total, or 1 when there is nothing to judge.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

func (a *Accuracy) add(o Accuracy) { a.Correct += o.Correct; a.Total += o.Total }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report is the result of scoring.
type Report struct {
	Entities    Counts          `json:"entities"`
	Quotes      Counts          `json:"quotes"`
	Dates       Counts          `json:"dates"`
	Boilerplate Counts          `json:"boilerplate"`
	Type        Accuracy        `json:"type_accuracy"`
	Speaker     Accuracy        `json:"speaker_accuracy"`
	DateValue   Accuracy        `json:"date_value_accuracy"`
	Events      Counts          `json:"story_events"`
	Relations   Counts          `json:"story_relations"`
	HasStory    bool            `json:"has_story"`
	Articles    []ArticleReport `json:"articles"`
	// Misses lists unmatched items, for people tuning the extractor.
	Misses []string `json:"misses,omitempty"`
}

// ArticleReport is one article's share of the report.
type ArticleReport struct {
	Article     string   `json:"article"`
	Entities    Counts   `json:"entities"`
	Quotes      Counts   `json:"quotes"`
	Dates       Counts   `json:"dates"`
	Boilerplate Counts   `json:"boilerplate"`
	Type        Accuracy `json:"type_accuracy"`
	Speaker     Accuracy `json:"speaker_accuracy"`
	DateValue   Accuracy `json:"date_value_accuracy"`
}

// Score scores a prediction against gold articles and an optional story.
func Score(pred Prediction, golds []Gold, story *StoryGold) Report {
	var rep Report
	byArticle := map[string]ArticlePrediction{}
	for _, a := range pred.Articles {
		byArticle[baseName(a.Article)] = a
	}
	gs := append([]Gold(nil), golds...)
	sort.Slice(gs, func(i, j int) bool { return gs[i].Article < gs[j].Article })
	aliasSets := map[string]map[string]bool{} // gold canonical → normalised names
	for _, g := range gs {
		for _, e := range g.Entities {
			set := aliasSets[normName(e.Name)]
			if set == nil {
				set = map[string]bool{}
				aliasSets[normName(e.Name)] = set
			}
			set[normName(e.Name)] = true
			for _, a := range e.Aliases {
				set[normName(a)] = true
			}
		}
	}
	for _, g := range gs {
		ap := byArticle[baseName(g.Article)]
		ar := scoreArticle(ap, g, &rep.Misses)
		rep.Articles = append(rep.Articles, ar)
		rep.Entities.add(ar.Entities)
		rep.Quotes.add(ar.Quotes)
		rep.Dates.add(ar.Dates)
		rep.Boilerplate.add(ar.Boilerplate)
		rep.Type.add(ar.Type)
		rep.Speaker.add(ar.Speaker)
		rep.DateValue.add(ar.DateValue)
	}
	if story != nil {
		rep.HasStory = true
		rep.Events, rep.Relations = scoreStory(pred, *story, aliasSets, &rep.Misses)
	}
	return rep
}

func baseName(f string) string {
	if i := strings.LastIndexAny(f, "/\\"); i >= 0 {
		return f[i+1:]
	}
	return f
}

// scoreArticle scores one article.
func scoreArticle(ap ArticlePrediction, g Gold, misses *[]string) ArticleReport {
	ar := ArticleReport{Article: g.Article}
	tag := baseName(g.Article)
	// Entities.
	goldNames := make([]map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		goldNames[i] = nameSet(e.Name, e.Aliases)
	}
	predNames := make([]map[string]bool, len(ap.Entities))
	for i, e := range ap.Entities {
		predNames[i] = nameSet(e.Name, e.Aliases)
	}
	m := match(len(ap.Entities), len(g.Entities), func(p, q int) bool { return intersects(predNames[p], goldNames[q]) }, nil)
	for p, q := range m.pred {
		switch {
		case q >= 0 && g.Entities[q].Optional:
		case q >= 0:
			ar.Entities.TP++
			ar.Type.Total++
			if ap.Entities[p].Type == g.Entities[q].Type {
				ar.Type.Correct++
			} else {
				*misses = append(*misses, fmt.Sprintf("%s: entity type %q is %s, want %s", tag, ap.Entities[p].Name, ap.Entities[p].Type, g.Entities[q].Type))
			}
		default:
			ar.Entities.FP++
			*misses = append(*misses, fmt.Sprintf("%s: entity false positive %q (%s)", tag, ap.Entities[p].Name, ap.Entities[p].Type))
		}
	}
	for q, p := range m.gold {
		if p < 0 && !g.Entities[q].Optional {
			ar.Entities.FN++
			*misses = append(*misses, fmt.Sprintf("%s: entity missed %q", tag, g.Entities[q].Name))
		}
	}
	// Quotes.
	speakerNames := func(name string) map[string]bool {
		for _, e := range g.Entities {
			if normName(e.Name) == normName(name) {
				return nameSet(e.Name, e.Aliases)
			}
		}
		return nameSet(name, nil)
	}
	predSpeaker := func(name string) map[string]bool {
		for _, e := range ap.Entities {
			if e.Name == name {
				return nameSet(e.Name, e.Aliases)
			}
		}
		return nameSet(name, nil)
	}
	pq := make([]string, len(ap.Quotes))
	for i, q := range ap.Quotes {
		pq[i] = norm(q.Text)
	}
	gq := make([]string, len(g.Quotes))
	for i, q := range g.Quotes {
		gq[i] = norm(q.Text)
	}
	m = match(len(pq), len(gq), func(p, q int) bool { return pq[p] == gq[q] || jaccard(pq[p], gq[q]) >= 0.8 }, nil)
	for p, q := range m.pred {
		switch {
		case q >= 0 && g.Quotes[q].Optional:
		case q >= 0:
			ar.Quotes.TP++
			if sp := g.Quotes[q].Speaker; sp != nil {
				ar.Speaker.Total++
				if ap.Quotes[p].Speaker != "" && intersects(predSpeaker(ap.Quotes[p].Speaker), speakerNames(*sp)) {
					ar.Speaker.Correct++
				} else {
					*misses = append(*misses, fmt.Sprintf("%s: quote %q speaker %q, want %q", tag, clip(ap.Quotes[p].Text), ap.Quotes[p].Speaker, *sp))
				}
			}
		case len(strings.Fields(pq[p])) <= 1:
			// One-word quotes not in the gold are neither rewarded nor penalised.
		default:
			ar.Quotes.FP++
			*misses = append(*misses, fmt.Sprintf("%s: quote false positive %q", tag, clip(ap.Quotes[p].Text)))
		}
	}
	for q, p := range m.gold {
		if p < 0 && !g.Quotes[q].Optional {
			ar.Quotes.FN++
			*misses = append(*misses, fmt.Sprintf("%s: quote missed %q", tag, clip(g.Quotes[q].Text)))
		}
	}
	// Dates: prefer pairs with the right value, then any overlap.
	m = match(len(ap.Dates), len(g.Dates), func(p, q int) bool { return dateOverlap(ap.Dates[p].Text, g.Dates[q].Text) },
		func(p, q int) bool {
			return ap.Dates[p].Value == g.Dates[q].Value && ap.Dates[p].Precision == g.Dates[q].Precision
		})
	for p, q := range m.pred {
		switch {
		case q >= 0 && g.Dates[q].Optional:
		case q >= 0:
			ar.Dates.TP++
			ar.DateValue.Total++
			if ap.Dates[p].Value == g.Dates[q].Value && ap.Dates[p].Precision == g.Dates[q].Precision {
				ar.DateValue.Correct++
			} else {
				*misses = append(*misses, fmt.Sprintf("%s: date %q = %s/%s, want %s/%s", tag, ap.Dates[p].Text, ap.Dates[p].Value, ap.Dates[p].Precision, g.Dates[q].Value, g.Dates[q].Precision))
			}
		default:
			ar.Dates.FP++
			*misses = append(*misses, fmt.Sprintf("%s: date false positive %q", tag, ap.Dates[p].Text))
		}
	}
	for q, p := range m.gold {
		if p < 0 && !g.Dates[q].Optional {
			ar.Dates.FN++
			*misses = append(*misses, fmt.Sprintf("%s: date missed %q", tag, g.Dates[q].Text))
		}
	}
	// Boilerplate, per line; credit lines are neutral.
	goldLines := map[string]bool{}
	for _, l := range g.Boilerplate {
		goldLines[norm(l)] = true
	}
	credit := map[string]bool{}
	for _, l := range g.CreditLines {
		credit[norm(l)] = true
	}
	predLines := map[string]bool{}
	for _, l := range ap.Boilerplate {
		n := norm(l)
		if predLines[n] {
			continue
		}
		predLines[n] = true
		switch {
		case goldLines[n]:
			ar.Boilerplate.TP++
		case credit[n]:
		default:
			ar.Boilerplate.FP++
			*misses = append(*misses, fmt.Sprintf("%s: boilerplate false positive %q", tag, clip(l)))
		}
	}
	for _, l := range g.Boilerplate {
		if !predLines[norm(l)] {
			ar.Boilerplate.FN++
			*misses = append(*misses, fmt.Sprintf("%s: boilerplate missed %q", tag, clip(l)))
		}
	}
	return ar
}

// scoreStory scores merged events and relations (recall matters: the
// prediction may hold more than the gold lists).
func scoreStory(pred Prediction, story StoryGold, aliasSets map[string]map[string]bool, misses *[]string) (Counts, Counts) {
	predAliases := map[string]map[string]bool{}
	for _, e := range pred.Entities {
		predAliases[e.Name] = nameSet(e.Name, e.Aliases)
	}
	same := func(predName, goldName string) bool {
		gs := aliasSets[normName(goldName)]
		if gs == nil {
			gs = nameSet(goldName, nil)
		}
		ps := predAliases[predName]
		if ps == nil {
			ps = nameSet(predName, nil)
		}
		return intersects(ps, gs)
	}
	var ev Counts
	var req []GoldEvent
	for _, e := range story.Events {
		if !e.Optional {
			req = append(req, e)
		}
	}
	m := match(len(pred.Events), len(req), func(p, q int) bool {
		pe, ge := pred.Events[p], req[q]
		if pe.Value != ge.Date || pe.Precision != ge.Precision {
			return false
		}
		for _, a := range pe.Entities {
			for _, b := range ge.Entities {
				if same(a, b) {
					return true
				}
			}
		}
		return false
	}, nil)
	for _, q := range m.pred {
		if q >= 0 {
			ev.TP++
		} else {
			ev.FP++
		}
	}
	for q, p := range m.gold {
		if p < 0 {
			ev.FN++
			*misses = append(*misses, fmt.Sprintf("story: event missed %s %s", req[q].Date, req[q].What))
		}
	}
	var rel Counts
	var reqRel []GoldRelation
	for _, r := range story.Relations {
		if !r.Optional {
			reqRel = append(reqRel, r)
		}
	}
	m = match(len(pred.Relations), len(reqRel), func(p, q int) bool {
		pr, gr := pred.Relations[p], reqRel[q]
		return same(pr.A, gr.A) && same(pr.B, gr.B) || same(pr.A, gr.B) && same(pr.B, gr.A)
	}, nil)
	for _, q := range m.pred {
		if q >= 0 {
			rel.TP++
		} else {
			rel.FP++
		}
	}
	for q, p := range m.gold {
		if p < 0 {
			rel.FN++
			*misses = append(*misses, fmt.Sprintf("story: relation missed %s – %s", reqRel[q].A, reqRel[q].B))
		}
	}
	return ev, rel
}

// matching is a one-to-one assignment: pred[i] is the gold index matched
// to prediction i (or -1), gold[j] the prediction matched to gold j.
type matching struct{ pred, gold []int }

// match finds a maximum one-to-one matching (Kuhn's algorithm). Edges for
// which prefer is true are tried first, so preferred pairs win ties.
func match(np, ng int, edge, prefer func(p, q int) bool) matching {
	m := matching{pred: make([]int, np), gold: make([]int, ng)}
	for i := range m.pred {
		m.pred[i] = -1
	}
	for j := range m.gold {
		m.gold[j] = -1
	}
	adj := make([][]int, np)
	for p := 0; p < np; p++ {
		var first, rest []int
		for q := 0; q < ng; q++ {
			if !edge(p, q) {
				continue
			}
			if prefer != nil && prefer(p, q) {
				first = append(first, q)
			} else {
				rest = append(rest, q)
			}
		}
		adj[p] = append(first, rest...)
	}
	var try func(p int, seen []bool) bool
	try = func(p int, seen []bool) bool {
		for _, q := range adj[p] {
			if seen[q] {
				continue
			}
			seen[q] = true
			if m.gold[q] < 0 || try(m.gold[q], seen) {
				m.gold[q], m.pred[p] = p, q
				return true
			}
		}
		return false
	}
	// Preferred edges first.
	if prefer != nil {
		for p := 0; p < np; p++ {
			for _, q := range adj[p] {
				if prefer(p, q) && m.gold[q] < 0 && m.pred[p] < 0 {
					m.gold[q], m.pred[p] = p, q
				}
			}
		}
	}
	for p := 0; p < np; p++ {
		if m.pred[p] < 0 {
			try(p, make([]bool, ng))
		}
	}
	return m
}

// honorifics are removed from names before comparing them.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"president": true, "president-elect": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"rev": true, "reverend": true, "gen": true, "general": true, "sen": true, "senator": true,
	"rep": true, "gov": true, "governor": true, "mayor": true, "judge": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "the": true, "chancellor": true, "minister": true,
	"prime": true, "secretary": true, "sheikh": true, "st": false,
}

// normName normalises a name and removes leading honorifics.
func normName(s string) string {
	ws := strings.Fields(norm(s))
	for len(ws) > 1 && honorifics[strings.TrimSuffix(ws[0], ".")] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

func nameSet(name string, aliases []string) map[string]bool {
	m := map[string]bool{normName(name): true}
	for _, a := range aliases {
		m[normName(a)] = true
	}
	delete(m, "")
	return m
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// norm case-folds, folds diacritics, unifies quotes and apostrophes,
// collapses white space and trims punctuation at both ends.
func norm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		b.WriteRune(foldRune(r))
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimFunc(out, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) })
}

var foldTable = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e', 'ğ': 'g', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
	'ī': 'i', 'ı': 'i', 'ł': 'l', 'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o',
	'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o', 'ř': 'r', 'ś': 's', 'š': 's', 'ş': 's',
	'ș': 's', 'ť': 't', 'ţ': 't', 'ț': 't', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u',
	'ů': 'u', 'ű': 'u', 'ý': 'y', 'ÿ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z',
	'’': '\'', '‘': '\'', '‛': '\'', '`': '\'', '´': '\'', '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
	'\u00a0': ' ', '–': '-', '—': '-',
}

func foldRune(r rune) rune {
	if f, ok := foldTable[r]; ok {
		return f
	}
	return r
}

// jaccard is the token Jaccard similarity of two normalised texts.
func jaccard(a, b string) float64 {
	ta, tb := tokenSet(a), tokenSet(b)
	if len(ta) == 0 && len(tb) == 0 {
		return 1
	}
	inter := 0
	for t := range ta {
		if tb[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(ta)+len(tb)-inter)
}

func tokenSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		m[strings.Trim(w, "'")] = true
	}
	delete(m, "")
	return m
}

var dateKeys = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "morning": true, "election": true,
}

// dateOverlap: one text contains the other, or they share a key word (a
// weekday, month or year).
func dateOverlap(a, b string) bool {
	na, nb := norm(a), norm(b)
	if na == "" || nb == "" {
		return false
	}
	if strings.Contains(na, nb) || strings.Contains(nb, na) {
		return true
	}
	ka := dateKeyWords(na)
	for k := range dateKeyWords(nb) {
		if ka[k] {
			return true
		}
	}
	return false
}

func dateKeyWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if dateKeys[w] || len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
			m[w] = true
		}
	}
	return m
}

func clip(s string) string {
	if len(s) <= 70 {
		return s
	}
	cut := 70
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
