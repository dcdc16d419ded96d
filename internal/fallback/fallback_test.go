package fallback

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		name, value, precision, mod, want string
	}{
		{"day", "2024-11-06", "day", "", "Wed 6 Nov 2024"},
		{"day ignores mod", "2024-11-06", "day", "late", "Wed 6 Nov 2024"},
		{"month", "2023-06", "month", "", "June 2023"},
		{"month with mod", "2023-06", "month", "early", "early June 2023"},
		{"year", "2022", "year", "", "2022"},
		{"late year", "2022", "year", "late", "late 2022"},
		{"unknown mod dropped", "2022", "year", "<b>", "2022"},
		{"garbage kept", "soon", "day", "", "soon"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatDate(tc.value, tc.precision, tc.mod); got != tc.want {
				t.Errorf("FormatDate(%q, %q, %q) = %q; want %q", tc.value, tc.precision, tc.mod, got, tc.want)
			}
		})
	}
}

func str(s string) *string { return &s }

func seedLike() *schema.Dataset {
	return &schema.Dataset{
		Schema: 1,
		Documents: []schema.Document{
			{ID: "cnn", Title: "Elon Musk joined Trump-Zelensky call", Outlet: "CNN", Published: "2024-11-08", URL: "https://example.com/a"},
			{ID: "ind", Title: "Ukraine-Russia war – live", Outlet: "The Independent", Published: "2024-11-08", URL: "https://example.com/b"},
		},
		Entities: []schema.Entity{
			{ID: "elon-musk", Name: "Elon Musk", Type: "person", Descriptors: []string{"Tech tycoon", "Tech Tycoon", "the billionaire", "the SpaceX founder"}, Mentions: make([]schema.Span, 9)},
			{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: "person", Mentions: make([]schema.Span, 7)},
			{ID: "ukraine", Name: "Ukraine", Type: "place", Mentions: make([]schema.Span, 20)},
		},
		Quotes: []schema.Quote{{ID: "q1", Doc: "ind", Text: "A ceasefire is being proposed", Speaker: str("volodymyr-zelensky")}},
		Events: []schema.Event{
			{ID: "e2", Date: schema.When{Value: "2024-11-06", Precision: "day"}, Text: "Musk joins the call.", Entities: []string{"elon-musk"}, Docs: []string{"cnn", "ind"}},
			{ID: "e1", Date: schema.When{Value: "2022", Precision: "year", Mod: "late"}, Text: "Regular contact begins.", Entities: []string{"elon-musk"}, Docs: []string{"cnn"}},
			{ID: "e0", Date: schema.When{Value: "2022", Precision: "year"}, Text: "Invasion.", Entities: []string{"ukraine"}, Docs: []string{"cnn"}},
		},
	}
}

func TestRender(t *testing.T) {
	var b bytes.Buffer
	if err := Render(&b, seedLike(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`<h2 class="storylens-fallback-title">Elon Musk joined Trump-Zelensky call</h2>`,
		"Compiled from 2 articles (CNN; The Independent): 3 dated events, 1 quote,",
		"<strong>Elon Musk</strong> — Tech tycoon; the billionaire</li>",
		"<strong>Volodymyr Zelensky</strong> (1 quote)",
		`<time datetime="2024-11-06">Wed 6 Nov 2024</time>: Musk joins the call. <span class="storylens-fallback-outlets">(CNN; The Independent)</span>`,
		`<time datetime="2022">late 2022</time>`,
		`<a href="https://example.com/a" rel="noopener">`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Render output lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ukraine</strong>") {
		t.Errorf("Render listed a place among key people:\n%s", out)
	}
	// Chronological: 2022, late 2022, then 2024.
	i0, i1, i2 := strings.Index(out, "Invasion."), strings.Index(out, "Regular contact"), strings.Index(out, "Musk joins")
	if !(i0 < i1 && i1 < i2) {
		t.Errorf("events out of order: %d %d %d", i0, i1, i2)
	}
}

func TestRenderEntityFilter(t *testing.T) {
	v := Build(seedLike(), Options{Entity: "ukraine"})
	if len(v.Events) != 1 || v.Events[0].ID != "e0" {
		t.Errorf("Build(entity=ukraine).Events = %+v; want only e0", v.Events)
	}
}

func TestRenderHostile(t *testing.T) {
	const img = `<img src=x onerror="window.__pwned=1">`
	const scr = `<script>window.__pwned=1</script>`
	ds := &schema.Dataset{
		Title: "Title " + scr,
		Documents: []schema.Document{
			{ID: "d", Title: "Doc " + img, Outlet: "Outlet " + scr, Published: `2024"><b>`, URL: "javascript:alert(1)"},
			{ID: "e", Title: "Second", Outlet: "Second", URL: ` JaVaScRiPt:alert(1)`},
			{ID: "f", Title: "Third", Outlet: "Third", URL: `https://ok.example/"onmouseover="x`},
		},
		Entities: []schema.Entity{{ID: `x" onclick="y`, Name: "Name " + img, Type: "person", Descriptors: []string{scr}}},
		Quotes:   []schema.Quote{{ID: "q", Doc: "d", Text: scr, Speaker: str(`x" onclick="y`)}},
		Events:   []schema.Event{{ID: `e"><script>`, Date: schema.When{Value: `2024"><img>`, Precision: "day"}, Text: img, Docs: []string{"d"}}},
	}
	var b bytes.Buffer
	if err := Render(&b, ds, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img", "<b>", "javascript:", "JaVaScRiPt", `" onclick`, `"onmouseover`} {
		if strings.Contains(out, bad) {
			t.Errorf("hostile dataset: output contains %q\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "Name &lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;") {
		t.Errorf("hostile name not shown as escaped text:\n%s", out)
	}
}

func TestRenderContested(t *testing.T) {
	ds := seedLike()
	text := "Musk and Putin have been in regular contact since late 2022. Musk denied it."
	ds.Documents[0].Text = text
	start := strings.Index(text, "regular contact")
	ds.Events[1].Evidence = []schema.Span{{Doc: "cnn", Start: start - 5, End: start + 20}}
	ds.Quotes = append(ds.Quotes, schema.Quote{ID: "q2", Doc: "cnn", Text: "regular contact", Start: start, End: start + 15})
	ds.Relations = []schema.Relation{{A: "elon-musk", B: "vladimir-putin", Label: "regular contact", Evidence: []schema.Span{{Doc: "cnn", Start: 0, End: 10}}}}
	ds.Contested = []schema.Contested{{ID: "c1", Claim: "Musk and Putin in regular contact", Sides: []schema.Side{
		{Stance: "for", Evidence: schema.Span{Doc: "cnn", Start: start, End: start + 15}},
		{Stance: "against", Holder: str("elon-musk"), Evidence: schema.Span{Doc: "cnn", Start: strings.Index(text, "denied"), End: strings.Index(text, "denied") + 6}},
	}}}
	v := Build(ds, Options{})
	if v.ContestedEvents != "e1" || v.ContestedQuotes != "q2" || v.ContestedRelations != "" {
		t.Errorf("Build contested = %q, %q, %q; want e1, q2, \"\"", v.ContestedEvents, v.ContestedQuotes, v.ContestedRelations)
	}
	var b bytes.Buffer
	if err := Render(&b, ds, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`slot="contested"`, `data-events="e1"`,
		"Regular contact begins. <strong class=\"storylens-fallback-contested-mark\">(contested)</strong>",
		"Disputed by Elon Musk, in CNN: <q>Musk denied it.</q>",
		"Asserted, in CNN: <q>Musk and Putin have been in regular contact since late 2022.</q>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Render output lacks %q\n%s", want, out)
		}
	}
}

func ExampleFormatDate() {
	fmt.Println(FormatDate("2024-11-06", "day", ""))
	fmt.Println(FormatDate("2023-06", "month", ""))
	fmt.Println(FormatDate("2022", "year", "late"))
	// Output:
	// Wed 6 Nov 2024
	// June 2023
	// late 2022
}
