package extract

import (
	"strings"
	"testing"
)

// FuzzFromHTML: no page makes FromHTML panic; every error names the file,
// and every dump it returns is one the extractor accepts.
func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(savedPage))
	f.Add([]byte("<h1>A</h1><p>" + strings.Repeat("word ", 12) + "</p>"))
	f.Add([]byte("<table><tr><td><header><h1>x y</h1></header></td></tr></table><br><br>"))
	f.Add([]byte("\ufeff<title>t</title><script>x</script>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := FromHTML("f.html", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.html") {
				t.Fatalf("FromHTML error %q does not name the file", err)
			}
			return
		}
		if err := checkArticle(Article{File: "f.html", Text: text}); err != nil {
			t.Fatalf("FromHTML(%q) gave a dump the extractor refuses: %v", data, err)
		}
	})
}
