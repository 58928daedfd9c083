package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval"
	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store/sqlite"
)

// newServer ingests the example and a hostile article into a new store
// and serves it.
func newServer(t *testing.T) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	return serveDirs(t, filepath.Join("..", "..", "examples", "harbour-strike"), filepath.Join("testdata", "hostile.jsonl"))
}

func get(t *testing.T, ts *httptest.Server, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func TestPages(t *testing.T) {
	ts, s := newServer(t)
	ctx := context.Background()
	story, err := s.StoryOf(ctx, "northern-ledger")
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Story(ctx, story)
	if err != nil {
		t.Fatal(err)
	}
	ev := firstEvidence(st)
	for _, tt := range []struct {
		path   string
		status int
		has    []string
	}{
		{"/", 200, []string{"Stories", `href="/stories/` + story + `"`}},
		{"/?order=disputed&page=1", 200, []string{"disputed"}},
		{"/?order=worst", 400, []string{"order: want newest"}},
		{"/?page=0", 400, []string{"page: want a whole number"}},
		{"/stories/" + story, 200, []string{"<h2>", "Articles", `href="/articles/northern-ledger"`}},
		{"/stories/s:nope", 404, []string{"not found"}},
		{"/articles/northern-ledger", 200, []string{`<mark class="ev"`, "Removed from the page"}},
		{"/articles/" + ev.Article + "?span=" + spanParam(ev), 200, []string{`<mark class="ev target" id="evidence"`}},
		{"/articles/northern-ledger?span=9-2", 400, []string{"span"}},
		{"/articles/nope", 404, nil},
		{"/search?q=strike", 200, []string{"<mark>"}},
		{"/search?q=", 200, []string{"Search"}},
		{"/entities/nope", 404, nil},
		{"/no/such/page", 404, []string{"<h1>404: not found</h1>"}},
		{"/api/v2/stories", 404, []string{`"error": "not found"`}},
		{"/api/v1/stories?limit=1", 200, []string{`"stories"`, `"next"`}},
		{"/api/v1/stories?order=sources", 200, []string{`"sources"`}},
		{"/api/v1/stories/" + story, 200, []string{`"events"`, `"conflicts"`}},
		{"/api/v1/stories/s:nope", 404, []string{`"error"`}},
		{"/api/v1/stories/" + story + "/report", 200, []string{`"entities"`}},
		{"/api/v1/articles/northern-ledger", 200, []string{`"text"`, `"story": "` + story + `"`}},
		{"/api/v1/search?q=strike&limit=1", 200, []string{`"matches"`, `"next"`}},
		{"/api/v1/search", 400, []string{`"error"`}},
		{"/api/v1/search?q=%01", 400, []string{"no words"}},
	} {
		status, h, body := get(t, ts, tt.path)
		if status != tt.status {
			t.Errorf("GET %s: status %d, want %d\n%.300s", tt.path, status, tt.status, body)
		}
		for _, want := range tt.has {
			if !strings.Contains(body, want) {
				t.Errorf("GET %s: no %q in\n%.2000s", tt.path, want, body)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("GET %s: Content-Security-Policy %q", tt.path, csp)
		}
	}
}

func firstEvidence(st report.Story) report.Evidence {
	for _, e := range st.Events {
		for _, f := range e.Facts {
			for _, v := range f.Values {
				for _, ev := range v.Evidence {
					return ev
				}
			}
		}
	}
	return report.Evidence{}
}

func spanParam(ev report.Evidence) string {
	b, _ := json.Marshal([]int{ev.Start, ev.End})
	return strings.ReplaceAll(strings.Trim(string(b), "[]"), ",", "-")
}

// TestAPIMirrorsStore: the API's story is the stored v1 story object and
// the list has the documented shape.
func TestAPIMirrorsStore(t *testing.T) {
	ts, s := newServer(t)
	_, _, body := get(t, ts, "/api/v1/stories")
	var list struct {
		Stories []struct {
			ID       string `json:"id"`
			Title    string `json:"title"`
			Articles int    `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Stories) == 0 {
		t.Fatalf("list: %v %s", err, body)
	}
	for _, item := range list.Stories {
		want, err := s.Story(context.Background(), item.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, _, got := get(t, ts, "/api/v1/stories/"+item.ID)
		wantJSON, _ := json.MarshalIndent(want, "", "  ")
		if strings.TrimSpace(got) != string(wantJSON) {
			t.Errorf("story %s: API differs from the store", item.ID)
		}
		if item.Articles != len(want.Articles) || item.Title != want.Title {
			t.Errorf("list item %+v, story has %d articles, title %q", item, len(want.Articles), want.Title)
		}
	}
}

// activeMarkup is markup that could run: a script or image tag, or a tag
// with an event handler or a javascript: link. The same words escaped as
// text are harmless.
var activeMarkup = regexp.MustCompile(`(?i)<(script|img|iframe|object|embed)|<[a-z][^>]*\s(on[a-z]+\s*=|href\s*=\s*["']?\s*javascript:)`)

// TestHostileArticleInert: markup in an article's text reaches every page
// as text.
func TestHostileArticleInert(t *testing.T) {
	ts, s := newServer(t)
	story, err := s.StoryOf(context.Background(), "hostile")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/stories/" + story, "/articles/hostile", "/search?q=pilots", "/api/v1/articles/hostile"} {
		status, _, body := get(t, ts, path)
		if status != 200 {
			t.Errorf("GET %s: %d", path, status)
		}
		if m := activeMarkup.FindString(body); m != "" {
			t.Errorf("GET %s carries %q", path, m)
		}
	}
	_, _, body := get(t, ts, "/articles/hostile")
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("the article's markup is not shown as text")
	}
}

func TestMethodsAndBodies(t *testing.T) {
	ts, _ := newServer(t)
	resp, err := ts.Client().Post(ts.URL+"/api/v1/stories", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
		!strings.Contains(string(body), `"error"`) {
		t.Errorf("POST: %d %s %s, want 405 with a JSON error", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
}

// TestCacheFollowsTheStore: an answer is kept only while the store does
// not change.
func TestCacheFollowsTheStore(t *testing.T) {
	ts, s := newServer(t)
	_, _, before := get(t, ts, "/api/v1/stories")
	_, _, again := get(t, ts, "/api/v1/stories")
	if before != again || !strings.Contains(before, `"id"`) {
		t.Fatalf("the same request, two answers:\n%s\n%s", before, again)
	}
	if err := s.SetReport(context.Background(), report.Report{Version: 1}); err != nil {
		t.Fatal(err)
	}
	if _, _, after := get(t, ts, "/api/v1/stories"); strings.Contains(after, `"id"`) {
		t.Errorf("the answer outlived the analysis it came from:\n%s", after)
	}
}

// TestGzip: answers are gzipped for clients that take it, plain for the
// others.
func TestGzip(t *testing.T) {
	ts, _ := newServer(t)
	for _, enc := range []string{"gzip", "identity"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/stories", nil)
		req.Header.Set("Accept-Encoding", enc)
		resp, err := ts.Client().Transport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		gz := resp.Header.Get("Content-Encoding") == "gzip"
		if gz != (enc == "gzip") || !gz && !strings.Contains(string(b), `"stories"`) {
			t.Errorf("Accept-Encoding %s: Content-Encoding %q, %.80q", enc, resp.Header.Get("Content-Encoding"), b)
		}
	}
}

// TestConcurrentRequests: a burst of requests at once, every one answered.
func TestConcurrentRequests(t *testing.T) {
	ts, s := newServer(t)
	story, err := s.StoryOf(context.Background(), "northern-ledger")
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/stories/" + story, "/articles/northern-ledger", "/search?q=strike",
		"/api/v1/stories", "/api/v1/stories/" + story, "/api/v1/search?q=dockers"}
	res := eval.RunLoad(context.Background(), ts.URL, paths, 400, 200)
	if res.Errors > 0 {
		t.Errorf("%d of %d requests failed; first: %s", res.Errors, res.Requests, res.FirstError)
	}
}
