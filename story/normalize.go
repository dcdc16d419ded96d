package story

import (
	"unicode"
	"unicode/utf8"
)

// Normalisation is shared by the indexes and the queries, so that a query
// matches whatever spelling the text used: case is folded, Latin diacritics
// are removed, apostrophes and possessives vanish ("Musk’s" → "musk"),
// quotes and dashes separate words, and the common transliteration
// variants of Slavic names collapse ("Zelenskyy", "Zelenskiy" → "zelensky").

// latin folds U+00C0 … U+017F (Latin-1 Supplement and Latin Extended-A) to
// a base letter. '_' marks a separator; upper-case letters stand for two
// letters: A = ae, I = ij, O = oe, S = ss, T = th.
const latin = "" +
	"aaaaaaAceeeeiiiidnooooo_ouuuuyTS" + // U+00C0
	"aaaaaaAceeeeiiiidnooooo_ouuuuyTy" + // U+00E0
	"aaaaaaccccccccddddeeeeeeeeeegggg" + // U+0100
	"gggghhhhiiiiiiiiiiIIjjkkklllllll" + // U+0120
	"lllnnnnnnnnnooooooOOrrrrrrssssss" + // U+0140
	"ssttttttuuuuuuuuuuuuwwyyyzzzzzzs" //   U+0160

// expand gives the letters that the upper-case markers of latin stand for.
func expand(c byte) string {
	switch c {
	case 'A':
		return "ae"
	case 'I':
		return "ij"
	case 'O':
		return "oe"
	case 'S':
		return "ss"
	case 'T':
		return "th"
	}
	return ""
}

// isApostrophe reports whether r is an apostrophe or a quote that may
// stand for one inside a word.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', '′':
		return true
	}
	return false
}

// appendFolded appends the folded form of r to b and reports whether r is
// part of a word.
func appendFolded(b []byte, r rune) ([]byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return append(b, byte(r)), true
		case 'A' <= r && r <= 'Z':
			return append(b, byte(r)+'a'-'A'), true
		}
		return b, false
	case 0xC0 <= r && r <= 0x17F:
		c := latin[r-0xC0]
		if c == '_' {
			return b, false
		}
		if e := expand(c); e != "" {
			return append(b, e...), true
		}
		return append(b, c), true
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return utf8.AppendRune(b, unicode.ToLower(r)), true
	case unicode.Is(unicode.Mn, r):
		// A combining mark (a decomposed accent) belongs to its word and
		// folds to nothing.
		return b, true
	}
	return b, false
}

// transliterate collapses spelling variants in a folded word in place. A
// run of two or more "i" and "y" that ends in "y" becomes "y" (Zelenskyy,
// Zelenskiy → Zelensky); a run at the end of the word that ends in "ii"
// keeps one final "i". The result has no run left to collapse, so
// normalising twice gives what normalising once gives.
func transliterate(w []byte) []byte {
	out := w[:0]
	for i := 0; i < len(w); {
		if w[i] != 'i' && w[i] != 'y' {
			out = append(out, w[i])
			i++
			continue
		}
		j := i
		for j < len(w) && (w[j] == 'i' || w[j] == 'y') {
			j++
		}
		switch run := w[i:j]; {
		case len(run) >= 2 && run[len(run)-1] == 'y':
			out = append(out, 'y')
		case j == len(w):
			for len(run) >= 2 && run[len(run)-1] == 'i' && run[len(run)-2] == 'i' {
				run = run[:len(run)-1]
			}
			out = append(out, run...)
		default:
			out = append(out, run...)
		}
		i = j
	}
	return out
}

// tokenize calls fn with each normalised word of s and its byte span in s.
// The word is only valid during the call.
func tokenize(s string, buf []byte, fn func(w []byte, start, end int)) []byte {
	w := buf[:0]
	start, end := -1, 0
	flush := func() {
		if start >= 0 && len(w) > 0 {
			fn(transliterate(w), start, end)
		}
		w = w[:0]
		start = -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isApostrophe(r) && start >= 0 {
			// Inside a word: "don't" → "dont"; a possessive "'s" goes.
			j := i + n
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if r2 == 's' || r2 == 'S' {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				if j+n2 >= len(s) || !isWordRune(r3) {
					end = j + n2
					i = j + n2
					flush()
					continue
				}
			}
			if isWordRune(r2) {
				i = j
				continue
			}
		}
		var ok bool
		w, ok = appendFolded(w, r)
		if ok {
			if start < 0 {
				start = i
			}
			end = i + n
		} else {
			flush()
		}
		i += n
	}
	flush()
	return w
}

// isWordRune reports whether r folds into a word.
func isWordRune(r rune) bool {
	_, ok := appendFolded(nil, r)
	return ok
}

// normalize returns the normalised words of s joined by single spaces.
func normalize(s string) string {
	var out []byte
	tokenize(s, nil, func(w []byte, _, _ int) {
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, w...)
	})
	return string(out)
}

// clip returns at most n bytes of s, cut at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// utf16Len returns the number of UTF-16 code units encoding s.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
