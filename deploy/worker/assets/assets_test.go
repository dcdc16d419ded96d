package assets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeDist(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := write(filepath.Join(dir, filepath.FromSlash(name)), []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestStage(t *testing.T) {
	dist := writeDist(t, map[string]string{
		"embed.js":         "embed",
		"storylens.wasm":   "\x00asm",
		"widget/app.js":    "app",
		"index.html":       "<h1>demo</h1>",
		"node.mjs":         "node only",
		"widget/README.md": "docs",
		"hostile.html":     "test page",
	})
	out := filepath.Join(t.TempDir(), "assets")
	v, err := Stage(dist, out)
	if err != nil {
		t.Fatalf("Stage: %v", err)
	}
	if len(v) != 12 {
		t.Errorf("Stage version %q; want 12 hex digits", v)
	}
	for name, want := range map[string]string{
		"storylens/v1/" + v + "/embed.js":       "embed",
		"storylens/v1/" + v + "/storylens.wasm": "\x00asm",
		"storylens/v1/" + v + "/widget/app.js":  "app",
		"storylens/v1/embed.js":                 LoaderJS(v),
		"_headers":                              Headers(v),
		"_redirects":                            "/ /storylens/v1/" + v + "/ 302\n",
	} {
		got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"node.mjs", "widget/README.md", "hostile.html"} {
		if _, err := os.Stat(filepath.Join(out, "storylens/v1", v, filepath.FromSlash(name))); err == nil {
			t.Errorf("Stage copied %s; want it left out", name)
		}
	}
	if !strings.Contains(LoaderJS(v), "'"+v+"/embed.js'") {
		t.Errorf("LoaderJS(%q) does not load %s/embed.js", v, v)
	}
	for _, want := range []string{"/storylens/v1/" + v + "/*\n  Cache-Control: " + Immutable, "/storylens/v1/embed.js\n  Cache-Control: " + Loader, "Access-Control-Allow-Origin: *"} {
		if !strings.Contains(Headers(v), want) {
			t.Errorf("Headers(%q) lacks %q", v, want)
		}
	}
}

func TestVersion(t *testing.T) {
	a := map[string][]byte{"embed.js": []byte("x"), "w/a.js": []byte("y")}
	tests := []struct {
		name  string
		files map[string][]byte
		same  bool
	}{
		{"same files", map[string][]byte{"w/a.js": []byte("y"), "embed.js": []byte("x")}, true},
		{"content changed", map[string][]byte{"embed.js": []byte("x"), "w/a.js": []byte("z")}, false},
		{"renamed", map[string][]byte{"embed.js": []byte("x"), "w/b.js": []byte("y")}, false},
		{"bytes moved between files", map[string][]byte{"embed.js": []byte("xy"), "w/a.js": []byte("")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Version(tc.files) == Version(a); got != tc.same {
				t.Errorf("Version(%v) == Version(%v) is %v; want %v", tc.files, a, got, tc.same)
			}
		})
	}
}

func TestStageNoEmbed(t *testing.T) {
	dist := writeDist(t, map[string]string{"index.html": "x"})
	if _, err := Stage(dist, t.TempDir()); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("Stage(dist without embed.js) error %v; want one naming make build", err)
	}
}
