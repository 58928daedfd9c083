package analyze

// timeWordKind is the role of a word in time expressions.
type timeWordKind uint8

const (
	twMonth       timeWordKind = iota + 1 // January … December; N is 1–12
	twMonthAbbr                           // Jan, Jan., Sept. …; N is 1–12
	twWeekday                             // Monday … Sunday; N is 1 (Monday) – 7
	twWeekdayAbbr                         // Mon., Tues. …
	twSeason                              // spring, summer, autumn, fall, winter; N is 1–4
	twRelDay                              // today, yesterday, tomorrow, tonight; N is the day offset
	twRelMod                              // last, next, this, coming, past
	twPartMod                             // early, mid, late, earlier, later
	twDayPart                             // morning, afternoon, evening, night
	twPeriod                              // week, weekend, month, year
	twAgo                                 // ago
	twMidday                              // noon, midday, midnight
	twThe                                 // the ("the end of the year", "the 5th of March")
)

// timeWord is a word's role and number.
type timeWord struct {
	Kind timeWordKind
	N    int
}

// IsMonthName reports whether a lower-case word names a month, in full
// or cut short ("march", "dec", "sept.").
func IsMonthName(w string) bool {
	k := timeWords[w].Kind
	return k == twMonth || k == twMonthAbbr
}

// timeWords are the words that start or shape time expressions, lowercase.
var timeWords = func() map[string]timeWord {
	m := map[string]timeWord{}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, w := range months {
		m[w] = timeWord{twMonth, i + 1}
	}
	abbrs := [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"},
		{"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, ws := range abbrs {
		for _, w := range ws {
			m[w] = timeWord{twMonthAbbr, i + 1}
			m[w+"."] = timeWord{twMonthAbbr, i + 1}
		}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, w := range days {
		m[w] = timeWord{twWeekday, i + 1}
	}
	dayAbbrs := [][]string{{"mon."}, {"tue.", "tues."}, {"wed."}, {"thu.", "thur.", "thurs."}, {"fri."},
		{"sat."}, {"sun."}}
	for i, ws := range dayAbbrs {
		for _, w := range ws {
			m[w] = timeWord{twWeekdayAbbr, i + 1}
		}
	}
	for w, n := range map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4} {
		m[w] = timeWord{twSeason, n}
	}
	for w, n := range map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0} {
		m[w] = timeWord{twRelDay, n}
	}
	for w, n := range map[string]int{"last": relLast, "past": relLast, "this": relThis, "next": relNext, "coming": relNext} {
		m[w] = timeWord{twRelMod, n}
	}
	for w, n := range map[string]int{"early": 1, "mid": 2, "late": 3, "earlier": 4, "later": 5} {
		m[w] = timeWord{twPartMod, n}
	}
	for w, n := range map[string]int{"morning": 1, "afternoon": 2, "evening": 3, "night": 4} {
		m[w] = timeWord{twDayPart, n}
	}
	for w, n := range map[string]int{"week": 1, "weekend": 2, "month": 3, "year": 4} {
		m[w] = timeWord{twPeriod, n}
	}
	m["ago"] = timeWord{twAgo, 0}
	m["noon"] = timeWord{twMidday, 12}
	m["midday"] = timeWord{twMidday, 12}
	m["midnight"] = timeWord{twMidday, 0}
	m["the"] = timeWord{twThe, 0}
	return m
}()

var timeWordShapes = shapesOf(lexiconWords(timeWords))

var (
	weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	seasonCodes  = [...]string{"", "SP", "SU", "FA", "WI"}
	dayPartCodes = [...]string{"", "MO", "AF", "EV", "NI"}
	partMods     = [...]string{"", "START", "MID", "END", "", ""}
)

// seasonStart is the first month of a season (northern hemisphere):
// spring March, summer June, autumn September, winter December.
var seasonStart = [...]int{0, 3, 6, 9, 12}

// meridiems and zones that may follow a clock time.
var (
	meridiems  = map[string]int{"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
	clockZones = setOf("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "et", "cst",
		"cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "ist", "jst", "z")
)

// weekdayNameBlock are words before a weekday name that make it a name
// of something else: "Black Friday", "Bloody Sunday", "Super Tuesday".
var weekdayNameBlock = setOf("black", "bloody", "good", "super", "cyber", "easter", "palm", "ash", "holy",
	"maundy", "shrove", "giving", "small", "manic")

// weekdayNameAfter are words after a weekday name that make it a title:
// "Sunday Times", "Monday Night Football".
var weekdayNameAfter = setOf("times", "telegraph", "mail", "express", "post", "mirror", "herald",
	"independent", "observer", "world", "people", "sport", "service", "school", "trading")

// yearContext are words before a number that make it a year even when a
// plural follows ("in 2024", "the 2024 elections", "since 1991").
var yearContext = setOf("in", "since", "until", "till", "by", "before", "after", "during", "year",
	"the", "early", "late", "mid", "circa", "through", "fiscal", "summer", "spring", "autumn", "fall",
	"winter", "throughout")

// yearWeakContext are words before a number that let it be a year outside
// 1900–2100 ("of 1812", "from 1066"), but not before a plural.
var yearWeakContext = setOf("of", "from", "for", "'s", "’s", "between", "and", "to")

// futureCues make a sentence speak of the future; a bare weekday, month or
// date in it is resolved forward.
var futureCues = setOf("will", "shall", "won't", "wont", "would", "'ll", "’ll", "scheduled", "expected",
	"upcoming", "planned", "plans", "planning", "slated", "due", "going", "tomorrow", "next", "set",
	"aims", "intends", "hopes", "starts", "begins", "opens", "expires", "resumes", "upcoming", "kicks")

// auxiliaries before a past participle ("will be held") cancel its past.
var auxiliaries = setOf("be", "been", "being", "will", "would", "to", "is", "are", "'ll", "’ll", "shall")

// pastCues just before a time expression make it past: "confirmed
// Thursday", "said on Tuesday".
var pastCues = setOf("said", "says", "told", "met", "held", "began", "spoke", "wrote", "announced",
	"confirmed", "was", "were", "had", "came", "went", "left", "arrived", "took", "made", "sent", "won",
	"lost", "died", "signed", "agreed", "released", "reported", "published", "launched", "ended",
	"began", "started")

// isTimeName reports a weekday, a month (not "may", "march", "august") or
// "today"-like word, lowercase: it ends a noun phrase.
func isTimeName(w []byte) bool {
	tw, ok := timeWords[string(w)]
	if !ok {
		return false
	}
	switch tw.Kind {
	case twWeekday, twRelDay:
		return true
	case twMonth:
		return tw.N != 3 && tw.N != 5 && tw.N != 8
	}
	return false
}
