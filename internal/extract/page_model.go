package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"sync"

	"github.com/storylens/storylens/internal/learn"
)

// The learned line classifier: two logistic models over the features of
// page_features.go. Pass 1 judges each line from itself, its neighbours
// and the rules' verdicts; pass 2 adds pass 1's judgements of the lines
// around it, so a run of short lines next to clutter goes with the
// clutter. Trained on pages/train by `go run ./tools/train -only page`
// (train_page.go).

//go:embed models/page.model
var pageModelData []byte

// pageDropAt is the probability of clutter above which a line is dropped.
const pageDropAt = 0.5

// pageDropProseAt is the threshold for a long line of prose: such lines
// are article text 97% of the time in pages/train, so the model must be
// sure before it drops one.
const pageDropProseAt = 0.85

// dropThreshold returns the probability of clutter above which a line
// of this shape is dropped.
func dropThreshold(s lineShape) float64 {
	if (s.words >= 15 && s.stopRatio >= 0.25 || s.sentence) && !s.clutter && s.reader == 0 && !s.bio && !s.appeal {
		return pageDropProseAt
	}
	return pageDropAt
}

// pageModels holds the two passes of a decoded page model.
type pageModels struct{ pass1, pass2 *learn.Model }

var (
	pageModelOnce sync.Once
	pageModel     *pageModels
	pageModelErr  error
)

// loadPageModel decodes the embedded model once.
func loadPageModel() (*pageModels, error) {
	pageModelOnce.Do(func() { pageModel, pageModelErr = decodePageModel("models/page.model", pageModelData) })
	return pageModel, pageModelErr
}

// pageModelSep starts each pass's model in a page model file.
var pageModelSep = []byte("storylens-model 1\n")

// decodePageModel reads a page model file: the two passes' models one
// after the other.
func decodePageModel(name string, data []byte) (*pageModels, error) {
	if !bytes.HasPrefix(data, pageModelSep) {
		return nil, fmt.Errorf("%s: not a page model file", name)
	}
	i := bytes.Index(data[len(pageModelSep):], append([]byte("\n"), pageModelSep...))
	if i < 0 {
		return nil, fmt.Errorf("%s: want two models (pass 1 and pass 2)", name)
	}
	cut := len(pageModelSep) + i + 1
	p1, err := learn.Decode(name+" (pass 1)", data[:cut])
	if err != nil {
		return nil, err
	}
	p2, err := learn.Decode(name+" (pass 2)", data[cut:])
	if err != nil {
		return nil, err
	}
	return &pageModels{p1, p2}, nil
}

// encodePageModel writes the two passes as one file.
func encodePageModel(m *pageModels, meta string) ([]byte, error) {
	a, err := m.pass1.Encode(meta + "; pass 1")
	if err != nil {
		return nil, err
	}
	b, err := m.pass2.Encode(meta + "; pass 2")
	if err != nil {
		return nil, err
	}
	return append(a, b...), nil
}

// hardLine reports lines the classifier does not judge: the title and
// the lines above it, standfirsts, and lines a clearly right rule drops.
// keep is the verdict for those lines.
func hardLine(v *pageView, i int) (hard, keep bool) {
	l := v.lines[i]
	switch {
	case v.title < 0 || i < v.title:
		return true, false
	case i == v.title:
		return true, true
	case l.kind == "standfirst":
		return true, true
	case reDatelineLine.MatchString(l.text):
		// "LONDON 1996-08-30": a dateline on its own line is article
		// text (the gold rules count the place in it), not a timestamp.
		return true, true
	case v.table[i] && reBareNumber.MatchString(l.text):
		// A figure in a table of the article: the model judges it.
		return false, false
	case l.fixed && hardKinds[l.kind]:
		return true, false
	case v.shapes[i].credit || v.shapes[i].relHead || v.shapes[i].relInline || v.shapes[i].bio:
		// Photo credits, heads of related links, labelled related links
		// and authors' notes: 120 of 121 such lines in pages/train are
		// clutter.
		return true, false
	case v.shapes[i].capCredit:
		// A caption with its photo credit glued on: 4 of 4 in
		// pages/train (3 outlets) are clutter.
		return true, false
	}
	return false, false
}

// afterModelDrop reports lines of clutter classes that are dropped
// whatever the model says. The model is trained without knowing them, so
// adding such a class does not shift what it learned of the others.
func afterModelDrop(v *pageView, i int) bool {
	return v.related[i] || v.shapes[i].after
}

// tableCell reports a cell of a table between paragraphs of the
// article, which is kept whatever the model says: 196 of the 201 such
// lines in pages/train are article text. The model still judges them, so
// that pass 2 sees its judgement of them, and learns from them.
func tableCell(v *pageView, i int) bool {
	return v.table[i] && v.zone(i) == "body"
}

// reDatelineLine is a dateline alone on its line: a place in capitals
// (with an agency in brackets), then the date.
var reDatelineLine = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'-]+( \p{Lu}[\p{Lu}.'-]+){0,3}( \(\p{Lu}{2,}\))?[,\s–—-]+((19|20)\d\d-\d\d-\d\d|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(, (19|20)\d\d)?|\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (19|20)\d\d)\s*$`)

// hardKinds are the rule kinds whose verdict stands.
var hardKinds = map[string]bool{"byline": true, "credit": true, "clutter": true, "timestamp": true, "caption": true}

// classifyLines returns the keep verdict of each line. Without a usable
// model it is the rules' verdict.
func classifyLines(lines []pageLine, title int, resolved []lineClass) []bool {
	v := newPageView(lines, title, resolved)
	m, err := loadPageModel()
	if err != nil {
		return v.rule
	}
	return m.keep(v)
}

// pageKeepShare is the least share of the text the rules keep under the
// title that the model must keep too: a page the model would all but
// empty is one unlike those it learned from (a short note, a bare
// wire story), and the rules judge it.
const pageKeepShare = 0.5

// keep returns the model's keep verdict of each line of the page.
func (m *pageModels) keep(v *pageView) []bool {
	lines := v.lines
	p := m.predict(v)
	keep := make([]bool, len(lines))
	ruleText, keptText := 0, 0
	for i := range lines {
		if hard, k := hardLine(v, i); hard {
			keep[i] = k
		} else {
			keep[i] = p[i] < dropThreshold(v.shapes[i]) || tableCell(v, i) || attributedQuote(lines[i].text) && p[i] < pageDropProseAt
			if afterModelDrop(v, i) {
				keep[i] = false
			}
		}
		if i > v.title && v.rule[i] {
			ruleText += v.shapes[i].runes
			if keep[i] {
				keptText += v.shapes[i].runes
			}
		}
	}
	if float64(keptText) < pageKeepShare*float64(ruleText) {
		for i := range lines {
			if hard, k := hardLine(v, i); hard {
				keep[i] = k
			} else {
				keep[i] = v.rule[i]
			}
		}
	}
	return keep
}

// predict returns each line's probability of being clutter after both
// passes (hard lines get 0 or 1).
func (m *pageModels) predict(v *pageView) []float64 {
	p1 := pass1Probs(m.pass1, v)
	out := make([]float64, len(v.lines))
	for i := range v.lines {
		if hard, keep := hardLine(v, i); hard {
			out[i] = boolProb(!keep)
			continue
		}
		out[i] = m.pass2.Probability(v.lineFeatures(i, secondPassFeatures(v, p1, i)))
	}
	return out
}

// pass1Probs returns pass 1's probability of clutter for every line.
func pass1Probs(m *learn.Model, v *pageView) []float64 {
	p := make([]float64, len(v.lines))
	for i := range v.lines {
		if hard, keep := hardLine(v, i); hard {
			p[i] = boolProb(!keep)
			continue
		}
		p[i] = m.Probability(v.lineFeatures(i, nil))
	}
	return p
}

func boolProb(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// secondPassFeatures describe pass 1's judgements around line i: its own,
// its neighbours' within two lines, and the share of clutter in the five
// lines on each side.
func secondPassFeatures(v *pageView, p1 []float64, i int) []string {
	f := []string{"p1=" + bucket(p1[i], 0.1, 0.3, 0.5, 0.7, 0.9)}
	for _, off := range []int{-2, -1, 1, 2} {
		j := i + off
		name := "p1@" + strconv.Itoa(off) + "="
		if j < 0 {
			f = append(f, name+"none")
			continue
		}
		if j >= len(p1) {
			continue
		}
		f = append(f, name+bucket(p1[j], 0.2, 0.5, 0.8))
	}
	for _, side := range []int{-1, 1} {
		n, bad := 0, 0.0
		for k := 1; k <= 5; k++ {
			j := i + side*k
			if j < 0 || j >= len(p1) {
				break
			}
			n++
			bad += p1[j]
		}
		if n > 0 {
			f = append(f, "p1side"+strconv.Itoa(side)+"="+bucket(bad/float64(n), 0.2, 0.4, 0.6, 0.8))
		}
	}
	f = append(f, "p1+prev="+bucket(p1[i], 0.5)+"/"+neighbourBucket(p1, i-1)+"/"+neighbourBucket(p1, i+1))
	own := bucket(p1[i], 0.2, 0.4, 0.6, 0.8)
	f = append(f, "p1+wc="+own+"/"+bucket(float64(v.shapes[i].words), 3, 8, 20), "p1+zone="+own+"/"+v.zone(i))
	// The other lines of the run of non-prose lines around this one:
	// a block of related links or a list is judged as a block.
	if !v.isProse(i) {
		sum, n := 0.0, 0
		for j := i - 1; j > v.title && !v.isProse(j); j-- {
			sum, n = sum+p1[j], n+1
		}
		for j := i + 1; j < len(p1) && !v.isProse(j); j++ {
			sum, n = sum+p1[j], n+1
		}
		if n > 0 {
			f = append(f, "p1run="+bucket(sum/float64(n), 0.2, 0.4, 0.6, 0.8)+"/"+bucket(float64(n), 1, 3, 7))
		}
	}
	return f
}

func neighbourBucket(p []float64, j int) string {
	if j < 0 || j >= len(p) {
		return "x" // the start or the end of the page alike
	}
	return bucket(p[j], 0.5)
}
