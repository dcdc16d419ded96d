package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a document: bytes [s, e) of its text.
type token struct {
	s, e int
	w    string
	poss bool // followed by a possessive ’s that is not part of [s, e)
}

// sentence is bytes [s, e) of a document's text within paragraph para.
type sentence struct {
	s, e int
	para int
	toks []token
}

// abbreviations never end a sentence (lower case, without the final dot).
var abbreviations = splitWords(`mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt cpl adm maj
mt no nos vs jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est ft rev hon
e.g i.e etc u.s u.k u.n u.s.a a.m p.m inc corp co ltd bros mass calif fla ariz wash pa`)

// weakAbbreviations may end a sentence when a typical sentence start follows.
var weakAbbreviations = splitWords(`etc u.s u.k u.n u.s.a a.m p.m inc corp co ltd bros`)

// splitSentences splits paragraph [ps, pe) of text into sentences.
func splitSentences(text string, ps, pe, para int) []sentence {
	var out []sentence
	start := ps
	i := ps
	for i < pe {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// Swallow repeated punctuation and closing quotes/brackets.
		for end < pe {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '”' || r2 == '’' || r2 == '"' || r2 == '\'' || r2 == ')' || r2 == ']' || r2 == '…' {
				end += s2
				continue
			}
			break
		}
		if end >= pe {
			break
		}
		// Need white space then a sentence start.
		j := end
		for j < pe {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += s2
		}
		if j == end || j >= pe {
			i = end
			continue
		}
		nr, _ := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '“' || nr == '‘' || nr == '"' || nr == '\'' || nr == '(') {
			i = end
			continue
		}
		if r == '.' && !endsSentence(text, ps, i, j) {
			i = end
			continue
		}
		if strings.ContainsAny(text[i:end], "”\"’") && attributionAt(text, j, pe) {
			// "“Why now?” Jane Roe asked.": the attribution belongs to
			// the quotation's sentence.
			i = end
			continue
		}
		out = append(out, sentence{s: start, e: trimRightSpace(text, start, end), para: para})
		start = j
		i = j
	}
	if start < pe {
		out = append(out, sentence{s: start, e: trimRightSpace(text, start, pe), para: para})
	}
	for k := range out {
		out[k].toks = tokenize(text, out[k].s, out[k].e)
	}
	return out
}

// attributionAt reports whether the words at i name a speaker and a
// speech verb: up to five capitalised words ("President Jane Q. Roe"),
// then a verb such as "said" or "responded".
func attributionAt(text string, i, pe int) bool {
	ws := strings.Fields(text[i:min(pe, i+80)])
	for k, w := range ws {
		w = strings.Trim(w, ",.;:")
		if k > 0 && speechVerb(strings.ToLower(w)) != "" {
			return true
		}
		if k >= 5 || w == "" || !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return false
}

func trimRightSpace(text string, s, e int) int {
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return e
}

// endsSentence decides whether the period at dot ends a sentence; next is
// the offset of the following word.
func endsSentence(text string, ps, dot, next int) bool {
	// The word before the dot.
	k := dot
	for k > ps {
		r, size := utf8.DecodeLastRuneInString(text[ps:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= size
	}
	word := strings.ToLower(strings.Trim(text[k:dot], "."))
	if word == "" {
		return true
	}
	// Single initials ("J. K. Rowling").
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(text[k:dot])) {
		return false
	}
	if abbreviations[word] {
		if !weakAbbreviations[word] {
			return false
		}
		nw := nextWord(text, next)
		return commonWords[nw] && stopwords[strings.ToLower(nw)]
	}
	// Ellipsis followed by a capital: a new sentence.
	return true
}

func nextWord(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// tokenize splits text[s:e] into words. Internal hyphens, apostrophes and
// acronym dots stay inside a word; a possessive ’s is cut off and flagged.
func tokenize(text string, s, e int) []token {
	// Every token starts a run of word runes, so the runs bound the count:
	// one exact allocation instead of doubling (the tokens of every
	// document stay live until the merge).
	toks := make([]token, 0, wordRuns(text[s:e]))
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < e {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				if j+s2 < e {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if isWordRune(r3) {
						if r2 == '.' {
							// Only inside acronyms: U.S, e.g
							seg := text[i:j]
							if li := strings.LastIndex(seg, "."); li >= 0 {
								seg = seg[li+1:]
							}
							if utf8.RuneCountInString(seg) != 1 {
								break
							}
						}
						if r2 == '&' && !(unicode.IsUpper(r3) && unicode.IsUpper(lastRune(text[i:j]))) {
							break
						}
						j += s2
						continue
					}
				}
			}
			break
		}
		w := text[i:j]
		// Acronym with dots keeps its final dot: "U.S."
		if j < e && text[j] == '.' && strings.Count(w, ".") >= 1 && isDottedAcronym(w+".") {
			j++
			w = text[i:j]
		}
		t := token{s: i, e: j, w: w}
		for _, suf := range []string{"’s", "'s", "’S", "'S"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				t.e = j - len(suf)
				t.w = w[:len(w)-len(suf)]
				t.poss = true
				break
			}
		}
		if !t.poss && (strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")) {
			// plural possessive: "readers’"; keep the word without the mark
			t.e = j - len(w[len(w)-len("’"):])
			if strings.HasSuffix(w, "'") {
				t.e = j - 1
			}
			t.w = text[i:t.e]
			t.poss = true
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// wordRuns counts the maximal runs of word runes in s.
func wordRuns(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isDottedAcronym reports forms like "U.S." or "U.K.".
func isDottedAcronym(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
