package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const article = "Quay reopens in Velmora\n\nThe mayor of Velmora, Marta Quintel, said on Tuesday that the quay would reopen in June 2025.\n"

func write(t *testing.T, path, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	root := t.TempDir()
	dist := filepath.Join(root, "dist")
	for _, f := range []string{"embed.js", "engine.mjs", "wasm_exec.js", "storylens.wasm", "widget/widget.js"} {
		write(t, filepath.Join(dist, f), "// "+f)
	}
	in, out := filepath.Join(root, "in"), filepath.Join(root, "story")
	write(t, filepath.Join(in, "a.txt"), article)
	write(t, filepath.Join(in, "corrections.json"), `[{"op":"rename","entity":"marta-quintel","name":"Mayor Marta Quintel"}]`)
	var stdout bytes.Buffer
	if err := run(in, out, dist, "/storylens/", &stdout); err != nil {
		t.Fatalf("run() error = %v", err)
	}
	if !strings.Contains(stdout.String(), `<script src="/storylens/embed.js" integrity="sha384-`) || !strings.Contains(stdout.String(), "1 corrections applied") {
		t.Errorf("run() printed %q; want the snippet and the corrections count", stdout.String())
	}
	before, err := os.ReadFile(filepath.Join(out, "dataset.json"))
	if err != nil || !bytes.Contains(before, []byte(`"Mayor Marta Quintel"`)) {
		t.Fatalf("dataset.json = %.80q, %v; want the corrected name", before, err)
	}

	// A correction that no longer applies: an error naming it, and the folder as it was.
	write(t, filepath.Join(in, "corrections.json"), `[{"op":"drop","entity":"nobody"}]`)
	err = run(in, out, dist, "/storylens/", &stdout)
	if err == nil || !strings.Contains(err.Error(), `corrections.json:1: edit 1 (drop): unknown entity "nobody"`) {
		t.Fatalf("run(bad corrections) error = %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "dataset.json")); !bytes.Equal(after, before) {
		t.Error("a failed run changed the story folder")
	}
}
