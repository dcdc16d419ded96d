package main

import (
	"os"

	"github.com/storylens/storylens/internal/extract"
)

// The name tagger (person / org / place), trained on CoNLL-2003 eng.train.
func init() {
	register(model{
		Name: "names",
		Out:  "internal/extract/models/names.model",
		Train: func(devsets string) ([]byte, error) {
			return extract.TrainNames(os.DirFS(devsets), nil)
		},
	})
}
