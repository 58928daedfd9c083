package reconcile

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/analyze"
)

// spelling is one way the sources write a person's name: the entity
// it names and the articles that write it so in full.
type spelling struct {
	id, name string
	value    *Value
	events   map[string]bool
}

// Spellings finds a person's name written two ways by different
// outlets of one event: "Akeilah Solomon" in two, "Akielah Solomon" in a
// third (kind and slot "name"). The two names differ in one word only,
// and that word by a slip of the pen (see misspelt); an article that
// also writes the other side's word anywhere ("Lamont Wilkerson" and,
// once, "Wilkson") is at odds with itself and takes no side; no outlet
// is on both sides; and the two sides' articles share an event. Only
// articles of a known outlet count: one article's slip says nothing of
// its outlet's spelling when its outlet is unknown.
func Spellings(srcs []Source) []Conflict {
	byName, words := spellingsOf(srcs)
	// Two names misspelt have the same initials (see misspelt): only
	// names of one bucket are compared.
	buckets := map[string][]string{}
	for n := range byName {
		k := initials(n)
		buckets[k] = append(buckets[k], n)
	}
	var out []Conflict
	for _, names := range buckets {
		slices.Sort(names)
		for i, a := range names {
			for _, b := range names[i+1:] {
				if c, ok := spelt(srcs, words, byName[a], byName[b]); ok {
					out = append(out, c)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Conflict) int { return cmp.Compare(a.Summary, b.Summary) })
	return out
}

// initials are the first letters of a name's words, folded.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(fold(w)); len(r) > 0 {
			b.WriteRune(r[0])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// spellingsOf collects the full names the articles of known outlets
// write of people, each with its articles, and each article's folded
// words.
func spellingsOf(srcs []Source) (byName map[string]*spelling, words map[string]map[string]bool) {
	byName = map[string]*spelling{}
	words = map[string]map[string]bool{}
	for _, s := range srcs {
		if s.Outlet == "" && s.Credit == "" {
			continue
		}
		words[s.ID] = foldedWords(s.Doc)
		for _, m := range s.Doc.Mentions {
			name := strings.Join(strings.Fields(m.Text(s.Doc.Text)), " ")
			if m.Type != analyze.Person || m.Entity < 0 || strings.Count(name, " ") == 0 {
				continue
			}
			id, _, ok := s.Entity(m.Entity)
			if !ok {
				continue
			}
			sp := byName[name]
			if sp == nil {
				sp = &spelling{id: id, name: name, value: &Value{Value: name, Display: name, Strong: true, Central: true}, events: map[string]bool{}}
				byName[name] = sp
			}
			if !slices.Contains(sp.value.Articles, s.ID) {
				sp.value.Articles = append(sp.value.Articles, s.ID)
				sp.value.Evidence = append(sp.value.Evidence, mentionEvidence(s, m.Span))
				if s.Event != "" {
					sp.events[s.Event] = true
				}
			}
		}
	}
	return byName, words
}

// foldedWords are the words of a text, folded (see fold).
func foldedWords(d *analyze.Doc) map[string]bool {
	out := map[string]bool{}
	for _, t := range d.Tokens {
		if t.Kind == analyze.Word {
			out[fold(t.Text(d.Text))] = true
		}
	}
	return out
}

// spelt makes the conflict of two spellings, if they are one name
// misspelt by one side.
func spelt(srcs []Source, words map[string]map[string]bool, a, b *spelling) (Conflict, bool) {
	wa, wb, ok := misspelt(a.name, b.name)
	if !ok || !shares(a.events, b.events) {
		return Conflict{}, false
	}
	sides := []Value{keepClean(*a.value, words, wb), keepClean(*b.value, words, wa)}
	if len(sides[0].Articles) == 0 || len(sides[1].Articles) == 0 || !disjoint(srcs, sides[0].Articles, sides[1].Articles) {
		return Conflict{}, false
	}
	origin := origins(srcs)
	for i := range sides {
		slices.Sort(sides[i].Articles)
		sides[i].Sources = countOrigins(origin, sides[i].Articles)
	}
	slices.SortFunc(sides, func(x, y Value) int { return cmp.Or(cmp.Compare(y.Sources, x.Sources), cmp.Compare(x.Value, y.Value)) })
	c := Conflict{Kind: "name", Slot: "name", Entity: a.id, Sides: sides}
	if sides[0].Value == b.name {
		c.Entity = b.id
	}
	c.Summary = fmt.Sprintf("Sources spell a name two ways: %s (%d) vs %s (%d)", sides[0].Display, sides[0].Sources, sides[1].Display, sides[1].Sources)
	return c, true
}

// keepClean keeps of a side the articles that never write other, the
// other side's word, and their evidence.
func keepClean(v Value, words map[string]map[string]bool, other string) Value {
	v.Articles = slices.DeleteFunc(slices.Clone(v.Articles), func(id string) bool { return words[id][other] })
	v.Evidence = slices.DeleteFunc(slices.Clone(v.Evidence), func(e Evidence) bool { return !slices.Contains(v.Articles, e.Article) })
	return v
}

// disjoint reports whether no independent source has articles on both
// sides: an outlet that writes both names is at odds with itself.
func disjoint(srcs []Source, a, b []string) bool {
	origins := map[string]int{}
	for _, s := range srcs {
		switch {
		case slices.Contains(a, s.ID):
			origins[s.origin()] |= 1
		case slices.Contains(b, s.ID):
			origins[s.origin()] |= 2
		}
	}
	for _, o := range origins {
		if o == 3 {
			return false
		}
	}
	return true
}

// misspelt reports whether two names are one name with one word
// misspelt, and returns that word of each, folded:
// the same number of words, all alike but one, and that one beginning
// with the same letter, of four letters or more, one letter apart (two
// for words of six letters or more: a letter changed, added, dropped, or
// two letters swapped), not only in apostrophes, hyphens or capitals,
// not a nickname of the other nor both given names (twoNames), and not a
// street's name.
func misspelt(a, b string) (x, y string, ok bool) {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return "", "", false
	}
	diff := -1
	for i := range wa {
		if fold(wa[i]) != fold(wb[i]) {
			if diff >= 0 {
				return "", "", false
			}
			diff = i
		}
	}
	if diff < 0 {
		return "", "", false // "De'Maree", "DeMaree"
	}
	x, y = fold(wa[diff]), fold(wb[diff])
	rx, ry := []rune(x), []rune(y)
	if len(rx) < 4 || len(ry) < 4 || rx[0] != ry[0] || nickname(x, y) || twoNames(wa[diff], wb[diff]) {
		return "", "", false
	}
	if _, street := analyze.StreetSuffix(wa[len(wa)-1]); street {
		return "", "", false // "Sansom Street", tagged a person
	}
	d := editDistance(rx, ry)
	return x, y, d == 1 || d == 2 && len(rx) >= 6 && len(ry) >= 6
}

// twoNames reports whether two words are both given names of one sex
// only, which may be two people ("Brenda Ford", "Brennan Ford") or one
// name's two usual spellings ("Marta", "Martha"), not a slip.
func twoNames(a, b string) bool {
	return analyze.GivenNameSex(a) != analyze.SexUnknown && analyze.GivenNameSex(b) != analyze.SexUnknown
}

// fold writes a name's word in lower case without apostrophes, hyphens
// or periods.
func fold(w string) string {
	return strings.Map(func(r rune) rune {
		if r == '\'' || r == '’' || r == '-' || r == '.' {
			return -1
		}
		return unicode.ToLower(r)
	}, w)
}

// nickname reports whether one word is the other's familiar form: with
// its ending "ie", "ey" or "y" taken off, the start of the other
// ("Charlie" and "Charles", "Tony" and "Toney").
func nickname(a, b string) bool {
	stem := func(w string) string {
		for _, end := range []string{"ie", "ey", "y"} {
			if s, ok := strings.CutSuffix(w, end); ok {
				return s
			}
		}
		return w
	}
	sa, sb := stem(a), stem(b)
	return strings.HasPrefix(b, sa) || strings.HasPrefix(a, sb)
}

// editDistance counts the letters to change, add or drop, or the pairs
// of neighbours to swap, to make a into b (optimal string alignment).
func editDistance(a, b []rune) int {
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
