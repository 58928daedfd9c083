package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// FromHTML finds the main content and the metadata of a web page (UTF-8).
// Hints fill what the page does not say.
func FromHTML(page []byte, h Hints) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var pageURL *url.URL
	if h.URL != "" {
		pageURL, _ = url.Parse(h.URL)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL: pageURL, ExcludeComments: true, EnableFallback: true,
	})
	if err != nil {
		return Article{}, fmt.Errorf("no main content: %w", err)
	}
	a := Article{URL: h.URL, Title: h.Title, Site: h.Site, Published: h.Published}
	m := res.Metadata
	if a.Title == "" {
		a.Title = cleanSpace(m.Title)
	}
	a.Byline = cleanSpace(m.Author)
	if a.Site == "" {
		a.Site = cleanSpace(m.Sitename)
	}
	if a.Published.IsZero() && !m.Date.IsZero() {
		a.Published = m.Date.UTC()
	}
	if a.URL == "" {
		a.URL = m.URL
	}
	paras := renderBlocks(res.ContentNode)
	lines := cleanParagraphs(paras, a.Title)
	var b builder
	for _, l := range lines {
		if l.removed() {
			a.Removed = append(a.Removed, Removed{Text: l.text, Reason: l.reason})
			continue
		}
		b.add(l.kind, l.text)
	}
	b.done(&a)
	a.Language = m.Language
	if a.Language == "" {
		a.Language = detectLanguage(a.Text)
	}
	return a, nil
}

// cleanParagraphs removes cruft the page extractor kept: share bars,
// newsletter boxes, bylines and a repeat of the headline.
func cleanParagraphs(paras []line, title string) []line {
	for i := range paras {
		l := &paras[i]
		l.words = len(strings.Fields(l.text))
		if l.kind == Caption {
			l.reason = "caption"
			continue
		}
		if r := cruftReason(l.text, l.words); r != "" {
			l.kind, l.reason = Boilerplate, r
			if r == "caption" {
				l.kind = Caption
			}
		}
	}
	markRepeats(paras)
	return paras
}

// blockTags break text into paragraphs.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "dd": true, "dt": true, "blockquote": true, "pre": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "main": true,
	"table": true, "tr": true, "td": true, "th": true, "ul": true, "ol": true, "dl": true,
	"figure": true, "figcaption": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "br": true, "hr": true, "summary": true, "details": true, "address": true, "caption": true,
}

// renderBlocks turns a content tree into paragraphs, one a block element.
func renderBlocks(n *html.Node) []line {
	var out []line
	var sb strings.Builder
	kind := Body
	flush := func() {
		if t := cleanSpace(sb.String()); t != "" {
			out = append(out, line{text: t, kind: kind})
		}
		sb.Reset()
		kind = Body
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "button", "select", "option":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			switch n.Data {
			case "h1", "h2", "h3", "h4", "h5", "h6":
				kind = Heading
			case "figcaption", "caption":
				kind = Caption
			}
			flush()
		} else if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
			sb.WriteByte(' ')
		}
	}
	if n != nil {
		walk(n)
	}
	flush()
	return out
}
