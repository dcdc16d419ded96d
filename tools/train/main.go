// Command train trains the extractor's learned models from the public
// annotated news in ../shared/devsets (train splits only) and writes their
// weights into the packages that embed them. Training is deterministic:
// the same data gives the same bytes, so `make train` reproduces the
// committed weights.
//
//	go run ./tools/train -devsets ../shared/devsets [-only NAME] [-check]
//	go run ./tools/train -devsets ../shared/devsets -cv K
//	go run ./tools/train -devsets ../shared/devsets -speaker-heldout [-all-folds] [-rows FILE]
//	go run ./tools/train -devsets ../shared/devsets -cv-page [-misses FILE]
//
// -check trains in memory and fails when a committed file differs. -cv K
// scores the name tagger by K-fold cross-validation on its training split
// (articles grouped by ID) and writes nothing: for tuning without dev.
// -speaker-heldout trains the speaker ranker on nine tenths of
// polnear/train and scores the speaker choice on the other tenth (for
// tuning without dev); -all-folds holds out each tenth in turn; -rows
// writes one line a quotation there.
// -cv-page scores the page classifier on pages/train by 4-fold
// cross-validation grouped by outlet and writes nothing; -misses writes
// each wrong line to FILE.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/cli"
	"github.com/storylens/storylens/internal/extract"
)

// A model is one learned component: Train reads its data under the dev
// sets folder and returns the encoded weights to write at Out (relative to
// the repository root).
type model struct {
	Name  string
	Out   string
	Train func(devsets string) ([]byte, error)
}

// models is filled by the files of this package, one per model.
var models = map[string]model{}

func register(m model) { models[m.Name] = m }

func main() {
	devsets := flag.String("devsets", "../shared/devsets", "folder of the development sets")
	only := flag.String("only", "", "train only these models (comma-separated)")
	check := flag.Bool("check", false, "train in memory and fail when a committed model differs")
	cv := flag.Int("cv", 0, "score the name tagger by K-fold cross-validation on its training split; writes nothing")
	heldOut := flag.Bool("speaker-heldout", false, "train the speaker ranker on nine tenths of polnear/train and score the other tenth; writes no model")
	rows := flag.String("rows", "", "with -speaker-heldout, write one tab-separated line a held-out quotation to this file")
	allFolds := flag.Bool("all-folds", false, "with -speaker-heldout, hold out each tenth in turn (ten trainings)")
	cvPage := flag.Bool("cv-page", false, "score the page classifier by grouped 4-fold cross-validation on pages/train; writes nothing")
	misses := flag.String("misses", "", "with -cv-page, write each wrong line to this file")
	cli.Main("train", "train [-devsets DIR] [-only NAME,...] [-check], train [-devsets DIR] -cv K, train [-devsets DIR] -speaker-heldout [-all-folds] [-rows FILE], or train [-devsets DIR] -cv-page [-misses FILE]", func() error {
		if *cv != 0 {
			if *cv < 2 {
				return cli.UsageError("usage: -cv needs 2 folds or more")
			}
			return crossValidateNames(*devsets, *cv)
		}
		if *cvPage {
			return crossValidatePage(*devsets, *misses)
		}
		if *heldOut {
			return speakerHeldOut(*devsets, *rows, *allFolds)
		}
		return run(*devsets, *only, *check)
	})
}

// crossValidatePage prints the grouped cross-validation score of the page
// classifier.
func crossValidatePage(devsets, missesPath string) error {
	if fi, err := os.Stat(devsets); err != nil || !fi.IsDir() {
		return fmt.Errorf("no development sets at %s (set -devsets DIR)", devsets)
	}
	var misses bytes.Buffer
	p, r, f1, err := extract.CrossValidatePage(os.DirFS(devsets), 4, &misses)
	if err != nil {
		return err
	}
	if missesPath != "" {
		if err := writeFile(missesPath, misses.Bytes()); err != nil {
			return err
		}
	}
	fmt.Printf("page       pages/train 4-fold CV by outlet: P=%.3f R=%.3f F1=%.3f\n", p, r, f1)
	return nil
}

func run(devsets, only string, check bool) error {
	if fi, err := os.Stat(devsets); err != nil || !fi.IsDir() {
		return fmt.Errorf("no development sets at %s (set -devsets DIR)", devsets)
	}
	names := make([]string, 0, len(models))
	for n := range models {
		if only == "" || contains(strings.Split(only, ","), n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("no model named %q", only)
	}
	sort.Strings(names)
	for _, n := range names {
		m := models[n]
		data, err := m.Train(devsets)
		if err != nil {
			return fmt.Errorf("%s: %v", n, err)
		}
		if check {
			old, err := os.ReadFile(m.Out)
			if err != nil || !bytes.Equal(old, data) {
				return fmt.Errorf("%s: %s differs from what training gives; run make train", n, m.Out)
			}
			fmt.Printf("%-10s %s reproduced byte for byte (%d bytes)\n", n, m.Out, len(data))
			continue
		}
		if err := writeFile(m.Out, data); err != nil {
			return fmt.Errorf("%s: %v", n, err)
		}
		fmt.Printf("%-10s wrote %s (%d bytes)\n", n, m.Out, len(data))
	}
	return nil
}

// writeFile writes through a temporary file and a rename, so a failed run
// leaves the old weights whole.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".train-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
