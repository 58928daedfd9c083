package report

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/extract"
)

// credit is the newsroom an article's copyright line names, lower case:
// "khou" for "(© 2016 KHOU)", "associated press" for "Copyright 2016 The
// Associated Press. All rights reserved." It is "" when the article has
// no such line, or the line names a company that owns many newsrooms
// ("Cox Media Group", "Nexstar Broadcasting, Inc."), which says nothing of
// who wrote the story.
func credit(a extract.Article) string {
	for _, r := range a.Removed {
		if r.Reason == "copyright" {
			if c := creditOf(r.Text); c != "" {
				return c
			}
		}
	}
	return ""
}

var (
	creditLine = regexp.MustCompile(`(?i)^\(?\s*(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(.+)$`)
	creditEnd  = regexp.MustCompile(`(?i)\s[-–—|]\s|[(),.;|]|\ball rights\b`)
	// ownerWords name a company rather than a newsroom.
	ownerWords = strings.Fields("media group broadcasting corporation corp inc llc ltd plc communications company holdings television radio network networks newspapers publishing digital interactive enterprises division")
)

// creditOf reads the newsroom out of a copyright line; "" if there is
// none or it names a company.
func creditOf(line string) string {
	m := creditLine.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	name := m[1]
	if loc := creditEnd.FindStringIndex(name); loc != nil {
		name = name[:loc[0]]
	}
	name = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "the ")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 || !strings.ContainsFunc(name, unicode.IsLetter) {
		return ""
	}
	for _, w := range words {
		if slices.Contains(ownerWords, w) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// syndicated finds, among a story's articles, copies of one newsroom's
// story on several outlets' sites: the articles whose credit names a
// newsroom the articles of two or more outlets credit ("© 2016 KHOU" on
// wfaa.com and on 12newsnow.com), by id. Those count as one source, the
// newsroom. A credit only one outlet carries is most often its own name,
// and changes nothing.
func syndicated(in []Input, idx []int, outlets map[string]string) map[string]string {
	credits := map[string]string{}
	carriers := map[string]map[string]bool{}
	for _, i := range idx {
		c := credit(in[i].Article)
		if c == "" {
			continue
		}
		credits[in[i].ID] = c
		if carriers[c] == nil {
			carriers[c] = map[string]bool{}
		}
		who := outlets[in[i].ID]
		if who == "" {
			who = "article:" + in[i].ID
		}
		carriers[c][who] = true
	}
	for id, c := range credits {
		if len(carriers[c]) < 2 {
			delete(credits, id)
		}
	}
	return credits
}
