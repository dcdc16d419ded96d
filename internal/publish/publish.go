// Package publish assembles a newsroom's own story into a folder ready to
// upload: the widget (embed.js, widget/*.js, engine.mjs, wasm_exec.js,
// storylens.wasm) copied from a built dist/, the story's dataset.json, the
// static fallback to paste into the article (fallback.html), the embed
// snippet with its Subresource Integrity hash (snippet.html) and a page
// that previews it from the folder itself (preview.html).
package publish

import (
	"bytes"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storylens/storylens/internal/cli"
	"github.com/storylens/storylens/internal/fallback"
	"github.com/storylens/storylens/schema"
)

// Assets are the built files a story folder carries, besides widget/*.js.
var Assets = []string{"embed.js", "engine.mjs", "wasm_exec.js", "storylens.wasm"}

// Folder returns the files of the story folder, by slash-separated path:
// the assets from dist, dataset.json (the bytes given, ds decoded), the
// fallback, the snippet and the preview page. base is the address the
// folder will be served from ("/storylens/" or "https://news.example/storylens/");
// the snippet points there, the preview at the folder itself.
func Folder(ds *schema.Dataset, datasetJSON []byte, dist fs.FS, base string) (map[string][]byte, error) {
	if base != "" && !strings.HasSuffix(base, "/") {
		base += "/"
	}
	files := map[string][]byte{}
	widget, err := fs.Glob(dist, "widget/*.js")
	if err != nil {
		return nil, err
	}
	if len(widget) == 0 {
		return nil, errors.New("no widget/*.js in the built folder; run make build first")
	}
	for _, name := range append(slices.Clone(Assets), widget...) {
		b, err := fs.ReadFile(dist, name)
		if err != nil {
			return nil, fmt.Errorf("built file %s: %w (run make build first)", name, cli.PathErr(err))
		}
		files[name] = b
	}
	if b, err := fs.ReadFile(dist, "demo.css"); err == nil {
		files["preview.css"] = b
	}
	files["dataset.json"] = datasetJSON

	var fb bytes.Buffer
	if err := fallback.Render(&fb, ds, fallback.Options{}); err != nil {
		return nil, err
	}
	files["fallback.html"] = fb.Bytes()
	s := Snippet(files["embed.js"], fb.String(), base)
	files["snippet.html"] = []byte(s)
	var page bytes.Buffer
	title := ds.Title
	if title == "" {
		title = "Story preview"
	}
	err = previewPage.Execute(&page, map[string]any{
		"Title":   title,
		"Docs":    ds.Documents,
		"Snippet": template.HTML(Snippet(files["embed.js"], fb.String(), "")), // html/template output and our own markup
		"CSS":     files["preview.css"] != nil,
	})
	if err != nil {
		return nil, err
	}
	files["preview.html"] = page.Bytes()
	return files, nil
}

// Snippet returns the HTML to paste into the article: the widget's host
// element holding the static fallback, and the loader pinned by its
// Subresource Integrity hash.
func Snippet(embedJS []byte, fallbackHTML, base string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<div data-storylens data-view=\"all\" data-dataset=\"%sdataset.json\">\n", template.HTMLEscapeString(base))
	b.WriteString(strings.TrimRight(fallbackHTML, "\n"))
	fmt.Fprintf(&b, "\n</div>\n<script src=\"%sembed.js\" integrity=\"%s\" crossorigin=\"anonymous\" async></script>\n",
		template.HTMLEscapeString(base), SRI(embedJS))
	return b.String()
}

// SRI returns the Subresource Integrity value (sha384) of data.
func SRI(data []byte) string {
	sum := sha512.Sum384(data)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

var previewPage = template.Must(template.New("preview").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>{{.Title}}</title>
{{if .CSS}}<link rel="stylesheet" href="preview.css">{{end}}
</head>
<body>
<main>
<article>
<h1>{{.Title}}</h1>
<p class="byline">Preview of the story folder: the snippet below is snippet.html, served from this folder.</p>
{{range .Docs}}<p class="byline">{{.Outlet}}{{range .Byline}} · {{.}}{{end}}</p>{{end}}
<h2 class="explore">Explore the story</h2>
{{.Snippet}}
</article>
</main>
</body>
</html>
`))

// Write replaces folder out with files: it writes them into a new folder
// beside out and swaps it in, so a failure leaves the previous folder as
// it was.
func Write(out string, files map[string][]byte) (err error) {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("output %s: %w", out, cli.PathErr(err))
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("output %s: %w", out, cli.PathErr(err))
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return fmt.Errorf("output %s: %w", path.Join(out, name), cli.PathErr(err))
		}
	}
	old := ""
	if st, err := os.Stat(out); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("output %s: not a folder", out)
		}
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("output %s: %w", out, cli.PathErr(err))
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("output %s: %w", out, cli.PathErr(err))
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}
