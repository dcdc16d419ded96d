// Package dataset embeds the compiled story dataset, dataset.json.
//
// The file is generated from ../seeds by tools/gendata; never edit it by
// hand. TestFresh fails when it no longer matches its inputs.
package dataset

import _ "embed"

//go:generate go run ../tools/gendata -in ../seeds -out dataset.json

// JSON is the embedded dataset.json.
//
//go:embed dataset.json
var JSON []byte
