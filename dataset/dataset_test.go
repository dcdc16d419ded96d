package dataset

import (
	"bytes"
	"os"
	"testing"

	"github.com/storylens/storylens/internal/compile"
)

// TestFresh regenerates the dataset in memory from ../seeds and compares it
// with the embedded file, byte for byte.
func TestFresh(t *testing.T) {
	articles, err := compile.ReadArticles(os.DirFS("../seeds"))
	if err != nil {
		t.Fatalf("reading ../seeds: %v", err)
	}
	want, err := compile.Dataset(articles)
	if err != nil {
		t.Fatalf("compiling ../seeds: %v", err)
	}
	if !bytes.Equal(JSON, want) {
		t.Fatal("dataset.json is stale; run go generate ./dataset")
	}
}
