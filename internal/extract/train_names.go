package extract

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/learn"
	"github.com/storylens/storylens/schema"
)

// Training settings of the name tagger.
const (
	namesEpochs          = 8
	namesMinCount        = 3     // features seen fewer times are left out
	namesPrune           = 0.005 // averaged weights below this are dropped
	namesSeed     uint64 = 2003
)

// NamesTrainingDir is the folder of the tagger's training data inside the
// development sets: CoNLL-2003 eng.train in the gold format.
const NamesTrainingDir = "conll2003/train"

// goldNames is the part of a gold file the tagger learns from.
type goldNames struct {
	Entities []struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
}

// nameExample is one document ready for training: features and gold
// labels of each sentence.
type nameExample struct {
	feats  [][][]string
	labels [][]int
}

// TrainNames trains the name tagger on the articles and gold files of
// NamesTrainingDir in devsets and returns the encoded model. keep, when
// not nil, chooses the articles by ID (for held-out experiments).
func TrainNames(devsets fs.FS, keep func(id string) bool) ([]byte, error) {
	exs, err := nameExamples(devsets, NamesTrainingDir, keep)
	if err != nil {
		return nil, err
	}
	m, err := trainNameModel(exs)
	if err != nil {
		return nil, err
	}
	return m.Encode(fmt.Sprintf("name tagger: averaged perceptron, BILOU person/org/place, %d epochs, trained on %s (%d articles)", namesEpochs, NamesTrainingDir, len(exs)))
}

// nameExamples reads and prepares the articles of dir.
func nameExamples(fsys fs.FS, dir string, keep func(id string) bool) ([]nameExample, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "articles", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no articles in %s/articles", dir)
	}
	sort.Strings(files)
	var docs []*doc
	var golds []goldNames
	for _, f := range files {
		id := strings.TrimSuffix(path.Base(f), ".txt")
		if keep != nil && !keep(id) {
			continue
		}
		text, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		a := Article{File: path.Base(f), Text: text}
		metaFile := strings.TrimSuffix(f, ".txt") + ".meta.json"
		if data, err := fs.ReadFile(fsys, metaFile); err == nil {
			if a.Meta, err = ParseMeta(metaFile, data); err != nil {
				return nil, err
			}
		}
		if err := checkArticle(a); err != nil {
			return nil, err
		}
		goldFile := path.Join(dir, "gold", id+".gold.json")
		data, err := fs.ReadFile(fsys, goldFile)
		if err != nil {
			return nil, err
		}
		var g goldNames
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("%s: %v", goldFile, err)
		}
		docs = append(docs, newDoc(a))
		golds = append(golds, g)
	}
	capSeen := capitalisedWords(docs)
	exs := make([]nameExample, len(docs))
	for k, d := range docs {
		cands := d.ruleCandidates(capSeen)
		ruled := d.linkNames(cands, capSeen)
		d.ents = nil
		exs[k] = nameExample{feats: d.nameFeatures(cands, ruled), labels: d.projectGold(golds[k])}
	}
	return exs, nil
}

// projectGold labels the tokens of every sentence with the gold names:
// at each token the longest gold surface form (name or alias, exact text)
// that starts there is taken, across the whole document.
func (d *doc) projectGold(g goldNames) [][]int {
	forms := map[string]string{}
	maxWords := 1
	for _, e := range g.Entities {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			a = strings.Join(strings.Fields(a), " ")
			if a == "" {
				continue
			}
			if _, ok := forms[a]; !ok {
				forms[a] = e.Type
			}
			maxWords = max(maxWords, len(strings.Fields(a))+2)
		}
	}
	label := func(pos, typ string) int {
		for k, l := range nameLabels {
			if l == pos+"-"+typ {
				return k
			}
		}
		return 0
	}
	out := make([][]int, len(d.sents))
	for si, s := range d.sents {
		toks := s.toks
		out[si] = make([]int, len(toks))
		for i := 0; i < len(toks); {
			best, typ := -1, ""
			for k := min(len(toks)-1, i+maxWords); k >= i; k-- {
				span := strings.Join(strings.Fields(d.text[toks[i].s:toks[k].e]), " ")
				if t, ok := forms[span]; ok {
					best, typ = k, t
					break
				}
			}
			if best < 0 {
				i++
				continue
			}
			if best == i {
				out[si][i] = label("U", typ)
			} else {
				out[si][i] = label("B", typ)
				for k := i + 1; k < best; k++ {
					out[si][k] = label("I", typ)
				}
				out[si][best] = label("L", typ)
			}
			i = best + 1
		}
	}
	return out
}

// trainNameModel runs the perceptron over the sentences, in an order
// shuffled by a fixed seed each epoch.
func trainNameModel(exs []nameExample) (*learn.Model, error) {
	counts := map[string]int{}
	type seq struct {
		feats  [][]string
		labels []int
	}
	var seqs []seq
	for _, ex := range exs {
		for si := range ex.feats {
			if len(ex.feats[si]) == 0 {
				continue
			}
			for _, f := range ex.feats[si] {
				for _, x := range f {
					counts[x]++
				}
			}
			seqs = append(seqs, seq{ex.feats[si], ex.labels[si]})
		}
	}
	// Rare features only memorise the training set.
	for _, s := range seqs {
		for i, f := range s.feats {
			kept := f[:0]
			for _, x := range f {
				if counts[x] >= namesMinCount {
					kept = append(kept, x)
				}
			}
			s.feats[i] = kept
		}
	}
	p, err := learn.NewPerceptron(nameLabels, true)
	if err != nil {
		return nil, err
	}
	allowed := bilouAllowed(nameLabels)
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(namesSeed, namesSeed^0x9e3779b97f4a7c15))
	for epoch := 0; epoch < namesEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			p.LearnSequence(seqs[k].feats, seqs[k].labels, allowed)
		}
	}
	return p.Model(namesPrune), nil
}

// BuildWithNames is Build with the name tagger decoded from model instead
// of the embedded one: for held-out experiments on the tagger.
func BuildWithNames(articles []Article, model []byte) (*schema.Dataset, error) {
	m, err := learn.Decode("names model", model)
	if err != nil {
		return nil, err
	}
	h, err := m.Hashed()
	if err != nil {
		return nil, err
	}
	return build(articles, h.Constrain(bilouAllowed(h.Labels)))
}
