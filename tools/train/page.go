package main

import (
	"os"

	"github.com/storylens/storylens/internal/extract"
)

// page: the learned line classifier of page cleaning, trained on pages/train.
func init() {
	register(model{
		Name: "page",
		Out:  "internal/extract/models/page.model",
		Train: func(devsets string) ([]byte, error) {
			return extract.TrainPage(os.DirFS(devsets))
		},
	})
}
