package eval

import (
	"fmt"
	"io"
)

// Thresholds are the minimum scores a run must reach; zero values are not
// checked.
type Thresholds struct {
	F1              float64 // entities, quotes, dates and boilerplate
	Type            float64
	Speaker         float64
	DateValue       float64
	EventsRecall    float64
	RelationsRecall float64
}

// Check returns one message per threshold the report fails.
func (r Report) Check(t Thresholds) []string {
	var fails []string
	check := func(name string, got, min float64) {
		if min > 0 && got < min {
			fails = append(fails, fmt.Sprintf("%s = %.3f; want >= %.3f", name, got, min))
		}
	}
	check("entities F1", r.Entities.F1(), t.F1)
	check("quotes F1", r.Quotes.F1(), t.F1)
	check("dates F1", r.Dates.F1(), t.F1)
	check("boilerplate F1", r.Boilerplate.F1(), t.F1)
	check("type accuracy", r.Type.Value(), t.Type)
	check("speaker accuracy", r.Speaker.Value(), t.Speaker)
	check("date value accuracy", r.DateValue.Value(), t.DateValue)
	if r.HasStory {
		check("story events recall", r.Events.Recall(), t.EventsRecall)
		check("story relations recall", r.Relations.Recall(), t.RelationsRecall)
	}
	return fails
}

// Write prints the report as a table.
func (r Report) Write(w io.Writer) {
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	acc := func(name string, a Accuracy) {
		fmt.Fprintf(w, "%-20s %.3f  (%d/%d)\n", name, a.Value(), a.Correct, a.Total)
	}
	for _, a := range r.Articles {
		fmt.Fprintf(w, "%s: entities F1=%.3f quotes F1=%.3f dates F1=%.3f boilerplate F1=%.3f speaker=%.3f date-value=%.3f\n",
			a.Article, a.Entities.F1(), a.Quotes.F1(), a.Dates.F1(), a.Boilerplate.F1(), a.Speaker.Value(), a.DateValue.Value())
	}
	row("entities", r.Entities)
	row("quotes", r.Quotes)
	row("dates", r.Dates)
	row("boilerplate", r.Boilerplate)
	acc("type accuracy", r.Type)
	acc("speaker accuracy", r.Speaker)
	acc("date value accuracy", r.DateValue)
	if r.HasStory {
		fmt.Fprintf(w, "%-20s %.3f  (%d/%d)\n", "story events recall", r.Events.Recall(), r.Events.TP, r.Events.TP+r.Events.FN)
		fmt.Fprintf(w, "%-20s %.3f  (%d/%d)\n", "story relations recall", r.Relations.Recall(), r.Relations.TP, r.Relations.TP+r.Relations.FN)
	}
}
