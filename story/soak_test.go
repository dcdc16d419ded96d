package story

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// soakRequests makes n mixed requests, good and bad, from the engine's own
// words and IDs, the same on every run.
func soakRequests(e *Engine, n int) [][]byte {
	var words, ids []string
	for _, q := range e.quotes {
		for _, w := range strings.Fields(q.text) {
			if w = strings.Trim(w, `.,;:!?"'’“”()`); len(w) > 3 && !strings.ContainsAny(w, `"\`) {
				words = append(words, w)
			}
		}
	}
	for _, en := range e.ents {
		ids = append(ids, en.id)
	}
	big := []byte(`{"method":"searchQuotes","query":"` + strings.Repeat("x", 5000) + `"}`)
	var out [][]byte
	for i := 0; len(out) < n; i++ {
		w, v, id := words[i%len(words)], words[(i*7+3)%len(words)], ids[(i*5)%len(ids)]
		typo := w[:len(w)/2] + w[len(w)/2+1:]
		var r string
		switch i % 12 {
		case 0:
			r = `{"method":"searchQuotes","query":"` + typo + " " + v + `","options":{"limit":5}}`
		case 1:
			r = `{"method":"searchQuotes","query":"` + w + `","options":{"limit":10,"speaker":"` + id + `","evidence":true}}`
		case 2:
			r = `{"method":"lookup","name":"` + typo + `","options":` + strconv.Itoa(1+i%20) + `}`
		case 3:
			r = `{"method":"entity","id":"` + id + `"}`
		case 4:
			r = `{"method":"entity","id":"no-such-entity"}`
		case 5:
			r = `{"method":"timeline","options":{"entity":"` + id + `"}}`
		case 6:
			r = `{"method":"graph","options":{"minWeight":1}}`
		case 7:
			r = `{"method":"stats"}`
		case 8:
			r = `{"method":"overview"}`
		case 9:
			out = append(out, big) // one copy for all
			continue
		case 10:
			r = `{"method":"lookup","name":42,"options":{"limit":1e9}}`
		default:
			r = `{"method":"graph","options":[`
		}
		out = append(out, []byte(r))
	}
	return out
}

// liveHeap returns the bytes of reachable heap objects. runtime.GC blocks
// until a full cycle has marked and swept, so HeapAlloc then counts only
// what is reachable, whatever the machine's speed; the second cycle also
// empties the index's sync.Pool, whose victim cache survives the first.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestDoRetainsNothing is the soak test's check on memory, made
// deterministic: after 2,000 mixed requests have warmed up the engine, the
// reachable heap after 20,000 more must be what it was, within 16 KiB (runs
// differ by a few hundred bytes). Anything kept per request fails it: the
// smallest heap object is 8 bytes, 160 KB over 20,000 requests. make soak
// prints the wasm's memory figures, which depend on when the collector ran.
func TestDoRetainsNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: 22,000 requests")
	}
	e := open(t)
	reqs := soakRequests(e, 22000)
	var bad int
	do := func(rs [][]byte) {
		for _, r := range rs {
			if _, err := e.Do(r); err != nil {
				if se, ok := err.(*Error); !ok || se.Kind != BadRequest && se.Kind != NotFound {
					t.Fatalf("Do(%.80s) = %v; want an answer or a BadRequest or NotFound *Error", r, err)
				}
				bad++
			}
		}
	}
	do(reqs[:2000])
	before := liveHeap()
	do(reqs[2000:])
	after := liveHeap()
	if bad == 0 {
		t.Fatal("no request was rejected: the bad requests are not bad")
	}
	if after > before+16<<10 {
		t.Errorf("reachable heap grew from %d to %d bytes over 20,000 requests: the engine keeps something per request", before, after)
	}
	runtime.KeepAlive(e)
	runtime.KeepAlive(reqs)
}
