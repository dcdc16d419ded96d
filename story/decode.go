package story

import (
	"errors"
	"strconv"

	"github.com/storylens/storylens/schema"
	"github.com/tidwall/gjson"
)

// The dataset is read into schema's types by hand with gjson: encoding/json
// reads them by reflection, which in wasm takes half as long again as the
// whole of Open otherwise (3.3 s against 2.2 s at BBC scale). The decoder
// keeps encoding/json's rules for the values: null leaves the zero value,
// a string field takes only a string, an int only an integer, and unknown
// fields are ignored. Keys match exactly (encoding/json would also take
// "ID" for "id"); gendata writes them exactly.

// decoder records the first type error; later calls do nothing useful but
// cost little, and the error names the first bad value.
type decoder struct {
	err error
}

// at names a value for an error: list[i].field, built only on failure.
type at struct {
	list  string
	i     int
	field string
	j     int
	sub   string
}

func (a at) String() string {
	s := a.list
	if a.i >= 0 {
		s += "[" + strconv.Itoa(a.i) + "]"
	}
	if a.field != "" {
		s += "." + a.field
	}
	if a.j >= 0 {
		s += "[" + strconv.Itoa(a.j) + "]"
	}
	if a.sub != "" {
		s += "." + a.sub
	}
	return s
}

func (d *decoder) fail(a at, want string, v gjson.Result) {
	if d.err == nil {
		raw := v.Raw
		if len(raw) > 40 {
			raw = raw[:40] + "…"
		}
		d.err = errors.New(a.String() + " is " + raw + "; want " + want)
	}
}

func (d *decoder) str(v gjson.Result, a at) string {
	switch v.Type {
	case gjson.String:
		return v.Str
	case gjson.Null:
		return ""
	}
	d.fail(a, "a string", v)
	return ""
}

// optStr reads a string or null into a pointer (nil for null).
func (d *decoder) optStr(v gjson.Result, a at) *string {
	if v.Type == gjson.Null {
		return nil
	}
	s := d.str(v, a)
	return &s
}

func (d *decoder) int(v gjson.Result, a at) int {
	switch v.Type {
	case gjson.Number:
		if n, err := strconv.Atoi(v.Raw); err == nil {
			return n
		}
	case gjson.Null:
		return 0
	}
	d.fail(a, "an integer", v)
	return 0
}

func (d *decoder) float(v gjson.Result, a at) float64 {
	switch v.Type {
	case gjson.Number:
		return v.Num
	case gjson.Null:
		return 0
	}
	d.fail(a, "a number", v)
	return 0
}

func (d *decoder) bool(v gjson.Result, a at) bool {
	switch v.Type {
	case gjson.True:
		return true
	case gjson.False, gjson.Null:
		return false
	}
	d.fail(a, "true or false", v)
	return false
}

// array calls fn with each element of an array; null is an empty array.
func (d *decoder) array(v gjson.Result, a at, fn func(i int, x gjson.Result)) {
	if v.Type == gjson.Null {
		return
	}
	if !v.IsArray() {
		d.fail(a, "an array", v)
		return
	}
	i := 0
	v.ForEach(func(_, x gjson.Result) bool {
		fn(i, x)
		i++
		return d.err == nil
	})
}

// object calls fn with each member of an object; null is an empty object.
func (d *decoder) object(v gjson.Result, a at, fn func(key string, x gjson.Result)) {
	if v.Type == gjson.Null {
		return
	}
	if !v.IsObject() {
		d.fail(a, "an object", v)
		return
	}
	v.ForEach(func(k, x gjson.Result) bool {
		fn(k.Str, x)
		return d.err == nil
	})
}

// count is the number of elements of an array, to size slices once.
func count(v gjson.Result) int {
	n := 0
	if v.IsArray() {
		v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
	}
	return n
}

func (d *decoder) strs(v gjson.Result, a at) []string {
	if v.Type == gjson.Null {
		return nil
	}
	out := make([]string, 0, count(v))
	d.array(v, a, func(j int, x gjson.Result) {
		out = append(out, d.str(x, at{a.list, a.i, a.field, j, ""}))
	})
	return out
}

func (d *decoder) span(v gjson.Result, a at) schema.Span {
	var s schema.Span
	d.object(v, a, func(k string, x gjson.Result) {
		b := at{a.list, a.i, a.field, a.j, k}
		if a.sub != "" { // a span inside an object: sides[j].evidence.start
			b.sub = a.sub + "." + k
		}
		switch k {
		case "doc":
			s.Doc = d.str(x, b)
		case "start":
			s.Start = d.int(x, b)
		case "end":
			s.End = d.int(x, b)
		}
	})
	return s
}

func (d *decoder) spans(v gjson.Result, a at) []schema.Span {
	if v.Type == gjson.Null {
		return nil
	}
	out := make([]schema.Span, 0, count(v))
	d.array(v, a, func(j int, x gjson.Result) {
		out = append(out, d.span(x, at{a.list, a.i, a.field, j, ""}))
	})
	return out
}

// list decodes an array of objects into a slice of T, each element by fn.
func list[T any](d *decoder, v gjson.Result, name string, fn func(p *T, a at, k string, x gjson.Result)) []T {
	if v.Type == gjson.Null {
		return nil
	}
	out := make([]T, count(v))
	d.array(v, at{name, -1, "", -1, ""}, func(i int, x gjson.Result) {
		p := &out[i]
		a := at{name, i, "", -1, ""}
		d.object(x, a, func(k string, y gjson.Result) {
			fn(p, at{name, i, k, -1, ""}, k, y)
		})
	})
	return out
}

func (d *decoder) document(p *schema.Document, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "file":
		p.File = d.str(x, a)
	case "title":
		p.Title = d.str(x, a)
	case "standfirst":
		p.Standfirst = d.str(x, a)
	case "outlet":
		p.Outlet = d.str(x, a)
	case "published":
		p.Published = d.str(x, a)
	case "url":
		p.URL = d.str(x, a)
	case "language":
		p.Language = d.str(x, a)
	case "format":
		p.Format = d.str(x, a)
	case "byline":
		p.Byline = d.strs(x, a)
	case "contributors":
		p.Contributors = d.strs(x, a)
	case "dropped":
		p.Dropped = d.strs(x, a)
	case "text":
		p.Text = d.str(x, a)
	}
}

func (d *decoder) entity(p *schema.Entity, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "name":
		p.Name = d.str(x, a)
	case "type":
		p.Type = d.str(x, a)
	case "typedBy":
		p.TypedBy = d.str(x, a)
	case "aliases":
		p.Aliases = d.strs(x, a)
	case "descriptors":
		p.Descriptors = d.strs(x, a)
	case "role":
		p.Role = d.str(x, a)
	case "mentions":
		p.Mentions = d.spans(x, a)
	case "corrected":
		p.Corrected = d.bool(x, a)
	}
}

func (d *decoder) quote(p *schema.Quote, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "doc":
		p.Doc = d.str(x, a)
	case "text":
		p.Text = d.str(x, a)
	case "speaker":
		p.Speaker = d.optStr(x, a)
	case "speakerConfidence":
		p.SpeakerConfidence = d.float(x, a)
	case "speakerRule":
		p.SpeakerRule = d.str(x, a)
	case "start":
		p.Start = d.int(x, a)
	case "end":
		p.End = d.int(x, a)
	case "kind":
		p.Kind = d.str(x, a)
	case "cue":
		p.Cue = d.str(x, a)
	case "headline":
		p.Headline = d.bool(x, a)
	case "corrected":
		p.Corrected = d.bool(x, a)
	case "sources":
		if x.Type == gjson.Null {
			return
		}
		p.Sources = make([]schema.Source, 0, count(x))
		d.array(x, a, func(j int, y gjson.Result) {
			var s schema.Source
			b := at{a.list, a.i, a.field, j, ""}
			d.object(y, b, func(k string, z gjson.Result) {
				b := b
				b.sub = k
				switch k {
				case "doc":
					s.Doc = d.str(z, b)
				case "start":
					s.Start = d.int(z, b)
				case "end":
					s.End = d.int(z, b)
				case "text":
					s.Text = d.str(z, b)
				}
			})
			p.Sources = append(p.Sources, s)
		})
	}
}

func (d *decoder) date(p *schema.Date, a at, k string, x gjson.Result) {
	switch k {
	case "doc":
		p.Doc = d.str(x, a)
	case "text":
		p.Text = d.str(x, a)
	case "value":
		p.Value = d.str(x, a)
	case "precision":
		p.Precision = d.str(x, a)
	case "mod":
		p.Mod = d.str(x, a)
	case "start":
		p.Start = d.int(x, a)
	case "end":
		p.End = d.int(x, a)
	case "hard":
		p.Hard = d.bool(x, a)
	}
}

func (d *decoder) event(p *schema.Event, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "date":
		d.object(x, a, func(k string, y gjson.Result) {
			a := a
			a.sub = k
			switch k {
			case "value":
				p.Date.Value = d.str(y, a)
			case "precision":
				p.Date.Precision = d.str(y, a)
			case "mod":
				p.Date.Mod = d.str(y, a)
			}
		})
	case "label":
		p.Label = d.str(x, a)
	case "text":
		p.Text = d.str(x, a)
	case "entities":
		p.Entities = d.strs(x, a)
	case "docs":
		p.Docs = d.strs(x, a)
	case "evidence":
		p.Evidence = d.spans(x, a)
	case "corrected":
		p.Corrected = d.bool(x, a)
	}
}

func (d *decoder) relation(p *schema.Relation, a at, k string, x gjson.Result) {
	switch k {
	case "a":
		p.A = d.str(x, a)
	case "b":
		p.B = d.str(x, a)
	case "label":
		p.Label = d.str(x, a)
	case "weight":
		p.Weight = d.int(x, a)
	case "evidence":
		p.Evidence = d.spans(x, a)
	case "corrected":
		p.Corrected = d.bool(x, a)
	}
}

func (d *decoder) contested(p *schema.Contested, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "claim":
		p.Claim = d.str(x, a)
	case "sides":
		if x.Type == gjson.Null {
			return
		}
		p.Sides = make([]schema.Side, 0, count(x))
		d.array(x, a, func(j int, y gjson.Result) {
			var s schema.Side
			b := at{a.list, a.i, a.field, j, ""}
			d.object(y, b, func(k string, z gjson.Result) {
				b := b
				b.sub = k
				switch k {
				case "stance":
					s.Stance = d.str(z, b)
				case "holder":
					s.Holder = d.optStr(z, b)
				case "evidence":
					s.Evidence = d.span(z, b)
				}
			})
			p.Sides = append(p.Sides, s)
		})
	}
}

func (d *decoder) position(p *schema.Position, a at, k string, x gjson.Result) {
	switch k {
	case "id":
		p.ID = d.str(x, a)
	case "x":
		p.X = d.float(x, a)
	case "y":
		p.Y = d.float(x, a)
	}
}

// required are the arrays a dataset must have (null counts as empty).
var required = [...]string{"documents", "entities", "quotes", "events", "relations"}

// decodeDataset reads the members of the dataset's top-level object. The
// schema is checked first, then the required arrays, then the values.
func decodeDataset(root gjson.Result) (schema.Dataset, error) {
	var ds schema.Dataset
	d := &decoder{}
	var version gjson.Result
	var arrays [len(required)]bool
	root.ForEach(func(k, v gjson.Result) bool {
		for i, name := range required {
			if k.Str == name {
				arrays[i] = v.IsArray() || v.Type == gjson.Null
			}
		}
		switch k.Str {
		case "schema":
			version = v
		case "version":
			ds.Version = d.str(v, at{"version", -1, "", -1, ""})
		case "title":
			ds.Title = d.str(v, at{"title", -1, "", -1, ""})
		case "documents":
			ds.Documents = list(d, v, k.Str, d.document)
		case "entities":
			ds.Entities = list(d, v, k.Str, d.entity)
		case "quotes":
			ds.Quotes = list(d, v, k.Str, d.quote)
		case "dates":
			ds.Dates = list(d, v, k.Str, d.date)
		case "events":
			ds.Events = list(d, v, k.Str, d.event)
		case "relations":
			ds.Relations = list(d, v, k.Str, d.relation)
		case "contested":
			ds.Contested = list(d, v, k.Str, d.contested)
		case "layout":
			ds.Layout = list(d, v, k.Str, d.position)
		}
		return true
	})
	if version.Type != gjson.Number || version.Int() != schema.Version {
		return ds, errors.New("schema is " + strconv.Quote(version.Raw) + "; want " + strconv.Itoa(schema.Version))
	}
	ds.Schema = schema.Version
	for i, ok := range arrays {
		if !ok {
			return ds, errors.New("has no " + strconv.Quote(required[i]) + " array")
		}
	}
	return ds, d.err
}
