package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// metaCharset finds <meta charset="…"> or the http-equiv Content-Type form.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// toUTF8 converts a body to UTF-8. It trusts, in order, a byte-order mark,
// the HTTP header, and for HTML a <meta> declaration; it checks a
// declaration against the bytes (a page labelled latin-1 that is valid
// UTF-8 is UTF-8) and detects the charset of undeclared non-UTF-8 text.
// note says what a reader should know about a guess or a repair.
func toUTF8(b []byte, f Format, contentType string) (out []byte, name, note string) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return repairUTF8(b[len(bomUTF8):])
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(b)
		if err != nil {
			return b, "utf-8", fmt.Sprintf("UTF-16 decoding failed: %v", err)
		}
		return out, "utf-16", ""
	}
	declared := headerCharset(contentType)
	if declared == "" && f == HTML {
		if m := metaCharset.FindSubmatch(b[:min(len(b), 16<<10)]); m != nil {
			declared = string(m[1])
		}
	}
	enc, label := lookup(declared)
	if label == "utf-8" || label == "" {
		if utf8.Valid(b) {
			return b, "utf-8", ""
		}
		if mostlyUTF8(b) {
			return repairUTF8(b)
		}
		return detect(b, f, declared)
	}
	if enc == nil {
		return detect(b, f, declared)
	}
	if utf8.Valid(b) && hasMultibyte(b) {
		return b, "utf-8", fmt.Sprintf("declared %s but the bytes are UTF-8; read as UTF-8", declared)
	}
	return decode(b, enc, label, "")
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// lookup resolves a charset label as browsers do ("latin1" is windows-1252).
func lookup(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, strings.ToLower(label)
	}
	return enc, name
}

// detect guesses the charset of text that is not UTF-8.
func detect(b []byte, f Format, declared string) ([]byte, string, string) {
	d := chardet.NewTextDetector()
	if f == HTML {
		d = chardet.NewHtmlDetector()
	}
	why := "no charset declared"
	if declared != "" {
		why = fmt.Sprintf("declared %q but the bytes are not that", declared)
	}
	if res, err := d.DetectBest(b[:min(len(b), 64<<10)]); err == nil {
		if enc, name := lookup(res.Charset); enc != nil && name != "utf-8" {
			return decode(b, enc, name, fmt.Sprintf("%s; detected %s", why, name))
		}
	}
	enc, name := lookup("windows-1252")
	return decode(b, enc, name, fmt.Sprintf("%s; read as windows-1252", why))
}

func decode(b []byte, enc encoding.Encoding, name, note string) ([]byte, string, string) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), "utf-8", fmt.Sprintf("could not decode as %s (%v); invalid bytes replaced", name, err)
	}
	return out, name, note
}

// mostlyUTF8 reports text that is UTF-8 with a few bad bytes: at least ten
// valid multi-byte characters for every invalid byte.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good >= 10*bad
}

func repairUTF8(b []byte) ([]byte, string, string) {
	if utf8.Valid(b) {
		return b, "utf-8", ""
	}
	bad := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), "utf-8", fmt.Sprintf("%d invalid UTF-8 bytes replaced with U+FFFD", bad)
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
