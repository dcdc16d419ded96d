package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadDir reads NAME.txt and NAME.meta.json files from a test data folder.
func loadDir(t *testing.T, dir string) []Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var arts []Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := Article{File: filepath.Base(f), Text: text}
		metaFile := strings.TrimSuffix(f, ".txt") + ".meta.json"
		if data, err := os.ReadFile(metaFile); err == nil {
			if a.Meta, err = ParseMeta(filepath.Base(metaFile), data); err != nil {
				t.Fatal(err)
			}
		}
		arts = append(arts, a)
	}
	return arts
}

func TestBuildIsDeterministic(t *testing.T) {
	arts := append(loadDir(t, "testdata/gold"), loadDir(t, "testdata/gold-extra")...)
	encode := func(a []Article) []byte {
		ds, err := Build(a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(ds)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	first := encode(arts)
	for i := 0; i < 3; i++ {
		if again := encode(arts); !bytes.Equal(first, again) {
			t.Fatalf("Build run %d differs from the first run", i+2)
		}
	}
	// The order of the input slice does not matter.
	rev := make([]Article, len(arts))
	for i, a := range arts {
		rev[len(arts)-1-i] = a
	}
	if got := encode(rev); !bytes.Equal(first, got) {
		t.Fatalf("Build(reversed input) differs from Build(input)")
	}
}

func TestBuildOffsetsPointIntoText(t *testing.T) {
	arts := append(loadDir(t, "testdata/gold"), loadDir(t, "testdata/gold-extra")...)
	ds, err := Build(arts)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, d := range ds.Documents {
		texts[d.ID] = d.Text
		if !strings.HasPrefix(d.Text, d.Title) {
			t.Errorf("document %s: text does not start with the title %q", d.ID, d.Title)
		}
	}
	check := func(what, doc string, s, e int, want string) {
		t.Helper()
		text, ok := texts[doc]
		if !ok || s < 0 || e > len(text) || s > e {
			t.Errorf("%s: span %s[%d:%d] out of range", what, doc, s, e)
			return
		}
		if want != "" && text[s:e] != want {
			t.Errorf("%s: text[%d:%d] = %q; want %q", what, s, e, text[s:e], want)
		}
	}
	for _, e := range ds.Entities {
		for _, m := range e.Mentions {
			check("entity "+e.ID, m.Doc, m.Start, m.End, "")
		}
	}
	for _, q := range ds.Quotes {
		check("quote "+q.ID, q.Doc, q.Start, q.End, q.Text)
	}
	for _, d := range ds.Dates {
		check("date", d.Doc, d.Start, d.End, d.Text)
	}
	for _, ev := range ds.Events {
		for _, sp := range ev.Evidence {
			check("event "+ev.ID, sp.Doc, sp.Start, sp.End, "")
		}
	}
	for _, r := range ds.Relations {
		if r.A >= r.B {
			t.Errorf("relation %s–%s: want A < B", r.A, r.B)
		}
		if r.Weight != len(r.Evidence) {
			t.Errorf("relation %s–%s: weight %d, %d evidence spans", r.A, r.B, r.Weight, len(r.Evidence))
		}
	}
	ids := map[string]bool{}
	for _, q := range ds.Quotes {
		if ids[q.ID] {
			t.Errorf("duplicate quote id %s", q.ID)
		}
		ids[q.ID] = true
	}
}
