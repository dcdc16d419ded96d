package extract

import (
	"sort"
	"testing"

	"github.com/storylens/storylens/schema"
)

// buildText builds a dataset from one made-up article.
func buildText(t *testing.T, text, published string) *schema.Dataset {
	t.Helper()
	ds, err := Build([]Article{{File: "a.txt", Text: []byte(text), Meta: Meta{Published: published}}})
	if err != nil {
		t.Fatalf("Build(%q) error: %v", text, err)
	}
	return ds
}

// entityNames returns "name/type" for every entity, sorted.
func entityNames(ds *schema.Dataset) []string {
	var out []string
	for _, e := range ds.Entities {
		out = append(out, e.Name+"/"+e.Type)
	}
	sort.Strings(out)
	return out
}

func entityByName(ds *schema.Dataset, name string) *schema.Entity {
	for i := range ds.Entities {
		if ds.Entities[i].Name == name {
			return &ds.Entities[i]
		}
	}
	return nil
}

func speakerName(ds *schema.Dataset, q schema.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	for _, e := range ds.Entities {
		if e.ID == *q.Speaker {
			return e.Name
		}
	}
	return "?" + *q.Speaker
}

func containsAll(have []string, want ...string) []string {
	set := map[string]bool{}
	for _, h := range have {
		set[h] = true
	}
	var missing []string
	for _, w := range want {
		if !set[w] {
			missing = append(missing, w)
		}
	}
	return missing
}
