// Command gendata compiles a folder of raw article dumps into dataset.json.
//
//	go run ./tools/gendata -in DIR -out FILE
//
// It reads every NAME.txt in DIR, with NAME.meta.json where present. The
// output is written to a temporary file beside FILE and renamed into place,
// so a failed or interrupted run leaves the previous FILE as it was.
package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/storylens/storylens/internal/cli"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/internal/compile"
)

func main() {
	in := flag.String("in", "", "folder of NAME.txt article dumps (and NAME.meta.json)")
	out := flag.String("out", "", "dataset.json to write")
	cli.Main("gendata", "gendata -in DIR -out FILE", func() error { return run(*in, *out) })
}

func run(in, out string) error {
	if in == "" || out == "" {
		return cli.UsageError("-in and -out are required")
	}
	if st, err := os.Stat(in); err != nil {
		return fmt.Errorf("input folder %s: %w", in, unwrapPath(err))
	} else if !st.IsDir() {
		return fmt.Errorf("input folder %s: not a folder", in)
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return fmt.Errorf("output %s: is a folder, want a file path", out)
	}
	articles, err := compile.ReadArticles(os.DirFS(in))
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	data, err := compile.Dataset(articles)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	return writeFileAtomic(out, data)
}

// writeFileAtomic writes data to a temporary file in path's folder, syncs it
// and renames it over path. On any error path is left untouched.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("output %s: %w", path, unwrapPath(err))
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
		return fmt.Errorf("output %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the operation and path from an *fs.PathError, because
// the caller's message already names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
