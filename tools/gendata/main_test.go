package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const article = "A headline about a harbour\n\nThe mayor of Lisbon, Ana Costa, said on Tuesday that the harbour would reopen in June 2025.\n"

// previous is what an earlier run left; a failing run must not touch it.
const previous = "previous dataset\n"

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, in string) // fills the input folder
		in      string                        // overrides the input folder when set
		wantErr string
	}{
		{"missing folder", nil, "does-not-exist", "does-not-exist"},
		{"empty folder", func(t *testing.T, in string) {}, "", "no article files"},
		{"input is a file", nil, "file.txt", "not a folder"},
		{"empty article", func(t *testing.T, in string) { write(t, in, "a.txt", "") }, "", "a.txt"},
		{"binary article", func(t *testing.T, in string) { write(t, in, "a.txt", "GIF89a\x00\x01\x02\x00") }, "", "a.txt"},
		{"non-UTF-8 article", func(t *testing.T, in string) { write(t, in, "a.txt", "Caf\xe9 reopens\n\nThe caf\xe9 reopened.\n") }, "", "a.txt"},
		{"invalid meta", func(t *testing.T, in string) {
			write(t, in, "a.txt", article)
			write(t, in, "a.meta.json", "{\n\"outlet\": \"X\",\n\"published\": \n}")
		}, "", "a.meta.json"},
		{"impossible date", func(t *testing.T, in string) {
			write(t, in, "a.txt", article)
			write(t, in, "a.meta.json", `{"outlet": "X", "published": "2024-02-30"}`)
		}, "", "a.meta.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			in := filepath.Join(root, "in")
			if err := os.Mkdir(in, 0o755); err != nil {
				t.Fatal(err)
			}
			write(t, root, "file.txt", "x")
			if tc.setup != nil {
				tc.setup(t, in)
			}
			if tc.in != "" {
				in = filepath.Join(root, tc.in)
			}
			out := filepath.Join(root, "dataset.json")
			write(t, root, "dataset.json", previous)

			err := run(in, out)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("run(%q) error = %v; want one naming %q", in, err, tc.wantErr)
			}
			if got, _ := os.ReadFile(out); string(got) != previous {
				t.Errorf("after failed run, %s = %q; want it untouched", out, got)
			}
			assertNoTemp(t, root)
		})
	}
}

func TestRunOutputErrors(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	write(t, in, "a.txt", article)

	if err := run(in, root); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("run(out=folder) error = %v; want \"is a folder\"", err)
	}
	if os.Geteuid() != 0 { // root ignores folder permissions
		ro := filepath.Join(root, "ro")
		os.Mkdir(ro, 0o555)
		if err := run(in, filepath.Join(ro, "d.json")); err == nil || !strings.Contains(err.Error(), "d.json") {
			t.Errorf("run(out in read-only folder) error = %v; want one naming d.json", err)
		}
	}
	if err := run(in, filepath.Join(root, "missing", "d.json")); err == nil || !strings.Contains(err.Error(), "d.json") {
		t.Errorf("run(out in missing folder) error = %v; want one naming d.json", err)
	}
}

func TestRunWritesDataset(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	write(t, in, "a.txt", article)
	out := filepath.Join(root, "dataset.json")
	write(t, root, "dataset.json", previous)
	if err := run(in, out); err != nil {
		t.Fatalf("run() error = %v", err)
	}
	got, _ := os.ReadFile(out)
	if !strings.Contains(string(got), `"schema":1`) {
		t.Errorf("dataset = %.60q…; want a schema 1 dataset", got)
	}
	assertNoTemp(t, root)
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(tmps) > 0 {
		t.Errorf("temporary files left behind: %v", tmps)
	}
}
