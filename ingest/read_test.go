package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// collect reads a source in memory and returns its documents and errors.
func collect(name string, b []byte, opt Options) ([]Document, []error) {
	var docs []Document
	var errs []error
	for d, err := range ReadBytes(name, b, opt) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func TestReadFormats(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><body><p>Hello</p></body></html>")
	tests := []struct {
		name   string
		file   string
		body   []byte
		format Format
		id     string
	}{
		{"html by content", "page.txt", html, HTML, "page"},
		{"text", "story.html", []byte("Headline\n\nBody."), Text, "story"},
		{"gzip html", "0001.html.gz", gz(t, html), HTML, "0001"},
		{"leading space html", "x", append([]byte("\n\n  "), html...), HTML, "x"},
		{"xhtml", "x.xml", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>`), HTML, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(tt.file, tt.body, Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("docs %d, errors %v", len(docs), errs)
			}
			if docs[0].Format != tt.format || docs[0].ID != tt.id {
				t.Errorf("format %v id %q, want %v %q", docs[0].Format, docs[0].ID, tt.format, tt.id)
			}
		})
	}
}

func TestReadBad(t *testing.T) {
	big := bytes.Repeat([]byte("lorem ipsum "), 100)
	full := gz(t, []byte(strings.Repeat("<p>Some text of the article.</p>\n", 2000)))
	tests := []struct {
		name string
		body []byte
		opt  Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"blank", []byte(" \n\t\n"), Options{}, ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, ErrBinary},
		{"too large", big, Options{MaxBytes: 500}, ErrTooLarge},
		{"gzip bomb", gz(t, big), Options{MaxBytes: 500}, ErrTooLarge},
		{"truncated gzip", full[:len(full)/2], Options{}, ErrTruncated},
		{"feed", []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`), Options{}, ErrUnsupported},
		{"warc", []byte("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), Options{}, ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect("bad.txt", tt.body, tt.opt)
			if len(docs) != 0 || len(errs) != 1 {
				t.Fatalf("docs %d, errors %v", len(docs), errs)
			}
			if !errors.Is(errs[0], tt.want) {
				t.Errorf("error %v, want %v", errs[0], tt.want)
			}
			if !strings.Contains(errs[0].Error(), "bad.txt") {
				t.Errorf("error %q does not name the file", errs[0])
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "url": "https://x.example/a", "title": "A", "text": "Body A.", "published": "2025-03-08T10:00:00+01:00", "source": "X News"}`,
		`{"url": "https://x.example/b", "html": "<p>Body B</p>"}`,
		`not json`,
		`{"id": "d", "title": "no body"}`,
		``,
		`{"text": "Body E.", "published": "yesterday"}`,
		`{"id": "f", "text": "` + strings.Repeat("x", 300) + `"}`,
	}, "\n")
	docs, errs := collect("feed.jsonl", []byte(in), Options{MaxBytes: 200})
	if len(docs) != 3 {
		t.Fatalf("got %d docs, want 3: %+v", len(docs), docs)
	}
	a := docs[0]
	if a.ID != "a" || a.Title != "A" || a.Site != "X News" || a.Format != Text || a.Source != "feed.jsonl:1" ||
		!a.Published.Equal(time.Date(2025, 3, 8, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("record 1 = %+v", a)
	}
	if docs[1].ID != URLID("https://x.example/b") || docs[1].Format != HTML {
		t.Errorf("record 2 = %+v", docs[1])
	}
	if docs[2].ID != "feed-6" || len(docs[2].Notes) != 1 {
		t.Errorf("record 6 = %+v", docs[2])
	}
	want := []string{"feed.jsonl:3: invalid JSON", "feed.jsonl:4: record has neither", "feed.jsonl:7: too large: a record over"}
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want %q", i, errs[i], w)
		}
	}
}

func TestReadJSONLLongFirstLine(t *testing.T) {
	long := `{"id": "a", "text": "` + strings.Repeat("word ", 5000) + `"}` + "\n" + `{"id": "b", "text": "short"}`
	docs, errs := collect("big.jsonl", []byte(long), Options{})
	if len(docs) != 2 || len(errs) != 0 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	pretty := "{\n  \"id\": \"p\",\n  \"text\": \"Pretty printed.\"\n}\n"
	docs, errs = collect("one.json", []byte(pretty), Options{})
	if len(docs) != 1 || docs[0].ID != "p" || len(errs) != 0 {
		t.Fatalf("pretty: docs %v errs %v", docs, errs)
	}
}

func TestReadJSONArray(t *testing.T) {
	docs, errs := collect("list.json", []byte(`[{"id":"a","text":"A."},{"id":"b"}]`), Options{})
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "list.json:2") {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", ".dot.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"))
	got, errs := Expand([]string{dir, filepath.Join(dir, "missing.txt"), "-", "https://x.example/"})
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b/1.txt"), filepath.Join(dir, "b/2.txt"), filepath.Join(dir, "link.txt"), "-", "https://x.example/"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Expand = %q, want %q", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt") {
		t.Errorf("errors = %v", errs)
	}
	if _, errs := Expand([]string{"ftp://x.example/a"}); len(errs) != 1 || !strings.Contains(errs[0].Error(), `unsupported URL scheme "ftp"`) {
		t.Errorf("ftp: errors = %v", errs)
	}
}

func TestDedupe(t *testing.T) {
	docs := []Document{
		{ID: "b", Source: "b.txt", Body: []byte("same")},
		{ID: "a", Source: "a.txt", Body: []byte("same")},
		{ID: "c", Source: "c.jsonl:1", URL: "https://x/1", Body: []byte("one")},
		{ID: "d", Source: "c.jsonl:2", URL: "https://x/1", Body: []byte("two")},
		{ID: "x", Source: "p/x.txt", Body: []byte("x1")},
		{ID: "x", Source: "q/x.txt", Body: []byte("x2")},
	}
	kept, dropped := Dedupe(docs)
	var ids []string
	for _, d := range kept {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, ","); got != "a,c,x,x~2" {
		t.Errorf("kept %s", got)
	}
	if len(dropped) != 2 || dropped[0].Of != "a" || dropped[1].Of != "c" {
		t.Errorf("dropped %+v", dropped)
	}
	// Any input order gives the same result.
	rev := []Document{docs[5], docs[4], docs[3], docs[2], docs[1], docs[0]}
	kept2, _ := Dedupe(rev)
	for i := range kept {
		if kept[i].ID != kept2[i].ID || kept[i].Source != kept2[i].Source {
			t.Errorf("order-dependent: %v vs %v", kept[i], kept2[i])
		}
	}
}

func TestFetch(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Write(append([]byte("<html><body><p>"), encode(t, charmap.Windows1251, russian)...))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(bytes.Repeat([]byte("a"), 5000)) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opt := Options{Timeout: 300 * time.Millisecond, MaxBytes: 4000}

	var docs []Document
	for d, err := range Read(context.Background(), srv.URL+"/article", opt) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 1 || !strings.Contains(string(docs[0].Body), "Путин") || docs[0].ID != URLID(srv.URL+"/article") {
		t.Fatalf("docs = %+v", docs)
	}
	if !strings.HasPrefix(gotUA, "crosscheck/") {
		t.Errorf("User-Agent = %q", gotUA)
	}
	for path, want := range map[string]string{"/missing": "404", "/loop": "redirects", "/slow": "deadline", "/big": "too large"} {
		for _, err := range Read(context.Background(), srv.URL+path, opt) {
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), srv.URL+path) {
				t.Errorf("%s: error %v, want %q and the URL", path, err, want)
			}
		}
	}
}

// FuzzReadBytes feeds arbitrary bytes to the reader (JSONL, JSON, HTML,
// text, gzip): no panic, every document valid UTF-8 with an id.
func FuzzReadBytes(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"html":"<p>y</p>","url":"u"}`))
	f.Add([]byte(`[{"text":"x"}, 1, null]`))
	f.Add([]byte("{\"text\": \"\xff\"}\n{broken"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		for d, err := range ReadBytes("f.jsonl", b, Options{MaxBytes: 1 << 16}) {
			if err != nil {
				continue
			}
			if d.ID == "" {
				t.Fatalf("document without id: %+v", d)
			}
		}
	})
}

// A JSONL line of the wrong shape says what was wanted and what came.
func TestJSONLShapes(t *testing.T) {
	body := "{\"id\":\"a\",\"text\":\"The council met on Monday.\"}\n[1,2]\n{\"id\": 5, \"text\": \"x\"}\n"
	var errs []string
	for _, err := range readBody(strings.NewReader(body), origin{source: "f.jsonl"}, Options{}) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	want := []string{"got a JSON array", `field "id": want a string, got a JSON number`}
	if len(errs) != len(want) {
		t.Fatalf("errors %q, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want %q", i, errs[i], w)
		}
	}
}
