package extract

import (
	"github.com/storylens/storylens/internal/extract/lexicon"
	"strings"
	"sync"
)

// A reader sees a relation's label from a closed vocabulary
// (data/relation_vocabulary.txt), never a trigger word lifted from the
// sentence ("billionaire", "relationship").

var relationVocabularyData = lexicon.RelationVocabulary

// mentionedTogether is the label of a pair no vocabulary word links.
const mentionedTogether = "mentioned together"

type relationWord struct {
	label     string
	person    bool // reads from the person of the pair
	symmetric bool
}

var (
	relationVocab     map[string]relationWord
	relationVocabOnce sync.Once
)

// vocabularyLabel returns the reader's label for an extractor trigger.
func vocabularyLabel(trigger string) relationWord {
	relationVocabOnce.Do(func() { relationVocab = parseRelationVocabulary(relationVocabularyData) })
	if w, ok := relationVocab[strings.ToLower(trigger)]; ok {
		return w
	}
	return relationWord{label: mentionedTogether, symmetric: true}
}

// parseRelationVocabulary reads "label: trigger trigger…" lines. A trigger
// of several words ("works for") is listed whole: the longest match of the
// line's words against the known multi-word triggers wins.
func parseRelationVocabulary(data string) map[string]relationWord {
	multi := map[string]bool{"chief executive": true, "works for": true, "worked for": true, "in contact": true,
		"spoke with": true, "pays for": true, "wrote about": true}
	out := map[string]relationWord{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, ok := strings.Cut(line, ":")
		if !ok {
			panic("relation_vocabulary.txt: no colon in " + line)
		}
		w := relationWord{label: strings.TrimLeft(head, "~=")}
		w.person = strings.HasPrefix(head, "~")
		w.symmetric = strings.HasPrefix(head, "=")
		fs := strings.Fields(rest)
		for i := 0; i < len(fs); i++ {
			if i+1 < len(fs) && multi[fs[i]+" "+fs[i+1]] {
				out[fs[i]+" "+fs[i+1]] = w
				i++
				continue
			}
			out[fs[i]] = w
		}
	}
	return out
}
