package story

import (
	"github.com/storylens/storylens/internal/textnorm"
	"math"
	"slices"
	"sync"

	"github.com/agnivade/levenshtein"
)

// An index is a typo-tolerant inverted index over a list of texts (quotes,
// or entity names). It is built once and then only read.
//
// Candidates for a query word come from three places: the word itself, the
// words that begin with it (for the last word while the reader types), and
// a deletion index: every indexed word is stored under the hash of itself
// and of each form with one letter deleted, and a query word is looked up
// the same way, which finds every word one substitution, insertion,
// deletion or adjacent swap away (and some two away). Candidates are then
// verified with a bounded Levenshtein distance.
type index struct {
	terms []string         // term ID → normalised word
	ids   map[string]int32 // normalised word → term ID
	idf   []float32        // term ID → inverse document frequency

	postStart []int32 // term ID → start of its postings in postText
	postText  []int32 // text IDs, ascending, one per (term, text)

	sorted []int32 // term IDs in lexical order of their words

	// dels holds, sorted, for each word and each of its one-letter
	// deletions, the hash of that form in the high bits and the word's
	// term ID in the low termBits bits.
	dels []uint64

	tokStart []int32 // text ID → start of its words in tokTerm
	tokTerm  []int32 // term ID of each word, in text order
	tokSpan  []int32 // byte start and end in the text of each word

	scratch sync.Pool
}

// termBits is the number of low bits of a dels entry holding a term ID:
// an index holds at most 1<<termBits distinct words.
const (
	termBits = 24
	termMask = 1<<termBits - 1
)

// maxPrefix bounds the completions of an unfinished last word.
const maxPrefix = 16

// maxTerms bounds how many dictionary words one query word may expand to.
const maxTerms = 48

// buildIndex indexes texts.
func buildIndex(texts []string) *index {
	x := &index{ids: make(map[string]int32)}
	x.tokStart = make([]int32, len(texts)+1)
	var buf []byte
	for i, s := range texts {
		x.tokStart[i] = int32(len(x.tokTerm))
		buf = textnorm.Tokenize(s, buf, func(w []byte, start, end int) {
			id, ok := x.ids[string(w)]
			if !ok {
				if len(x.terms) > termMask {
					return // the dictionary is full: leave the word out
				}
				id = int32(len(x.terms))
				t := string(w)
				x.terms = append(x.terms, t)
				x.ids[t] = id
			}
			x.tokTerm = append(x.tokTerm, id)
			x.tokSpan = append(x.tokSpan, int32(start), int32(end))
		})
	}
	x.tokStart[len(texts)] = int32(len(x.tokTerm))

	// Postings: count, then fill, skipping repeats within a text.
	n := len(x.terms)
	last := make([]int32, n)
	for i := range last {
		last[i] = -1
	}
	count := make([]int32, n+1)
	for t := range texts {
		for _, id := range x.tokTerm[x.tokStart[t]:x.tokStart[t+1]] {
			if last[id] != int32(t) {
				last[id] = int32(t)
				count[id+1]++
			}
		}
	}
	for i := 1; i <= n; i++ {
		count[i] += count[i-1]
	}
	x.postStart = count
	x.postText = make([]int32, count[n])
	fill := slices.Clone(count[:n])
	for i := range last {
		last[i] = -1
	}
	for t := range texts {
		for _, id := range x.tokTerm[x.tokStart[t]:x.tokStart[t+1]] {
			if last[id] != int32(t) {
				last[id] = int32(t)
				x.postText[fill[id]] = int32(t)
				fill[id]++
			}
		}
	}
	x.idf = make([]float32, n)
	for id := range x.idf {
		df := float64(count[id+1] - count[id])
		x.idf[id] = float32(math.Log(1 + float64(len(texts))/df))
	}

	x.sorted = make([]int32, n)
	for i := range x.sorted {
		x.sorted[i] = int32(i)
	}
	sortInt32(x.sorted, func(a, b int32) bool { return x.terms[a] < x.terms[b] })

	for id, t := range x.terms {
		if len(t) >= 3 {
			forDeletions(t, func(h uint64) { x.dels = append(x.dels, h&^termMask|uint64(id)) })
		}
	}
	radixSort(x.dels)
	nt := len(texts)
	x.scratch.New = func() any {
		return &scratch{best: make([]float32, nt), score: make([]float32, nt), mask: make([]uint16, nt), mark: make([]uint16, n), val: make([]float32, n)}
	}
	return x
}

// forDeletions calls fn with the FNV-1a hash of w and of each form of w
// with one byte deleted. Words are folded to ASCII in practice; a deleted
// byte inside a multi-byte letter gives a harmless extra hash.
func forDeletions(w string, fn func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * prime
	}
	fn(h)
	for skip := 0; skip < len(w); skip++ {
		if skip > 0 && w[skip] == w[skip-1] {
			continue // deleting either of two equal letters gives the same form
		}
		h := uint64(offset)
		for i := 0; i < len(w); i++ {
			if i != skip {
				h = (h ^ uint64(w[i])) * prime
			}
		}
		fn(h)
	}
}

// df returns the number of texts holding term.
func (x *index) df(term int32) int32 {
	return x.postStart[term+1] - x.postStart[term]
}

// maxEdits is the edit distance tolerated in a word of n bytes.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// swapped reports whether a and b differ by one swap of adjacent letters.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// A cand is a dictionary word standing for a query word, with the quality
// of the match in (0, 1].
type cand struct {
	term    int32
	quality float32
	value   float32 // score of a text holding the word; set by search
}

// expand appends the dictionary words matching the query word w: itself,
// words within maxEdits, and, if prefix is set, words beginning with w.
func (x *index) expand(w string, prefix bool, out []cand) []cand {
	first := len(out)
	add := func(term int32, q float32) {
		for i := first; i < len(out); i++ {
			if out[i].term == term {
				if out[i].quality < q {
					out[i].quality = q
				}
				return
			}
		}
		if len(out)-first < maxTerms {
			out = append(out, cand{term: term, quality: q})
		}
	}
	_, known := x.ids[w]
	if known {
		add(x.ids[w], 1)
	}
	// A three-letter word may be a longer one missing a letter ("frm"
	// for "firm") or with two letters swapped; it is not otherwise fuzzy,
	// as too many short words lie one edit from each other.
	short := len(w) == 3 && !known
	if k := maxEdits(len(w)); k > 0 || short {
		forDeletions(w, func(h uint64) {
			h &^= termMask
			i, _ := slices.BinarySearch(x.dels, h)
			for ; i < len(x.dels) && x.dels[i]&^termMask == h; i++ {
				id := int32(x.dels[i] & termMask)
				t := x.terms[id]
				if t == w {
					continue
				}
				d := levenshtein.ComputeDistance(w, t)
				if swapped(w, t) {
					d = 1
				}
				ok := d <= k && d <= maxEdits(len(t))
				if short {
					ok = d == 1 && (len(t) == 4 || len(t) == 3 && swapped(w, t))
				}
				if ok {
					add(id, 1-0.22*float32(d))
				}
			}
		})
	}
	if prefix && len(w) >= 2 {
		i, _ := slices.BinarySearchFunc(x.sorted, w, func(id int32, w string) int {
			if x.terms[id] < w {
				return -1
			}
			if x.terms[id] > w {
				return 1
			}
			return 0
		})
		// Keep the most frequent completions among the first few hundred:
		// fewer when w is a word in its own right.
		var keep [maxPrefix]int32
		n, most := 0, maxPrefix
		if known {
			most = 4
		}
		for scanned := 0; i < len(x.sorted) && scanned < 256; i, scanned = i+1, scanned+1 {
			id := x.sorted[i]
			t := x.terms[id]
			if len(t) < len(w) || t[:len(w)] != w {
				break
			}
			if len(t) == len(w) {
				continue
			}
			j := n
			if n < most {
				n++
			} else if x.df(id) <= x.df(keep[n-1]) {
				continue
			} else {
				j = n - 1
			}
			for j > 0 && x.df(id) > x.df(keep[j-1]) {
				keep[j] = keep[j-1]
				j--
			}
			keep[j] = id
		}
		for _, id := range keep[:n] {
			add(id, 0.6+0.3*float32(len(w))/float32(len(x.terms[id])))
		}
	}
	return out
}

// scratch holds per-query working arrays, sized to the index.
type scratch struct {
	best    []float32 // text ID → best match of the current query word
	score   []float32 // text ID → summed score
	mask    []uint16  // text ID → query words matched
	mark    []uint16  // term ID → query words it stands for
	val     []float32 // term ID → score of a deferred common word
	touched []int32
	cur     []int32
	cands   []cand
}

// A hit is a text matching a query.
type hit struct {
	text    int32
	matched int     // number of query words matched
	score   float64 // in [0, 1]
}

// maxQueryWords bounds the words of a query; more are ignored.
const maxQueryWords = 12

// query is a parsed query.
type query struct {
	words  []string
	prefix bool // the last word may be unfinished
}

// parseQuery normalises q, keeping at most maxQueryWords distinct words.
func parseQuery(q string) query {
	q = clip(q, 512)
	var p query
	textnorm.Tokenize(q, nil, func(w []byte, _, end int) {
		if len(p.words) < maxQueryWords && !slices.Contains(p.words, string(w)) {
			p.words = append(p.words, string(w))
		}
		p.prefix = end == len(q)
	})
	return p
}

// search returns up to limit texts matching q, best first, for which keep
// (if not nil) returns true. With spans set, it also returns the byte spans
// of the matched words of each hit.
func (x *index) search(q query, limit int, keep func(int32) bool, spans bool) ([]hit, [][]int32) {
	if len(q.words) == 0 || limit <= 0 {
		return nil, nil
	}
	s := x.scratch.Get().(*scratch)
	defer x.scratch.Put(s)

	s.touched = s.touched[:0]
	s.cands = s.cands[:0]
	var maxScore float32
	type word struct {
		from, to int
		postings int
	}
	var wordBuf [maxQueryWords]word // on the stack: parseQuery keeps at most maxQueryWords
	words := wordBuf[:len(q.words)]
	for i, w := range q.words {
		from := len(s.cands)
		s.cands = x.expand(w, q.prefix && i == len(q.words)-1, s.cands)
		// A word weighs the idf of its likeliest reading: the closest
		// dictionary word, the most frequent among equals, as a speller
		// would guess. Each reading then scores that weight times its
		// closeness times a small prior for its frequency. An unknown word
		// weighs as a rare one.
		weight := float32(math.Log(1 + float64(len(x.tokStart))))
		var bestQ float32
		var bestDF, maxDF int32
		for _, c := range s.cands[from:] {
			df := x.df(c.term)
			maxDF = max(maxDF, df)
			if c.quality > bestQ || c.quality == bestQ && df > bestDF {
				bestQ, bestDF, weight = c.quality, df, x.idf[c.term]
			}
		}
		maxScore += weight
		logMax := float32(math.Log(1 + float64(maxDF)))
		words[i] = word{from: from, to: len(s.cands)}
		for j := from; j < len(s.cands); j++ {
			c := &s.cands[j]
			s.mark[c.term] |= 1 << i
			c.value = weight * c.quality
			if logMax > 0 {
				c.value *= 0.8 + 0.2*float32(math.Log(1+float64(x.df(c.term))))/logMax
			}
			words[i].postings += int(x.df(c.term))
		}
	}
	// Walk the postings of the rarer words first. Common words ("the",
	// "of") have postings as long as the index: when the rarer words
	// already find enough texts, look for the common ones only in those
	// texts' words.
	common := max(len(x.tokStart)/16, 64)
	var deferred uint16
	for i, w := range words {
		if w.postings > common {
			deferred |= 1 << i
		}
	}
	if popcount(deferred) == len(words) {
		deferred = 0
	}
	for i, w := range words {
		if deferred&(1<<i) == 0 {
			x.walk(s, i, s.cands[w.from:w.to])
		}
	}
	if deferred != 0 && len(s.touched) < limit*3+16 {
		for i, w := range words {
			if deferred&(1<<i) != 0 {
				x.walk(s, i, s.cands[w.from:w.to])
			}
		}
		deferred = 0
	}
	if deferred != 0 {
		for i, w := range words {
			if deferred&(1<<i) != 0 {
				for _, c := range s.cands[w.from:w.to] {
					s.val[c.term] = max(s.val[c.term], c.value)
				}
			}
		}
		for _, t := range s.touched {
			var got uint16
			for _, id := range x.tokTerm[x.tokStart[t]:x.tokStart[t+1]] {
				if m := s.mark[id] & deferred; m != 0 && got&m != m {
					// The text holds a reading of one or more deferred
					// words: count each word once, at its first reading.
					for i := range words {
						if m&^got&(1<<i) != 0 {
							s.score[t] += s.val[id]
						}
					}
					got |= m
				}
			}
			s.mask[t] |= got
		}
		for _, c := range s.cands {
			s.val[c.term] = 0
		}
	}
	defer func() {
		for _, t := range s.touched {
			s.score[t], s.mask[t] = 0, 0
		}
		for _, c := range s.cands {
			s.mark[c.term] = 0
		}
	}()

	// First pass: coverage and weight. Keep the best few for the second
	// pass, which looks at word order and proximity.
	nw := float64(len(q.words))
	// Coverage, weight, and density (query words over text words): a
	// short quote holding the words beats a long one.
	pre := func(t int32) float64 {
		m := float64(popcount(s.mask[t]))
		return m/nw*0.55 + float64(s.score[t]/maxScore)*0.25 +
			0.05*min(1, m/float64(x.tokStart[t+1]-x.tokStart[t]))
	}
	k := limit*3 + 16
	// Texts matching fewer query words than the best k cannot win: skip
	// them before scoring.
	var hist [maxQueryWords + 1]int
	for _, t := range s.touched {
		if keep == nil || keep(t) {
			hist[popcount(s.mask[t])]++
		}
	}
	least, n := 1, 0
	for m := len(q.words); m >= 1; m-- {
		if n += hist[m]; n >= k {
			least = m
			break
		}
	}
	top := make([]hit, 0, k)
	for _, t := range s.touched {
		if popcount(s.mask[t]) < least || keep != nil && !keep(t) {
			continue
		}
		top = pushHit(top, hit{text: t, score: pre(t)}, k)
	}
	var all [][]int32
	for i := range top {
		h := &top[i]
		h.matched = popcount(s.mask[h.text])
		h.score += 0.15 * x.proximity(h.text, s.mark, len(q.words))
	}
	sortHits(top)
	if len(top) > limit {
		top = top[:limit]
	}
	if spans {
		// One array holds every hit's spans.
		n := 0
		for _, h := range top {
			for j := x.tokStart[h.text]; j < x.tokStart[h.text+1]; j++ {
				if s.mark[x.tokTerm[j]] != 0 {
					n += 2
				}
			}
		}
		flat := make([]int32, 0, n)
		all = make([][]int32, len(top))
		for i, h := range top {
			from := len(flat)
			for j := x.tokStart[h.text]; j < x.tokStart[h.text+1]; j++ {
				if s.mark[x.tokTerm[j]] != 0 {
					flat = append(flat, x.tokSpan[2*j], x.tokSpan[2*j+1])
				}
			}
			all[i] = flat[from:len(flat):len(flat)]
		}
	}
	return top, all
}

// walk adds to the scores of the texts holding any of cands, the readings
// of query word i, the value of the best reading each holds.
//
//go:noinline
func (x *index) walk(s *scratch, i int, cands []cand) {
	s.cur = s.cur[:0]
	for _, c := range cands {
		for _, t := range x.postText[x.postStart[c.term]:x.postStart[c.term+1]] {
			if s.best[t] == 0 {
				s.cur = append(s.cur, t)
			}
			if s.best[t] < c.value {
				s.best[t] = c.value
			}
		}
	}
	for _, t := range s.cur {
		if s.mask[t] == 0 {
			s.touched = append(s.touched, t)
		}
		s.score[t] += s.best[t]
		s.mask[t] |= 1 << i
		s.best[t] = 0
	}
}

// proximity scores in [0, 1] how closely and in what order the query
// words appear in text t: 1 when all matched words stand together in the
// query's order.
func (x *index) proximity(t int32, mark []uint16, nw int) float64 {
	toks := x.tokTerm[x.tokStart[t]:x.tokStart[t+1]]
	var want uint16
	for _, id := range toks {
		want |= mark[id]
	}
	n := popcount(want)
	if n <= 1 {
		return 1
	}
	// Shortest window holding every matched query word; count the pairs of
	// neighbouring matched words that keep the query's order.
	best := len(toks) + 1
	var (
		pos   [maxQueryWords]int
		seen  uint16
		order int
	)
	for i := range pos {
		pos[i] = -1
	}
	for j, id := range toks {
		m := mark[id]
		if m == 0 {
			continue
		}
		for w := 0; w < nw; w++ {
			if m&(1<<w) != 0 {
				if w > 0 && pos[w-1] == j-1 {
					order++
				}
				pos[w] = j
				seen |= 1 << w
			}
		}
		if seen == want {
			lo := j
			for w := 0; w < nw; w++ {
				if want&(1<<w) != 0 && pos[w] < lo {
					lo = pos[w]
				}
			}
			if j-lo+1 < best {
				best = j - lo + 1
			}
		}
	}
	tight := float64(n) / float64(best)
	inOrder := float64(min(order, n-1)) / float64(n-1)
	return 0.5*tight + 0.5*inOrder
}

// better reports whether a ranks before b.
func better(a, b hit) bool {
	return a.score > b.score || a.score == b.score && a.text < b.text
}

// pushHit adds h to top, a heap of at most k hits with the worst at the
// root, if h is among the k best seen.
func pushHit(top []hit, h hit, k int) []hit {
	i := len(top)
	if i < k {
		top = append(top, h)
		for i > 0 && better(top[(i-1)/2], top[i]) {
			p := (i - 1) / 2
			top[i], top[p] = top[p], top[i]
			i = p
		}
		return top
	}
	if !better(h, top[0]) {
		return top
	}
	top[0] = h
	siftDown(top, 0, len(top))
	return top
}

// siftDown moves top[i] down the heap top[:n], the worst hit at the root.
func siftDown(top []hit, i, n int) {
	for {
		w, l, r := i, 2*i+1, 2*i+2
		if l < n && better(top[w], top[l]) {
			w = l
		}
		if r < n && better(top[w], top[r]) {
			w = r
		}
		if w == i {
			return
		}
		top[i], top[w] = top[w], top[i]
		i = w
	}
}

// sortHits sorts hits best first, in place: a heapsort with the worst
// hit at the root, so that each one popped goes to the end.
func sortHits(top []hit) {
	for i := len(top)/2 - 1; i >= 0; i-- {
		siftDown(top, i, len(top))
	}
	for n := len(top) - 1; n > 0; n-- {
		top[0], top[n] = top[n], top[0]
		siftDown(top, 0, n)
	}
}

// sortInt32 sorts s by less, which must order distinct elements strictly.
// It is a heapsort: all the package's sorting goes through it, and it
// compiles to far less wasm than the standard library's generic sorts.
func sortInt32(s []int32, less func(a, b int32) bool) {
	for i := len(s)/2 - 1; i >= 0; i-- {
		downInt32(s, i, len(s), less)
	}
	for n := len(s) - 1; n > 0; n-- {
		s[0], s[n] = s[n], s[0]
		downInt32(s, 0, n, less)
	}
}

// downInt32 moves s[i] down the heap s[:n], the greatest at the root.
//
//go:noinline
func downInt32(s []int32, i, n int, less func(a, b int32) bool) {
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && less(s[c], s[c+1]) {
			c++
		}
		if !less(s[i], s[c]) {
			return
		}
		s[i], s[c] = s[c], s[i]
		i = c
	}
}

func popcount(m uint16) int {
	n := 0
	for ; m != 0; m &= m - 1 {
		n++
	}
	return n
}

// radixSort sorts s in ascending order.
func radixSort(s []uint64) {
	buf := make([]uint64, len(s))
	for shift := 0; shift < 64; shift += 16 {
		var count [1<<16 + 1]int
		for _, v := range s {
			count[(v>>shift)&0xFFFF+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range s {
			d := (v >> shift) & 0xFFFF
			buf[count[d]] = v
			count[d]++
		}
		s, buf = buf, s
	}
}
