package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromText classifies the lines of a plain-text article. The headline
// becomes Title, the byline's names become Byline, boilerplate and captions
// go to Removed with their reason, and the dek, headings and body make up
// Text. A line printed twice in a row is kept once.
func FromText(text string, h Hints) Article {
	lines := classify(paragraphs(text), h)
	a := Article{URL: h.URL, Site: h.Site, Title: h.Title, Published: h.Published}
	var b builder
	for _, l := range lines {
		switch l.kind {
		case Headline:
			if a.Title == "" {
				a.Title = l.text
			}
		case Byline:
			if a.Byline == "" {
				a.Byline = parseByline(l.text)
			}
			a.Removed = append(a.Removed, Removed{Text: l.text, Reason: "byline"})
		case Boilerplate, Caption:
			a.Removed = append(a.Removed, Removed{Text: l.text, Reason: l.reason})
		default:
			b.add(l.kind, l.text)
		}
		if a.Published.IsZero() && (l.reason == "timestamp" || l.kind == Byline) {
			if t, ok := findDate(l.text); ok {
				a.Published = t
			}
		}
	}
	b.done(&a)
	a.Language = detectLanguage(a.Text)
	return a
}

// paragraphs splits text into paragraphs: one a line, except that lines
// wrapped inside a sentence ("…it feels\nlike you can…") are joined again.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []string
	for _, group := range strings.Split(text, "\n\n") {
		var lines []string
		for _, l := range strings.Split(group, "\n") {
			if l = cleanSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		out = append(out, joinWrapped(lines)...)
	}
	return out
}

// joinWrapped joins the lines of one blank-line-separated group where a line
// break falls inside a sentence. When most breaks of the group do, the
// group is a hard-wrapped paragraph and is joined whole.
func joinWrapped(lines []string) []string {
	if len(lines) < 2 {
		return lines
	}
	soft := 0
	for i := 1; i < len(lines); i++ {
		if softBreak(lines[i-1], lines[i]) {
			soft++
		}
	}
	if 2*soft >= len(lines)-1 && soft > 0 {
		return []string{strings.Join(lines, " ")}
	}
	out := []string{lines[0]}
	for _, l := range lines[1:] {
		if last := out[len(out)-1]; softBreak(last, l) {
			out[len(out)-1] = last + " " + l
		} else {
			out = append(out, l)
		}
	}
	return out
}

// softBreak reports a line break in mid-sentence: the next line starts in
// lower case, or the line ends with a comma or a hyphen.
func softBreak(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if isBullet(next) {
		return false
	}
	return unicode.IsLower(first) && !endsSentence(prev) || last == ',' || (last == '-' && !strings.HasSuffix(prev, " -"))
}

// cleanSpace trims a line and folds runs of spaces and tabs into one space.
func cleanSpace(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\t\u00a0  ") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// endsSentence reports terminal punctuation, looking through closing quotes
// and brackets: `He left.”` ends a sentence, `Peace Push Fizzles”` does not.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

func isBullet(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("•·▪◦‣●■□–—*-", r) {
		return true
	}
	// "1." "2)" "a)"
	rest := s[size:]
	for len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
		rest = rest[1:]
	}
	return unicode.IsDigit(r) && (strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, ") "))
}
