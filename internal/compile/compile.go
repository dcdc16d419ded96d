// Package compile turns a folder of article dumps into the bytes of
// dataset.json. It is the shared core of tools/gendata and of the test that
// checks the committed dataset is fresh.
package compile

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/extract"
	"github.com/storylens/storylens/internal/layout"
	"github.com/storylens/storylens/schema"
)

// ErrNoArticles reports a folder without any NAME.txt file.
var ErrNoArticles = errors.New("no article files (NAME.txt)")

// ReadArticles reads every NAME.txt in the root of fsys, with NAME.meta.json
// where present, in file-name order. Errors name the file they concern.
func ReadArticles(fsys fs.FS) ([]extract.Article, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, ErrNoArticles
	}
	sort.Strings(names)
	articles := make([]extract.Article, 0, len(names))
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		a := extract.Article{File: name, Text: text}
		metaName := strings.TrimSuffix(name, ".txt") + ".meta.json"
		switch raw, err := fs.ReadFile(fsys, metaName); {
		case err == nil:
			if a.Meta, err = extract.ParseMeta(metaName, raw); err != nil {
				return nil, err
			}
		case errors.Is(err, fs.ErrNotExist):
			// Metadata is optional: relative dates then stay unresolved.
		default:
			return nil, fmt.Errorf("%s: %w", metaName, err)
		}
		articles = append(articles, a)
	}
	return articles, nil
}

// Version returns the provenance of a dataset: a hash of every input file's
// name, metadata and bytes. It never depends on time or on where the inputs
// live.
func Version(articles []extract.Article) string {
	h := sha256.New()
	for _, a := range articles {
		meta, _ := json.Marshal(a.Meta)
		fmt.Fprintf(h, "%s\x00%d\x00", path.Base(a.File), len(a.Text))
		h.Write(a.Text)
		h.Write([]byte{0})
		h.Write(meta)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Dataset extracts the articles, lays out the graph and returns the encoded
// dataset.json. The same articles always give the same bytes.
func Dataset(articles []extract.Article) ([]byte, error) {
	if len(articles) == 0 {
		return nil, ErrNoArticles
	}
	ds, err := extract.Build(articles)
	if err != nil {
		return nil, err
	}
	ds.Schema = schema.Version
	ds.Version = Version(articles)
	layout.Apply(ds)
	// Compact: the file is embedded in the wasm module, where every byte
	// counts against the size budget (make size).
	out, err := json.Marshal(ds)
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
