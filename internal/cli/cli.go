// Package cli is what the commands under tools/ share: one way to read
// the command line and one way to fail, so that every tool answers -h with
// its usage line and flags, and fails with "tool: what went wrong".
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
)

// Main parses the command line, whose flags the caller has declared, and
// calls run. If run fails it prints "name: error" on stderr and exits with
// status 1, or with status 2 and the usage after a UsageError.
func Main(name, usage string, run func() error) {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: "+usage)
		flag.PrintDefaults()
	}
	flag.Parse()
	err := run()
	if err == nil {
		return
	}
	var u UsageError
	if errors.As(err, &u) {
		fmt.Fprintln(os.Stderr, name+":", err)
		flag.Usage()
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, name+":", err)
	os.Exit(1)
}

// UsageError is a command line that does not say what to do.
type UsageError string

func (e UsageError) Error() string { return string(e) }

// Require returns a UsageError naming the first of flags (by name) whose
// value is empty, or nil.
func Require(flags ...string) error {
	for _, name := range flags {
		if f := flag.Lookup(name); f != nil && f.Value.String() == "" {
			return UsageError("-" + name + " is required")
		}
	}
	return nil
}

// PathErr drops the operation and path from an *fs.PathError or an
// *os.LinkError, for a message that already names the file.
func PathErr(err error) error {
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
