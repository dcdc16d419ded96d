package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBuild feeds arbitrary bytes as an article with arbitrary metadata.
// Build must return a dataset or an error, never panic, and every offset it
// returns must lie inside the cleaned text on rune boundaries.
func FuzzBuild(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/gold/*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "2024-11-08")
	}
	f.Add([]byte("Headline\n\n“Quote without end, said Ana Costa on Tuesday"), "")
	f.Add([]byte("By A, B and\n\n\n‘’“”\"'\u00a0—…"), "2024-02-29")
	f.Add([]byte("Mr. Dr. U.S. Jan. late 2022 early this morning"), "1999-12-31")
	f.Fuzz(func(t *testing.T, text []byte, published string) {
		ds, err := Build([]Article{{File: "fuzz.txt", Text: text, Meta: Meta{Published: published}}})
		if err != nil {
			return
		}
		texts := map[string]string{}
		for _, d := range ds.Documents {
			texts[d.ID] = d.Text
		}
		check := func(what, doc string, start, end int) {
			s, ok := texts[doc]
			if !ok {
				t.Fatalf("%s points at unknown document %q", what, doc)
			}
			if start < 0 || end < start || end > len(s) || !boundary(s, start) || !boundary(s, end) {
				t.Fatalf("%s span [%d,%d) is outside the %d-byte text or splits a rune", what, start, end, len(s))
			}
		}
		for _, q := range ds.Quotes {
			check("quote "+q.ID, q.Doc, q.Start, q.End)
		}
		for _, d := range ds.Dates {
			check("date "+d.Text, d.Doc, d.Start, d.End)
		}
		for _, e := range ds.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.ID, m.Doc, m.Start, m.End)
			}
		}
		if _, err := json.Marshal(ds); err != nil {
			t.Fatalf("dataset does not encode: %v", err)
		}
	})
}

// FuzzParseMeta feeds arbitrary bytes as NAME.meta.json: an error that names
// the file, or metadata, never a panic.
func FuzzParseMeta(f *testing.F) {
	f.Add([]byte(`{"outlet":"X","published":"2024-11-08","url":"https://example.org/a","language":"en"}`))
	f.Add([]byte(`{"published":"2024-02-30"}`))
	f.Add([]byte("{\n\"outlet\": \n}"))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseMeta("a.meta.json", data); err != nil && !strings.Contains(err.Error(), "a.meta.json") {
			t.Fatalf("ParseMeta error %q does not name the file", err)
		}
	})
}

// boundary reports whether byte offset i of s starts a rune or ends s.
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
