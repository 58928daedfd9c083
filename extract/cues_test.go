package extract

import (
	"strings"
	"testing"
)

func TestCruftReason(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Home » world » Putin, Kushner & Witkoff: No Ukraine Peace Deal After Talks", "breadcrumb"},
		{"News | Sport | Weather | Culture", "breadcrumb"},
		{"12 Comments", "comment-prompt"},
		{"Join the conversation", "comment-prompt"},
		{"What do you think? Let us know in the comments below.", "comment-prompt"},
		{"You might also like", "related-links"},
		{"READ MORE: Ferry fares to rise in April", "related-links"},
		{"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "spam-notice"},
		{"It looks like you're using an ad blocker. Please whitelist our site.", "adblock-notice"},
		{"Share on WhatsApp", "share-prompt"},
		{"Sign up for our free daily newsletter", "newsletter"},
		{"This website uses cookies to ensure you get the best experience.", "cookie-notice"},
		{"Subscribe now to keep reading", "paywall"},
		{"ADVERTISEMENT", "advertisement"},
		{"Follow us on Telegram", "social-follow"},
		{"Copyright 2024 Example Media Ltd", "copyright"},
		{"(© 2016 KHOU)", "copyright"},
		{"(Copyright 2016 WXYZ)", "copyright"},
		{"Topics: Economy, Trade", "tags"},
		{"Last updated: 2 hours ago", "timestamp"},
		{"Thursday, 4 July 2024", "timestamp"},
		{"3 min read", "reading-time"},
		{"Image: Getty Images", "caption"},
		{"Download our free app", "promo"},
		{"(Additional reporting by Ana Ruiz)", "credits"},
		// Body lines that mention the same words must stay.
		{"The minister declined to comment on the report.", ""},
		{"He shared his thoughts with reporters after the meeting.", ""},
		{"The newsletter was first published in 1985.", ""},
		{"These cookies use brown butter and sea salt.", ""},
		{"The service is available to subscribers in ten countries.", ""},
		{"Copyright law in the EU changed in 2019.", ""},
		{"Published in 2019, the report found that costs had doubled.", ""},
		{"The company's share price fell 4% on Monday.", ""},
		{"Comments made by the minister drew criticism from the opposition.", ""},
	}
	for _, tt := range tests {
		if got := cruftReason(tt.in, len(strings.Fields(tt.in))); got != tt.want {
			t.Errorf("cruftReason(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
