package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"unicode/utf8"
)

type sniffKind uint8

const (
	kindText sniffKind = iota
	kindHTML
	kindJSONL
	kindJSON
	kindFeed
	kindWARC
	kindBinary
	kindEmpty
)

var htmlMarks = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<article"), []byte("<script")}

// sniff tells what a source holds from its first bytes (after gzip).
func sniff(b []byte) sniffKind {
	b = bytes.TrimPrefix(b, bomUTF8)
	if looksBinary(b) {
		return kindBinary
	}
	t := bytes.TrimLeft(b, " \t\r\n\f")
	if len(t) == 0 {
		return kindEmpty
	}
	lower := bytes.ToLower(t[:min(len(t), 1024)])
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return kindWARC
	case t[0] == '{':
		// One object a line, unless the first line is not a whole object
		// (a pretty-printed JSON document). A first line longer than the
		// peek is a long record.
		line, _, found := bytes.Cut(t, []byte("\n"))
		if !found && len(b) >= 8<<10 || json.Valid(bytes.TrimSpace(line)) {
			return kindJSONL
		}
		return kindJSON
	case t[0] == '[':
		return kindJSON
	case bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return kindFeed
		}
		if bytes.Contains(lower, []byte("<html")) {
			return kindHTML
		}
	}
	for _, m := range htmlMarks {
		if bytes.Contains(lower, m) {
			return kindHTML
		}
	}
	return kindText
}

// looksBinary: NUL bytes or many control characters, unless the data is
// UTF-16 with a byte-order mark.
func looksBinary(b []byte) bool {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		return false
	}
	ctrl := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctrl++
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return ctrl*100 > len(b) // more than 1% control characters
}

// kindError explains why a source is not read.
func kindError(k sniffKind, peek []byte) error {
	switch k {
	case kindFeed:
		return fmt.Errorf("RSS/Atom feed: feeds are not read by this command yet: %w", ErrUnsupported)
	case kindWARC:
		return fmt.Errorf("WARC archive: not read by this command yet: %w", ErrUnsupported)
	case kindBinary:
		return fmt.Errorf("looks like %s, not an article: %w", http.DetectContentType(peek), ErrBinary)
	}
	return ErrUnsupported
}
