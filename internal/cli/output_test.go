//go:build unix

package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeText(t *testing.T, path, text string) error {
	t.Helper()
	return writeOutput(env{}, path, func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	})
}

// A new -o file gets the umask's mode, an old one keeps its own.
func TestOutputMode(t *testing.T) {
	dir := t.TempDir()
	mask := syscall.Umask(0o022)
	defer syscall.Umask(mask)
	fresh := filepath.Join(dir, "new.json")
	if err := writeText(t, fresh, "a"); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", info.Mode().Perm())
	}
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeText(t, old, "b"); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(old); info.Mode().Perm() != 0o640 {
		t.Errorf("old file mode %v, want 0640", info.Mode().Perm())
	}
}

// A symbolic link is followed: the link stays, its file gets the output.
func TestOutputThroughLink(t *testing.T) {
	dir := t.TempDir()
	real, link := filepath.Join(dir, "real.json"), filepath.Join(dir, "link.json")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := writeText(t, link, "new"); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("linked file holds %q, want %q", b, "new")
	}
}

// A named pipe is written in place, as a shell's redirection would.
func TestOutputToPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if err := writeText(t, fifo, "through the pipe"); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("reader got %q", s)
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced by %v", info.Mode())
	}
}

// Errors name the -o path and the reason, never the temporary file.
func TestOutputErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ path, want string }{
		{dir, "cannot write " + dir + ": it is a directory"},
		{filepath.Join(dir, "none", "out.json"), "cannot write " + filepath.Join(dir, "none", "out.json") + ": no such file or directory"},
	} {
		err := writeText(t, tc.path, "x")
		if err == nil || err.Error() != tc.want {
			t.Errorf("-o %s: error %v, want %q", tc.path, err, tc.want)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
