package extract

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// SpeakerHeldOutFold is the tenth of polnear/train held out by default:
// articles whose index in file-name order leaves this remainder modulo 10.
const SpeakerHeldOutFold = 9

// SpeakerHeldOut trains the ranker on nine tenths of polnear/train and
// scores the whole speaker choice (rules, ranker, abstention) on the other
// tenth, the articles whose index leaves remainder fold modulo 10, so that
// thresholds and features can be tuned without dev. It
// writes a summary to w and, when rows is not nil, one tab-separated row a
// matched quotation (gold, choice, rule, confidence, candidates, context).
// Each candidate reads name:probability:position,pattern, marked "!" when
// it clashes with the cueing pronoun's gender, "~ante…~" when reached
// through a pronoun (with its antecedent's support) and "^" when it spoke
// the previous quotation.
func SpeakerHeldOut(devsets string, fold int, w, rows io.Writer) error {
	dir := filepath.Join(devsets, "polnear", "train")
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no articles in %s", filepath.Join(dir, "articles"))
	}
	sort.Strings(files)
	var fit, held []string
	for i, f := range files {
		if i%10 == fold {
			held = append(held, f)
		} else {
			fit = append(fit, f)
		}
	}
	qs, err := speakerQuotes(fit, filepath.Join(dir, "gold"))
	if err != nil {
		return err
	}
	m, _ := trainSpeakerModel(qs)
	var all, direct heldOutScore
	if rows != nil && fold == SpeakerHeldOutFold {
		fmt.Fprintln(rows, "file\tvia\toutcome\tgold\tchosen\trule\tconf\tcandidates\tcontext\tquote")
	}
	err = speakerDocs(held, filepath.Join(dir, "gold"), func(d *doc, g speakerGold) {
		rules := d.ruleSpeakers()
		// The candidates are listed after the ranker decided, so that the
		// previous speaker is the one decided, as decideSpeaker saw it.
		d.rankSpeakersWith(m)
		d.eachGoldQuote(g, func(qi int, gq goldQuote) {
			q := &d.quotes[qi]
			via := "direct"
			if gq.SpeakerVia == "pronoun" {
				via = "pronoun"
			}
			outcome := ""
			gold := ""
			switch {
			case gq.Speaker == nil:
				via, outcome = "null", "-"
			case q.speaker == nil:
				outcome = "none"
			case speakerMatches(*gq.Speaker, q.speaker):
				outcome = "right"
			default:
				outcome = "wrong"
			}
			if gq.Speaker != nil {
				gold = *gq.Speaker
				all.add(outcome)
				if via == "direct" {
					direct.add(outcome)
				}
			}
			if rows == nil {
				return
			}
			chosen := ""
			if q.speaker != nil {
				chosen = q.speaker.name
			}
			var cs []string
			for _, c := range d.speakerCands(qi, rules) {
				mark := ""
				if c.clash {
					mark = "!"
				}
				if c.byPronoun {
					mark += "~" + strings.Join(d.antecedentFeats(c.m, c.ent)[:2], ",") + "~"
				}
				if qi > 0 && d.quotes[qi-1].speaker == c.ent {
					mark += "^"
				}
				cs = append(cs, fmt.Sprintf("%s%s:%.2f:%s,%s", mark, c.ent.name, m.Probability(c.feats), c.pos, c.pat))
			}
			si := d.sentenceAt(q.os)
			from := d.sents[max(0, si-1)].s
			ctx := d.text[from:q.os] + "[Q]" + d.text[q.oe:min(len(d.text), q.oe+120)]
			fmt.Fprintf(rows, "%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%s\t%s\t%s\n", d.file, via, outcome, gold, chosen, q.rule, q.conf,
				strings.Join(cs, " | "), oneLine(ctx), oneLine(d.text[q.s:min(q.e, q.s+80)]))
		})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "speaker held-out fold %d: trained on %d articles, scored on %d (polnear/train, every tenth)\n", fold, len(fit), len(held))
	fmt.Fprintf(w, "  all named:    %s\n", all)
	fmt.Fprintf(w, "  not pronoun:  %s\n", direct)
	return nil
}

// heldOutScore counts the outcomes on quotations whose gold names a speaker.
type heldOutScore struct{ right, wrong, none int }

func (s *heldOutScore) add(outcome string) {
	switch outcome {
	case "right":
		s.right++
	case "wrong":
		s.wrong++
	case "none":
		s.none++
	}
}

func (s heldOutScore) String() string {
	n := s.right + s.wrong + s.none
	if n == 0 {
		return "no quotations"
	}
	return fmt.Sprintf("accuracy %.3f (%d/%d), wrong %.3f (%d), none %d", float64(s.right)/float64(n), s.right, n, float64(s.wrong)/float64(n), s.wrong, s.none)
}

// goldQuoteIndex returns the index of the gold quotation whose text is the
// given one (or overlaps it by four fifths of its words), or -1.
func goldQuoteIndex(g speakerGold, text string) int {
	t := spNormQuote(text)
	for k, gq := range g.Quotes {
		if gt := spNormQuote(gq.Text); gt == t || spJaccard(gt, t) >= 0.8 {
			return k
		}
	}
	return -1
}

// oneLine folds tabs and line breaks to spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
