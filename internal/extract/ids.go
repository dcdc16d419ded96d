package extract

import (
	"hash/fnv"
	"sort"
	"strings"
	"unicode"

	"github.com/storylens/storylens/schema"
)

// Quote and event IDs are derived from content, not position, so that an
// editor's corrections.json and deep links survive re-extraction: finding
// one more quote earlier in an article, or adding an article to the story,
// leaves every existing ID as it was.

// contentHash is a short hash of text folded to lower-case letters and
// digits (punctuation, quotation marks and spacing do not count), as six
// hex digits.
func contentHash(parts ...string) string {
	h := fnv.New32a()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(foldForHash(p)))
	}
	const hex = "0123456789abcdef"
	v := h.Sum32()
	b := make([]byte, 6)
	for i := range b {
		b[5-i] = hex[v&0xf]
		v >>= 4
	}
	return string(b)
}

func foldForHash(s string) string {
	var b strings.Builder
	space := false
	for _, r := range fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// quoteID names a quotation of document doc by its words: DOC-qHASH.
func quoteID(doc, text string) string {
	return doc + "-q" + contentHash(doc, text)
}

// uniqueIDs makes ids unique in place: the second and later holders of an
// ID, in the order given (which callers make deterministic), get "-2",
// "-3", … (an ID already taken by a base is skipped).
func uniqueIDs(ids []string) {
	taken := map[string]bool{}
	for _, id := range ids {
		taken[id] = true
	}
	seen := map[string]bool{}
	for i, id := range ids {
		if !seen[id] {
			seen[id] = true
			continue
		}
		for n := 2; ; n++ {
			c := id + "-" + itoa(n)
			if !taken[c] && !seen[c] {
				ids[i] = c
				seen[c] = true
				break
			}
		}
	}
}

// uniqueQuoteIDs makes the quote IDs of one document unique (the same
// words quoted twice), in text order.
func uniqueQuoteIDs(qs []schema.Quote) {
	ids := make([]string, len(qs))
	for i := range qs {
		ids[i] = qs[i].ID
	}
	uniqueIDs(ids)
	for i := range qs {
		qs[i].ID = ids[i]
	}
}

// eventID names an event by its date and the statement that names it:
// ev-DATE-FIRST-WORDS-HASH, the words from that statement's headline, the
// hash from its document and sentence.
func eventID(date, label, doc, sentence string) string {
	words := slug(firstWords(label, 4))
	if len(words) > 40 {
		words = strings.TrimRight(words[:40], "-")
	}
	id := "ev-" + date
	if words != "" {
		id += "-" + words
	}
	return id + "-" + contentHash(doc, sentence)
}

// namer returns the statement an event is named by: the earliest report
// (by publication date, then document and offset) among those that date
// it, so that an outlet added later, which usually reports later, does not
// rename it.
func (e *event) namer() *statement {
	var best *statement
	for _, st := range e.sts {
		if st.echo {
			continue
		}
		if best == nil || namesBefore(st, best) {
			best = st
		}
	}
	if best == nil {
		best = e.sts[0]
	}
	return best
}

func namesBefore(a, b *statement) bool {
	if a.inherited != b.inherited {
		return !a.inherited
	}
	pa, pb := a.d.meta.Published, b.d.meta.Published
	if pa == "" {
		pa = "9999"
	}
	if pb == "" {
		pb = "9999"
	}
	if pa != pb {
		return pa < pb
	}
	if a.d.id != b.d.id {
		return a.d.id < b.d.id
	}
	return a.sent.s < b.sent.s
}

// assignEventIDs names every event; clashing IDs get a suffix in the order
// of their namers.
func assignEventIDs(evs []*event, out []schema.Event) {
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return namesBefore(evs[order[a]].namer(), evs[order[b]].namer()) })
	ids := make([]string, len(order))
	for k, i := range order {
		n := evs[i].namer()
		ids[k] = eventID(out[i].Date.Value, n.headline(), n.d.id, n.d.text[n.sent.s:n.sent.e])
	}
	uniqueIDs(ids)
	for k, i := range order {
		out[i].ID = ids[k]
	}
}
