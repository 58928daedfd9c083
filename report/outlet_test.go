package report

import (
	"testing"

	"github.com/crosscheck/crosscheck/extract"
)

// An outlet is the domain its owner registered, so two sections of one
// newspaper are one source and two blogs on one host are two.
func TestOutlet(t *testing.T) {
	for _, tc := range []struct {
		a    extract.Article
		want string
	}{
		{extract.Article{URL: "https://homicides.suntimes.com/x"}, "suntimes.com"},
		{extract.Article{URL: "https://www.suntimes.com/y"}, "suntimes.com"},
		{extract.Article{Site: "www.BBC.co.uk"}, "bbc.co.uk"},
		{extract.Article{URL: "https://alice.blogspot.com/p"}, "alice.blogspot.com"},
		{extract.Article{Site: "Reuters"}, "reuters"},
		{extract.Article{Site: "The Daily Star"}, "the daily star"},
		{extract.Article{URL: "http://127.0.0.1:8080/a"}, "127.0.0.1"},
		{extract.Article{URL: "http://localhost/a"}, "localhost"},
		{extract.Article{}, ""},
	} {
		if got := outlet(tc.a); got != tc.want {
			t.Errorf("outlet(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}

// An article is shown by its site, else its URL's domain, else its id,
// and marked when it copies another.
func TestLabel(t *testing.T) {
	of := "wire-1"
	for _, tc := range []struct {
		a    Article
		want string
	}{
		{Article{ID: "a", Site: "The Coastal Times"}, "The Coastal Times"},
		{Article{ID: "b", URL: "https://homicides.suntimes.com/x"}, "suntimes.com"},
		{Article{ID: "c"}, "c"},
		{Article{ID: "d", Site: "The Baltic Post", NearDuplicateOf: &of}, "The Baltic Post (copy)"},
	} {
		if got := tc.a.Label(); got != tc.want {
			t.Errorf("Label(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}
