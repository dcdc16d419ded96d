package extract

import (
	"strings"
	"unicode"
)

// attributedQuote reports whether a line is a quotation with its speaker
// and speech verb ("“Profits doubled,” Jane Roe said."): article text
// however short it is, so the page model must be sure before it drops one.
func attributedQuote(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || !strings.ContainsRune(`"“‘'`, []rune(line)[0]) {
		return false
	}
	end := strings.LastIndexAny(line, `"”’'`)
	if end <= 0 {
		return false
	}
	words := strings.FieldsFunc(line[end:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		if i >= 6 {
			break
		}
		if speechVerb(strings.ToLower(w)) != "" {
			return true
		}
	}
	return false
}
