package publish

import (
	"crypto/sha512"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/schema"
)

func dist() fstest.MapFS {
	return fstest.MapFS{
		"embed.js":         {Data: []byte("/*! loader */")},
		"engine.mjs":       {Data: []byte("export async function createEngine() {}")},
		"wasm_exec.js":     {Data: []byte("// go")},
		"storylens.wasm":   {Data: []byte("\x00asm")},
		"widget/widget.js": {Data: []byte("export function mountWidget() {}")},
		"widget/h.js":      {Data: []byte("export function h() {}")},
		"demo.css":         {Data: []byte("body {}")},
		"index.html":       {Data: []byte("the seed demo page, not part of a story folder")},
	}
}

func story() *schema.Dataset {
	return &schema.Dataset{
		Schema: 1, Title: "Quay <reopens>",
		Documents: []schema.Document{{ID: "a", Outlet: "Velmora Echo", Title: "Quay reopens"}},
		Entities:  []schema.Entity{{ID: "marta-quintel", Name: "Marta Quintel", Type: "person", Mentions: []schema.Span{{Doc: "a"}}}},
	}
}

func TestFolder(t *testing.T) {
	files, err := Folder(story(), []byte(`{"schema":1}`), dist(), "/storylens")
	if err != nil {
		t.Fatalf("Folder() error = %v", err)
	}
	for _, name := range []string{"embed.js", "engine.mjs", "wasm_exec.js", "storylens.wasm", "widget/widget.js", "widget/h.js",
		"dataset.json", "fallback.html", "snippet.html", "preview.html", "preview.css"} {
		if _, ok := files[name]; !ok {
			t.Errorf("Folder() lacks %s", name)
		}
	}
	if _, ok := files["index.html"]; ok {
		t.Error("Folder() copies the demo's index.html")
	}
	sum := sha512.Sum384([]byte("/*! loader */"))
	want := `<script src="/storylens/embed.js" integrity="sha384-` + base64.StdEncoding.EncodeToString(sum[:]) + `" crossorigin="anonymous" async></script>`
	snippet := string(files["snippet.html"])
	if !strings.Contains(snippet, want) {
		t.Errorf("snippet = %s; want it to contain %s", snippet, want)
	}
	if !strings.HasPrefix(snippet, `<div data-storylens data-view="all" data-dataset="/storylens/dataset.json">`) ||
		!strings.Contains(snippet, string(files["fallback.html"])[:40]) {
		t.Errorf("snippet = %s; want the host element holding the fallback", snippet)
	}
	preview := string(files["preview.html"])
	if !strings.Contains(preview, `data-dataset="dataset.json"`) || !strings.Contains(preview, `<script src="embed.js"`) {
		t.Error("preview.html does not load the folder's own files")
	}
	if strings.Contains(preview, "<reopens>") {
		t.Error("preview.html carries the title as markup")
	}
}

func TestFolderMissingBuild(t *testing.T) {
	d := dist()
	delete(d, "storylens.wasm")
	if _, err := Folder(story(), nil, d, "/"); err == nil || !strings.Contains(err.Error(), "storylens.wasm") || !strings.Contains(err.Error(), "make build") {
		t.Errorf("Folder(no wasm) error = %v; want one naming storylens.wasm and make build", err)
	}
	if _, err := Folder(story(), nil, fstest.MapFS{"embed.js": {}}, "/"); err == nil || !strings.Contains(err.Error(), "widget") {
		t.Errorf("Folder(no widget) error = %v; want one naming widget", err)
	}
}

func TestWrite(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "story")
	if err := Write(out, map[string][]byte{"a.txt": []byte("one"), "widget/b.js": []byte("two")}); err != nil {
		t.Fatalf("Write() error = %v", err)
	}
	if err := Write(out, map[string][]byte{"a.txt": []byte("new")}); err != nil {
		t.Fatalf("second Write() error = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a.txt")); string(b) != "new" {
		t.Errorf("a.txt = %q; want new", b)
	}
	if _, err := os.Stat(filepath.Join(out, "widget", "b.js")); err == nil {
		t.Error("a file of the previous folder survived the swap")
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries; want only story (no temporary folders)", len(entries))
	}

	// A file where the folder should be: an error, and the file is untouched.
	file := filepath.Join(root, "file")
	os.WriteFile(file, []byte("keep"), 0o644)
	if err := Write(file, map[string][]byte{"a.txt": nil}); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("Write(onto a file) error = %v; want \"not a folder\"", err)
	}
	if b, _ := os.ReadFile(file); string(b) != "keep" {
		t.Errorf("file = %q after a failed Write; want it untouched", b)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("folder holds %d entries after a failed Write; want 2", len(entries))
	}
}
