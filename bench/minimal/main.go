//go:build js && wasm

// Command minimal is the size floor for make size: a wasm program that links
// only what StoryLens cannot do without, gjson and levenshtein.
package main

import (
	"github.com/agnivade/levenshtein"
	"github.com/tidwall/gjson"
)

var sink int

func main() {
	sink = len(gjson.Get(`{"a":"b"}`, "a").String()) + levenshtein.ComputeDistance("kitten", "sitting")
}
