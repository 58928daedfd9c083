package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is an RSS, Atom or JSON feed: the articles it links to.
type Feed struct {
	Title string
	Items []FeedItem
}

// FeedItem is one entry of a feed.
type FeedItem struct {
	Link      string // absolute http(s) URL of the article's page
	Title     string
	Published time.Time // zero when the feed gives none
}

// IsFeed reports whether a body is an RSS or Atom feed.
func IsFeed(b []byte) bool { return sniff(b[:min(len(b), 8<<10)]) == kindFeed }

// ParseFeed reads a feed (RSS 0.9–2.0, Atom, JSON Feed). Relative links
// are resolved against base; items without an http(s) link are left out,
// and an item linked twice is kept once.
func ParseFeed(b []byte, base string) (Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return Feed{}, fmt.Errorf("feed: %w", err)
	}
	out := Feed{Title: f.Title}
	seen := map[string]bool{}
	baseURL, _ := url.Parse(base)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := resolve(baseURL, it.Link)
		if link == "" || seen[link] {
			continue
		}
		seen[link] = true
		item := FeedItem{Link: link, Title: it.Title}
		switch {
		case it.PublishedParsed != nil:
			item.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			item.Published = it.UpdatedParsed.UTC()
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}

// resolve makes an item's link absolute; "" when it is not http(s).
func resolve(base *url.URL, link string) string {
	u, err := url.Parse(link)
	if err != nil || link == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}
