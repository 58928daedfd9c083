package analyze

import "strings"

// streetSuffixes spell out the words that end a street's name, written
// short or long: "St." is "street", "Ave" "avenue".
var streetSuffixes = func() map[string]string {
	m := map[string]string{}
	for _, f := range strings.Split(`street st str|avenue ave av|road rd|boulevard blvd|drive dr|lane ln|court ct|place pl|
		way|parkway pkwy|highway hwy|circle cir|terrace ter terr|trail trl|square sq|alley|expressway expy|freeway fwy|
		pike|turnpike tpke|row|loop|crescent cres|plaza plz`, "|") {
		words := strings.Fields(f)
		for _, w := range words {
			m[w] = words[0]
		}
	}
	return m
}()

// StreetSuffix returns the word a street's name ends with, spelled out
// ("street" for "St.", "St" or "Street"), if word (in any case) is one.
func StreetSuffix(word string) (string, bool) {
	s, ok := streetSuffixes[strings.TrimSuffix(strings.ToLower(word), ".")]
	return s, ok
}

// streetNameAt reports whether token k, in capitals, begins a street's
// name with a suffix right after it in capitals: "May Street" and "March
// Rd." name streets, not months.
func streetNameAt(text string, toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Kind != Word {
		return false
	}
	next := toks[k+1].Text(text)
	_, ok := StreetSuffix(next)
	return ok && isUpper(firstRune(next)) && isUpper(firstRune(toks[k].Text(text)))
}
