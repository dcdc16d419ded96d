package extract

import (
	"github.com/storylens/storylens/internal/extract/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nicknamesCSV is the given-name ↔ nickname list (see data/README.md for
// its source and licence).
var nicknamesCSV = lexicon.Nicknames

// nicknames maps a folded given name to the names it may stand for or be
// shortened to, in both directions: "bob" → {"robert", "rob", …}.
var nicknames = parseNicknames(nicknamesCSV)

// nicknameHeads are the full given names that head the list's lines.
var nicknameHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(nicknamesCSV, "\n") {
		if head, _, ok := strings.Cut(line, ","); ok {
			m[head] = true
		}
	}
	return m
}()

func parseNicknames(csv string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	link := func(a, b string) {
		if a == b || a == "" || b == "" {
			return
		}
		if m[a] == nil {
			m[a] = map[string]bool{}
		}
		m[a][b] = true
	}
	for _, line := range strings.Split(csv, "\n") {
		fs := strings.Split(strings.TrimSpace(line), ",")
		if len(fs) < 2 {
			continue
		}
		head := fs[0]
		for _, n := range fs[1:] {
			link(head, n)
			link(n, head)
		}
	}
	return m
}

// firstNamesCompatible reports whether two folded given names can name the
// same person: equal, one a listed nickname of the other, one a short form
// of the other ("rafa" of "rafael", at least four letters), a spelling
// variant with one edit ("eric", "erick"); an initial is not enough.
func firstNamesCompatible(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if a == b {
		return a != ""
	}
	if nicknames[a][b] {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la == 1 || lb == 1 {
		// "J. Roe" beside "Jane Roe" may be anyone with that initial:
		// left to coreference within an article, or to an editor.
		return false
	}
	if knownGivenName(a) && knownGivenName(b) {
		// "Jane" and "Janet", "Mark" and "Mary" are different names.
		return false
	}
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	if la >= 4 && strings.HasPrefix(b, a) {
		return true
	}
	return la >= 4 && firstRune(a) == firstRune(b) && editDistance(a, b) <= 1
}

// knownGivenName reports whether a folded word is a given name in its
// own right: a head of the nickname list or a known first name.
func knownGivenName(w string) bool {
	if nicknameHeads[w] {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return firstNames[string(unicode.ToUpper(r))+w[size:]]
}

// wordVariant reports whether two folded name words are spelling or
// transliteration variants: one edit in a word of five letters or more,
// two in a word of seven or more that keeps its first five letters and
// its length within one ("zelensky", "zelenskyy", "zelenskiy";
// "sevilla", "seville").
func wordVariant(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < 5 || firstRune(a) != firstRune(b) {
		return false
	}
	d := editDistance(a, b)
	if d <= 1 {
		return true
	}
	if d == 2 && min(la, lb) >= 7 && absInt(la-lb) <= 1 {
		ra, rb := []rune(a), []rune(b)
		return string(ra[:5]) == string(rb[:5])
	}
	return false
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// corporateWords are dropped from the end of a name before comparing.
var corporateWords = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "plc": true,
	"llc": true, "ag": true, "sa": true, "limited": true, "company": true,
}

// orgHeadWords turn "Department of Justice" into the word order of "Justice
// Department".
var orgHeadWords = map[string]bool{
	"department": true, "ministry": true, "office": true, "bureau": true, "agency": true,
	"commission": true, "council": true, "institute": true, "board": true,
}

// matchWords folds a name into the words that matter for matching: lower
// case without diacritics, dots and possessives dropped ("U.S." → "us",
// "Acme's" → "acme"), hyphens and other punctuation as spaces, a leading
// "the" and trailing corporate words removed, and "department of X" put
// as "X department".
func matchWords(name string) []string {
	var b strings.Builder
	for _, r := range fold(name) {
		switch {
		case r == '.':
		case r == '\'':
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	var ws []string
	for _, w := range strings.Fields(b.String()) {
		w = strings.TrimSuffix(w, "'s")
		w = strings.Trim(w, "'")
		if w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && corporateWords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) >= 3 && orgHeadWords[ws[0]] && ws[1] == "of" {
		ws = append(append([]string{}, ws[2:]...), ws[0])
	}
	return ws
}

// inWrittenOrder returns a name's words in the order written, where
// matchWords turned "Department of X" into "X Department": the initials of
// the name as written ("doj") are those an acronym uses.
func inWrittenOrder(ws []string, raw string) []string {
	if len(ws) < 2 || !orgHeadWords[ws[len(ws)-1]] {
		return ws
	}
	f := strings.Fields(fold(raw))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) == len(ws)+1 && f[0] == ws[len(ws)-1] && f[1] == "of" {
		return f
	}
	return ws
}

// singular drops a plural "s" from a folded word ("communities" →
// "community", "opens" → "open"), leaving "ss" and short words.
func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// acronymOf returns the initials of a name's words, with and without its
// function words ("Department of Justice" → "doj", "dj").
func acronymOf(ws []string) []string {
	var all, content strings.Builder
	for _, w := range ws {
		r := firstRune(w)
		all.WriteRune(r)
		if !acronymSkip[w] {
			content.WriteRune(r)
		}
	}
	if all.String() == content.String() {
		return []string{all.String()}
	}
	return []string{all.String(), content.String()}
}

var acronymSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "de": true}

// isAcronym reports whether a raw name is written as an acronym: two to
// six capitals, with or without dots ("NASA", "U.N.").
func isAcronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}
