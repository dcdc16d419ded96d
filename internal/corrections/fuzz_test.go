package corrections

import (
	"errors"
	"testing"
)

// FuzzParseApply: no corrections file makes Parse or Apply panic, and
// every error they return is an *Error naming the file.
func FuzzParseApply(f *testing.F) {
	for _, s := range []string{
		`[]`, `[{"op":"merge","into":"marta-costa","from":["costa"]}]`, `[{"op":"hide","relation":["costa","velmora"]}]`,
		`[{"op":"speaker","quote":"b-q1","speaker":null}]`, `[{"op":"drop","entity":"costa"},{"op":"label","event":"ev-1","text":"x"}]`,
		`[{"op":"hide","relation":null}]`, `[{"op":"retype","entity":"velmora","type":"org"}`, `{"op":1}`, "\ufeff[]", `[null]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		edits, err := Parse(File, data)
		var ce *Error
		if err != nil {
			if !errors.As(err, &ce) || ce.File != File {
				t.Fatalf("Parse(%q) error %v is not an *Error naming %s", data, err, File)
			}
			return
		}
		if err := Apply(File, sample(), edits); err != nil && (!errors.As(err, &ce) || ce.Pos < 1) {
			t.Fatalf("Apply(%q) error %v is not an *Error with a position", data, err)
		}
	})
}
