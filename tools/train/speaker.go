package main

import (
	"bytes"
	"io"
	"os"

	"github.com/storylens/storylens/internal/extract"
)

// The speaker ranker: which candidate speaks a quotation (polnear/train).
func init() {
	register(model{Name: "speaker", Out: "internal/extract/models/speaker.model", Train: extract.TrainSpeaker})
}

// speakerHeldOut prints the speaker choice's scores on the held-out tenth
// of polnear/train (every tenth in turn when all is set) and, when rows is
// set, writes its quotations there.
func speakerHeldOut(devsets, rows string, all bool) error {
	folds := []int{extract.SpeakerHeldOutFold}
	if all {
		folds = []int{9, 0, 1, 2, 3, 4, 5, 6, 7, 8}
	}
	var b bytes.Buffer
	for _, f := range folds {
		var w io.Writer // nil: no rows
		if rows != "" {
			w = &b
		}
		if err := extract.SpeakerHeldOut(devsets, f, os.Stdout, w); err != nil {
			return err
		}
	}
	if rows == "" {
		return nil
	}
	return writeFile(rows, b.Bytes())
}
