package main

import (
	"fmt"
	"hash/fnv"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/compile"
	"github.com/storylens/storylens/internal/eval"
	"github.com/storylens/storylens/internal/extract"
)

// crossValidateNames scores the name tagger by grouped k-fold
// cross-validation on its training split: each fold's articles are tagged
// by a tagger trained on the other folds and scored by the project's
// scorer. It prints each fold, the pooled figures and the type confusions
// (gold → predicted) over all folds. Nothing is written.
func crossValidateNames(devsets string, k int) error {
	dir := path.Join(devsets, extract.NamesTrainingDir)
	arts, err := compile.ReadArticles(os.DirFS(path.Join(dir, "articles")))
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	fold := func(id string) int {
		h := fnv.New32a()
		h.Write([]byte(id))
		return int(h.Sum32() % uint32(k))
	}
	var total eval.Report
	confusions := map[string]int{}
	for f := 0; f < k; f++ {
		model, err := extract.TrainNames(os.DirFS(devsets), func(id string) bool { return fold(id) != f })
		if err != nil {
			return err
		}
		var held []extract.Article
		var golds []eval.Gold
		for _, a := range arts {
			id := strings.TrimSuffix(a.File, ".txt")
			if fold(id) != f {
				continue
			}
			file := path.Join(dir, "gold", id+".gold.json")
			data, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			g, err := eval.ParseGold(file, data)
			if err != nil {
				return err
			}
			held, golds = append(held, a), append(golds, g)
		}
		ds, err := extract.BuildWithNames(held, model)
		if err != nil {
			return err
		}
		rep := eval.Score(eval.FromDataset(ds), golds, nil)
		fmt.Printf("fold %d: %3d articles  P=%.3f R=%.3f F1=%.3f type=%.3f\n", f, len(held), rep.Entities.Precision(), rep.Entities.Recall(), rep.Entities.F1(), rep.Type.Value())
		total.Entities.TP += rep.Entities.TP
		total.Entities.FP += rep.Entities.FP
		total.Entities.FN += rep.Entities.FN
		total.Type.Correct += rep.Type.Correct
		total.Type.Total += rep.Type.Total
		for _, m := range rep.Misses {
			// "ID: entity type "X" is org, want place"
			if i := strings.Index(m, " is "); i > 0 && strings.Contains(m, ": entity type ") {
				if got, want, ok := strings.Cut(m[i+4:], ", want "); ok {
					confusions[want+" → "+got]++
				}
			}
		}
	}
	fmt.Printf("pooled (%d folds): P=%.3f R=%.3f F1=%.3f type=%.4f (%d/%d)\n", k, total.Entities.Precision(), total.Entities.Recall(), total.Entities.F1(), total.Type.Value(), total.Type.Correct, total.Type.Total)
	keys := make([]string, 0, len(confusions))
	for c := range confusions {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(a, b int) bool {
		return confusions[keys[a]] > confusions[keys[b]] || confusions[keys[a]] == confusions[keys[b]] && keys[a] < keys[b]
	})
	for _, c := range keys {
		fmt.Printf("  type %-16s %d\n", c, confusions[c])
	}
	return nil
}
