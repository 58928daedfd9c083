package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// fetch GETs a URL with a timeout, a descriptive User-Agent and a bounded
// number of redirects. A status other than 2xx is an error.
func fetch(ctx context.Context, url string, opt Options) (io.ReadCloser, origin, error) {
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	req, err := newGet(ctx, url, opt, "text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,*/*;q=0.5")
	if err != nil {
		cancel()
		return nil, origin{}, err
	}
	resp, err := client(opt).Do(req)
	if err != nil {
		cancel()
		return nil, origin{}, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		resp.Body.Close()
		cancel()
		return nil, origin{}, &StatusError{resp.StatusCode, resp.Status}
	}
	o := origin{source: url, id: URLID(url), url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type")}
	return cancelCloser{resp.Body, cancel}, o, nil
}

// newGet makes a GET request that names crosscheck and says what it
// accepts.
func newGet(ctx context.Context, url string, opt Options, accept string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", opt.userAgent())
	req.Header.Set("Accept", accept)
	return req, nil
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return 30 * time.Second
}

func (o Options) userAgent() string {
	if o.UserAgent != "" {
		return o.UserAgent
	}
	return DefaultUserAgent
}

// errTooManyRedirects stops a redirect chain.
var errTooManyRedirects = errors.New("too many redirects")

func client(opt Options) *http.Client {
	max := opt.MaxRedirects
	if max <= 0 {
		max = 5
	}
	return &http.Client{CheckRedirect: func(_ *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("%w (more than %d)", errTooManyRedirects, max)
		}
		return nil
	}}
}

// cancelCloser ends the request's context when the body is closed.
type cancelCloser struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelCloser) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
