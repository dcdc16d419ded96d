// Command gendata compiles a folder of raw article dumps into dataset.json.
//
//	go run ./tools/gendata -in DIR -out FILE [-review]
//
// With -review it also prints what an editor should check first (quotes
// without a speaker, unsure speakers, entities typed by default or
// mentioned once, look-alike entities, contested claims) with the
// corrections.json line that would fix each, and writes the same sheet as
// review.html beside FILE.
//
// It reads every NAME.txt (a text dump) and NAME.html (a page saved from a
// browser) in DIR, with NAME.meta.json where present, and
// applies the editor's DIR/corrections.json (package corrections). The
// output is written to a temporary file beside FILE and renamed into place,
// so a failed or interrupted run leaves the previous FILE as it was.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/storylens/storylens/internal/cli"
	"github.com/storylens/storylens/internal/compile"
	"github.com/storylens/storylens/internal/review"
)

func main() {
	in := flag.String("in", "", "folder of NAME.txt article dumps and NAME.html pages (and NAME.meta.json, corrections.json)")
	out := flag.String("out", "", "dataset.json to write")
	rev := flag.Bool("review", false, "print what an editor should check first, and write review.html beside -out (package review)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	memprofile := flag.String("memprofile", "", "write a heap profile at the end of the run to this file")
	cli.Main("gendata", "gendata -in DIR -out FILE [-review] [-cpuprofile FILE] [-memprofile FILE], or gendata -in DIR -review", func() error {
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				return fmt.Errorf("cpu profile %s: %w", *cpuprofile, cli.PathErr(err))
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return fmt.Errorf("cpu profile %s: %w", *cpuprofile, err)
			}
			defer pprof.StopCPUProfile()
		}
		err := runWith(*in, *out, options{review: *rev, stdout: os.Stdout})
		if *memprofile != "" && err == nil {
			f, ferr := os.Create(*memprofile)
			if ferr != nil {
				return fmt.Errorf("heap profile %s: %w", *memprofile, cli.PathErr(ferr))
			}
			defer f.Close()
			if werr := pprof.WriteHeapProfile(f); werr != nil {
				return fmt.Errorf("heap profile %s: %w", *memprofile, werr)
			}
		}
		return err
	})
}

// options are gendata's flags beyond -in and -out.
type options struct {
	review bool      // print the review sheet and write review.html beside out
	stdout io.Writer // where the review table goes
}

func run(in, out string) error { return runWith(in, out, options{}) }

func runWith(in, out string, o options) error {
	if in == "" || out == "" && !o.review {
		return cli.UsageError("usage: -in is required, and -out unless -review is given")
	}
	if st, err := os.Stat(in); err != nil {
		return fmt.Errorf("input folder %s: %w", in, cli.PathErr(err))
	} else if !st.IsDir() {
		return fmt.Errorf("input folder %s: not a folder", in)
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return fmt.Errorf("output %s: is a folder, want a file path", out)
	}
	ds, _, err := compile.BuildFolder(in, os.DirFS(in))
	if err != nil {
		return err
	}
	if out != "" {
		data, err := compile.Encode(ds)
		if err != nil {
			return err
		}
		if err := writeFileAtomic(out, data); err != nil {
			return err
		}
	}
	if !o.review {
		return nil
	}
	items := review.Items(ds)
	if err := review.Table(o.stdout, items); err != nil {
		return err
	}
	if out == "" {
		fmt.Fprintln(o.stdout, "(no -out: review.html not written)")
		return nil
	}
	var page bytes.Buffer
	if err := review.HTML(&page, ds, items); err != nil {
		return err
	}
	sheet := filepath.Join(filepath.Dir(out), "review.html")
	if err := writeFileAtomic(sheet, page.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "\nReview sheet: %s\n", sheet)
	return nil
}

// writeFileAtomic writes data to a temporary file in path's folder, syncs it
// and renames it over path. On any error path is left untouched.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("output %s: %w", path, cli.PathErr(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("output %s: %w", path, cli.PathErr(err))
	}
	return nil
}
