package eval

import (
	"fmt"
	"io"
	"strings"
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
	if r.Scored.Entities {
		check("entities F1", r.Entities.F1(), t.F1)
		check("type accuracy", r.Type.Value(), t.Type)
	}
	if r.Scored.Quotes {
		check("quotes F1", r.Quotes.F1(), t.F1)
		check("speaker accuracy", r.Speaker.Value(), t.Speaker)
	}
	if r.Scored.Dates {
		check("dates F1", r.Dates.F1(), t.F1)
		check("date value accuracy", r.DateValue.Value(), t.DateValue)
	}
	if r.Scored.Boilerplate {
		check("boilerplate F1", r.Boilerplate.F1(), t.F1)
	}
	if r.HasStory {
		check("story events recall", r.Events.Recall(), t.EventsRecall)
		check("story relations recall", r.Relations.Recall(), t.RelationsRecall)
	}
	return fails
}

// Write prints the report as a table: one line per article, then the
// totals of every scored layer.
func (r Report) Write(w io.Writer) {
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	acc := func(name string, a Accuracy) {
		fmt.Fprintf(w, "%-24s %.3f  (%d/%d)\n", name, a.Value(), a.Correct, a.Total)
	}
	for _, a := range r.Articles {
		var parts []string
		if a.Scored.Entities {
			parts = append(parts, fmt.Sprintf("entities F1=%.3f", a.Entities.F1()))
		}
		if a.Scored.Quotes {
			parts = append(parts, fmt.Sprintf("quotes F1=%.3f speaker=%.3f", a.Quotes.F1(), a.Speaker.Value()))
		}
		if a.Scored.Dates {
			parts = append(parts, fmt.Sprintf("dates F1=%.3f date-value=%.3f", a.Dates.F1(), a.DateValue.Value()))
		}
		if a.Scored.Boilerplate {
			parts = append(parts, fmt.Sprintf("boilerplate F1=%.3f", a.Boilerplate.F1()))
		}
		fmt.Fprintf(w, "%s: %s\n", a.Article, strings.Join(parts, " "))
	}
	if r.Scored.Entities {
		row("entities", r.Entities)
	}
	if r.Scored.Quotes {
		row("quotes", r.Quotes)
	}
	if r.Scored.Dates {
		row("dates", r.Dates)
	}
	if r.Scored.Boilerplate {
		row("boilerplate", r.Boilerplate)
	}
	if r.Scored.Entities {
		acc("type accuracy", r.Type)
	}
	if r.Scored.Quotes {
		acc("speaker accuracy", r.Speaker)
		if r.SpeakerDirect.Total != r.Speaker.Total {
			acc("  not via a pronoun", r.SpeakerDirect)
		}
		acc("wrong-speaker rate", r.WrongSpeaker)
		if r.WrongDirect.Total != r.WrongSpeaker.Total {
			acc("  not via a pronoun", r.WrongDirect)
		}
	}
	if r.Scored.Dates {
		acc("date value accuracy", r.DateValue)
	}
	if r.HasStory {
		fmt.Fprintf(w, "%-24s %.3f  (%d/%d)\n", "story events recall", r.Events.Recall(), r.Events.TP, r.Events.TP+r.Events.FN)
		fmt.Fprintf(w, "%-24s %d  (gold %d)\n", "story events shown", r.Story.EventsShown, r.Story.GoldEvents)
		fmt.Fprintf(w, "%-24s %.3f  (%d/%d)\n", "story relations recall", r.Relations.Recall(), r.Relations.TP, r.Relations.TP+r.Relations.FN)
		if r.Story.HasMerged {
			fmt.Fprintf(w, "%-24s %.3f  (%d/%d, %d fused)\n", "story entities merged", r.Story.EntitiesMerged.Value(), r.Story.EntitiesMerged.Correct, r.Story.EntitiesMerged.Total, r.Story.Fused)
		}
		if r.Story.HasShared {
			acc("story shared quotes", r.Story.SharedQuotes)
		}
		if r.Story.HasSides {
			fmt.Fprintf(w, "%-24s %.3f  (%d/%d, %d false)\n", "story contested found", r.Story.Contested.Value(), r.Story.Contested.Correct, r.Story.Contested.Total, r.Story.FalseClaims)
		}
	}
}

// Summary prints one line per scored layer, each starting with name (a
// dev split or a story pack), for side-by-side comparison of runs.
func (r Report) Summary(w io.Writer, name string) {
	line := func(layer, format string, args ...any) {
		fmt.Fprintf(w, "%-48s %-12s %s\n", name, layer, fmt.Sprintf(format, args...))
	}
	prf := func(c Counts) string {
		return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f", c.Precision(), c.Recall(), c.F1())
	}
	if r.Scored.Boilerplate {
		line("boilerplate", "%s", prf(r.Boilerplate))
	}
	if r.Scored.Entities {
		line("entities", "%s type=%.3f", prf(r.Entities), r.Type.Value())
	}
	if r.Scored.Quotes {
		line("quotes", "%s speaker=%.3f (%d/%d) not-via-pronoun=%.3f (%d/%d) wrong=%.3f wrong-not-via-pronoun=%.3f", prf(r.Quotes),
			r.Speaker.Value(), r.Speaker.Correct, r.Speaker.Total,
			r.SpeakerDirect.Value(), r.SpeakerDirect.Correct, r.SpeakerDirect.Total, r.WrongSpeaker.Value(), r.WrongDirect.Value())
	}
	if r.Scored.Dates {
		line("dates", "%s value=%.3f", prf(r.Dates), r.DateValue.Value())
	}
	if r.HasStory {
		parts := []string{fmt.Sprintf("events recall=%.3f (%d/%d) shown=%d", r.Events.Recall(), r.Events.TP, r.Events.TP+r.Events.FN, r.Story.EventsShown)}
		if r.Story.HasMerged {
			parts = append(parts, fmt.Sprintf("merged=%.3f (%d/%d) fused=%d", r.Story.EntitiesMerged.Value(), r.Story.EntitiesMerged.Correct, r.Story.EntitiesMerged.Total, r.Story.Fused))
		}
		if r.Story.HasShared {
			parts = append(parts, fmt.Sprintf("shared-quotes=%d/%d", r.Story.SharedQuotes.Correct, r.Story.SharedQuotes.Total))
		}
		if r.Story.HasSides {
			parts = append(parts, fmt.Sprintf("contested=%d/%d false=%d", r.Story.Contested.Correct, r.Story.Contested.Total, r.Story.FalseClaims))
		}
		line("story", "%s", strings.Join(parts, " "))
	}
}
