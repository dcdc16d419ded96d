package review

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/storylens/storylens/schema"
)

//go:embed page
var pageFiles embed.FS

var (
	pageTmpl = template.Must(template.ParseFS(pageFiles, "page/review.html.tmpl"))
	style    = mustRead("page/review.css")
	script   = mustRead("page/review.js")
)

func mustRead(name string) string {
	b, err := pageFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// cspHash is the Content-Security-Policy source of an inline element's
// content, so the page runs its own script and style and nothing else.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Table writes the items as an aligned table: one row an item, with its
// kind, ID, what looks wrong and the fix.
func Table(w io.Writer, items []Item) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n\n", Summary(items))
	if len(items) == 0 {
		_, err := w.Write(b.Bytes())
		return err
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tID\tCHECK\tFIX (a corrections.json edit)")
	for _, it := range items {
		f := it.Fix
		if f == "" {
			f = "(check the sources)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", it.Kind, it.ID, oneLine(clip(it.What, 70)), f)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Summary is one line: how many items of each kind.
func Summary(items []Item) string {
	if len(items) == 0 {
		return "Nothing to check."
	}
	var parts []string
	for _, k := range Kinds {
		n := 0
		for _, it := range items {
			if it.Kind == k {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, n))
		}
	}
	noun := "items"
	if len(items) == 1 {
		noun = "item"
	}
	return fmt.Sprintf("%d %s to check (%s).", len(items), noun, strings.Join(parts, ", "))
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

type group struct {
	Kind, Slug string
	Items      []Item
}

// HTML writes the review sheet as one static page: every item with its
// source sentence and its fix beside a copy button. Everything from the
// dataset is escaped text; the page's only script is its own copy button,
// allowed by hash in its Content-Security-Policy, and it requests nothing.
func HTML(w io.Writer, ds *schema.Dataset, items []Item) error {
	var groups []group
	for _, k := range Kinds {
		g := group{Kind: k, Slug: strings.ReplaceAll(k, " ", "-")}
		for _, it := range items {
			if it.Kind == k {
				g.Items = append(g.Items, it)
			}
		}
		groups = append(groups, g)
	}
	title := ds.Title
	if title == "" {
		title = "untitled story"
	}
	var b bytes.Buffer
	err := pageTmpl.Execute(&b, map[string]any{
		"Title":      title,
		"Version":    ds.Version,
		"Docs":       len(ds.Documents),
		"Items":      items,
		"Groups":     groups,
		"Style":      template.CSS(style),
		"Script":     template.JS(script),
		"StyleHash":  cspHash(style),
		"ScriptHash": cspHash(script),
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b.Bytes())
	return err
}
