package story

import (
	"strconv"
	"unicode/utf8"

	"github.com/storylens/storylens/schema"
)

// The AppendJSON methods append the JSON form of a result, byte for byte
// what encoding/json gives for it, without reflection: the wasm module
// answers in JSON, and this keeps it small and fast.

// AppendMatches appends the JSON array of ms to b.
func AppendMatches(b []byte, ms []Match) []byte {
	return appendArray(b, ms, Match.AppendJSON)
}

// AppendQuoteHits appends the JSON array of hs to b.
func AppendQuoteHits(b []byte, hs []QuoteHit) []byte {
	return appendArray(b, hs, QuoteHit.AppendJSON)
}

// AppendEvents appends the JSON array of evs to b.
func AppendEvents(b []byte, evs []Event) []byte {
	return appendArray(b, evs, Event.AppendJSON)
}

// AppendJSON appends the JSON form of m to b.
func (m Match) AppendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id", m.ID)
	b = appendKey(b, ',', "name", m.Name)
	b = appendKey(b, ',', "type", m.Type)
	b = appendField(b, ',', "score")
	return append(appendFloat(b, m.Score), '}')
}

// AppendJSON appends the JSON form of h to b.
func (h QuoteHit) AppendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id", h.ID)
	b = appendKey(b, ',', "text", h.Text)
	b = appendField(b, ',', "speaker")
	if h.Speaker == nil {
		b = append(b, "null"...)
	} else {
		b = appendKey(b, '{', "id", h.Speaker.ID)
		b = append(appendKey(b, ',', "name", h.Speaker.Name), '}')
	}
	b = appendField(b, ',', "doc")
	b = h.Doc.appendJSON(b)
	b = appendKey(b, ',', "date", h.Date)
	b = appendField(b, ',', "score")
	b = appendFloat(b, h.Score)
	b = appendField(b, ',', "highlights")
	b = appendArray(b, h.Highlights, func(s [2]int, b []byte) []byte {
		b = strconv.AppendInt(append(b, '['), int64(s[0]), 10)
		return append(strconv.AppendInt(append(b, ','), int64(s[1]), 10), ']')
	})
	return append(b, '}')
}

func (d DocRef) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id", d.ID)
	b = appendKey(b, ',', "outlet", d.Outlet)
	return append(appendKey(b, ',', "title", d.Title), '}')
}

func (v Evidence) appendJSON(b []byte) []byte {
	b = appendKey(b, '{', "doc", v.Doc)
	b = appendKey(b, ',', "outlet", v.Outlet)
	b = appendInt(b, ',', "start", v.Start)
	b = appendInt(b, ',', "end", v.End)
	return append(appendKey(b, ',', "text", v.Text), '}')
}

func appendWhen(b []byte, w schema.When) []byte {
	b = appendKey(b, '{', "value", w.Value)
	b = appendKey(b, ',', "precision", w.Precision)
	if w.Mod != "" {
		b = appendKey(b, ',', "mod", w.Mod)
	}
	return append(b, '}')
}

// AppendJSON appends the JSON form of ev to b.
func (ev Event) AppendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id", ev.ID)
	b = appendWhen(appendField(b, ',', "date"), ev.Date)
	b = appendKey(b, ',', "text", ev.Text)
	b = appendStrings(appendField(b, ',', "entities"), ev.Entities)
	b = appendStrings(appendField(b, ',', "docs"), ev.Docs)
	b = appendArray(appendField(b, ',', "evidence"), ev.Evidence, Evidence.appendJSON)
	return append(b, '}')
}

// AppendJSON appends the JSON form of g to b.
func (g Graph) AppendJSON(b []byte) []byte {
	b = appendField(b, '{', "nodes")
	b = appendArray(b, g.Nodes, func(n Node, b []byte) []byte {
		b = appendKey(b, '{', "id", n.ID)
		b = appendKey(b, ',', "name", n.Name)
		b = appendKey(b, ',', "type", n.Type)
		b = appendInt(b, ',', "weight", n.Weight)
		b = appendFloat(appendField(b, ',', "x"), n.X)
		return append(appendFloat(appendField(b, ',', "y"), n.Y), '}')
	})
	b = appendField(b, ',', "edges")
	b = appendArray(b, g.Edges, func(e Edge, b []byte) []byte {
		b = appendKey(b, '{', "a", e.A)
		b = appendKey(b, ',', "b", e.B)
		b = appendKey(b, ',', "label", e.Label)
		b = appendInt(b, ',', "weight", e.Weight)
		b = appendArray(appendField(b, ',', "evidence"), e.Evidence, Evidence.appendJSON)
		return append(b, '}')
	})
	return append(b, '}')
}

// AppendJSON appends the JSON form of s to b.
func (s Stats) AppendJSON(b []byte) []byte {
	b = appendInt(b, '{', "documents", s.Documents)
	b = appendInt(b, ',', "entities", s.Entities)
	b = appendInt(b, ',', "quotes", s.Quotes)
	b = appendInt(b, ',', "events", s.Events)
	b = appendInt(b, ',', "relations", s.Relations)
	b = appendInt(b, ',', "schema", s.Schema)
	return append(appendKey(b, ',', "version", s.Version), '}')
}

// AppendJSON appends the JSON form of c to b.
func (c EntityCard) AppendJSON(b []byte) []byte {
	b = appendKey(b, '{', "id", c.ID)
	b = appendKey(b, ',', "name", c.Name)
	b = appendKey(b, ',', "type", c.Type)
	b = appendStrings(appendField(b, ',', "aliases"), c.Aliases)
	b = appendStrings(appendField(b, ',', "descriptors"), c.Descriptors)
	b = appendArray(appendField(b, ',', "quotes"), c.Quotes, func(q QuoteRef, b []byte) []byte {
		b = appendKey(b, '{', "id", q.ID)
		b = appendKey(b, ',', "text", q.Text)
		b = q.Doc.appendJSON(appendField(b, ',', "doc"))
		return append(appendKey(b, ',', "date", q.Date), '}')
	})
	b = appendArray(appendField(b, ',', "events"), c.Events, func(ev EventRef, b []byte) []byte {
		b = appendKey(b, '{', "id", ev.ID)
		b = appendWhen(appendField(b, ',', "date"), ev.Date)
		return append(appendKey(b, ',', "text", ev.Text), '}')
	})
	b = appendArray(appendField(b, ',', "relations"), c.Relations, func(l Link, b []byte) []byte {
		b = appendKey(b, '{', "a", l.A)
		b = appendKey(b, ',', "b", l.B)
		b = l.Other.AppendJSON(appendField(b, ',', "other"))
		b = appendKey(b, ',', "label", l.Label)
		b = appendInt(b, ',', "weight", l.Weight)
		b = appendArray(appendField(b, ',', "evidence"), l.Evidence, Evidence.appendJSON)
		return append(b, '}')
	})
	b = appendArray(appendField(b, ',', "sources"), c.Sources, func(s SourceRef, b []byte) []byte {
		b = appendKey(b, '{', "id", s.ID)
		b = appendKey(b, ',', "outlet", s.Outlet)
		b = appendKey(b, ',', "title", s.Title)
		b = appendKey(b, ',', "url", s.URL)
		b = appendKey(b, ',', "published", s.Published)
		return append(appendInt(b, ',', "mentions", s.Mentions), '}')
	})
	return append(b, '}')
}

func appendArray[T any](b []byte, xs []T, f func(T, []byte) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(x, b)
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) []byte {
	return appendArray(b, ss, func(s string, b []byte) []byte { return appendString(b, s) })
}

func appendField(b []byte, sep byte, key string) []byte {
	b = append(b, sep, '"')
	return append(append(b, key...), '"', ':')
}

func appendKey(b []byte, sep byte, key, value string) []byte {
	return appendString(appendField(b, sep, key), value)
}

func appendInt(b []byte, sep byte, key string, n int) []byte {
	return strconv.AppendInt(appendField(b, sep, key), int64(n), 10)
}

func appendFloat(b []byte, f float64) []byte {
	if f != f || f > 1e20 || f < -1e20 {
		return append(b, '0')
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendString appends s as a JSON string, escaped as encoding/json does.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
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
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(append(b, s[start:i]...), `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	return append(append(b, s[start:]...), '"')
}
