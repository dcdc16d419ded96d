// Package schema defines dataset.json, the file that tools/gendata writes and
// the query engine reads. The field names and meanings documented in
// DESIGN.md are stable; fields may be added but never renamed.
//
// Offsets (Start, End) are byte offsets into Document.Text, the cleaned body
// of the document. IDs are stable slugs so that deep links survive
// regeneration.
package schema

// Version is the value of Dataset.Schema written by this package.
const Version = 1

// Dataset is the whole compiled story.
type Dataset struct {
	Schema int `json:"schema"`
	// Version identifies the inputs: a hash of every input file's name and
	// bytes, never a timestamp or a path.
	Version   string      `json:"version"`
	Title     string      `json:"title,omitempty"`
	Documents []Document  `json:"documents"`
	Entities  []Entity    `json:"entities"`
	Quotes    []Quote     `json:"quotes"`
	Dates     []Date      `json:"dates"`
	Events    []Event     `json:"events"`
	Relations []Relation  `json:"relations"`
	Contested []Contested `json:"contested"`
	// Layout holds the deterministic graph position of each entity that
	// takes part in a relation, computed at build time.
	Layout []Position `json:"layout"`
}

// Document is one article after cleaning.
type Document struct {
	ID         string   `json:"id"`
	File       string   `json:"file"`
	Title      string   `json:"title"`
	Standfirst string   `json:"standfirst,omitempty"`
	Outlet     string   `json:"outlet"`
	Published  string   `json:"published"`
	URL        string   `json:"url"`
	Language   string   `json:"language,omitempty"`
	Format     string   `json:"format,omitempty"`
	Byline     []string `json:"byline"`
	// Contributors are names from credit lines ("X contributed reporting").
	Contributors []string `json:"contributors,omitempty"`
	// Dropped lists every line (or glued-on sentence) removed from the body:
	// clutter, bylines, credits, captions, timestamps.
	Dropped []string `json:"dropped"`
	// Text is the cleaned body, headline first, paragraphs separated by
	// "\n\n". Every offset in the dataset points into it.
	Text string `json:"text"`
}

// Span locates a piece of evidence: bytes [Start, End) of a document's Text.
type Span struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is a person, organisation or place merged across documents.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"` // person | org | place
	// TypedBy says what decided Type: "model" (the name tagger), "lexicon",
	// "rule", or "default" when nothing did (an editor should check those first).
	TypedBy     string   `json:"typedBy,omitempty"`
	Aliases     []string `json:"aliases"`
	Descriptors []string `json:"descriptors,omitempty"`
	// Role is the title or role the text gives the entity ("agency
	// administrator"), stripped from its name.
	Role     string `json:"role,omitempty"`
	Mentions []Span `json:"mentions"`
	// Corrected marks an entity an editor's corrections.json changed.
	Corrected bool `json:"corrected,omitempty"`
}

// Quote is one direct quotation. A quotation that several documents carry
// is one quote: Doc, Start, End and Text are its first source, and Sources
// lists every document that carries it (the first included).
type Quote struct {
	ID      string  `json:"id"`
	Doc     string  `json:"doc"`
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"` // entity ID, or null when the text does not say
	// SpeakerConfidence (0–1) is how sure the extractor is of Speaker; an
	// editor reviews the low ones. SpeakerRule names what chose it.
	SpeakerConfidence float64 `json:"speakerConfidence"`
	SpeakerRule       string  `json:"speakerRule,omitempty"`
	Start             int     `json:"start"`
	End               int     `json:"end"`
	Kind              string  `json:"kind"`          // full | partial
	Cue               string  `json:"cue,omitempty"` // the reporting verb, e.g. "said"
	// Headline marks a quote in the title or a subheading (scare quotes).
	Headline bool     `json:"headline,omitempty"`
	Sources  []Source `json:"sources"`
	// Corrected marks a quote an editor's corrections.json changed.
	Corrected bool `json:"corrected,omitempty"`
}

// Source is one place a fact was reported: bytes [Start, End) of a
// document's Text, and that text.
type Source struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Date is one calendar expression found in a document.
type Date struct {
	Doc       string `json:"doc"`
	Text      string `json:"text"`
	Value     string `json:"value"`     // 2024-11-06, 2023-06 or 2022
	Precision string `json:"precision"` // day | month | year
	Mod       string `json:"mod,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Hard marks an expression anchored on an event rather than the
	// calendar ("the day after the election").
	Hard bool `json:"hard,omitempty"`
}

// When is the date of an event.
type When struct {
	Value     string `json:"value"`
	Precision string `json:"precision"`
	Mod       string `json:"mod,omitempty"`
}

// Event is one dated happening for the timeline, merged across the
// documents that report it. Label is its short headline (who did what);
// Text is the sentence of its first report.
type Event struct {
	ID       string   `json:"id"`
	Date     When     `json:"date"`
	Label    string   `json:"label"`
	Text     string   `json:"text"`
	Entities []string `json:"entities"`
	Docs     []string `json:"docs"`
	Evidence []Span   `json:"evidence"`
	// Corrected marks an event an editor's corrections.json changed.
	Corrected bool `json:"corrected,omitempty"`
}

// Relation links two entities (A < B by ID) with a label and its evidence.
type Relation struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Label string `json:"label"`
	// Subject is the entity (A or B) the label reads from: "Jane Roe –
	// spokesperson for – Acme" has Jane Roe's ID. Empty when the label is
	// symmetric ("met", "mentioned together").
	Subject  string `json:"subject,omitempty"`
	Weight   int    `json:"weight"`
	Evidence []Span `json:"evidence"`
	// Corrected marks a relation an editor's corrections.json changed.
	Corrected bool `json:"corrected,omitempty"`
}

// Contested is a claim on which sources disagree.
type Contested struct {
	ID    string `json:"id"`
	Claim string `json:"claim"`
	Sides []Side `json:"sides"`
}

// Side is one position on a contested claim.
type Side struct {
	Stance   string  `json:"stance"` // for | against
	Holder   *string `json:"holder"` // entity ID of who holds it, if named
	Evidence Span    `json:"evidence"`
}

// Position is an entity's place in the relationship graph, in a
// 1000 × 1000 box.
type Position struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
}
