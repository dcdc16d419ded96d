// Command demopage writes the StoryLens demo pages into a folder:
//
//	go run ./tools/demopage -dataset dataset/dataset.json -out dist
//
// index.html is a news article about the seed story with the widget in its
// body; two.html has two widgets on one page, one of them graph-only;
// nowasm.html forbids WebAssembly in its CSP, so the static fallback is all
// readers get. Two pages load a dataset at runtime (data-dataset), each
// written only when its dataset exists: hostile.html the hostile test
// dataset (-hostile), and story.html a second, made-up story (-fixture),
// so that the widget is seen on a story it was not built with. Their
// datasets are copied beside them. Every page carries the static fallback
// rendered by package fallback, so readers without JavaScript see the
// story too.
package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/storylens/storylens/internal/cli"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/internal/fallback"
	"github.com/storylens/storylens/schema"
)

//go:embed pages
var pages embed.FS

func main() {
	dataset := flag.String("dataset", "dataset/dataset.json", "the story's dataset.json")
	hostile := flag.String("hostile", "", "hostile test dataset (make build compiles web/test/fixtures/hostile); skipped if missing")
	fixture := flag.String("fixture", "", "a second, made-up story's dataset (web/test/fixtures/harbour.dataset.json); skipped if missing")
	out := flag.String("out", "dist", "folder to write the pages into")
	cli.Main("demopage", "demopage -dataset FILE [-hostile FILE] [-fixture FILE] -out DIR", func() error {
		return run(*dataset, *hostile, *fixture, *out)
	})
}

// page is what each page template receives.
type page struct {
	Title    string
	Fallback template.HTML
	// Graph is the fallback of the graph-only widget on two.html.
	Graph template.HTML
	Docs  []schema.Document
}

func run(datasetPath, hostilePath, fixturePath, out string) error {
	ds, err := load(datasetPath)
	if err != nil {
		return err
	}
	tmpl, err := template.New("pages").Funcs(funcs).ParseFS(pages, "pages/*.tmpl")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	p, err := pageFor(ds)
	if err != nil {
		return err
	}
	for _, name := range []string{"index.html", "two.html", "nowasm.html"} {
		if err := write(tmpl, name, filepath.Join(out, name), p); err != nil {
			return err
		}
	}
	for _, name := range []string{"demo.css", "favicon.svg"} {
		b, err := pages.ReadFile("pages/" + name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
	}

	if err := runtimePage(tmpl, hostilePath, "hostile", out); err != nil {
		return err
	}
	return runtimePage(tmpl, fixturePath, "story", out)
}

// runtimePage writes NAME.html, whose widget loads the dataset at path at
// runtime, and copies the dataset beside it as NAME.dataset.json. A missing
// dataset writes nothing.
func runtimePage(tmpl *template.Template, path, name, out string) error {
	if path == "" {
		return nil
	}
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	ds, err := load(path)
	if err != nil {
		return err
	}
	p, err := pageFor(ds)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, name+".dataset.json"), raw, 0o644); err != nil {
		return err
	}
	return write(tmpl, name+".html", filepath.Join(out, name+".html"), p)
}

func load(path string) (*schema.Dataset, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ds schema.Dataset
	if err := json.Unmarshal(b, &ds); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &ds, nil
}

func pageFor(ds *schema.Dataset) (page, error) {
	var all, graph bytes.Buffer
	if err := fallback.Render(&all, ds, fallback.Options{}); err != nil {
		return page{}, err
	}
	if err := fallback.Render(&graph, ds, fallback.Options{People: 8, Entity: "elon-musk"}); err != nil {
		return page{}, err
	}
	v := fallback.Build(ds, fallback.Options{})
	// Both fragments are html/template output: escaped already.
	return page{Title: v.Title, Fallback: template.HTML(all.String()), Graph: template.HTML(graph.String()), Docs: ds.Documents}, nil
}

func write(tmpl *template.Template, name, path string, p page) error {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name+".tmpl", p); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func init() {
	funcs["dict"] = func(kv ...any) (map[string]any, error) {
		if len(kv)%2 != 0 {
			return nil, errors.New("dict: odd number of arguments")
		}
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			k, ok := kv[i].(string)
			if !ok {
				return nil, errors.New("dict: key is not a string")
			}
			m[k] = kv[i+1]
		}
		return m, nil
	}
}

var funcs = template.FuncMap{}
