// Package eval scores extraction predictions against hand-made gold files
// (see gold/README.md for the annotation and matching rules). It takes a
// plain Prediction, so the output of any system can be scored, not only
// this project's extractor.
package eval

import (
	"encoding/json"
	"fmt"
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

// StoryGold is story.gold.json: the story across all articles.
type StoryGold struct {
	Story     string          `json:"story"`
	Articles  []string        `json:"articles"`
	Events    []GoldEvent     `json:"events"`
	Relations []GoldRelation  `json:"relations"`
	Contested json.RawMessage `json:"contested,omitempty"`
}

// GoldEvent is a gold timeline event.
type GoldEvent struct {
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Mod       string   `json:"mod,omitempty"`
	What      string   `json:"what"`
	Entities  []string `json:"entities"`
	Optional  bool     `json:"optional,omitempty"`
}

// GoldRelation is a gold relation between two canonical names.
type GoldRelation struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Label    string `json:"label"`
	Optional bool   `json:"optional,omitempty"`
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
