package analyze

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// nameKey is the form under which two spellings of one name meet:
// lower case, without accents, periods or a leading "the", with the
// transliteration variants of Slavic surnames folded ("Zelenskyy",
// "Zelenskiy" and "Zelensky" all give "zelensky").
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
		case r == '’' || r == '\'':
			b.WriteByte('\'')
		case unicode.IsSpace(r) || r == '-' || r == '‑':
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	words := strings.Fields(b.String())
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for i, w := range words {
		words[i] = foldVariant(w)
	}
	return strings.Join(words, " ")
}

// foldVariant folds common transliteration endings: -yy, -iy, -ii → -y.
func foldVariant(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, suf := range []string{"yy", "iy", "ii", "yi"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-2] + "y"
		}
	}
	return w
}

// slug makes an id part from a name: "Vladimir Putin" → "vladimir-putin".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// acronym returns the initials of a multi-word name, skipping function
// words: "Institute for the Study of War" → "ISW".
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "for", "and", "&", "on", "in", "de", "des", "du", "la", "le":
			continue
		}
		b.WriteRune(unicode.ToUpper(firstRune(w)))
	}
	return b.String()
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// lastName returns the key of a person's last name as written — so
// "Marta Okonkwo-Lind" ends in "okonkwo lind", "Martin Luther King Jr."
// in "king" — and whether the name has words before it.
func lastName(name string) (key string, full bool) {
	f := strings.Fields(name)
	for len(f) > 1 && generational[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return "", false
	}
	return nameKey(f[len(f)-1]), len(f) > 1
}

var generational = setOf("jr", "sr", "ii", "iii", "iv")

// oneWord reports whether a name is written as one word ("Putin",
// "Okonkwo-Lind").
func oneWord(name string) bool { return len(strings.Fields(name)) == 1 }
