package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestGuard(t *testing.T) {
	tests := []struct {
		re   string
		want []string // all must be among the needs; nil: no guard
	}{
		{`(?i)\bshare (?:this|on)\b`, []string{"share "}},
		{`(?i)^(?:leave a reply|cancel reply)$`, []string{"leave a reply", "cancel reply"}},
		{`\d+ min`, []string{" min"}},
		{`(?i)^\w+$`, nil},
		{`(?i)colou?r`, []string{"colo"}},
	}
	for _, tt := range tests {
		got := guard(regexp.MustCompile(tt.re))
		if tt.want == nil {
			if got != nil {
				t.Errorf("guard(%q) = %q, want none", tt.re, got)
			}
			continue
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("guard(%q) = %q, want it to hold %q", tt.re, got, w)
			}
		}
	}
}

// TestFastCruftReasonAgrees checks the guarded cue test against the plain one.
func TestFastCruftReasonAgrees(t *testing.T) {
	lines := []string{
		"Leave a Reply", "Share this article on Facebook", "Related Stories",
		"Sign up for our free newsletter and get the news straight to your inbox",
		"Your email address will not be published. Required fields are marked *",
		"Advertisement", "Photo: Jane Doe/Reuters", "Home » World » Europe",
		"Published March 5, 2024 at 10:32 am", "5 min read", "© 2024 The Paper. All rights reserved.",
		"The river rose by two metres overnight, and the council closed the bridge before dawn.",
		"Tags: rivers, floods", "We use cookies to improve your experience",
		"What do you think? Let us know in the comments below.",
		"Él dijo que el puente se cerró temprano por la mañana.",
	}
	for _, l := range lines {
		w := len(strings.Fields(l))
		if got, want := fastCruftReason(l, w), cruftReason(l, w); got != want {
			t.Errorf("%q: fast %q, plain %q", l, got, want)
		}
	}
}
