package main

import (
	"bytes"
	"os"

	"github.com/storylens/storylens/internal/extract"
)

// The speaker ranker: which candidate speaks a quotation (polnear/train).
func init() {
	register(model{Name: "speaker", Out: "internal/extract/models/speaker.model", Train: extract.TrainSpeaker})
}

// speakerHeldOut prints the speaker choice's scores on the held-out tenth
// of polnear/train and, when rows is set, writes its quotations there.
func speakerHeldOut(devsets, rows string) error {
	if rows == "" {
		return extract.SpeakerHeldOut(devsets, os.Stdout, nil)
	}
	var b bytes.Buffer
	if err := extract.SpeakerHeldOut(devsets, os.Stdout, &b); err != nil {
		return err
	}
	return writeFile(rows, b.Bytes())
}
