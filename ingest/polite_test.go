package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// counter counts the requests a test server gets, by path.
type counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *counter) add(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hits == nil {
		c.hits = map[string]int{}
	}
	c.hits[path]++
}

func (c *counter) get(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

func TestFetcherConditionalGet(t *testing.T) {
	var c counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.add(r.URL.Path)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Nov 2026 09:30:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte("<rss></rss>"))
	}))
	defer srv.Close()
	f := NewFetcher(Options{}, Politeness{})
	ctx := context.Background()
	first, err := f.Get(ctx, srv.URL+"/feed", Validators{})
	if err != nil || first.NotModified || string(first.Body) != "<rss></rss>" || first.Validators.ETag != `"v1"` {
		t.Fatalf("first = %+v %v", first, err)
	}
	second, err := f.Get(ctx, srv.URL+"/feed", first.Validators)
	if err != nil || !second.NotModified || second.Body != nil || second.Validators != first.Validators {
		t.Errorf("second = %+v %v", second, err)
	}
	if c.get("/feed") != 2 || c.get("/robots.txt") != 1 {
		t.Errorf("hits %v", c.hits)
	}
}

func TestFetcherRobots(t *testing.T) {
	var c counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.add(r.URL.Path)
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /private/\n\nUser-agent: crosscheck\nDisallow: /no-crosscheck/\n"))
			return
		}
		w.Write([]byte("page"))
	}))
	defer srv.Close()
	ctx := context.Background()
	f := NewFetcher(Options{}, Politeness{})
	for _, tt := range []struct {
		path    string
		allowed bool
	}{{"/news/1", true}, {"/private/2", true}, {"/no-crosscheck/3", false}} {
		_, err := f.Get(ctx, srv.URL+tt.path, Validators{})
		if tt.allowed != (err == nil) || !tt.allowed && !errors.Is(err, ErrRobots) {
			t.Errorf("%s: %v (allowed: %v)", tt.path, err, tt.allowed)
		}
	}
	// The group for crosscheck replaces the * group, so /private/ is ours
	// to read; the group for crosscheck forbids /no-crosscheck/.
	if c.get("/no-crosscheck/3") != 0 || c.get("/robots.txt") != 1 {
		t.Errorf("hits %v", c.hits)
	}
	if _, err := NewFetcher(Options{}, Politeness{IgnoreRobots: true}).Get(ctx, srv.URL+"/no-crosscheck/3", Validators{}); err != nil {
		t.Errorf("ignoring robots.txt: %v", err)
	}
}

func TestFetcherPerHostLimit(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		w.Write([]byte("page"))
	}))
	defer srv.Close()
	f := NewFetcher(Options{}, Politeness{PerHost: 2, IgnoreRobots: true})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), srv.URL+"/p", Validators{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() > 2 || most.Load() < 1 {
		t.Errorf("%d requests at once to one host, want at most 2", most.Load())
	}
}

func TestFetcherBackoff(t *testing.T) {
	var c counter
	var down atomic.Bool
	down.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.add(r.URL.Path)
		switch {
		case r.URL.Path == "/missing":
			http.NotFound(w, r)
		case down.Load():
			w.Header().Set("Retry-After", "120")
			http.Error(w, "busy", http.StatusServiceUnavailable)
		default:
			w.Write([]byte("page"))
		}
	}))
	defer srv.Close()
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	f := NewFetcher(Options{}, Politeness{Backoff: time.Minute, IgnoreRobots: true})
	f.now = func() time.Time { return now }
	ctx := context.Background()
	if _, err := f.Get(ctx, srv.URL+"/missing", Validators{}); err == nil {
		t.Fatal("a 404 is not an error")
	}
	_, err := f.Get(ctx, srv.URL+"/a", Validators{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 {
		t.Fatalf("503: %v", err)
	}
	// Retry-After (2 min) is longer than the first backoff (1 min).
	var be *BackoffError
	if _, err := f.Get(ctx, srv.URL+"/b", Validators{}); !errors.As(err, &be) || !be.Until.Equal(now.Add(2*time.Minute)) {
		t.Fatalf("during the backoff: %v", err)
	}
	if c.get("/b") != 0 {
		t.Error("a request went out during the backoff")
	}
	now = now.Add(2*time.Minute + time.Second)
	if _, err := f.Get(ctx, srv.URL+"/c", Validators{}); err == nil {
		t.Fatal("still down")
	}
	if _, err := f.Get(ctx, srv.URL+"/d", Validators{}); !errors.As(err, &be) || !be.Until.Equal(now.Add(2*time.Minute)) {
		t.Fatalf("second backoff (doubled to 2 min): %v", err)
	}
	down.Store(false)
	now = now.Add(time.Hour)
	if _, err := f.Get(ctx, srv.URL+"/e", Validators{}); err != nil {
		t.Fatalf("after the backoff: %v", err)
	}
	if _, err := f.Get(ctx, srv.URL+"/f", Validators{}); err != nil {
		t.Errorf("a success ends the backoff: %v", err)
	}
}

func TestParseFeed(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
<item><title>Strike ends</title><link>/2026/strike-ends</link><pubDate>Mon, 09 Mar 2026 07:00:00 +0100</pubDate></item>
<item><title>Again</title><link>https://news.example/2026/strike-ends#top</link></item>
<item><title>Bad</title><link>javascript:alert(1)</link></item>
<item><title>No link</title></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Tram vote</title><link href="https://wire.example/tram"/><updated>2026-03-10T12:00:00Z</updated></entry></feed>`
	for _, tt := range []struct {
		body, want string
	}{
		{rss, "Harbour News: https://news.example/2026/strike-ends Strike ends 2026-03-09T06:00:00Z"},
		{atom, "Wire: https://wire.example/tram Tram vote 2026-03-10T12:00:00Z"},
	} {
		if !IsFeed([]byte(tt.body)) {
			t.Errorf("not sniffed as a feed: %.40s", tt.body)
		}
		f, err := ParseFeed([]byte(tt.body), "https://news.example/feed.xml")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range f.Items {
			got = append(got, it.Link+" "+it.Title+" "+it.Published.Format(time.RFC3339))
		}
		if s := f.Title + ": " + strings.Join(got, " | "); s != tt.want {
			t.Errorf("got  %s\nwant %s", s, tt.want)
		}
	}
}

// FuzzParseFeed: no feed, however malformed, panics the parser.
func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="x"/></entry></feed>`))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://a.example/1"}]}`))
	f.Add([]byte("<rss><channel><item><link>\x00</link>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := ParseFeed(b, "https://base.example/feed")
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Errorf("item link %q", it.Link)
			}
		}
	})
}
