package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/schema"
)

// harbour is a made-up article: a mayor, a port board and its head.
const harbour = "Harbour plan approved in Velmora\n\n" +
	"The mayor of Velmora, Marta Quintel, said on Tuesday that the harbour would reopen in June 2025. " +
	"\u201cWe will rebuild the quay,\u201d Ms Quintel told reporters.\n\n" +
	"The Velmora Port Board said it had spent 3 million since March 2023. Quintel met Idris Okafor, head of the board, on Monday.\n"

func readDataset(t *testing.T, path string) *schema.Dataset {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ds schema.Dataset
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &ds
}

// TestRunAppliesCorrections extracts once, writes corrections.json with
// IDs from that run, and checks the second run applies them.
func TestRunAppliesCorrections(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	write(t, in, "a.txt", harbour)
	out := filepath.Join(root, "dataset.json")
	if err := run(in, out); err != nil {
		t.Fatalf("run() error = %v", err)
	}
	first := readDataset(t, out)
	if len(first.Quotes) == 0 || len(first.Events) == 0 {
		t.Fatalf("fixture extracted %d quotes, %d events; want some of each", len(first.Quotes), len(first.Events))
	}
	q, ev := first.Quotes[0].ID, first.Events[0].ID
	write(t, in, "corrections.json", `[
		{"op":"rename","entity":"velmora-port-board","name":"Port Board of Velmora"},
		{"op":"speaker","quote":"`+q+`","speaker":"idris-okafor"},
		{"op":"label","event":"`+ev+`","text":"Board reports spending"}
	]`)
	if err := run(in, out); err != nil {
		t.Fatalf("run() with corrections error = %v", err)
	}
	ds := readDataset(t, out)
	if ds.Version == first.Version {
		t.Error("Version did not change with corrections.json; it is an input")
	}
	var renamed bool
	for _, e := range ds.Entities {
		if e.ID == "velmora-port-board" {
			renamed = e.Name == "Port Board of Velmora" && e.Corrected
		}
	}
	if !renamed {
		t.Error("entity velmora-port-board not renamed and marked corrected")
	}
	if got := ds.Quotes[0]; got.Speaker == nil || *got.Speaker != "idris-okafor" || !got.Corrected {
		t.Errorf("quote %s = %+v; want speaker idris-okafor, corrected", q, got)
	}
	if got := ds.Events[0]; got.Label != "Board reports spending" || !got.Corrected {
		t.Errorf("event %s label = %q; want the editor's", ev, got.Label)
	}
}

// TestRunBadCorrections: an edit that does not apply fails the run with a
// message naming corrections.json, the edit and the ID, and the previous
// output stays byte for byte.
func TestRunBadCorrections(t *testing.T) {
	tests := []struct {
		name, json string
		want       []string
	}{
		{"unknown ID", `[{"op":"drop","entity":"velmora"},{"op":"rename","entity":"nobody-here","name":"X"}]`,
			[]string{"corrections.json:1", "edit 2 (rename)", `"nobody-here"`}},
		{"bad type", "[\n{\"op\":\"retype\",\"entity\":\"velmora\",\"type\":\"city\"}\n]",
			[]string{"corrections.json:2", "edit 1 (retype)", `"city"`, `"velmora"`}},
		{"malformed JSON", "[{\"op\":\"drop\",\n\"entity\":}]", []string{"corrections.json:2", "malformed JSON"}},
		{"duplicate edits", `[{"op":"drop","entity":"velmora"},{"op":"drop","entity":"velmora"}]`,
			[]string{"corrections.json", "edit 2 (drop)", "duplicate", `"velmora"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			in := filepath.Join(root, "in")
			os.Mkdir(in, 0o755)
			write(t, in, "a.txt", harbour)
			out := filepath.Join(root, "dataset.json")
			if err := run(in, out); err != nil {
				t.Fatalf("first run() error = %v", err)
			}
			before, _ := os.ReadFile(out)
			write(t, in, "corrections.json", tc.json)
			err := run(in, out)
			if err == nil {
				t.Fatalf("run() with %s = nil; want an error", tc.json)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("run() error = %q; want it to contain %q", err, w)
				}
			}
			if after, _ := os.ReadFile(out); string(after) != string(before) {
				t.Errorf("after a failed run %s changed (%d bytes, was %d); want it intact", out, len(after), len(before))
			}
			assertNoTemp(t, root)
		})
	}
}
