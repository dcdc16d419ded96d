// Command serve serves a built dist/ folder for the local demo.
//
//	go run ./tools/serve -dir dist -addr 127.0.0.1:8080
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/storylens/storylens/internal/devserver"
)

func main() {
	dir := flag.String("dir", "dist", "folder to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	csp := flag.String("csp", devserver.CSP, "Content-Security-Policy header; empty for none")
	flag.Parse()
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		fmt.Fprintf(os.Stderr, "serve: %s is not a folder; run make build first\n", *dir)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "serve: listen on %s: %v\n", *addr, err)
		os.Exit(1)
	}
	fmt.Printf("StoryLens demo: http://%s/\n", ln.Addr())
	if err := http.Serve(ln, devserver.Handler(http.Dir(*dir), *csp)); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}
