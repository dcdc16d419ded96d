package extract

import (
	"strings"
	"testing"
)

const savedPage = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour plan approved | The Velmora Echo</title>
<meta property="og:site_name" content="The Velmora Echo">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
<link rel="canonical" href="https://echo.example/harbour">
<style>p { color: red }</style>
<script>var tracking = "Subscribe now to read";</script>
</head>
<body>
<header class="site"><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li>World</li><li>Sport</li></ul></nav>
<main>
<p class="kicker">Local news</p>
<article>
<header><h1>Harbour plan <em>approved</em></h1></header>
<p class="byline">By Lena Brisk</p>
<p>The mayor of Velmora, Marta Quintel, said on Tuesday that the harbour would reopen in June 2025.</p>
<figure><img src="quay.jpg" alt=""><figcaption>The quay in winter. Photo: Echo</figcaption></figure>
<p>“We will rebuild the quay,” Ms Quintel told reporters.<br>The board agreed.</p>
<aside>Read more: other stories</aside>
<h2>What comes next</h2>
<ul><li>Work starts in April</li></ul>
<table><tr><td>Cost</td><td>3 million</td></tr></table>
<script>document.write("ad")</script>
<div hidden>Hidden promo</div>
</article>
</main>
<footer>© The Velmora Echo</footer>
</body>
</html>`

func TestFromHTML(t *testing.T) {
	text, meta, err := FromHTML("a.html", []byte(savedPage))
	if err != nil {
		t.Fatalf("FromHTML() error = %v", err)
	}
	want := strings.Join([]string{
		"Harbour plan approved",
		"By Lena Brisk",
		"The mayor of Velmora, Marta Quintel, said on Tuesday that the harbour would reopen in June 2025.",
		"“We will rebuild the quay,” Ms Quintel told reporters.",
		"The board agreed.",
		"What comes next",
		"Work starts in April",
		"Cost 3 million",
	}, "\n\n") + "\n"
	if string(text) != want {
		t.Errorf("FromHTML() text =\n%s\nwant\n%s", text, want)
	}
	wantMeta := Meta{Outlet: "The Velmora Echo", Published: "2025-03-04", URL: "https://echo.example/harbour", Language: "en"}
	if meta != wantMeta {
		t.Errorf("FromHTML() meta = %+v; want %+v", meta, wantMeta)
	}
}

func TestFromHTMLNoH1(t *testing.T) {
	src := `<html><head><title>Quay reopens</title><script type="application/ld+json">{"datePublished": "2024-11-06T10:00:00+01:00"}</script></head>
<body><div>The harbour of Velmora reopened on Tuesday after two years of building work.</div></body></html>`
	text, meta, err := FromHTML("b.html", []byte(src))
	if err != nil {
		t.Fatalf("FromHTML() error = %v", err)
	}
	if !strings.HasPrefix(string(text), "Quay reopens\n\nThe harbour") {
		t.Errorf("FromHTML() text = %q; want the <title> as its first line", text)
	}
	if meta.Published != "2024-11-06" {
		t.Errorf("published = %q; want 2024-11-06 from JSON-LD", meta.Published)
	}
}

func TestFromHTMLHeadline(t *testing.T) {
	src := `<html><head><title>Quay reopens after two years - Velmora Echo</title></head><body>
<div class="logo"><h1>Velmora Echo</h1></div><div>Menu</div>
<h1>Quay reopens after two years</h1><p>The harbour of Velmora reopened on Tuesday after two years of building work.</p></body></html>`
	text, _, err := FromHTML("c.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(text), "Quay reopens after two years\n\nThe harbour") {
		t.Errorf("FromHTML() text = %q; want it to start at the headline the <title> repeats, not the logo", text)
	}
}

func TestFromHTMLErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "  \n", "page.html: empty page"},
		{"binary", "GIF89a\x00\x01\x02", "page.html:1: binary data"},
		{"non-UTF-8", "<p>Caf\xe9 reopens</p>", "page.html:1: invalid UTF-8 at byte offset 6"},
		{"no article text", "<html><body><nav>Home News</nav><p>Subscribe</p><h1>Menu</h1></body></html>", "page.html: no article text"},
		{"only furniture", "<script>" + strings.Repeat("var a = 1; ", 50) + "</script>", "page.html: no article text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := FromHTML("page.html", []byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("FromHTML(%q) error = %v; want %q", tc.data, err, tc.want)
			}
		})
	}
}

func TestDocIDHTML(t *testing.T) {
	for file, want := range map[string]string{"a.html": "a", "dir/b.txt": "b", "c.html.txt": "c.html"} {
		if got := docID(file); got != want {
			t.Errorf("docID(%q) = %q; want %q", file, got, want)
		}
	}
}
