package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// Shared quotes. Outlets carry one quotation trimmed differently,
// re-punctuated, now and then misspelt, with "[bracketed]" words of their
// own. mergeQuotes joins such copies into one quote whose Sources list
// every copy; its speaker is the one its sources name with the most
// confidence. Copies that name different speakers, each naming its speaker
// in the sentence, become a contested claim of attribution.

// quoteTokens folds a quotation into its words: lower case without
// diacritics, punctuation dropped, "[bracketed]" insertions dropped,
// apostrophe contractions kept as single words ("don't" → "dont", with
// the acute accent or modifier letter some outlets type for the
// apostrophe), and a number's digit groups kept together ("1,500" →
// "1500").
func quoteTokens(s string) []string {
	var out []string
	var b strings.Builder
	depth := 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	rs := []rune(fold(s))
	for k, r := range rs {
		switch {
		case r == '[':
			flush()
			depth++
		case r == ']':
			if depth > 0 {
				depth--
			}
			flush()
		case depth > 0:
		case r == '\'' || r == '´' || r == 'ʼ':
			// Contractions stay one word.
		case (r == ',' || r == '.') && k > 0 && k+1 < len(rs) && unicode.IsDigit(rs[k-1]) && unicode.IsDigit(rs[k+1]):
			// A digit group separator inside a number.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// tokenEq compares two quotation words allowing one edit in words of five
// letters or more (small misspellings).
func tokenEq(a, b string) bool {
	if a == b {
		return true
	}
	if utf8.RuneCountInString(a) < 5 || utf8.RuneCountInString(b) < 5 {
		return false
	}
	return editDistance(a, b) <= 1
}

// alignTokens returns the length of the longest common subsequence of two
// token lists and how many of those aligned words are content words.
func alignTokens(a, b []string) (int, int) {
	n, m := len(a), len(b)
	// dp[i][j] over suffixes; content counts carried alongside.
	type cell struct{ all, content int }
	prev := make([]cell, m+1)
	cur := make([]cell, m+1)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best := prev[j]
			if cur[j+1].all > best.all || cur[j+1].all == best.all && cur[j+1].content > best.content {
				best = cur[j+1]
			}
			if tokenEq(a[i], b[j]) {
				c := prev[j+1]
				c.all++
				if !stopwords[a[i]] {
					c.content++
				}
				if c.all > best.all || c.all == best.all && c.content > best.content {
					best = c
				}
			}
			cur[j] = best
		}
		prev, cur = cur, prev
		for j := range cur {
			cur[j] = cell{}
		}
	}
	return prev[0].all, prev[0].content
}

// sameQuote reports whether two quotations are copies of one and how
// closely they align (0–1, the share of the shorter one's words). Copies
// of short quotations (under four words) have the same content words in
// the same order ("worst-case scenario", "the worst case scenario").
// Longer ones align on at least 70% of the shorter one's words (60% when
// both name the same speaker), three of them content words; a copy under
// 60% of the other's length is a trimmed excerpt and must align five
// content words. Full quotations (not phrases inside a sentence) the same
// speaker is named for may be trimmed to four words or more, all of them
// in the other copy.
func sameQuote(a, b []string, sameSpeaker bool) (bool, float64) {
	short, long := min(len(a), len(b)), max(len(a), len(b))
	if short == 0 {
		return false, 0
	}
	ca, cb := contentTokens(a), contentTokens(b)
	if sameSpeaker && short >= 4 && min(len(ca), len(cb)) >= 2 {
		// The one speaker's words trimmed to a phrase: every word of
		// the shorter copy, in order.
		if all, content := alignTokens(a, b); all == short && content >= 2 {
			return true, 1
		}
	}
	if short < 4 || len(ca) < 3 || len(cb) < 3 {
		if len(ca) < 2 || len(ca) != len(cb) || 2*long > 3*short+2 {
			return false, 0
		}
		for i := range ca {
			if !tokenEq(ca[i], cb[i]) {
				return false, 0
			}
		}
		return true, 1
	}
	all, content := alignTokens(a, b)
	need := 0.7
	if sameSpeaker {
		need = 0.6
	}
	frac := float64(all) / float64(short)
	if content < 3 || frac < need {
		return false, 0
	}
	if 10*short < 6*long && content < 5 {
		return false, 0
	}
	return true, frac
}

func contentTokens(ts []string) []string {
	var out []string
	for _, t := range ts {
		if !stopwords[t] {
			out = append(out, t)
		}
	}
	return out
}

// mergeQuotes joins the copies of one quotation across (and within)
// documents. It returns the merged quotes, in the order of their first
// source, and the contested claims of attribution.
func mergeQuotes(docs []*doc, ds *schema.Dataset) ([]schema.Quote, []schema.Contested) {
	qs := ds.Quotes
	n := len(qs)
	toks := make([][]string, n)
	for i, q := range qs {
		toks[i] = quoteTokens(q.Text)
	}
	groups, roots := clusterQuotes(qs, toks)
	byDoc := map[string]*doc{}
	published := map[string]string{}
	for _, d := range docs {
		byDoc[d.id] = d
		published[d.id] = d.meta.Published
	}
	named := speakerNamedNear(ds, byDoc)
	people := map[string]bool{}
	ments := map[string][]schema.Span{}
	for _, e := range ds.Entities {
		people[e.ID] = e.Type == typePerson
		ments[e.ID] = e.Mentions
	}
	out := make([]schema.Quote, 0, len(roots))
	var claims []schema.Contested
	for _, r := range roots {
		g := groups[r]
		q := joinQuotes(qs, toks, g, published)
		out = append(out, q)
		if c, ok := attributionClaim(qs, toks, g, q, byDoc, named, people, ments); ok {
			claims = append(claims, c)
		}
	}
	return out, claims
}

// clusterQuotes groups the copies of each quotation. Copies with the same
// words are one unit; units are compared only when they share two content
// words, and joined along their similar pairs, most similar first, only
// when every unit of one cluster is like every unit of the other
// (complete linkage): a long quotation in one outlet must not chain two
// separate quotations of another. It returns the groups by root, and the
// roots in the order of their first quote.
func clusterQuotes(qs []schema.Quote, toks [][]string) (map[int][]int, []int) {
	n := len(qs)
	unitOf := make([]int, n)
	var units [][]int // quote indexes of each unit
	byKey := map[string]int{}
	for i := range qs {
		if ok, _ := sameQuote(toks[i], toks[i], false); ok {
			key := strings.Join(toks[i], " ")
			if u, seen := byKey[key]; seen {
				unitOf[i] = u
				units[u] = append(units[u], i)
				continue
			}
			byKey[key] = len(units)
		}
		unitOf[i] = len(units)
		units = append(units, []int{i})
	}
	// One speaker for a unit when all its copies name the same one and
	// none is a phrase inside a sentence.
	speaker := make([]string, len(units))
	for u, m := range units {
		for k, i := range m {
			s := ""
			if qs[i].Speaker != nil && qs[i].Kind != "partial" {
				s = *qs[i].Speaker
			}
			if k == 0 {
				speaker[u] = s
			} else if speaker[u] != s {
				speaker[u] = ""
			}
		}
	}
	// Candidate pairs: units sharing two content words (one for units of
	// one content word), ignoring words more than 200 units hold (a story
	// of a few hundred quotes keeps them all; a large corpus stays fast).
	postings := map[string][]int{}
	unitWords := make([][]string, len(units)) // each unit's content words, once each
	for u, m := range units {
		seen := map[string]bool{}
		for _, w := range contentTokens(toks[m[0]]) {
			if !seen[w] {
				seen[w] = true
				postings[w] = append(postings[w], u)
				unitWords[u] = append(unitWords[u], w)
			}
		}
	}
	type pair struct {
		a, b int
		sim  float64
	}
	var pairs []pair
	similar := map[[2]int]bool{}
	ncontent := make([]int, len(units)) // content tokens of each unit, counted once
	for u, m := range units {
		ncontent[u] = len(contentTokens(toks[m[0]]))
	}
	// The pairs (a, b), a < b, in order, with how many words both hold:
	// one counter row per unit a rather than a map of every pair, which
	// on a large corpus held tens of megabytes at once.
	shared := make([]int, len(units))
	var near2 [][2]int // units sharing two content words: candidates for a containment join
	var touched []int
	for a := range units {
		touched = touched[:0]
		for _, w := range unitWords[a] {
			ps := postings[w]
			if len(ps) > 200 {
				continue
			}
			for _, b := range ps {
				if b <= a {
					continue
				}
				if shared[b] == 0 {
					touched = append(touched, b)
				}
				shared[b]++
			}
		}
		sort.Ints(touched)
		for _, b := range touched {
			n := shared[b]
			shared[b] = 0
			if n >= 2 {
				near2 = append(near2, [2]int{a, b})
			}
			if n < min(2, ncontent[a], ncontent[b]) {
				continue
			}
			k := [2]int{a, b}
			same := speaker[a] != "" && speaker[a] == speaker[b]
			if ok, sim := sameQuote(toks[units[a][0]], toks[units[b][0]], same); ok {
				pairs = append(pairs, pair{a, b, sim})
				similar[k] = true
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	parent := make([]int, len(units))
	members := make([][]int, len(units))
	for u := range parent {
		parent[u] = u
		members[u] = []int{u}
	}
	var root func(int) int
	root = func(u int) int {
		for parent[u] != u {
			parent[u] = parent[parent[u]]
			u = parent[u]
		}
		return u
	}
	compatible := func(ra, rb int) bool {
		for _, x := range members[ra] {
			for _, y := range members[rb] {
				if !similar[[2]int{min(x, y), max(x, y)}] {
					return false
				}
			}
		}
		return true
	}
	order := make([][2]int, len(pairs))
	for i, p := range pairs {
		order[i] = [2]int{p.a, p.b}
	}
	unite(order, parent, members, root, compatible)
	joinContained(units, toks, speaker, near2, parent, members, root)
	joinOverlapping(units, toks, speaker, near2, parent, members, root)
	joinReworded(qs, units, toks, speaker, parent, members, root)
	groups := map[int][]int{}
	var roots []int
	for i := range qs {
		r := root(unitOf[i])
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	return groups, roots
}

// joinQuotes makes one quote of a group: a body (non-headline) copy of
// the earliest report is its text and ID; every copy is a source; the speaker
// is the one with the greatest summed confidence (ties: the earliest). When
// sentences joined a paragraph that holds them, the text is that of a copy
// holding every other one (the longest; its ID stays the earliest
// report's), so that the quote reads, and is found, by each of its
// sentences.
func joinQuotes(qs []schema.Quote, toks [][]string, g []int, published map[string]string) schema.Quote {
	// The base copy, whose ID the quote keeps: a body copy of the
	// earliest report, so that a later outlet joining does not change it.
	base := g[0]
	better := func(i, j int) bool {
		if qs[i].Headline != qs[j].Headline {
			return !qs[i].Headline
		}
		if pi, pj := published[qs[i].Doc], published[qs[j].Doc]; pi != pj {
			return pi != "" && (pj == "" || pi < pj)
		}
		return false
	}
	for _, i := range g[1:] {
		if better(i, base) {
			base = i
		}
	}
	q := qs[base]
	if len(g) == 1 {
		return q
	}
	if h := holder(toks, g, base); h != base {
		id := q.ID
		q = qs[h]
		q.ID = id
	}
	var srcs []schema.Source
	for _, i := range g {
		srcs = append(srcs, qs[i].Sources...)
	}
	sort.SliceStable(srcs, func(i, j int) bool {
		if srcs[i].Doc != srcs[j].Doc {
			return srcs[i].Doc < srcs[j].Doc
		}
		return srcs[i].Start < srcs[j].Start
	})
	q.Sources = srcs
	score := map[string]float64{}
	first := map[string]int{}
	var order []string
	for _, i := range g {
		if s := qs[i].Speaker; s != nil {
			if _, ok := first[*s]; !ok {
				first[*s] = i
				order = append(order, *s)
			}
			score[*s] += max(qs[i].SpeakerConfidence, 0.01)
		}
	}
	if len(order) > 0 {
		best := order[0]
		for _, s := range order[1:] {
			if score[s] > score[best] {
				best = s
			}
		}
		from := qs[first[best]]
		id := best
		q.Speaker = &id
		q.SpeakerRule = from.SpeakerRule
		q.Cue = from.Cue
		conf := 0.0
		total := 0.0
		for _, s := range order {
			total += score[s]
		}
		if total > 0 {
			conf = score[best] / total * maxConfidence(qs, g, best)
		}
		q.SpeakerConfidence = round2(conf)
	}
	headline := true
	for _, i := range g {
		headline = headline && qs[i].Headline
	}
	q.Headline = headline
	return q
}

func maxConfidence(qs []schema.Quote, g []int, speaker string) float64 {
	best := 0.0
	for _, i := range g {
		if s := qs[i].Speaker; s != nil && *s == speaker {
			best = max(best, qs[i].SpeakerConfidence)
		}
	}
	return best
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

// speakerNamedNear records, for each quote copy, whether its speaker is
// named by a mention in the sentences the quotation spans (not through a
// pronoun or an earlier paragraph).
func speakerNamedNear(ds *schema.Dataset, byDoc map[string]*doc) map[int]bool {
	ments := map[string][]schema.Span{}
	for _, e := range ds.Entities {
		ments[e.ID] = e.Mentions
	}
	out := map[int]bool{}
	for i, q := range ds.Quotes {
		if q.Speaker == nil {
			continue
		}
		d := byDoc[q.Doc]
		if d == nil {
			continue
		}
		s, e := quoteSentenceSpan(d, q)
		for _, m := range ments[*q.Speaker] {
			if m.Doc == q.Doc && m.Start >= s && m.End <= e && !(m.Start >= q.Start && m.End <= q.End) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// quoteSentenceSpan returns the sentences a quote spans.
func quoteSentenceSpan(d *doc, q schema.Quote) (int, int) {
	s, e := q.Start, q.End
	if i := d.sentenceAt(q.Start); i >= 0 {
		s = d.sents[i].s
	}
	if i := d.sentenceAt(max(q.End-1, q.Start)); i >= 0 {
		e = max(e, d.sents[i].e)
	}
	return s, e
}

// attributionClaim returns a contested claim when a quote's copies name
// different speakers, each copy naming its speaker in its own sentence.
// Only statements count (full quotations of six words or more, not titles
// or scare quotes), only people are compared, and neither speaker may be
// named in the other's sentence ("NASA scientist Jane Roe said").
func attributionClaim(qs []schema.Quote, toks [][]string, g []int, q schema.Quote, byDoc map[string]*doc, named map[int]bool, people map[string]bool, ments map[string][]schema.Span) (schema.Contested, bool) {
	if len(g) < 2 || q.Speaker == nil {
		return schema.Contested{}, false
	}
	var forSide, against []int
	docsFor, docsAgainst := map[string]bool{}, map[string]bool{}
	for _, i := range g {
		s := qs[i].Speaker
		if s == nil || !named[i] || !people[*s] || qs[i].Kind == "partial" || len(toks[i]) < 6 {
			continue
		}
		if *s == *q.Speaker {
			forSide = append(forSide, i)
			docsFor[qs[i].Doc] = true
		} else {
			against = append(against, i)
			docsAgainst[qs[i].Doc] = true
		}
	}
	if len(forSide) == 0 || len(against) == 0 {
		return schema.Contested{}, false
	}
	// An outlet that names both speakers for its copies is not a conflict
	// between outlets.
	for d := range docsAgainst {
		if docsFor[d] {
			return schema.Contested{}, false
		}
	}
	mentionedIn := func(speaker string, i int) bool {
		d := byDoc[qs[i].Doc]
		st, en := quoteSentenceSpan(d, qs[i])
		for _, m := range ments[speaker] {
			if m.Doc == d.id && m.Start >= st && m.End <= en {
				return true
			}
		}
		return false
	}
	for _, f := range forSide {
		for _, a := range against {
			if mentionedIn(*qs[a].Speaker, f) || mentionedIn(*qs[f].Speaker, a) {
				return schema.Contested{}, false
			}
		}
	}
	c := schema.Contested{ID: q.ID + "-speaker", Claim: "Who said “" + clipWords(q.Text, 12) + "”"}
	add := func(stance string, i int) {
		d := byDoc[qs[i].Doc]
		s, e := quoteSentenceSpan(d, qs[i])
		holder := *qs[i].Speaker
		c.Sides = append(c.Sides, schema.Side{Stance: stance, Holder: &holder, Evidence: schema.Span{Doc: d.id, Start: s, End: e}})
	}
	for _, i := range forSide {
		add("for", i)
	}
	for _, i := range against {
		add("against", i)
	}
	return c, true
}

// clipWords returns at most n words of s, with "…" when cut.
func clipWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:n], " ") + "…"
}

// containedIn returns how much of the short copy a longer one holds: the
// share of its words found in order within one stretch of the longer
// copy no longer than the short copy and a quarter (0 when the short
// copy is under four words or three content words, or not shorter). When
// the longer copy ends inside that stretch (an excerpt cut mid-quotation),
// it must hold the start of the short copy, three fifths of it or more.
// One outlet quotes a paragraph, another only a sentence of it.
func containedIn(short, long []string) float64 {
	if len(short) < 4 || len(contentTokens(short)) < 3 || len(short) >= len(long) {
		return 0
	}
	w := len(short) + len(short)/4 + 1
	best := 0.0
	for k := 0; k < len(long); k++ {
		if !tokenEq(long[k], short[0]) && (len(short) < 2 || !tokenEq(long[k], short[1])) {
			continue
		}
		// A longer copy the excerpt cuts off holds the start of the short
		// one, as much as it has room for (most of it).
		room := min(len(short), len(long)-k)
		if room < 4 || 10*room < 6*len(short) {
			continue
		}
		all, _ := alignTokens(short[:room], long[k:min(len(long), k+w)])
		best = max(best, float64(all)/float64(room))
	}
	return best
}

// joinContained lets a cluster of short copies join the cluster of a longer
// quotation that holds each of them (90% of its words, in order, in one
// stretch), where complete linkage kept it out because the longer one also
// holds other sentences. A short copy held by two different quotations
// joins the one that holds it best (ties: the earlier); two long
// quotations that only overlap never join. A sentence of under five
// content words joins only a quotation of the same speaker (a short
// stock phrase is said by many). Clusters are taken shortest
// first, so a sentence joins its paragraph before the paragraph is
// compared with a longer one.
func joinContained(units [][]int, toks [][]string, speaker []string, near2 [][2]int, parent []int, members [][]int, root func(int) int) {
	tok := func(u int) []string { return toks[units[u][0]] }
	near := map[int][]int{}
	for _, k := range near2 {
		near[k[0]] = append(near[k[0]], k[1])
		near[k[1]] = append(near[k[1]], k[0])
	}
	longest := func(r int) int {
		best := -1
		for _, u := range members[r] {
			if best < 0 || len(tok(u)) > len(tok(best)) {
				best = u
			}
		}
		return best
	}
	var order []int
	for u := range units {
		if root(u) == u {
			order = append(order, u)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return len(tok(longest(order[i]))) < len(tok(longest(order[j]))) })
	for _, r := range order {
		if root(r) != r {
			continue
		}
		// Candidate holders: units of other clusters near every member.
		bestV, bestScore := -1, 0.0
		for _, v := range near[longest(r)] {
			if root(v) == r {
				continue
			}
			score := 0.0
			for _, u := range members[r] {
				f := containedIn(tok(u), tok(v))
				if len(contentTokens(tok(u))) < 5 && (speaker[u] == "" || speaker[u] != speaker[v]) {
					f = 0
				}
				if f < 0.9 {
					score = 0
					break
				}
				score += f
			}
			score /= float64(len(members[r]))
			if score > bestScore || score == bestScore && score > 0 && v < bestV {
				bestV, bestScore = v, score
			}
		}
		if bestV < 0 {
			continue
		}
		ra, rb := root(bestV), r
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
}

// holder returns a copy of the group that holds every other one (the
// same quotation, or a sentence contained in it): base when it does, else
// the longest that does (ties: the first), else the longest copy.
func holder(toks [][]string, g []int, base int) int {
	holds := func(v int) bool {
		for _, i := range g {
			if i == v || len(toks[i]) == 0 {
				continue
			}
			if ok, _ := sameQuote(toks[i], toks[v], false); ok {
				continue
			}
			if containedIn(toks[i], toks[v]) < 0.9 {
				return false
			}
		}
		return true
	}
	if holds(base) {
		return base
	}
	byLen := append([]int(nil), g...)
	sort.SliceStable(byLen, func(a, b int) bool { return len(toks[byLen[a]]) > len(toks[byLen[b]]) })
	for _, v := range byLen {
		if holds(v) {
			return v
		}
	}
	return byLen[0]
}

// overlapRun aligns the best-matching stretch of two quotations (a local
// alignment: a word in both counts one, a word in only one, or a
// changed word, costs one) and returns that stretch's score, and how
// many of its aligned words are content words. Two outlets that cut one
// statement into different paragraphs share a sentence or more, at the
// end of one copy and the start of the other, or in the middle of both.
func overlapRun(a, b []string) (score, content int) {
	type cell struct{ score, content int }
	m := len(b)
	prev := make([]cell, m+1)
	cur := make([]cell, m+1)
	var best cell
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= m; j++ {
			d := prev[j-1]
			c := cell{}
			if tokenEq(a[i-1], b[j-1]) {
				c = cell{d.score + 1, d.content}
				if !stopwords[a[i-1]] {
					c.content++
				}
			} else if d.score-1 > c.score {
				c = cell{d.score - 1, d.content}
			}
			if u := prev[j]; u.score-1 > c.score {
				c = cell{u.score - 1, u.content}
			}
			if l := cur[j-1]; l.score-1 > c.score {
				c = cell{l.score - 1, l.content}
			}
			cur[j] = c
			if c.score > best.score || c.score == best.score && c.content > best.content {
				best = c
			}
		}
		prev, cur = cur, prev
	}
	return best.score, best.content
}

// overlapJoins reports whether two copies that overlap without either
// holding the other are pieces of one statement: the same speaker's
// copies share a stretch scoring eight words or more, five of them
// content words (ten words when three are content words: "but in this
// life everything has a beginning and an end"); where only one copy
// names its speaker, twelve words, seven of them content words. Copies naming two different speakers
// never join this way (a stock sentence is said by many).
func overlapJoins(a, b []string, speakerA, speakerB string) bool {
	if speakerA != "" && speakerB != "" && speakerA != speakerB {
		return false
	}
	score, content := overlapRun(a, b)
	if speakerA != "" && speakerA == speakerB {
		return score >= 8 && content >= 5 || score >= 10 && content >= 3
	}
	return score >= 12 && content >= 7
}

// joinOverlapping joins the clusters of copies that overlap: one outlet
// quotes a statement's first three sentences as a paragraph, another its
// second to fourth, a third the fourth alone. Containment (joinContained)
// does not see it, as neither paragraph holds the other. Pairs are taken
// strongest overlap first; two clusters join only when the speakers their
// copies name are the same, or one names none.
func joinOverlapping(units [][]int, toks [][]string, speaker []string, near2 [][2]int, parent []int, members [][]int, root func(int) int) {
	type pair struct{ a, b, score int }
	var pairs []pair
	for _, k := range near2 {
		a, b := k[0], k[1]
		if root(a) == root(b) {
			continue
		}
		ta, tb := toks[units[a][0]], toks[units[b][0]]
		if overlapJoins(ta, tb, speaker[a], speaker[b]) {
			s, _ := overlapRun(ta, tb)
			pairs = append(pairs, pair{a, b, s})
		} else if same := speaker[a] != "" && speaker[a] == speaker[b]; same {
			// A reworded copy (an outlet's own translation) aligns with
			// one copy of the statement, not with every piece of it.
			if ok, _ := sameQuote(ta, tb, true); ok {
				s, _ := overlapRun(ta, tb)
				pairs = append(pairs, pair{a, b, s})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
	speakers := func(r int) map[string]bool {
		m := map[string]bool{}
		for _, u := range members[r] {
			if speaker[u] != "" {
				m[speaker[u]] = true
			}
		}
		return m
	}
	compatible := func(ra, rb int) bool {
		sa, sb := speakers(ra), speakers(rb)
		if len(sa) == 0 || len(sb) == 0 {
			return true
		}
		if len(sa) != len(sb) {
			return false
		}
		for s := range sa {
			if !sb[s] {
				return false
			}
		}
		return true
	}
	order := make([][2]int, len(pairs))
	for i, p := range pairs {
		order[i] = [2]int{p.a, p.b}
	}
	unite(order, parent, members, root, compatible)
}

// joinReworded lets a copy an outlet reworded (its own translation or
// summary of a statement) join the statement it renders: the copy names
// the statement's speaker, runs to twelve words or more, and half of its
// words, eight of them content words, align in order with the statement
// as one other outlet carries it (that outlet's copies of the statement,
// in the order of its text). The statement is carried by two outlets or
// more, and the copy joins the one it aligns with best (ties: the
// earlier). Copies of one outlet are not compared with themselves.
func joinReworded(qs []schema.Quote, units [][]int, toks [][]string, speaker []string, parent []int, members [][]int, root func(int) int) {
	type piece struct {
		start int
		toks  []string
	}
	// Each cluster's statement as each outlet carries it.
	byDoc := func(r int) map[string][]string {
		ps := map[string][]piece{}
		for _, u := range members[r] {
			for _, i := range units[u] {
				ps[qs[i].Doc] = append(ps[qs[i].Doc], piece{qs[i].Start, toks[i]})
			}
		}
		out := map[string][]string{}
		for d, p := range ps {
			sort.SliceStable(p, func(a, b int) bool { return p[a].start < p[b].start })
			var ts []string
			for _, x := range p {
				ts = append(ts, x.toks...)
			}
			out[d] = ts
		}
		return out
	}
	var roots []int
	for u := range units {
		if root(u) == u {
			roots = append(roots, u)
		}
	}
	statements := map[int]map[string][]string{}
	speakerOf := map[int]string{}
	for _, r := range roots {
		// The one speaker the cluster's copies name (phrases inside a
		// sentence name none).
		sp, one := "", true
		for _, u := range members[r] {
			if speaker[u] != "" && sp != "" && speaker[u] != sp {
				one = false
			}
			if sp == "" {
				sp = speaker[u]
			}
		}
		if sp == "" || !one {
			continue
		}
		speakerOf[r] = sp
		if m := byDoc(r); len(m) >= 2 {
			statements[r] = m
		}
	}
	for _, r := range roots {
		if root(r) != r || speakerOf[r] == "" {
			continue
		}
		docs := map[string]bool{}
		for _, u := range members[r] {
			for _, i := range units[u] {
				docs[qs[i].Doc] = true
			}
		}
		if len(docs) != 1 {
			continue // already shared: not one outlet's rewording
		}
		best, bestFrac := -1, 0.0
		for _, c := range roots {
			st := statements[c]
			if c == r || root(c) != c || st == nil || speakerOf[c] != speakerOf[r] {
				continue
			}
			frac := 0.0
			for _, u := range members[r] {
				t := toks[units[u][0]]
				f := 0.0
				if len(t) >= 12 {
					for d, ts := range st {
						if docs[d] {
							continue
						}
						all, content := alignTokens(t, ts)
						if content >= 8 && 2*all >= len(t) {
							f = max(f, float64(all)/float64(len(t)))
						}
					}
				}
				if f == 0 {
					frac = 0
					break
				}
				frac += f / float64(len(members[r]))
			}
			if frac > bestFrac {
				best, bestFrac = c, frac
			}
		}
		if best < 0 {
			continue
		}
		ra, rb := best, r
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
		if ra != best {
			statements[ra], speakerOf[ra] = statements[best], speakerOf[best]
		}
	}
}

// unite joins, in the order given, the clusters of each pair of units that
// compatible allows; the lower root survives and takes the other's members.
func unite(pairs [][2]int, parent []int, members [][]int, root func(int) int, compatible func(ra, rb int) bool) {
	for _, p := range pairs {
		ra, rb := root(p[0]), root(p[1])
		if ra == rb || !compatible(ra, rb) {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
}
