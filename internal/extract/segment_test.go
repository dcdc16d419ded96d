package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The vote passed. Critics were unhappy.", []string{"The vote passed.", "Critics were unhappy."}},
		{"honorifics", "Mr. Roe and Dr. Haddad met on Monday. They agreed.", []string{"Mr. Roe and Dr. Haddad met on Monday.", "They agreed."}},
		{"dotted acronym mid-sentence", "The U.S. economy grew. Prices fell.", []string{"The U.S. economy grew.", "Prices fell."}},
		{"dotted acronym at the end", "She moved to the U.S. The move was hard.", []string{"She moved to the U.S.", "The move was hard."}},
		{"month abbreviation", "The law took effect on Jan. 5 this year. It was popular.", []string{"The law took effect on Jan. 5 this year.", "It was popular."}},
		{"initials", "The novel by J. K. Roe sold well. Reviews were mixed.", []string{"The novel by J. K. Roe sold well.", "Reviews were mixed."}},
		{"quote closing a sentence", "“We will win.” The crowd cheered.", []string{"“We will win.”", "The crowd cheered."}},
		{"ellipsis mid-sentence", "He paused... then he spoke again.", []string{"He paused... then he spoke again."}},
		{"question and exclamation", "Why now? Nobody knows! The end.", []string{"Why now?", "Nobody knows!", "The end."}},
		{"dash", "The plan – widely criticised – passed. Then it failed.", []string{"The plan – widely criticised – passed.", "Then it failed."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text, 0, len(tc.text), 0) {
				got = append(got, tc.text[s.s:s.e])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("splitSentences(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAttributionAfterQuotedQuestion(t *testing.T) {
	text := "“Why now?” Jane Q. Roe asked. “Look, it is done…” President Ilse Marr responded, while smiling. “It is over.” The hall emptied."
	ss := splitSentences(text, 0, len(text), 0)
	var got []string
	for _, s := range ss {
		got = append(got, text[s.s:s.e])
	}
	want := []string{"“Why now?” Jane Q. Roe asked.", "“Look, it is done…” President Ilse Marr responded, while smiling.", "“It is over.”", "The hall emptied."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q; want %q", got, want)
	}
}
