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
	Entities    Counts   `json:"entities"`
	Quotes      Counts   `json:"quotes"`
	Dates       Counts   `json:"dates"`
	Boilerplate Counts   `json:"boilerplate"`
	Type        Accuracy `json:"type_accuracy"`
	// Speaker is over matched quotes whose gold speaker is named;
	// SpeakerDirect leaves out those resolved from a pronoun by a
	// conversion. WrongSpeaker counts, over the same quotes as Speaker,
	// those given to someone else (an empty speaker is a miss, not wrong).
	Speaker       Accuracy `json:"speaker_accuracy"`
	SpeakerDirect Accuracy `json:"speaker_accuracy_direct"`
	WrongSpeaker  Accuracy `json:"wrong_speaker"`
	// WrongDirect is WrongSpeaker over the quotes of SpeakerDirect.
	WrongDirect Accuracy `json:"wrong_speaker_direct"`
	DateValue   Accuracy `json:"date_value_accuracy"`
	// Scored lists the layers some gold file annotates.
	Scored    Layers          `json:"scored"`
	Events    Counts          `json:"story_events"`
	Relations Counts          `json:"story_relations"`
	HasStory  bool            `json:"has_story"`
	Story     StoryReport     `json:"story"`
	Articles  []ArticleReport `json:"articles"`
	// Misses lists unmatched items, for people tuning the extractor.
	Misses []string `json:"misses,omitempty"`
}

// Layers says which per-article layers are scored.
type Layers struct {
	Entities    bool `json:"entities"`
	Quotes      bool `json:"quotes"`
	Dates       bool `json:"dates"`
	Boilerplate bool `json:"boilerplate"`
}

func (l *Layers) add(o Layers) {
	l.Entities = l.Entities || o.Entities
	l.Quotes = l.Quotes || o.Quotes
	l.Dates = l.Dates || o.Dates
	l.Boilerplate = l.Boilerplate || o.Boilerplate
}

// StoryReport scores the story across articles (story.gold.json in the
// story-pack format).
type StoryReport struct {
	// EntitiesMerged: of the gold entities that 2+ articles name, those
	// that are exactly one predicted entity. Fused counts predicted
	// entities that match two or more gold entities.
	EntitiesMerged Accuracy `json:"entities_merged"`
	Fused          int      `json:"fused"`
	// SharedQuotes: of the quotations 2+ articles carry, those that are
	// one predicted quote with sources in 2+ of those articles.
	SharedQuotes Accuracy `json:"shared_quotes"`
	// EventsShown is the number of predicted events; GoldEvents the
	// required gold events (Report.Events has the matches).
	EventsShown int `json:"events_shown"`
	GoldEvents  int `json:"gold_events"`
	// Contested: of the gold claims with sides, those a predicted claim
	// finds (its evidence overlaps a gold "for" side and a gold "against"
	// side). FalseClaims counts predicted claims that find no gold claim.
	Contested   Accuracy `json:"contested"`
	FalseClaims int      `json:"false_claims"`
	HasMerged   bool     `json:"has_merged"`
	HasShared   bool     `json:"has_shared"`
	HasSides    bool     `json:"has_sides"`
}

// ArticleReport is one article's share of the report.
type ArticleReport struct {
	Article       string   `json:"article"`
	Scored        Layers   `json:"scored"`
	Entities      Counts   `json:"entities"`
	Quotes        Counts   `json:"quotes"`
	Dates         Counts   `json:"dates"`
	Boilerplate   Counts   `json:"boilerplate"`
	Type          Accuracy `json:"type_accuracy"`
	Speaker       Accuracy `json:"speaker_accuracy"`
	SpeakerDirect Accuracy `json:"speaker_accuracy_direct"`
	WrongSpeaker  Accuracy `json:"wrong_speaker"`
	WrongDirect   Accuracy `json:"wrong_speaker_direct"`
	DateValue     Accuracy `json:"date_value_accuracy"`
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
		rep.SpeakerDirect.add(ar.SpeakerDirect)
		rep.WrongSpeaker.add(ar.WrongSpeaker)
		rep.WrongDirect.add(ar.WrongDirect)
		rep.DateValue.add(ar.DateValue)
		rep.Scored.add(ar.Scored)
	}
	if story != nil {
		rep.HasStory = true
		rep.Events, rep.Relations = scoreStory(pred, *story, aliasSets, &rep.Misses)
		rep.Story = scoreStoryLayer(pred, *story, &rep.Misses)
		rep.Story.EventsShown = len(pred.Events)
		rep.Story.GoldEvents = rep.Events.TP + rep.Events.FN
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
	ar.Scored = Layers{
		Entities:    g.Annotates(LayerEntities),
		Quotes:      g.Annotates(LayerQuotes),
		Dates:       g.Annotates(LayerDates),
		Boilerplate: g.Annotates(LayerBoilerplate),
	}
	tag := baseName(g.Article)
	if ar.Scored.Entities {
		scoreEntities(ap, g, &ar, tag, misses)
	}
	if ar.Scored.Quotes {
		scoreQuotes(ap, g, &ar, tag, misses)
	}
	if ar.Scored.Dates {
		scoreDates(ap, g, &ar, tag, misses)
	}
	if ar.Scored.Boilerplate {
		scoreBoilerplate(ap, g, &ar, tag, misses)
	}
	return ar
}

// scoreEntities pairs predicted and gold entities of one article.
func scoreEntities(ap ArticlePrediction, g Gold, ar *ArticleReport, tag string, misses *[]string) {
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
}

// scoreQuotes pairs predicted and gold quotations of one article and
// judges the speakers of the pairs.
func scoreQuotes(ap ArticlePrediction, g Gold, ar *ArticleReport, tag string, misses *[]string) {
	goldSpeaker := func(name string) []string {
		for _, e := range g.Entities {
			if normName(e.Name) == normName(name) {
				return append([]string{e.Name}, e.Aliases...)
			}
		}
		return []string{name}
	}
	predSpeaker := func(name string) []string {
		for _, e := range ap.Entities {
			if e.Name == name {
				return append([]string{e.Name}, e.Aliases...)
			}
		}
		return []string{name}
	}
	bare := map[string]bool{}
	for _, e := range g.Entities {
		bare[normName(e.Name)] = true
	}
	neutral := make([]string, len(g.NeutralQuotes))
	for i, q := range g.NeutralQuotes {
		neutral[i] = norm(q)
	}
	isNeutral := func(t string) bool {
		for _, n := range neutral {
			if t == n || jaccard(t, n) >= 0.8 {
				return true
			}
		}
		return false
	}
	pq := make([]string, len(ap.Quotes))
	for i, q := range ap.Quotes {
		pq[i] = norm(q.Text)
	}
	gq := make([]string, len(g.Quotes))
	for i, q := range g.Quotes {
		gq[i] = norm(q.Text)
	}
	m := match(len(pq), len(gq), func(p, q int) bool { return pq[p] == gq[q] || jaccard(pq[p], gq[q]) >= 0.8 }, nil)
	for p, q := range m.pred {
		switch {
		case q >= 0 && g.Quotes[q].Optional:
		case q >= 0:
			ar.Quotes.TP++
			sp := g.Quotes[q].Speaker
			if sp == nil || *sp == "" {
				break
			}
			direct := g.Quotes[q].SpeakerVia != "pronoun"
			ar.Speaker.Total++
			ar.WrongSpeaker.Total++
			if direct {
				ar.SpeakerDirect.Total++
				ar.WrongDirect.Total++
			}
			got := ap.Quotes[p].Speaker
			switch {
			case got != "" && sameSpeaker(*sp, goldSpeaker(*sp), got, predSpeaker(got), bare):
				ar.Speaker.Correct++
				if direct {
					ar.SpeakerDirect.Correct++
				}
			case got != "":
				ar.WrongSpeaker.Correct++
				if direct {
					ar.WrongDirect.Correct++
				}
				*misses = append(*misses, fmt.Sprintf("%s: quote %q speaker %q, want %q (wrong)", tag, clip(ap.Quotes[p].Text), got, *sp))
			default:
				*misses = append(*misses, fmt.Sprintf("%s: quote %q speaker empty, want %q", tag, clip(ap.Quotes[p].Text), *sp))
			}
		case len(strings.Fields(pq[p])) <= 1:
			// One-word quotes not in the gold are neither rewarded nor penalised.
		case isNeutral(pq[p]):
			// Listed as not gold but not wrong either (scare quotes, titles).
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
}

// scoreDates pairs predicted and gold dates of one article: pairs with the
// right value first, then any overlap.
func scoreDates(ap ArticlePrediction, g Gold, ar *ArticleReport, tag string, misses *[]string) {
	m := match(len(ap.Dates), len(g.Dates), func(p, q int) bool { return dateOverlap(ap.Dates[p].Text, g.Dates[q].Text) },
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
}

// scoreBoilerplate pairs dropped lines with gold clutter lines one to one:
// equal, or one containing the other with the shorter at least 60% of the
// longer. A dropped line that pairs with a credit line instead is neutral.
func scoreBoilerplate(ap ArticlePrediction, g Gold, ar *ArticleReport, tag string, misses *[]string) {
	gold := make([]string, len(g.Boilerplate))
	for i, l := range g.Boilerplate {
		gold[i] = norm(l)
	}
	pred := make([]string, len(ap.Boilerplate))
	for i, l := range ap.Boilerplate {
		pred[i] = norm(l)
	}
	m := match(len(pred), len(gold), func(p, q int) bool { return sameLine(pred[p], gold[q]) },
		func(p, q int) bool { return pred[p] == gold[q] })
	credit := make([]string, len(g.CreditLines))
	for i, l := range g.CreditLines {
		credit[i] = norm(l)
	}
	for p, q := range m.pred {
		switch {
		case q >= 0:
			ar.Boilerplate.TP++
		case pred[p] == "" || containsLine(credit, pred[p]):
		default:
			ar.Boilerplate.FP++
			*misses = append(*misses, fmt.Sprintf("%s: boilerplate false positive %q", tag, clip(ap.Boilerplate[p])))
		}
	}
	for q, p := range m.gold {
		if p < 0 {
			ar.Boilerplate.FN++
			*misses = append(*misses, fmt.Sprintf("%s: boilerplate missed %q", tag, clip(g.Boilerplate[q])))
		}
	}
}

// sameLine reports whether two normalised lines match: equal, or one holds
// the other and the shorter is at least 60% of the longer.
func sameLine(a, b string) bool {
	if a == b {
		return a != ""
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return short != "" && strings.Contains(long, short) && 10*len(short) >= 6*len(long)
}

func containsLine(lines []string, l string) bool {
	for _, c := range lines {
		if sameLine(c, l) {
			return true
		}
	}
	return false
}

// sameSpeaker applies the gold README's speaker rule: the gold speaker's
// name equals one of the predicted speaker's names, or the predicted
// canonical name one of the gold speaker's names, compared by
// speakerNameEq. bare holds the article's gold entity names, which decide
// whether a Jr/Sr suffix on one side only may be ignored.
func sameSpeaker(goldCanon string, goldNames []string, predCanon string, predNames []string, bare map[string]bool) bool {
	for _, p := range predNames {
		if speakerNameEq(goldCanon, p, bare) {
			return true
		}
	}
	for _, gn := range goldNames {
		if speakerNameEq(predCanon, gn, bare) {
			return true
		}
	}
	return false
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// speakerNameEq compares two names once honorifics and single-letter
// middle initials are removed, or by their first and last tokens.
// Different middle initials never match; a suffix on one side only is
// ignored unless someone in the article goes by the bare name.
func speakerNameEq(a, b string, bare map[string]bool) bool {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	sa, sb := "", ""
	if n := len(ta); n > 1 && nameSuffixes[ta[n-1]] {
		sa, ta = ta[n-1], ta[:n-1]
	}
	if n := len(tb); n > 1 && nameSuffixes[tb[n-1]] {
		sb, tb = tb[n-1], tb[:n-1]
	}
	if sa != sb && (sa != "" && sb != "" || bare[strings.Join(ta, " ")]) {
		// Two different suffixes, or the bare name is someone in this
		// article.
		return false
	}
	ia, ta := splitInitials(ta)
	ib, tb := splitInitials(tb)
	if ia != "" && ib != "" && ia != ib {
		return false
	}
	if strings.Join(ta, " ") == strings.Join(tb, " ") {
		return true
	}
	return len(ta) >= 2 && len(tb) >= 2 && ta[0] == tb[0] && ta[len(ta)-1] == tb[len(tb)-1]
}

// nameTokens is normName's tokens without dots.
func nameTokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(normName(s)) {
		if w = strings.Trim(w, ".,"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// splitInitials removes single-letter tokens between the first and the
// last and returns them joined.
func splitInitials(ts []string) (string, []string) {
	if len(ts) < 3 {
		return "", ts
	}
	var ini []string
	out := []string{ts[0]}
	for _, w := range ts[1 : len(ts)-1] {
		if len([]rune(w)) == 1 {
			ini = append(ini, w)
			continue
		}
		out = append(out, w)
	}
	return strings.Join(ini, " "), append(out, ts[len(ts)-1])
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

// scoreStoryLayer scores what the story-pack format of story.gold.json
// adds: entities merged across articles, shared quotations and contested
// claims with their evidence.
func scoreStoryLayer(pred Prediction, story StoryGold, misses *[]string) StoryReport {
	var rep StoryReport
	// Entities merged.
	goldSets := make([]map[string]bool, len(story.MergedEntities))
	for i, e := range story.MergedEntities {
		goldSets[i] = nameSet(e.Name, e.Aliases)
	}
	predSets := make([]map[string]bool, len(pred.Entities))
	for i, e := range pred.Entities {
		predSets[i] = nameSet(e.Name, e.Aliases)
	}
	rep.HasMerged = len(story.MergedEntities) > 0
	for i, e := range story.MergedEntities {
		if e.Optional || len(distinct(e.In)) < 2 {
			continue
		}
		var found []string
		for j, ps := range predSets {
			if intersects(ps, goldSets[i]) {
				found = append(found, pred.Entities[j].Name)
			}
		}
		rep.EntitiesMerged.Total++
		if len(found) == 1 {
			rep.EntitiesMerged.Correct++
		} else {
			*misses = append(*misses, fmt.Sprintf("story: entity %q is %d predicted entities %q", e.Name, len(found), found))
		}
	}
	for j, ps := range predSets {
		var hit []string
		for i, gs := range goldSets {
			if intersects(ps, gs) {
				hit = append(hit, story.MergedEntities[i].Name)
			}
		}
		if len(hit) > 1 {
			rep.Fused++
			*misses = append(*misses, fmt.Sprintf("story: predicted entity %q fuses %q", pred.Entities[j].Name, hit))
		}
	}
	// Shared quotes.
	rep.HasShared = len(story.SharedQuotes) > 0
	for _, sq := range story.SharedQuotes {
		if sq.Optional || len(variantArticles(sq)) < 2 {
			continue
		}
		rep.SharedQuotes.Total++
		// A variant an article's own copy matches is not looked for inside
		// that article's longer quotations (a phrase quoted on its own is
		// not the sentence that also holds it).
		direct := map[int]bool{}
		for _, pq := range pred.Quotes {
			for _, src := range pq.Sources {
				for k, v := range sq.Variants {
					if v.Article == ArticleKey(src.Article) && sameQuotation(norm(src.Text), norm(v.Text)) {
						direct[k] = true
					}
				}
			}
		}
		var carriers []int // predicted quotes matching a variant
		most := 0          // the most gold articles one of them covers
		for i, pq := range pred.Quotes {
			arts := map[string]bool{}
			for _, src := range pq.Sources {
				key := ArticleKey(src.Article)
				for k, v := range sq.Variants {
					if v.Article != key {
						continue
					}
					if s, vt := norm(src.Text), norm(v.Text); sameQuotation(s, vt) || !direct[k] && carries(s, vt) {
						arts[key] = true
					}
				}
			}
			if len(arts) > 0 {
				carriers = append(carriers, i)
				most = max(most, len(arts))
			}
		}
		if len(carriers) == 1 && most >= 2 {
			rep.SharedQuotes.Correct++
		} else {
			*misses = append(*misses, fmt.Sprintf("story: shared quote %q is %d predicted quotes (most articles in one: %d)", clip(sq.Text), len(carriers), most))
		}
	}
	// Contested claims.
	var claims []GoldClaim
	for _, c := range story.Contested {
		if len(c.Sides) > 0 {
			claims = append(claims, c)
		}
	}
	rep.HasSides = len(claims) > 0
	if !rep.HasSides {
		return rep
	}
	found := make([]bool, len(claims))
	for _, pc := range pred.Contested {
		ok := false
		for i, gc := range claims {
			if findsClaim(pc, gc) {
				ok = true
				if !gc.Optional {
					found[i] = true
				}
			}
		}
		if !ok {
			rep.FalseClaims++
			*misses = append(*misses, fmt.Sprintf("story: contested claim false positive %q", clip(pc.Claim)))
		}
	}
	for i, gc := range claims {
		if gc.Optional {
			continue
		}
		rep.Contested.Total++
		if found[i] {
			rep.Contested.Correct++
		} else {
			*misses = append(*misses, fmt.Sprintf("story: contested claim missed %q", clip(gc.Claim)))
		}
	}
	return rep
}

// findsClaim reports whether a predicted claim's evidence overlaps a gold
// "for" side and a gold "against" side, through two different sides.
func findsClaim(pc ClaimPrediction, gc GoldClaim) bool {
	for i, a := range pc.Sides {
		for j, b := range pc.Sides {
			if i == j {
				continue
			}
			if overlapsSide(a, gc, "for") && overlapsSide(b, gc, "against") {
				return true
			}
		}
	}
	return false
}

func overlapsSide(ps SidePrediction, gc GoldClaim, position string) bool {
	for _, gs := range gc.Sides {
		if gs.Position == position && gs.Article == ArticleKey(ps.Article) && overlapsText(norm(ps.Text), norm(gs.Sentence)) {
			return true
		}
	}
	return false
}

// overlapsText: one text holds the other, or they share at least 60% of the
// shorter one's tokens.
func overlapsText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	ta, tb := tokenSet(a), tokenSet(b)
	inter := 0
	for t := range ta {
		if tb[t] {
			inter++
		}
	}
	return 10*inter >= 6*min(len(ta), len(tb))
}

// sameQuotation reports whether two normalised wordings are one quotation:
// equal, token Jaccard >= 0.8, or one's tokens inside the other's with the
// shorter at least 60% of the longer (a trimmed copy).
func sameQuotation(a, b string) bool {
	if a == b || jaccard(a, b) >= 0.8 {
		return a != ""
	}
	ta, tb := tokenSet(a), tokenSet(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	for t := range ta {
		if !tb[t] {
			return false
		}
	}
	return len(ta) > 0 && 10*len(ta) >= 6*len(tb)
}

// carries reports whether a predicted source carries a gold variant as a
// longer quotation (a paragraph) holding the
// variant's words in order, all of them, the variant of four words or
// more. The reader sees the paragraph, with the sentence in it, listed
// under the quote's outlets.
func carries(src, variant string) bool {
	ws, wv := tokenList(src), tokenList(variant)
	if len(wv) < 4 || len(wv) > len(ws) {
		return false
	}
	j := 0
	for _, w := range ws {
		if j < len(wv) && w == wv[j] {
			j++
		}
	}
	return j == len(wv)
}

func tokenList(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

func variantArticles(sq GoldSharedQuote) map[string]bool {
	m := map[string]bool{}
	for _, v := range sq.Variants {
		m[v.Article] = true
	}
	return m
}

func distinct(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}
