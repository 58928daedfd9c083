package reconcile

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
)

// display is how a value is written for a reader: a duration in words
// ("five hours"), anything else as its article writes it.
func display(slot string, c claims.Claim) string {
	if isDuration(slot) {
		if d, ok := durationWords(c.Value); ok {
			return d
		}
	}
	if slot == "date" {
		return dateWords(c.Value)
	}
	if slot == "day" || slot == "outcome" {
		return c.Value
	}
	if numeric(slot) {
		return sentenceCase(c.Display)
	}
	return c.Display
}

// dateWords writes an ISO 8601 calendar date as a reader would:
// "2013-12-15" is "15 December 2013", "2013-12" "December 2013"; any
// other value as it is.
func dateWords(iso string) string {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return t.Format("2 January 2006")
	}
	if t, err := time.Parse("2006-01", iso); err == nil {
		return t.Format("January 2006")
	}
	return iso
}

// sentenceCase lowers the capital a figure's first word takes at the
// start of a sentence: "Seven" and "At least eight" are "seven" and "at
// least eight" beside other values; "Rs 500" stays.
func sentenceCase(s string) string {
	first, _, _ := strings.Cut(s, " ")
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && figureWords[strings.ToLower(first)] {
		r[0] = unicode.ToLower(r[0])
		return string(r)
	}
	return s
}

// figureWords may begin a figure written out: a number or a word that
// bounds or rounds it.
var figureWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve thirteen
		fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
		ninety hundred hundreds thousand thousands million millions billion billions dozen dozens a an
		at about more nearly over some almost up around roughly approximately fewer less under as between
		just only close several many few half`) {
		m[w] = true
	}
	return m
}()

var isoUnits = map[byte]string{'Y': "year", 'W': "week", 'D': "day", 'H': "hour", 'S': "second"}

// durationWords writes a one-unit ISO 8601 duration in words: "PT5H" is
// "five hours", "PT90M" "90 minutes".
func durationWords(iso string) (string, bool) {
	time := strings.HasPrefix(iso, "PT")
	body := strings.TrimPrefix(strings.TrimPrefix(iso, "P"), "T")
	if len(body) < 2 {
		return "", false
	}
	n, err := strconv.ParseFloat(body[:len(body)-1], 64)
	if err != nil {
		return "", false
	}
	u := body[len(body)-1]
	unit, ok := isoUnits[u]
	if u == 'M' {
		unit, ok = "month", true
		if time {
			unit = "minute"
		}
	}
	if !ok {
		return "", false
	}
	if n != 1 {
		unit += "s"
	}
	return numberWord(n) + " " + unit, true
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func numberWord(n float64) string {
	if n == float64(int(n)) && n >= 0 && int(n) < len(smallNumbers) {
		return smallNumbers[int(n)]
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}

// Question phrases what a slot of an event of kind typ asks: "how long
// the strike lasted", "the number of ships".
func Question(typ, slot string) string {
	what := typ
	if what == "" || what == "event" {
		what = "event"
	}
	noun := slot[strings.IndexByte(slot, ':')+1:]
	switch {
	case slot == "duration":
		return "how long the " + what + " lasted"
	case isDuration(slot):
		return "how long the " + noun + " lasted"
	case slot == "day":
		return "the day of the " + what
	case slot == "date":
		return "the date of the " + what
	case slot == "location":
		return "where the " + what + " took place"
	case slot == "outcome":
		return "the outcome of the " + what
	case slot == "count:dead":
		return "the death toll"
	case slot == "count:injured":
		return "the number of injured"
	case strings.HasPrefix(slot, "count:"):
		return "the number of " + claims.Plural(noun)
	case strings.HasPrefix(slot, "amount:"):
		return "the amount of " + noun
	case strings.HasPrefix(slot, "percent:"):
		return "the " + noun + ", in percent"
	case isAddress(slot):
		return "the block of " + claims.Street(slot)
	}
	return slot
}

// kindOf is the kind of conflict a disputed slot makes.
func kindOf(slot string) string {
	switch {
	case numeric(slot):
		return "numeric"
	case slot == "day" || slot == "date":
		return "date"
	case slot == "location" || isAddress(slot):
		return "location"
	case slot == "outcome":
		return "negation"
	}
	return slot
}

// conflict describes a disputed fact: "Sources disagree on how long the
// meeting lasted: five hours (2) vs four hours (1)".
func conflict(typ string, f Fact) Conflict {
	c := Conflict{Kind: kindOf(f.Slot), Slot: f.Slot}
	var parts []string
	for _, v := range f.Values {
		if v.Contested {
			c.Sides = append(c.Sides, v)
			parts = append(parts, fmt.Sprintf("%s (%d)", v.Display, v.Sources))
		}
	}
	c.Summary = "Sources disagree on " + Question(typ, f.Slot) + ": " + strings.Join(parts, " vs ")
	return c
}
