// Package textnorm is the one text normaliser of StoryLens: the extractor
// folds names with it at build time and the query engine folds texts and
// queries with it at query time, so that a name folds the same way on both
// sides (ß → ss, Æ → ae, Zelenskyy → zelensky). The scorer in internal/eval
// keeps its own on purpose: it must not share the mistakes it scores.
package textnorm

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

// AppendFolded appends the folded form of r to b and reports whether r is
// part of a word.
func AppendFolded(b []byte, r rune) ([]byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return append(b, byte(r)), true
		case 'A' <= r && r <= 'Z':
			return append(b, byte(r)+'a'-'A'), true
		}
		return b, false
	case 0x218 <= r && r <= 0x21B: // Ș ș Ț ț, Romanian
		return append(b, "sstt"[r-0x218]), true
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

// Transliterate collapses spelling variants in a folded word in place. A
// run of two or more "i" and "y" that ends in "y" becomes "y" (Zelenskyy,
// Zelenskiy → Zelensky); a run at the end of the word that ends in "ii"
// keeps one final "i". The result has no run left to collapse, so
// normalising twice gives what normalising once gives.
func Transliterate(w []byte) []byte {
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

// Tokenize calls fn with each normalised word of s and its byte span in s.
// The word is only valid during the call.
func Tokenize(s string, buf []byte, fn func(w []byte, start, end int)) []byte {
	w := buf[:0]
	start, end := -1, 0
	flush := func() {
		if start >= 0 && len(w) > 0 {
			fn(Transliterate(w), start, end)
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
				if j+n2 >= len(s) || !IsWordRune(r3) {
					end = j + n2
					i = j + n2
					flush()
					continue
				}
			}
			if IsWordRune(r2) {
				i = j
				continue
			}
		}
		var ok bool
		w, ok = AppendFolded(w, r)
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

// IsWordRune reports whether r folds into a word.
func IsWordRune(r rune) bool {
	_, ok := AppendFolded(nil, r)
	return ok
}

// Normalize returns the normalised words of s joined by single spaces.
func Normalize(s string) string {
	var out []byte
	Tokenize(s, nil, func(w []byte, _, _ int) {
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, w...)
	})
	return string(out)
}

// Fold lower-cases s and removes its diacritics letter by letter, as
// Tokenize folds the letters of words (ß → ss, é → e), and keeps every other
// character, curly quotes made straight: "Straße Café’s" → "strasse cafe's".
func Fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		var ok bool
		if b, ok = AppendFolded(b, r); ok {
			continue
		}
		switch r {
		case '’', '‘':
			r = '\''
		case '“', '”':
			r = '"'
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}
