// Command stage lays out the widget's files for wrangler's asset server:
//
//	go run ./cmd/stage -dist ../../dist -out build/assets
//
// It prints the release's version. See package assets.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/storylens/storylens/deploy/worker/assets"
)

func main() {
	dist := flag.String("dist", "../../dist", "the built widget (make build at the top)")
	out := flag.String("out", "build/assets", "where to lay the files out; replaced")
	flag.Parse()
	log.SetFlags(0)
	if err := os.RemoveAll(*out); err != nil {
		log.Fatal(err)
	}
	v, err := assets.Stage(*dist, *out)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(v)
}
