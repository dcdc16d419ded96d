package api_test

import (
	"fmt"
	"net/http/httptest"

	"github.com/storylens/storylens/dataset"
	"github.com/storylens/storylens/deploy/worker/api"
	"github.com/storylens/storylens/story"
)

// Bad input gets a 400 and a JSON error, before any query runs; an
// unknown entity, a 404 with the empty answer.
func ExampleNew() {
	h := api.New(func() (*story.Engine, error) { return story.Open(dataset.JSON) })
	for _, target := range []string{"/api/lookup?q=putin&limit=500", "/api/timeline?from=last+week", "/api/entity/nobody"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		fmt.Println(w.Code, w.Body)
	}
	// Output:
	// 400 {"error":"lookup: \"limit\" must be an integer from 1 to 100"}
	// 400 {"error":"timeline: \"from\" must be YYYY, YYYY-MM or YYYY-MM-DD; got \"last week\""}
	// 404 null
}
