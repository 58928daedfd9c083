package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
)

// The cue regexps of cues.go are slow on long lines, and a page has
// hundreds of lines. Most lines hold none of the words a cue needs, so each
// regexp gets a cheap guard: the lower-case strings one of which every
// match must contain, worked out from the regexp itself. A line without any
// of them skips that regexp. The guards are built once and only read.

// needs is a guard: a match contains one of these strings. A nil guard
// lets every line through.
type needs []string

// guard computes the needs of a regexp.
func guard(re *regexp.Regexp) needs {
	if re == nil {
		return nil
	}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	set, ok := required(tree.Simplify())
	if !ok {
		return nil
	}
	return set
}

// required returns strings one of which every match of re contains; ok is
// false when there are none to rely on.
func required(re *syntax.Regexp) (set needs, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return needs{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCharClass:
		if r, ok := caseLetter(re.Rune); ok {
			return needs{string(r)}, true
		}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
		}
		return set, true
	case syntax.OpConcat:
		return requiredConcat(re.Sub)
	}
	return nil, false
}

// requiredConcat joins runs of literals and keeps the most telling needs
// of a sequence: the set whose shortest string is longest.
func requiredConcat(subs []*syntax.Regexp) (needs, bool) {
	var best needs
	bestLen := 0
	consider := func(s needs) {
		if l := shortest(s); l > bestLen {
			best, bestLen = s, l
		}
	}
	run := ""
	for _, sub := range subs {
		s, ok := required(sub)
		if ok && len(s) == 1 && (sub.Op == syntax.OpLiteral || sub.Op == syntax.OpCharClass) {
			run += s[0]
			continue
		}
		if run != "" {
			consider(needs{run})
			run = ""
		}
		if ok {
			consider(s)
		}
	}
	if run != "" {
		consider(needs{run})
	}
	return best, best != nil
}

func shortest(s needs) int {
	n := -1
	for _, x := range s {
		if n < 0 || len(x) < n {
			n = len(x)
		}
	}
	return n
}

// caseLetter recognises a class that is one letter in either case.
func caseLetter(class []rune) (rune, bool) {
	var rs []rune
	for i := 0; i+1 < len(class); i += 2 {
		for r := class[i]; r <= class[i+1]; r++ {
			rs = append(rs, r)
			if len(rs) > 3 {
				return 0, false
			}
		}
	}
	if len(rs) == 0 {
		return 0, false
	}
	low := unicode.ToLower(rs[0])
	for _, r := range rs[1:] {
		if unicode.ToLower(r) != low {
			return 0, false
		}
	}
	return low, true
}

// met reports whether a lower-cased line can match.
func (n needs) met(low string) bool {
	if n == nil {
		return true
	}
	for _, s := range n {
		if strings.Contains(low, s) {
			return true
		}
	}
	return false
}

// guardedCue is a cue of cues.go with the guards of its regexps.
type guardedCue struct {
	cue
	whole, part needs
}

var (
	guardedCues   = guardCues()
	datelineNeeds = guard(dateline)
	dateTextNeeds = guard(dateText)
	crumbSepNeeds = guard(crumbSep)
	coreCut       = " .!:;·•|-–—»›>"
)

func guardCues() []guardedCue {
	out := make([]guardedCue, len(cues))
	for i, c := range cues {
		out[i] = guardedCue{cue: c, whole: guard(c.Whole), part: guard(c.Part)}
	}
	return out
}

// fastCruftReason gives the same answer as cruftReason, skipping the
// regexps a line cannot match.
func fastCruftReason(s string, words int) string {
	low := strings.ToLower(s)
	core := strings.TrimRight(strings.TrimSpace(s), coreCut)
	for _, c := range guardedCues {
		if c.Whole != nil && c.whole.met(low) && c.Whole.MatchString(core) {
			return c.Reason
		}
		if c.Part != nil && words <= c.MaxWords && c.part.met(low) && c.Part.MatchString(s) {
			return c.Reason
		}
	}
	if crumbSepNeeds.met(low) && isBreadcrumb(s) {
		return "breadcrumb"
	}
	if datelineNeeds.met(low) && dateline.MatchString(core) || dateTextNeeds.met(low) && dateText.MatchString(core) {
		return "timestamp"
	}
	return ""
}
