package extract

import (
	"fmt"
	"runtime"
	"sync"
)

// eachDoc runs f on every document, on as many cores as the machine has:
// the per-document stages read only their own document and shared,
// read-only tables. A panic in f becomes an error naming the article; when
// several fail, the first in document order is reported, so the error does
// not depend on scheduling.
func eachDoc(n int, file func(i int) string, f func(i int)) error {
	errs := make([]error, n)
	work := make(chan int)
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), n)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				func() {
					defer func() {
						if r := recover(); r != nil {
							errs[i] = fmt.Errorf("%s: internal error: %v", file(i), r)
						}
					}()
					f(i)
				}()
			}
		}()
	}
	for i := 0; i < n; i++ {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
