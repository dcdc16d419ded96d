package learn

import (
	"bytes"
	"strings"
	"testing"
)

// colours is a toy multiclass problem: the label is named by a feature,
// with a noise feature every sample shares.
func colours() ([][]string, []int) {
	var xs [][]string
	var ys []int
	for i := 0; i < 30; i++ {
		k := i % 3
		xs = append(xs, []string{"noise", []string{"red", "green", "blue"}[k], "n" + string(rune('a'+i%5))})
		ys = append(ys, k)
	}
	return xs, ys
}

func TestPerceptronLearns(t *testing.T) {
	p, err := NewPerceptron([]string{"R", "G", "B"}, false)
	if err != nil {
		t.Fatal(err)
	}
	xs, ys := colours()
	for epoch := 0; epoch < 5; epoch++ {
		for i := range xs {
			p.Learn(xs[i], ys[i])
		}
	}
	m := p.Model(0)
	tests := []struct {
		feats []string
		want  string
	}{
		{[]string{"noise", "red"}, "R"},
		{[]string{"green"}, "G"},
		{[]string{"blue", "unknown"}, "B"},
	}
	for _, tc := range tests {
		if got := m.Labels[m.Predict(tc.feats)]; got != tc.want {
			t.Errorf("Predict(%q) = %s; want %s", tc.feats, got, tc.want)
		}
	}
}

// TestTaggerUsesTransitions: the word "x" is "B" at the start of a run and
// "I" after it; only the transitions can tell them apart.
func TestTaggerUsesTransitions(t *testing.T) {
	labels := []string{"O", "B", "I"}
	p, _ := NewPerceptron(labels, true)
	seqs := [][][]string{
		{{"w=o"}, {"w=x"}, {"w=x"}, {"w=o"}},
		{{"w=x"}, {"w=x"}, {"w=x"}},
		{{"w=o"}, {"w=o"}, {"w=x"}},
	}
	golds := [][]int{{0, 1, 2, 0}, {1, 2, 2}, {0, 0, 1}}
	for epoch := 0; epoch < 20; epoch++ {
		for i := range seqs {
			p.LearnSequence(seqs[i], golds[i], nil)
		}
	}
	m := p.Model(0)
	got := m.Tag([][]string{{"w=o"}, {"w=x"}, {"w=x"}, {"w=x"}, {"w=o"}, {"w=x"}}, nil)
	want := []int{0, 1, 2, 2, 0, 1}
	if !equalInts(got, want) {
		t.Errorf("Tag = %v; want %v", got, want)
	}
}

func TestTagAllowed(t *testing.T) {
	p, _ := NewPerceptron([]string{"O", "B", "I"}, true)
	for i := 0; i < 5; i++ {
		p.LearnSequence([][]string{{"w=x"}}, []int{2}, nil) // pushes "x" towards I
	}
	m := p.Model(0)
	noStartI := func(prev, cur int) bool { return !(cur == 2 && (prev == -1 || prev == 0)) }
	if got := m.Tag([][]string{{"w=x"}}, noStartI); got[0] == 2 {
		t.Errorf("Tag with I forbidden at the start = %v; want no I", got)
	}
}

func TestLogistic(t *testing.T) {
	var samples []Sample
	for i := 0; i < 40; i++ {
		samples = append(samples, Sample{Features: []string{"menu", "short"}, Positive: true})
		samples = append(samples, Sample{Features: []string{"prose", "short"}, Positive: false})
	}
	m := Logistic{Epochs: 10, Rate: 0.5, L2: 1e-4, Seed: 7}.Train(samples, 0)
	if p := m.Probability([]string{"menu", "short"}); p < 0.9 {
		t.Errorf("Probability(menu) = %.3f; want >= 0.9", p)
	}
	if p := m.Probability([]string{"prose", "short"}); p > 0.1 {
		t.Errorf("Probability(prose) = %.3f; want <= 0.1", p)
	}
}

func TestEncodeRoundTripAndDeterminism(t *testing.T) {
	train := func() []byte {
		p, _ := NewPerceptron([]string{"R", "G", "B"}, true)
		xs, ys := colours()
		for i := range xs {
			p.LearnSequence([][]string{xs[i], xs[(i+1)%len(xs)]}, []int{ys[i], ys[(i+1)%len(xs)]}, nil)
		}
		b, err := p.Model(0.001).Encode("toy colours")
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data encode differently")
	}
	m, err := Decode("toy", a)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.Encode("toy colours")
	if !bytes.Equal(a, again) {
		t.Errorf("Decode then Encode changed the bytes:\n%s\nvs\n%s", a, again)
	}
	if got := m.Labels[m.Predict([]string{"green"})]; got != "G" {
		t.Errorf("decoded Predict(green) = %s; want G", got)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"not a model", "hello\n", "not a model file"},
		{"no labels", magic + "\nmeta\tx\n", "want the labels"},
		{"repeated label", magic + "\nlabels\tA\tA\nmeta\tx\n", "repeated"},
		{"wrong count", magic + "\nlabels\tA\tB\nmeta\tx\nf\tw=a\t1\n", "1 weights; want 2"},
		{"bad float", magic + "\nlabels\tA\nmeta\tx\nf\tw=a\tone\n", "weight \"one\""},
		{"repeated feature", magic + "\nlabels\tA\nmeta\tx\nf\tw=a\t1\nf\tw=a\t2\n", "repeated"},
		{"junk line", magic + "\nlabels\tA\nmeta\tx\nwhat\n", "unexpected"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode("m.model", []byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "m.model") {
				t.Errorf("Decode = %v; want an error naming m.model and containing %q", err, tc.want)
			}
		})
	}
}

func TestEncodeRejectsTabs(t *testing.T) {
	p, _ := NewPerceptron([]string{"A", "B"}, false)
	p.Learn([]string{"bad\tfeature"}, 1)
	if _, err := p.Model(0).Encode("x"); err == nil {
		t.Error("Encode accepted a feature with a tab")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
