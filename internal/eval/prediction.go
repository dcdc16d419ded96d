package eval

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/storylens/storylens/schema"
)

// Prediction is what a system extracted, in a plain form any system can
// write as JSON (see ParsePrediction).
type Prediction struct {
	Articles  []ArticlePrediction  `json:"articles"`
	Entities  []EntityPrediction   `json:"entities,omitempty"` // merged across articles
	Events    []EventPrediction    `json:"events,omitempty"`
	Relations []RelationPrediction `json:"relations,omitempty"`
	// Quotes are the quotations merged across articles, each with every
	// article that carries it.
	Quotes    []StoryQuotePrediction `json:"quotes,omitempty"`
	Contested []ClaimPrediction      `json:"contested,omitempty"`
}

// StoryQuotePrediction is one quotation with the articles that carry it.
type StoryQuotePrediction struct {
	Speaker string             `json:"speaker,omitempty"`
	Sources []SourcePrediction `json:"sources"`
}

// SourcePrediction is an article's text of a fact.
type SourcePrediction struct {
	Article string `json:"article"` // file name
	Text    string `json:"text"`
}

// ClaimPrediction is a predicted contested claim: each side's stance and
// evidence text.
type ClaimPrediction struct {
	Claim string           `json:"claim"`
	Sides []SidePrediction `json:"sides"`
}

// SidePrediction is one side of a predicted claim.
type SidePrediction struct {
	Stance  string `json:"stance"` // for | against
	Article string `json:"article"`
	Text    string `json:"text"`
}

// ArticlePrediction holds one article's predictions.
type ArticlePrediction struct {
	Article     string             `json:"article"` // file name, e.g. "000_x.txt"
	Title       string             `json:"title,omitempty"`
	Byline      []string           `json:"byline,omitempty"`
	Entities    []EntityPrediction `json:"entities"`
	Quotes      []QuotePrediction  `json:"quotes"`
	Dates       []DatePrediction   `json:"dates"`
	Boilerplate []string           `json:"boilerplate"`
}

// EntityPrediction is a predicted entity.
type EntityPrediction struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

// QuotePrediction is a predicted quotation; Speaker is a name or "".
type QuotePrediction struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Kind    string `json:"kind,omitempty"`
}

// DatePrediction is a predicted calendar expression.
type DatePrediction struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Precision string `json:"precision"`
	Mod       string `json:"mod,omitempty"`
}

// EventPrediction is a predicted timeline event.
type EventPrediction struct {
	Value     string   `json:"value"`
	Precision string   `json:"precision"`
	Entities  []string `json:"entities"` // names
}

// RelationPrediction is a predicted relation between two names.
type RelationPrediction struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Label string `json:"label,omitempty"`
}

// ParsePrediction decodes a Prediction from JSON.
func ParsePrediction(file string, data []byte) (Prediction, error) {
	var p Prediction
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("%s: %v", file, err)
	}
	return p, nil
}

// FromDataset converts a StoryLens dataset into a Prediction. An entity's
// aliases for an article are the surface forms of its mentions there.
func FromDataset(ds *schema.Dataset) Prediction {
	var p Prediction
	byID := map[string]schema.Entity{}
	for _, e := range ds.Entities {
		byID[e.ID] = e
		p.Entities = append(p.Entities, EntityPrediction{Name: e.Name, Type: e.Type, Aliases: e.Aliases})
	}
	texts := map[string]string{}
	files := map[string]string{}
	for _, d := range ds.Documents {
		texts[d.ID] = d.Text
		files[d.ID] = d.File
	}
	speakerName := func(q schema.Quote) string {
		if q.Speaker == nil {
			return ""
		}
		return byID[*q.Speaker].Name
	}
	for _, d := range ds.Documents {
		ap := ArticlePrediction{Article: d.File, Title: d.Title, Byline: d.Byline, Boilerplate: d.Dropped}
		for _, e := range ds.Entities {
			seen := map[string]bool{}
			for _, m := range e.Mentions {
				if m.Doc == d.ID && m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
					seen[d.Text[m.Start:m.End]] = true
				}
			}
			if len(seen) == 0 {
				continue
			}
			var aliases []string
			for a := range seen {
				aliases = append(aliases, a)
			}
			sort.Strings(aliases)
			ap.Entities = append(ap.Entities, EntityPrediction{Name: e.Name, Type: e.Type, Aliases: aliases})
		}
		for _, q := range ds.Quotes {
			for _, src := range quoteSources(q) {
				if src.Doc == d.ID {
					ap.Quotes = append(ap.Quotes, QuotePrediction{Text: src.Text, Kind: q.Kind, Speaker: speakerName(q)})
				}
			}
		}
		for _, dt := range ds.Dates {
			if dt.Doc == d.ID {
				ap.Dates = append(ap.Dates, DatePrediction{Text: dt.Text, Value: dt.Value, Precision: dt.Precision, Mod: dt.Mod})
			}
		}
		p.Articles = append(p.Articles, ap)
	}
	for _, ev := range ds.Events {
		ep := EventPrediction{Value: ev.Date.Value, Precision: ev.Date.Precision}
		for _, id := range ev.Entities {
			ep.Entities = append(ep.Entities, byID[id].Name)
		}
		p.Events = append(p.Events, ep)
	}
	for _, r := range ds.Relations {
		p.Relations = append(p.Relations, RelationPrediction{A: byID[r.A].Name, B: byID[r.B].Name, Label: r.Label})
	}
	for _, q := range ds.Quotes {
		sq := StoryQuotePrediction{Speaker: speakerName(q)}
		for _, src := range quoteSources(q) {
			sq.Sources = append(sq.Sources, SourcePrediction{Article: files[src.Doc], Text: src.Text})
		}
		p.Quotes = append(p.Quotes, sq)
	}
	for _, c := range ds.Contested {
		cp := ClaimPrediction{Claim: c.Claim}
		for _, sd := range c.Sides {
			text := texts[sd.Evidence.Doc]
			if sd.Evidence.Start < 0 || sd.Evidence.End > len(text) || sd.Evidence.Start > sd.Evidence.End {
				continue
			}
			cp.Sides = append(cp.Sides, SidePrediction{Stance: sd.Stance, Article: files[sd.Evidence.Doc], Text: text[sd.Evidence.Start:sd.Evidence.End]})
		}
		p.Contested = append(p.Contested, cp)
	}
	return p
}

// quoteSources is every document's copy of a quotation: its sources, or
// the quote itself when it lists none.
func quoteSources(q schema.Quote) []schema.Source {
	if len(q.Sources) > 0 {
		return q.Sources
	}
	return []schema.Source{{Doc: q.Doc, Start: q.Start, End: q.End, Text: q.Text}}
}
