package story

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
)

var benchDataset = flag.String("dataset", "testdata/fixture.json", "dataset for the benchmarks")

// typoQueries makes, from each quote, a query of up to three of its words
// with one letter of the longest dropped.
func typoQueries(e *Engine, n int) []string {
	var qs []string
	for i := 0; len(qs) < n && i < len(e.quotes)*4; i++ {
		words := strings.Fields(e.quotes[i%len(e.quotes)].text)
		if len(words) < 2 {
			continue
		}
		at := (i * 7) % len(words)
		words = words[at:min(at+3, len(words))]
		long := 0
		for j, w := range words {
			if len(w) > len(words[long]) {
				long = j
			}
		}
		if w := words[long]; len(w) > 4 {
			words[long] = w[:len(w)/2] + w[len(w)/2+1:]
		}
		qs = append(qs, strings.Join(words, " "))
	}
	return qs
}

// openBench opens the benchmarks' dataset.
func openBench(b *testing.B) *Engine {
	b.Helper()
	data, err := os.ReadFile(*benchDataset)
	if err != nil {
		b.Fatal(err)
	}
	e, err := Open(data)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

func BenchmarkSearchQuotes(b *testing.B) {
	e := openBench(b)
	qs := typoQueries(e, 500)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		e.SearchQuotes(qs[i%len(qs)], QuoteOptions{Limit: 10})
		i++
	}
}

func BenchmarkLookup(b *testing.B) {
	e := open(b)
	qs := []string{"zelenskyy", "putn", "wall street journal", "musk", "don"}
	i := 0
	for b.Loop() {
		e.Lookup(qs[i%len(qs)], 10)
		i++
	}
}

func BenchmarkOpen(b *testing.B) {
	data, err := os.ReadFile(*benchDataset)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Open(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDoSearchQuotes is the search as the wasm module runs it: the
// request's JSON in, the answer's JSON out.
func BenchmarkDoSearchQuotes(b *testing.B) {
	e := openBench(b)
	var reqs [][]byte
	for _, q := range typoQueries(e, 500) {
		reqs = append(reqs, []byte(`{"method":"searchQuotes","query":`+strconv.Quote(q)+`,"options":{"limit":5}}`))
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := e.Do(reqs[i%len(reqs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
