package corrections

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

func ptr(s string) *string { return &s }

// sample is a small made-up dataset: a mayor split in two, a port
// authority, a town and a wrongly typed "Tuesday Market".
func sample() *schema.Dataset {
	return &schema.Dataset{
		Schema: 1,
		Entities: []schema.Entity{
			{ID: "costa", Name: "Costa", Type: "person", Aliases: []string{"Costa"}, Mentions: []schema.Span{{Doc: "b", Start: 5, End: 10}}},
			{ID: "marta-costa", Name: "Marta Costa", Type: "person", Aliases: []string{"Marta Costa"}, Descriptors: []string{"mayor"},
				Mentions: []schema.Span{{Doc: "a", Start: 0, End: 11}, {Doc: "b", Start: 40, End: 51}}},
			{ID: "port-authority", Name: "Port Authority", Type: "org", Aliases: []string{"Port Authority"}, Mentions: []schema.Span{{Doc: "a", Start: 60, End: 74}}},
			{ID: "tuesday-market", Name: "Tuesday Market", Type: "place", Aliases: []string{"Tuesday Market"}, Mentions: []schema.Span{{Doc: "a", Start: 90, End: 104}}},
			{ID: "velmora", Name: "Velmora", Type: "place", Aliases: []string{"Velmora"}, Mentions: []schema.Span{{Doc: "a", Start: 120, End: 127}}},
		},
		Quotes: []schema.Quote{
			{ID: "a-q1", Doc: "a", Text: "We will rebuild", Speaker: ptr("marta-costa"), SpeakerConfidence: 0.9},
			{ID: "b-q1", Doc: "b", Text: "It is too late", Speaker: ptr("costa"), SpeakerConfidence: 0.4},
			{ID: "b-q2", Doc: "b", Text: "No comment", Speaker: nil},
		},
		Events: []schema.Event{
			{ID: "ev-1", Label: "", Text: "Costa opened the quay.", Entities: []string{"costa", "velmora"}},
			{ID: "ev-2", Label: "Port closes", Text: "The Port Authority closed the port.", Entities: []string{"marta-costa", "port-authority"}},
		},
		Relations: []schema.Relation{
			{A: "costa", B: "port-authority", Label: "criticised", Weight: 1, Evidence: []schema.Span{{Doc: "b", Start: 5, End: 30}}},
			{A: "costa", B: "velmora", Label: "mayor", Weight: 1, Evidence: []schema.Span{{Doc: "b", Start: 5, End: 20}}},
			{A: "marta-costa", B: "velmora", Label: "mayor", Weight: 1, Evidence: []schema.Span{{Doc: "a", Start: 0, End: 30}}},
			{A: "port-authority", B: "velmora", Label: "in", Weight: 1, Evidence: []schema.Span{{Doc: "a", Start: 60, End: 127}}},
		},
		Contested: []schema.Contested{{ID: "c1", Claim: "The quay is safe.", Sides: []schema.Side{
			{Stance: "for", Holder: ptr("costa")}, {Stance: "against", Holder: ptr("port-authority")}}}},
		Layout: []schema.Position{{ID: "costa"}, {ID: "marta-costa"}, {ID: "port-authority"}, {ID: "velmora"}},
	}
}

func entity(ds *schema.Dataset, id string) *schema.Entity {
	for i := range ds.Entities {
		if ds.Entities[i].ID == id {
			return &ds.Entities[i]
		}
	}
	return nil
}

func quote(ds *schema.Dataset, id string) *schema.Quote {
	for i := range ds.Quotes {
		if ds.Quotes[i].ID == id {
			return &ds.Quotes[i]
		}
	}
	return nil
}

func event(ds *schema.Dataset, id string) *schema.Event {
	for i := range ds.Events {
		if ds.Events[i].ID == id {
			return &ds.Events[i]
		}
	}
	return nil
}

func pairs(ds *schema.Dataset) []string {
	var out []string
	for _, r := range ds.Relations {
		out = append(out, r.A+"~"+r.B)
	}
	return out
}

func TestApplyOps(t *testing.T) {
	tests := []struct {
		name  string
		json  string
		check func(t *testing.T, ds *schema.Dataset)
	}{
		{"merge", `[{"op":"merge","into":"marta-costa","from":["costa"]}]`, func(t *testing.T, ds *schema.Dataset) {
			if entity(ds, "costa") != nil {
				t.Error("entity costa still there after the merge")
			}
			m := entity(ds, "marta-costa")
			if !m.Corrected || !reflect.DeepEqual(m.Aliases, []string{"Costa", "Marta Costa"}) || len(m.Mentions) != 3 {
				t.Errorf("merged entity = %+v; want corrected, aliases [Costa Marta Costa], 3 mentions", m)
			}
			if m.Mentions[0].Doc != "a" || m.Mentions[1].Start != 5 {
				t.Errorf("mentions = %v; want sorted by document and offset", m.Mentions)
			}
			if q := quote(ds, "b-q1"); *q.Speaker != "marta-costa" || !q.Corrected {
				t.Errorf("quote b-q1 speaker = %v (corrected %v); want marta-costa, corrected", *q.Speaker, q.Corrected)
			}
			if ev := event(ds, "ev-1"); !reflect.DeepEqual(ev.Entities, []string{"marta-costa", "velmora"}) || !ev.Corrected {
				t.Errorf("event ev-1 entities = %v; want [marta-costa velmora], corrected", ev.Entities)
			}
			if got, want := pairs(ds), []string{"marta-costa~port-authority", "marta-costa~velmora", "port-authority~velmora"}; !reflect.DeepEqual(got, want) {
				t.Errorf("relations = %v; want %v", got, want)
			}
			for _, r := range ds.Relations {
				if r.A == "marta-costa" && r.B == "velmora" && (r.Weight != 2 || len(r.Evidence) != 2 || !r.Corrected) {
					t.Errorf("joined relation = %+v; want weight 2 with both pieces of evidence, corrected", r)
				}
			}
			if h := ds.Contested[0].Sides[0].Holder; h == nil || *h != "marta-costa" {
				t.Errorf("contested holder = %v; want marta-costa", h)
			}
		}},
		{"rename", `[{"op":"rename","entity":"port-authority","name":"Velmora Port Authority"}]`, func(t *testing.T, ds *schema.Dataset) {
			e := entity(ds, "port-authority")
			if e.Name != "Velmora Port Authority" || !e.Corrected || !reflect.DeepEqual(e.Aliases, []string{"Port Authority", "Velmora Port Authority"}) {
				t.Errorf("renamed = %+v", e)
			}
		}},
		{"retype", `[{"op":"retype","entity":"tuesday-market","type":"org"}]`, func(t *testing.T, ds *schema.Dataset) {
			if e := entity(ds, "tuesday-market"); e.Type != "org" || e.TypedBy != "editor" || !e.Corrected {
				t.Errorf("retyped = %+v; want org by editor, corrected", e)
			}
		}},
		{"alias", `[{"op":"alias","entity":"velmora","add":["Velmora Town","Velmora"]}]`, func(t *testing.T, ds *schema.Dataset) {
			if e := entity(ds, "velmora"); !reflect.DeepEqual(e.Aliases, []string{"Velmora", "Velmora Town"}) || !e.Corrected {
				t.Errorf("aliases = %v; want [Velmora Velmora Town]", e.Aliases)
			}
		}},
		{"drop", `[{"op":"drop","entity":"costa"}]`, func(t *testing.T, ds *schema.Dataset) {
			if entity(ds, "costa") != nil {
				t.Error("dropped entity still there")
			}
			if q := quote(ds, "b-q1"); q.Speaker != nil || !q.Corrected {
				t.Errorf("quote b-q1 speaker = %v; want null, corrected", q.Speaker)
			}
			if ev := event(ds, "ev-1"); !reflect.DeepEqual(ev.Entities, []string{"velmora"}) {
				t.Errorf("event entities = %v; want [velmora]", ev.Entities)
			}
			if got, want := pairs(ds), []string{"marta-costa~velmora", "port-authority~velmora"}; !reflect.DeepEqual(got, want) {
				t.Errorf("relations = %v; want %v", got, want)
			}
			if h := ds.Contested[0].Sides[0].Holder; h != nil {
				t.Errorf("contested holder = %v; want null", *h)
			}
			for _, p := range ds.Layout {
				if p.ID == "costa" {
					t.Error("layout still places the dropped entity")
				}
			}
		}},
		{"speaker set", `[{"op":"speaker","quote":"b-q2","speaker":"port-authority"}]`, func(t *testing.T, ds *schema.Dataset) {
			if q := quote(ds, "b-q2"); q.Speaker == nil || *q.Speaker != "port-authority" || !q.Corrected || q.SpeakerConfidence != 1 {
				t.Errorf("quote = %+v; want speaker port-authority, confidence 1, corrected", q)
			}
		}},
		{"speaker null", `[{"op":"speaker","quote":"b-q1","speaker":null}]`, func(t *testing.T, ds *schema.Dataset) {
			if q := quote(ds, "b-q1"); q.Speaker != nil || !q.Corrected {
				t.Errorf("quote speaker = %v; want null, corrected", *q.Speaker)
			}
		}},
		{"merge names a source twice", `[{"op":"merge","into":"marta-costa","from":["costa","costa"]}]`, func(t *testing.T, ds *schema.Dataset) {
			if entity(ds, "costa") != nil || len(entity(ds, "marta-costa").Mentions) != 3 {
				t.Error("merge with a repeated source not applied once")
			}
		}},
		{"hide quote", `[{"op":"hide","quote":"a-q1"}]`, func(t *testing.T, ds *schema.Dataset) {
			if quote(ds, "a-q1") != nil || len(ds.Quotes) != 2 {
				t.Errorf("quotes = %d; want a-q1 hidden", len(ds.Quotes))
			}
		}},
		{"hide event", `[{"op":"hide","event":"ev-2"}]`, func(t *testing.T, ds *schema.Dataset) {
			if event(ds, "ev-2") != nil || len(ds.Events) != 1 {
				t.Errorf("events = %d; want ev-2 hidden", len(ds.Events))
			}
		}},
		{"hide relation in either order", `[{"op":"hide","relation":["velmora","port-authority"]}]`, func(t *testing.T, ds *schema.Dataset) {
			if got, want := pairs(ds), []string{"costa~port-authority", "costa~velmora", "marta-costa~velmora"}; !reflect.DeepEqual(got, want) {
				t.Errorf("relations = %v; want %v", got, want)
			}
		}},
		{"label", `[{"op":"label","event":"ev-1","text":"Mayor opens the quay"}]`, func(t *testing.T, ds *schema.Dataset) {
			if ev := event(ds, "ev-1"); ev.Label != "Mayor opens the quay" || !ev.Corrected {
				t.Errorf("event = %+v; want the new label, corrected", ev)
			}
		}},
		{"empty list", `[]`, func(t *testing.T, ds *schema.Dataset) {
			if !reflect.DeepEqual(ds, sample()) {
				t.Error("an empty list changed the dataset")
			}
		}},
		{"edits in order", `[
			{"op":"merge","into":"marta-costa","from":["costa"]},
			{"op":"rename","entity":"marta-costa","name":"Mayor Marta Costa"},
			{"op":"speaker","quote":"b-q2","speaker":"marta-costa"}
		]`, func(t *testing.T, ds *schema.Dataset) {
			if e := entity(ds, "marta-costa"); e.Name != "Mayor Marta Costa" {
				t.Errorf("name = %q; want the rename after the merge", e.Name)
			}
			if q := quote(ds, "b-q2"); q.Speaker == nil || *q.Speaker != "marta-costa" {
				t.Error("speaker edit after the merge not applied")
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edits, err := Parse(File, []byte(tc.json))
			if err != nil {
				t.Fatalf("Parse(%q) error = %v", tc.json, err)
			}
			ds := sample()
			if err := Apply(File, ds, edits); err != nil {
				t.Fatalf("Apply(%s) error = %v", tc.json, err)
			}
			tc.check(t, ds)
		})
	}
}

func TestApplyDeterministic(t *testing.T) {
	src := `[{"op":"merge","into":"marta-costa","from":["costa"]},{"op":"drop","entity":"velmora"}]`
	var out []string
	for i := 0; i < 3; i++ {
		edits, _ := Parse(File, []byte(src))
		ds := sample()
		if err := Apply(File, ds, edits); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(ds)
		out = append(out, string(b))
	}
	if out[0] != out[1] || out[1] != out[2] {
		t.Error("Apply gave different datasets for the same edits")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		// want are substrings of the message: the file, the position, the ID.
		want []string
	}{
		{"malformed JSON", "[\n{\"op\":\"drop\",\"entity\":\"costa\"},\n{\"op\": }\n]", []string{"corrections.json:3", "malformed JSON"}},
		{"truncated", `[{"op":"drop","entity":"costa"}`, []string{"corrections.json:1", "end of file"}},
		{"not a list", `{"op":"drop","entity":"costa"}`, []string{"corrections.json", "JSON list"}},
		{"not an object", `["costa"]`, []string{"edit 1", "object"}},
		{"trailing data", `[] []`, []string{"after the list"}},
		{"unknown op", `[{"op":"split","entity":"costa"}]`, []string{"edit 1", `unknown op "split"`}},
		{"missing op", `[{"entity":"costa"}]`, []string{"edit 1", `missing "op"`}},
		{"unknown field", `[{"op":"drop","entity":"costa","why":"x"}]`, []string{"edit 1", `"why"`}},
		{"field of another op", `[{"op":"drop","entity":"costa","name":"x"}]`, []string{"edit 1", `"name"`}},
		{"missing field", `[{"op":"rename","entity":"costa"}]`, []string{"edit 1 (rename)", `missing "name"`}},
		{"wrong field type", `[{"op":"merge","into":"costa","from":"marta-costa"}]`, []string{"edit 1", `"from"`}},
		{"bad type", "[\n  {\"op\":\"retype\",\"entity\":\"tuesday-market\",\"type\":\"event\"}\n]", []string{"corrections.json:2", "edit 1 (retype)", `"event"`, `"tuesday-market"`, "person, org, place"}},
		{"hide two things", `[{"op":"hide","quote":"a-q1","event":"ev-1"}]`, []string{"edit 1 (hide)", "exactly one"}},
		{"hide bad pair", `[{"op":"hide","relation":["costa"]}]`, []string{"edit 1 (hide)", "pair"}},
		{"hide null relation", `[{"op":"hide","relation":null}]`, []string{"edit 1 (hide)", "pair"}},
		{"hide null quote", `[{"op":"hide","quote":null}]`, []string{"edit 1 (hide)", "quote ID"}},
		{"merge into itself", `[{"op":"merge","into":"costa","from":["costa"]}]`, []string{"edit 1 (merge)", `"costa"`}},
		{"duplicate edit", "[\n{\"op\":\"rename\",\"entity\":\"costa\",\"name\":\"A\"},\n{\"op\":\"rename\",\"entity\":\"costa\",\"name\":\"B\"}\n]", []string{"corrections.json:3", "edit 2 (rename)", "duplicate", "edit 1", `"costa"`}},
		{"merged twice", `[{"op":"merge","into":"marta-costa","from":["costa"]},{"op":"drop","entity":"costa"}]`, []string{"edit 2 (drop)", "duplicate", `"costa"`}},
		{"same hide twice", `[{"op":"hide","relation":["costa","velmora"]},{"op":"hide","relation":["velmora","costa"]}]`, []string{"edit 2", "duplicate", `"costa~velmora"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(File, []byte(tc.json))
			assertError(t, err, tc.want)
		})
	}
}

func TestApplyErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		want []string
	}{
		{"unknown entity", "[\n{\"op\":\"label\",\"event\":\"ev-1\",\"text\":\"x\"},\n{\"op\":\"rename\",\"entity\":\"zorba\",\"name\":\"Zorba\"}]", []string{"corrections.json:3", "edit 2 (rename)", `unknown entity "zorba"`}},
		{"unknown merge source", `[{"op":"merge","into":"costa","from":["marta-costa","nobody"]}]`, []string{"edit 1 (merge)", `"nobody"`}},
		{"unknown merge target", `[{"op":"merge","into":"nobody","from":["costa"]}]`, []string{"edit 1 (merge)", `"nobody"`}},
		{"unknown quote", `[{"op":"speaker","quote":"a-q9","speaker":null}]`, []string{"edit 1 (speaker)", `unknown quote "a-q9"`}},
		{"unknown speaker", `[{"op":"speaker","quote":"a-q1","speaker":"nobody"}]`, []string{"edit 1 (speaker)", `unknown entity "nobody"`}},
		{"unknown event", `[{"op":"hide","event":"ev-9"}]`, []string{"edit 1 (hide)", `unknown event "ev-9"`}},
		{"unknown label event", `[{"op":"label","event":"ev-9","text":"x"}]`, []string{"edit 1 (label)", `"ev-9"`}},
		{"no such relation", `[{"op":"hide","relation":["marta-costa","port-authority"]}]`, []string{"edit 1 (hide)", `"marta-costa~port-authority"`}},
		{"entity removed earlier", `[{"op":"merge","into":"marta-costa","from":["costa"]},{"op":"rename","entity":"costa","name":"X"}]`, []string{"edit 2 (rename)", "edit 1 already removed", `"costa"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edits, err := Parse(File, []byte(tc.json))
			if err != nil {
				t.Fatalf("Parse(%q) error = %v", tc.json, err)
			}
			assertError(t, Apply(File, sample(), edits), tc.want)
		})
	}
}

func assertError(t *testing.T, err error, want []string) {
	t.Helper()
	if err == nil {
		t.Fatalf("error = nil; want one containing %q", want)
	}
	var ce *Error
	if !errors.As(err, &ce) {
		t.Errorf("error %v is a %T; want *Error", err, err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error = %q; want it to contain %q", err, w)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "  \n", "\ufeff[]"} {
		if edits, err := Parse(File, []byte(src)); err != nil || len(edits) != 0 {
			t.Errorf("Parse(%q) = %v, %v; want no edits", src, edits, err)
		}
	}
}

func TestParsePositions(t *testing.T) {
	edits, err := Parse(File, []byte("[\n {\"op\":\"drop\",\"entity\":\"a\"},\n\n {\"op\":\"hide\",\"quote\":\"q\"}\n]"))
	if err != nil {
		t.Fatal(err)
	}
	if len(edits) != 2 || edits[0].Pos != 1 || edits[0].Line != 2 || edits[1].Pos != 2 || edits[1].Line != 4 {
		t.Errorf("positions = %+v; want edit 1 on line 2, edit 2 on line 4", edits)
	}
}
