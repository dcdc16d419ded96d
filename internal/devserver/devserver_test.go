package devserver

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

func TestHandler(t *testing.T) {
	wasm := []byte("\x00asm\x01\x00\x00\x00 some module bytes")
	fsys := fstest.MapFS{
		"index.html":     {Data: []byte("<!doctype html><p>demo</p>")},
		"storylens.wasm": {Data: wasm},
		"embed.js":       {Data: []byte("console.log(1)")},
	}
	h := Handler(http.FS(fsys), CSP)
	tests := []struct {
		name, path, accept string
		wantType, wantEnc  string
		wantBody           string
	}{
		{"wasm gzipped", "/storylens.wasm", "gzip, br", "application/wasm", "gzip", string(wasm)},
		{"wasm plain", "/storylens.wasm", "", "application/wasm", "", string(wasm)},
		{"js", "/embed.js", "gzip", "text/javascript; charset=utf-8", "gzip", "console.log(1)"},
		{"index", "/", "gzip", "text/html; charset=utf-8", "gzip", "<!doctype html><p>demo</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tc.path, nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			if res.StatusCode != 200 {
				t.Fatalf("GET %s status = %d; want 200", tc.path, res.StatusCode)
			}
			if got := res.Header.Get("Content-Type"); got != tc.wantType {
				t.Errorf("GET %s Content-Type = %q; want %q", tc.path, got, tc.wantType)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.wantEnc {
				t.Errorf("GET %s Content-Encoding = %q; want %q", tc.path, got, tc.wantEnc)
			}
			if got := res.Header.Get("Content-Security-Policy"); got != CSP {
				t.Errorf("GET %s CSP = %q; want %q", tc.path, got, CSP)
			}
			body := io.Reader(res.Body)
			if tc.wantEnc == "gzip" {
				zr, err := gzip.NewReader(res.Body)
				if err != nil {
					t.Fatalf("GET %s: body is not gzip: %v", tc.path, err)
				}
				body = zr
			}
			got, _ := io.ReadAll(body)
			if string(got) != tc.wantBody {
				t.Errorf("GET %s body = %q; want %q", tc.path, got, tc.wantBody)
			}
		})
	}
}
