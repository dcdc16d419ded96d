package story_test

import (
	"fmt"
	"os"

	"github.com/storylens/storylens/story"
)

func Example() {
	data, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		panic(err)
	}
	e, err := story.Open(data)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Lookup("zelenskyy", 1)[0].Name)
	fmt.Println(e.Lookup("putn", 1)[0].Name)
	q := e.SearchQuotes("ceasfire nonsence", story.QuoteOptions{Limit: 1})[0]
	fmt.Println(q.Text[:29], q.Speaker.Name, q.Highlights)
	// Output:
	// Volodymyr Zelensky
	// Vladimir Putin
	// A ceasefire is being proposed Volodymyr Zelensky [[2 11] [115 123]]
}
