// Command serve serves a built dist/ folder for the local demo.
//
//	go run ./tools/serve -dir dist -addr 127.0.0.1:8080
package main

import (
	"flag"
	"fmt"
	"github.com/storylens/storylens/internal/cli"
	"net"
	"net/http"
	"os"

	"github.com/storylens/storylens/internal/devserver"
)

func main() {
	dir := flag.String("dir", "dist", "folder to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	csp := flag.String("csp", devserver.CSP, "Content-Security-Policy header; empty for none")
	cli.Main("serve", "serve [-dir DIR] [-addr HOST:PORT] [-csp POLICY]", func() error {
		if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
			return fmt.Errorf("%s is not a folder; run make build first", *dir)
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w", *addr, err)
		}
		fmt.Printf("StoryLens demo: http://%s/\n", ln.Addr())
		return http.Serve(ln, devserver.Handler(http.Dir(*dir), *csp))
	})
}
