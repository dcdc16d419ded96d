package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/compile"
)

// hostileDataset compiles the hostile seed, as make build does, into a
// temporary file and returns its path.
func hostileDataset(t *testing.T) string {
	t.Helper()
	const dir = "../../web/test/fixtures/hostile"
	articles, err := compile.ReadArticles(os.DirFS(dir))
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	data, err := compile.Dataset(articles)
	if err != nil {
		t.Fatalf("compiling %s: %v", dir, err)
	}
	path := filepath.Join(t.TempDir(), "hostile.dataset.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRun(t *testing.T) {
	hostile := hostileDataset(t)
	out := t.TempDir()
	if err := run(hostile, hostile, fixtureJSON, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "two.html", "nowasm.html", "hostile.html", "hostile.dataset.json", "story.html", "story.dataset.json", "demo.css", "favicon.svg"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("run wrote no %s: %v", name, err)
		}
	}
	for _, name := range []string{"index.html", "two.html", "nowasm.html", "hostile.html", "story.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		if n := strings.Count(page, "<script"); n != 1 {
			t.Errorf("%s has %d <script> tags; want 1 (embed.js)", name, n)
		}
		for _, bad := range []string{"<img", "<iframe", "<svg", `="javascript:`, `onerror="`} {
			if strings.Contains(page, bad) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
		if !strings.Contains(page, `<script src="embed.js" async></script>`) || !strings.Contains(page, "data-storylens") {
			t.Errorf("%s lacks the embed", name)
		}
		if !strings.Contains(page, "Content-Security-Policy") {
			t.Errorf("%s lacks its CSP", name)
		}
	}
}

func TestRunMissingHostile(t *testing.T) {
	out := t.TempDir()
	if err := run(hostileDataset(t), filepath.Join(out, "nope.json"), filepath.Join(out, "nope2.json"), out); err != nil {
		t.Fatalf("run without the hostile fixture: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "hostile.html")); err == nil {
		t.Error("run wrote hostile.html without a hostile dataset")
	}
	if _, err := os.Stat(filepath.Join(out, "story.html")); err == nil {
		t.Error("run wrote story.html without a fixture dataset")
	}
}
