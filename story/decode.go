package story

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/storylens/storylens/schema"
	"github.com/tidwall/gjson"
)

// The dataset is read into schema's types by a small decoder on gjson:
// encoding/json reads them by reflection on every value, which in wasm
// made Open half as slow again at BBC scale. Here reflection runs once per
// type, to make a plan from the json tags (so the types stay declared only
// in schema, and a field added there is read with no change here); values
// are then stored through the plan's offsets. The rules are encoding/json's:
// null leaves the zero value, a string field takes only a string, an int
// field only an integer, and unknown keys are ignored. Keys match exactly
// (encoding/json would also take "ID" for "id"); gendata writes them exactly.

// kind is how a field is read.
type kind uint8

const (
	kString    kind = iota
	kInt            // int
	kFloat          // float64
	kBool           // bool
	kOptString      // *string: null gives nil
	kStrings        // []string
	kStruct         // a struct, by its own plan
	kStructs        // a slice of structs
)

// field is one json member of a struct.
type field struct {
	key  string
	kind kind
	off  uintptr
	typ  reflect.Type // the field's type, for kStructs
	sub  *plan        // for kStruct and kStructs
}

// plan reads a struct type.
type plan struct {
	size   uintptr
	fields []field
}

// planOf makes the plan of a struct type from its json tags, a few
// microseconds for the dozen types of a dataset. A field of a
// type the dataset does not use panics: the schema tests read every type.
func planOf(t reflect.Type) *plan {
	p := &plan{size: t.Size()}
	for i := range t.NumField() {
		sf := t.Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if key == "-" || !sf.IsExported() {
			continue
		}
		if sf.Anonymous {
			panic("story: dataset decoder: embedded field " + t.Name() + "." + sf.Name)
		}
		if key == "" {
			key = sf.Name
		}
		f := field{key: key, off: sf.Offset, typ: sf.Type}
		switch ft := sf.Type; {
		case ft.Kind() == reflect.String:
			f.kind = kString
		case ft.Kind() == reflect.Int:
			f.kind = kInt
		case ft.Kind() == reflect.Float64:
			f.kind = kFloat
		case ft.Kind() == reflect.Bool:
			f.kind = kBool
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.String:
			f.kind = kOptString
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			f.kind = kStrings
		case ft.Kind() == reflect.Struct:
			f.kind, f.sub = kStruct, planOf(ft)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			f.kind, f.sub = kStructs, planOf(ft.Elem())
		default:
			panic("story: dataset decoder: field " + t.Name() + "." + sf.Name + " has type " + ft.String())
		}
		p.fields = append(p.fields, f)
	}
	return p
}

// decoder records the first error. The path to the bad value is gathered
// while the calls unwind, innermost first, so that no path is built for
// the values that are good.
type decoder struct {
	msg  string   // "is 7; want a string"
	path []string // "doc", "[1]", "sources", "[3]", "quotes"
}

// fail is not inlined: it is called from every kind of value, rarely.
//
//go:noinline
func (d *decoder) fail(v *gjson.Result, want string) {
	if d.msg == "" {
		raw := v.Raw
		if len(raw) > 40 {
			raw = raw[:40] + "…"
		}
		d.msg = "is " + raw + "; want " + want
	}
}

// error returns the first error with its path (quotes[3].sources[1].doc),
// or nil.
func (d *decoder) error() error {
	if d.msg == "" {
		return nil
	}
	s := ""
	for i := len(d.path) - 1; i >= 0; i-- {
		if s != "" && d.path[i][0] != '[' {
			s += "."
		}
		s += d.path[i]
	}
	return errors.New(s + " " + d.msg)
}

// count is the number of elements of an array, to size slices once.
func count(v *gjson.Result) int {
	n := 0
	v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
	return n
}

// object reads the members of the JSON object v into the struct at p.
func (d *decoder) object(v gjson.Result, pl *plan, p unsafe.Pointer) {
	if v.Type == gjson.Null {
		return
	}
	if !v.IsObject() {
		d.fail(&v, "an object")
		return
	}
	v.ForEach(func(k, x gjson.Result) bool {
		for i := range pl.fields {
			if f := &pl.fields[i]; f.key == k.Str {
				if d.value(x, f, unsafe.Add(p, f.off)); d.msg != "" {
					d.path = append(d.path, f.key)
					return false
				}
				break
			}
		}
		return true
	})
}

// value reads v into the field f at p.
func (d *decoder) value(v gjson.Result, f *field, p unsafe.Pointer) {
	if v.Type == gjson.Null {
		return
	}
	switch f.kind {
	case kString, kOptString:
		if v.Type != gjson.String {
			d.fail(&v, "a string")
		} else if f.kind == kString {
			*(*string)(p) = v.Str
		} else {
			s := v.Str
			*(**string)(p) = &s
		}
	case kInt:
		n, err := strconv.Atoi(v.Raw)
		if v.Type != gjson.Number || err != nil {
			d.fail(&v, "an integer")
		}
		*(*int)(p) = n
	case kFloat:
		if v.Type != gjson.Number {
			d.fail(&v, "a number")
		}
		*(*float64)(p) = v.Num
	case kBool:
		if v.Type != gjson.True && v.Type != gjson.False {
			d.fail(&v, "true or false")
		}
		*(*bool)(p) = v.Type == gjson.True
	case kStruct:
		d.object(v, f.sub, p)
	case kStrings, kStructs:
		if !v.IsArray() {
			d.fail(&v, "an array")
			return
		}
		n := count(&v)
		var base unsafe.Pointer
		var strs []string
		if f.kind == kStrings {
			strs = make([]string, n)
			*(*[]string)(p) = strs
		} else {
			s := reflect.MakeSlice(f.typ, n, n)
			reflect.NewAt(f.typ, p).Elem().Set(s)
			base = s.UnsafePointer()
		}
		i := 0
		v.ForEach(func(_, x gjson.Result) bool {
			if f.kind == kStructs {
				d.object(x, f.sub, unsafe.Add(base, uintptr(i)*f.sub.size))
			} else if x.Type == gjson.String {
				strs[i] = x.Str
			} else if x.Type != gjson.Null {
				d.fail(&x, "a string")
			}
			if d.msg != "" {
				d.path = append(d.path, "["+strconv.Itoa(i)+"]")
				return false
			}
			i++
			return true
		})
	}
}

// required are the arrays a dataset must have (null counts as empty).
var required = [...]string{"documents", "entities", "quotes", "events", "relations"}

// decodeDataset reads the dataset's top-level object into a
// schema.Dataset. The schema is checked first, then the required arrays,
// then the values.
func decodeDataset(root gjson.Result) (schema.Dataset, error) {
	var ds schema.Dataset
	version := root.Get("schema")
	if version.Type != gjson.Number || version.Int() != schema.Version {
		return ds, errors.New("schema is " + strconv.Quote(version.Raw) + "; want " + strconv.Itoa(schema.Version))
	}
	var arrays [len(required)]bool
	root.ForEach(func(k, v gjson.Result) bool {
		for i, name := range required {
			if k.Str == name {
				arrays[i] = v.IsArray() || v.Type == gjson.Null
			}
		}
		return true
	})
	for i, ok := range arrays {
		if !ok {
			return ds, errors.New("has no " + strconv.Quote(required[i]) + " array")
		}
	}
	var d decoder
	d.object(root, planOf(reflect.TypeFor[schema.Dataset]()), unsafe.Pointer(&ds))
	return ds, d.error()
}
