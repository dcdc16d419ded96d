// Command jsmin copies JavaScript files into a folder without their
// comments and indentation (package jsmin), for what readers download:
//
//	go run ./tools/jsmin -out dist/widget web/widget/*.js
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/internal/jsmin"
)

func main() {
	out := flag.String("out", "", "folder to write the stripped files into")
	flag.Parse()
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "jsmin:", err)
		os.Exit(1)
	}
}

func run(out string, files []string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		b, err := jsmin.Strip(src)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		// Written to a temporary file, then renamed: a failure leaves no half file.
		dst := filepath.Join(out, filepath.Base(f))
		if err := os.WriteFile(dst+".tmp", b, 0o644); err != nil {
			return err
		}
		if err := os.Rename(dst+".tmp", dst); err != nil {
			return err
		}
	}
	return nil
}
