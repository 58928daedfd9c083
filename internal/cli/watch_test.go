package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// newsSite is a loopback news site: a feed, article pages and a
// robots.txt that forbids one of them.
type newsSite struct {
	mu    sync.Mutex
	items []string // the feed's item slugs, newest last
	hits  map[string]int
	cond  int // conditional feed requests answered 304
}

func (s *newsSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /members/\n")
	case r.URL.Path == "/feed.xml":
		etag := fmt.Sprintf(`"%d"`, len(s.items))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.cond++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Alvena Daily</title>`)
		for i, slug := range s.items {
			fmt.Fprintf(w, `<item><title>Story %d</title><link>/%s</link><pubDate>Mon, 0%d Mar 2026 08:00:00 GMT</pubDate></item>`, i, slug, i+2)
		}
		fmt.Fprint(w, `</channel></rss>`)
	default:
		slug := strings.TrimPrefix(r.URL.Path, "/")
		fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><h1>Report on %s</h1>
<p>The council of Alvena met on Monday to discuss %s, officials said after a session that lasted three hours.</p>
<p>Members voted to publish the minutes of the meeting about %s within a week, according to the clerk.</p>
<p>Residents who attended asked questions about the budget and the timetable for %s.</p></article></body></html>`,
			slug, slug, slug, slug, slug)
	}
}

func (s *newsSite) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// TestWatchFeed: a feed's items are fetched once each (not what
// robots.txt forbids), the feed is asked for with its ETag, and a new
// item is all a later round fetches.
func TestWatchFeed(t *testing.T) {
	site := &newsSite{items: []string{"news/bridge", "news/tram", "members/minutes"}, hits: map[string]int{}}
	srv := httptest.NewServer(site)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "cc.db")
	feed := srv.URL + "/feed.xml"

	code, out, errs := run(t, "ingest", "--quiet", "--db", db, feed)
	if code != ExitPartial || !strings.Contains(out, "2 added") || !strings.Contains(errs, "robots.txt") {
		t.Fatalf("ingest feed: %d %q %q", code, out, errs)
	}
	if site.hit("/members/minutes") != 0 {
		t.Error("a page robots.txt forbids was fetched")
	}

	// Nothing new: the feed answers 304 and nothing else is fetched.
	code, _, errs = run(t, "watch", "--once", "--db", db, "--log-format", "json")
	if code != ExitOK || site.cond != 1 || !strings.Contains(errs, `"msg":"feed not modified"`) {
		t.Fatalf("watch, nothing new: %d, %d conditional hits, %s", code, site.cond, errs)
	}

	site.mu.Lock()
	site.items = append(site.items, "news/budget")
	site.mu.Unlock()
	code, _, errs = run(t, "watch", "--once", "--db", db, feed)
	if code != ExitOK || !strings.Contains(errs, "items=4") || !strings.Contains(errs, "added=1") || !strings.Contains(errs, "failed=0") {
		t.Fatalf("watch, one new item: %d %s", code, errs)
	}
	for _, p := range []string{"/news/bridge", "/news/tram", "/news/budget"} {
		if n := site.hit(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	code, out, _ = run(t, "search", "--db", db, "budget")
	if code != ExitOK || !strings.Contains(out, "Story 3") && !strings.Contains(out, "news/budget") {
		t.Errorf("the new item is not searchable: %q", out)
	}
}

func TestWatchUsage(t *testing.T) {
	for _, args := range [][]string{{"watch", "feed.xml"}, {"watch", "--every", "1ms", "https://a.example/feed"}} {
		if code, _, errs := run(t, args...); code != ExitUsage {
			t.Errorf("%v: %d %q", args, code, errs)
		}
	}
}

// TestWatchOnceFails: watch --once exits as ingest would when every feed
// fails, and logs each failure once.
func TestWatchOnceFails(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "cc.db")
	code, _, errs := run(t, "watch", "--once", "--quiet", "--db", db, srv.URL+"/nofeed.xml")
	if code != ExitFailed {
		t.Errorf("exit %d, want %d: %s", code, ExitFailed, errs)
	}
	if n := strings.Count(errs, "msg=failed"); n != 1 {
		t.Errorf("%d failure lines, want 1:\n%s", n, errs)
	}
}
