package jsmin

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestStrip(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"line comment", "a = 1; // one\nb = 2;\n", "a = 1;\nb = 2;\n"},
		{"doc comment and indentation", "/**\n * Adds.\n */\nfunction f() {\n  return 1;\n}\n", "function f() {\nreturn 1;\n}\n"},
		{"license comment kept", "/*! MIT */\nx();\n", "/*! MIT */\nx();\n"},
		{"inline cast", "const a = /** @type {any} */ (b);\n", "const a = (b);\n"},
		{"comment between words", "let/**/x = 1;\n", "let x = 1;\n"},
		{"slashes in strings", "s = '// not a comment'; t = \"/* nor this */\";\n", "s = '// not a comment'; t = \"/* nor this */\";\n"},
		{"regular expression", "r = /^#x\\/(a|b)[/]*$/g.test(s); // c\n", "r = /^#x\\/(a|b)[/]*$/g.test(s);\n"},
		{"regex after return", "return /\\/\\/x/.test(s);\n", "return /\\/\\/x/.test(s);\n"},
		{"division", "a = b / c / 2; d = (e) / f; g = h[1] / 2;\n", "a = b / c / 2; d = (e) / f; g = h[1] / 2;\n"},
		{"template with a substitution", "s = `a // ${b ? `c /* ${d} */` : {e: 1}.e} f`; // g\n", "s = `a // ${b ? `c /* ${d} */` : {e: 1}.e} f`;\n"},
		{"template over lines", "s = `a\n  b`;\n", "s = `a\n  b`;\n"},
		{"blank lines", "a();\n\n\n  b();\n", "a();\nb();\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Strip([]byte(tc.in))
			if err != nil {
				t.Fatalf("Strip(%q): %v", tc.in, err)
			}
			if string(got) != tc.want {
				t.Errorf("Strip(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStripErrors(t *testing.T) {
	for _, in := range []string{"/* open", "s = 'open\n';", "s = `open", "r = /open\n/;", "s = `${a`"} {
		if _, err := Strip([]byte(in)); err == nil {
			t.Errorf("Strip(%q): no error", in)
		}
	}
}

// TestWidgetParses strips every widget file and checks that Node still
// parses the result as a module (when node is installed).
func TestWidgetParses(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	files, _ := filepath.Glob("../../web/widget/*.js")
	files = append(files, "../../web/embed.js", "../../web/engine.mjs")
	dir := t.TempDir()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Strip(src)
		if err != nil {
			t.Fatalf("Strip(%s): %v", f, err)
		}
		if len(out) >= len(src) {
			t.Errorf("Strip(%s) kept %d of %d bytes", f, len(out), len(src))
		}
		p := filepath.Join(dir, filepath.Base(f)+".mjs")
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
		if msg, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("node --check on stripped %s: %v\n%s", f, err, msg)
		}
	}
}
