package layout

import (
	"math"
	"slices"
	"testing"

	"github.com/storylens/storylens/schema"
)

func dataset() *schema.Dataset {
	return &schema.Dataset{Relations: []schema.Relation{
		{A: "donald-trump", B: "elon-musk", Weight: 3},
		{A: "donald-trump", B: "volodymyr-zelensky", Weight: 2},
		{A: "elon-musk", B: "volodymyr-zelensky", Weight: 2},
		{A: "elon-musk", B: "vladimir-putin", Weight: 1},
		{A: "elon-musk", B: "spacex", Weight: 1},
		{A: "spacex", B: "starlink", Weight: 1},
		{A: "dmitry-peskov", B: "kremlin", Weight: 1},
	}}
}

func TestApply(t *testing.T) {
	ds := dataset()
	Apply(ds)
	want := []string{"dmitry-peskov", "donald-trump", "elon-musk", "kremlin", "spacex", "starlink", "vladimir-putin", "volodymyr-zelensky"}
	var got []string
	for _, p := range ds.Layout {
		got = append(got, p.ID)
		if p.X < 0 || p.X > Size || p.Y < 0 || p.Y > Size {
			t.Errorf("Apply: %s at (%v, %v); want inside the %d box", p.ID, p.X, p.Y, Size)
		}
		if p.X != math.Round(p.X*10)/10 || p.Y != math.Round(p.Y*10)/10 {
			t.Errorf("Apply: %s at (%v, %v); want one decimal", p.ID, p.X, p.Y)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Apply: layout IDs = %v; want %v", got, want)
	}
	for i := range ds.Layout {
		for j := i + 1; j < len(ds.Layout); j++ {
			a, b := ds.Layout[i], ds.Layout[j]
			if math.Hypot(a.X-b.X, a.Y-b.Y) < 20 {
				t.Errorf("Apply: %s and %s overlap at (%v, %v), (%v, %v)", a.ID, b.ID, a.X, a.Y, b.X, b.Y)
			}
		}
	}
	again := dataset()
	Apply(again)
	if !slices.Equal(ds.Layout, again.Layout) {
		t.Errorf("Apply is not deterministic: %v then %v", ds.Layout, again.Layout)
	}
}

func TestApplyEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		rels []schema.Relation
		want int
	}{
		{"no relations", nil, 0},
		{"self loop", []schema.Relation{{A: "a", B: "a"}}, 1},
		{"one edge", []schema.Relation{{A: "a", B: "b", Weight: 1}}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := &schema.Dataset{Relations: tc.rels}
			Apply(ds)
			if len(ds.Layout) != tc.want {
				t.Errorf("Apply(%v): %d positions; want %d", tc.rels, len(ds.Layout), tc.want)
			}
		})
	}
}

func BenchmarkLayout(b *testing.B) {
	const n = 3000
	names := make([]string, n)
	for i := range names {
		names[i] = string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	for b.Loop() {
		Layout(n, func(yield func(a, c int, w float64)) {
			for i := 1; i < n; i++ {
				yield(i, (i*7919)%i, 1)
			}
		}, names)
	}
}
