package learn

import (
	"reflect"
	"testing"
)

func TestHashParts(t *testing.T) {
	if got, want := HashStart.Str("w=").Str("acme"), HashString("w=acme"); got != want {
		t.Errorf("HashStart.Str(%q).Str(%q) = %d; want HashString(%q) = %d", "w=", "acme", got, "w=acme", want)
	}
	if got, want := HashStart.Byte('x'), HashString("x"); got != want {
		t.Errorf("HashStart.Byte('x') = %d; want %d", got, want)
	}
}

// TestHashedMatchesModel: the hashed tagger gives the scores and the paths
// of the model it was made from.
func TestHashedMatchesModel(t *testing.T) {
	labels := []string{"O", "B", "I"}
	p, _ := NewPerceptron(labels, true)
	seqs := [][][]string{
		{{"", "w=o"}, {"", "w=x", "sh=X"}, {"", "w=x"}, {"", "w=o"}},
		{{"", "w=x"}, {"", "w=x", "sh=X"}, {"", "w=x"}},
		{{"", "w=o"}, {"", "w=o"}, {"", "w=x", "unseen"}},
	}
	golds := [][]int{{0, 1, 2, 0}, {1, 2, 2}, {0, 0, 1}}
	for epoch := 0; epoch < 5; epoch++ {
		for i := range seqs {
			p.LearnSequence(seqs[i], golds[i], nil)
		}
	}
	m := p.Model(0)
	h, err := m.Hashed()
	if err != nil {
		t.Fatal(err)
	}
	noIAtStart := func(prev, cur int) bool { return !(prev == -1 && cur == 2) }
	tg := h.Constrain(noIAtStart)
	for _, seq := range seqs {
		hs := make([][]Hash, len(seq))
		for i, f := range seq {
			for _, x := range f {
				hs[i] = append(hs[i], HashString(x))
			}
			if got, want := h.Scores(hs[i], nil), m.Scores(f, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("Hashed.Scores(%q) = %v; want %v", f, got, want)
			}
		}
		if got, want := tg.Tag(hs), m.Tag(seq, noIAtStart); !reflect.DeepEqual(got, want) {
			t.Errorf("Tagger.Tag(%q) = %v; want %v", seq, got, want)
		}
	}
}
