package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)`)
	mdyDate = re(`\b` + `(` + months + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyDate = re(`\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(` + months + `),?\s+(?:de\s+)?(\d{4})\b`)
)

// monthNames are month names and abbreviations in English, French, German,
// Spanish and Italian, lower case.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "janvier": 1, "januar": 1, "jänner": 1, "enero": 1, "gennaio": 1,
	"february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "februar": 2, "febrero": 2, "febbraio": 2,
	"march": 3, "mar": 3, "mars": 3, "märz": 3, "marzo": 3,
	"april": 4, "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
	"may": 5, "mai": 5, "mayo": 5, "maggio": 5,
	"june": 6, "jun": 6, "juin": 6, "juni": 6, "junio": 6, "giugno": 6,
	"july": 7, "jul": 7, "juillet": 7, "juli": 7, "julio": 7, "luglio": 7,
	"august": 8, "aug": 8, "août": 8, "aout": 8, "agosto": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
	"october": 10, "oct": 10, "octobre": 10, "oktober": 10, "octubre": 10, "ottobre": 10,
	"november": 11, "nov": 11, "novembre": 11, "noviembre": 11,
	"december": 12, "dec": 12, "décembre": 12, "decembre": 12, "dezember": 12, "diciembre": 12, "dicembre": 12,
}

// monthPattern is a regular expression alternation of the month names,
// longest first so "march" wins over "mar".
func monthPattern() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return `(?:` + strings.Join(names, "|") + `)\.?`
}

// findDate returns the first calendar date written in s ("March 5, 2024",
// "5 March 2024", "2024-03-05"), at midnight UTC.
func findDate(s string) (time.Time, bool) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return mkDate(m[1], monthOf(m[2]), m[3])
	}
	if m := mdyDate.FindStringSubmatch(s); m != nil {
		return mkDate(m[3], monthName(m[1]), m[2])
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		return mkDate(m[3], monthName(m[2]), m[1])
	}
	return time.Time{}, false
}

func monthName(s string) time.Month {
	return monthNames[strings.ToLower(strings.TrimSuffix(s, "."))]
}

func monthOf(s string) time.Month {
	n, _ := strconv.Atoi(s)
	return time.Month(n)
}

func mkDate(year string, month time.Month, day string) (time.Time, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	if y < 1900 || y > 2200 || month < 1 || month > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 February
	}
	return t, true
}
