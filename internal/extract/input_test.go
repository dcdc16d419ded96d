package extract

import (
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		want    Meta
		wantErr string // substring of the error; "" for success
	}{
		{"valid", `{"outlet":"Daily Example","published":"2024-02-29","url":"https://example.org/a","language":"en"}`,
			Meta{Outlet: "Daily Example", Published: "2024-02-29", URL: "https://example.org/a", Language: "en"}, ""},
		{"no published date", `{"outlet":"Daily Example"}`, Meta{Outlet: "Daily Example"}, ""},
		{"byte-order mark", "\ufeff{\"outlet\":\"Daily Example\"}", Meta{Outlet: "Daily Example"}, ""},
		{"unknown fields are ignored", `{"outlet":"Daily Example","section":"world"}`, Meta{Outlet: "Daily Example"}, ""},
		{"syntax error names file and line", "{\n  \"outlet\": \"x\",\n  \"published\": \n}", Meta{}, "a.meta.json:4"},
		{"impossible date", `{"published":"2024-02-30"}`, Meta{}, "a.meta.json"},
		{"not a date", `{"published":"yesterday"}`, Meta{}, "published"},
		{"wrong type", `{"outlet": 7}`, Meta{}, "a.meta.json:1"},
		{"empty", ``, Meta{}, "empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseMeta("a.meta.json", []byte(tc.data))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ParseMeta(%q) error = %v; want error containing %q", tc.data, err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), "a.meta.json") {
					t.Errorf("ParseMeta(%q) error = %v; want the file name in it", tc.data, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ParseMeta(%q) = %+v, %v; want %+v", tc.data, got, err, tc.want)
			}
		})
	}
}

func TestBuildRejectsBadInput(t *testing.T) {
	good := Article{File: "ok.txt", Text: []byte("A perfectly fine headline here\n\nBody text that says something.")}
	tests := []struct {
		name    string
		art     Article
		wantErr []string
	}{
		{"empty", Article{File: "empty.txt", Text: nil}, []string{"empty.txt", "empty"}},
		{"only white space", Article{File: "blank.txt", Text: []byte(" \n\t\n")}, []string{"blank.txt", "empty"}},
		{"binary", Article{File: "bin.txt", Text: []byte("Title line\nsecond\x00line")}, []string{"bin.txt:2", "NUL"}},
		{"invalid UTF-8", Article{File: "latin1.txt", Text: []byte("Title\nline two\nprice \xa3 5")}, []string{"latin1.txt:3", "UTF-8"}},
		{"impossible published date", Article{File: "date.txt", Text: []byte("Title here now\n\nBody."), Meta: Meta{Published: "2023-02-29"}}, []string{"date.txt", "2023-02-29"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := Build([]Article{good, tc.art})
			if err == nil {
				t.Fatalf("Build(%q) = %v, nil; want an error", tc.art.Text, ds != nil)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Build(%q) error = %q; want it to contain %q", tc.art.Text, err, w)
				}
			}
		})
	}
	t.Run("duplicate document id", func(t *testing.T) {
		_, err := Build([]Article{good, good})
		if err == nil || !strings.Contains(err.Error(), "duplicate") {
			t.Fatalf("Build(two ok.txt) error = %v; want a duplicate id error", err)
		}
	})
	t.Run("no articles", func(t *testing.T) {
		ds, err := Build(nil)
		if err != nil || ds == nil || len(ds.Documents) != 0 {
			t.Fatalf("Build(nil) = %v, %v; want an empty dataset", ds, err)
		}
	})
}
