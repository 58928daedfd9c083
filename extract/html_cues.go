package extract

import "strings"

// boilerWords are class and id words that name page furniture around an
// article, mapped to the reason recorded when it is removed. They are the
// words web templates use everywhere, not the names of one site. Read only.
var boilerWords = map[string]string{
	"nav": "navigation", "navbar": "navigation", "navigation": "navigation", "menu": "navigation",
	"megamenu": "navigation", "submenu": "navigation", "dropdown": "navigation",
	"breadcrumb": "navigation", "breadcrumbs": "navigation", "pagination": "navigation", "toc": "navigation",
	"footer": "footer",
	"header": "header", "banner": "header", "logo": "header",
	"comment": "comment", "comments": "comment", "thread": "comment",
	"related": "related-links", "recommended": "related-links", "carousel": "related-links", "swiper": "related-links",
	"sidebar": "sidebar",
	"share":   "share-prompt", "sharing": "share-prompt", "social": "share-prompt",
	"newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
	"ad": "advertisement", "ads": "advertisement", "advert": "advertisement", "sponsored": "advertisement",
	"promo": "advertisement", "cta": "advertisement",
	"modal": "popup", "popup": "popup", "cookie": "popup",
	"author": "byline", "byline": "byline", "bio": "byline", "avatar": "byline", "meta": "byline",
	"tag": "tags", "tags": "tags",
	"testimonial": "testimonial",
}

// boilerStems name furniture inside longer class and id words
// ("articleDisclaimer", "commentlist"); matched anywhere in the value.
var boilerStems = []struct{ stem, reason string }{
	{"disclaim", "disclaimer"}, {"recommend", "related-links"}, {"comment", "comment"},
	{"footer", "footer"}, {"testimon", "testimonial"}, {"author", "byline"},
}

// pageCues are cruft families that the text-line cues leave to the page
// extractor: legal small print and the author box under an article.
var pageCues = []cue{
	{Reason: "disclaimer", Part: re(`\bfor (?:general )?(?:informational|information|educational) purposes only\b|\bdoes not constitute (?:\w+ )?advice\b|\b(?:is|are) not intended (?:to|as) (?:be )?(?:a substitute|replace|provide|constitute)\b|\bshould not be (?:construed|relied upon|considered|used) as\b|\b(?:consult|seek the advice of) (?:a|an|your) (?:qualified|licensed|professional|financial|tax|legal|medical)\b|\bpast performance (?:is|does) not\b|\b(?:contains?|may contain|includes?) affiliate links?\b|\b(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?commission\b|\bregistered trademarks? (?:of|owned by)\b|\binvesting (?:is subject to|involves) risks?\b`), MaxWords: 150},
}

// pageCueReason names the page cruft family of a line, or "".
func pageCueReason(s string, words int) string {
	low := strings.ToLower(s)
	for i, c := range pageCues {
		if words <= c.MaxWords && pageCueNeeds[i].met(low) && c.Part.MatchString(s) {
			return c.Reason
		}
	}
	return ""
}

var pageCueNeeds = func() []needs {
	out := make([]needs, len(pageCues))
	for i, c := range pageCues {
		out[i] = guard(c.Part)
	}
	return out
}()
