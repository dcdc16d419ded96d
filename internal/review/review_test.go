package review

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/corrections"
	"github.com/storylens/storylens/schema"
)

func ptr(s string) *string { return &s }

// The fixture's one document. Offsets below are found in it, not typed.
const text = "Harbour plan approved\n\n" +
	"The mayor of Velmora, Marta Quintel, said the quay would reopen. “We will rebuild it,” she said.\n\n" +
	"Idris Okafor, head of the Velmora Port Board, agreed. “It is late,” an official said. “Too late,” Okafur added.\n\n" +
	"The board said the quay is safe. Inspectors said the quay is not safe."

func span(s string) schema.Span {
	i := strings.Index(text, s)
	if i < 0 {
		panic("fixture text lacks " + s)
	}
	return schema.Span{Doc: "echo", Start: i, End: i + len(s)}
}

func quoteAt(id, s string, speaker *string, conf float64) schema.Quote {
	sp := span(s)
	return schema.Quote{ID: id, Doc: "echo", Text: s, Speaker: speaker, SpeakerConfidence: conf, Start: sp.Start, End: sp.End}
}

// fixture is a made-up dataset with one weak item of each kind, and items
// that are fine.
func fixture() *schema.Dataset {
	return &schema.Dataset{
		Schema: 1, Title: "Harbour plan approved", Version: "test",
		Documents: []schema.Document{{ID: "echo", Outlet: "Velmora Echo", Text: text}},
		Entities: []schema.Entity{
			{ID: "idris-okafor", Name: "Idris Okafor", Type: "person", TypedBy: "gazetteer", Mentions: []schema.Span{span("Idris Okafor"), span("Idris Okafor")}},
			{ID: "marta-quintel", Name: "Marta Quintel", Type: "person", TypedBy: "context", Mentions: []schema.Span{span("Marta Quintel"), span("Marta Quintel")}},
			{ID: "okafur", Name: "Okafur", Type: "person", TypedBy: "context", Mentions: []schema.Span{span("Okafur")}},
			{ID: "velmora", Name: "Velmora", Type: "place", TypedBy: "default", Mentions: []schema.Span{span("Velmora"), span("Velmora")}},
			{ID: "velmora-port-board", Name: "Velmora Port Board", Type: "org", TypedBy: "model", Mentions: []schema.Span{span("Velmora Port Board"), span("board")}},
		},
		Quotes: []schema.Quote{
			quoteAt("q-rebuild", "We will rebuild it,", ptr("marta-quintel"), 1),
			quoteAt("q-late", "It is late,", nil, 0),
			quoteAt("q-too-late", "Too late,", ptr("okafur"), 0.3),
		},
		Events: []schema.Event{{ID: "ev-safe", Text: "The board said the quay is safe.", Entities: []string{"velmora-port-board"},
			Evidence: []schema.Span{span("The board said the quay is safe.")}}},
		Contested: []schema.Contested{{ID: "c-safe", Claim: "the quay is safe", Sides: []schema.Side{
			{Stance: "for", Holder: ptr("velmora-port-board"), Evidence: span("The board said the quay is safe.")},
			{Stance: "against", Evidence: span("Inspectors said the quay is not safe.")}}}},
	}
}

func TestItems(t *testing.T) {
	got := Items(fixture())
	want := []struct{ kind, id, fix, sentence string }{
		{NoSpeaker, "q-late", `{"op":"speaker","quote":"q-late","speaker":"idris-okafor"}`, "“It is late,” an official said."},
		{LowConfidence, "q-too-late", `{"op":"speaker","quote":"q-too-late","speaker":"okafur"}`, "“Too late,” Okafur added."},
		{DefaultType, "velmora", `{"op":"retype","entity":"velmora","type":"place"}`, "The mayor of Velmora, Marta Quintel, said the quay would reopen."},
		{SingleMention, "okafur", `{"op":"drop","entity":"okafur"}`, "“Too late,” Okafur added."},
		{LookAlike, "idris-okafor~okafur", `{"op":"merge","into":"idris-okafor","from":["okafur"]}`, "“Too late,” Okafur added."},
		{Contested, "c-safe", `{"op":"hide","event":"ev-safe"}`, "The board said the quay is safe."},
	}
	if len(got) != len(want) {
		for _, it := range got {
			t.Logf("item %s %s: %s", it.Kind, it.ID, it.Fix)
		}
		t.Fatalf("Items() = %d items; want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.kind || g.ID != w.id || g.Fix != w.fix || g.Sentence != w.sentence {
			t.Errorf("item %d = {%s %s %s %q}; want {%s %s %s %q}", i, g.Kind, g.ID, g.Fix, g.Sentence, w.kind, w.id, w.fix, w.sentence)
		}
		if g.Outlet != "Velmora Echo" {
			t.Errorf("item %d outlet = %q; want Velmora Echo", i, g.Outlet)
		}
	}
}

// TestFixesApply: every suggested line is a valid corrections.json edit
// that applies to the dataset, and once applied its item leaves the sheet.
func TestFixesApply(t *testing.T) {
	for _, it := range Items(fixture()) {
		if it.Fix == "" {
			continue
		}
		// Hiding the event that reports a contested claim as fact leaves
		// the claim itself on the sheet: it is still contested.
		stays := it.Kind == Contested
		t.Run(it.Kind+" "+it.ID, func(t *testing.T) {
			edits, err := corrections.Parse(corrections.File, []byte("["+it.Fix+"]"))
			if err != nil {
				t.Fatalf("Parse(%s) error = %v", it.Fix, err)
			}
			ds := fixture()
			if err := corrections.Apply(corrections.File, ds, edits); err != nil {
				t.Fatalf("Apply(%s) error = %v", it.Fix, err)
			}
			for _, after := range Items(ds) {
				if after.Kind == it.Kind && after.ID == it.ID && !stays {
					t.Errorf("after %s the sheet still lists %s %s", it.Fix, it.Kind, it.ID)
				}
			}
		})
	}
}

func TestAlike(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Idris Okafor", "Okafor", true},
		{"Idris Okafor", "Idris Okafur", true},
		{"Velmora Port Board", "VPB", true},
		{"Velmora Port Board", "Port Board of Velmora", true},
		{"Marta Quintel", "Idris Okafor", false},
		{"Velmora", "Velmora Port", true},
		{"Nato", "Nasa", false},
		{"Ana", "Ada", false},
		{"H Okafor", "Idris Okafor", false},
		{"I Okafor", "Idris Okafor", true},
		{"I", "Idris Okafor", false},
		{"I O", "Idris Okafor", false},
	}
	for _, tc := range tests {
		if got := alike(tc.a, tc.b); got != tc.want {
			t.Errorf("alike(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSentence(t *testing.T) {
	sp := span("Okafur")
	if got, want := Sentence(text, sp.Start, sp.End), "“Too late,” Okafur added."; got != want {
		t.Errorf("Sentence(Okafur) = %q; want %q", got, want)
	}
	if got := Sentence(text, -1, 3); got != "" {
		t.Errorf("Sentence(bad span) = %q; want \"\"", got)
	}
}

func TestTable(t *testing.T) {
	var b bytes.Buffer
	if err := Table(&b, Items(fixture())); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "6 items to check (quote without speaker 1,") {
		t.Errorf("summary = %q", lines[0])
	}
	// Aligned: the ID column starts at the same place on every row.
	col := strings.Index(lines[2], "ID")
	for _, l := range lines[3:] {
		if col < 0 || len(l) <= col || l[col-1] != ' ' || l[col] == ' ' {
			t.Errorf("row %q not aligned on column %d", l, col)
		}
	}
	if !strings.Contains(b.String(), `{"op":"merge","into":"idris-okafor","from":["okafur"]}`) {
		t.Error("table lacks the merge fix")
	}
	b.Reset()
	Table(&b, nil)
	if b.String() != "Nothing to check.\n\n" {
		t.Errorf("Table(nil) = %q", b.String())
	}
}

func TestHTML(t *testing.T) {
	ds := fixture()
	ds.Entities[4].Name = `<img src=x onerror="alert(1)">`
	var b bytes.Buffer
	if err := HTML(&b, ds, Items(ds)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if n := strings.Count(page, `<li class="item"`); n != 6 {
		t.Errorf("page lists %d items; want 6", n)
	}
	if strings.Contains(page, "<img") || !strings.Contains(page, "&lt;img src=x") {
		t.Error("an entity name reached the page as markup")
	}
	for _, bad := range []string{"http://", "https://", "<script src", "<link", "innerHTML"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q; want no external request and no innerHTML", bad)
		}
	}
	// The CSP allows exactly the page's own inline script and style.
	for _, el := range []string{"script", "style"} {
		m := regexp.MustCompile(`(?s)<` + el + `>(.*?)</` + el + `>`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("no <%s> in the page", el)
		}
		if !strings.Contains(html.UnescapeString(page), el+"-src '"+cspHash(m[1])+"'") {
			t.Errorf("CSP lacks the hash of the page's <%s>", el)
		}
	}
	if !strings.Contains(page, `{&#34;op&#34;:&#34;drop&#34;,&#34;entity&#34;:&#34;okafur&#34;}`) {
		t.Error("page lacks the drop line as escaped text")
	}
}

func TestLookAlikesOneWordInLongName(t *testing.T) {
	ds := &schema.Dataset{Entities: []schema.Entity{
		{ID: "idris-okafor", Name: "Idris Okafor", Type: "person", TypedBy: "model"},
		{ID: "okafor", Name: "Okafor", Type: "person", TypedBy: "model"},
		{ID: "velmora", Name: "Velmora", Type: "org", TypedBy: "model"},
		{ID: "velmora-port-board", Name: "Velmora Port Board", Type: "org", TypedBy: "model"},
		{ID: "quintel-holdings", Name: "Quintel Holdings", Type: "org", TypedBy: "model"},
		{ID: "quintel", Name: "Quintel", Type: "org", TypedBy: "model"},
	}}
	var got []string
	for _, it := range Items(ds) {
		if it.Kind == LookAlike {
			got = append(got, it.ID)
		}
	}
	if want := "idris-okafor~okafor quintel-holdings~quintel"; strings.Join(got, " ") != want {
		t.Errorf("look-alike pairs = %v; want %s (an org's one-word name inside a three-word name is not one)", got, want)
	}
}
