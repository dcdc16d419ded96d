package learn

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Perceptron trains an averaged perceptron: a multiclass classifier with
// Learn, or a first-order sequence tagger with LearnSequence. Averaging
// uses the running-sum trick, so an update costs only the features it
// touches. Training is deterministic: the same samples in the same order
// give the same model.
type Perceptron struct {
	labels []string
	w, u   map[string][]float64 // weights, and time-weighted update sums
	tw, tu []float64            // transitions, when tagging
	c      float64              // updates so far + 1
	tagger bool
}

// NewPerceptron returns a trainer for the labels; tagger adds transition
// weights for sequences.
func NewPerceptron(labels []string, tagger bool) (*Perceptron, error) {
	if err := checkLabels(labels); err != nil {
		return nil, err
	}
	p := &Perceptron{labels: labels, w: map[string][]float64{}, u: map[string][]float64{}, c: 1, tagger: tagger}
	if tagger {
		n := len(labels)
		p.tw, p.tu = make([]float64, (n+1)*n), make([]float64, (n+1)*n)
	}
	return p, nil
}

func (p *Perceptron) add(f string, k int, d float64) {
	w := p.w[f]
	if w == nil {
		w, p.u[f] = make([]float64, len(p.labels)), make([]float64, len(p.labels))
		p.w[f] = w
	}
	w[k] += d
	p.u[f][k] += p.c * d
}

func (p *Perceptron) addTrans(prev, cur int, d float64) {
	i := (prev+1)*len(p.labels) + cur
	p.tw[i] += d
	p.tu[i] += p.c * d
}

func (p *Perceptron) scores(feats []string) []float64 {
	s := make([]float64, len(p.labels))
	for _, f := range feats {
		if w := p.w[f]; w != nil {
			for k := range s {
				s[k] += w[k]
			}
		}
	}
	return s
}

// Learn makes one multiclass step: when the current weights predict a
// label other than gold, the features move towards gold. It reports
// whether the prediction was right.
func (p *Perceptron) Learn(feats []string, gold int) bool {
	guess := argmax(p.scores(feats))
	if guess != gold {
		for _, f := range feats {
			p.add(f, gold, 1)
			p.add(f, guess, -1)
		}
	}
	p.c++
	return guess == gold
}

// LearnSequence makes one structured step over a sequence: Viterbi with
// the current weights, then an update at every position and transition
// where the guess differs from gold. It returns the number of positions
// guessed wrong.
func (p *Perceptron) LearnSequence(seq [][]string, gold []int, allowed func(prev, cur int) bool) int {
	emit := make([][]float64, len(seq))
	for i, f := range seq {
		emit[i] = p.scores(f)
	}
	n := len(p.labels)
	guess := viterbi(n, emit, func(prev, cur int) float64 { return p.tw[(prev+1)*n+cur] }, allowed)
	wrong := 0
	for i := range seq {
		gp, pp := -1, -1
		if i > 0 {
			gp, pp = gold[i-1], guess[i-1]
		}
		if guess[i] != gold[i] {
			wrong++
			for _, f := range seq[i] {
				p.add(f, gold[i], 1)
				p.add(f, guess[i], -1)
			}
		}
		if guess[i] != gold[i] || gp != pp {
			p.addTrans(gp, gold[i], 1)
			p.addTrans(pp, guess[i], -1)
		}
	}
	p.c++
	return wrong
}

// Model returns the averaged model. Features whose every averaged weight
// is below prune in magnitude are left out, to keep the file small.
func (p *Perceptron) Model(prune float64) *Model {
	n := len(p.labels)
	m := &Model{Labels: append([]string(nil), p.labels...), index: map[string]int32{}}
	keys := make([]string, 0, len(p.w))
	for f := range p.w {
		keys = append(keys, f)
	}
	sort.Strings(keys)
	for _, f := range keys {
		w, u := p.w[f], p.u[f]
		row := make([]float32, n)
		keep := false
		for k := range row {
			row[k] = float32(round(w[k] - u[k]/p.c))
			if math.Abs(float64(row[k])) >= prune && row[k] != 0 {
				keep = true
			}
		}
		if keep {
			m.index[f] = int32(len(m.w) / n)
			m.w = append(m.w, row...)
		}
	}
	if p.tagger {
		m.trans = make([]float32, len(p.tw))
		for i := range p.tw {
			m.trans[i] = float32(round(p.tw[i] - p.tu[i]/p.c))
		}
	}
	return m
}

// round keeps 5 significant digits, so that encoded models are short and
// the same on every machine.
func round(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	e := math.Pow(10, 4-math.Floor(math.Log10(math.Abs(x))))
	return math.Round(x*e) / e
}

// Logistic trains a binary logistic regression by stochastic gradient
// descent with L2 regularisation. Samples are visited in an order shuffled
// by a fixed seed, so training is deterministic.
type Logistic struct {
	// Epochs over the data, the initial learning rate and the L2 strength.
	Epochs int
	Rate   float64
	L2     float64
	// Seed fixes the shuffle.
	Seed uint64
}

// Sample is one training example for Logistic.
type Sample struct {
	Features []string
	Positive bool
	// Weight scales the sample's gradient (0 means 1).
	Weight float64
}

// Train fits the model. The bias is the feature "" (every sample has it).
func (l Logistic) Train(samples []Sample, prune float64) *Model {
	w := map[string]float64{}
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(l.Seed, l.Seed^0x9e3779b97f4a7c15))
	step := 0
	for epoch := 0; epoch < l.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			s := samples[i]
			z := w[""]
			for _, f := range s.Features {
				if f != "" {
					z += w[f]
				}
			}
			y := 0.0
			if s.Positive {
				y = 1
			}
			sw := s.Weight
			if sw == 0 {
				sw = 1
			}
			rate := l.Rate / (1 + float64(step)/float64(len(samples)))
			g := (sigmoid(z) - y) * sw
			w[""] -= rate * g
			for _, f := range s.Features {
				if f != "" {
					w[f] -= rate * (g + l.L2*w[f])
				}
			}
			step++
		}
	}
	m := &Model{Labels: []string{"positive"}, index: map[string]int32{}}
	keys := make([]string, 0, len(w))
	for f := range w {
		keys = append(keys, f)
	}
	sort.Strings(keys)
	for _, f := range keys {
		v := float32(round(w[f]))
		if f != "" && math.Abs(float64(v)) < prune || v == 0 {
			continue
		}
		m.index[f] = int32(len(m.w))
		m.w = append(m.w, v)
	}
	return m
}
