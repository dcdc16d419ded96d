package extract

import (
	"sort"
	"strings"
	"testing"
)

// Every label a reader can see is one of the vocabulary's, and every
// trigger and role noun the extractor knows has a deliberate reading.
func TestRelationVocabularyIsClosed(t *testing.T) {
	labels := map[string]bool{mentionedTogether: true}
	for _, line := range strings.Split(relationVocabularyData, "\n") {
		if head, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
			labels[strings.TrimLeft(head, "~=")] = true
		}
	}
	if len(labels) < 10 {
		t.Fatalf("vocabulary has %d labels", len(labels))
	}
	var triggers []string
	for _, l := range relationTriggers {
		triggers = append(triggers, l)
	}
	for w := range roleNouns {
		triggers = append(triggers, w)
	}
	sort.Strings(triggers)
	for _, tr := range triggers {
		if got := vocabularyLabel(tr).label; !labels[got] {
			t.Errorf("trigger %q reads %q, not a vocabulary label", tr, got)
		}
	}
	for tr, want := range map[string]string{"spokeswoman": "spokesperson for", "wrote about": "wrote about", "chief executive": "leads",
		"billionaire": mentionedTogether, "relationship": mentionedTogether, "congratulated": "supported", "linked": mentionedTogether} {
		if got := vocabularyLabel(tr).label; got != want {
			t.Errorf("vocabularyLabel(%q) = %q; want %q", tr, got, want)
		}
	}
}

func TestRelationLabelsAndSubjects(t *testing.T) {
	ds := buildText(t, "Port news\n\n"+
		"Acme Shipping spokeswoman Marta Kovacz said on Monday that the company would appeal. "+
		"A history of the harbour written by Ilse Brandauer was published in March. "+
		"Ilse Brandauer congratulated Marta Kovacz on the appeal.", "2024-05-09")
	type want struct{ label, subject string }
	wants := map[[2]string]want{}
	for _, r := range ds.Relations {
		wants[[2]string{r.A, r.B}] = want{r.Label, r.Subject}
		if r.Subject != "" && r.Subject != r.A && r.Subject != r.B {
			t.Errorf("relation %s–%s subject %q is neither", r.A, r.B, r.Subject)
		}
	}
	if got := wants[[2]string{"acme-shipping", "marta-kovacz"}]; got != (want{"spokesperson for", "marta-kovacz"}) {
		t.Errorf("Acme Shipping–Marta Kovacz = %+v; want spokesperson for, read from Marta Kovacz (relations %+v)", got, ds.Relations)
	}
	if got := wants[[2]string{"ilse-brandauer", "marta-kovacz"}]; got != (want{"supported", "ilse-brandauer"}) {
		t.Errorf("Ilse Brandauer–Marta Kovacz = %+v; want supported, read from Ilse Brandauer (relations %+v)", got, ds.Relations)
	}
	if !passive("of the harbour written by") || passive("by the harbour") || passive("congratulated") {
		t.Error("passive: wrong reading")
	}
}
