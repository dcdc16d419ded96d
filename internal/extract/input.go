package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// ParseMeta decodes an article's NAME.meta.json. Errors name the file and,
// for syntax errors, the line. An impossible published date is an error.
func ParseMeta(file string, data []byte) (Meta, error) {
	var m Meta
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // a byte-order mark
	if len(bytes.TrimSpace(data)) == 0 {
		return m, fmt.Errorf("%s: empty metadata", file)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return m, fmt.Errorf("%s:%d: %v", file, lineOf(data, int(se.Offset)), err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return m, fmt.Errorf("%s:%d: field %q: %v", file, lineOf(data, int(te.Offset)), te.Field, err)
		}
		return m, fmt.Errorf("%s: %v", file, err)
	}
	if m.Published != "" {
		if _, err := time.Parse("2006-01-02", m.Published); err != nil {
			return m, fmt.Errorf("%s: published %q is not a valid date (YYYY-MM-DD)", file, m.Published)
		}
	}
	return m, nil
}

// lineOf returns the 1-based line number of byte offset off in data.
func lineOf(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// checkArticle rejects empty, binary and non-UTF-8 input.
func checkArticle(a Article) error {
	name := a.File
	if name == "" {
		name = "(unnamed article)"
	}
	if len(bytes.TrimSpace(a.Text)) == 0 {
		return fmt.Errorf("%s: empty article", name)
	}
	if i := bytes.IndexByte(a.Text, 0); i >= 0 {
		return fmt.Errorf("%s:%d: binary data (NUL byte at offset %d)", name, lineOf(a.Text, i), i)
	}
	if !utf8.Valid(a.Text) {
		off := 0
		for off < len(a.Text) {
			r, size := utf8.DecodeRune(a.Text[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%s:%d: invalid UTF-8 at byte offset %d", name, lineOf(a.Text, off), off)
	}
	if a.Meta.Published != "" {
		if _, err := time.Parse("2006-01-02", a.Meta.Published); err != nil {
			return fmt.Errorf("%s: published %q is not a valid date (YYYY-MM-DD)", name, a.Meta.Published)
		}
	}
	return nil
}

// docID is the file name without its .txt (or .html) extension.
func docID(file string) string {
	base := file
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	if strings.HasSuffix(base, ".html") {
		return strings.TrimSuffix(base, ".html")
	}
	return strings.TrimSuffix(base, ".txt")
}
