package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A speaker's name can be a fragment of a longer one the entity stage cut
// short: at a middle initial ("Jane Q" of "Jane Q. Doe"), at a hyphen
// ("Kim Ji" of "Kim Ji-won"), before a surname ("Jane" of "Jane Doe"), a
// suffix alone ("II" of "John Roe II") or the last word of an
// organisation ("Gazette" of "Springfield Gazette"); and a one-word
// person, or a word typed by default, may be a description ("the
// Spaniard"). Naming such a
// fragment names no one a reader can check, so the speaker becomes the
// entity mentioned just before a suffix, or none.

// nameSuffixes (names_model.go) are the generational suffixes that follow
// a full name.

// fragmentEntity reports whether e's name or one of its named mentions
// looks cut from a longer name.
func (d *doc) fragmentEntity(e *docEntity) bool {
	ws := strings.Fields(e.name)
	if len(ws) == 0 {
		return false
	}
	if nameSuffixes[e.name] {
		return true
	}
	last := strings.TrimSuffix(ws[len(ws)-1], ".")
	if len(ws) > 1 && utf8.RuneCountInString(last) == 1 && unicode.IsUpper([]rune(last)[0]) {
		return true // "Jane Q"
	}
	single := len(ws) == 1
	// Most mentions spelled as the name must show the cut, so that a
	// hyphen or a capital after a whole name now and then ("Doe-backed",
	// "Doe Tuesday") does not count.
	n, cut := 0, 0
	for _, m := range d.ments {
		if m.ent != e || m.kind != kindName || d.text[m.s:m.e] != e.name {
			continue
		}
		n++
		after := d.text[m.e:min(len(d.text), m.e+40)]
		before := d.text[max(0, m.s-30):m.s]
		if fragmentFollows(after, single) || single && e.typ == typeOrg && capitalBefore(before) || single && (e.typ == typePerson || e.weak) && describedBefore(before) {
			cut++
		}
	}
	return n > 0 && 2*cut > n
}

// fragmentFollows reports whether the text after a name continues it: a
// hyphen before a letter, or (after a one-word name) a capitalised word
// that is no weekday or month.
func fragmentFollows(after string, single bool) bool {
	switch {
	case strings.HasPrefix(after, "-"):
		r, _ := utf8.DecodeRuneInString(after[1:])
		return unicode.IsLetter(r)
	case single && strings.HasPrefix(after, " "):
		w := firstWord(after[1:])
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || sentenceStarter(w) {
			return false
		}
		_, mon := monthNames[strings.ToLower(w)]
		_, day := weekdayNames[strings.ToLower(w)]
		return !mon && !day
	}
	return false
}

// capitalBefore reports whether the text before a name ends in a
// capitalised word joined to it by a space ("New York Gazette").
func capitalBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	fs := strings.Fields(before)
	if len(fs) == 0 {
		return false
	}
	w := fs[len(fs)-1]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !sentenceStarter(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// describedBefore reports whether the text before a one-word person ends
// in a determiner: "the Spaniard", "the Mallorcan" describe someone, a
// name does not take "the".
func describedBefore(before string) bool {
	fs := strings.Fields(before)
	if len(fs) == 0 || !strings.HasSuffix(before, " ") {
		return false
	}
	switch fs[len(fs)-1] {
	case "the", "The", "a", "A", "an", "An", "this", "This":
		return true
	}
	return false
}

// firstWord returns the leading run of letters of s.
func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// sentenceStarter lists capitalised function words that start a sentence
// rather than continue a name.
func sentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That", "His", "Her", "Their", "Its", "As", "If", "When":
		return true
	}
	return false
}

// suffixOwner returns the entity whose named mention ends just before the
// suffix mention of e ("John Roe II"), or nil.
func (d *doc) suffixOwner(e *docEntity) *docEntity {
	if !nameSuffixes[e.name] {
		return nil
	}
	for i, m := range d.ments {
		if m.ent != e || m.kind != kindName {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			p := d.ments[j]
			if p.ent != nil && p.ent != e && p.kind == kindName && p.e <= m.s && strings.Trim(d.text[p.e:m.s], " ,") == "" {
				return p.ent
			}
		}
	}
	return nil
}
