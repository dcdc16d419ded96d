package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const harbourPage = `<!doctype html><html lang="en"><head><title>Quay | Velmora Echo</title>
<meta property="og:site_name" content="Velmora Echo"><meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><nav>Home · News · Sport</nav><article><h1>Board backs the quay</h1>
<p>The Velmora Port Board said on Monday that it would rebuild the quay by June 2025, its head Idris Okafor said.</p>
<script>track()</script></article><footer>© Velmora Echo</footer></body></html>`

func TestRunReadsHTML(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	write(t, in, "a.txt", harbour)
	write(t, in, "b.html", harbourPage)
	out := filepath.Join(root, "dataset.json")
	if err := run(in, out); err != nil {
		t.Fatalf("run() error = %v", err)
	}
	ds := readDataset(t, out)
	if len(ds.Documents) != 2 {
		t.Fatalf("documents = %d; want 2 (a.txt and b.html)", len(ds.Documents))
	}
	d := ds.Documents[1]
	if d.ID != "b" || d.File != "b.html" || d.Title != "Board backs the quay" || d.Outlet != "Velmora Echo" || d.Published != "2025-03-04" {
		t.Errorf("document from b.html = id %q file %q title %q outlet %q published %q", d.ID, d.File, d.Title, d.Outlet, d.Published)
	}
	if strings.Contains(d.Text, "track()") || strings.Contains(d.Text, "Sport") {
		t.Errorf("text %q keeps scripts or navigation", d.Text)
	}
}

func TestRunBadHTML(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty page", "", "b.html: empty page"},
		{"binary page", "\x89PNG\r\n\x1a\n\x00\x00", "b.html:3: binary data"},
		{"non-UTF-8 page", "<p>Caf\xe9 du port</p>", "b.html:1: invalid UTF-8"},
		{"no article text", "<html><body><nav>Home</nav><h1>Login</h1><p>Sign in</p></body></html>", "b.html: no article text"},
		{"same name twice", harbourPage, "duplicate document id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			in := filepath.Join(root, "in")
			os.Mkdir(in, 0o755)
			write(t, in, "a.txt", harbour)
			write(t, in, "b.html", tc.data)
			if tc.name == "same name twice" {
				write(t, in, "b.txt", harbour)
			}
			out := filepath.Join(root, "dataset.json")
			write(t, root, "dataset.json", previous)
			err := run(in, out)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("run() error = %v; want one containing %q", err, tc.want)
			}
			if got, _ := os.ReadFile(out); string(got) != previous {
				t.Errorf("after failed run %s = %q; want it untouched", out, got)
			}
		})
	}
}
