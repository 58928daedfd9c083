package extract

import (
	"net/url"

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
