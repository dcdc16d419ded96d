package extract

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

// idsOf returns every quote, event and entity ID of a dataset, each with a
// short description for failure messages.
func idsOf(ds *schema.Dataset) map[string]string {
	out := map[string]string{}
	for _, q := range ds.Quotes {
		out[q.ID] = "quote " + q.Text
	}
	for _, e := range ds.Events {
		out[e.ID] = "event " + e.Date.Value + " " + e.Label
	}
	for _, e := range ds.Entities {
		out[e.ID] = "entity " + e.Name
	}
	return out
}

var stableArticles = []Article{
	{File: "010_gazette.txt", Meta: Meta{Outlet: "Corvel Gazette", Published: "2024-05-09"}, Text: []byte("Levy passes\n\n" +
		"Mayor Dana Oakes signed the harbour levy into law on Wednesday after a long debate. " +
		"\"This levy pays for the sea wall,\" Oakes said. " +
		"The Corvel Rowing Club elected Ivo Brandt as its captain in March.")},
	{File: "020_courier.txt", Meta: Meta{Outlet: "Tidewater Courier", Published: "2024-05-09"}, Text: []byte("Harbour levy\n\n" +
		"Dana Oakes signed the disputed harbour levy on Wednesday, ending months of argument. " +
		"\"We will appeal,\" said Ivo Brandt, who leads Nordwave Logistics. " +
		"Nordwave Logistics was founded in 1998.")},
}

func TestIDsSurviveAnAddedArticle(t *testing.T) {
	before, err := Build(stableArticles)
	if err != nil {
		t.Fatal(err)
	}
	// An outlet that reports a day later and sorts first: it retells the
	// signing, quotes the mayor again and adds a new happening.
	added := Article{File: "005_herald.txt", Meta: Meta{Outlet: "Saltmere Herald", Published: "2024-05-10"}, Text: []byte("Mayor defends levy\n\n" +
		"Mayor Dana Oakes signed the harbour levy on Wednesday, the council confirmed. " +
		"\"This levy pays for the sea wall,\" Oakes said again on Thursday. " +
		"\"Nobody asked the boat owners,\" said Pell Ardent, a fisherman. " +
		"The Corvel Council will debate the ferry budget in June.")}
	after, err := Build(append([]Article{added}, stableArticles...))
	if err != nil {
		t.Fatal(err)
	}
	now := idsOf(after)
	old := idsOf(before)
	if len(old) < 6 {
		t.Fatalf("fixture too small: %d IDs before (%v)", len(old), old)
	}
	for id, what := range old {
		if _, ok := now[id]; !ok {
			t.Errorf("after adding %s, %s (%s) is gone; IDs now: %v", added.File, id, what, keys(now))
		}
	}
	// The added outlet joined the signing, so the test covers an event
	// that gained a report.
	joined := false
	for _, e := range after.Events {
		if e.Date.Value == "2024-05-08" && len(e.Docs) == 3 {
			joined = true
		}
	}
	if !joined {
		t.Errorf("after adding %s, no event on 2024-05-08 has all three outlets: %+v", added.File, after.Events)
	}
	if len(now) <= len(old) {
		t.Errorf("adding %s added no IDs (%d before, %d after)", added.File, len(old), len(now))
	}
}

func TestQuoteIDsDoNotDependOnPosition(t *testing.T) {
	base := "Harbour news\n\n" +
		"\"The wall will hold,\" said Dana Oakes. " +
		"\"We want a vote,\" said Ivo Brandt."
	more := "Harbour news\n\n" +
		"\"Nobody asked us,\" said Pell Ardent. " +
		"\"The wall will hold,\" said Dana Oakes. " +
		"\"We want a vote,\" said Ivo Brandt."
	a := buildText(t, base, "2024-05-09")
	b := buildText(t, more, "2024-05-09")
	byText := map[string]string{}
	for _, q := range b.Quotes {
		byText[q.Text] = q.ID
	}
	if len(a.Quotes) != 2 || len(b.Quotes) != 3 {
		t.Fatalf("quotes = %d and %d; want 2 and 3", len(a.Quotes), len(b.Quotes))
	}
	for _, q := range a.Quotes {
		if byText[q.Text] != q.ID {
			t.Errorf("quote %q: ID %s, with an earlier quote found %s; want it unchanged", q.Text, q.ID, byText[q.Text])
		}
		if !strings.HasPrefix(q.ID, "a-q") {
			t.Errorf("quote ID %q; want the document ID and -q first", q.ID)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	ids := []string{"x", "y", "x", "x-2", "x"}
	uniqueIDs(ids)
	want := []string{"x", "y", "x-3", "x-2", "x-4"}
	for i := range ids {
		if ids[i] != want[i] {
			t.Fatalf("uniqueIDs = %v; want %v", ids, want)
		}
	}
	// The same words twice in one document: two quotes, two IDs.
	ds := buildText(t, "Harbour news\n\n\"Hold the line,\" said Dana Oakes. Later she repeated: \"Hold the line.\"", "2024-05-09")
	seen := map[string]bool{}
	for _, q := range ds.Quotes {
		if seen[q.ID] {
			t.Errorf("quote ID %s used twice in %+v", q.ID, ds.Quotes)
		}
		seen[q.ID] = true
	}
	if contentHash("A  “b”, c") != contentHash("a b c") {
		t.Errorf("contentHash depends on case, spacing or punctuation")
	}
}

func keys(m map[string]string) []string { return sortedKeysStr(m) }

func sortedKeysStr(m map[string]string) []string {
	b := map[string]bool{}
	for k := range m {
		b[k] = true
	}
	return sortedKeys(b)
}
