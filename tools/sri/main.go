// Command sri prints the Subresource Integrity hash (sha384) and size of
// each file it is given, for pinning StoryLens assets in a host page.
//
//	go run ./tools/sri dist/embed.js dist/storylens.wasm
package main

import (
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"os"
)

func main() {
	status := 0
	for _, name := range os.Args[1:] {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "sri:", err)
			status = 1
			continue
		}
		sum := sha512.Sum384(data)
		fmt.Printf("sha384-%s  %8d  %s\n", base64.StdEncoding.EncodeToString(sum[:]), len(data), name)
	}
	os.Exit(status)
}
