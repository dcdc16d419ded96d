package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML turns NAME.html, a page as saved from a browser, into the text
// dump that the page-cleaning stage reads: one block element a paragraph,
// paragraphs separated by a blank line, the page's furniture (scripts,
// styles, navigation, forms, asides, figures, footers) dropped, and the
// dump starting at the page's headline: the first <h1> that the <title>
// repeats, or else the first <h1>. It also reads what the page says
// about itself (outlet, published date, address, language) for fields that
// NAME.meta.json leaves empty. Errors name the file.
func FromHTML(file string, data []byte) ([]byte, Meta, error) {
	var meta Meta
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, meta, fmt.Errorf("%s: empty page", file)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, meta, fmt.Errorf("%s:%d: binary data, not an HTML page (NUL byte at offset %d)", file, lineOf(data, i), i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return nil, meta, fmt.Errorf("%s:%d: invalid UTF-8 at byte offset %d (save the page as UTF-8)", file, lineOf(data, off), off)
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, meta, fmt.Errorf("%s: %v", file, err)
	}
	w := htmlWalker{}
	w.walk(root)
	w.flush()
	meta = w.meta
	lines := w.lines
	if h := w.headline(); h >= 0 {
		lines = lines[h:]
	} else if w.title != "" {
		lines = append([]string{w.title}, lines...)
	}
	long := false
	for _, l := range lines {
		if wordCount(l) >= 10 {
			long = true
			break
		}
	}
	if !long {
		return nil, meta, fmt.Errorf("%s: no article text (no paragraph of ten words or more)", file)
	}
	return []byte(strings.Join(lines, "\n\n") + "\n"), meta, nil
}

// htmlSkip are elements whose content is page furniture, never article
// text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Select: true, atom.Button: true, atom.Nav: true, atom.Aside: true,
	atom.Form: true, atom.Footer: true, atom.Figure: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Dialog: true, atom.Menu: true,
}

// htmlBlock are elements that start and end a line of the dump.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Br: true, atom.Tr: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Main: true, atom.Blockquote: true, atom.Ul: true,
	atom.Ol: true, atom.Table: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Pre: true,
	atom.Hr: true, atom.Address: true, atom.Figcaption: true, atom.Details: true, atom.Summary: true,
	atom.Caption: true, atom.Body: true,
}

type htmlWalker struct {
	lines []string
	cur   strings.Builder
	h1    []int // indexes in lines of the <h1> lines
	inH1  bool
	title string
	meta  Meta
}

func (w *htmlWalker) flush() {
	line := strings.Join(strings.Fields(w.cur.String()), " ")
	w.cur.Reset()
	if line == "" {
		return
	}
	if w.inH1 && (len(w.h1) == 0 || w.h1[len(w.h1)-1] != len(w.lines)-1) {
		w.h1 = append(w.h1, len(w.lines))
	}
	w.lines = append(w.lines, line)
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Html:
			if lang := attr(n, "lang"); lang != "" {
				w.meta.Language = strings.ToLower(strings.SplitN(lang, "-", 2)[0])
			}
		case atom.Head:
			w.readHead(n)
			return
		case atom.Header:
			// A page header is furniture unless it holds the headline.
			if !hasH1(n) {
				return
			}
		case atom.Td, atom.Th:
			w.cur.WriteString(" ")
		}
		if htmlSkip[n.DataAtom] || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
			return
		}
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	}
	block := htmlBlock[n.DataAtom]
	if block {
		w.flush()
	}
	wasH1 := w.inH1
	if n.DataAtom == atom.H1 {
		w.inH1 = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
	w.inH1 = wasH1
}

// headline returns the index of the headline line: the longest <h1> that
// the page's <title> repeats (a site's logo is often an <h1> too, and the
// title names the site), or else the first <h1>; -1 when there is none.
func (w *htmlWalker) headline() int {
	if len(w.h1) == 0 {
		return -1
	}
	title := strings.ToLower(w.title)
	best, bestLen := w.h1[0], 0
	for _, i := range w.h1 {
		if h := strings.ToLower(w.lines[i]); len(h) > bestLen && wordCount(h) >= 2 && strings.Contains(title, h) {
			best, bestLen = i, len(h)
		}
	}
	return best
}

// readHead takes the title and what the page's meta tags say of it.
func (w *htmlWalker) readHead(head *html.Node) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				w.title = strings.Join(strings.Fields(text(n)), " ")
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name", "application-name":
					if w.meta.Outlet == "" {
						w.meta.Outlet = val
					}
				case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date":
					if w.meta.Published == "" {
						w.meta.Published = isoDay(val)
					}
				case "og:url":
					if w.meta.URL == "" {
						w.meta.URL = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					w.meta.URL = attr(n, "href")
				}
			case atom.Script:
				if attr(n, "type") == "application/ld+json" && w.meta.Published == "" {
					if m := ldPublished.FindStringSubmatch(text(n)); m != nil {
						w.meta.Published = isoDay(m[1])
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(head)
}

var ldPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`)

// isoDay returns the YYYY-MM-DD day a timestamp starts with, or "" when it
// does not start with a real date.
func isoDay(s string) string {
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

func hasH1(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasH1(c) {
			return true
		}
	}
	return false
}
