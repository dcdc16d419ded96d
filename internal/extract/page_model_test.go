package extract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/internal/learn"
)

// TestLineShape checks the clutter classes the classifier weighs, one
// made-up line each.
func TestLineShape(t *testing.T) {
	tests := []struct {
		line string
		name string
		get  func(lineShape) bool
		want bool
	}{
		{"More from the Daily Example", "relHead", func(s lineShape) bool { return s.relHead }, true},
		{"You may also like", "relHead", func(s lineShape) bool { return s.relHead }, true},
		{"More than forty people were hurt in the crash.", "relHead", func(s lineShape) bool { return s.relHead }, false},
		{"Related: Harbour town braces for a second storm", "relInline", func(s lineShape) bool { return s.relInline }, true},
		{"Related talks will follow next week, officials said.", "relInline", func(s lineShape) bool { return s.relInline }, false},
		{"Jane Roe/Example Agency", "credit", func(s lineShape) bool { return s.credit }, true},
		{"Omar Haddad, Associated Press", "credit", func(s lineShape) bool { return s.credit }, true},
		{"Courtesy of Lena Varga", "credit", func(s lineShape) bool { return s.credit }, true},
		{"The mayor thanked the rescue teams.", "credit", func(s lineShape) bool { return s.credit }, false},
		{"The mayor speaks at the harbour on Monday.Jane Roe/Example Agency", "capCredit", func(s lineShape) bool { return s.capCredit }, true},
		{"Boats wait in the harbour at dawn.Credit...Omar Haddad for Example Weekly", "capCredit", func(s lineShape) bool { return s.capCredit }, true},
		{"The ferry left at noon. Jane Roe said she was glad to be home.", "capCredit", func(s lineShape) bool { return s.capCredit }, false},
		{"Sales rose in May/June after the harbour reopened.", "capCredit", func(s lineShape) bool { return s.capCredit }, false},
		{"Jane Roe is a reporter for the Daily Example.", "bio", func(s lineShape) bool { return s.bio }, true},
		{"Omar Haddad joined Example Weekly in 2019 as a staff writer.", "bio", func(s lineShape) bool { return s.bio }, true},
		{"Jane Roe is the mayor of Portmere.", "bio", func(s lineShape) bool { return s.bio }, false},
		{"Follow the Daily Example on social media for more.", "appeal", func(s lineShape) bool { return s.appeal }, true},
		{"Subscribe to our weekly briefing", "appeal", func(s lineShape) bool { return s.appeal }, true},
		{"Rescuers followed the river for hours.", "appeal", func(s lineShape) bool { return s.appeal }, false},
		{"Jane Roe 2021-03-04 10:22:31", "stamp", func(s lineShape) bool { return s.stamp == "iso" }, true},
		{"Published March 4, 2021 at 10:22 am", "stamp", func(s lineShape) bool { return s.stamp == "clock+day" }, true},
		{"The council met for three hours.", "stamp", func(s lineShape) bool { return s.stamp != "" }, false},
		{"Author:Example StaffPublish date:Mar 4", "glued", func(s lineShape) bool { return s.glued }, true},
		{"harbour,storms,floods,rescue", "glued", func(s lineShape) bool { return s.glued }, true},
		{"The harbour, the river and the old town flooded.", "glued", func(s lineShape) bool { return s.glued }, false},
		{"World News Sport", "menu", func(s lineShape) bool { return s.menu }, true},
		{"Sport, weather and news.", "menu", func(s lineShape) bool { return s.menu }, false},
		{"Read the full report at www.example.org", "link", func(s lineShape) bool { return s.link }, true},
		{"Boats wait in the flooded harbour at dawnCredit: Example Agency", "after", func(s lineShape) bool { return s.after }, true},
		{"The first map of the bay. (Jane Roe/Example Survey)", "after", func(s lineShape) bool { return s.after }, true},
		{"Ferries wait at the pier. (Photo by Omar Haddad/Example Images)", "after", func(s lineShape) bool { return s.after }, true},
		{"Related post: Ten ways to cook harbour mussels", "after", func(s lineShape) bool { return s.after }, true},
		{"Lena Varga is a Staff Writer for the Daily Example.", "after", func(s lineShape) bool { return s.after }, true},
		{"Like this story? Share it with a friend!", "after", func(s lineShape) bool { return s.after }, true},
		{"Subscribe to the Daily Example channel on YouTube for more videos.", "after", func(s lineShape) bool { return s.after }, true},
		{"The council said the photographs were taken in May (before the storm).", "after", func(s lineShape) bool { return s.after }, false},
		{"Related costs rose: the mayor blamed the storm.", "after", func(s lineShape) bool { return s.after }, false},
		{"Lena Varga is the Editor of the town's history society, she said.", "after", func(s lineShape) bool { return s.after }, false},
		{"Lena Varga is the mayor of Portmere.", "after", func(s lineShape) bool { return s.after }, false},
		{"Share prices of the ferry company rose on Friday.", "after", func(s lineShape) bool { return s.after }, false},
		{"Follow the river north for two miles, the guide told friends.", "after", func(s lineShape) bool { return s.after }, false},
		{"The ferry returned to service on Friday after repairs.", "sentence", func(s lineShape) bool { return s.sentence }, true},
		{"Sign up for your free briefing today.", "sentence", func(s lineShape) bool { return s.sentence }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.line, func(t *testing.T) {
			if got := tc.get(measureLine(tc.line)); got != tc.want {
				t.Errorf("measureLine(%q).%s = %v; want %v", tc.line, tc.name, got, tc.want)
			}
		})
	}
}

func TestReadsAsStandfirst(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"The harbour town is bracing for a second storm after the floods of last week.", true},
		{"Twelve teams have booked their places in the final round of the cup", true},
		{"By Jane Roe - 03/04/21 10:22 AM", false},
		{"Monday March 4, 2021 by Omar Haddad", false},
		{"Jane Roe and Omar Haddad", false},
		{"Watch Lena Varga Sing Folk Songs on Example TV", false},
	}
	for _, tc := range tests {
		if got := readsAsStandfirst(tc.line); got != tc.want {
			t.Errorf("readsAsStandfirst(%q) = %v; want %v", tc.line, got, tc.want)
		}
	}
}

// madeUpPage is a page of made-up text with the clutter classes of real
// pages around a body of prose.
const madeUpPage = `Harbour town braces for a second storm
By Jane Roe
March 4, 2021 10:22 am
Share
The harbour town of Portmere is bracing for a second storm after floods last week forced hundreds of residents from their homes, officials said on Thursday.
Emergency crews spent the night filling sandbags along the river, and the mayor asked people living near the water to stay with relatives until the weekend.
Jane Roe/Example Agency
"We are better prepared than we were a week ago," Mayor Lena Varga told reporters at the town hall, adding that the shelters had room for everyone.
The weather service said the storm would reach the coast late on Friday and bring gusts of up to 100 kilometres an hour.
Sign up for our daily newsletter and get the top stories in your inbox.
More from the Daily Example
Ferry service resumes after repairs
Council approves new bridge over the river
Factory workers strike over pay
© 2021 Daily Example. All rights reserved.`

func TestEmbeddedPageModel(t *testing.T) {
	m, err := loadPageModel()
	if err != nil {
		t.Fatalf("the embedded page model does not load: %v", err)
	}
	if m.pass1.NumFeatures() < 50 || m.pass2.NumFeatures() < 50 {
		t.Fatalf("page model has %d and %d features; want a trained model", m.pass1.NumFeatures(), m.pass2.NumFeatures())
	}
	pg := cleanPage(madeUpPage)
	if pg.title != "Harbour town braces for a second storm" {
		t.Errorf("title = %q", pg.title)
	}
	for _, want := range []string{
		"The harbour town of Portmere is bracing",
		"Emergency crews spent the night",
		`"We are better prepared`,
		"The weather service said",
	} {
		if !hasPrefixIn(pg.paras, want) {
			t.Errorf("cleanPage dropped the body paragraph %q…; kept %q", want, pg.paras)
		}
	}
	for _, want := range []string{
		"By Jane Roe", "Share", "Jane Roe/Example Agency",
		"Sign up for our daily newsletter and get the top stories in your inbox.",
		"More from the Daily Example", "Ferry service resumes after repairs",
		"Council approves new bridge over the river", "Factory workers strike over pay",
		"© 2021 Daily Example. All rights reserved.",
	} {
		if hasPrefixIn(pg.paras, want) {
			t.Errorf("cleanPage kept the clutter line %q", want)
		}
	}
	// The model's probabilities: clutter above the body's.
	lines, title, resolved := ruleLines(madeUpPage)
	p := m.predict(newPageView(lines, title, resolved))
	idx := func(prefix string) int {
		for i, l := range lines {
			if strings.HasPrefix(l.text, prefix) {
				return i
			}
		}
		t.Fatalf("no line %q", prefix)
		return -1
	}
	if body, related := p[idx("Emergency crews")], p[idx("Council approves")]; body >= related {
		t.Errorf("P(clutter) of a body paragraph %.2f >= that of a related headline %.2f", body, related)
	}
}

func hasPrefixIn(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func TestDecodePageModelErrors(t *testing.T) {
	one, err := learn.Logistic{Epochs: 1, Rate: 0.1, Seed: 1}.Train([]learn.Sample{{Features: []string{"a"}, Positive: true}}, 0).Encode("one pass")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a page model"},
		{"one pass only", one, "want two models"},
		{"junk in pass 2", append(append([]byte{}, one...), []byte("storylens-model 1\nlabels\tpositive\nmeta\tx\nwhat\n")...), "pass 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodePageModel("x.model", tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "x.model") {
				t.Errorf("decodePageModel(%s) = %v; want an error naming x.model with %q", tc.name, err, tc.want)
			}
		})
	}
}

func TestAlignClutter(t *testing.T) {
	lines := []pageLine{{text: "Headline here"}, {text: "Share"}, {text: "Body text of the story."}, {text: "Share"}, {text: "“Quoted” line — with dashes"}}
	gold := []string{"Share", "\"Quoted\" line - with dashes", "Share"}
	got := alignClutter(lines, gold)
	// The in-order pairing takes the first Share and the quoted line;
	// the second gold Share has no line left after them.
	want := []bool{false, true, false, false, true}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("alignClutter = %v; want %v", got, want)
			break
		}
	}
}

// madeUpDevset is a development set of eight made-up pages of eight
// outlets, each with its gold clutter lines.
func madeUpDevset() fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := 0; i < 8; i++ {
		town := []string{"Alden", "Brisk", "Corran", "Dunmore", "Elsby", "Farrow", "Glenby", "Hollin"}[i]
		name := "pages/train/articles/00" + string(rune('0'+i)) + "_" + strings.ToLower(town) + "-example.txt"
		body := strings.ReplaceAll(madeUpPage, "Portmere", town)
		fsys[name] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(body, "\n", "\n\n"))}
		gold, _ := json.Marshal(map[string]any{"boilerplate": []string{
			"By Jane Roe", "March 4, 2021 10:22 am", "Share", "Jane Roe/Example Agency",
			"Sign up for our daily newsletter and get the top stories in your inbox.",
			"More from the Daily Example", "Ferry service resumes after repairs",
			"Council approves new bridge over the river", "Factory workers strike over pay",
			"© 2021 Daily Example. All rights reserved.",
		}})
		fsys[strings.Replace(strings.Replace(name, "articles", "gold", 1), ".txt", ".gold.json", 1)] = &fstest.MapFile{Data: gold}
	}
	return fsys
}

// TestCrossValidatePage scores the made-up set by cross-validation: the
// clutter of pages held out is found, each wrong line is reported.
func TestCrossValidatePage(t *testing.T) {
	var misses strings.Builder
	p, r, f1, err := CrossValidatePage(madeUpDevset(), 4, &misses)
	if err != nil {
		t.Fatal(err)
	}
	if f1 < 0.8 || p < 0.8 || r < 0.8 {
		t.Errorf("cross-validation P=%.3f R=%.3f F1=%.3f; want each at least 0.8", p, r, f1)
	}
	if want := strings.Count(misses.String(), "\n"); (p < 1 || r < 1) && want == 0 {
		t.Errorf("P=%.3f R=%.3f but no wrong line reported", p, r)
	}
	if _, _, _, err := CrossValidatePage(fstest.MapFS{}, 4, nil); err == nil || !strings.Contains(err.Error(), "pages/train/gold") {
		t.Errorf("CrossValidatePage(no pages) = %v; want an error naming pages/train/gold", err)
	}
}

// TestTrainPageDeterministic trains on a made-up development set twice:
// the same bytes, a model that decodes, and one that learned the clutter.
func TestTrainPageDeterministic(t *testing.T) {
	fsys := madeUpDevset()
	a, err := TrainPage(fsys)
	if err != nil {
		t.Fatal(err)
	}
	b, err := TrainPage(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same pages encode differently")
	}
	m, err := decodePageModel("trained", a)
	if err != nil {
		t.Fatal(err)
	}
	lines, title, resolved := ruleLines(madeUpPage)
	keep := m.keep(newPageView(lines, title, resolved))
	for i, l := range lines {
		if strings.HasPrefix(l.text, "Council approves") && keep[i] {
			t.Errorf("a model trained to drop %q keeps it", l.text)
		}
		if strings.HasPrefix(l.text, "Emergency crews") && !keep[i] {
			t.Errorf("a model trained to keep %q drops it", l.text)
		}
	}
	if _, err := TrainPage(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "pages/train/gold") {
		t.Errorf("TrainPage(no pages) = %v; want an error naming pages/train/gold", err)
	}
}

// tablePage is a made-up page with a table of results, one cell per
// line, between paragraphs, and a gallery counter above the article.
func tablePage(cells []string) string {
	lines := []string{
		"Harbour Rowing Club wins the autumn regatta",
		"1", "/", "12",
		"The Harbour Rowing Club won the autumn regatta on Saturday after a close final against the visitors from the north shore.",
		"The crews raced over two kilometres in strong wind, and the organisers moved the start twice before the heats began.",
	}
	lines = append(lines, cells...)
	lines = append(lines,
		"The club's coach said the crews had trained through the summer and that the wind had favoured the heavier boats.",
		"The next regatta is planned for the spring, when the club hopes to enter a second crew in the open class.",
	)
	return strings.Join(lines, "\n\n")
}

func TestTableRunsMarked(t *testing.T) {
	cells := []string{"Crew", "Time", "Place", "Harbour A", "6:41", "1", "North Shore", "6:44", "2", "Harbour B", "6:58", "3"}
	lines, title, resolved := ruleLines(tablePage(cells))
	v := newPageView(lines, title, resolved)
	for i, l := range lines {
		inTable := false
		for _, c := range cells {
			if l.text == c && i > v.firstPro {
				inTable = true
			}
		}
		if v.table[i] != inTable {
			t.Errorf("line %d %q: table = %v; want %v", i, l.text, v.table[i], inTable)
		}
	}
	pg := cleanPage(tablePage(cells))
	kept := strings.Join(pg.paras, "\n")
	for _, c := range []string{"Harbour A", "6:41", "North Shore", "6:58"} {
		if !strings.Contains(kept, c) {
			t.Errorf("table cell %q dropped; kept:\n%s", c, kept)
		}
	}
	if strings.Contains(kept, "\n12\n") {
		t.Errorf("gallery counter above the article kept:\n%s", kept)
	}
	// Too few lines with figures: a list of headlines, not a table.
	heads := []string{"Storm closes the ferry port", "Council votes on the harbour wall", "Rescue teams praised by the mayor", "Fishing fleet returns early", "New bridge opens to traffic", "Lighthouse keeper retires"}
	lines, title, resolved = ruleLines(tablePage(heads))
	v = newPageView(lines, title, resolved)
	for i := range lines {
		if v.table[i] {
			t.Errorf("line %d %q of a headline list marked as a table", i, lines[i].text)
		}
	}
}

func TestAttributedQuoteLine(t *testing.T) {
	for line, want := range map[string]bool{
		"“Profits doubled,” Haddad said.":               true,
		"\"We will see,\" the minister told reporters.": true,
		"“Read more”":                                   false,
		"Profits doubled, Haddad said.":                 false,
		"“Subscribe now” to our newsletter":             false,
	} {
		if got := attributedQuote(line); got != want {
			t.Errorf("attributedQuote(%q) = %v; want %v", line, got, want)
		}
	}
}

func TestDatelineLine(t *testing.T) {
	for line, want := range map[string]bool{
		"LONDON 1996-08-30":           true,
		"NEW YORK (AP) Aug. 30, 2024": true,
		"PORT HAVEN 30 August 2024":   true,
		"Updated 1996-08-30":          false,
		"2024-08-30 10:31":            false,
		"LONDON":                      false,
	} {
		if got := reDatelineLine.MatchString(line); got != want {
			t.Errorf("dateline %q = %v; want %v", line, got, want)
		}
	}
}

// TestMarkRelated checks that the headlines under a head of related
// links are marked until the prose resumes, and nothing else.
func TestMarkRelated(t *testing.T) {
	page := `Harbour town braces for a second storm
The harbour town of Portmere is bracing for a second storm after floods last week forced hundreds of residents from their homes, officials said on Thursday.
Related coverage
Ferry service resumes after repairs
Council approves new bridge over the river
The bridge will open in May.
Emergency crews spent the night filling sandbags along the river, and the mayor asked people living near the water to stay with relatives.
Storm season: what to expect
The weather service said the storm would reach the coast late on Friday and bring gusts of up to 100 kilometres an hour.`
	lines, title, resolved := ruleLines(page)
	v := newPageView(lines, title, resolved)
	want := map[string]bool{
		"Ferry service resumes after repairs":        true,
		"Council approves new bridge over the river": true,
	}
	for i, l := range v.lines {
		if v.related[i] != want[l.text] {
			t.Errorf("related[%q] = %v; want %v", l.text, v.related[i], want[l.text])
		}
	}
	pg := cleanPage(page)
	for _, l := range pg.paras {
		if want[l] {
			t.Errorf("cleanPage kept the related headline %q", l)
		}
	}
	if !hasPrefixIn(pg.paras, "Storm season: what to expect") {
		t.Errorf("cleanPage dropped the subheading away from the related links; kept %q", pg.paras)
	}
}
