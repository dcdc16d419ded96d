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

	"github.com/storylens/storylens/internal/corrections"
	"github.com/storylens/storylens/internal/extract"
	"github.com/storylens/storylens/internal/layout"
	"github.com/storylens/storylens/schema"
)

// ErrNoArticles reports a folder without any NAME.txt or NAME.html file.
var ErrNoArticles = errors.New("no article files (NAME.txt or NAME.html)")

// ReadArticles reads every NAME.txt (a text dump) and NAME.html (a saved
// page, turned into a text dump by extract.FromHTML) in the root of fsys,
// with NAME.meta.json where present, in file-name order. Errors name the
// file they concern.
func ReadArticles(fsys fs.FS) ([]extract.Article, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && (strings.HasSuffix(e.Name(), ".txt") || strings.HasSuffix(e.Name(), ".html")) {
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
		var pageMeta extract.Meta
		if strings.HasSuffix(name, ".html") {
			if a.Text, pageMeta, err = extract.FromHTML(name, text); err != nil {
				return nil, err
			}
			a.Meta = pageMeta
		}
		metaName := strings.TrimSuffix(strings.TrimSuffix(name, ".txt"), ".html") + ".meta.json"
		switch raw, err := fs.ReadFile(fsys, metaName); {
		case err == nil:
			if a.Meta, err = extract.ParseMeta(metaName, raw); err != nil {
				return nil, err
			}
			a.Meta = fillMeta(a.Meta, pageMeta)
		case errors.Is(err, fs.ErrNotExist):
			// Metadata is optional: relative dates then stay unresolved.
		default:
			return nil, fmt.Errorf("%s: %w", metaName, err)
		}
		articles = append(articles, a)
	}
	return articles, nil
}

// fillMeta fills the fields m leaves empty from what the page says.
func fillMeta(m, page extract.Meta) extract.Meta {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&m.Outlet, page.Outlet}, {&m.Published, page.Published}, {&m.URL, page.URL}, {&m.Language, page.Language}, {&m.Format, page.Format},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	return m
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

// ReadCorrections reads the editor's corrections.json from the root of
// fsys. A folder without one has no edits.
func ReadCorrections(fsys fs.FS) ([]corrections.Edit, error) {
	raw, err := fs.ReadFile(fsys, corrections.File)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", corrections.File, err)
	}
	return corrections.Parse(corrections.File, raw)
}

// Build extracts the articles, applies the editor's edits and lays out
// the graph. The same articles and edits always give the same dataset.
func Build(articles []extract.Article, edits ...corrections.Edit) (*schema.Dataset, error) {
	if len(articles) == 0 {
		return nil, ErrNoArticles
	}
	ds, err := extract.Build(articles)
	if err != nil {
		return nil, err
	}
	if err := corrections.Apply(corrections.File, ds, edits); err != nil {
		return nil, err
	}
	ds.Schema = schema.Version
	ds.Version = Version(articles)
	if len(edits) > 0 {
		// The edits are inputs too: hash them in their canonical form.
		canon, _ := json.Marshal(edits)
		sum := sha256.Sum256(append([]byte(ds.Version+"\x00"), canon...))
		ds.Version = hex.EncodeToString(sum[:])[:16]
	}
	layout.Apply(ds)
	return ds, nil
}

// BuildFolder reads the articles and the editor's corrections of the
// folder dir (fsys) and builds its dataset; it also returns how many edits
// were applied. Errors name the folder.
func BuildFolder(dir string, fsys fs.FS) (*schema.Dataset, int, error) {
	articles, err := ReadArticles(fsys)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", dir, err)
	}
	edits, err := ReadCorrections(fsys)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", dir, err)
	}
	ds, err := Build(articles, edits...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", dir, err)
	}
	return ds, len(edits), nil
}

// Dataset is Build, encoded as dataset.json.
func Dataset(articles []extract.Article, edits ...corrections.Edit) ([]byte, error) {
	ds, err := Build(articles, edits...)
	if err != nil {
		return nil, err
	}
	return Encode(ds)
}

// Encode returns the bytes of dataset.json for ds.
func Encode(ds *schema.Dataset) ([]byte, error) {
	// Compact: the file is embedded in the wasm module, where every byte
	// counts against the size budget (make size).
	out, err := json.Marshal(ds)
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
