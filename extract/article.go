package extract

import (
	"strings"
	"time"
)

// Article is the main text of one article and what is known about it.
type Article struct {
	Title     string
	Byline    string
	Published time.Time // zero when unknown
	Site      string
	Language  string // ISO 639-1 code, "" when unknown
	URL       string

	// Text is the main text: paragraphs separated by a blank line. Every
	// span downstream is a byte offset into it.
	Text   string
	Blocks []Block

	// Removed lists every line dropped from the text, in input order.
	Removed []Removed
}

// Block is one paragraph of Text.
type Block struct {
	Kind       Kind
	Start, End int // byte offsets into Text
}

// Kind is the role of a line or paragraph.
type Kind uint8

// The classes of a line.
const (
	Body Kind = iota
	Headline
	Dek
	Byline
	Heading
	Caption
	Boilerplate
)

var kindNames = [...]string{"body", "headline", "dek", "byline", "heading", "caption", "boilerplate"}

func (k Kind) String() string { return kindNames[k] }

// Removed is a line left out of the main text.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Hints are facts known about an article from outside its text: JSONL
// fields, HTTP headers, command-line flags. Zero values mean unknown.
type Hints struct {
	URL       string
	Title     string
	Site      string
	Published time.Time
}

// Headings returns the section headings in order.
func (a Article) Headings() []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == Heading {
			out = append(out, a.Text[b.Start:b.End])
		}
	}
	return out
}

// Words counts the words of the main text.
func (a Article) Words() int { return len(strings.Fields(a.Text)) }

// builder assembles Text and Blocks paragraph by paragraph.
type builder struct {
	sb     strings.Builder
	blocks []Block
}

func (b *builder) add(k Kind, para string) {
	para = strings.TrimSpace(para)
	if para == "" {
		return
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	b.sb.WriteString(para)
	b.blocks = append(b.blocks, Block{Kind: k, Start: start, End: b.sb.Len()})
}

func (b *builder) done(a *Article) {
	a.Text = b.sb.String()
	a.Blocks = b.blocks
}
