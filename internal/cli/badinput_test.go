package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/report"
)

// TestBadInputDirectory: a directory holding a binary file, an empty file,
// a 200 MB file, a truncated gzip and an invalid-UTF-8 file beside good
// articles. Every good file is processed, each bad one is reported with its
// name and reason, and the exit status says some failed.
func TestBadInputDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Council approves budget\n\nThe council approved next year's budget on Monday by 30 votes to 9.\n"))
	write("good.html", []byte("<html><head><title>Ferry delayed</title></head><body><article><h1>Ferry delayed</h1><p>The morning ferry left forty minutes late on Tuesday because of fog in the bay, the operator said.</p><p>Later sailings ran on time.</p></article></body></html>"))
	write("binary.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	write("empty.txt", nil)
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line := bytes.Repeat([]byte("All work and no play makes a dull article. "), 1<<10)
	for n := 0; n < 200<<20; n += len(line) {
		huge.Write(line)
	}
	huge.Close()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("<p>A paragraph of a page that will be cut short.</p>\n"), 3000))
	zw.Close()
	write("truncated.html.gz", gz.Bytes()[:gz.Len()/2])
	write("latin1.txt", []byte("Caf\xe9 reopens\n\nThe caf\xe9 on the square reopened on Friday after a year of repairs, its owner Ren\xe9e Dubois said.\n"))

	var stdout, stderr bytes.Buffer
	out := filepath.Join(t.TempDir(), "report.json")
	code := Main(context.Background(), []string{"analyze", dir, "-o", out}, nil, &stdout, &stderr)
	if code != ExitPartial {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, ExitPartial, stderr.String())
	}
	for name, reason := range map[string]string{
		"binary.png": "binary file", "empty.txt": "empty file", "huge.txt": "too large: over 64 MiB",
		"truncated.html.gz": "truncated gzip",
	} {
		if !strings.Contains(stderr.String(), filepath.Join(dir, name)+": ") || !strings.Contains(stderr.String(), reason) {
			t.Errorf("stderr does not report %s with %q:\n%s", name, reason, stderr.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r report.Report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range r.Articles {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "good,good~2,latin1" {
		t.Errorf("articles %s, want good (good.html), good~2 (good.txt), latin1", got)
	}
	if len(r.Failed) != 4 {
		t.Errorf("failed = %+v, want 4", r.Failed)
	}
	for _, a := range r.Articles {
		if a.ID == "latin1" && !strings.Contains(a.Title, "Café") {
			t.Errorf("latin-1 title %q not decoded", a.Title)
		}
	}
}

// Flags out of range are usage errors, named.
func TestBadFlagValues(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--workers", "-3", "x.txt"},
		{"ingest", "--timeout", "0s", "x.txt"},
		{"watch", "--once", "--workers", "-1", "https://a.example/feed"},
	} {
		if code, _, errs := run(t, args...); code != ExitUsage || !strings.Contains(errs, args[len(args)-3]) {
			t.Errorf("%v: %d %q", args, code, errs)
		}
	}
}

// A file given twice is named as such, not as a copy of itself.
func TestSameFileTwice(t *testing.T) {
	f := filepath.Join("..", "..", "examples", "harbour-strike", "northern-ledger.txt")
	code, _, errs := run(t, "analyze", "--format", "csv", f, f)
	if code != ExitOK || !strings.Contains(errs, "given more than once") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// A store named in a directory that does not exist, or a missing store
// for watch to read its feeds from, is named, and nothing is created;
// version takes no arguments.
func TestMissingPlaces(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no", "such", "cc.db")
	if code, _, errs := run(t, "ingest", "--quiet", "--db", missing, "x.txt"); code != ExitFailed || !strings.Contains(errs, "no directory") {
		t.Errorf("ingest into a missing directory: %d %q", code, errs)
	}
	db := filepath.Join(dir, "cc.db")
	if code, _, errs := run(t, "watch", "--once", "--db", db); code != ExitFailed || !strings.Contains(errs, "no store") {
		t.Errorf("watch with no store: %d %q", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("watch created %s", db)
	}
	if code, _, errs := run(t, "version", "extra"); code != ExitUsage || !strings.Contains(errs, "extra") {
		t.Errorf("version extra: %d %q", code, errs)
	}
	if _, out, _ := run(t, "analyze", "--help"); !strings.Contains(out, "(default 64MiB)") {
		t.Errorf("analyze --help does not give --max-size's default as 64MiB")
	}
}
