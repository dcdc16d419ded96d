package cli

import (
	"errors"
	"flag"
	"testing"
)

func TestRequire(t *testing.T) {
	flag.String("in", "", "")
	flag.String("out", "x", "")
	err := Require("out", "in")
	var u UsageError
	if !errors.As(err, &u) || err.Error() != "-in is required" {
		t.Errorf("Require(out, in) = %v; want the UsageError -in is required", err)
	}
	if err := Require("out"); err != nil {
		t.Errorf("Require(out) = %v; want nil", err)
	}
}
