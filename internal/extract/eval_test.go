package extract_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/eval"
	"github.com/storylens/storylens/internal/extract"
)

// scoreDir builds the articles of a test data folder and scores them
// against its gold files.
func scoreDir(t *testing.T, dir string) eval.Report {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(files)
	var arts []extract.Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := extract.Article{File: filepath.Base(f), Text: text}
		if data, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.json"); err == nil {
			if a.Meta, err = extract.ParseMeta(f, data); err != nil {
				t.Fatal(err)
			}
		}
		arts = append(arts, a)
	}
	ds, err := extract.Build(arts)
	if err != nil {
		t.Fatalf("Build(%s): %v", dir, err)
	}
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	sort.Strings(golds)
	var gs []eval.Gold
	var story *eval.StoryGold
	for _, f := range golds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(f) == "story.gold.json" {
			s, err := eval.ParseStory(f, data)
			if err != nil {
				t.Fatal(err)
			}
			story = &s
			continue
		}
		g, err := eval.ParseGold(f, data)
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	rep := eval.Score(eval.FromDataset(ds), gs, story)
	var b strings.Builder
	rep.Write(&b)
	t.Logf("scores for %s:\n%s", dir, b.String())
	for _, m := range rep.Misses {
		t.Logf("  %s", m)
	}
	return rep
}

func TestEvalSeeds(t *testing.T) {
	rep := scoreDir(t, "testdata/gold")
	for _, f := range rep.Check(eval.Thresholds{F1: 0.95, Speaker: 0.95, DateValue: 0.95, EventsRecall: 0.8, RelationsRecall: 0.8}) {
		t.Errorf("seed articles: %s", f)
	}
}

// TestEvalExtra scores articles from other outlets and topics (see
// testdata/gold-extra) with thresholds the extractor meets today.
func TestEvalExtra(t *testing.T) {
	rep := scoreDir(t, "testdata/gold-extra")
	for _, f := range rep.Check(eval.Thresholds{F1: 0.9, Speaker: 0.9, DateValue: 0.9}) {
		t.Errorf("extra articles: %s", f)
	}
}

// TestEvalHeldOut scores articles annotated before the extractor was run
// on them (see the "source" field of each gold file).
func TestEvalHeldOut(t *testing.T) {
	rep := scoreDir(t, "testdata/gold-heldout")
	for _, f := range rep.Check(eval.Thresholds{F1: 0.85, Speaker: 0.9, DateValue: 0.9}) {
		t.Errorf("held-out articles: %s", f)
	}
}
