package web_test

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/crosscheck/crosscheck/internal/cli"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/internal/web"
	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
	"github.com/crosscheck/crosscheck/store/sqlite"
)

// requireBrowser, when set, turns a missing Chromium into a failure; .ci/run
// sets it after installing Debian's chromium.
const requireBrowser = "CROSSCHECK_REQUIRE_BROWSER"

var screenshots = flag.String("screenshots", "", "save the browser test's screenshots in this `directory` (default: a temporary one)")

// browser starts a headless Chromium, or skips the test without one.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv(requireBrowser) != "" {
			t.Fatal("no chromium on PATH (apt-get install -y chromium)")
		}
		t.Skip("no chromium on PATH; install it to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.WindowSize(1280, 1600), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	// Any script that ran and opened a dialog fails the test.
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			t.Errorf("a script ran: dialog %q", ev.Message)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return ctx
}

// serveDirs ingests inputs into a new store and serves it.
func serveDirs(t *testing.T, inputs ...string) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "cc.db")
	var out, errb strings.Builder
	args := append([]string{"ingest", "--quiet", "--db", db}, inputs...)
	if code := cli.Main(context.Background(), args, strings.NewReader(""), &out, &errb); code != cli.ExitOK {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srv, err := web.New(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, s
}

// screenshot saves what the window shows.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := *screenshots
	if dir == "" {
		dir = t.TempDir()
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// goldDispute is a disputed fact of the founding corpus's gold.
type goldDispute struct {
	Slot   string
	Values []struct {
		Value    string
		Articles []string
	}
}

func goldDisputes(t *testing.T) []goldDispute {
	b, err := os.ReadFile(testshared.Dir(t, "corpus/moscow-talks/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Events []struct {
			Facts []struct {
				goldDispute
				Status string
			}
		}
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	var out []goldDispute
	for _, e := range gold.Events {
		for _, f := range e.Facts {
			if f.Status == "disputed" {
				out = append(out, f.goldDispute)
			}
		}
	}
	return out
}

// TestBrowserStoryPage: on the founding corpus, the story page shows each
// disputed fact of the gold with both values and their sources, and a
// link from the evidence opens the article with that evidence marked.
func TestBrowserStoryPage(t *testing.T) {
	articles := testshared.Dir(t, "corpus/moscow-talks/articles")
	disputes := goldDisputes(t)
	ctx := browser(t)
	ts, s := serveDirs(t, articles)
	list, err := s.Stories(context.Background(), storeAll)
	if err != nil || len(list) == 0 {
		t.Fatalf("stories: %v %v", list, err)
	}
	for _, d := range disputes {
		st, c := findConflict(t, s, list, d.Slot)
		if c == nil {
			t.Errorf("no %s conflict stored", d.Slot)
			continue
		}
		sel := `//div[@class="conflict"][@data-slot="` + d.Slot + `"]`
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/stories/"+st.ID)); err != nil {
			t.Fatalf("story page: %v", err)
		}
		conflictText, err := chromedp.Run(ctx, chromedp.Text(chromedp.Search(sel)))
		if err != nil {
			t.Fatalf("story page: %v", err)
		}
		for _, gv := range d.Values {
			side := sideOf(c, gv.Value)
			if side == nil {
				t.Errorf("%s: the conflict has no side %s", d.Slot, gv.Value)
				continue
			}
			if !strings.Contains(conflictText, side.Display) {
				t.Errorf("%s: the page does not show the value %q:\n%s", d.Slot, side.Display, conflictText)
			}
			for _, a := range gv.Articles {
				if !strings.Contains(conflictText, a) {
					t.Errorf("%s: the page does not show source %s for %q", d.Slot, a, side.Display)
				}
			}
		}
		screenshot(t, ctx, "story-"+d.Slot+".png")

		// Follow the first evidence link of the conflict to its article.
		ev := c.Sides[0].Evidence[0]
		_, err = chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.Search(sel+`//cite/a`))))
		if err != nil {
			t.Fatalf("follow the evidence link: %v", err)
		}
		id, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		marked, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("evidence")))
		if err != nil {
			t.Fatalf("no marked evidence: %v", err)
		}
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("evidence").classList.contains("target")`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(id, "/articles/"+ev.Article) || !ok || !strings.Contains(ev.Sentence, marked) || marked == "" {
			t.Errorf("followed to %s: marked %q (target %v), want part of %q", id, marked, ok, ev.Sentence)
		}
		screenshot(t, ctx, "article-"+d.Slot+".png")
	}
}

// TestBrowserInert: an article carrying a script, event handlers and
// javascript: links runs nothing in a real browser.
func TestBrowserInert(t *testing.T) {
	ctx := browser(t)
	ts, s := serveDirs(t, filepath.Join("testdata", "hostile.jsonl"))
	story, err := s.StoryOf(context.Background(), "hostile")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/stories/" + story, "/articles/hostile", "/search?q=bridge"} {
		type inert struct {
			Pwned    bool `json:"pwned"`
			Scripts  int  `json:"scripts"`
			Handlers int  `json:"handlers"`
			JSLinks  int  `json:"jsLinks"`
			Images   int  `json:"images"`
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		res, err := chromedp.Run(ctx, chromedp.Evaluate[inert](`({
				pwned: window.pwned !== undefined,
				scripts: document.scripts.length,
				handlers: [...document.querySelectorAll("*")].filter(e => [...e.attributes].some(a => a.name.startsWith("on"))).length,
				jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
				images: document.images.length,
			})`))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if res.Pwned || res.Scripts+res.Handlers+res.JSLinks+res.Images > 0 {
			t.Errorf("%s is not inert: %+v", path, res)
		}
	}
	screenshot(t, ctx, "hostile-article.png")
}

func findConflict(t *testing.T, s *sqlite.DB, list []storeSummary, slot string) (report.Story, *report.Conflict) {
	t.Helper()
	for _, sum := range list {
		st, err := s.Story(context.Background(), sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i := range st.Conflicts {
			if st.Conflicts[i].Slot == slot {
				return st, &st.Conflicts[i]
			}
		}
	}
	return report.Story{}, nil
}

func sideOf(c *report.Conflict, value string) *report.FactValue {
	for i := range c.Sides {
		if c.Sides[i].Value == value {
			return &c.Sides[i]
		}
	}
	return nil
}

type storeSummary = store.StorySummary

var storeAll = store.StoryQuery{}
