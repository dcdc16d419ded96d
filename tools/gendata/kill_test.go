//go:build linux

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestKilledMidWrite runs the real gendata binary on a sizeable corpus and
// kills it with SIGKILL at the moments that matter for the output file, as
// the file system reports them (inotify), not after guessed sleeps: at
// start, when the temporary file appears, at its first write and when it
// is closed before the rename. After every kill the output must be either
// the previous dataset, untouched, or a complete new one: never a
// truncated file.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the gendata binary")
	}
	root := t.TempDir()
	bin := filepath.Join(root, "gendata")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	for i := 0; i < 150; i++ {
		write(t, in, fmt.Sprintf("a%03d.txt", i), syntheticArticle(i))
	}
	outDir := filepath.Join(root, "out")
	os.Mkdir(outDir, 0o755)
	out := filepath.Join(outDir, "dataset.json")

	moments := []struct {
		name string
		mask uint32 // the event on the temporary file to kill at; 0: at once
	}{
		{"at start", 0},
		{"temporary file created", syscall.IN_CREATE},
		{"first write", syscall.IN_MODIFY},
		{"closed before the rename", syscall.IN_CLOSE_WRITE},
		{"never", ^uint32(0)},
	}
	for _, m := range moments {
		write(t, outDir, "dataset.json", previous)
		fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC)
		if err != nil {
			t.Skipf("inotify: %v", err)
		}
		if _, err := syscall.InotifyAddWatch(fd, outDir, syscall.IN_CREATE|syscall.IN_MODIFY|syscall.IN_CLOSE_WRITE); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-in", in, "-out", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// If gendata ends before the awaited event, a file of our own
		// raises every event, so that the wait ends.
		exited := make(chan error, 1)
		go func() {
			err := cmd.Wait()
			os.WriteFile(filepath.Join(outDir, "exited.tmp"), []byte("x"), 0o644)
			exited <- err
		}()
		switch m.mask {
		case 0:
			cmd.Process.Signal(syscall.SIGKILL)
		case ^uint32(0):
		default:
			waitEvent(t, fd, m.mask, ".tmp")
			cmd.Process.Signal(syscall.SIGKILL)
		}
		err = <-exited
		syscall.Close(fd)
		os.Remove(filepath.Join(outDir, "exited.tmp"))
		if m.mask == ^uint32(0) && err != nil {
			t.Fatalf("gendata: %v", err)
		}

		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("killed %s: reading %s: %v", m.name, out, err)
		}
		if string(got) == previous {
			if m.mask == ^uint32(0) {
				t.Fatalf("a run that was not killed left the previous dataset")
			}
			continue
		}
		var v struct {
			Schema    int               `json:"schema"`
			Documents []json.RawMessage `json:"documents"`
		}
		if err := json.Unmarshal(got, &v); err != nil || v.Schema != 1 || len(v.Documents) != 150 {
			t.Fatalf("killed %s: output is neither the previous dataset nor a complete one (%d bytes, %v)", m.name, len(got), err)
		}
	}
}

// waitEvent reads inotify events from fd until one of mask on a file whose
// name ends in suffix.
func waitEvent(t *testing.T, fd int, mask uint32, suffix string) {
	t.Helper()
	var buf [4096]byte
	for {
		n, err := syscall.Read(fd, buf[:])
		if err != nil {
			t.Fatalf("inotify read: %v", err)
		}
		for off := 0; off+syscall.SizeofInotifyEvent <= n; {
			ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
			name := strings.TrimRight(string(buf[off+syscall.SizeofInotifyEvent:off+syscall.SizeofInotifyEvent+int(ev.Len)]), "\x00")
			off += syscall.SizeofInotifyEvent + int(ev.Len)
			if ev.Mask&mask != 0 && strings.HasSuffix(name, suffix) {
				return
			}
		}
	}
}

func syntheticArticle(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Council number %d approves harbour plan\n\n", i)
	for p := 0; p < 20; p++ {
		fmt.Fprintf(&b, "The mayor of Lisbon, Ana Costa, said on Tuesday that harbour %d would reopen in June 2025. "+
			"\u201cWe will rebuild the quay and the market,\u201d Ms Costa told reporters. "+
			"The Port Authority of Lisbon said it had spent \u20ac%d million since March 2023.\n\n", p, i+p)
	}
	return b.String()
}
