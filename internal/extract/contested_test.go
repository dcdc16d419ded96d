package extract

import "testing"

func TestContested(t *testing.T) {
	text := "Report on the mine\n\n" +
		"A report by the Northern Rivers Authority said the Kestrel Mining company dumped waste into the river in 2021. " +
		"Kestrel Mining rejected the claim, saying it had never dumped waste into the river."
	ds := buildText(t, text, "2024-05-10")
	if len(ds.Contested) != 1 {
		t.Fatalf("Build(%q) contested = %+v; want one claim", text, ds.Contested)
	}
	c := ds.Contested[0]
	if len(c.Sides) != 2 || c.Sides[0].Stance != "for" || c.Sides[1].Stance != "against" {
		t.Fatalf("contested sides = %+v; want for and against", c.Sides)
	}
	if c.Sides[0].Holder == nil || *c.Sides[0].Holder != "northern-rivers-authority" {
		t.Errorf("for side source = %v; want northern-rivers-authority", c.Sides[0].Holder)
	}
	if c.Sides[1].Holder == nil || *c.Sides[1].Holder != "kestrel-mining" {
		t.Errorf("against side source = %v; want kestrel-mining", c.Sides[1].Holder)
	}
}
