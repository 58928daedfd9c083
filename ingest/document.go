package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"time"
)

// Document is one article as read, before extraction.
type Document struct {
	ID     string // stable id: file name without extension, JSONL id, or a hash of the URL
	Source string // the path or URL it came from; "path:line" for a JSONL record
	URL    string // the article's URL when known
	Format Format
	Body   []byte // UTF-8

	// Known from outside the body: JSONL fields or HTTP headers.
	Title     string
	Site      string // the outlet (JSONL "source")
	Published time.Time

	Charset string   // the encoding Body was converted from
	Notes   []string // things the reader should know: a guessed charset, an ignored field
}

// Format is what a Document's body holds.
type Format uint8

// The formats of a body.
const (
	Text Format = iota
	HTML
)

func (f Format) String() string {
	if f == HTML {
		return "html"
	}
	return "text"
}

// Hash is the content hash of the body, for spotting the same article twice.
func (d Document) Hash() string {
	sum := sha256.Sum256(d.Body)
	return hex.EncodeToString(sum[:])
}

// URLID is the id of an article known only by its URL.
func URLID(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:8])
}

// FileID is a file's name without its extension: "0001.html.gz" → "0001".
func FileID(path string) string {
	base := filepath.Base(path)
	for _, ext := range []string{".gz", ".gzip"} {
		base = strings.TrimSuffix(base, ext)
	}
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}
