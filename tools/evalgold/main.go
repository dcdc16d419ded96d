// Command evalgold scores the extractor (or another system's predictions)
// against hand-made gold files.
//
//	go run ./tools/evalgold -in seeds -gold internal/extract/testdata/gold [-json] [-v] [-min-f1 0.9 ...]
//	go run ./tools/evalgold -pred other.json -gold GOLD_DIR
//	go run ./tools/evalgold -in DIR -gold DIR -summary NAME   (one line per scored layer)
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/storylens/storylens/internal/cli"
	"github.com/storylens/storylens/internal/compile"
	"os"
	"path/filepath"
	"sort"

	"github.com/storylens/storylens/internal/eval"
	"github.com/storylens/storylens/internal/extract"
)

func main() {
	in := flag.String("in", "", "directory of NAME.txt articles (and NAME.meta.json)")
	goldDir := flag.String("gold", "", "directory of NAME.gold.json files (and story.gold.json)")
	predFile := flag.String("pred", "", "score predictions from this JSON file instead of running the extractor")
	asJSON := flag.Bool("json", false, "print the report as JSON")
	verbose := flag.Bool("v", false, "list every miss")
	writePred := flag.String("write-pred", "", "also write the scored predictions to this JSON file (the -pred format)")
	summary := flag.String("summary", "", "print only one line per scored layer, each starting with this name")
	var t eval.Thresholds
	flag.Float64Var(&t.F1, "min-f1", 0, "minimum F1 for entities, quotes, dates and boilerplate")
	flag.Float64Var(&t.Type, "min-type", 0, "minimum entity type accuracy")
	flag.Float64Var(&t.Speaker, "min-speaker", 0, "minimum speaker accuracy")
	flag.Float64Var(&t.DateValue, "min-date-value", 0, "minimum date value accuracy")
	flag.Float64Var(&t.EventsRecall, "min-events-recall", 0, "minimum story events recall")
	flag.Float64Var(&t.RelationsRecall, "min-relations-recall", 0, "minimum story relations recall")
	cli.Main("evalgold", "evalgold -gold DIR (-in DIR | -pred FILE) [-json] [-v] [-summary NAME] [thresholds]", func() error {
		if *goldDir == "" || (*in == "") == (*predFile == "") {
			return cli.UsageError("want -gold, and one of -in and -pred")
		}
		rep, err := run(*in, *goldDir, *predFile, *writePred)
		if err != nil {
			return err
		}
		if !*verbose {
			rep.Misses = nil
		}
		if *summary != "" {
			rep.Summary(os.Stdout, *summary)
		} else if *asJSON {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			enc.Encode(rep)
		} else {
			rep.Write(os.Stdout)
			for _, m := range rep.Misses {
				fmt.Println("  " + m)
			}
		}
		if fails := rep.Check(t); len(fails) > 0 {
			for _, f := range fails {
				fmt.Fprintln(os.Stderr, "FAIL:", f)
			}
			return fmt.Errorf("%d of the thresholds not met", len(fails))
		}
		return nil
	})
}

func run(in, goldDir, predFile, writePred string) (eval.Report, error) {
	golds, story, err := loadGold(goldDir)
	if err != nil {
		return eval.Report{}, err
	}
	var pred eval.Prediction
	if predFile != "" {
		data, err := os.ReadFile(predFile)
		if err != nil {
			return eval.Report{}, err
		}
		if pred, err = eval.ParsePrediction(predFile, data); err != nil {
			return eval.Report{}, err
		}
	} else {
		arts, err := loadArticles(in)
		if err != nil {
			return eval.Report{}, err
		}
		ds, err := extract.Build(arts)
		if err != nil {
			return eval.Report{}, err
		}
		pred = eval.FromDataset(ds)
	}
	if writePred != "" {
		data, err := json.MarshalIndent(pred, "", "  ")
		if err != nil {
			return eval.Report{}, err
		}
		if err := os.WriteFile(writePred, append(data, '\n'), 0o644); err != nil {
			return eval.Report{}, err
		}
	}
	return eval.Score(pred, golds, story), nil
}

func loadGold(dir string) ([]eval.Gold, *eval.StoryGold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	var golds []eval.Gold
	var story *eval.StoryGold
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		if filepath.Base(f) == "story.gold.json" {
			s, err := eval.ParseStory(f, data)
			if err != nil {
				return nil, nil, err
			}
			story = &s
			continue
		}
		g, err := eval.ParseGold(f, data)
		if err != nil {
			return nil, nil, err
		}
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, nil, fmt.Errorf("no *.gold.json files in %s", dir)
	}
	return golds, story, nil
}

func loadArticles(dir string) ([]extract.Article, error) {
	arts, err := compile.ReadArticles(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return arts, nil
}
