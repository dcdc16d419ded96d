// Package devserver serves a built dist/ folder for the local demo: correct
// content types (application/wasm), gzip for text and wasm, and the strict
// Content-Security-Policy that StoryLens is built to run under.
package devserver

import (
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

// CSP is the policy the demo is served with: only same-origin scripts and
// styles, and wasm compilation allowed.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'"

var contentTypes = map[string]string{
	".wasm": "application/wasm",
	".mjs":  "text/javascript; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".json": "application/json",
	".svg":  "image/svg+xml",
}

// Handler serves the files of root with the demo's headers. A csp of ""
// sends no policy header.
func Handler(root http.FileSystem, csp string) http.Handler {
	files := http.FileServer(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ext := path.Ext(r.URL.Path)
		ct, ok := contentTypes[ext]
		if !ok {
			ct = mime.TypeByExtension(ext)
		}
		if ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		if csp != "" {
			w.Header().Set("Content-Security-Policy", csp)
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Add("Vary", "Accept-Encoding")
		if r.Header.Get("Range") != "" || !acceptsGzip(r) || !compressible(ct, r.URL.Path) {
			files.ServeHTTP(w, r)
			return
		}
		gz := gzipPool.Get().(*gzip.Writer)
		defer gzipPool.Put(gz)
		gz.Reset(w)
		defer gz.Close()
		w.Header().Set("Content-Encoding", "gzip")
		files.ServeHTTP(&gzipWriter{ResponseWriter: w, w: gz}, r)
	})
}

var gzipPool = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

func acceptsGzip(r *http.Request) bool {
	for _, enc := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(enc, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

func compressible(ct, p string) bool {
	return strings.HasPrefix(ct, "text/") || ct == "application/wasm" ||
		ct == "application/json" || ct == "image/svg+xml" || strings.HasSuffix(p, "/")
}

// gzipWriter compresses the body and drops the length the file server sets
// for the uncompressed file.
type gzipWriter struct {
	http.ResponseWriter
	w io.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	g.Header().Del("Content-Length")
	return g.w.Write(b)
}
