package main

import (
	"github.com/storylens/storylens/internal/extract"
)

// The speaker ranker: which candidate speaks a quotation (polnear/train).
func init() {
	register(model{Name: "speaker", Out: "internal/extract/models/speaker.model", Train: extract.TrainSpeaker})
}
