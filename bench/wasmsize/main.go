// Command wasmsize prints the code size of each Go package in a wasm
// build, and with two builds their difference: which packages the first
// links that the second does not, and by how much. The builds must keep
// their name section (built without -ldflags=-s). Sizes are the bytes of
// the function bodies, and their gzip size compressed on their own.
//
//	go run ./bench/wasmsize a.wasm [b.wasm]
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/cli"
)

// pkg is one package's code: raw bytes and the bodies, for gzip.
type pkg struct {
	raw    int
	bodies [][]byte
}

// read returns the code of each package of a wasm file, and the size of
// its data section.
func read(path string) (map[string]*pkg, int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, 0, errors.New(path + ": not a wasm file")
	}
	var imports, data int
	var bodies [][]byte
	names := map[int]string{}
	for i := 8; i < len(b); {
		id := b[i]
		i++
		size, n := binary.Uvarint(b[i:])
		i += n
		if n <= 0 || i+int(size) > len(b) {
			return nil, 0, errors.New(path + ": truncated section")
		}
		sec := b[i : i+int(size)]
		i += int(size)
		r := reader{b: sec}
		switch id {
		case 2: // imports: functions count before the bodies
			for k := r.uint(); k > 0; k-- {
				r.skip(r.uint())
				r.skip(r.uint())
				switch kind := r.byte(); kind {
				case 0:
					r.uint()
					imports++
				case 1:
					r.byte()
					if r.byte()&1 != 0 {
						r.uint()
					}
					r.uint()
				case 2:
					if r.byte()&1 != 0 {
						r.uint()
					}
					r.uint()
				case 3:
					r.skip(2)
				}
			}
		case 10: // code
			for k := r.uint(); k > 0; k-- {
				l := r.uint()
				bodies = append(bodies, r.take(l))
			}
		case 11:
			data = len(sec)
		case 0: // custom: the name section's function names
			if string(r.take(r.uint())) != "name" {
				continue
			}
			for r.err == nil && r.i < len(r.b) {
				sub := r.byte()
				s := reader{b: r.take(r.uint())}
				if sub != 1 {
					continue
				}
				for k := s.uint(); k > 0 && s.err == nil; k-- {
					idx := s.uint()
					names[idx] = string(s.take(s.uint()))
				}
			}
		}
		if r.err != nil {
			return nil, 0, fmt.Errorf("%s: section %d: %w", path, id, r.err)
		}
	}
	if len(names) == 0 {
		return nil, 0, errors.New(path + ": no function names (build without -ldflags=-s)")
	}
	out := map[string]*pkg{}
	for k, body := range bodies {
		p := packageOf(names[imports+k])
		if out[p] == nil {
			out[p] = &pkg{}
		}
		out[p].raw += len(body)
		out[p].bodies = append(out[p].bodies, body)
	}
	return out, data, nil
}

// packageOf returns the package of a wasm function name, in which the
// linker wrote '/' as '_' ("github.com_tidwall_gjson.Parse").
func packageOf(name string) string {
	rest, gh := strings.CutPrefix(name, "github.com_")
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	if gh {
		return "github.com/" + rest
	}
	return rest
}

func gz(bodies [][]byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, b := range bodies {
		w.Write(b)
	}
	w.Close()
	return buf.Len()
}

type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) uint() int {
	v, n := binary.Uvarint(r.b[min(r.i, len(r.b)):])
	if n <= 0 {
		r.err = errors.New("bad LEB128")
		r.i = len(r.b)
		return 0
	}
	r.i += n
	return int(v)
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.err = errors.New("truncated")
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) take(n int) []byte {
	if n < 0 || r.i+n > len(r.b) {
		r.err = errors.New("truncated")
		r.i = len(r.b)
		return nil
	}
	r.i += n
	return r.b[r.i-n : r.i]
}

func (r *reader) skip(n int) { r.take(n) }

func main() {
	cli.Main("wasmsize", "go run ./bench/wasmsize a.wasm [b.wasm]", run)
}

func run() error {
	args := flag.Args()
	if len(args) < 1 || len(args) > 2 {
		return cli.UsageError("want one or two wasm files")
	}
	a, adata, err := read(args[0])
	if err != nil {
		return err
	}
	b, bdata := map[string]*pkg{}, 0
	if len(args) == 2 {
		if b, bdata, err = read(args[1]); err != nil {
			return err
		}
	}
	names := map[string]bool{}
	for p := range a {
		names[p] = true
	}
	for p := range b {
		names[p] = true
	}
	type row struct {
		name         string
		araw, braw   int
		agzip, bgzip int
	}
	var rows []row
	for p := range names {
		r := row{name: p}
		if x := a[p]; x != nil {
			r.araw, r.agzip = x.raw, gz(x.bodies)
		}
		if x := b[p]; x != nil {
			r.braw, r.bgzip = x.raw, gz(x.bodies)
		}
		if len(args) == 1 || r.araw != r.braw {
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		di, dj := rows[i].araw-rows[i].braw, rows[j].araw-rows[j].braw
		return di > dj || di == dj && rows[i].name < rows[j].name
	})
	if len(args) == 1 {
		fmt.Printf("%-44s %10s %9s\n", "package (code)", "raw", "gzip")
		for _, r := range rows {
			fmt.Printf("%-44s %10d %9d\n", r.name, r.araw, r.agzip)
		}
		fmt.Printf("%-44s %10d\n", "data section", adata)
		return nil
	}
	fmt.Printf("%-44s %10s %10s %9s %9s\n", "package (code)", "first", "second", "more", "more gzip")
	for _, r := range rows {
		fmt.Printf("%-44s %10d %10d %+9d %+9d\n", r.name, r.araw, r.braw, r.araw-r.braw, r.agzip-r.bgzip)
	}
	fmt.Printf("%-44s %10d %10d %+9d\n", "data section", adata, bdata, adata-bdata)
	return nil
}
