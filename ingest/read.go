package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options control reading. The zero value is ready to use.
type Options struct {
	MaxBytes     int64         // largest document or JSONL record; 0 means DefaultMaxBytes
	Timeout      time.Duration // per URL; 0 means 30 s
	MaxRedirects int           // 0 means 5
	UserAgent    string        // "" means DefaultUserAgent
	Stdin        io.Reader     // what "-" reads; nil means os.Stdin
}

// DefaultMaxBytes is the size limit of one document.
const DefaultMaxBytes = 64 << 20

// DefaultUserAgent names crosscheck to the servers it fetches from.
const DefaultUserAgent = "crosscheck/1 (+https://github.com/crosscheck/crosscheck; news cross-checking)"

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrTooLarge    = errors.New("too large")
	ErrBinary      = errors.New("binary file")
	ErrUnsupported = errors.New("unsupported format")
	ErrTruncated   = errors.New("truncated gzip")
)

// Expand turns command-line arguments into sources: "-" for standard
// input, http(s) URLs, files, and the files under directories, walked
// recursively in lexical order, skipping names that start with a dot.
func Expand(args []string) ([]string, []error) {
	var out []string
	var errs []error
	for _, a := range args {
		if a == "-" || IsURL(a) {
			out = append(out, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			if scheme, _, ok := strings.Cut(a, "://"); ok && !strings.ContainsAny(scheme, "/.") {
				err = fmt.Errorf("unsupported URL scheme %q: only http and https are fetched", scheme)
			}
			errs = append(errs, &Error{Source: a, Err: unwrapPath(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Source: p, Err: unwrapPath(err)})
				return nil
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 && isFile(p) {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Source: a, Err: err})
		}
	}
	return out, errs
}

// isFile follows a symbolic link to a regular file.
func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

// IsURL reports whether an argument is an http(s) URL rather than a path.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Read reads one source (a path, "-" or a URL) and yields its documents:
// one for an HTML or text file, one a record for JSONL. An error names the
// source, or the JSONL line, and the reason; reading goes on after a bad
// JSONL record.
func Read(ctx context.Context, src string, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		r, meta, err := open(ctx, src, opt)
		if err != nil {
			yield(Document{}, &Error{Source: src, Err: err})
			return
		}
		defer r.Close()
		for d, err := range named(src, readBody(r, meta, opt)) {
			if !yield(d, err) {
				return
			}
		}
	}
}

// named gives each error of docs the source it came from.
func named(src string, docs iter.Seq2[Document, error]) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for d, err := range docs {
			if err != nil {
				err = sourceError(src, err)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// Error is a source, or a record of a JSONL source ("file.jsonl:3"), that
// could not be read.
type Error struct {
	Source string
	Err    error
}

func (e *Error) Error() string { return "ingest: " + e.Source + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// recordError is a bad record of a JSONL or JSON source.
type recordError struct {
	at  string // "3" for a line, "item 3" in a JSON array
	err error
}

func (e *recordError) Error() string { return e.at + ": " + e.err.Error() }

func (e *recordError) Unwrap() error { return e.err }

func sourceError(src string, err error) error {
	if re, ok := err.(*recordError); ok {
		return &Error{Source: src + ":" + re.at, Err: re.err}
	}
	return &Error{Source: src, Err: err}
}

// ReadBytes reads a source already in memory, named name (a file name
// gives the id), as Read reads a file.
func ReadBytes(name string, b []byte, opt Options) iter.Seq2[Document, error] {
	return named(name, readBody(bytes.NewReader(b), origin{source: name, id: FileID(name)}, opt))
}

// origin is what is known about a source before its content is read.
type origin struct {
	source      string
	id          string
	url         string
	contentType string // the HTTP Content-Type, with its charset
}

func open(ctx context.Context, src string, opt Options) (io.ReadCloser, origin, error) {
	switch {
	case src == "-":
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		return io.NopCloser(in), origin{source: "stdin", id: "stdin"}, nil
	case IsURL(src):
		return fetch(ctx, src, opt)
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, origin{}, unwrapPath(err)
	}
	return f, origin{source: src, id: FileID(src)}, nil
}

// unwrapPath drops the path from an *fs.PathError, which the caller names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readBody decompresses and sniffs a source, then yields its documents.
func readBody(r io.Reader, o origin, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(2)
		var in io.Reader = br
		gz := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
		if gz {
			zr, err := gzip.NewReader(br)
			if err != nil {
				yield(Document{}, readError(err))
				return
			}
			in = bufio.NewReaderSize(zr, 64<<10)
		}
		bin := in.(*bufio.Reader)
		peek, err := bin.Peek(8 << 10)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			yield(Document{}, readError(err))
			return
		}
		switch kind := sniff(peek); kind {
		case kindJSONL:
			for d, err := range readJSONL(bin, o, opt) {
				if !yield(d, err) {
					return
				}
			}
		case kindJSON:
			body, err := readAll(bin, opt.maxBytes())
			if err != nil {
				yield(Document{}, err)
				return
			}
			for d, err := range readJSON(body, o, opt) {
				if !yield(d, err) {
					return
				}
			}
		case kindHTML, kindText:
			body, err := readAll(bin, opt.maxBytes())
			if err != nil {
				yield(Document{}, err)
				return
			}
			yield(single(body, kind, o))
		case kindEmpty:
			yield(Document{}, ErrEmpty)
		default:
			yield(Document{}, kindError(kind, peek))
		}
	}
}

// readAll reads at most max bytes and fails past that.
func readAll(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if err != nil {
		return nil, readError(err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: over %s (raise --max-size)", ErrTooLarge, sizeString(max))
	}
	return buf.Bytes(), nil
}

// readError explains a failed read; an early end can only come from a
// compressed stream.
func readError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("compressed data ends early: %w", ErrTruncated)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("corrupt gzip: %w", err)
	}
	return err
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// single makes the one document of an HTML or text source.
func single(body []byte, kind sniffKind, o origin) (Document, error) {
	format := Text
	if kind == kindHTML {
		format = HTML
	}
	utf, cs, note := toUTF8(body, format, o.contentType)
	if len(bytes.TrimSpace(utf)) == 0 {
		return Document{}, ErrEmpty
	}
	d := Document{ID: o.id, Source: o.source, URL: o.url, Format: format, Body: utf, Charset: cs}
	if note != "" {
		d.Notes = append(d.Notes, note)
	}
	return d, nil
}
