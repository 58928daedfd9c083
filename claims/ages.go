package claims

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

// ages makes age claims about the people an article names by their full
// name, in the three ways news gives an age:
//
//	"23-year-old John Smith" (or "39-year-old Officer Jesus Retana",
//	the name's title between)
//	"John Smith, 23, of Gary" or "John Smith, aged 23," or "John Smith (23)"
//	"John Smith, a 23-year-old student,"
//
// The age is asserted (or attributed) whatever its sentence does with
// the name. A name alone ("Smith, 23") is left out: two people of one
// family name are common in the news of one event, and a surname cannot
// tell them apart. So is a name with a suffix ("John Smith Jr., 23"),
// which tells a son from his father only if the suffix is read.
func (x *extractor) ages() []Claim {
	var out []Claim
	olds := x.yearsOld()
	for _, m := range x.d.Mentions {
		if m.Type != analyze.Person || m.Entity < 0 {
			continue
		}
		first, last := x.tokenAt(m.Start), x.tokenAt(m.End-1)
		if first < 0 || last <= first || nameSuffixes[x.lower[last]] || x.suffixed(last+1) {
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
		c.Background = x.dated[c.Sentence] // an age then, not now; a tally of shootings still gives it
		out = append(out, c)
	}
	return out
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
// is first) or right before its title.
func (x *extractor) ageBefore(m analyze.Mention, first int, olds map[int]int) (analyze.Span, int, bool) {
	k := first - 1
	if m.Title.Len() > 0 {
		k = x.tokenAt(m.Title.Start) - 1
	}
	if k < 0 || x.sentOf[k] != x.sentOf[first] {
		return analyze.Span{}, 0, false
	}
	age, ok := olds[k]
	return x.d.Tokens[k].Span, age, ok
}

// ageAfter reads an age that follows a name from token k on: ", 23,",
// ", aged 23,", " (23)", ", a 23-year-old".
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
	if open == "," && (x.lower[k] == "aged" || x.lower[k] == "age") {
		k++
	} else if open == "," && (x.lower[k] == "a" || x.lower[k] == "an") && k+1 < len(x.lower) {
		if age, ok := olds[k+1]; ok {
			return x.d.Tokens[k+1].Span, age, true
		}
		return none()
	}
	if k >= len(x.lower) || x.d.Tokens[k].Kind != analyze.Number {
		return none()
	}
	age, err := strconv.Atoi(x.lower[k])
	if err != nil || age < 1 || age > maxAge || !x.endsAge(k+1, open) {
		return none()
	}
	return x.d.Tokens[k].Span, age, true
}

// maxAge is the oldest age read: a bigger number after a name is
// something else (a year, a score).
const maxAge = 115

// endsAge reports whether token k closes an age written after a name:
// the comma or bracket that ends the apposition, the sentence's end, or
// the word that goes on with it ("and", "of", "from", "who").
func (x *extractor) endsAge(k int, open string) bool {
	if k >= len(x.lower) || x.sentOf[k] != x.sentOf[k-1] {
		return true
	}
	if open == "(" {
		return x.lower[k] == ")"
	}
	switch x.lower[k] {
	case ",", ".", ";", "and", "of", "from", "who":
		return true
	}
	return false
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
