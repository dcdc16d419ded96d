// Package assets lays out the widget's files (the top-level dist/) for
// Cloudflare's static asset server, which wrangler uploads next to the
// worker and which serves them without running it.
//
// Stage copies dist/ to storylens/v1/VERSION/, where VERSION is a hash of
// the files' contents, so every file there can be cached for good. The
// stable URL of the embed contract, storylens/v1/embed.js, is a small
// loader that adds this release's embed.js to the page; it alone is
// cached briefly. A _headers file says so, and a _redirects file sends /
// to the demo page. Files that are no part of the widget or its demo (see
// Served) stay behind.
package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Prefix is the URL path of the embed contract's files.
const Prefix = "/storylens/v1/"

// Cache lifetimes.
const (
	// Immutable is for files under a content-hashed path.
	Immutable = "public, max-age=31536000, immutable"
	// Loader is for the stable loader, which names the current release.
	Loader = "public, max-age=300"
)

// Stage copies the files of dist to out (which must not exist yet or be
// empty), laid out as the package comment says, and returns the version.
func Stage(dist, out string) (version string, err error) {
	files, err := read(dist)
	if err != nil {
		return "", err
	}
	if _, ok := files["embed.js"]; !ok {
		return "", errors.New("assets: " + dist + " has no embed.js; run make build at the top")
	}
	version = Version(files)
	dir := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(Prefix, "/")))
	for name, data := range files {
		if err := write(filepath.Join(dir, version, filepath.FromSlash(name)), data); err != nil {
			return "", err
		}
	}
	if err := write(filepath.Join(dir, "embed.js"), []byte(LoaderJS(version))); err != nil {
		return "", err
	}
	if err := write(filepath.Join(out, "_headers"), []byte(Headers(version))); err != nil {
		return "", err
	}
	redirects := ""
	if _, ok := files["index.html"]; ok {
		redirects = "/ " + Prefix + version + "/ 302\n"
	}
	return version, write(filepath.Join(out, "_redirects"), []byte(redirects))
}

// read returns the regular files under dir by slash-separated path.
func read(dir string) (map[string][]byte, error) {
	files := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		if !Served(filepath.ToSlash(rel)) {
			return nil
		}
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	return files, err
}

// Served reports whether the file of dist at the slash-separated path
// name is deployed. Not deployed: node.mjs (the engine's Node loader),
// Markdown, and the hostile test page and its dataset.
func Served(name string) bool {
	base := path.Base(name)
	return name != "node.mjs" && path.Ext(base) != ".md" && !strings.HasPrefix(base, "hostile.")
}

func write(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// Version returns the first 12 hex digits of a SHA-256 over the files'
// names and contents, in name order.
func Version(files map[string][]byte) string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, name := range names {
		h.Write([]byte(path.Clean(name)))
		h.Write([]byte{0})
		h.Write(files[name])
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// LoaderJS returns the stable embed.js: it adds the embed.js of version,
// found beside itself, to the page. That script then finds its wasm and
// modules beside itself, under the immutable path.
func LoaderJS(version string) string {
	return `// StoryLens loader: adds this release's widget, whose files never change.
(function (s) {
  var e = document.createElement('script');
  e.src = new URL('` + version + `/embed.js', (s && s.src) || location.href).href;
  e.async = true;
  (document.head || document.documentElement).appendChild(e);
})(document.currentScript);
`
}

// Headers returns the _headers file: CORS for every file, since the widget
// imports engine.mjs and fetches its wasm from other sites' pages, and the
// cache lifetimes.
func Headers(version string) string {
	return `/*
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
` + Prefix + version + `/*
  Cache-Control: ` + Immutable + `
` + Prefix + `embed.js
  Cache-Control: ` + Loader + `
`
}
