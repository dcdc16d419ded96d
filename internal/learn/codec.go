package learn

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const magic = "storylens-model 1"

// Encode writes the model as text: a header, the labels, a free-form
// meta line (what it was trained on), the transitions if any, then one
// line per feature in sorted order with its weights. The same model gives
// the same bytes on every machine.
func (m *Model) Encode(meta string) ([]byte, error) {
	if strings.ContainsAny(meta, "\n") {
		return nil, fmt.Errorf("learn: meta holds a newline")
	}
	var b bytes.Buffer
	b.WriteString(magic + "\n")
	b.WriteString("labels\t" + strings.Join(m.Labels, "\t") + "\n")
	b.WriteString("meta\t" + meta + "\n")
	n := len(m.Labels)
	writeRow := func(name string, row []float32) {
		b.WriteString(name)
		for _, w := range row {
			b.WriteByte('\t')
			b.WriteString(strconv.FormatFloat(float64(w), 'g', -1, 32))
		}
		b.WriteByte('\n')
	}
	if m.trans != nil {
		writeRow("trans", m.trans)
	}
	feats := make([]string, 0, len(m.index))
	for f := range m.index {
		if strings.ContainsAny(f, "\t\n") {
			return nil, fmt.Errorf("learn: feature %q holds a tab or a newline", f)
		}
		feats = append(feats, f)
	}
	sort.Strings(feats)
	for _, f := range feats {
		r := int(m.index[f])
		writeRow("f\t"+f, m.w[r*n:r*n+n])
	}
	return b.Bytes(), nil
}

// Decode reads a model written by Encode. name labels errors.
func Decode(name string, data []byte) (*Model, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	next := func() (string, bool) {
		if !sc.Scan() {
			return "", false
		}
		line++
		return sc.Text(), true
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: line %d: %s", name, line, fmt.Sprintf(format, args...))
	}
	if l, ok := next(); !ok || l != magic {
		return nil, fmt.Errorf("%s: not a model file (want %q first)", name, magic)
	}
	l, _ := next()
	labels, ok := strings.CutPrefix(l, "labels\t")
	if !ok {
		return nil, bad("want the labels")
	}
	m := &Model{Labels: strings.Split(labels, "\t"), index: map[string]int32{}}
	if err := checkLabels(m.Labels); err != nil {
		return nil, bad("%v", err)
	}
	n := len(m.Labels)
	if l, _ := next(); !strings.HasPrefix(l, "meta\t") {
		return nil, bad("want the meta line")
	}
	parse := func(fields []string, want int) ([]float32, error) {
		if len(fields) != want {
			return nil, bad("%d weights; want %d", len(fields), want)
		}
		row := make([]float32, want)
		for i, f := range fields {
			v, err := strconv.ParseFloat(f, 32)
			if err != nil {
				return nil, bad("weight %q: %v", f, err)
			}
			row[i] = float32(v)
		}
		return row, nil
	}
	for {
		l, ok := next()
		if !ok {
			break
		}
		fields := strings.Split(l, "\t")
		switch {
		case fields[0] == "trans" && m.trans == nil && len(m.index) == 0:
			row, err := parse(fields[1:], (n+1)*n)
			if err != nil {
				return nil, err
			}
			m.trans = row
		case fields[0] == "f" && len(fields) >= 2:
			if _, dup := m.index[fields[1]]; dup {
				return nil, bad("feature %q repeated", fields[1])
			}
			row, err := parse(fields[2:], n)
			if err != nil {
				return nil, err
			}
			m.index[fields[1]] = int32(len(m.w) / n)
			m.w = append(m.w, row...)
		default:
			return nil, bad("unexpected %q", clip(l))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return m, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
