package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of visible page text: the text between two
// block-level boundaries, with what the DOM says about it.
type block struct {
	text      string
	node      *html.Node // nearest enclosing block element
	kind      Kind       // Body, Heading or Caption
	words     int
	linkWords int // words inside <a>
	list      bool
	cell      bool // in a table cell
	pre       bool
	sentence  bool // ends with sentence punctuation
}

// linkDensity is the share of the block's words that are link text.
func (b *block) linkDensity() float64 {
	if b.words == 0 {
		return 0
	}
	return float64(b.linkWords) / float64(b.words)
}

// skipTags hold no reader-visible text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Select: true, atom.Option: true, atom.Textarea: true,
	atom.Button: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
	atom.Math: true, atom.Canvas: true, atom.Datalist: true,
}

// breakTags start and end a paragraph.
var breakTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Main: true, atom.Nav: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Figure: true, atom.Figcaption: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Br: true, atom.Hr: true,
	atom.Summary: true, atom.Details: true, atom.Address: true, atom.Caption: true,
	atom.Form: true, atom.Fieldset: true, atom.Legend: true, atom.Label: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Body: true, atom.Menu: true,
	atom.Dialog: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// segmenter splits a DOM into blocks.
type segmenter struct {
	out    []block
	sb     strings.Builder
	links  int // words of link text in sb
	inLink int
	stack  []*html.Node // open block elements
}

// segment returns the visible text blocks of the page body in order.
func segment(root *html.Node) []block {
	var s segmenter
	s.stack = append(s.stack, root)
	s.walk(root)
	s.flush()
	return s.out
}

func (s *segmenter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		s.sb.WriteString(n.Data)
		if s.inLink > 0 {
			s.links += len(strings.Fields(n.Data))
		}
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] || hidden(n) {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	isBreak := n.Type == html.ElementNode && (breakTags[n.DataAtom] || n.DataAtom == 0 && n.Data != "")
	if isBreak {
		s.flush()
		s.stack = append(s.stack, n)
	}
	if n.DataAtom == atom.A {
		s.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c)
	}
	if n.DataAtom == atom.A {
		s.inLink--
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		s.sb.WriteByte(' ')
	}
	if isBreak {
		s.flush()
		s.stack = s.stack[:len(s.stack)-1]
	}
}

// flush ends the current paragraph.
func (s *segmenter) flush() {
	t := cleanSpace(s.sb.String())
	links := s.links
	s.sb.Reset()
	s.links = 0
	if t == "" {
		return
	}
	n := s.stack[len(s.stack)-1]
	b := block{text: t, node: n, words: len(strings.Fields(t)), linkWords: links}
	b.linkWords = min(b.linkWords, b.words)
	b.sentence = endsSentence(t)
	for _, a := range s.stack {
		switch a.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			b.kind = Heading
		case atom.Figcaption, atom.Caption:
			b.kind = Caption
		case atom.Li, atom.Dd, atom.Dt:
			b.list = true
		case atom.Td, atom.Th:
			b.cell = true
		case atom.Pre:
			b.pre = true
		}
	}
	s.out = append(s.out, b)
}

// hidden reports an element the reader does not see. A hidden element
// right under body is kept: frameworks that stream a page (React and
// others) park late content there and move it into place by script.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			if n.Parent == nil || n.Parent.DataAtom != atom.Body {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
