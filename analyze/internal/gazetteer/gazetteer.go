// Package gazetteer holds the name lists analyze uses: countries with
// their other names and adjectives, people often named by surname
// alone, and given names that are a woman's or a man's. See README.md
// for sources and licences.
package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed countries.tsv
var countriesTSV string

//go:embed people.tsv
var peopleTSV string

//go:embed given-names.tsv
var givenNamesTSV string

// Country is a country or territory.
type Country struct {
	Name       string
	Aliases    []string // "U.S.", "America"
	Adjectives []string // "American"
}

// Person is someone the news often names by surname alone.
type Person struct {
	Name     string
	Variants []string // other spellings and short forms
	Default  bool     // the one a bare surname means when several share it
}

var (
	once       sync.Once
	countries  []Country
	people     []Person
	givenNames map[string]byte
)

func load() {
	for _, f := range rows(countriesTSV) {
		countries = append(countries, Country{Name: f[0], Aliases: list(f, 1), Adjectives: list(f, 2)})
	}
	for _, f := range rows(peopleTSV) {
		people = append(people, Person{Name: f[0], Variants: list(f, 1), Default: len(f) > 2 && f[2] == "default"})
	}
	givenNames = map[string]byte{}
	for _, f := range rows(givenNamesTSV) {
		if len(f) == 2 && len(f[1]) == 1 {
			givenNames[strings.ToLower(f[0])] = f[1][0]
		}
	}
}

// Countries returns the country list, read once.
func Countries() []Country {
	once.Do(load)
	return countries
}

// People returns the people list, read once.
func People() []Person {
	once.Do(load)
	return people
}

// GivenName tells whether a given name (any case) is a woman's ('f') or
// a man's ('m') in English-speaking countries; 0 if the list does not
// have it or has it for both.
func GivenName(name string) byte {
	once.Do(load)
	return givenNames[strings.ToLower(name)]
}

// rows splits a TSV file into fields, skipping comments and blank lines.
func rows(tsv string) [][]string {
	var out [][]string
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

func list(f []string, i int) []string {
	if i >= len(f) || f[i] == "" {
		return nil
	}
	return strings.Split(f[i], ";")
}
