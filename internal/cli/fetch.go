package cli

import (
	"cmp"
	"errors"
	"flag"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/store"
)

const fetchHelp = `URLs are fetched politely: at most --per-host requests at once to one
host, nothing robots.txt forbids, and after a failure (no answer, 429,
5xx) nothing more from that host until a backoff has passed that doubles
with each failure (or the Retry-After the server asked for). A URL that
is an RSS, Atom or JSON feed gives the pages of its items; items stored
already are not fetched again, and the feed itself is asked for with the
ETag and Last-Modified of its last version (a conditional GET).`

// fetchFlags are the politeness flags of ingest and watch.
type fetchFlags struct {
	perHost      int
	ignoreRobots bool
	backoff      time.Duration
}

func (f *fetchFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.perHost, "per-host", 2, "requests at once to one host")
	fs.BoolVar(&f.ignoreRobots, "ignore-robots", false, "do not read robots.txt (only for servers you run)")
	fs.DurationVar(&f.backoff, "backoff", 30*time.Second, "wait after a host's first failure, doubled for each next one (at most 1h)")
}

func (f *fetchFlags) fetcher(opt ingest.Options) *ingest.Fetcher {
	return ingest.NewFetcher(opt, ingest.Politeness{PerHost: f.perHost, Backoff: f.backoff, IgnoreRobots: f.ignoreRobots})
}

// storeFlags are the flags of the commands that fetch into the store.
type storeFlags struct {
	in        inputFlags
	db        dbFlag
	ff        fetchFlags
	lf        logFlags
	reanalyse bool
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.reanalyse, "reanalyse", false, "analyse and reconcile every stored article again (after an upgrade), even if nothing new came")
	f.in.register(fs)
	f.db.register(fs)
	f.ff.register(fs)
	f.lf.register(fs)
}

// splitURLs separates http(s) URLs from paths.
func splitURLs(args []string) (paths, urls []string) {
	for _, a := range args {
		if ingest.IsURL(a) {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	return paths, urls
}

// fetchURLs fetches pages and feeds with the validators the store keeps
// for them, skips feed items it holds, extracts what came, and records
// each feed's state. It logs one line a URL.
func fetchURLs(e env, s store.Store, f *ingest.Fetcher, urls []string, opt pipeline.Options, log *slog.Logger) pipeline.Result {
	in := make([]pipeline.URL, len(urls))
	prev := make([]store.Feed, len(urls))
	for i, u := range urls {
		in[i].URL = u
		if fd, err := s.Feed(e.ctx, u); err == nil {
			in[i].Validators, prev[i] = fd.Validators, fd
		}
	}
	known := func(ids []string) (map[string]bool, error) { return s.Has(e.ctx, ids) }
	docs, fetched, fails := pipeline.Fetch(e.ctx, f, in, pipeline.FetchOptions{Options: opt, Known: known})
	res := pipeline.ExtractDocs(e.ctx, docs, opt)
	res.Failures = append(fails, res.Failures...)
	now := time.Now()
	for i, x := range fetched {
		logFetched(log, x)
		if !x.Feed && prev[i].URL == "" {
			continue // a page, or a URL never read as a feed
		}
		fd := store.Feed{URL: x.URL, Title: cmp.Or(x.Title, prev[i].Title), Validators: x.Validators, Checked: now}
		if x.Err != nil {
			fd.Validators, fd.Failures, fd.Error = prev[i].Validators, prev[i].Failures+1, x.Err.Error()
		}
		if err := s.SetFeed(e.ctx, fd); err != nil {
			res.Failures = append(res.Failures, pipeline.Failure{Stage: "store", Source: x.URL, Err: err})
		}
	}
	return res
}

func logFetched(log *slog.Logger, x pipeline.Fetched) {
	var be *ingest.BackoffError
	switch {
	case errors.As(x.Err, &be):
		log.Warn("skipped: host in backoff", "url", x.URL, "until", be.Until.UTC().Format(time.RFC3339))
	case x.Err != nil:
		// a failure: the caller reports it, once, with its stage
	case x.NotModified:
		log.Info("feed not modified", "url", x.URL)
	case x.Feed:
		log.Info("feed read", "url", x.URL, "title", x.Title, "items", x.Items, "new", x.New)
	default:
		log.Debug("page read", "url", x.URL)
	}
}

// mergeResults joins the results of local sources and URLs, sorted as
// one run would sort them.
func mergeResults(a, b pipeline.Result) pipeline.Result {
	a.Articles = append(a.Articles, b.Articles...)
	a.Failures = append(a.Failures, b.Failures...)
	a.Duplicates = append(a.Duplicates, b.Duplicates...)
	slices.SortStableFunc(a.Articles, func(x, y pipeline.Extracted) int { return strings.Compare(x.Doc.ID, y.Doc.ID) })
	return a
}
