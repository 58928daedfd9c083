package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	isoDate   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	mdyDate   = re(`\b` + `(` + months + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyDate   = re(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + months + `),?\s+(\d{4})\b`)
	monthNums = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

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
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNums[s[:3]]
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
