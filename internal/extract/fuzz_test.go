package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBuild checks that no input makes Build panic or return offsets
// outside the text. `go test` runs the seed corpus below.
func FuzzBuild(f *testing.F) {
	seeds := []string{
		"x",
		"“",
		"‘a’ ’ ‘",
		"Title\n\n\"unclosed quote by Jane Roe",
		"A.B.C. D. E.\n\nMr. . . . U.S. ...",
		"Headline here now\n\n(AP) — on Monday, March 3, in 2020-13-45 and 31 February 2021.",
		"The day after the election\n\nthe day after the presidential election yesterday.Today",
		"By ,\n\nBy A B, and , C D\n\n© \n\n— — –\n\nJane Roe’s ’s ’ Roe-’",
		"Pro-X-Y-Z al-Foo bin-Bar\n\nX-Y said “a” ‘b’ \"c\" 'd'",
		"Title\n\n" + "Jane Roe said “quote” " + "and more. ",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		ds, err := Build([]Article{{File: "f.txt", Text: []byte(text), Meta: Meta{Published: "2024-03-01"}}})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Build(%q) = %v", text, err)
			}
			return // empty input is rejected, which is fine
		}
		if _, err := json.Marshal(ds); err != nil {
			t.Fatalf("Build(%q): dataset does not encode: %v", text, err)
		}
		body := ds.Documents[0].Text
		for _, q := range ds.Quotes {
			if q.Start < 0 || q.End > len(body) || body[q.Start:q.End] != q.Text {
				t.Fatalf("Build(%q): quote %+v does not point into the text", text, q)
			}
		}
		for _, e := range ds.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(body) || m.Start >= m.End {
					t.Fatalf("Build(%q): mention %+v out of range", text, m)
				}
			}
		}
	})
}
