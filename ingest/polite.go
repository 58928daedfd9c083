package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// Politeness is how a Fetcher treats the servers it reads. The zero value
// is ready to use.
type Politeness struct {
	PerHost      int           // requests at once to one host; 0 means 2
	Backoff      time.Duration // the wait after a host's first failure, doubled for each next one; 0 means 30 s
	MaxBackoff   time.Duration // the longest wait; 0 means 1 h
	IgnoreRobots bool          // do not read robots.txt (for servers of your own)
}

// Validators are what a server said to identify a version of a page, sent
// back to ask for it only if it changed (a conditional GET).
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a page a Fetcher got.
type Response struct {
	URL         string // after redirects
	ContentType string
	Body        []byte // nil when NotModified
	NotModified bool   // 304: the page is as it was when the validators were given
	Validators  Validators
}

// ErrRobots is returned for a URL the host's robots.txt forbids.
var ErrRobots = errors.New("robots.txt disallows it")

// BackoffError is returned, without a request, while a host is waiting
// out its failures.
type BackoffError struct {
	Host  string
	Until time.Time
}

func (e *BackoffError) Error() string {
	return fmt.Sprintf("%s failed recently: waiting until %s", e.Host, e.Until.UTC().Format(time.RFC3339))
}

// Fetcher fetches pages politely: at most PerHost requests at once to a
// host, never a path the host's robots.txt forbids to crosscheck, and
// after a failure (an error, 429 or 5xx) nothing to that host until its
// backoff has passed (or the Retry-After it asked for). It is safe for
// concurrent use.
type Fetcher struct {
	opt    Options
	pol    Politeness
	client *http.Client
	now    func() time.Time

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what a Fetcher knows about one scheme://host.
type host struct {
	slots    chan struct{}
	robots   *robotstxt.Group // nil: everything allowed
	robotsOK bool             // robots.txt was read (or could not be)
	robotsMu sync.Mutex
	failures int
	until    time.Time
}

// NewFetcher makes a Fetcher.
func NewFetcher(opt Options, pol Politeness) *Fetcher {
	if pol.PerHost <= 0 {
		pol.PerHost = 2
	}
	if pol.Backoff <= 0 {
		pol.Backoff = 30 * time.Second
	}
	if pol.MaxBackoff <= 0 {
		pol.MaxBackoff = time.Hour
	}
	return &Fetcher{opt: opt, pol: pol, client: client(opt), now: time.Now, hosts: map[string]*host{}}
}

func (f *Fetcher) host(u *url.URL) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := u.Scheme + "://" + u.Host
	h := f.hosts[key]
	if h == nil {
		h = &host{slots: make(chan struct{}, f.pol.PerHost)}
		f.hosts[key] = h
	}
	return h
}

// Get fetches a URL. With validators it asks for the page only if it
// changed, and a 304 gives a Response with NotModified set.
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Response{}, fmt.Errorf("not an http(s) URL: %q", rawURL)
	}
	h := f.host(u)
	if err := f.waiting(u, h); err != nil {
		return Response{}, err
	}
	if !f.pol.IgnoreRobots && !f.allowed(ctx, u, h) {
		return Response{}, ErrRobots
	}
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return Response{}, ctx.Err()
	}
	resp, retryAfter, err := f.do(ctx, u.String(), v)
	<-h.slots
	f.record(h, err, retryAfter)
	return resp, err
}

// waiting fails while the host's backoff lasts.
func (f *Fetcher) waiting(u *url.URL, h *host) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.now().Before(h.until) {
		return &BackoffError{Host: u.Host, Until: h.until}
	}
	return nil
}

// record starts or lengthens a host's backoff after a failure and ends it
// after a success. A missing page (4xx but 429) is not the host failing.
func (f *Fetcher) record(h *host, err error, retryAfter time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		h.failures, h.until = 0, time.Time{}
		return
	}
	if !hostFailed(err) {
		return
	}
	wait := f.pol.Backoff << min(h.failures, 20)
	h.failures++
	wait = min(max(wait, retryAfter), f.pol.MaxBackoff)
	h.until = f.now().Add(wait)
}

// hostFailed tells a host's failure (no answer, 429, 5xx) from a page's
// (404 and the like) and from our own cancellation.
func hostFailed(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests
	}
	return !errors.Is(err, context.Canceled)
}

// StatusError is an HTTP answer other than 2xx or 304.
type StatusError struct {
	Code   int
	Status string
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// do sends one GET and reads the body within the size limit.
func (f *Fetcher) do(ctx context.Context, rawURL string, v Validators) (Response, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.timeout())
	defer cancel()
	req, err := newGet(ctx, rawURL, f.opt,
		"application/rss+xml,application/atom+xml,application/feed+json,text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	if err != nil {
		return Response{}, 0, err
	}
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Response{}, 0, err
	}
	defer resp.Body.Close()
	out := Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.Validators == (Validators{}) {
			out.Validators = v
		}
		return out, 0, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, retryAfter(resp.Header.Get("Retry-After"), f.now()), &StatusError{resp.StatusCode, resp.Status}
	}
	out.Body, err = readAll(resp.Body, f.opt.maxBytes())
	return out, 0, err
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(s string, now time.Time) time.Duration {
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(s); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// allowed reads the host's robots.txt once and asks it about u. A
// robots.txt that cannot be read allows everything (a 5xx one is read as
// "come back later" by some crawlers; a news site's outage should not
// stop a fact-check, and the backoff already slows us down).
func (f *Fetcher) allowed(ctx context.Context, u *url.URL, h *host) bool {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if !h.robotsOK {
		h.robotsOK = true
		robotsURL := u.Scheme + "://" + u.Host + "/robots.txt"
		resp, _, err := f.do(ctx, robotsURL, Validators{})
		var se *StatusError
		switch {
		case err == nil:
			if data, perr := robotstxt.FromBytes(resp.Body); perr == nil {
				h.robots = data.FindGroup(f.opt.userAgent())
			}
		case errors.As(err, &se) && (se.Code == http.StatusUnauthorized || se.Code == http.StatusForbidden):
			h.robots = disallowAll
		}
	}
	if h.robots == nil {
		return true
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return h.robots.Test(path)
}

// disallowAll is the rule for a host whose robots.txt is forbidden to us.
var disallowAll = func() *robotstxt.Group {
	d, _ := robotstxt.FromBytes([]byte("User-agent: *\nDisallow: /\n"))
	return d.FindGroup("*")
}()

// ReadResponse reads the documents of a fetched page as Read reads a URL.
func ReadResponse(source string, resp Response, opt Options) iter.Seq2[Document, error] {
	o := origin{source: source, id: URLID(source), url: resp.URL, contentType: resp.ContentType}
	return named(source, readBody(bytes.NewReader(resp.Body), o, opt))
}
