package pipeline

import (
	"context"
	"errors"
	"slices"

	"github.com/crosscheck/crosscheck/ingest"
)

// URL is a page or feed to fetch, with the validators of the version
// read last time (zero the first time).
type URL struct {
	URL        string
	Validators ingest.Validators
}

// Fetched is what became of one URL.
type Fetched struct {
	URL         string
	Feed        bool   // it is a feed
	Title       string // the feed's title
	NotModified bool   // unchanged since the validators given
	Validators  ingest.Validators
	Items       int   // the feed's items
	New         int   // items not known before, fetched
	Err         error // the URL itself could not be read; item failures are in the Failures
}

// FetchOptions shape Fetch.
type FetchOptions struct {
	Options
	// Known reports which article ids are stored already; a feed's items
	// with those ids are not fetched again. Nil: none is known.
	Known func(ids []string) (map[string]bool, error)
}

// Fetch reads URLs with f: a page gives its documents; a feed gives the
// pages of its items not known yet, each read with the title and date
// the feed gives when the page lacks them. Pages are fetched on the
// worker pool; f keeps each host's limit.
func Fetch(ctx context.Context, f *ingest.Fetcher, urls []URL, opt FetchOptions) ([]ingest.Document, []Fetched, []Failure) {
	out := make([]Fetched, len(urls))
	docs := make([][]ingest.Document, len(urls))
	fails := make([][]Failure, len(urls))
	feeds := make([][]ingest.FeedItem, len(urls))
	Each(ctx, opt.workers(), len(urls), func(i int) {
		out[i], docs[i], feeds[i], fails[i] = fetchOne(ctx, f, urls[i], opt.Ingest)
	})
	items, err := newItems(feeds, out, opt.Known)
	var all []ingest.Document
	var failures []Failure
	for i := range urls {
		all = append(all, docs[i]...)
		failures = append(failures, fails[i]...)
	}
	if err != nil {
		return all, out, append(failures, Failure{Stage: "ingest", Source: "store", Err: err})
	}
	itemDocs, itemFails := fetchItems(ctx, f, items, opt.Options)
	return append(all, itemDocs...), out, append(failures, itemFails...)
}

// fetchOne fetches a URL: a feed's items, or a page's documents.
func fetchOne(ctx context.Context, f *ingest.Fetcher, u URL, opt ingest.Options) (Fetched, []ingest.Document, []ingest.FeedItem, []Failure) {
	res := Fetched{URL: u.URL}
	resp, err := f.Get(ctx, u.URL, u.Validators)
	if err != nil {
		res.Err = err
		return res, nil, nil, []Failure{{Stage: "ingest", Source: u.URL, Err: err}}
	}
	res.Validators, res.NotModified = resp.Validators, resp.NotModified
	if resp.NotModified {
		res.Feed = true // only feeds are asked with validators
		return res, nil, nil, nil
	}
	if ingest.IsFeed(resp.Body) {
		feed, err := ingest.ParseFeed(resp.Body, resp.URL)
		if err != nil {
			res.Err = err
			return res, nil, nil, []Failure{{Stage: "ingest", Source: u.URL, Err: err}}
		}
		res.Feed, res.Title, res.Items = true, feed.Title, len(feed.Items)
		return res, nil, feed.Items, nil
	}
	var docs []ingest.Document
	var fails []Failure
	for d, err := range ingest.ReadResponse(u.URL, resp, opt) {
		if err != nil {
			fails = append(fails, ingestFailure(err))
			continue
		}
		docs = append(docs, d)
	}
	return res, docs, nil, fails
}

// item is a feed item to fetch and the feed it came from.
type item struct {
	ingest.FeedItem
	feed int
}

// newItems lists the feeds' items not known yet, each once, and counts
// them on their feeds.
func newItems(feeds [][]ingest.FeedItem, out []Fetched, known func([]string) (map[string]bool, error)) ([]item, error) {
	var items []item
	seen := map[string]bool{}
	var ids []string
	for i, its := range feeds {
		for _, it := range its {
			id := ingest.URLID(it.Link)
			if !seen[id] {
				seen[id] = true
				items = append(items, item{it, i})
				ids = append(ids, id)
			}
		}
	}
	if known != nil && len(ids) > 0 {
		have, err := known(ids)
		if err != nil {
			return nil, err
		}
		items = slices.DeleteFunc(items, func(it item) bool { return have[ingest.URLID(it.Link)] })
	}
	for _, it := range items {
		out[it.feed].New++
	}
	return items, nil
}

// fetchItems fetches the items' pages on the pool.
func fetchItems(ctx context.Context, f *ingest.Fetcher, items []item, opt Options) ([]ingest.Document, []Failure) {
	docs := make([][]ingest.Document, len(items))
	fails := make([][]Failure, len(items))
	tick := opt.ticker(len(items))
	Each(ctx, opt.workers()*2, len(items), func(i int) { // mostly waiting on the network
		_, d, _, fl := fetchOne(ctx, f, URL{URL: items[i].Link}, opt.Ingest)
		for k := range d {
			if d[k].Title == "" {
				d[k].Title = items[i].Title
			}
			if d[k].Published.IsZero() {
				d[k].Published = items[i].Published
			}
		}
		docs[i], fails[i] = d, fl
		tick()
	})
	var all []ingest.Document
	var failures []Failure
	for i := range items {
		all = append(all, docs[i]...)
		failures = append(failures, fails[i]...)
	}
	return all, failures
}

// IsRobots reports whether a failure is a page robots.txt forbids.
func IsRobots(f Failure) bool { return errors.Is(f.Err, ingest.ErrRobots) }
