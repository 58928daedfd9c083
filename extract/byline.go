package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefix matches the word that introduces an author, in the languages
// crosscheck reads most.
var bylinePrefix = re(`^(?:by|written by|words by|story by|report(?:ed)? by|text by|from|author|authors|posted by|von|par|por|di|door|av|autor|автор)\s*:?\s+`)

// roleWords end a name in a byline: "by James Carter Senior News Editor".
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`senior junior staff news editor editors reporter reporters correspondent
		correspondents writer writers contributor contributors contributing columnist analyst producer
		chief managing associate deputy political editorial assistant executive freelance special
		foreign bureau desk digital investigative national international business sports science health
		technology tech culture features feature opinion guest author journalist journalists photographer
		intern head director lead principal global economics economy markets politics world breaking
		trending researcher fellow professor host anchor presenter commentator blogger team staffer
		updated published posted photos photo video edited reviewed fact-checked verified`) {
		roleWords[w] = true
	}
}

// nameStops end a name without saying what follows.
var nameStops = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "for": true,
	"from": true, "on": true, "of": true, "with": true, "via": true}

// nameParticles may appear in lower case inside a name.
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "al": true,
	"bin": true, "da": true, "di": true, "la": true, "le": true, "del": true, "dos": true, "du": true, "ter": true, "ten": true, "y": true}

// bylineSep ends the name part of a byline.
var bylineSep = regexp.MustCompile(`\s*(?:[,|·•–—/(]| - )\s*`)

// parseByline returns the author names of a byline line ("By Jane Doe and
// John Roe, Reuters" → "Jane Doe and John Roe"), or "" if the line is not a
// byline. Without a "By" prefix the names must be followed by a role, an
// outlet after a separator, or a date.
// maxBylineWords is the longest byline without a "By" before it:
// "Jane Smith, Chief Political Correspondent, The Daily Telegraph".
const maxBylineWords = 12

func parseByline(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 160 {
		return ""
	}
	rest, prefixed := s, false
	if loc := bylinePrefix.FindStringIndex(s); loc != nil {
		rest, prefixed = s[loc[1]:], true
	}
	head := rest
	tail := ""
	if loc := bylineSep.FindStringIndex(rest); loc != nil {
		head, tail = rest[:loc[0]], rest[loc[1]:]
	}
	names, roleAfter := nameRun(head)
	if n := len(strings.Fields(names)); n == 0 || (n == 1 && !(prefixed && len(strings.Fields(s)) <= 4)) {
		return ""
	}
	if prefixed && !roleAfter && tail == "" && strings.TrimSpace(head) != names {
		// "By Tuesday the talks had ended" is a sentence, not a byline.
		return ""
	}
	if !prefixed && !roleAfter && !looksLikeRole(tail) {
		return ""
	}
	if !prefixed && len(strings.Fields(s)) > maxBylineWords {
		// "Lo Presti, 52, head of Mafia clans in …, was found dead" is a sentence.
		return ""
	}
	if allUpper(names) {
		names = titleCase(names)
	}
	return names
}

// nameRun reads capitalised name tokens (several names joined by "and" or
// "&") from the start of s; roleAfter reports a job-title word after them.
func nameRun(s string) (names string, roleAfter bool) {
	toks := strings.Fields(s)
	var out []string
	inName := 0 // tokens of the current name
	for i, t := range toks {
		lt := strings.ToLower(strings.Trim(t, ".,:;"))
		next := nameFollows(toks[i+1:])
		switch {
		case (lt == "and" || lt == "&") && inName >= 1 && next:
			out = append(out, lt)
			inName = 0
		case inName > 0 && nameParticles[lt] && next:
			out = append(out, t)
		case roleWords[lt] && !(inName == 0 && isNameToken(t) && !isRoleOnly(toks[i:])):
			return strings.Join(out, " "), len(out) > 0
		case nameStops[lt] && inName > 0:
			return strings.Join(out, " "), false
		case isNameToken(t) && inName < 4:
			out = append(out, strings.TrimRight(t, ",;:"))
			inName++
		default:
			return strings.Join(out, " "), false
		}
	}
	return strings.Join(out, " "), false
}

// nameFollows reports a name token after any name particles ("de la Cruz").
func nameFollows(toks []string) bool {
	for _, t := range toks {
		if !nameParticles[strings.ToLower(t)] {
			return isNameToken(t)
		}
	}
	return false
}

// isRoleOnly reports whether the remaining tokens are all role words, so a
// capitalised "Staff" at the start is a role, not a name.
func isRoleOnly(toks []string) bool {
	for _, t := range toks {
		if !roleWords[strings.ToLower(strings.Trim(t, ".,:;"))] {
			return false
		}
	}
	return true
}

// isNameToken: "James", "O'Neil", "J.", "Jean-Luc", "McDonald".
func isNameToken(t string) bool {
	t = strings.TrimRight(t, ",;:")
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range t[size:] {
		if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func looksLikeRole(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if dateText.MatchString(strings.TrimRight(s, ". ")) || dateline.MatchString(s) {
		return true
	}
	for _, t := range strings.Fields(s) {
		if roleWords[strings.ToLower(strings.Trim(t, ".,:;"))] {
			return true
		}
	}
	return false
}

func allUpper(s string) bool {
	hasLetter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		hasLetter = hasLetter || unicode.IsLetter(r)
	}
	return hasLetter
}

func titleCase(s string) string {
	toks := strings.Fields(strings.ToLower(s))
	for i, t := range toks {
		if t == "and" || nameParticles[t] {
			continue
		}
		r, size := utf8.DecodeRuneInString(t)
		toks[i] = string(unicode.ToUpper(r)) + t[size:]
	}
	return strings.Join(toks, " ")
}
