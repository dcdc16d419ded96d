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
		if q.s < s.s || q.e > s.e || q.speaker == nil || q.speaker.global == nil {
			continue
		}
		if 2*(q.e-q.s) >= len(strings.TrimSpace(text)) {
			return clipLabel(q.speaker.global.name + ": " + cleanClause(d.text[q.s:q.e]))
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
		for i := max(0, from); i < dt.End-s.s; i++ {
			b[i] = ' '
		}
	}
	return clipLabel(cleanClause(string(b)))
}

// connectives do not end a headline.
var connectives = splitWords(`and or but nor to of in on at by for with from into the a an that which who
whom whose as than its his her their our is are was were be been has have had will would said says`)

// datePreps go with the date they introduce.
var datePreps = splitWords(`on in at by since from during until of date`)

var (
	reLeadIn     = regexp.MustCompile(`^(?i:after|as|when|while|since|despite|following|before|earlier|later|meanwhile|in|on|at|during|amid|with|without|by|though|although|if|once|until|for|over|last|this|separately|instead|still|yet|now|then)\b[^,]{0,90}, `)
	reParen      = regexp.MustCompile(`\s*\([^()]*\)`)
	reAttrib     = regexp.MustCompile(`, (?:[\p{L}.'’-]+ ){1,6}(?:said|says|told [\p{L}]+|added|reported)(?: [^,]{0,40})?\.?$|,? (?:said|says|according to) [^,]{1,60}\.?$`)
	reClauseEnd  = regexp.MustCompile(` — | – | -- |; |: |, (?:which|who|whom|whose|where|when|while|after|before|as|because|but|although|though|saying|according|adding|amid|including|despite|and (?:a|the)\b|in a\b|with\b|[a-z]+ing\b)`)
	reLeadTime   = regexp.MustCompile(`^(?:date )?\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?\s*`)
	reSpaceComma = regexp.MustCompile(`\s+([,.;:!?])`)
)

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
	for i := 0; i < 2; i++ {
		if loc := reLeadIn.FindStringIndex(s); loc != nil && wordCount(s[loc[1]:]) >= 4 {
			s = s[loc[1]:]
		}
	}
	if loc := reAttrib.FindStringIndex(s); loc != nil && wordCount(s[:loc[0]]) >= 4 {
		s = s[:loc[0]]
	}
	if loc := reClauseEnd.FindStringIndex(s); loc != nil && wordCount(s[:loc[0]]) >= 4 {
		s = s[:loc[0]]
	}
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
