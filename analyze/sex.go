package analyze

import (
	"strings"

	"github.com/crosscheck/crosscheck/analyze/internal/gazetteer"
)

// Sex is what a text tells of whether someone is a woman or a man.
type Sex uint8

// The sexes a text may tell.
const (
	SexUnknown Sex = iota
	Female
	Male
)

// Compatible reports whether a and b may be one person's: the same, or
// one of them unknown.
func (a Sex) Compatible(b Sex) bool {
	return a == SexUnknown || b == SexUnknown || a == b
}

// GivenNameSex is the sex a given name tells ("Henry": Male, "Sara":
// Female); SexUnknown for a name the list does not have or has for both
// ("Jordan").
func GivenNameSex(name string) Sex {
	switch gazetteer.GivenName(name) {
	case 'f':
		return Female
	case 'm':
		return Male
	}
	return SexUnknown
}

// WordSex is the sex a word for a person tells ("woman", "sons");
// SexUnknown for any other word.
func WordSex(lower string) Sex {
	switch {
	case femaleWords[lower]:
		return Female
	case maleWords[lower]:
		return Male
	}
	return SexUnknown
}

var (
	femaleWords = setOf("woman", "women", "girl", "girls", "female", "mother", "daughter", "daughters", "wife",
		"sister", "sisters", "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "stepdaughter",
		"stepmother", "lady", "mom", "mrs.", "ms.")
	maleWords = setOf("man", "men", "boy", "boys", "male", "father", "son", "sons", "husband", "brother",
		"brothers", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "stepson", "stepfather",
		"gentleman", "guy", "dad", "mr.")
	// otherPeople are words for someone, of either sex, who may be
	// whom a pronoun after them stands for.
	otherPeople = setOf("person", "people", "victim", "victims", "officer", "officers", "suspect", "suspects",
		"friend", "friends", "child", "children", "teen", "teenager", "driver", "passenger", "witness",
		"resident", "neighbor", "neighbour", "student", "gunman", "shooter", "someone", "spouse", "parent",
		"parents", "relative", "partner", "baby", "infant", "toddler", "who")
)

// Sex tells whether the person entity is a woman or a man: by the given
// name of its fullest name when the name list knows it as one sex's
// only, else by the pronoun that follows its name in sentences that name
// no one else, before any other word for a person ("Antian Hardmon, 24,
// … where he was pronounced dead"), when those pronouns agree.
func (d *Doc) Sex(entity int) Sex {
	if entity < 0 || entity >= len(d.Entities) || d.Entities[entity].Type != Person {
		return SexUnknown
	}
	if f := strings.Fields(d.Entities[entity].Name); len(f) > 1 {
		if s := GivenNameSex(f[0]); s != SexUnknown {
			return s
		}
	}
	var votes [3]int
	for _, i := range d.Entities[entity].Mentions {
		votes[d.pronounAfter(i)]++
	}
	switch {
	case votes[Female] > 0 && votes[Male] == 0:
		return Female
	case votes[Male] > 0 && votes[Female] == 0:
		return Male
	}
	return SexUnknown
}

// pronounAfter is the sex of the first pronoun after mention i in its
// sentence, if the sentence names no other person and no word for a
// person comes between; SexUnknown otherwise.
func (d *Doc) pronounAfter(i int) Sex {
	m := d.Mentions[i]
	s, ok := d.SentenceIndex(m.Start)
	if !ok {
		return SexUnknown
	}
	sent := d.Sentences[s]
	for _, o := range d.Mentions {
		if o.Type == Person && o.Entity != m.Entity && o.Start >= sent.Start && o.End <= sent.End {
			return SexUnknown
		}
	}
	for k := tokenEndingAt(d.Tokens, m.End) + 1; k > 0 && k < sent.Last; k++ {
		w := lowerAt(d.Text, d.Tokens, k)
		switch {
		case pronounSex[w] != SexUnknown:
			return pronounSex[w]
		case WordSex(w) != SexUnknown || otherPeople[w]:
			return SexUnknown
		}
	}
	return SexUnknown
}

var pronounSex = map[string]Sex{"he": Male, "him": Male, "his": Male, "himself": Male,
	"she": Female, "her": Female, "hers": Female, "herself": Female}
