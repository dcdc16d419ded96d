package extract

import (
	"strings"
	"unicode"
)

// The tense of the clause that holds a date decides which way a date
// without a year (or a bare weekday) is resolved. A sentence may mix
// tenses ("Officials said on Monday that the bridge would reopen"), so
// the verb group nearest the date wins, first within the date's clause,
// then within the sentence.

type tense int

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// futureAux are auxiliaries and markers that put their verb group in the
// future (a modal followed by "have" is a past: "may have met").
var futureAux = splitWords(`will shall would could might must should ’ll 'll going due set slated
scheduled upcoming expected plans plan planned`)

// pastAux open a verb group in the past.
var pastAux = splitWords(`was were had did has have hasn't haven't hadn't didn't wasn't weren't`)

// presentBe are present forms of "be": with a following "-ing" or "to"
// they speak of what is ahead ("is meeting on Tuesday", "is to sign").
var presentBe = splitWords(`is are am isn't aren't`)

// groupFillers may sit inside a verb group without ending it.
var groupFillers = splitWords(`not never also still just already now soon likely expected been be being
again then reportedly finally formally officially`)

// determiners before an "-ed" word make it an adjective ("the delayed
// vote", "an armed man"), not a past tense.
var determiners = splitWords(`the a an this that these those his her its their our my your some many
several any each every no two three four five six seven eight nine ten more most less very newly
recently long-awaited so too well much`)

// tenseWord is one word of the clause scan.
type tenseWord struct {
	w      string // lower case, trimmed of punctuation
	s      int    // offset in the document
	bound  bool   // punctuation after the word ends the clause
	capped bool   // written with a capital letter
}

var clauseWords = splitWords(`and but while whereas although though because whereby unless`)

// tenseAt returns the tense of the verb group nearest the date at
// d.text[s:e].
func (d *doc) tenseAt(s, e int) tense {
	t, _ := d.verbGroupNear(s, e)
	return t
}

// verbGroupNear returns the tense of the verb group nearest the date at
// d.text[s:e] (first within the date's clause, then within the sentence)
// and the offset of the group's first word, or -1 when there is none.
func (d *doc) verbGroupNear(s, e int) (tense, int) {
	si := d.sentenceAt(s)
	if si < 0 {
		return tenseNone, -1
	}
	sn := d.sents[si]
	t := d.outsideQuotes(sn)
	var ws []tenseWord
	clauseOf := []int{} // clause number of each word
	clause := 0
	dateClause := -1
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != '\n' {
			j++
		}
		if j == i {
			i++
			continue
		}
		raw := t[i:j]
		lead := strings.IndexFunc(raw, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		w := strings.ToLower(strings.Trim(raw, ".,;:!?()\"“”‘’'—–[]"))
		if lead > 0 && strings.ContainsAny(raw[:lead], "(—–[") {
			clause++
		}
		off := sn.s + i
		if off >= s && dateClause < 0 {
			dateClause = clause
		}
		if clauseWords[w] && (off < s || off >= e) {
			clause++
		}
		if w != "" {
			r := []rune(strings.TrimLeft(raw, "\"“‘'("))
			ws = append(ws, tenseWord{w: w, s: off, capped: len(r) > 0 && unicode.IsUpper(r[0])})
			clauseOf = append(clauseOf, clause)
		}
		if strings.ContainsAny(strings.TrimRight(raw, "\"”’'"), ",;:—–()[]") && strings.IndexAny(raw, ",;:—–()[]") > 0 && (off < s || off >= e) {
			clause++
		}
		i = j
	}
	if dateClause < 0 {
		dateClause = clause
	}
	type group struct {
		t    tense
		s, e int // word indexes
	}
	var groups []group
	for i := 0; i < len(ws); i++ {
		if ws[i].s >= s && ws[i].s < e {
			continue // the date's own words
		}
		g, n := verbGroup(ws, i, s, e)
		if n == 0 {
			continue
		}
		if g != tenseNone {
			groups = append(groups, group{g, i, i + n - 1})
		}
		i += n - 1
	}
	// The date's word positions.
	di, dj := -1, -1
	for i, w := range ws {
		if w.s >= s && w.s < e {
			if di < 0 {
				di = i
			}
			dj = i
		}
	}
	if di < 0 {
		return tenseNone, -1
	}
	best, bestDist, at := tenseNone, 1<<30, -1
	for pass := 0; pass < 2 && best == tenseNone; pass++ {
		for _, g := range groups {
			if pass == 0 && (clauseOf[g.s] != dateClause && clauseOf[g.e] != dateClause) {
				continue
			}
			dist := 0
			if g.e < di {
				dist = 2 * (di - g.e) // before the date: preferred on a tie
			} else {
				dist = 2*(g.s-dj) + 1
			}
			if dist < bestDist {
				best, bestDist, at = g.t, dist, ws[g.s].s
			}
		}
	}
	return best, at
}

// verbGroup reads the verb group starting at word i: its tense and its
// length in words (0 when no group starts there).
func verbGroup(ws []tenseWord, i, ds, de int) (tense, int) {
	w := ws[i].w
	next := func(k int) string {
		if k < len(ws) && (ws[k].s < ds || ws[k].s >= de) {
			return ws[k].w
		}
		return ""
	}
	// Extend over fillers and participles after an auxiliary.
	span := func() int {
		n := 1
		for k := i + 1; k < len(ws); k++ {
			x := next(k)
			if x == "" || !(groupFillers[x] || pastAux[x] || futureAux[x] || presentBe[x] || x == "to" || x == "have") {
				if x != "" && (pastWords[x] || edForm(x) || strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "en")) {
					n++
				}
				break
			}
			n++
		}
		return n
	}
	if strings.HasSuffix(w, "’ll") || strings.HasSuffix(w, "'ll") {
		return tenseFuture, span()
	}
	switch {
	case futureAux[w]:
		// Markers that need a frame: "set to", "due to"/"due on", "plans to".
		switch w {
		case "going", "set", "plans", "plan", "due", "expected":
			if next(i+1) != "to" && next(i+1) != "for" && next(i+1) != "on" && next(i+1) != "in" {
				return tenseNone, 1
			}
			if i > 0 && pastAux[ws[i-1].w] {
				return tensePast, 1
			}
			// "due to" after a noun is "because of".
			if w == "due" && (i == 0 || !presentBe[ws[i-1].w]) {
				return tenseNone, 1
			}
		case "planned":
			if next(i+1) != "for" {
				return tenseNone, 1
			}
		}
		n := span()
		for k := i + 1; k < i+n; k++ {
			if ws[k].w == "have" {
				return tensePast, n
			}
		}
		return tenseFuture, n
	case pastAux[w]:
		if (w == "has" || w == "have") && !participleFollows(ws, i, ds, de) {
			return tenseNone, 1
		}
		n := span()
		for k := i + 1; k < i+n; k++ {
			if futureAux[ws[k].w] && ws[k].w != "expected" || ws[k].w == "to" {
				return tenseNone, n // "was set to", "had planned to": a past plan
			}
		}
		return tensePast, n
	case presentBe[w]:
		n := span()
		for k := i + 1; k < i+n; k++ {
			x := ws[k].w
			if strings.HasSuffix(x, "ing") || x == "to" || futureAux[x] {
				return tenseFuture, n
			}
		}
		return tenseNone, n
	case pastWords[w] && !ws[i].capped || pastWords[w] && i == 0:
		return tensePast, 1
	case edForm(w) && (!ws[i].capped || i == 0):
		if i > 0 && (determiners[ws[i-1].w] || presentBe[ws[i-1].w]) {
			return tenseNone, 1 // "the delayed vote", "is based"
		}
		if i+1 < len(ws) && next(i+1) == "by" && i > 0 && !pastAux[ws[i-1].w] {
			// "a plan backed by the council": a participle.
			return tenseNone, 1
		}
		return tensePast, 1
	}
	return tenseNone, 0
}

// participleFollows reports whether "has"/"have" at i is an auxiliary
// ("has met", "have already left"), not a possession ("has a plan").
func participleFollows(ws []tenseWord, i, ds, de int) bool {
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		if ws[k].s >= ds && ws[k].s < de {
			return false
		}
		x := ws[k].w
		if groupFillers[x] {
			continue
		}
		return x == "been" || pastWords[x] || edForm(x) || strings.HasSuffix(x, "en")
	}
	return false
}

// edForm reports whether w looks like a regular past form.
func edForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !notPast[w] && !strings.ContainsAny(w, "0123456789")
}
