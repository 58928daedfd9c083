// Package storetest is the conformance suite of store.Store: every
// implementation runs it from its own tests.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

// Run runs the suite; open returns an empty store each time it is called.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	t.Run("PutIdempotent", func(t *testing.T) { testPut(t, open(t)) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("Report", func(t *testing.T) { testReport(t, open(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open(t)) })
	t.Run("Feeds", func(t *testing.T) { testFeeds(t, open(t)) })
	t.Run("ClusterStates", func(t *testing.T) { testStates(t, open(t)) })
	t.Run("Analyses", func(t *testing.T) { testAnalyses(t, open(t)) })
}

// Article makes an article with id and text.
func Article(id, title, text string, published time.Time) store.Article {
	return store.Article{
		Doc: ingest.Document{ID: id, Source: id + ".html", URL: "https://example.org/" + id, Format: ingest.HTML,
			Body:  []byte("<html><title>" + title + "</title><p>" + text + "</p><p>Subscribe now</p></html>"),
			Title: title, Site: "example.org", Published: published, Charset: "utf-8", Notes: []string{"a note"}},
		Extracted: extract.Article{Title: title, Text: text, Published: published, Site: "example.org",
			Blocks:  []extract.Block{{Kind: extract.Body, Start: 0, End: len(text)}},
			Removed: []extract.Removed{{Text: "Subscribe now", Reason: "call to action"}}},
	}
}

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func testPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("a", "Dockers end strike", "Dock workers agreed on Sunday to end the strike.", t0)
	b := Article("b", "Council votes tram", "The council voted on Tuesday to build a tram line.", t0.Add(time.Hour))
	copyOfA := Article("a-copy", "Dockers end strike", a.Extracted.Text, t0)
	got, err := s.Put(ctx, []store.Article{a, b, copyOfA, a})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Outcome{store.Added, store.Added, store.Kept, store.Kept}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("first put: %v, want %v", got, want)
	}
	a2 := Article("a", "Dockers end strike", "Dock workers agreed late on Sunday to end the strike.", t0)
	if got, err = s.Put(ctx, []store.Article{a, a2}); err != nil || fmt.Sprint(got) != "[kept updated]" {
		t.Errorf("second put: %v %v, want [kept updated]", got, err)
	}
	if n, err := s.Count(ctx); err != nil || n != 2 {
		t.Errorf("count = %d %v, want 2", n, err)
	}
	v, _ := s.Version(ctx)
	if _, err := s.Put(ctx, []store.Article{a2}); err != nil {
		t.Fatal(err)
	}
	if v2, err := s.Version(ctx); err != nil || v2 != v {
		t.Errorf("version %d after storing nothing new, was %d (%v)", v2, v, err)
	}
	has, err := s.Has(ctx, []string{"a", "b", "zz"})
	if err != nil || !has["a"] || !has["b"] || has["zz"] {
		t.Errorf("has = %v %v", has, err)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("x1", "Talks in Moscow", "The talks lasted five hours, an aide said.", t0)
	if _, err := s.Put(ctx, []store.Article{a}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "x1")
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Doc.Body) != string(a.Doc.Body) || got.Extracted.Text != a.Extracted.Text ||
		len(got.Extracted.Removed) != 1 || got.Extracted.Removed[0] != a.Extracted.Removed[0] ||
		!got.Doc.Published.Equal(t0) || got.Doc.Site != "example.org" || got.Doc.Notes[0] != "a note" ||
		got.Extracted.Blocks[0] != a.Extracted.Blocks[0] || got.Added.IsZero() || got.Hash == "" {
		t.Errorf("round trip changed the article:\n got %+v\nwant %+v", got, a)
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing article: %v, want ErrNotFound", err)
	}
	all, err := s.Articles(ctx)
	if err != nil || len(all) != 1 || all[0].Doc.ID != "x1" || all[0].Doc.Body != nil || all[0].Extracted.Text != a.Extracted.Text {
		t.Errorf("articles = %v %v", len(all), err)
	}
}

func testReport(t *testing.T, s store.Store) {
	ctx := context.Background()
	pub := func(t time.Time) *string { s := t.Format(time.RFC3339); return &s }
	r := report.Report{Version: 1,
		Articles: []report.Article{
			{ID: "a", Site: "one.example", Published: pub(t0)},
			{ID: "b", Site: "two.example", Published: pub(t0.Add(48 * time.Hour))},
			{ID: "c", Site: "one.example", Published: pub(t0.Add(time.Hour))},
		},
		Stories: []report.Story{
			{ID: "st:a", Title: "Strike ends", Articles: []string{"a", "b"},
				Conflicts: []report.Conflict{{Kind: "numeric", Slot: "duration"}}},
			{ID: "st:c", Title: "Tram vote", Articles: []string{"c"}},
		},
		Entities: []report.Entity{
			{ID: "e:mayor", Name: "Ana Ruiz", Articles: []string{"a", "c"},
				Descriptors: []report.Descriptor{{Text: "mayor", Articles: []string{"a", "c"}}}},
			{ID: "e:union", Name: "Dock Union", Articles: []string{"b"}},
		},
		Quotes: []report.Quote{{Text: "We won", Article: "b", SpeakerName: "Ana Ruiz",
			Evidence: report.Evidence{Article: "b", Start: 4, End: 10}}, {Text: "Trams now", Article: "c"}, {Text: "Good", Article: "a"}},
	}
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetReport(ctx, r); err != nil {
		t.Fatal(err)
	}
	if v1, err := s.Version(ctx); err != nil || v1 <= v0 {
		t.Errorf("version %d after a new report, was %d (%v)", v1, v0, err)
	}
	list := func(q store.StoryQuery) string {
		sts, err := s.Stories(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, st := range sts {
			ids = append(ids, fmt.Sprintf("%s/%d/%d/%d", st.ID, st.Articles, st.Sources, st.Conflicts))
		}
		return strings.Join(ids, " ")
	}
	for _, tt := range []struct {
		q    store.StoryQuery
		want string
	}{
		{store.StoryQuery{}, "st:a/2/2/1 st:c/1/1/0"},
		{store.StoryQuery{Order: store.MostDisputed}, "st:a/2/2/1 st:c/1/1/0"},
		{store.StoryQuery{Since: t0.Add(24 * time.Hour)}, "st:a/2/2/1"},
		{store.StoryQuery{Limit: 1, Offset: 1}, "st:c/1/1/0"},
	} {
		if got := list(tt.q); got != tt.want {
			t.Errorf("stories %+v = %q, want %q", tt.q, got, tt.want)
		}
	}
	st, err := s.Story(ctx, "st:a")
	if err != nil || st.Title != "Strike ends" || len(st.Conflicts) != 1 {
		t.Errorf("story = %+v %v", st, err)
	}
	if _, err := s.Story(ctx, "st:zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing story: %v, want ErrNotFound", err)
	}
	sr, err := s.StoryReport(ctx, "st:a")
	if err != nil || len(sr.Stories) != 1 || len(sr.Articles) != 2 || len(sr.Entities) != 2 || len(sr.Quotes) != 2 ||
		sr.Quotes[0].Text != "We won" || fmt.Sprint(sr.Entities[0].Articles) != "[a]" {
		t.Errorf("story report = %+v %v", sr, err)
	}
	if _, err := s.StoryReport(ctx, "st:zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing story report: %v, want ErrNotFound", err)
	}
	if en, err := s.Entity(ctx, "e:mayor"); err != nil || len(en.Articles) != 2 {
		t.Errorf("entity = %+v %v", en, err)
	}
	if m, err := s.Marks(ctx, "b"); err != nil || len(m) != 1 || m[0].Start != 4 || fmt.Sprint(m[0].Labels) != "[quote: Ana Ruiz]" {
		t.Errorf("marks of b = %+v %v", m, err)
	}
	if m, err := s.Marks(ctx, "a"); err != nil || m == nil || len(m) != 0 {
		t.Errorf("marks of a = %#v %v, want none", m, err)
	}
	if id, err := s.StoryOf(ctx, "b"); err != nil || id != "st:a" {
		t.Errorf("story of b = %q %v", id, err)
	}
	if _, err := s.StoryOf(ctx, "zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("story of a missing article: %v, want ErrNotFound", err)
	}
	if _, err := s.Entity(ctx, "e:zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing entity: %v, want ErrNotFound", err)
	}
	if a, err := s.Analysed(ctx, "b"); err != nil || a.Site != "two.example" {
		t.Errorf("analysed = %+v %v", a, err)
	}
	testReportAgain(t, s, r)
	if err := s.SetReport(ctx, report.Report{Version: 1}); err != nil {
		t.Fatal(err)
	}
	if got := list(store.StoryQuery{}); got != "" {
		t.Errorf("stories after an empty report: %q", got)
	}
	if known, err := s.KnownStories(ctx); err != nil || len(known) != 0 {
		t.Errorf("known stories after an empty report: %v %v", known, err)
	}
}

// testReportAgain stores r again (the version stays), then r with one
// story changed, an article moved and a quote gone: the store holds the
// new report, and its stories by fingerprint.
func testReportAgain(t *testing.T, s store.Store, r report.Report) {
	ctx := context.Background()
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetReport(ctx, r); err != nil {
		t.Fatal(err)
	}
	if v1, err := s.Version(ctx); err != nil || v1 != v0 {
		t.Errorf("version %d after the same report, was %d (%v)", v1, v0, err)
	}
	r.Stories = []report.Story{r.Stories[0], {ID: "st:c", Title: "Tram vote lost", Articles: []string{"b", "c"}}}
	r.Stories[0].Articles = []string{"a"}
	r.Quotes = r.Quotes[1:]
	r.Fingerprints = map[string]string{"st:a": "fa", "st:c": "fc"}
	if err := s.SetReport(ctx, r); err != nil {
		t.Fatal(err)
	}
	if v2, err := s.Version(ctx); err != nil || v2 <= v0 {
		t.Errorf("version %d after a changed report, was %d (%v)", v2, v0, err)
	}
	if st, err := s.Story(ctx, "st:c"); err != nil || st.Title != "Tram vote lost" {
		t.Errorf("changed story = %+v %v", st, err)
	}
	if id, err := s.StoryOf(ctx, "b"); err != nil || id != "st:c" {
		t.Errorf("story of the moved article = %q %v", id, err)
	}
	if sr, err := s.StoryReport(ctx, "st:c"); err != nil || len(sr.Quotes) != 1 || sr.Quotes[0].Text != "Trams now" {
		t.Errorf("quotes of the changed story = %+v %v", sr.Quotes, err)
	}
	known, err := s.KnownStories(ctx)
	if err != nil || len(known) != 2 || known["fa"].ID != "st:a" || known["fc"].Title != "Tram vote lost" {
		t.Errorf("known stories = %+v %v", known, err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	arts := []store.Article{
		Article("a", "Dockers end strike", "Dock workers agreed on Sunday to end the strike at the port.", t0),
		Article("b", "Council votes", "The council voted to build a tram line to the port; the strike was not discussed.", t0),
		Article("c", "Café reopens", "The café on the harbour reopened after the strike.", t0),
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	ids := func(q string) string {
		hits, err := s.Search(ctx, q, 10, 0)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.ID)
		}
		return strings.Join(out, " ")
	}
	if got := ids("strike"); !strings.HasPrefix(got, "a ") || len(got) != 5 {
		t.Errorf("strike: %q, want all three, a (in its title) first", got)
	}
	if got := ids("strike port"); got != "a b" {
		t.Errorf("strike port: %q", got)
	}
	if got := ids(`"tram line"`); got != "b" {
		t.Errorf("phrase: %q", got)
	}
	if got := ids("cafe"); got != "c" {
		t.Errorf("diacritics: %q", got)
	}
	for _, q := range []string{`strike" OR`, `NEAR(a b)`, `*`, `col:x`, `"unclosed`} {
		if _, err := s.Search(ctx, q, 10, 0); err != nil && !strings.Contains(err.Error(), "no words") {
			t.Errorf("query %q reads as syntax: %v", q, err)
		}
	}
	hits, _ := s.Search(ctx, "tram", 10, 0)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, store.MarkStart+"tram"+store.MarkEnd) {
		t.Errorf("snippet does not mark the word: %+v", hits)
	}
	if _, err := s.Search(ctx, "  ", 10, 0); err == nil {
		t.Error("an empty query gives no error")
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.Feed(ctx, "https://a.example/feed"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown feed: %v, want ErrNotFound", err)
	}
	f := store.Feed{URL: "https://a.example/feed", Title: "A", Checked: t0, Failures: 2, Error: "HTTP 503",
		Validators: ingest.Validators{ETag: `"v1"`, LastModified: "Mon, 02 Nov 2026 09:30:00 GMT"}}
	for _, x := range []store.Feed{f, {URL: "https://0.example/rss"}, f} {
		if err := s.SetFeed(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Feed(ctx, f.URL)
	if err != nil || got != f {
		t.Errorf("feed = %+v %v, want %+v", got, err, f)
	}
	all, err := s.Feeds(ctx)
	if err != nil || len(all) != 2 || all[0].URL != "https://0.example/rss" {
		t.Errorf("feeds = %+v %v", all, err)
	}
}

func testStates(t *testing.T, s store.Store) {
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	state := func(d int, digest string) cluster.Saved {
		return cluster.Saved{Day: day(d), Digest: digest, Copies: map[string]string{"b": "a"},
			Closed: []cluster.SavedStory{{Number: d, Articles: []string{"a", "b"}, Events: [][]string{{"a"}, {"b"}}}},
			Counts: cluster.DocFreq{N: d, DF: map[string]int{"w:tram": d}}}
	}
	if _, err := s.ClusterState(ctx, day(1)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown state: %v, want ErrNotFound", err)
	}
	if err := s.SetClusterStates(ctx, nil, []cluster.Saved{state(3, "x"), state(1, "y"), state(2, "v")}); err != nil {
		t.Fatal(err)
	}
	// Day 2 is kept, day 3 replaced, day 1 dropped; a key whose digest is
	// not the stored one keeps nothing.
	keep := []store.StateKey{{Day: day(2), Digest: "v"}, {Day: day(1), Digest: "other"}}
	if err := s.SetClusterStates(ctx, keep, []cluster.Saved{state(3, "z"), state(4, "w")}); err != nil {
		t.Fatal(err)
	}
	keys, err := s.ClusterStates(ctx)
	want := []store.StateKey{{Day: day(2), Digest: "v"}, {Day: day(3), Digest: "z"}, {Day: day(4), Digest: "w"}}
	if err != nil || !reflect.DeepEqual(keys, want) {
		t.Errorf("states = %v %v, want %v", keys, err, want)
	}
	got, err := s.ClusterState(ctx, day(3))
	if err != nil || !reflect.DeepEqual(got, state(3, "z")) {
		t.Errorf("state = %+v %v, want %+v", got, err, state(3, "z"))
	}
}

func testAnalyses(t *testing.T, s store.Store) {
	ctx := context.Background()
	saved := func(id, digest string) store.SavedAnalysis {
		return store.SavedAnalysis{AnalysisKey: store.AnalysisKey{Article: id, Digest: digest}, Data: []byte(id + "/" + digest)}
	}
	if err := s.SetAnalyses(ctx, nil, []store.SavedAnalysis{saved("a", "1"), saved("b", "1"), saved("c", "1")}); err != nil {
		t.Fatal(err)
	}
	// a is kept, b replaced, c dropped (its key names another digest).
	keep := []store.AnalysisKey{{Article: "a", Digest: "1"}, {Article: "c", Digest: "2"}}
	if err := s.SetAnalyses(ctx, keep, []store.SavedAnalysis{saved("b", "2"), saved("d", "1")}); err != nil {
		t.Fatal(err)
	}
	keys := []store.AnalysisKey{{Article: "a", Digest: "1"}, {Article: "b", Digest: "1"}, {Article: "b", Digest: "2"},
		{Article: "c", Digest: "1"}, {Article: "d", Digest: "1"}, {Article: "e", Digest: "1"}}
	got, err := s.Analyses(ctx, keys)
	want := map[string][]byte{"a": []byte("a/1"), "b": []byte("b/2"), "d": []byte("d/1")}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("analyses = %q %v, want %q", got, err, want)
	}
	if err := s.SetAnalyses(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Analyses(ctx, keys); err != nil || len(got) != 0 {
		t.Errorf("analyses after dropping all = %q %v", got, err)
	}
}
