// Package gazetteer holds the name lists analyze uses: countries with
// their other names and adjectives, and people often named by surname
// alone. See README.md for sources and licences.
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
	once      sync.Once
	countries []Country
	people    []Person
)

func load() {
	for _, f := range rows(countriesTSV) {
		countries = append(countries, Country{Name: f[0], Aliases: list(f, 1), Adjectives: list(f, 2)})
	}
	for _, f := range rows(peopleTSV) {
		people = append(people, Person{Name: f[0], Variants: list(f, 1), Default: len(f) > 2 && f[2] == "default"})
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
