package report

import (
	"encoding/json"
	"io"

	"github.com/crosscheck/crosscheck/extract"
)

// WriteJSON writes the report as indented JSON.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// Extracted is one line of `crosscheck extract --format jsonl`.
type Extracted struct {
	ID        string            `json:"id"`
	Source    string            `json:"source"`
	URL       string            `json:"url"`
	Site      string            `json:"site"`
	Title     string            `json:"title"`
	Byline    *string           `json:"byline"`
	Published *string           `json:"published"`
	Language  *string           `json:"language"`
	Text      string            `json:"text"`
	Headings  []string          `json:"headings"`
	Removed   []extract.Removed `json:"removed"`
}

// WriteExtracted writes one article as a line of `crosscheck extract
// --format jsonl`; a is a report article with its text.
func WriteExtracted(w io.Writer, a Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(Extracted{
		ID: a.ID, Source: a.Source, URL: a.URL, Site: a.Site, Title: a.Title, Byline: a.Byline,
		Published: a.Published, Language: a.Language, Text: a.Text, Headings: a.Headings, Removed: a.Removed,
	})
}
