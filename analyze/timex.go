package analyze

import (
	"strconv"
	"time"
)

// TimeKind says what a time expression names.
type TimeKind uint8

// The kinds of time expression.
const (
	Date     TimeKind = iota + 1 // "March 5, 2024", "5 March", "2024-03-05", "Tuesday, Dec. 2"
	Weekday                      // "on Tuesday", "last Friday"
	Month                        // "in November", "last November", "November 2024"
	Year                         // "in 2026", "the 2024 election", "the 1990s"
	Season                       // "last summer", "the summer of 2024"
	Relative                     // "yesterday", "last week", "earlier this week", "two days ago", "this weekend"
	Clock                        // "10:30 a.m.", "14:00 GMT", "Tuesday at 9 p.m."
	Part                         // part of a period: "in early summer", "late last year", "mid-2024", "the end of the year"
)

var timeKindNames = [...]string{"", "date", "weekday", "month", "year", "season", "relative", "clock", "part"}

func (k TimeKind) String() string {
	if int(k) < len(timeKindNames) {
		return timeKindNames[k]
	}
	return "TimeKind(" + strconv.Itoa(int(k)) + ")"
}

// TimeExpr is a time expression, normalised TIMEX3-style.
//
// Value is "2025-12-02" (a day), "2025-W49" (a week), "2025-W49-WE" (a
// weekend), "2025-12" (a month), "2025-SU" (a season: SP, SU, FA, WI),
// "2025" (a year), "199" (a decade, the 1990s), with "T10:30" for a clock
// time (24-hour, local to the text; "Z" added for GMT or UTC) or "TMO",
// "TAF", "TEV", "TNI" for a part of the day. What is unknown is written
// with X: "XXXX-03-05" (a date without a year and no publish date),
// "XXXX-WXX-2" (a Tuesday that cannot be placed), "XXXX-XX-XXT10:30" (a
// clock time without a day). Value is "" only for a relative expression
// (or part of one) that needs a publish date ("yesterday", "last week",
// "late last year") when none is known.
//
// The span leaves out prepositions: "in early summer" spans "early
// summer", "on Tuesday" spans "Tuesday".
//
// Resolution against the publish date (news convention):
//   - A bare weekday, month or date is in the past in a past or neutral
//     sentence (the latest one on or before the publish date; for a date,
//     up to a week after it, as schedules are often stated without a
//     future tense) and in the future when the sentence speaks of the
//     future ("will", "would", "scheduled", "expected", "next", …) and
//     the word before is not a past verb ("said Thursday").
//   - "last Friday" is the latest Friday before the publish date; "next
//     Friday" the first after it; "this Friday" the Friday of its ISO week.
//   - "last November" is November of the year before the publish year;
//     "next November" the first November after the publish month; "this
//     November" November of the publish year.
//   - A bare season is the latest one that has begun, or in a future
//     sentence the first that has not ended; "last summer" is the latest
//     summer that has ended, "next summer" the first that has not begun.
//     Winter belongs to the year of its December.
type TimeExpr struct {
	Span
	Kind     TimeKind
	Value    string
	Mod      string // "START", "MID" or "END" for early, mid, late and the beginning, middle or end of; "" otherwise
	Resolved bool   // the value names a place on the calendar: absolute in itself or placed by the publish date
	Weekday  string // "Tuesday" when the expression names a weekday, else ""
}

// Day is the calendar day a resolved expression falls on ("2016-03-21TNI",
// Monday night, is 21 March 2016); ok is false when it names no one day.
func (t TimeExpr) Day() (day time.Time, ok bool) {
	const layout = "2006-01-02"
	if !t.Resolved || len(t.Value) < len(layout) || len(t.Value) > len(layout) && t.Value[len(layout)] != 'T' {
		return time.Time{}, false
	}
	day, err := time.Parse(layout, t.Value[:len(layout)])
	return day, err == nil
}

// TimeExprs finds the time expressions in tokenized text, sentence by
// sentence (the whole text is one sentence when sents is empty), and
// normalises them against published when it is not zero (publish dates
// before 1100 or after 8999 count as unknown).
func TimeExprs(text string, toks []Token, sents []Sentence, published time.Time) []TimeExpr {
	sc := timexScanner{text: text, toks: toks}
	if y, m, d := published.Date(); !published.IsZero() && y >= minPublished && y <= maxPublished {
		sc.pub, sc.known = time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	if len(sents) == 0 {
		sc.sentence(0, len(toks))
	}
	for _, s := range sents {
		sc.sentence(s.First, s.Last)
	}
	return sc.out
}

// How a weekday, month or season is placed: as written, or after "last",
// "this", "next".
const (
	relBare = 0
	relLast = -1
	relNext = 1
	relThis = 2
)

// Publish dates outside these years count as unknown.
const (
	minPublished = 1100
	maxPublished = 8999
)

// timexScanner finds time expressions one sentence at a time.
type timexScanner struct {
	text   string
	toks   []Token
	pub    time.Time // the publish day, UTC midnight
	known  bool      // pub is set
	lo, hi int
	tense  int8 // the sentence's tense: 0 not yet looked at, 1 future, 2 past or neutral
	buf    lowerBuf
	out    []TimeExpr
	found  []texpr // the sentence's expressions, before merging
}

// texpr is an expression found in the current sentence.
type texpr struct {
	start, end int // tokens
	kind       TimeKind
	mod        string
	when       when
}

func (sc *timexScanner) sentence(lo, hi int) {
	hi = min(hi, len(sc.toks))
	if lo < 0 || lo >= hi {
		return
	}
	sc.lo, sc.hi, sc.tense = lo, hi, 0
	sc.found = sc.found[:0]
	for i := lo; i < hi; {
		if end := sc.at(i); end > i {
			i = end
			continue
		}
		i++
	}
	sc.merge()
	for _, e := range sc.found {
		sc.out = append(sc.out, sc.expr(e))
	}
}

// expr turns a found expression into the result.
func (sc *timexScanner) expr(e texpr) TimeExpr {
	x := TimeExpr{Span: Span{sc.toks[e.start].Start, sc.toks[e.end-1].End}, Kind: e.kind, Mod: e.mod}
	x.Value, x.Resolved = e.when.value()
	if e.when.weekday > 0 && e.when.named {
		x.Weekday = weekdayNames[e.when.weekday]
	}
	return x
}

// add records an expression over tokens [start, end) and returns end.
func (sc *timexScanner) add(start, end int, kind TimeKind, mod string, w when) int {
	sc.found = append(sc.found, texpr{start, end, kind, mod, w})
	return end
}

// lower returns token k's ASCII lowercase, or nil outside the sentence.
func (sc *timexScanner) lower(k int) []byte {
	if k < sc.lo || k >= sc.hi {
		return nil
	}
	return sc.buf.lower(sc.toks[k].Text(sc.text))
}

// wordAt returns the time word at token k.
func (sc *timexScanner) wordAt(k int) (timeWord, bool) {
	if k < sc.lo || k >= sc.hi || sc.toks[k].Kind != Word || !timeWordShapes.mayHave(sc.toks[k].Text(sc.text)) {
		return timeWord{}, false
	}
	w := sc.lower(k)
	if w == nil {
		return timeWord{}, false
	}
	tw, ok := timeWords[string(w)]
	return tw, ok
}

// at reads an expression starting at token i and returns the token after
// it, or i.
func (sc *timexScanner) at(i int) int {
	switch sc.toks[i].Kind {
	case Number:
		return sc.numberAt(i)
	case Word:
		tw, ok := sc.wordAt(i)
		if !ok {
			return sc.midAt(i)
		}
		return sc.wordExpr(i, tw)
	}
	return i
}

// wordExpr reads an expression that starts with a time word.
func (sc *timexScanner) wordExpr(i int, tw timeWord) int {
	switch tw.Kind {
	case twMonth, twMonthAbbr:
		return sc.monthExpr(i, i, relBare, "")
	case twWeekday, twWeekdayAbbr:
		return sc.weekdayExpr(i, i, relBare, "")
	case twSeason:
		return sc.seasonExpr(i, i, relBare, "")
	case twRelDay:
		return sc.relDay(i, tw)
	case twRelMod:
		return sc.relMod(i, i, tw.N, "")
	case twPartMod:
		return sc.partMod(i, tw.N)
	case twAgo:
		return sc.ago(i)
	case twMidday:
		return sc.midday(i, tw.N)
	case twThe:
		return sc.theExpr(i)
	}
	return i
}

// future reports whether an expression at token k is to be read forward:
// the sentence speaks of the future and the word before is no past verb.
func (sc *timexScanner) future(k int) bool {
	p := k - 1
	if w := string(sc.lower(p)); w == "on" || w == "by" || w == "until" {
		p--
	}
	if pastCues[string(sc.lower(p))] && !auxiliaries[string(sc.lower(p-1))] {
		return false // "said Thursday", but not "will be held on Friday"
	}
	if sc.tense == 0 {
		sc.tense = 2
		for j := sc.lo; j < sc.hi; j++ {
			if futureWord(sc.lower(j)) {
				sc.tense = 1
				break
			}
		}
	}
	return sc.tense == 1
}

// futureWord reports a future cue, including contractions ("he'll").
func futureWord(w []byte) bool {
	if futureCues[string(w)] {
		return true
	}
	n := len(w)
	return n > 3 && w[n-2] == 'l' && w[n-1] == 'l' && w[n-3] == '\''
}
