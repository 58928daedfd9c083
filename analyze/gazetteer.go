package analyze

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/analyze/internal/gazetteer"
)

// gazIndex maps name keys to the gazetteer's names. Built once, then only
// read.
type gazIndex struct {
	country map[string]string // any name of a country → its name
	person  map[string]string // a full name or a spelling variant → the name
	surname map[string]string // a surname → the one person it means
}

var gaz = sync.OnceValue(func() *gazIndex {
	g := &gazIndex{country: map[string]string{}, person: map[string]string{}, surname: map[string]string{}}
	for _, c := range gazetteer.Countries() {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			g.country[nameKey(n)] = c.Name
		}
	}
	count := map[string]int{}
	for _, p := range gazetteer.People() {
		for _, n := range append([]string{p.Name}, p.Variants...) {
			g.person[nameKey(n)] = p.Name
		}
		s := surnameKey(nameKey(p.Name))
		count[s]++
		if count[s] == 1 || p.Default {
			g.surname[s] = p.Name
		}
	}
	for s, n := range count {
		if n > 1 && !isDefault(s, g.surname[s]) {
			delete(g.surname, s)
		}
	}
	return g
})

func isDefault(surname, name string) bool {
	for _, p := range gazetteer.People() {
		if p.Name == name {
			return p.Default
		}
	}
	return false
}

// surnameKey is the last word of a name key, skipping "jr", "sr", "ii"…
func surnameKey(key string) string {
	words := strings.Fields(key)
	for len(words) > 1 {
		switch words[len(words)-1] {
		case "jr", "sr", "ii", "iii", "iv":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// placeKey joins the names of one country: "us", "u s", "united states"
// and "america" all give "united states".
func placeKey(key string) string {
	if c, ok := gaz().country[key]; ok {
		return nameKey(c)
	}
	return key
}

// Country returns the name of the country a name (any case, an alias like
// "U.S.") refers to, and whether it is one.
func Country(name string) (string, bool) {
	c, ok := gaz().country[nameKey(name)]
	return c, ok
}
