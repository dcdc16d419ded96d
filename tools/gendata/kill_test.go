package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKilledMidWrite runs the real gendata binary on a sizeable corpus and
// kills it with SIGKILL at moments spread over its run. After every kill the
// output must be either the previous dataset, untouched, or a complete new
// one: never a truncated file.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the gendata binary")
	}
	root := t.TempDir()
	bin := filepath.Join(root, "gendata")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	for i := 0; i < 150; i++ {
		write(t, in, fmt.Sprintf("a%03d.txt", i), syntheticArticle(i))
	}
	out := filepath.Join(root, "dataset.json")
	write(t, root, "dataset.json", previous)

	// Time one full run to spread the kills over it.
	start := time.Now()
	if b, err := exec.Command(bin, "-in", in, "-out", filepath.Join(root, "full.json")).CombinedOutput(); err != nil {
		t.Fatalf("gendata: %v\n%s", err, b)
	}
	full := time.Since(start)

	const kills = 12
	for i := 0; i < kills; i++ {
		cmd := exec.Command(bin, "-in", in, "-out", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(full * time.Duration(i) / kills)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("kill %d: reading %s: %v", i, out, err)
		}
		if string(got) == previous {
			continue
		}
		var v struct {
			Schema    int               `json:"schema"`
			Documents []json.RawMessage `json:"documents"`
		}
		if err := json.Unmarshal(got, &v); err != nil || v.Schema != 1 || len(v.Documents) != 150 {
			t.Fatalf("kill %d after %v: output is neither the previous dataset nor a complete one (%d bytes, %v)",
				i, full*time.Duration(i)/kills, len(got), err)
		}
		write(t, root, "dataset.json", previous) // start the next round from the old file again
	}
}

func syntheticArticle(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Council number %d approves harbour plan\n\n", i)
	for p := 0; p < 20; p++ {
		fmt.Fprintf(&b, "The mayor of Lisbon, Ana Costa, said on Tuesday that harbour %d would reopen in June 2025. "+
			"\u201cWe will rebuild the quay and the market,\u201d Ms Costa told reporters. "+
			"The Port Authority of Lisbon said it had spent \u20ac%d million since March 2023.\n\n", p, i+p)
	}
	return b.String()
}
