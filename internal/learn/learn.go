// Package learn holds the small learned models the extractor uses where
// judgement is needed: an averaged perceptron over named binary features
// (multiclass, or a first-order sequence tagger decoded with Viterbi) and
// a binary logistic regression. Models are plain data: Encode writes a
// deterministic text file that Decode reads back, so `make train` can
// reproduce committed weights byte for byte.
//
// Features are strings naming binary indicators ("w=acme", "shape=Xx");
// a feature absent from a model contributes nothing.
package learn

import (
	"fmt"
	"math"
)

// Model scores samples: one weight per (feature, label), plus optional
// label-to-label transition weights for sequences.
type Model struct {
	// Labels are the classes in column order.
	Labels []string
	index  map[string]int32 // feature -> row
	w      []float32        // rows × len(Labels)
	// trans[(prev+1)*n + cur] scores label cur after prev; prev = -1 is the
	// start of a sequence. Nil for models that are not taggers.
	trans []float32
}

// NumFeatures returns the number of features with weights.
func (m *Model) NumFeatures() int { return len(m.index) }

// Label returns the index of a label, or -1.
func (m *Model) Label(name string) int {
	for i, l := range m.Labels {
		if l == name {
			return i
		}
	}
	return -1
}

// Scores adds each label's score for the features to out (resized to the
// number of labels) and returns it. The feature "", when the model has it,
// is a bias every sample carries.
func (m *Model) Scores(feats []string, out []float64) []float64 {
	n := len(m.Labels)
	out = append(out[:0], make([]float64, n)...)
	if r, ok := m.index[""]; ok {
		for k, w := range m.w[int(r)*n : int(r)*n+n] {
			out[k] += float64(w)
		}
	}
	for _, f := range feats {
		if f == "" {
			continue
		}
		r, ok := m.index[f]
		if !ok {
			continue
		}
		row := m.w[int(r)*n : int(r)*n+n]
		for k, w := range row {
			out[k] += float64(w)
		}
	}
	return out
}

// Predict returns the best label for the features (the first on ties).
func (m *Model) Predict(feats []string) int {
	return argmax(m.Scores(feats, nil))
}

// Probability is the logistic of the first label's score: the model's
// probability that a sample is positive, for binary models.
func (m *Model) Probability(feats []string) float64 {
	return sigmoid(m.Scores(feats, nil)[0])
}

// Tag returns the best label sequence for a sequence of feature sets,
// decoded with Viterbi over the transition weights. allowed, when not
// nil, reports whether label cur may follow prev (prev -1 at the start).
func (m *Model) Tag(seq [][]string, allowed func(prev, cur int) bool) []int {
	emit := make([][]float64, len(seq))
	for i, f := range seq {
		emit[i] = m.Scores(f, nil)
	}
	return viterbi(len(m.Labels), emit, m.transition, allowed)
}

// viterbi finds the best path through n labels per position given the
// emission scores and a transition score function.
func viterbi(n int, emit [][]float64, trans func(prev, cur int) float64, allowed func(prev, cur int) bool) []int {
	if len(emit) == 0 {
		return nil
	}
	score := make([]float64, n)
	back := make([][]int32, len(emit))
	for k := 0; k < n; k++ {
		score[k] = emit[0][k] + trans(-1, k)
		if allowed != nil && !allowed(-1, k) {
			score[k] = math.Inf(-1)
		}
	}
	next := make([]float64, n)
	for i := 1; i < len(emit); i++ {
		back[i] = make([]int32, n)
		for k := 0; k < n; k++ {
			best, arg := math.Inf(-1), 0
			for p := 0; p < n; p++ {
				if allowed != nil && !allowed(p, k) {
					continue
				}
				if s := score[p] + trans(p, k); s > best {
					best, arg = s, p
				}
			}
			next[k] = best + emit[i][k]
			back[i][k] = int32(arg)
		}
		score, next = next, score
	}
	out := make([]int, len(emit))
	out[len(emit)-1] = argmax(score)
	for i := len(emit) - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}

func (m *Model) transition(prev, cur int) float64 {
	if m.trans == nil {
		return 0
	}
	return float64(m.trans[(prev+1)*len(m.Labels)+cur])
}

func argmax(s []float64) int {
	best := 0
	for k := range s {
		if s[k] > s[best] {
			best = k
		}
	}
	return best
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// checkLabels rejects an empty or repeated label list.
func checkLabels(labels []string) error {
	if len(labels) == 0 {
		return fmt.Errorf("learn: no labels")
	}
	seen := map[string]bool{}
	for _, l := range labels {
		if l == "" || seen[l] {
			return fmt.Errorf("learn: label %q is empty or repeated", l)
		}
		seen[l] = true
	}
	return nil
}
