package extract

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

// figureClaims returns the dataset's contested figures.
func figureClaims(ds *schema.Dataset) []schema.Contested {
	var out []schema.Contested
	for _, c := range ds.Contested {
		if strings.HasPrefix(c.ID, "figures-") {
			out = append(out, c)
		}
	}
	return out
}

// sideDocs returns the documents of a claim's sides by stance.
func sideDocs(c schema.Contested) map[string][]string {
	m := map[string][]string{}
	for _, s := range c.Sides {
		m[s.Stance] = append(m[s.Stance], s.Evidence.Doc)
	}
	return m
}

func TestContestedFigures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int               // claims expected
		sides map[string]string // doc → stance, for the first claim
	}{
		{
			name: "death toll",
			texts: []string{
				"Storm hits coast\n\nCyclone Pemberly killed at least 12 people as it crossed the coast on Tuesday, officials said.",
				"Cyclone toll\n\nCyclone Pemberly killed at least 12 people across the coast, the officials said.",
				"Cyclone crosses coast\n\nAt least seven people died as Cyclone Pemberly crossed the coast, officials said.",
			},
			want:  1,
			sides: map[string]string{"a": "for", "b": "for", "c": "against"},
		},
		{
			name: "round figures agree",
			texts: []string{
				"Outages\n\nMore than 2 million homes and businesses were without power on Wednesday after Cyclone Pemberly.",
				"Outages continue\n\nAbout 2.1 million homes were without power on Wednesday after Cyclone Pemberly.",
			},
			want: 0,
		},
		{
			name: "different places are different tolls",
			texts: []string{
				"Toll\n\nIn Marlow County, the storm killed four people, officials said on Tuesday.",
				"Toll rises\n\nIn Renwick County, the storm killed nine people, officials said on Tuesday.",
			},
			want: 0,
		},
		{
			name: "pages of one ruling",
			texts: []string{
				"Ruling\n\nJudge Harriet Vossberg wrote in her 130-page ruling that the merger was unlawful.",
				"Merger blocked\n\nJudge Harriet Vossberg said in a 142-page ruling that the merger was unlawful.",
			},
			want:  1,
			sides: map[string]string{"a": "for", "b": "against"},
		},
		{
			name: "pages of different documents",
			texts: []string{
				"Ruling\n\nJudge Harriet Vossberg wrote in her 130-page ruling that the merger was unlawful.",
				"Filing\n\nThe company filed a 40-page appeal with the court on Friday.",
			},
			want: 0,
		},
		{
			name: "one outlet only",
			texts: []string{
				"Toll\n\nCyclone Pemberly killed at least 12 people, officials said. Earlier, officials said seven people had been killed by Cyclone Pemberly.",
			},
			want: 0,
		},
		{
			name: "titles of one person",
			texts: []string{
				"Farewell\n\nThe champion Lucia Brandvold, who has won the Harbour Cup six times, will retire.",
				"Brandvold retires\n\nLucia Brandvold's record includes five Harbour Cups and two Coastal Opens.",
			},
			want:  1,
			sides: map[string]string{"a": "for", "b": "against"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildStory(t, tc.texts...)
			got := figureClaims(ds)
			if len(got) != tc.want {
				t.Fatalf("contested figures = %+v; want %d", got, tc.want)
			}
			if tc.want == 0 {
				return
			}
			c := got[0]
			for doc, stance := range tc.sides {
				found := false
				for _, s := range c.Sides {
					if s.Evidence.Doc == doc && s.Stance == stance {
						found = true
					}
				}
				if !found {
					t.Errorf("claim %q sides %v; want %s on the %q side", c.Claim, sideDocs(c), doc, stance)
				}
			}
			for _, s := range c.Sides {
				text := ds.Documents[docIndex(ds.Documents, s.Evidence.Doc)].Text
				if s.Evidence.Start < 0 || s.Evidence.End > len(text) || s.Evidence.Start >= s.Evidence.End {
					t.Errorf("side %+v evidence out of range", s)
				}
			}
		})
	}
}

func TestAgreeFigures(t *testing.T) {
	tests := []struct {
		a, b figure
		want bool
	}{
		{figure{value: 277}, figure{value: 286}, false},
		{figure{value: 3e6, approx: true}, figure{value: 3.2e6, approx: true}, true},
		{figure{value: 10, approx: true}, figure{value: 4, approx: true}, false},
		{figure{value: 19}, figure{value: 19}, true},
	}
	for _, tc := range tests {
		if got := agree(tc.a, tc.b); got != tc.want {
			t.Errorf("agree(%v, %v) = %v; want %v", tc.a.value, tc.b.value, got, tc.want)
		}
	}
}
