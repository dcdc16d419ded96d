package story

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
	"github.com/tidwall/gjson"
)

// TestDecodeLikeEncodingJSON checks the hand-written decoder against
// encoding/json on the test fixture and the committed dataset.
func TestDecodeLikeEncodingJSON(t *testing.T) {
	for _, path := range []string{"testdata/fixture.json", "../dataset/dataset.json"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var want schema.Dataset
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		got, err := decodeDataset(gjson.ParseBytes(data))
		if err != nil {
			t.Fatalf("%s: decodeDataset error = %v", path, err)
		}
		if !reflect.DeepEqual(got, want) {
			a, _ := json.Marshal(got)
			b, _ := json.Marshal(want)
			t.Errorf("%s: decodeDataset differs from encoding/json:\n got %.300s\nwant %.300s", path, a, b)
		}
	}
}

func TestDecodeNulls(t *testing.T) {
	in := `{"schema":1,"version":null,"documents":[{"id":"d","byline":null,"text":null}],"entities":null,"quotes":[{"id":"q","speaker":null,"sources":null,"start":null}],"events":[],"relations":[]}`
	var want schema.Dataset
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	got, err := decodeDataset(gjson.Parse(in))
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("decodeDataset(nulls) = %+v, %v; want %+v", got, err, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	const arrays = `"documents":[],"entities":[],"events":[],"relations":[]`
	tests := []struct{ in, want string }{
		{`{"schema":"1",` + arrays + `,"quotes":[]}`, `schema is "\"1\""`},
		{`{"schema":1,` + arrays + `}`, `no "quotes" array`},
		{`{"schema":1,` + arrays + `,"quotes":[{"id":7}]}`, `quotes[0].id is 7; want a string`},
		{`{"schema":1,` + arrays + `,"quotes":[{"id":"q","start":1.5}]}`, `quotes[0].start is 1.5; want an integer`},
		{`{"schema":1,` + arrays + `,"quotes":[{"id":"q","headline":"yes"}]}`, `quotes[0].headline is "yes"; want true or false`},
		{`{"schema":1,` + arrays + `,"quotes":[{"id":"q","sources":[{"doc":"d"},{"doc":3}]}]}`, `quotes[0].sources[1].doc is 3`},
		{`{"schema":1,` + arrays + `,"quotes":[],"layout":[{"id":"a","x":"left"}]}`, `layout[0].x is "left"; want a number`},
		{`{"schema":1,` + arrays + `,"quotes":[],"contested":[{"id":"c","sides":[{"evidence":{"start":"0"}}]}]}`, `contested[0].sides[0].evidence.start is "0"`},
		{`{"schema":1,` + arrays + `,"quotes":[5]}`, `quotes[0] is 5; want an object`},
	}
	for _, tc := range tests {
		_, err := decodeDataset(gjson.Parse(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decodeDataset(%s) error = %v; want one containing %s", tc.in, err, tc.want)
		}
	}
}
