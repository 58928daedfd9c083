package extract

import (
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// pageMetadata reads title, author, date, site and language from the
// page's meta tags, JSON-LD and byline markup with go-trafilatura. The body
// is pruned before trafilatura's own content extraction, so only its
// metadata pass runs; publish dates come from meta tags and JSON-LD (the
// slow full-text date search is off). doc is not modified.
func pageMetadata(doc *html.Node, pageURL *url.URL) trafilatura.Metadata {
	cfg := trafilatura.DefaultConfig()
	cfg.MinOutputSize, cfg.MinOutputCommentSize, cfg.MinExtractedSize = 0, 0, 0
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		Config:          cfg,
		OriginalURL:     pageURL,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
		PruneSelector:   "body",
	})
	if err != nil || res == nil {
		return trafilatura.Metadata{}
	}
	return res.Metadata
}

// publishedMeta reads the publish time a page's meta tags give to the
// minute ("article:published_time", "datePublished", …), which
// trafilatura's date reading keeps only to the day; zero if none parses.
func publishedMeta(doc *html.Node) time.Time {
	var found time.Time
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "meta" {
			var key, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "property", "name", "itemprop":
					key = strings.ToLower(a.Val)
				case "content":
					content = strings.TrimSpace(a.Val)
				}
			}
			if publishedKeys[key] {
				if t, ok := parseStamp(content); ok {
					found = t
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

// publishedKeys name the meta tags that give when an article came out.
var publishedKeys = map[string]bool{"article:published_time": true, "datepublished": true,
	"og:article:published_time": true, "pubdate": true, "dc.date.issued": true}

// stampLayouts are the ways meta tags write a time with its zone.
var stampLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z0700"}

// parseStamp reads a time with a time of day and a zone.
func parseStamp(s string) (time.Time, bool) {
	for _, l := range stampLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
