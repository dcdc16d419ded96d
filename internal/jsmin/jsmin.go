// Package jsmin removes what a reader's browser does not need from the
// widget's JavaScript: comments (except /*! license comments */), the
// indentation of each line, blank lines and runs of blanks between tokens.
// It changes nothing else:
// names, strings, template literals and regular expressions stay as they
// are, and every line break is kept, so automatic semicolon insertion reads
// the code as before.
package jsmin

import (
	"bytes"
	"errors"
	"fmt"
)

// keywords after which a slash starts a regular expression, not a division.
var keywords = map[string]bool{"return": true, "typeof": true, "case": true, "do": true, "else": true,
	"in": true, "of": true, "new": true, "delete": true, "void": true, "throw": true, "instanceof": true,
	"yield": true, "await": true}

func isWord(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// Strip returns src without comments, indentation and blank lines. It
// reports an error for an unterminated comment, string, template or
// regular expression, naming its line.
func Strip(src []byte) ([]byte, error) {
	var out bytes.Buffer
	line := 1
	// templates holds, for each template literal whose ${ we are inside,
	// the brace depth at which its substitution closes.
	var templates []int
	depth := 0
	atLineStart := true
	// lastToken returns the last significant byte written and the word
	// ending there, if any.
	lastToken := func() (byte, string) {
		b := bytes.TrimRight(out.Bytes(), " \t\n")
		if len(b) == 0 {
			return 0, ""
		}
		i := len(b)
		for i > 0 && isWord(b[i-1]) {
			i--
		}
		return b[len(b)-1], string(b[i:])
	}
	write := func(b ...byte) {
		out.Write(b)
		atLineStart = false
	}
	unterminated := func(what string, at int) error {
		return fmt.Errorf("line %d: unterminated %s", at, what)
	}
	i := 0
	// template copies a template literal's text from src[i] (just after
	// the backtick or the closing brace of a substitution) up to its end
	// or its next ${.
	template := func(start int) error {
		for ; i < len(src); i++ {
			c := src[i]
			write(c)
			switch {
			case c == '\\' && i+1 < len(src):
				i++
				write(src[i])
			case c == '\n':
				line++
			case c == '`':
				i++
				return nil
			case c == '$' && i+1 < len(src) && src[i+1] == '{':
				write('{')
				i += 2
				depth++
				templates = append(templates, depth)
				return nil
			}
		}
		return unterminated("template literal", start)
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\n':
			if !atLineStart {
				out.Truncate(len(bytes.TrimRight(out.Bytes(), " \t")))
				out.WriteByte('\n')
				atLineStart = true
			}
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r':
			// Runs of blanks in code become one space.
			if b := out.Bytes(); !atLineStart && b[len(b)-1] != ' ' {
				write(' ')
			}
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return nil, unterminated("comment", line)
			}
			body := src[i : i+2+end+2]
			if len(body) > 2 && body[2] == '!' {
				write(body...)
			} else if p, _ := lastToken(); !atLineStart && isWord(p) && i+len(body) < len(src) && isWord(src[i+len(body)]) {
				write(' ')
			}
			line += bytes.Count(body, []byte("\n"))
			i += len(body)
		case c == '\'' || c == '"':
			start := line
			j := i + 1
			for ; j < len(src) && src[j] != c; j++ {
				if src[j] == '\\' {
					j++
				} else if src[j] == '\n' {
					return nil, unterminated("string", start)
				}
			}
			if j >= len(src) {
				return nil, unterminated("string", start)
			}
			write(src[i : j+1]...)
			i = j + 1
		case c == '`':
			write(c)
			i++
			if err := template(line); err != nil {
				return nil, err
			}
		case c == '{':
			depth++
			write(c)
			i++
		case c == '}':
			if n := len(templates); n > 0 && templates[n-1] == depth {
				templates = templates[:n-1]
				depth--
				write(c)
				i++
				if err := template(line); err != nil {
					return nil, err
				}
				continue
			}
			depth--
			write(c)
			i++
		case c == '/':
			p, word := lastToken()
			if isWord(p) && !keywords[word] || p == ')' || p == ']' || p == '}' {
				write(c) // division
				i++
				continue
			}
			start := line
			j, class := i+1, false
			for ; j < len(src); j++ {
				if src[j] == '\\' {
					j++
				} else if src[j] == '\n' {
					return nil, unterminated("regular expression", start)
				} else if src[j] == '[' {
					class = true
				} else if src[j] == ']' {
					class = false
				} else if src[j] == '/' && !class {
					break
				}
			}
			if j >= len(src) {
				return nil, unterminated("regular expression", start)
			}
			write(src[i : j+1]...)
			i = j + 1
		default:
			write(c)
			i++
		}
	}
	if len(templates) > 0 {
		return nil, errors.New("unterminated template substitution")
	}
	b := bytes.TrimRight(out.Bytes(), " \t\n")
	return append(b, '\n'), nil
}
