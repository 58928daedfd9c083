package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestNameWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"post-footer relatedPosts", []string{"post", "footer", "related", "posts"}},
		{"entry_content", []string{"entry", "content"}},
		{"  ", nil},
		{"ShareBar2", []string{"share", "bar2"}},
	}
	for _, tt := range tests {
		if got := nameWords(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

const samplePage = `<html><head><title>Rivers rise</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Rivers rise after a week of rain</h1>
<div class="entry-content">
<p>The river rose by two metres overnight, and the town council closed the old bridge before dawn on Tuesday.</p>
<p>Residents on the lower streets were asked to move their cars to higher ground, the council said in a statement.</p>
<h2>What comes next</h2>
<p>Forecasters expect the rain to ease by Thursday, but the ground is saturated and the water will be slow to fall.</p>
<p>Engineers will inspect the bridge once the level drops below the warning mark, which could take several days.</p>
</div>
<div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>
<div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Storm damage in the valley</a></li><li><a href="/b">Flood defences to be upgraded</a></li></ul></div>
</article></main>
<footer><p>Copyright 2024 The Town Paper. All rights reserved.</p></footer>
</body></html>`

func TestFromHTMLSample(t *testing.T) {
	a, err := FromHTML([]byte(samplePage), Hints{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The river rose by two metres overnight, and the town council closed the old bridge before dawn on Tuesday.",
		"Residents on the lower streets were asked to move their cars to higher ground, the council said in a statement.",
		"What comes next",
		"Forecasters expect the rain to ease by Thursday, but the ground is saturated and the water will be slow to fall.",
		"Engineers will inspect the bridge once the level drops below the warning mark, which could take several days.",
	}
	if got := strings.Split(a.Text, "\n\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("Text =\n%s", a.Text)
	}
	if h := a.Headings(); len(h) != 1 || h[0] != "What comes next" {
		t.Errorf("Headings = %q", h)
	}
	if a.Title != "Rivers rise after a week of rain" {
		t.Errorf("Title = %q", a.Title)
	}
}

func TestCleanParagraphs(t *testing.T) {
	lines := []line{
		{text: "Rivers rise after a week of rain", kind: Heading},
		{text: "The river rose by two metres overnight, and the council closed the bridge."},
		{text: "Sign up for our newsletter to get the news in your inbox"},
		{text: "This article is for informational purposes only and does not constitute legal advice."},
	}
	got := cleanParagraphs(lines, "Rivers rise after a week of rain")
	want := []string{"headline", "", "newsletter", "disclaimer"}
	for i, l := range got {
		if l.reason != want[i] {
			t.Errorf("%q: reason %q, want %q", l.text, l.reason, want[i])
		}
	}
}

func TestFromHTMLDeterministic(t *testing.T) {
	a, _ := FromHTML([]byte(samplePage), Hints{})
	for i := 0; i < 5; i++ {
		b, _ := FromHTML([]byte(samplePage), Hints{})
		if !reflect.DeepEqual(a, b) {
			t.Fatal("FromHTML is not deterministic")
		}
	}
}

// A publish time in the meta tags is kept to the minute, in UTC; a
// date alone is kept to the day.
func TestPublishedMeta(t *testing.T) {
	for _, tc := range []struct{ meta, want string }{
		{`<meta property="article:published_time" content="2026-03-09T07:40:00+01:00">`, "2026-03-09T06:40:00Z"},
		{`<meta itemprop="datePublished" content="2026-03-09T07:40+01:00">`, "2026-03-09T06:40:00Z"},
		{`<meta property="article:published_time" content="2026-03-09">`, "2026-03-09T00:00:00Z"},
		{`<meta property="article:published_time" content="next Tuesday">`, "0001-01-01T00:00:00Z"},
	} {
		page := strings.Replace(samplePage, "<title>", tc.meta+"<title>", 1)
		a, err := FromHTML([]byte(page), Hints{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format(time.RFC3339); got != tc.want {
			t.Errorf("%s: published %s, want %s", tc.meta, got, tc.want)
		}
	}
}
