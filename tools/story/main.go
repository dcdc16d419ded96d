// Command story builds a newsroom's own story into a folder ready to
// upload (package publish), from a folder of articles and the widget built
// in dist/:
//
//	go run ./tools/story -in DIR -out dist/story [-dist dist] [-base /storylens/]
//
// The articles are compiled as gendata does (NAME.txt, NAME.html,
// NAME.meta.json and the editor's corrections.json). It prints the embed
// snippet to paste into the article and the Subresource Integrity hash of
// every file. A failed run leaves the previous folder as it was.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storylens/storylens/internal/compile"
	"github.com/storylens/storylens/internal/publish"
)

func main() {
	in := flag.String("in", "", "folder of articles (NAME.txt, NAME.html, NAME.meta.json, corrections.json)")
	out := flag.String("out", "dist/story", "story folder to write")
	dist := flag.String("dist", "dist", "the built widget (make build)")
	base := flag.String("base", "/storylens/", "address the folder will be served from, as the snippet names it")
	flag.Parse()
	if err := run(*in, *out, *dist, *base, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "story:", err)
		os.Exit(1)
	}
}

func run(in, out, dist, base string, w io.Writer) error {
	if in == "" || out == "" {
		return fmt.Errorf("usage: story -in DIR -out DIR [-dist dist] [-base /storylens/]")
	}
	if st, err := os.Stat(in); err != nil || !st.IsDir() {
		return fmt.Errorf("input folder %s: not a folder", in)
	}
	ds, edits, err := compile.BuildFolder(in, os.DirFS(in))
	if err != nil {
		return err
	}
	data, err := compile.Encode(ds)
	if err != nil {
		return err
	}
	files, err := publish.Folder(ds, data, os.DirFS(dist), base)
	if err != nil {
		return fmt.Errorf("%s: %w", dist, err)
	}
	if err := publish.Write(out, files); err != nil {
		return err
	}
	fmt.Fprintf(w, "Story folder %s: %d articles, %d entities, %d quotes, %d events; %d corrections applied.\n",
		out, len(ds.Documents), len(ds.Entities), len(ds.Quotes), len(ds.Events), edits)
	fmt.Fprintf(w, "Upload it so that it is served at %s, then paste this into the article (also in %s):\n\n",
		base, filepath.Join(out, "snippet.html"))
	s := string(files["snippet.html"])
	if i := strings.Index(s, "\n"); i >= 0 { // the fallback is long: show where it goes
		if j := strings.LastIndex(s, "\n</div>"); j > i {
			s = s[:i+1] + "  …the static fallback, " + filepath.Join(out, "fallback.html") + "…" + s[j:]
		}
	}
	fmt.Fprintln(w, s)
	fmt.Fprintln(w, "The page's Content-Security-Policy needs 'wasm-unsafe-eval' in script-src for the interactive explorer;")
	fmt.Fprintln(w, "without it readers keep the static fallback. Subresource Integrity of every file:")
	var names []string
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %s  %8d  %s\n", publish.SRI(files[name]), len(files[name]), name)
	}
	return nil
}
