package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/storylens/storylens/internal/learn"
)

// speakerBatch is how many articles are analysed together while training,
// as evalgold analyses a folder of articles as one story.
const speakerBatch = 40

// TrainSpeaker learns the speaker ranker's weights from the PolNeAR train
// split under devsets (polnear/train/{articles,gold}) and returns the
// encoded model. Each candidate of each quotation found in the gold is one
// sample, positive when it names the gold speaker. The same data gives the
// same bytes.
func TrainSpeaker(devsets string) ([]byte, error) {
	dir := filepath.Join(devsets, "polnear", "train")
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no articles in %s", filepath.Join(dir, "articles"))
	}
	sort.Strings(files)
	qs, err := speakerQuotes(files, filepath.Join(dir, "gold"))
	if err != nil {
		return nil, err
	}
	m, n := trainSpeakerModel(qs)
	meta := fmt.Sprintf("speaker ranker (logistic), polnear/train: %d articles, %d quotes, %d candidates", len(files), len(qs), n)
	return m.Encode(meta)
}

// trainSpeakerModel fits the ranker to labelled quotations and returns it
// with the number of candidates it saw.
func trainSpeakerModel(qs []spQuote) (*learn.Model, int) {
	var samples []learn.Sample
	for _, q := range qs {
		for k, c := range q.cands {
			samples = append(samples, learn.Sample{Features: c, Positive: q.labels[k], Weight: q.weight})
		}
	}
	return learn.Logistic{Epochs: 12, Rate: 0.1, L2: 1e-5, Seed: 11}.Train(samples, 0.002), len(samples)
}

// spQuote is one gold quotation's candidates and their labels.
type spQuote struct {
	file   string
	text   string
	cands  [][]string
	names  []string
	labels []bool
	weight float64
	named  bool // the gold names a speaker
	direct bool // not resolved from a pronoun
}

// speakerGold is the part of a gold file training reads.
type speakerGold struct {
	Quotes []goldQuote `json:"quotes"`
}

// goldQuote is one quotation of a polnear gold file.
type goldQuote struct {
	Text        string  `json:"text"`
	Speaker     *string `json:"speaker"`
	SpeakerText string  `json:"speaker_text"`
	SpeakerVia  string  `json:"speaker_via"`
}

// speakerQuotes runs the extractor up to the rules on every article and
// labels the ranker's candidates against the gold speakers.
func speakerQuotes(files []string, goldDir string) ([]spQuote, error) {
	var out []spQuote
	err := speakerDocs(files, goldDir, func(d *doc, g speakerGold) {
		out = append(out, d.labelledCands(g)...)
	})
	return out, err
}

// speakerDocs runs the extractor up to the rules on every article, in
// batches as evalgold analyses a folder, and hands each document to fn
// with its gold.
func speakerDocs(files []string, goldDir string, fn func(d *doc, g speakerGold)) error {
	for b := 0; b < len(files); b += speakerBatch {
		batch := files[b:min(len(files), b+speakerBatch)]
		var docs []*doc
		golds := map[*doc]speakerGold{}
		for _, f := range batch {
			text, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			a := Article{File: filepath.Base(f), Text: text}
			if data, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.json"); err == nil {
				if a.Meta, err = ParseMeta(filepath.Base(f), data); err != nil {
					return err
				}
			}
			gf := filepath.Join(goldDir, strings.TrimSuffix(a.File, ".txt")+".gold.json")
			data, err := os.ReadFile(gf)
			if err != nil {
				return err
			}
			var g speakerGold
			if err := json.Unmarshal(data, &g); err != nil {
				return fmt.Errorf("%s: %v", gf, err)
			}
			d := newDoc(a)
			docs = append(docs, d)
			golds[d] = g
		}
		capSeen := capitalisedWords(docs)
		for _, d := range docs {
			d.findEntities(capSeen)
		}
		mergeEntities(docs)
		for _, d := range docs {
			d.resolveRefs()
			d.attributeByRules()
			fn(d, golds[d])
		}
	}
	return nil
}

// labelledCands pairs the document's quotations with the gold ones and
// labels each candidate.
func (d *doc) labelledCands(g speakerGold) []spQuote {
	rules := d.ruleSpeakers()
	var out []spQuote
	d.eachGoldQuote(g, func(qi int, gq goldQuote) {
		if gq.Speaker == nil {
			// No named speaker: a pronoun the conversion could not
			// resolve, or a description ("a spokeswoman") that other gold
			// sets credit to the organisation. Neither teaches the ranker.
			return
		}
		weight := 1.0
		if gq.SpeakerVia == "pronoun" {
			weight = 0.5
		}
		sq := spQuote{file: d.file, text: gq.Text, weight: weight, named: gq.Speaker != nil, direct: gq.SpeakerVia != "pronoun"}
		for _, c := range d.speakerCands(qi, rules) {
			sq.cands = append(sq.cands, c.feats)
			sq.names = append(sq.names, c.ent.name)
			sq.labels = append(sq.labels, gq.Speaker != nil && speakerMatches(*gq.Speaker, c.ent))
		}
		out = append(out, sq)
	})
	return out
}

// ruleSpeakers is each quotation's speaker as the rules chose it, before
// the ranker decides.
func (d *doc) ruleSpeakers() []*docEntity {
	rules := make([]*docEntity, len(d.quotes))
	for qi := range d.quotes {
		rules[qi] = d.quotes[qi].speaker
	}
	return rules
}

// eachGoldQuote calls fn, in order, with each quotation outside a headline
// that a gold quotation matches, and that gold quotation.
func (d *doc) eachGoldQuote(g speakerGold, fn func(qi int, gq goldQuote)) {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.headline {
			continue
		}
		if gi := goldQuoteIndex(g, d.text[q.s:q.e]); gi >= 0 {
			fn(qi, g.Quotes[gi])
		}
	}
}

// speakerMatches reports whether a gold name names the entity: the same
// name or alias once honorifics are dropped, or the same last name when
// one side is the last name alone or the first names agree.
func speakerMatches(gold string, e *docEntity) bool {
	// The full names only: a short alias ("Mr. Doe") would also match
	// another Doe of the story.
	names := []string{e.name}
	if e.global != nil {
		names = append(names, e.global.name)
	}
	g := spNameWords(gold)
	if len(g) == 0 {
		return false
	}
	for _, n := range names {
		w := spNameWords(n)
		if len(w) == 0 {
			continue
		}
		if strings.Join(w, " ") == strings.Join(g, " ") {
			return true
		}
		if w[len(w)-1] == g[len(g)-1] && (len(w) == 1 || len(g) == 1 || w[0] == g[0]) {
			return true
		}
	}
	return false
}

// spNameWords lower-cases a name, drops honorifics, initials and punctuation.
func spNameWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" || len(w) == 1 || honorifics[strings.ToUpper(w[:1])+w[1:]] {
			continue
		}
		if w == "jr" || w == "sr" || w == "ii" || w == "iii" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// spNormQuote folds a quotation's text for matching.
func spNormQuote(s string) string {
	s = strings.ToLower(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// spJaccard is the Jaccard overlap of two texts' word sets.
func spJaccard(a, b string) float64 {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(a) {
		sa[w] = true
	}
	for _, w := range strings.Fields(b) {
		sb[w] = true
	}
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	in := 0
	for w := range sa {
		if sb[w] {
			in++
		}
	}
	return float64(in) / float64(len(sa)+len(sb)-in)
}
