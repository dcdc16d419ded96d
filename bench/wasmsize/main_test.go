package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPackageOf(t *testing.T) {
	for name, want := range map[string]string{
		"github.com_tidwall_gjson.Parse":                       "github.com/tidwall_gjson",
		"github.com_storylens_storylens_story.__index_.search": "github.com/storylens_storylens_story",
		"encoding_json.__decodeState_.object":                  "encoding_json",
		"runtime.mallocgc":                                     "runtime",
		"memeqbody":                                            "memeqbody",
	} {
		if got := packageOf(name); got != want {
			t.Errorf("packageOf(%q) = %q; want %q", name, got, want)
		}
	}
}

func TestReadRejects(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"text.wasm":      "hello, world",
		"truncated.wasm": "\x00asm\x01\x00\x00\x00\x0a\x7f",
		"nonames.wasm":   "\x00asm\x01\x00\x00\x00",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := read(path); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("read(%s) error = %v; want one naming the file", name, err)
		}
	}
}
