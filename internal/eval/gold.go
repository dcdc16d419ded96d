// Package eval scores extraction predictions against hand-made gold files
// (see gold/README.md for the annotation and matching rules). It takes a
// plain Prediction, so the output of any system can be scored, not only
// this project's extractor.
package eval

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Gold is one article's NAME.gold.json.
type Gold struct {
	Article      string       `json:"article"`
	Published    string       `json:"published"`
	Title        string       `json:"title"`
	Standfirst   string       `json:"standfirst"`
	Byline       []string     `json:"byline"`
	Contributors []string     `json:"contributors"`
	Entities     []GoldEntity `json:"entities"`
	Quotes       []GoldQuote  `json:"quotes"`
	Dates        []GoldDate   `json:"dates"`
	Boilerplate  []string     `json:"boilerplate"`
	CreditLines  []string     `json:"credit_lines"`
	Source       string       `json:"source,omitempty"`
	// Scope limits what the file annotates: "entities-only",
	// "boilerplate-only" or "quotes-only". Without a scope, a layer is
	// annotated when its key is present (an empty list included).
	Scope string `json:"scope,omitempty"`
	// NeutralQuotes are quoted spans that are not gold quotes (scare
	// quotes, titles, partial quotes in paraphrase): predicting them is
	// neither rewarded nor penalised.
	NeutralQuotes []string `json:"neutral_quotes,omitempty"`
}

// Layers of a gold file.
const (
	LayerEntities    = "entities"
	LayerQuotes      = "quotes"
	LayerDates       = "dates"
	LayerBoilerplate = "boilerplate"
)

// Annotates reports whether the gold file annotates a layer, so that a
// file made for one layer does not count every prediction of another as
// a false positive.
func (g Gold) Annotates(layer string) bool {
	switch g.Scope {
	case "entities-only":
		return layer == LayerEntities
	case "boilerplate-only":
		return layer == LayerBoilerplate
	case "quotes-only":
		return layer == LayerQuotes
	}
	switch layer {
	case LayerEntities:
		return g.Entities != nil
	case LayerQuotes:
		return g.Quotes != nil
	case LayerDates:
		return g.Dates != nil
	case LayerBoilerplate:
		return g.Boilerplate != nil
	}
	return false
}

// GoldEntity is a gold entity of one article.
type GoldEntity struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases"`
	Descriptors []string `json:"descriptors,omitempty"`
	Optional    bool     `json:"optional,omitempty"`
}

// GoldQuote is a gold quotation; Speaker is a canonical name or nil.
type GoldQuote struct {
	Text     string  `json:"text"`
	Speaker  *string `json:"speaker"`
	Kind     string  `json:"kind"`
	Cue      string  `json:"cue,omitempty"`
	Headline bool    `json:"headline,omitempty"`
	Optional bool    `json:"optional,omitempty"`
	// SpeakerVia is "pronoun" when the gold speaker was resolved from
	// "he said" by a conversion (noisier than a named source).
	SpeakerVia string `json:"speaker_via,omitempty"`
}

// GoldDate is a gold calendar expression.
type GoldDate struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Precision string `json:"precision"`
	Mod       string `json:"mod,omitempty"`
	Hard      bool   `json:"hard,omitempty"`
	Optional  bool   `json:"optional,omitempty"`
}

// StoryGold is story.gold.json: the story across all articles. Articles
// are referred to by key: the file name's leading number ("01" for
// "01_outlet-slug.txt"), see ArticleKey.
type StoryGold struct {
	Story          string            `json:"story"`
	Articles       []string          `json:"articles"`
	MergedEntities []GoldStoryEntity `json:"merged_entities"`
	Events         []GoldEvent       `json:"events"`
	Relations      []GoldRelation    `json:"relations"`
	Contested      []GoldClaim       `json:"contested,omitempty"`
	SharedQuotes   []GoldSharedQuote `json:"shared_quotes,omitempty"`
}

// GoldStoryEntity is one real-world entity across the story's articles.
type GoldStoryEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	In       []string `json:"in"`
	Optional bool     `json:"optional,omitempty"`
}

// GoldEvent is a gold timeline event.
type GoldEvent struct {
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Mod       string   `json:"mod,omitempty"`
	End       string   `json:"end,omitempty"`
	What      string   `json:"what"`
	Entities  []string `json:"entities"`
	In        []string `json:"in,omitempty"`
	Optional  bool     `json:"optional,omitempty"`
}

// GoldRelation is a gold relation between two canonical names.
type GoldRelation struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Label    string `json:"label"`
	Optional bool   `json:"optional,omitempty"`
}

// GoldClaim is a contested claim. Story packs give its sides with their
// evidence sentences; older files give only who holds each position
// (For, Against), which cannot be matched to evidence.
type GoldClaim struct {
	Claim    string     `json:"claim"`
	In       []string   `json:"in"`
	Sides    []GoldSide `json:"sides,omitempty"`
	For      string     `json:"for,omitempty"`
	Against  string     `json:"against,omitempty"`
	Optional bool       `json:"optional,omitempty"`
}

// GoldSide is one position on a contested claim: Sentence is an exact
// substring of the article.
type GoldSide struct {
	Position string `json:"position"` // for | against
	Article  string `json:"article"`
	Source   string `json:"source"`
	Sentence string `json:"sentence"`
}

// GoldSharedQuote is a quotation that several articles carry, with each
// article's wording.
type GoldSharedQuote struct {
	Text     string        `json:"text"`
	Speaker  string        `json:"speaker"`
	In       []string      `json:"in"`
	Variants []GoldVariant `json:"variants"`
	Optional bool          `json:"optional,omitempty"`
}

// GoldVariant is one article's wording of a shared quotation.
type GoldVariant struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

// ArticleKey is how story gold refers to an article: the leading digits of
// its file name before "_" ("01_x.txt" -> "01"), else the name without its
// extension.
func ArticleKey(file string) string {
	base := baseName(file)
	if i := strings.IndexByte(base, '_'); i > 0 && strings.Trim(base[:i], "0123456789") == "" {
		return base[:i]
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		return base[:i]
	}
	return base
}

// ParseGold decodes a NAME.gold.json file.
func ParseGold(file string, data []byte) (Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return g, fmt.Errorf("%s: %v", file, err)
	}
	if g.Article == "" {
		return g, fmt.Errorf("%s: missing \"article\"", file)
	}
	return g, nil
}

// ParseStory decodes a story.gold.json file.
func ParseStory(file string, data []byte) (StoryGold, error) {
	var s StoryGold
	if err := json.Unmarshal(data, &s); err != nil {
		return s, fmt.Errorf("%s: %v", file, err)
	}
	return s, nil
}
