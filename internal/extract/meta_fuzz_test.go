package extract

import (
	"strings"
	"testing"
)

// FuzzParseMeta feeds arbitrary bytes as NAME.meta.json: metadata or an
// error that names the file, never a panic, and never an impossible date.
func FuzzParseMeta(f *testing.F) {
	f.Add([]byte(`{"outlet":"X","published":"2024-11-08","url":"https://example.org/a","language":"en"}`))
	f.Add([]byte(`{"published":"2024-02-30"}`))
	f.Add([]byte("{\n\"outlet\": \n}"))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"published":"2024-02-29T10:00:00Z"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseMeta("a.meta.json", data)
		if err != nil {
			if !strings.Contains(err.Error(), "a.meta.json") {
				t.Fatalf("ParseMeta error %q does not name the file", err)
			}
			return
		}
		if m.Published != "" {
			if _, err := ParseMeta("b.meta.json", []byte(`{"published":"`+m.Published+`"}`)); err != nil {
				t.Fatalf("ParseMeta accepted published %q, which it then refuses: %v", m.Published, err)
			}
		}
	})
}
