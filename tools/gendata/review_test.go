package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunReview(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	write(t, in, "a.txt", harbour)
	out := filepath.Join(root, "story", "dataset.json")
	os.Mkdir(filepath.Dir(out), 0o755)
	var stdout bytes.Buffer
	if err := runWith(in, out, options{review: true, stdout: &stdout}); err != nil {
		t.Fatalf("runWith(-review) error = %v", err)
	}
	// idris-okafor is named once in the fixture.
	if !strings.Contains(stdout.String(), `{"op":"drop","entity":"idris-okafor"}`) || !strings.Contains(stdout.String(), "KIND") {
		t.Errorf("review table = %q; want a table with the drop line for idris-okafor", stdout.String())
	}
	sheet, err := os.ReadFile(filepath.Join(root, "story", "review.html"))
	if err != nil {
		t.Fatalf("review.html beside the output: %v", err)
	}
	if !bytes.Contains(sheet, []byte(`data-id="idris-okafor"`)) {
		t.Error("review.html does not list idris-okafor")
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("dataset.json not written with -review: %v", err)
	}

	// Without -out: the table only.
	stdout.Reset()
	if err := runWith(in, "", options{review: true, stdout: &stdout}); err != nil || !strings.Contains(stdout.String(), "review.html not written") {
		t.Errorf("runWith(no -out, -review) = %v, %q", err, stdout.String())
	}
	if err := run(in, ""); err == nil || !strings.Contains(err.Error(), "usage") {
		t.Errorf("run(no -out) error = %v; want usage", err)
	}
}
