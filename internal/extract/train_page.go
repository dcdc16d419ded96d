package extract

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/storylens/storylens/internal/learn"
)

// Training of the learned line classifier (page_model.go) on the page
// cleaning development set: pages/train/articles/NNN.txt with
// pages/train/gold/NNN.gold.json, whose "boilerplate" lists the page's
// clutter lines in order (see the set's README).

// pageTrainFolds is the number of folds of the cross-fitting that gives
// pass 2 pass 1's judgements of pages it was not trained on.
const pageTrainFolds = 4

// pageMinPages is how many outlets' training pages must show a feature
// for it to be learned: vocabulary seen on fewer is one outlet's furniture.
const pageMinPages = 3

var pageLogistic = learn.Logistic{Epochs: 12, Rate: 0.03, L2: 1e-4, Seed: 20261202}

// pageSample is one trainable line.
type pageSample struct {
	view  *pageView
	line  int
	page  int
	drop  bool
	feats []string // pass 1 features
}

// TrainPage trains the line classifier on pages/train under devsets and
// returns the encoded model.
func TrainPage(devsets fs.FS) ([]byte, error) {
	views, golds, err := loadPageSet(devsets, "pages/train")
	if err != nil {
		return nil, err
	}
	m, meta := trainPageModels(views, golds)
	return encodePageModel(m, meta)
}

// loadPageSet reads the pages of a split and labels their lines: true
// for clutter.
func loadPageSet(devsets fs.FS, split string) ([]*pageView, [][]bool, error) {
	dir := path.Join(split, "gold")
	files, err := fs.Glob(devsets, path.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no gold files in %s", dir)
	}
	sort.Strings(files)
	var views []*pageView
	var labels [][]bool
	for _, f := range files {
		data, err := fs.ReadFile(devsets, f)
		if err != nil {
			return nil, nil, err
		}
		var g struct {
			Boilerplate []string `json:"boilerplate"`
		}
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, nil, fmt.Errorf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(path.Base(f), ".gold.json") + ".txt"
		text, err := fs.ReadFile(devsets, path.Join(split, "articles", name))
		if err != nil {
			return nil, nil, err
		}
		lines, title, resolved := ruleLines(strings.TrimPrefix(string(text), "\ufeff"))
		v := newPageView(lines, title, resolved)
		if _, site, ok := strings.Cut(strings.TrimSuffix(name, ".txt"), "_"); ok {
			v.site = site // NNN_host-slug: the outlet
		}
		views = append(views, v)
		labels = append(labels, alignClutter(lines, g.Boilerplate))
	}
	return views, labels, nil
}

// alignClutter labels the lines listed as clutter: the longest in-order
// pairing of lines with gold lines (equal, or one holding the other with
// the shorter at least 60% of the longer, as the scorer pairs them).
func alignClutter(lines []pageLine, gold []string) []bool {
	a := make([]string, len(lines))
	for i, l := range lines {
		t := l.text
		if l.label {
			t = strings.TrimPrefix(t, "By ")
		}
		a[i] = normLine(t)
	}
	b := make([]string, len(gold))
	for j, g := range gold {
		b[j] = normLine(g)
	}
	n, m := len(a), len(b)
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best[i][j] = max(best[i+1][j], best[i][j+1])
			if sameNormLine(a[i], b[j]) {
				best[i][j] = max(best[i][j], best[i+1][j+1]+1)
			}
		}
	}
	out := make([]bool, n)
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case sameNormLine(a[i], b[j]) && best[i][j] == best[i+1][j+1]+1:
			out[i] = true
			i++
			j++
		case best[i+1][j] >= best[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// normLine folds case, quotes and dashes, collapses white space and trims
// punctuation, as the scorer compares lines.
func normLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '`', '´':
			return '\''
		case '“', '”', '„', '«', '»':
			return '"'
		case '–', '—':
			return '-'
		case '\u00a0':
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) })
}

func sameNormLine(a, b string) bool {
	if a == b {
		return a != ""
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return short != "" && strings.Contains(long, short) && 10*len(short) >= 6*len(long)
}

// trainPageModels trains both passes. Pass 2 learns from pass 1's
// judgements of pages held out of pass 1's training (cross-fitting by
// outlet), so it sees judgements as good as those on new pages.
func trainPageModels(views []*pageView, labels [][]bool) (*pageModels, string) {
	var samples []pageSample
	lines := 0
	for p, v := range views {
		lines += len(v.lines)
		body := len(v.lines) // the first article line after the title
		for i := v.title + 1; i < len(v.lines) && v.title >= 0; i++ {
			if !labels[p][i] {
				body = i
				break
			}
		}
		for i := range v.lines {
			if hard, _ := hardLine(v, i); hard {
				continue
			}
			// A dek between the title and the body is clutter to the
			// set's gold but article text to ours: not learned either way.
			if i < body && labels[p][i] && readsAsStandfirst(v.lines[i].text) {
				continue
			}
			samples = append(samples, pageSample{view: v, line: i, page: p, drop: labels[p][i], feats: v.lineFeatures(i, nil)})
		}
	}
	group := siteGroups(views)
	pages := make([]int, len(samples))
	first := make([][]string, len(samples))
	for k, s := range samples {
		pages[k], first[k] = group[s.page], s.feats
	}
	known := frequentFeatures(pages, first)
	pass1 := func(fold int) *learn.Model {
		var ls []learn.Sample
		for _, s := range samples {
			if fold >= 0 && group[s.page]%pageTrainFolds == fold {
				continue
			}
			ls = append(ls, learn.Sample{Features: filterFeatures(s.feats, known), Positive: s.drop})
		}
		return pageLogistic.Train(ls, 1e-3)
	}
	// Pass 1 judgements of every page by the model that did not see it.
	held := make([][]float64, len(views))
	for fold := 0; fold < pageTrainFolds; fold++ {
		m := pass1(fold)
		for p, v := range views {
			if group[p]%pageTrainFolds == fold {
				held[p] = pass1Probs(m, v)
			}
		}
	}
	second := make([][]string, len(samples))
	for k, s := range samples {
		second[k] = s.view.lineFeatures(s.line, secondPassFeatures(s.view, held[s.page], s.line))
	}
	known2 := frequentFeatures(pages, second)
	var ls []learn.Sample
	for k, s := range samples {
		ls = append(ls, learn.Sample{Features: filterFeatures(second[k], known2), Positive: s.drop})
	}
	m := &pageModels{pass1: pass1(-1), pass2: pageLogistic.Train(ls, 1e-3)}
	meta := fmt.Sprintf("line classifier: pages/train, %d pages, %d lines, %d judged; logistic epochs %d rate %g L2 %g seed %d; features on the pages of >= %d outlets",
		len(views), lines, len(samples), pageLogistic.Epochs, pageLogistic.Rate, pageLogistic.L2, pageLogistic.Seed, pageMinPages)
	return m, meta
}

// siteGroups numbers the pages' outlets in sorted order, so that the
// pages of one outlet count once for a feature and fall in one fold. A
// page without a known outlet is a group of its own.
func siteGroups(views []*pageView) []int {
	var sites []string
	seen := map[string]bool{}
	for _, v := range views {
		if v.site != "" && !seen[v.site] {
			seen[v.site] = true
			sites = append(sites, v.site)
		}
	}
	sort.Strings(sites)
	index := map[string]int{}
	for i, s := range sites {
		index[s] = i
	}
	group := make([]int, len(views))
	for p, v := range views {
		if g, ok := index[v.site]; ok {
			group[p] = g
		} else {
			group[p] = len(sites) + p
		}
	}
	return group
}

// frequentFeatures returns the features seen in at least pageMinPages
// groups (outlets); feats[k] are the features of a sample of group pages[k].
func frequentFeatures(pages []int, feats [][]string) map[string]bool {
	seen := map[string]map[int]bool{}
	for k, fs := range feats {
		for _, f := range fs {
			if seen[f] == nil {
				seen[f] = map[int]bool{}
			}
			seen[f][pages[k]] = true
		}
	}
	known := map[string]bool{}
	for f, ps := range seen {
		if len(ps) >= pageMinPages {
			known[f] = true
		}
	}
	return known
}

// filterFeatures keeps the known features.
func filterFeatures(feats []string, known map[string]bool) []string {
	out := make([]string, 0, len(feats))
	for _, f := range feats {
		if known[f] {
			out = append(out, f)
		}
	}
	return out
}

// CrossValidatePage scores the line classifier on pages/train by
// cross-validation grouped by outlet: each fold's pages are judged by
// models trained on the other folds. It returns the precision, recall and
// F1 of the dropped lines (each wrong line written to misses unless nil) against the gold's clutter lines (standfirsts
// the gold lists count as misses, as the scorer counts them).
func CrossValidatePage(devsets fs.FS, folds int, misses io.Writer) (p, r, f1 float64, err error) {
	views, labels, err := loadPageSet(devsets, "pages/train")
	if err != nil {
		return 0, 0, 0, err
	}
	group := siteGroups(views)
	tp, fp, fn := 0, 0, 0
	for fold := 0; fold < folds; fold++ {
		var tv []*pageView
		var tl [][]bool
		for k, v := range views {
			if group[k]%folds != fold {
				tv, tl = append(tv, v), append(tl, labels[k])
			}
		}
		m, _ := trainPageModels(tv, tl)
		for k, v := range views {
			if group[k]%folds != fold {
				continue
			}
			keep := m.keep(v)
			for i := range v.lines {
				if misses != nil && keep[i] == labels[k][i] {
					what := "missed"
					if !keep[i] {
						what = "false drop"
					}
					fmt.Fprintf(misses, "%s:%d %s [%s z=%s] %.70q\n", v.site, i, what, v.lines[i].kind, v.zone(i), v.lines[i].text)
				}
				switch {
				case !keep[i] && labels[k][i]:
					tp++
				case !keep[i]:
					fp++
				case labels[k][i]:
					fn++
				}
			}
		}
	}
	p = float64(tp) / float64(max(tp+fp, 1))
	r = float64(tp) / float64(max(tp+fn, 1))
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1, nil
}
