// Package extract turns raw news page dumps into a StoryLens dataset.
package extract

import "github.com/storylens/storylens/schema"

// Meta is an article's NAME.meta.json.
type Meta struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Language  string `json:"language"`
	Format    string `json:"format"`
}

// Article is one input: the raw text dump and its metadata.
type Article struct {
	File string // base name, e.g. "000_x.txt"
	Text []byte
	Meta Meta
}

// Build extracts and merges every article into one dataset.
func Build(articles []Article) (*schema.Dataset, error) {
	return &schema.Dataset{Schema: schema.Version}, nil
}
