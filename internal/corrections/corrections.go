// Package corrections applies an editor's corrections.json to an extracted
// dataset, so that a fix survives the next extraction.
//
// The file is a JSON list of edits, applied in order; each is an object
// with an "op":
//
//	{"op":"merge","into":ID,"from":[ID,…]}      one entity takes the others' aliases, mentions, quotes, events and relations
//	{"op":"rename","entity":ID,"name":"…"}      the entity's display name
//	{"op":"retype","entity":ID,"type":"person|org|place"}
//	{"op":"alias","entity":ID,"add":["…"]}      more names the entity goes by
//	{"op":"drop","entity":ID}                   the entity and every reference to it disappear
//	{"op":"speaker","quote":ID,"speaker":ID}    who said it; null when the text does not say
//	{"op":"hide","quote":ID} / {"op":"hide","event":ID} / {"op":"hide","relation":[ID,ID]}
//	{"op":"label","event":ID,"text":"…"}        the event's headline
//
// Every item an edit changes carries Corrected, which the widget shows as
// "checked by the newsroom". An edit that does not apply (an unknown ID, a
// type that is not one of the three, a second edit of the same thing, an
// ID an earlier edit removed) is an *Error naming the file, the edit's
// position and line, and the ID.
package corrections

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// File is the name of the corrections file in an articles folder.
const File = "corrections.json"

// Op names.
const (
	OpMerge   = "merge"
	OpRename  = "rename"
	OpRetype  = "retype"
	OpAlias   = "alias"
	OpDrop    = "drop"
	OpSpeaker = "speaker"
	OpHide    = "hide"
	OpLabel   = "label"
)

// Types are the entity types retype accepts.
var Types = []string{"person", "org", "place"}

// Edit is one correction. Pos and Line locate it in its file; the other
// fields are those of its op.
type Edit struct {
	Op string `json:"op"`
	// Pos is the edit's 1-based position in the list, Line the line it
	// starts on.
	Pos  int `json:"-"`
	Line int `json:"-"`

	Into     string    `json:"into,omitempty"`
	From     []string  `json:"from,omitempty"`
	Entity   string    `json:"entity,omitempty"`
	Name     string    `json:"name,omitempty"`
	Type     string    `json:"type,omitempty"`
	Add      []string  `json:"add,omitempty"`
	Quote    string    `json:"quote,omitempty"`
	Speaker  *string   `json:"speaker,omitempty"`
	Event    string    `json:"event,omitempty"`
	Relation *[]string `json:"relation,omitempty"`
	Text     string    `json:"text,omitempty"`
}

// Error is an edit that cannot be read or applied.
type Error struct {
	File string // the corrections file, e.g. "corrections.json"
	Pos  int    // 1-based position of the edit in the list; 0 for the whole file
	Line int    // line of the edit (or of a syntax error); 0 when unknown
	Op   string
	ID   string // the ID the error concerns, "" when none
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Pos > 0 {
		fmt.Fprintf(&b, "edit %d", e.Pos)
		if e.Op != "" {
			fmt.Fprintf(&b, " (%s)", e.Op)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.ID != "" {
		fmt.Fprintf(&b, " %q", e.ID)
	}
	return b.String()
}

// Parse reads a corrections file. name is used in errors. An empty file
// or an empty list has no edits. Unknown ops, unknown or missing fields,
// a bad type and two edits of the same thing are errors.
func Parse(name string, data []byte) ([]Edit, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	fail := func(off int64, msg string) error {
		return &Error{File: name, Line: lineOf(data, int(off)), Msg: msg}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxError(name, data, err, dec.InputOffset())
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fail(0, "want a JSON list of edits ([{\"op\": …}, …])")
	}
	var edits []Edit
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxError(name, data, err, dec.InputOffset())
		}
		start := int(dec.InputOffset()) - len(raw)
		e := Edit{Pos: len(edits) + 1, Line: lineOf(data, start)}
		if err := decodeEdit(raw, &e); err != nil {
			return nil, &Error{File: name, Pos: e.Pos, Line: e.Line, Op: e.Op, Msg: err.Error()}
		}
		edits = append(edits, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(name, data, err, dec.InputOffset())
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fail(dec.InputOffset(), "unexpected data after the list of edits")
	}
	if err := checkDuplicates(name, edits); err != nil {
		return nil, err
	}
	return edits, nil
}

func syntaxError(name string, data []byte, err error, off int64) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{File: name, Line: lineOf(data, len(data)), Msg: "malformed JSON: unexpected end of file"}
	}
	return &Error{File: name, Line: lineOf(data, int(off)), Msg: "malformed JSON: " + err.Error()}
}

// decodeEdit decodes one edit strictly and checks its op's fields.
func decodeEdit(raw json.RawMessage, e *Edit) error {
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return errors.New("want an object with an \"op\"")
	}
	var present map[string]json.RawMessage
	if err := json.Unmarshal(raw, &present); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	pos, line := e.Pos, e.Line
	if err := dec.Decode(e); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fmt.Errorf("field %q: want %s", te.Field, te.Type)
		}
		return errors.New(strings.TrimPrefix(err.Error(), "json: "))
	}
	e.Pos, e.Line = pos, line
	allowed := map[string][]string{
		OpMerge:   {"into", "from"},
		OpRename:  {"entity", "name"},
		OpRetype:  {"entity", "type"},
		OpAlias:   {"entity", "add"},
		OpDrop:    {"entity"},
		OpSpeaker: {"quote", "speaker"},
		OpLabel:   {"event", "text"},
	}
	if e.Op == OpHide {
		n := 0
		for _, k := range []string{"quote", "event", "relation"} {
			if _, ok := present[k]; ok {
				n++
			}
		}
		if n != 1 || len(present) != 2 {
			return errors.New("hide takes exactly one of \"quote\", \"event\" or \"relation\"")
		}
		if _, ok := present["relation"]; ok && (e.Relation == nil || len(*e.Relation) != 2 || (*e.Relation)[0] == "" || (*e.Relation)[1] == "") {
			return errors.New("\"relation\" must be a pair of entity IDs [ID, ID]")
		}
		if _, ok := present["quote"]; ok && e.Quote == "" {
			return errors.New("\"quote\" must be a quote ID")
		}
		if _, ok := present["event"]; ok && e.Event == "" {
			return errors.New("\"event\" must be an event ID")
		}
		return nil
	}
	want, ok := allowed[e.Op]
	if !ok {
		if e.Op == "" {
			return errors.New("missing \"op\"")
		}
		return fmt.Errorf("unknown op %q (want merge, rename, retype, alias, drop, speaker, hide or label)", e.Op)
	}
	for k := range present {
		if k != "op" && !slices.Contains(want, k) {
			return fmt.Errorf("field %q does not belong to %s (it takes %s)", k, e.Op, strings.Join(want, " and "))
		}
	}
	for _, k := range want {
		if _, ok := present[k]; !ok {
			return fmt.Errorf("missing %q", k)
		}
	}
	switch e.Op {
	case OpMerge:
		if e.Into == "" || len(e.From) == 0 || slices.Contains(e.From, "") {
			return errors.New("merge needs \"into\" and a non-empty \"from\" list of entity IDs")
		}
		if slices.Contains(e.From, e.Into) {
			return fmt.Errorf("entity %q is merged into itself", e.Into)
		}
		e.From = slices.Compact(slices.Sorted(slices.Values(e.From)))
	case OpRename:
		if e.Entity == "" || strings.TrimSpace(e.Name) == "" {
			return errors.New("rename needs an \"entity\" and a non-empty \"name\"")
		}
	case OpRetype:
		if e.Entity == "" {
			return errors.New("retype needs an \"entity\"")
		}
		if !slices.Contains(Types, e.Type) {
			return fmt.Errorf("type %q of entity %q is not one of person, org, place", e.Type, e.Entity)
		}
	case OpAlias:
		if e.Entity == "" || len(e.Add) == 0 || slices.ContainsFunc(e.Add, func(s string) bool { return strings.TrimSpace(s) == "" }) {
			return errors.New("alias needs an \"entity\" and a non-empty \"add\" list of names")
		}
	case OpDrop:
		if e.Entity == "" {
			return errors.New("drop needs an \"entity\"")
		}
	case OpSpeaker:
		if e.Quote == "" {
			return errors.New("speaker needs a \"quote\"")
		}
		if e.Speaker != nil && *e.Speaker == "" {
			return errors.New("\"speaker\" must be an entity ID or null")
		}
	case OpLabel:
		if e.Event == "" || strings.TrimSpace(e.Text) == "" {
			return errors.New("label needs an \"event\" and a non-empty \"text\"")
		}
	}
	return nil
}

// targets returns the keys of what an edit changes: two edits with a key
// in common are duplicates.
func (e Edit) targets() []string {
	switch e.Op {
	case OpMerge:
		keys := []string{}
		for _, f := range e.From {
			keys = append(keys, "entity-removed:"+f)
		}
		return keys
	case OpDrop:
		return []string{"entity-removed:" + e.Entity}
	case OpRename, OpRetype, OpAlias:
		return []string{e.Op + ":" + e.Entity}
	case OpSpeaker:
		return []string{"speaker:" + e.Quote}
	case OpLabel:
		return []string{"label:" + e.Event}
	case OpHide:
		switch {
		case e.Quote != "":
			return []string{"hide-quote:" + e.Quote}
		case e.Event != "":
			return []string{"hide-event:" + e.Event}
		case e.Relation != nil:
			a, b := relationPair(*e.Relation)
			return []string{"hide-relation:" + a + "~" + b}
		}
	}
	return nil
}

// ID returns the ID an edit is about, for messages.
func (e Edit) ID() string {
	switch {
	case e.Op == OpMerge:
		return e.Into
	case e.Entity != "":
		return e.Entity
	case e.Quote != "":
		return e.Quote
	case e.Event != "":
		return e.Event
	case e.Relation != nil && len(*e.Relation) == 2:
		a, b := relationPair(*e.Relation)
		return a + "~" + b
	}
	return ""
}

func checkDuplicates(name string, edits []Edit) error {
	seen := map[string]int{}
	for _, e := range edits {
		for _, k := range e.targets() {
			if p, ok := seen[k]; ok {
				id := k[strings.IndexByte(k, ':')+1:]
				return &Error{File: name, Pos: e.Pos, Line: e.Line, Op: e.Op, ID: id,
					Msg: fmt.Sprintf("duplicate edit: edit %d already changes", p)}
			}
			seen[k] = e.Pos
		}
	}
	return nil
}

func relationPair(p []string) (string, string) {
	if p[1] < p[0] {
		return p[1], p[0]
	}
	return p[0], p[1]
}

// lineOf returns the 1-based line number of byte offset off in data.
func lineOf(data []byte, off int) int {
	off = max(0, min(off, len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
