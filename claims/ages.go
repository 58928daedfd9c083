package claims

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/analyze"
)

// ages makes age claims about the people an article names by their full
// name, in the three ways news gives an age:
//
//	"23-year-old John Smith" (or "39-year-old Officer Jesus Retana",
//	the name's title between)
//	"John Smith, 23, of Gary" or "John Smith, aged 23," or "John Smith (23)"
//	"John Smith, a 23-year-old student," or "John Smith, who was 23,"
//	"John Smith, 23 years old," or "identified the 23-year-old as John Smith"
//
// The age is asserted (or attributed) whatever its sentence does with
// the name. A surname alone ("Smith, 23") counts only where the article
// gives it to one full name (the analyser links "Smith" to "John Smith"
// only when no other full name of the article ends in "Smith"): a
// surname no full name explains may be anyone of that family. A name
// with a suffix ("John Smith Jr., 23") is left out, since it tells a son
// from his father only if the suffix is read.
func (x *extractor) ages() []Claim {
	var out []Claim
	olds := x.yearsOld()
	for _, m := range x.d.Mentions {
		if !x.fullyNamed(m) {
			continue
		}
		first, last := x.tokenAt(m.Start), x.tokenAt(m.End-1)
		if first < 0 || last < 0 || nameSuffixes[x.lower[last]] || x.suffixed(last+1) {
			continue
		}
		span, age, ok := x.ageBefore(m, first, olds)
		if !ok {
			span, age, ok = x.ageAfter(last+1, olds)
		}
		if !ok {
			continue
		}
		c := x.claim("", "age", strconv.Itoa(age), span)
		c.Entity, c.Low, c.High = m.Entity, float64(age), float64(age)
		// An age beside a name is taken for granted by its sentence:
		// "none shot by Henry Jackson, 18, was hurt badly" denies the
		// harm, not the age; only who says it stays.
		c.Modality &= analyze.Attributed
		// An age then, not now, in a sentence dated long before — unless
		// the sentence tells what is so now ("each face charges in the
		// March 2013 shootings"). A tally of shootings still gives it.
		c.Background = x.dated[c.Sentence] && !x.present(c.Sentence)
		out = append(out, c)
	}
	return out
}

// fullyNamed reports whether mention m is a person the article names in
// full, without a suffix: "John Smith", or "Smith" where the article's
// fullest name for him is "John Smith".
func (x *extractor) fullyNamed(m analyze.Mention) bool {
	if m.Type != analyze.Person || m.Entity < 0 || m.Entity >= len(x.d.Entities) {
		return false
	}
	f := strings.Fields(x.d.Entities[m.Entity].Name)
	return len(f) > 1 && !nameSuffixes[strings.ToLower(f[len(f)-1])]
}

// nameSuffixes follow a name to tell a son from his father.
var nameSuffixes = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// suffixed reports whether token k is a name's suffix ("Jr."), after an
// optional comma.
func (x *extractor) suffixed(k int) bool {
	if k < len(x.lower) && x.lower[k] == "," {
		k++
	}
	return k < len(x.lower) && nameSuffixes[x.lower[k]]
}

// ageBefore reads "23-year-old" right before mention m (whose first token
// is first), before its title, or before a word for a person ("son",
// "victim") right before it; or an age the sentence gives before naming
// whom it is of: "identified the 23-year-old (victim) as".
func (x *extractor) ageBefore(m analyze.Mention, first int, olds map[int]int) (analyze.Span, int, bool) {
	k := first - 1
	if m.Title.Len() > 0 {
		k = x.tokenAt(m.Title.Start) - 1
	}
	if k < 0 || x.sentOf[k] != x.sentOf[first] {
		return analyze.Span{}, 0, false
	}
	switch {
	case x.lower[k] == "as":
		k = x.identifiedAs(k)
	case apposed[x.lower[k]] && k > 0:
		k-- // "his 23-year-old son John Smith", "23-year-old victim John Smith"
	}
	age, ok := olds[k]
	if !ok {
		return analyze.Span{}, 0, false
	}
	return x.d.Tokens[k].Span, age, true
}

// identifiedAs finds the "23-year-old" of "identified the 23-year-old
// (victim) as", from the "as" at token k; -1 if it is not there.
func (x *extractor) identifiedAs(k int) int {
	j := k - 1
	if j > 0 && isLowerWord(x.d.Tokens[j].Text(x.d.Text)) {
		j-- // "the 23-year-old victim as"
	}
	if j < 2 || !determiners[x.lower[j-1]] || !identifyVerbs[x.lower[j-2]] {
		return -1
	}
	return j
}

// apposed are the words for a person that may stand between an age and
// the name it is of: "his 23-year-old son John Smith".
var apposed = set("son", "daughter", "wife", "husband", "brother", "sister", "cousin", "nephew", "niece",
	"grandson", "granddaughter", "stepson", "stepdaughter", "boyfriend", "girlfriend", "father", "mother",
	"uncle", "aunt", "victim", "suspect", "student", "resident", "gunman", "shooter")

// present reports whether sentence s tells what is so now: a verb in
// the present ("is", "face", "remains"), not a noun ("in the face").
func (x *extractor) present(s int) bool {
	sent := x.d.Sentences[s]
	for k := sent.First; k < sent.Last; k++ {
		if presentVerbs[x.lower[k]] && (k == sent.First || !nounMarkers[x.lower[k-1]]) {
			return true
		}
	}
	return false
}

// presentVerbs are verbs in the present that tell a state: of being,
// facing a charge, awaiting a trial.
var presentVerbs = set("is", "are", "has", "have", "remains", "remain", "faces", "face", "stands", "stand",
	"awaits", "await", "sits", "sit", "lives", "live")

// nounMarkers come before a noun, never before a verb.
var nounMarkers = set("the", "a", "an", "his", "her", "their", "its", "my", "your", "our")

var (
	determiners   = set("the", "a", "an")
	identifyVerbs = set("identified", "named", "identifies", "names", "identify", "name")
)

// isLowerWord reports whether w is a word in lower case ("victim").
func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// ageAfter reads an age that follows a name from token k on: ", 23,",
// ", aged 23,", " (23)", ", a 23-year-old", ", who was 23", ", 23 years
// old".
func (x *extractor) ageAfter(k int, olds map[int]int) (analyze.Span, int, bool) {
	none := func() (analyze.Span, int, bool) { return analyze.Span{}, 0, false }
	if k+1 >= len(x.lower) || x.sentOf[k+1] != x.sentOf[k-1] {
		return none()
	}
	open := x.lower[k]
	if open != "," && open != "(" {
		return none()
	}
	k++
	switch {
	case open != ",":
	case x.lower[k] == "aged" || x.lower[k] == "age":
		k++
	case x.lower[k] == "who" && k+2 < len(x.lower) && (x.lower[k+1] == "was" || x.lower[k+1] == "is"):
		k, open = k+2, "who"
	case (x.lower[k] == "a" || x.lower[k] == "an") && k+1 < len(x.lower):
		if age, ok := olds[k+1]; ok {
			return x.d.Tokens[k+1].Span, age, true
		}
		return none()
	}
	if k >= len(x.lower) || x.d.Tokens[k].Kind != analyze.Number {
		return none()
	}
	age, err := strconv.Atoi(x.lower[k])
	if err != nil || age < 1 || age > maxAge || !x.endsAge(x.yearsOldAfter(k+1), open) {
		return none()
	}
	return x.d.Tokens[k].Span, age, true
}

// yearsOldAfter skips "years old" (or "years of age") at token k, the
// words that may follow an age's number: "Smith, 23 years old,".
func (x *extractor) yearsOldAfter(k int) int {
	if k+1 < len(x.lower) && x.lower[k] == "years" && x.lower[k+1] == "old" {
		return k + 2
	}
	if k+2 < len(x.lower) && x.lower[k] == "years" && x.lower[k+1] == "of" && x.lower[k+2] == "age" {
		return k + 3
	}
	return k
}

// maxAge is the oldest age read: a bigger number after a name is
// something else (a year, a score).
const maxAge = 115

// endsAge reports whether token k closes an age written after a name:
// the comma or bracket that ends the apposition, the sentence's end, or
// the word that goes on with it ("and", "of", "from", "who"); after
// "who was 23", only a comma, the end, or "when".
func (x *extractor) endsAge(k int, open string) bool {
	if k >= len(x.lower) || x.sentOf[k] != x.sentOf[k-1] {
		return true
	}
	switch w := x.lower[k]; open {
	case "(":
		return w == ")"
	case "who":
		return w == "," || w == "." || w == ";" || w == "when"
	default:
		return w == "," || w == "." || w == ";" || w == "and" || w == "of" || w == "from" || w == "who"
	}
}

// yearsOld finds the tokens that give an age as "23-year-old" or
// "six-year-old": token → age.
func (x *extractor) yearsOld() map[int]int {
	olds := map[int]int{}
	for _, q := range x.d.Quantities {
		k := x.tokenAt(q.Start)
		if q.Unit == "age-year" && q.Exact() && k >= 0 && x.d.Tokens[k].Span == q.Span &&
			strings.HasSuffix(x.lower[k], "-year-old") && q.Low >= 1 && q.Low <= maxAge {
			olds[k] = int(q.Low)
		}
	}
	return olds
}

// UnnamedAge is an age an article gives someone it does not name: "a
// 41-year-old woman", "a 26-year-old construction worker".
type UnnamedAge struct {
	analyze.Span
	Age int
	Sex analyze.Sex // told by the words that follow ("woman"), else unknown
}

// UnnamedAges returns the "23-year-old"s of d that give no named person
// an age (see Extract): neither beside a full name nor before a name
// ("23-year-old Tom Jones Jr.").
func UnnamedAges(d *analyze.Doc) []UnnamedAge {
	x := newExtractor(d)
	named := map[analyze.Span]bool{}
	for _, c := range x.ages() {
		named[c.Evidence] = true
	}
	var out []UnnamedAge
	for k, age := range x.yearsOld() {
		sp := d.Tokens[k].Span
		if named[sp] || x.beforeName(k+1) {
			continue
		}
		out = append(out, UnnamedAge{Span: sp, Age: age, Sex: x.sexAfter(k + 1)})
	}
	slices.SortFunc(out, func(a, b UnnamedAge) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// beforeName reports whether a name starts at token k, or after one word
// for a person ("his 23-year-old son John").
func (x *extractor) beforeName(k int) bool {
	if k < len(x.lower) && apposed[x.lower[k]] {
		k++
	}
	return k < len(x.lower) && x.sentOf[k] == x.sentOf[k-1] && x.d.Tokens[k].Kind == analyze.Word &&
		unicode.IsUpper([]rune(x.d.Tokens[k].Text(x.d.Text))[0])
}

// sexAfter is the sex the words of the noun phrase from token k tell:
// "woman", "construction worker" (unknown), up to three words and not
// past a mark.
func (x *extractor) sexAfter(k int) analyze.Sex {
	for end := min(k+3, len(x.lower)); k < end && x.d.Tokens[k].Kind != analyze.Punct; k++ {
		if s := analyze.WordSex(x.lower[k]); s != analyze.SexUnknown {
			return s
		}
	}
	return analyze.SexUnknown
}
