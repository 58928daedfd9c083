package claims

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/analyze"
)

// AddressSlot is the prefix of the slot of a street address given by
// its block: "address:noon road" holds the blocks the sources give for
// Noon Road.
const AddressSlot = "address:"

// directions may come before a street's name ("North Holly Avenue", "E.
// 44th St."); the name without them is the same street to compare.
var directions = map[string]bool{"n": true, "s": true, "e": true, "w": true, "north": true, "south": true, "east": true,
	"west": true, "ne": true, "nw": true, "se": true, "sw": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true}

// maxStreetWords: a run of this many words in capitals is no street's
// name (a street has at most three before its suffix).
const maxStreetWords = 4

// addresses reads the street addresses crime, fire and accident news
// gives by block: "in the 5300 block of Noon Road", "the 1600 block of E.
// 44th St.". Each is a claim of slot AddressSlot plus the street (its
// name lowercased, a leading direction left out, its suffix spelled out:
// "address:44th street"), valued by the block's number ("1600"). A block
// is a number of hundreds; the street is a name in capitals, or an
// ordinal ("14th"), with at most a suffix after it.
func (x *extractor) addresses() []Claim {
	var out []Claim
	toks := x.d.Tokens
	for i := 1; i+2 < len(toks); i++ {
		if x.lower[i] != "block" || x.lower[i+1] != "of" || toks[i-1].Kind != analyze.Number {
			continue
		}
		n, err := strconv.Atoi(x.lower[i-1])
		if err != nil || n <= 0 || n%100 != 0 {
			continue
		}
		street, end := x.street(i + 2)
		if street == "" || x.sentOf[end-1] != x.sentOf[i-1] {
			continue
		}
		span := analyze.Span{Start: toks[i-1].Start, End: toks[end-1].End}
		c := x.claim("", AddressSlot+street, strconv.Itoa(n), span)
		c.Display = x.lower[i-1]
		out = append(out, c)
	}
	return out
}

// street reads the name of a street from token k on: its key (see
// addresses) and the token after it, or "" if no name is there. A
// direction after the name ("Mesa SE") or a time ("Connecticut Sunday")
// ends it; a direction alone ("South ...", a cut caption) is no name.
func (x *extractor) street(k int) (string, int) {
	toks := x.d.Tokens
	j := k
	if j+1 < len(toks) && directions[strings.TrimSuffix(x.lower[j], ".")] && streetWord(x.d.Text, toks[j+1]) {
		j++
	}
	var words []string
	for ; j < len(toks) && len(words) < maxStreetWords && streetWord(x.d.Text, toks[j]); j++ {
		w := strings.TrimSuffix(x.lower[j], ".")
		if s, ok := analyze.StreetSuffix(w); ok && len(words) > 0 {
			return strings.Join(append(words, s), " "), j + 1
		}
		if len(words) > 0 && (directions[w] || x.inTime(toks[j].Start)) {
			break // "Noon Road" is a name, "Monday" after one is not
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) == maxStreetWords || len(words) == 1 && directions[words[0]] {
		return "", j
	}
	return strings.Join(words, " "), j
}

// inTime reports whether byte pos lies in a time expression.
func (x *extractor) inTime(pos int) bool {
	for _, t := range x.d.Times {
		if t.Start <= pos && pos < t.End {
			return true
		}
	}
	return false
}

// streetWord reports whether a token may be part of a street's name: a
// word in capitals or an ordinal ("44th").
func streetWord(text string, t analyze.Token) bool {
	w := t.Text(text)
	switch t.Kind {
	case analyze.Word:
		return unicode.IsUpper([]rune(w)[0])
	case analyze.Number:
		w = strings.ToLower(w)
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if digits, ok := strings.CutSuffix(w, suf); ok {
				_, err := strconv.Atoi(digits)
				return err == nil
			}
		}
	}
	return false
}

// Street is how a reader writes the street of an address slot:
// "address:44th street" is "44th Street".
func Street(slot string) string {
	words := strings.Fields(strings.TrimPrefix(slot, AddressSlot))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
