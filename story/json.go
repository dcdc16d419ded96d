package story

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// Answers are written as JSON by hand, not with encoding/json: reflection
// would add a fifth to the wasm module and allocate per field. The json
// tags of the result types still say what each field is called, and
// TestJSON checks that every answer is byte for byte what encoding/json
// writes for the same value.

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaped as encoding/json
// escapes it (HTML-safe, invalid UTF-8 as U+FFFD).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, "true"...)
	}
	return append(b, "false"...)
}

// appendList appends s as a JSON array (null if s is nil), each element
// written by f.
func appendList[T any](b []byte, s []T, f func(*T, []byte) []byte) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(&s[i], b)
	}
	return append(b, ']')
}

func appendStrings(b []byte, s []string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, x)
	}
	return append(b, ']')
}

// appendCorrected appends the omitempty field corrected.
func appendCorrected(b []byte, c bool) []byte {
	if c {
		b = append(b, `,"corrected":true`...)
	}
	return b
}

func (m *Match) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, m.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, m.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, m.Type)
	b = append(b, `,"score":`...)
	b = appendFloat(b, m.Score)
	return append(b, '}')
}

func (r *Ref) appendJSON(b []byte) []byte {
	if r == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, r.Name)
	return append(b, '}')
}

func (d *DocRef) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"outlet":`...)
	b = appendString(b, d.Outlet)
	b = append(b, `,"title":`...)
	b = appendString(b, d.Title)
	return append(b, '}')
}

func (h *QuoteHit) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, h.ID)
	b = append(b, `,"text":`...)
	b = appendString(b, h.Text)
	b = append(b, `,"speaker":`...)
	b = h.Speaker.appendJSON(b)
	b = append(b, `,"doc":`...)
	b = h.Doc.appendJSON(b)
	b = append(b, `,"date":`...)
	b = appendString(b, h.Date)
	b = append(b, `,"score":`...)
	b = appendFloat(b, h.Score)
	b = append(b, `,"highlights":`...)
	b = appendList(b, h.Highlights, appendPair)
	b = append(b, `,"sources":`...)
	b = appendList(b, h.Sources, (*QuoteSource).appendJSON)
	b = append(b, `,"outletCount":`...)
	b = appendInt(b, h.OutletCount)
	b = appendCorrected(b, h.Corrected)
	if len(h.Evidence) > 0 {
		b = append(b, `,"evidence":`...)
		b = appendList(b, h.Evidence, (*Evidence).appendJSON)
	}
	return append(b, '}')
}

func appendPair(p *[2]int, b []byte) []byte {
	b = append(b, '[')
	b = appendInt(b, p[0])
	b = append(b, ',')
	b = appendInt(b, p[1])
	return append(b, ']')
}

func (s *QuoteSource) appendJSON(b []byte) []byte {
	b = append(b, `{"doc":`...)
	b = s.Doc.appendJSON(b)
	b = append(b, `,"start":`...)
	b = appendInt(b, s.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, s.End)
	b = append(b, `,"text":`...)
	b = appendString(b, s.Text)
	return append(b, '}')
}

func (v *Evidence) appendJSON(b []byte) []byte {
	b = append(b, `{"doc":`...)
	b = appendString(b, v.Doc)
	b = append(b, `,"outlet":`...)
	b = appendString(b, v.Outlet)
	b = append(b, `,"start":`...)
	b = appendInt(b, v.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, v.End)
	b = append(b, `,"text":`...)
	b = appendString(b, v.Text)
	return append(b, '}')
}

func appendWhen(b []byte, w schema.When) []byte {
	b = append(b, `{"value":`...)
	b = appendString(b, w.Value)
	b = append(b, `,"precision":`...)
	b = appendString(b, w.Precision)
	if w.Mod != "" {
		b = append(b, `,"mod":`...)
		b = appendString(b, w.Mod)
	}
	return append(b, '}')
}

// appendFields appends the fields of ev without the closing brace, so that
// KeyEvent can add its own.
func (ev *Event) appendFields(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, ev.ID)
	b = append(b, `,"date":`...)
	b = appendWhen(b, ev.Date)
	b = append(b, `,"text":`...)
	b = appendString(b, ev.Text)
	b = append(b, `,"entities":`...)
	b = appendStrings(b, ev.Entities)
	b = append(b, `,"docs":`...)
	b = appendStrings(b, ev.Docs)
	b = append(b, `,"evidence":`...)
	b = appendList(b, ev.Evidence, (*Evidence).appendJSON)
	b = append(b, `,"label":`...)
	b = appendString(b, ev.Label)
	b = append(b, `,"coverage":{"documents":`...)
	b = appendList(b, ev.Coverage.Documents, (*DocRef).appendJSON)
	b = append(b, `,"outletCount":`...)
	b = appendInt(b, ev.Coverage.OutletCount)
	b = append(b, '}')
	return appendCorrected(b, ev.Corrected)
}

func (ev *Event) appendJSON(b []byte) []byte { return append(ev.appendFields(b), '}') }

func (ev *KeyEvent) appendJSON(b []byte) []byte {
	b = ev.Event.appendFields(b)
	b = append(b, `,"importance":`...)
	b = appendFloat(b, ev.Importance)
	return append(b, '}')
}

func (n *Node) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, n.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, n.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, n.Type)
	b = append(b, `,"weight":`...)
	b = appendInt(b, n.Weight)
	b = append(b, `,"x":`...)
	b = appendFloat(b, n.X)
	b = append(b, `,"y":`...)
	b = appendFloat(b, n.Y)
	return append(b, '}')
}

func (r *Relation) appendJSON(b []byte) []byte {
	b = append(b, `{"a":`...)
	b = appendString(b, r.A)
	b = append(b, `,"b":`...)
	b = appendString(b, r.B)
	b = append(b, `,"label":`...)
	b = appendString(b, r.Label)
	b = append(b, `,"weight":`...)
	b = appendInt(b, r.Weight)
	b = append(b, `,"evidence":`...)
	b = appendList(b, r.Evidence, (*Evidence).appendJSON)
	b = appendCorrected(b, r.Corrected)
	return append(b, '}')
}

func (g *Graph) appendJSON(b []byte) []byte {
	b = append(b, `{"nodes":`...)
	b = appendList(b, g.Nodes, (*Node).appendJSON)
	b = append(b, `,"relations":`...)
	b = appendList(b, g.Relations, (*Relation).appendJSON)
	return append(b, '}')
}

func (s *Stats) appendJSON(b []byte) []byte {
	b = append(b, `{"documents":`...)
	b = appendInt(b, s.Documents)
	b = append(b, `,"entities":`...)
	b = appendInt(b, s.Entities)
	b = append(b, `,"quotes":`...)
	b = appendInt(b, s.Quotes)
	b = append(b, `,"events":`...)
	b = appendInt(b, s.Events)
	b = append(b, `,"relations":`...)
	b = appendInt(b, s.Relations)
	b = append(b, `,"schema":`...)
	b = appendInt(b, s.Schema)
	b = append(b, `,"version":`...)
	b = appendString(b, s.Version)
	b = append(b, `,"outlets":`...)
	b = appendInt(b, s.Outlets)
	return append(b, '}')
}

func (c *EntityCard) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, c.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, c.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, c.Type)
	b = append(b, `,"aliases":`...)
	b = appendStrings(b, c.Aliases)
	b = append(b, `,"descriptors":`...)
	b = appendStrings(b, c.Descriptors)
	b = append(b, `,"quotes":`...)
	b = appendList(b, c.Quotes, (*QuoteRef).appendJSON)
	b = append(b, `,"events":`...)
	b = appendList(b, c.Events, (*EventRef).appendJSON)
	b = append(b, `,"relations":`...)
	b = appendList(b, c.Relations, (*EntityRelation).appendJSON)
	b = append(b, `,"sources":`...)
	b = appendList(b, c.Sources, (*SourceRef).appendJSON)
	if c.Role != "" {
		b = append(b, `,"role":`...)
		b = appendString(b, c.Role)
	}
	b = appendCorrected(b, c.Corrected)
	return append(b, '}')
}

func (q *QuoteRef) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, q.ID)
	b = append(b, `,"text":`...)
	b = appendString(b, q.Text)
	b = append(b, `,"doc":`...)
	b = q.Doc.appendJSON(b)
	b = append(b, `,"date":`...)
	b = appendString(b, q.Date)
	b = append(b, `,"evidence":`...)
	b = appendList(b, q.Evidence, (*Evidence).appendJSON)
	b = appendCorrected(b, q.Corrected)
	return append(b, '}')
}

func (ev *EventRef) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, ev.ID)
	b = append(b, `,"date":`...)
	b = appendWhen(b, ev.Date)
	b = append(b, `,"text":`...)
	b = appendString(b, ev.Text)
	b = appendCorrected(b, ev.Corrected)
	return append(b, '}')
}

func (r *EntityRelation) appendJSON(b []byte) []byte {
	b = append(b, `{"a":`...)
	b = appendString(b, r.A)
	b = append(b, `,"b":`...)
	b = appendString(b, r.B)
	b = append(b, `,"other":`...)
	b = r.Other.appendJSON(b)
	b = append(b, `,"label":`...)
	b = appendString(b, r.Label)
	b = append(b, `,"weight":`...)
	b = appendInt(b, r.Weight)
	b = append(b, `,"evidence":`...)
	b = appendList(b, r.Evidence, (*Evidence).appendJSON)
	b = appendCorrected(b, r.Corrected)
	return append(b, '}')
}

func (s *SourceRef) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, s.ID)
	b = append(b, `,"outlet":`...)
	b = appendString(b, s.Outlet)
	b = append(b, `,"title":`...)
	b = appendString(b, s.Title)
	b = append(b, `,"url":`...)
	b = appendString(b, s.URL)
	b = append(b, `,"published":`...)
	b = appendString(b, s.Published)
	b = append(b, `,"mentions":`...)
	b = appendInt(b, s.Mentions)
	return append(b, '}')
}

func (o *Overview) appendJSON(b []byte) []byte {
	c := &o.Counts
	b = append(b, `{"title":`...)
	b = appendString(b, o.Title)
	b = append(b, `,"counts":{"documents":`...)
	b = appendInt(b, c.Documents)
	b = append(b, `,"outlets":`...)
	b = appendInt(b, c.Outlets)
	b = append(b, `,"entities":`...)
	b = appendInt(b, c.Entities)
	b = append(b, `,"people":`...)
	b = appendInt(b, c.People)
	b = append(b, `,"organisations":`...)
	b = appendInt(b, c.Organisations)
	b = append(b, `,"quotes":`...)
	b = appendInt(b, c.Quotes)
	b = append(b, `,"events":`...)
	b = appendInt(b, c.Events)
	b = append(b, `,"relations":`...)
	b = appendInt(b, c.Relations)
	b = append(b, `,"contested":`...)
	b = appendInt(b, c.Contested)
	b = append(b, `},"outlets":`...)
	b = appendList(b, o.Outlets, (*Outlet).appendJSON)
	b = append(b, `,"documents":`...)
	b = appendList(b, o.Documents, (*DocInfo).appendJSON)
	b = append(b, `,"people":`...)
	b = appendList(b, o.People, (*KeyActor).appendJSON)
	b = append(b, `,"organisations":`...)
	b = appendList(b, o.Orgs, (*KeyActor).appendJSON)
	b = append(b, `,"events":`...)
	b = appendList(b, o.Events, (*KeyEvent).appendJSON)
	b = append(b, `,"contested":`...)
	b = appendList(b, o.Contested, (*Claim).appendJSON)
	b = append(b, `,"examples":{"people":`...)
	b = appendStrings(b, o.Examples.People)
	b = append(b, `,"quotes":`...)
	b = appendStrings(b, o.Examples.Quotes)
	return append(b, '}', '}')
}

func (o *Outlet) appendJSON(b []byte) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, o.Name)
	b = append(b, `,"documents":`...)
	b = appendInt(b, o.Documents)
	return append(b, '}')
}

func (d *DocInfo) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"outlet":`...)
	b = appendString(b, d.Outlet)
	b = append(b, `,"title":`...)
	b = appendString(b, d.Title)
	b = append(b, `,"published":`...)
	b = appendString(b, d.Published)
	b = append(b, `,"url":`...)
	b = appendString(b, d.URL)
	return append(b, '}')
}

func (a *KeyActor) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, a.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, a.Type)
	if a.Role != "" {
		b = append(b, `,"role":`...)
		b = appendString(b, a.Role)
	}
	b = append(b, `,"mentions":`...)
	b = appendInt(b, a.Mentions)
	b = append(b, `,"documents":`...)
	b = appendInt(b, a.Documents)
	b = appendCorrected(b, a.Corrected)
	return append(b, '}')
}

func (c *Claim) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, c.ID)
	b = append(b, `,"claim":`...)
	b = appendString(b, c.Claim)
	b = append(b, `,"sides":`...)
	b = appendList(b, c.Sides, (*ClaimSide).appendJSON)
	return append(b, '}')
}

func (s *ClaimSide) appendJSON(b []byte) []byte {
	b = append(b, `{"stance":`...)
	b = appendString(b, s.Stance)
	b = append(b, `,"holder":`...)
	b = s.Holder.appendJSON(b)
	b = append(b, `,"evidence":`...)
	b = s.Evidence.appendJSON(b)
	return append(b, '}')
}
