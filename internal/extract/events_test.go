package extract

import (
	"testing"

	"github.com/storylens/storylens/schema"
)

func TestEventsMergeAcrossOutlets(t *testing.T) {
	a := Article{File: "a.txt", Meta: Meta{Published: "2024-03-08"}, Text: []byte("Ceasefire talks\n\n" +
		"Foreign minister Lena Varga met envoy Omar Haddad in Geneva on Wednesday to discuss a ceasefire.")}
	b := Article{File: "b.txt", Meta: Meta{Published: "2024-03-08"}, Text: []byte("Diplomacy update\n\n" +
		"Omar Haddad held talks with Lena Varga on Wednesday, officials said. In 2021 Haddad led a similar mission.")}
	ds, err := Build([]Article{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var wed *schema.Event
	for i := range ds.Events {
		if ds.Events[i].Date.Value == "2024-03-06" {
			if wed != nil {
				t.Fatalf("Build: two events on 2024-03-06; want them merged: %+v", ds.Events)
			}
			wed = &ds.Events[i]
		}
	}
	if wed == nil {
		t.Fatalf("Build: no event on 2024-03-06 in %+v", ds.Events)
	}
	if len(wed.Docs) != 2 || len(wed.Evidence) != 2 {
		t.Errorf("merged event docs = %v, evidence = %d; want both documents", wed.Docs, len(wed.Evidence))
	}
	want := map[string]bool{"lena-varga": true, "omar-haddad": true}
	for _, id := range wed.Entities {
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("merged event entities = %v; missing %v", wed.Entities, want)
	}
	found2021 := false
	for _, e := range ds.Events {
		if e.Date.Value == "2021" && e.Date.Precision == "year" {
			found2021 = true
		}
	}
	if !found2021 {
		t.Errorf("Build: no 2021 event in %+v", ds.Events)
	}
}

func TestRelations(t *testing.T) {
	text := "Business news\n\n" +
		"Shipping tycoon Lars Ekdahl founded Nordwave Logistics in 1998. " +
		"Ekdahl congratulated Mayor Omar Haddad on his re-election. " +
		"Nordwave spokeswoman Ana Petrov said the firm pays for the new harbour. " +
		"Lars Ekdahl, Omar Haddad, Ana Petrov, Marta Kowalczyk, Tomas Varga and Lena Varga attended a dinner where the weather was discussed at length."
	ds := buildText(t, text, "2024-05-10")
	has := func(a, b string) bool {
		if b < a {
			a, b = b, a
		}
		for _, r := range ds.Relations {
			if r.A == a && r.B == b {
				return true
			}
		}
		return false
	}
	for _, p := range [][2]string{{"lars-ekdahl", "nordwave-logistics"}, {"lars-ekdahl", "omar-haddad"}, {"ana-petrov", "nordwave-logistics"}} {
		if !has(p[0], p[1]) {
			t.Errorf("Build(%q) relations = %+v; missing %s–%s", text, ds.Relations, p[0], p[1])
		}
	}
	// A long list of names is not a web of relations.
	if has("marta-kowalczyk", "tomas-varga") || has("lars-ekdahl", "lena-varga") {
		t.Errorf("Build(%q) relations = %+v; want no links between names merely listed", text, ds.Relations)
	}
}
