package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteVariants writes n articles as JSONL made from the articles of a
// JSONL input (id and text; other fields are dropped): pass k over the
// distinct input texts gives each article the id "<id>-vKK", a publish time on day k and
// a paragraph naming the version, so every text is new. It makes
// stores of any size from real news text for the crash and load tests.
func WriteVariants(w io.Writer, in io.Reader, n int) error {
	type record struct {
		ID        string `json:"id"`
		Text      string `json:"text"`
		Published string `json:"published,omitempty"`
	}
	var base []record
	seen := map[string]bool{} // an input text given twice is used once
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 64<<20)
	for line := 1; sc.Scan(); line++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("eval: variants: line %d: %w", line, err)
		}
		if r.ID != "" && r.Text != "" && !seen[r.Text] {
			seen[r.Text] = true
			base = append(base, record{ID: r.ID, Text: r.Text})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: variants: %w", err)
	}
	if len(base) == 0 {
		return fmt.Errorf("eval: variants: no article with an id and a text")
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for i := 0; i < n; i++ {
		r := base[i%len(base)]
		v := i / len(base)
		r.ID = fmt.Sprintf("%s-v%02d", r.ID, v)
		r.Published = fmt.Sprintf("2026-03-%02dT%02d:00:00Z", 1+v%28, i%24)
		r.Text = withNote(r.Text, fmt.Sprintf("This is version %d of report %s, which the news desk numbered %d when it was filed.",
			v, base[i%len(base)].ID, i%97))
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("eval: variants: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: variants: %w", err)
	}
	return nil
}

// withNote puts a paragraph after the first line of a text (its headline,
// or its lead), or after a text of one line: where extraction keeps it.
func withNote(text, note string) string {
	first, rest, found := strings.Cut(text, "\n")
	if !found {
		return text + "\n\n" + note
	}
	return first + "\n\n" + note + "\n\n" + rest
}
