package extract

import "testing"

// An entity can hold "Mr Roe" and "Mrs Roe" (a couple merged on a
// surname): its gender must not depend on map order.
func TestGenderOfIsDeterministic(t *testing.T) {
	d := &doc{}
	first := ""
	for i := 0; i < 200; i++ {
		e := &docEntity{name: "Roe", typ: typePerson, aliases: map[string]bool{"Mrs Roe": true, "Mr Roe": true, "Roe": true, "Ms. Roe": true}}
		g := d.genderOf(e)
		if i == 0 {
			first = g
		} else if g != first {
			t.Fatalf("genderOf gave %q, then %q", first, g)
		}
	}
}
