package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"
)

// Record is one article of JSONL input (DESIGN.md, the input contract).
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"` // RFC 3339 or a date
	Source    string `json:"source"`    // the outlet
}

// readJSONL yields one document a line. A line that is not a valid record is
// an error naming its line number; the lines after it are still read.
func readJSONL(r *bufio.Reader, o origin, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		max := opt.maxBytes()
		for n := 1; ; n++ {
			line, tooLong, err := readLine(r, max)
			if err != nil && err != io.EOF {
				yield(Document{}, &recordError{strconv.Itoa(n), readError(err)})
				return
			}
			if tooLong {
				if !yield(Document{}, &recordError{strconv.Itoa(n), fmt.Errorf("%w: a record over %s (raise --max-size)", ErrTooLarge, sizeString(max))}) {
					return
				}
			} else if len(bytes.TrimSpace(line)) > 0 {
				d, rerr := parseRecord(line, o, n)
				if rerr != nil {
					rerr = &recordError{strconv.Itoa(n), rerr}
				}
				if !yield(d, rerr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// readLine reads one line of at most max bytes; a longer line is skipped
// to its end and reported as too long.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			tooLong = true
			buf = buf[:0]
		} else if !tooLong {
			buf = append(buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			return buf, tooLong, err
		}
		return buf, tooLong, nil
	}
}

// readJSON reads a JSON array of records, or a single record.
func readJSON(body []byte, o origin, opt Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		t := bytes.TrimSpace(bytes.TrimPrefix(body, bomUTF8))
		if len(t) > 0 && t[0] == '{' {
			yield(parseRecord(t, o, 0))
			return
		}
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			yield(Document{}, fmt.Errorf("invalid JSON: %w", err))
			return
		}
		for i, it := range items {
			d, err := parseRecord(it, o, i+1)
			if err != nil {
				err = &recordError{strconv.Itoa(i + 1), err}
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// ErrNoText is a record with neither text nor html.
var ErrNoText = errors.New("record has neither text nor html")

// parseRecord turns one JSON object into a document; n is its line or item
// number (0 for a lone object).
func parseRecord(b []byte, o origin, n int) (Document, error) {
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field == "" {
				return Document{}, fmt.Errorf("want a JSON object (id, url, title, text or html, published, source), got a JSON %s", te.Value)
			}
			return Document{}, fmt.Errorf("field %q: want a %s, got a JSON %s", te.Field, te.Type.Kind(), te.Value)
		}
		return Document{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if dec.More() {
		return Document{}, errors.New("invalid JSON: more than one value on the line")
	}
	body, format := rec.HTML, HTML
	if strings.TrimSpace(body) == "" {
		body, format = rec.Text, Text
	}
	if strings.TrimSpace(body) == "" {
		return Document{}, ErrNoText
	}
	d := Document{
		ID: recordID(rec, o, n), URL: rec.URL, Format: format, Body: []byte(body), Charset: "utf-8",
		Title: strings.TrimSpace(rec.Title), Site: strings.TrimSpace(rec.Source),
	}
	d.Source = o.source
	if n > 0 {
		d.Source = fmt.Sprintf("%s:%d", o.source, n)
	}
	if rec.Published != "" {
		t, err := ParseTime(rec.Published)
		if err != nil {
			d.Notes = append(d.Notes, fmt.Sprintf("published %q ignored: %v", rec.Published, err))
		}
		d.Published = t
	}
	return d, nil
}

func recordID(rec Record, o origin, n int) string {
	switch {
	case strings.TrimSpace(rec.ID) != "":
		return strings.TrimSpace(rec.ID)
	case rec.URL != "":
		return URLID(rec.URL)
	case n > 0:
		return fmt.Sprintf("%s-%d", o.id, n)
	}
	return o.id
}

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02"}

// ParseTime reads an RFC 3339 time or a date (YYYY-MM-DD), in UTC unless
// it says otherwise.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("want RFC 3339 or YYYY-MM-DD, got %q", s)
}
