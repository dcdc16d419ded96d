package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headline builds an event's short label from a sentence's main clause:
// who did what, without the date (the timeline shows it), the lead-in
// clause, parentheses, trailing attribution or what follows the main
// clause. A sentence that is mostly one attributed quotation reads
// "Speaker: words".
func (d *doc) headline(s sentence) string {
	text := d.text[s.s:s.e]
	for _, q := range d.quotes {
		if q.s < s.s || q.e > s.e {
			continue
		}
		who := ""
		if q.speaker != nil && q.speaker.global != nil {
			who = q.speaker.global.name
		} else if who = d.attributionAfter(q.e, s.e); who == "" {
			continue
		}
		// A sentence that opens with the quotation, or is mostly it.
		opens := strings.TrimLeft(d.text[s.s:q.s], " \"“‘'«") == ""
		if opens || 2*(q.e-q.s) >= len(strings.TrimSpace(text)) {
			// The speaker's own words, whole.
			words := strings.Trim(strings.Join(strings.Fields(d.text[q.s:q.e]), " "), " ,;:\"“”'‘’")
			return clipLabel(who + ": " + words)
		}
	}
	// Blank the calendar expressions and a preposition just before them.
	b := []byte(text)
	for _, dt := range d.dates {
		if dt.Start < s.s || dt.End > s.e {
			continue
		}
		from := dt.Start - s.s
		if p := strings.ToLower(prevWordBefore(d.text, dt.Start)); datePreps[p] {
			from = strings.LastIndex(text[:from], p[:1]+p[1:]) // the word itself
			if i := strings.LastIndex(strings.ToLower(text[:dt.Start-s.s]), p); i >= 0 {
				from = i
			}
		}
		end := dt.End - s.s
		if strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s") {
			end += len("'s") + strings.Index(text[end:], "s") - 1
		}
		for i := max(0, from); i < end; i++ {
			b[i] = ' '
		}
	}
	return clipLabel(cleanClause(string(b)))
}

// connectives do not end a headline.
var connectives = splitWords(`and or but nor to of in on at by for with from into the a an that which who
whom whose as than its his her their our is are was were be been has have had will would said says`)

// attributionAfter returns the person a quotation ending at off is
// credited to right after it (“…,” Gov. Jane Doe said), or "".
func (d *doc) attributionAfter(off, end int) string {
	for _, m := range d.mentionsIn(off, end) {
		if m.ent == nil || m.ent.global == nil || m.ent.typ != typePerson || m.kind != kindName {
			return ""
		}
		gap := strings.Trim(d.text[off:m.s], " ,”’\"'")
		if gap != "" && !titleAbbrevWord(gap) {
			return ""
		}
		next := strings.ToLower(nextWordAfter(d.text, m.e))
		if next == "said" || next == "says" || next == "told" || next == "added" {
			return m.ent.global.name
		}
		return ""
	}
	return ""
}

// titleAbbrevWord reports whether s is one title before a name ("Gov.",
// "Dr", "Sen.").
func titleAbbrevWord(s string) bool {
	w := strings.ToLower(strings.TrimSuffix(s, "."))
	return !strings.Contains(w, " ") && (abbreviations[w] || titleWords[w])
}

var titleWords = splitWords(`governor mayor president senator minister chancellor judge general premier`)

// datePreps go with the date they introduce.
var datePreps = splitWords(`on in at by since from during until of date`)

var (
	reLeadIn     = regexp.MustCompile(`^(?i:after|as|when|while|since|despite|following|before|earlier|later|meanwhile|in|on|at|during|amid|with|without|by|though|although|if|once|until|for|over|last|this|separately|instead|still|yet|now|then)\b[^,]{0,90}, `)
	reParen      = regexp.MustCompile(`\s*\([^()]*\)`)
	reAttrib     = regexp.MustCompile(`, (?:[\p{L}.'’-]+ ){1,6}(?:said|says|told [\p{L}]+|added|reported)(?: [^,]{0,40})?\.?$|,? (?:said|says|according to) [^,]{1,60}\.?$`)
	reClauseEnd  = regexp.MustCompile(` — | – | -- |; |: |, (?:which|who|whom|whose|where|when|while|after|before|as|because|but|although|though|saying|according|adding|amid|including|despite|and (?:a|the)\b|an?\b|in a\b|with\b|[a-z]+ing\b)`)
	reLeadTime   = regexp.MustCompile(`^(?:date )?\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?\s*`)
	reSpaceComma = regexp.MustCompile(`\s+([,.;:!?])`)
)

var reAside = regexp.MustCompile(`, (?:who|whose|which|whom|where)\b[^,;:—–]{1,120}, | [—–] (?:who|whose|which|where)\b[^—–]{1,120} [—–] `)

var reAppositive = regexp.MustCompile(`^((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*), [^,]{2,70}, (\p{Ll})`)

// leadInEnd finds where a long opening clause with commas inside ends
// ("After hearing from executives at Acme, Bolt and Coil during the trial,
// Judge Roe ruled …"): the last comma in the first two thirds of the
// sentence that a capitalised word follows, or 0.
func leadInEnd(s string) int {
	if !reLeadWord.MatchString(s) {
		return 0
	}
	cut := 0
	for i := 0; i+2 < len(s) && i < 2*len(s)/3; i++ {
		if s[i] == ',' && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) && wordCount(s[i+2:]) >= 5 {
				cut = i + 2
			}
		}
	}
	return cut
}

var reLeadWord = regexp.MustCompile(`^(?i:after|as|when|while|since|despite|following|before|during|amid|although|though|if|once|until|throughout|having|with|without)\b`)

// reLeadConj is a connective that opens a sentence ("But, …", "And …").
var reLeadConj = regexp.MustCompile(`^(?:But|And|Yet|So|Meanwhile|However|Still|Also|Now)\b,? `)

// reBareLead is a lead-in left bare once its date is blanked ("As of
// Thursday, …").
var reBareLead = regexp.MustCompile(`^(?i:as of|as|on|in|at|by|since|until|from|during|early|late)\s*,\s*`)

// startsClause reports whether s can open a main clause: a capitalised
// word, or a determiner or pronoun ("the council", "he").
func startsClause(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	w := strings.ToLower(strings.Fields(s + " x")[0])
	return clauseOpeners[w]
}

var clauseOpeners = splitWords(`the a an his her its their our this that these those he she they it we
officials police authorities`)

// cleanClause reduces a sentence to its main clause.
func cleanClause(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = reLeadTime.ReplaceAllString(s, "")
	if loc := reDateline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	s = reParen.ReplaceAllString(s, "")
	s = strings.Join(strings.Fields(s), " ")
	s = reSpaceComma.ReplaceAllString(s, "$1")
	s = strings.Trim(s, " ,;:")
	s = strings.Trim(s, "\"“”'‘’ ")
	s = reLeadConj.ReplaceAllString(s, "")
	// Asides: ", whose troops hold the north," and "– who spent $1m –".
	s = reAside.ReplaceAllString(s, " ")
	for i := 0; i < 2; i++ {
		if cut := leadInEnd(s); cut > 0 {
			s = s[cut:]
		} else if loc := reLeadIn.FindStringIndex(s); loc != nil && wordCount(s[loc[1]:]) >= 4 && startsClause(s[loc[1]:]) {
			s = s[loc[1]:]
		}
	}
	// "Jane Doe, the agency's head, said …": the appositive goes.
	s = reAppositive.ReplaceAllString(s, "$1 $2")
	if loc := reAttrib.FindStringIndex(s); loc != nil && wordCount(s[:loc[0]]) >= 4 {
		s = s[:loc[0]]
	}
	if loc := reClauseEnd.FindStringIndex(s); loc != nil && wordCount(s[:loc[0]]) >= 4 {
		s = s[:loc[0]]
	}
	s = reBareLead.ReplaceAllString(s, "")
	s = strings.Trim(s, " ,;:.\"“”'‘’—–-")
	// A clause cut before its end must not keep a dangling connective.
	for {
		ws := strings.Fields(s)
		if len(ws) < 3 || !connectives[strings.ToLower(ws[len(ws)-1])] {
			break
		}
		s = strings.Join(ws[:len(ws)-1], " ")
	}
	if r, n := utf8.DecodeRuneInString(s); n > 0 && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// clipLabel cuts a label to maxLabel characters at a word boundary.
func clipLabel(s string) string {
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	r := []rune(s)
	cut := string(r[:maxLabel-1])
	if i := strings.LastIndex(cut, " "); i > maxLabel/2 {
		cut = cut[:i]
	}
	ws := strings.Fields(cut)
	for len(ws) > 3 && connectives[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))] {
		ws = ws[:len(ws)-1]
	}
	return strings.TrimRight(strings.Join(ws, " "), " ,;:.—–-") + "…"
}
