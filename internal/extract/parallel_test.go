package extract

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

func TestEachDoc(t *testing.T) {
	var ran atomic.Int64
	file := func(i int) string { return fmt.Sprintf("a%d.txt", i) }
	if err := eachDoc(50, file, func(int) { ran.Add(1) }); err != nil || ran.Load() != 50 {
		t.Fatalf("eachDoc ran %d of 50, err %v", ran.Load(), err)
	}
	// Two documents fail: the error names the first in document order,
	// whatever the scheduling, and the others still run.
	ran.Store(0)
	err := eachDoc(50, file, func(i int) {
		ran.Add(1)
		if i == 7 || i == 31 {
			panic("boom")
		}
	})
	if err == nil || !strings.HasPrefix(err.Error(), "a7.txt: internal error: boom") || ran.Load() != 50 {
		t.Fatalf("eachDoc with panics = %v after %d documents; want a7.txt named", err, ran.Load())
	}
	if err := eachDoc(0, file, func(int) { t.Fatal("called") }); err != nil {
		t.Fatal(err)
	}
}
