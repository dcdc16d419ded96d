package learn

import (
	"fmt"
	"math"
	"math/bits"
)

// Hash is the 64-bit FNV-1a hash of a feature's name, built part by part
// so that a caller can score a feature without making its string:
// HashStart.Str("w=").Str(word) equals HashString("w=" + word).
type Hash uint64

// HashStart is the hash of the empty feature name (the bias).
const HashStart Hash = 14695981039346656037

const hashPrime = 1099511628211

// Str returns h extended by the bytes of s.
func (h Hash) Str(s string) Hash {
	for i := 0; i < len(s); i++ {
		h ^= Hash(s[i])
		h *= hashPrime
	}
	return h
}

// Byte returns h extended by one byte.
func (h Hash) Byte(b byte) Hash {
	h ^= Hash(b)
	return h * hashPrime
}

// HashString returns the hash of a feature name.
func HashString(s string) Hash { return HashStart.Str(s) }

// Hashed is a Model that looks features up by their Hash: the same scores
// as the Model it was made from, without building feature strings. Two
// features of a model never share a hash (Hashed checks); a feature the
// model lacks could share one with a feature it has only by a 64-bit
// accident.
type Hashed struct {
	Labels []string
	keys   []Hash  // open addressing, a power of two in size; 0 is empty
	rows   []int32 // row of keys[i]
	shift  uint
	w      []float32
	bias   int32 // row of the feature "", or -1
	trans  []float32
}

// Hashed returns the model keyed by feature hashes, or an error when two
// of its features share a hash.
func (m *Model) Hashed() (*Hashed, error) {
	size := 16
	for size < 2*len(m.index) {
		size *= 2
	}
	h := &Hashed{Labels: m.Labels, keys: make([]Hash, size), rows: make([]int32, size), shift: uint(64 - bits.TrailingZeros(uint(size))), w: m.w, bias: -1, trans: m.trans}
	for f, r := range m.index {
		if f == "" {
			h.bias = r
			continue
		}
		k := HashString(f)
		if k == 0 || k == HashStart {
			return nil, fmt.Errorf("learn: feature %q hashes to a reserved value", f)
		}
		i := h.slot(k)
		if h.keys[i] == k {
			return nil, fmt.Errorf("learn: feature %q shares its hash with another feature", f)
		}
		h.keys[i], h.rows[i] = k, r
	}
	return h, nil
}

// slot returns the index of k in the table, or of the empty slot where it
// would go.
func (h *Hashed) slot(k Hash) int {
	mask := len(h.keys) - 1
	i := int((uint64(k) * 0x9e3779b97f4a7c15) >> h.shift)
	for h.keys[i] != 0 && h.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// Scores adds each label's score for the features to out, resized to the
// number of labels, exactly as Model.Scores does for their names: the bias
// first, then the features in order; HashStart (the feature "") is
// skipped.
func (h *Hashed) Scores(feats []Hash, out []float64) []float64 {
	n := len(h.Labels)
	out = out[:0]
	for k := 0; k < n; k++ {
		out = append(out, 0)
	}
	if h.bias >= 0 {
		for k, w := range h.w[int(h.bias)*n : int(h.bias)*n+n] {
			out[k] += float64(w)
		}
	}
	for _, f := range feats {
		if f == HashStart || f == 0 {
			continue
		}
		i := h.slot(f)
		if h.keys[i] == 0 {
			continue
		}
		r := int(h.rows[i])
		for k, w := range h.w[r*n : r*n+n] {
			out[k] += float64(w)
		}
	}
	return out
}

// Tag returns the best label sequence, as Model.Tag does for the features'
// names.
func (h *Hashed) Tag(seq [][]Hash, allowed func(prev, cur int) bool) []int {
	return h.Constrain(allowed).Tag(seq)
}

// Tagger is a Hashed model with its label constraint laid out as a table:
// Viterbi without a call per pair of labels.
type Tagger struct {
	h     *Hashed
	ok    []bool    // ok[(prev+1)*n+cur]
	trans []float32 // trans[(prev+1)*n+cur], zeros when the model has none
}

// Constrain returns a Tagger that lets label cur follow prev only when
// allowed says so (all pairs when allowed is nil).
func (h *Hashed) Constrain(allowed func(prev, cur int) bool) *Tagger {
	n := len(h.Labels)
	t := &Tagger{h: h, ok: make([]bool, (n+1)*n), trans: h.trans}
	if t.trans == nil {
		t.trans = make([]float32, (n+1)*n)
	}
	for p := -1; p < n; p++ {
		for c := 0; c < n; c++ {
			t.ok[(p+1)*n+c] = allowed == nil || allowed(p, c)
		}
	}
	return t
}

// Labels returns the model's labels.
func (t *Tagger) Labels() []string { return t.h.Labels }

// Tag returns the best label sequence for the hashed features of each
// position: the same path as Model.Tag with the same constraint.
func (t *Tagger) Tag(seq [][]Hash) []int {
	if len(seq) == 0 {
		return nil
	}
	n := len(t.h.Labels)
	emit := make([]float64, len(seq)*n)
	for i, f := range seq {
		t.h.Scores(f, emit[i*n:i*n:i*n+n])
	}
	back := make([]int32, len(seq)*n)
	score, next := make([]float64, n), make([]float64, n)
	for k := 0; k < n; k++ {
		score[k] = emit[k] + float64(t.trans[k])
		if !t.ok[k] {
			score[k] = math.Inf(-1)
		}
	}
	for i := 1; i < len(seq); i++ {
		for k := 0; k < n; k++ {
			best, arg := math.Inf(-1), 0
			for p := 0; p < n; p++ {
				j := (p+1)*n + k
				if !t.ok[j] {
					continue
				}
				if s := score[p] + float64(t.trans[j]); s > best {
					best, arg = s, p
				}
			}
			next[k] = best + emit[i*n+k]
			back[i*n+k] = int32(arg)
		}
		score, next = next, score
	}
	out := make([]int, len(seq))
	out[len(seq)-1] = argmax(score)
	for i := len(seq) - 1; i > 0; i-- {
		out[i-1] = int(back[i*n+out[i]])
	}
	return out
}
