package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one paragraph of a plain-text article with its class.
type line struct {
	text   string
	words  int
	kind   Kind
	reason string // why a Boilerplate or Caption line was removed
}

func (l line) removed() bool { return l.kind == Boilerplate || l.kind == Caption }

// classify assigns a class to every paragraph, in passes: cruft by cue,
// lines repeated in a row, cruft zones (comments, related links), then the
// head of the article (headline, byline, dek) and its section headings.
func classify(paras []string, h Hints) []line {
	lines := make([]line, len(paras))
	for i, p := range paras {
		lines[i] = line{text: p, words: len(strings.Fields(p))}
		if r := fastCruftReason(p, lines[i].words); r != "" {
			lines[i].kind, lines[i].reason = Boilerplate, r
			if r == "caption" {
				lines[i].kind = Caption
			}
		}
	}
	markRepeats(lines)
	markZones(lines)
	body := markHead(lines, h)
	markHeadings(lines, body)
	return lines
}

// markRepeats removes a line identical to the one before it.
func markRepeats(lines []line) {
	for i := 1; i < len(lines); i++ {
		if !lines[i].removed() && !lines[i-1].removed() && sameText(lines[i].text, lines[i-1].text) {
			lines[i].kind, lines[i].reason = Boilerplate, "duplicate"
		}
	}
}

func sameText(a, b string) bool {
	return strings.EqualFold(cleanSpace(a), cleanSpace(b))
}

// markZones extends a cruft header to the short lines that follow it: the
// links under "You may also like", the comments under "Comments" once the
// article is mostly told.
func markZones(lines []line) {
	total, seen := 0, 0
	for _, l := range lines {
		total += l.words
	}
	for i := 0; i < len(lines); i++ {
		seen += lines[i].words
		l := lines[i]
		if l.kind != Boilerplate || l.words > 6 {
			continue
		}
		switch {
		case l.reason == "related-links":
			for j := i + 1; j < len(lines) && !lines[j].removed() && lines[j].words <= 20 && !endsSentence(lines[j].text); j++ {
				lines[j].kind, lines[j].reason = Boilerplate, "related-links"
			}
		case l.reason == "comment-prompt" && seen*10 >= total*7:
			for j := i + 1; j < len(lines) && !lines[j].removed(); j++ {
				lines[j].kind, lines[j].reason = Boilerplate, "comment"
			}
		}
	}
}

// markHead finds the headline, byline and dek at the top of the article and
// returns the index of the first body line.
func markHead(lines []line, h Hints) int {
	head := findHeadline(lines, h)
	i := 0
	if head >= 0 {
		lines[head].kind = Headline
		i = head + 1
	}
	// Bylines sit just above or below the headline.
	for j := max(0, head-2); j < min(len(lines), i+4); j++ {
		if !lines[j].removed() && lines[j].kind != Headline && parseByline(lines[j].text) != "" {
			lines[j].kind = Byline
		}
	}
	// Deks: up to two lines between the headline and the first body line.
	deks := 0
	for ; i < len(lines); i++ {
		l := &lines[i]
		if l.removed() || l.kind == Byline {
			continue
		}
		next := nextKept(lines, i)
		if head < 0 || deks == 2 || next < 0 || !isDek(*l, lines[next]) {
			break
		}
		l.kind = Dek
		deks++
	}
	return i
}

// findHeadline returns the index of the headline: the line equal to the
// title hint, else the first kept line if it is short enough to be one.
func findHeadline(lines []line, h Hints) int {
	if h.Title != "" {
		for i := 0; i < len(lines) && i < 8; i++ {
			if sameText(lines[i].text, h.Title) {
				return i
			}
		}
		return -1
	}
	for i, l := range lines {
		if l.removed() {
			continue
		}
		if parseByline(l.text) != "" {
			continue
		}
		if utf8.RuneCountInString(l.text) <= 300 && l.words <= 50 && nextKept(lines, i) >= 0 && !isLeadSentence(lines, i) {
			return i
		}
		return -1
	}
	return -1
}

// isLeadSentence: a long line ending in a full stop is the first sentence
// of the body, not a headline (text scraped without its title) — unless
// it is printed twice, the way pages echo their title as the lead.
func isLeadSentence(lines []line, i int) bool {
	l := lines[i]
	echoed := i+1 < len(lines) && lines[i+1].reason == "duplicate"
	return l.words >= 15 && !echoed && strings.HasSuffix(strings.TrimRight(l.text, "\"”’' "), ".")
}

// isDek: a standfirst is heading-like, or one short sentence that a much
// longer lead paragraph follows. A one-sentence lead on its own is body.
func isDek(l, next line) bool {
	if isHeadingLike(l) {
		return true
	}
	return utf8.RuneCountInString(l.text) <= 220 && sentenceCount(l.text) == 1 &&
		!strings.ContainsAny(l.text[:1], "\"“«'‘") && next.words >= 40 && 2*next.words >= 3*l.words
}

// markHeadings marks section headings among the lines after the head: short
// lines without final punctuation between body paragraphs. Runs of short
// lines are lists, not headings.
func markHeadings(lines []line, from int) {
	prevShort := false
	for i := from; i < len(lines); i++ {
		l := &lines[i]
		if l.removed() || l.kind != Body {
			continue
		}
		short := isHeadingLike(*l)
		next := nextKept(lines, i)
		if short && !prevShort && next >= 0 && !isHeadingLike(lines[next]) && !introducesList(*l, lines[next]) {
			l.kind = Heading
		}
		prevShort = short && l.kind != Heading
	}
}

// introducesList: "Its findings:" above a bulleted line is part of a list.
func introducesList(l, next line) bool {
	return strings.HasSuffix(l.text, ":") && isBullet(next.text)
}

func nextKept(lines []line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].removed() {
			return j
		}
	}
	return -1
}

// isHeadingLike: at most 20 words, no final period or comma, starting with
// a capital, a digit or a quote.
func isHeadingLike(l line) bool {
	if l.words == 0 || l.words > 20 || utf8.RuneCountInString(l.text) > 160 {
		return false
	}
	s := strings.TrimRight(l.text, " ")
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’»)]"))
	switch {
	case strings.ContainsRune(".,;…", last):
		return false
	case last == ':' && l.words > 5:
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if isBullet(s) && !unicode.IsDigit(first) {
		return false
	}
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"'“‘«¿¡", first)
}

// sentenceCount counts sentence ends: terminal punctuation followed by a
// space and a capital, plus the end of the line.
func sentenceCount(s string) int {
	n := 1
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}
