package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML finds the main content and the metadata of a web page (UTF-8).
// Hints fill what the page does not say.
func FromHTML(page []byte, h Hints) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Article{}, fmt.Errorf("extract: parse HTML: %w", err)
	}
	var pageURL *url.URL
	if h.URL != "" {
		pageURL, _ = url.Parse(h.URL)
	}
	m := pageMetadata(doc, pageURL)
	a := Article{URL: h.URL, Title: h.Title, Site: h.Site, Published: h.Published}
	if a.Title == "" {
		a.Title = cleanSpace(m.Title)
	}
	a.Byline = cleanSpace(m.Author)
	if a.Site == "" {
		a.Site = cleanSpace(m.Sitename)
	}
	if a.Published.IsZero() {
		a.Published = publishedMeta(doc)
	}
	if a.Published.IsZero() && !m.Date.IsZero() {
		a.Published = m.Date.UTC()
	}
	if a.URL == "" {
		a.URL = m.URL
	}
	body := findBody(doc)
	if body == nil {
		return Article{}, fmt.Errorf("extract: no body")
	}
	blocks := segment(body)
	paras := inside(selectContent(blocks, body))
	lines := cleanParagraphs(paras, a.Title)
	var bd builder
	for _, l := range lines {
		if l.removed() {
			a.Removed = append(a.Removed, Removed{Text: l.text, Reason: l.reason})
			continue
		}
		bd.add(l.kind, l.text)
	}
	bd.done(&a)
	a.Language = m.Language
	if a.Language == "" {
		a.Language = detectLanguage(a.Text)
	}
	return a, nil
}

// findBody returns the body element of a parsed page.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// maxCueWords is the longest line the cruft cues can match; longer lines
// are not tested, which saves most of the regexp time.
const maxCueWords = 60

// cleanParagraphs removes cruft the page extractor kept: share bars,
// newsletter boxes, bylines and a repeat of the headline.
func cleanParagraphs(paras []line, title string) []line {
	for i := range paras {
		l := &paras[i]
		l.words = len(strings.Fields(l.text))
		if l.kind == Caption && l.reason == "" {
			l.reason = "caption"
		}
		if l.removed() {
			continue
		}
		if l.kind == Heading && title != "" && sameText(l.text, title) {
			l.kind, l.reason = Boilerplate, "headline"
			continue
		}
		r := ""
		if l.words <= maxCueWords {
			r = fastCruftReason(l.text, l.words)
		}
		if r == "" {
			r = pageCueReason(l.text, l.words)
		}
		if r != "" {
			l.kind, l.reason = Boilerplate, r
			if r == "caption" {
				l.kind = Caption
			}
		}
	}
	markRepeats(paras)
	markZones(paras)
	return paras
}

// inside drops the lines outside the content root.
func inside(lines []line) []line {
	out := lines[:0:0]
	for _, l := range lines {
		if l.reason != "outside" {
			out = append(out, l)
		}
	}
	return out
}
