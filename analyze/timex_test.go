package analyze

import (
	"strings"
	"testing"
	"time"
)

// timexString describes a time expression compactly for tables:
// "span kind value [mod=…] [wd=…]", the value followed by "?" when it is
// not resolved.
func timexString(text string, x TimeExpr) string {
	v := x.Value
	if !x.Resolved {
		v += "?"
	}
	parts := []string{x.Text(text), x.Kind.String(), v}
	if x.Mod != "" {
		parts = append(parts, "mod="+x.Mod)
	}
	if x.Weekday != "" {
		parts = append(parts, "wd="+x.Weekday)
	}
	return strings.Join(parts, " ")
}

func timexesOf(text string, pub time.Time) string {
	toks := Tokenize(text)
	var out []string
	for _, x := range TimeExprs(text, toks, Sentences(text, toks), pub) {
		out = append(out, timexString(text, x))
	}
	return strings.Join(out, " | ")
}

// wednesday is the publish date of most cases: Wednesday 3 December 2025,
// in ISO week 49.
var wednesday = time.Date(2025, 12, 3, 16, 45, 0, 0, time.UTC)

func TestTimeExprs(t *testing.T) {
	tests := []struct{ in, want string }{
		// The founding corpus.
		{"A senior Kremlin official confirmed Thursday that there is an agreement.",
			"Thursday weekday 2025-11-27 wd=Thursday"},
		{"The envoys met Putin at the Kremlin on Tuesday.", "Tuesday weekday 2025-12-02 wd=Tuesday"},
		{"Brokers made the first overture in early summer.", "early summer part 2025-SU mod=START"},
		{"He lost the U.S. election in November 2024.", "November 2024 month 2024-11"},
		{"It was their first meeting since the 2018 Helsinki Summit.", "2018 year 2018"},
		{"The treaty is set to expire in 2026.", "2026 year 2026"},
		{"Kushner arrived in Moscow earlier this week.", "earlier this week relative 2025-W49"},
		{"Relations soured ahead of the 2024 election.", "2024 year 2024"},

		// Absolute dates.
		{"The deal was signed on March 5, 2024.", "March 5, 2024 date 2024-03-05"},
		{"The deal was signed on 5 March 2024.", "5 March 2024 date 2024-03-05"},
		{"Talks resumed on Jan. 5.", "Jan. 5 date 2025-01-05"},
		{"The report is dated 2024-03-05.", "2024-03-05 date 2024-03-05"},
		{"Polls closed on Mar 5.", "Mar 5 date 2025-03-05"},
		{"The vote on Nov. 28 was close.", "Nov. 28 date 2025-11-28"},
		{"Talks will resume on Dec. 12 in Geneva.", "Dec. 12 date 2025-12-12"},
		{"Observers arrive on Dec. 8.", "Dec. 8 date 2025-12-08"},
		{"The summit will be held on Jan. 20.", "Jan. 20 date 2026-01-20"},
		{"The fighting began on the 24th of February 2022.", "24th of February 2022 date 2022-02-24"},
		{"The order was signed 25/12/2024 and filed 3/5/2024.", "25/12/2024 date 2024-12-25 | 3/5/2024 date 2024-03-05"},
		{"Der Vertrag vom 05.03.2024 gilt.", "05.03.2024 date 2024-03-05"},
		{"They met on Tuesday, Dec. 2, in Vienna.", "Tuesday, Dec. 2 date 2025-12-02 wd=Tuesday"},
		{"Talks on Dec. 2-3 ended.", "Dec. 2-3 date 2025-12-02"},
		{"No such date as February 30, 2024 exists.", ""},

		// Months, years, seasons.
		{"In November, he won.", "November month 2025-11"},
		{"Last November he lost.", "Last November month 2024-11"},
		{"The vote is due next March.", "next March month 2026-03"},
		{"Elections will be held in May.", "May month 2026-05"},
		{"The talks collapsed in March.", "March month 2025-03"},
		{"Theresa May said she may march.", ""},
		{"April Ryan asked a question in April.", "April month 2025-04"},
		{"The census of 1851 and the war in 1066.", "1851 year 1851 | 1066 year 1066"},
		{"Sanctions imposed since 2022 complicate trade.", "2022 year 2022"},
		{"It happened in the 1990s.", "1990s year 199"},
		{"It happened in the late 1990s.", "the late 1990s part 199 mod=END"},
		{"Growth slowed in mid-2024.", "mid-2024 part 2024 mod=MID"},
		{"Prices peaked in mid-November.", "mid-November part 2025-11 mod=MID"},
		{"Rates fell in early 2024.", "early 2024 part 2024 mod=START"},
		{"The economy shrank late last year.", "late last year part 2024 mod=END"},
		{"Talks resume early next year.", "early next year part 2026 mod=START"},
		{"The plan is due by the end of the year.", "the end of the year part 2025 mod=END"},
		{"Funds run out at the beginning of March.", "the beginning of March part 2025-03 mod=START"},
		{"The offensive began last summer.", "last summer season 2025-SU"},
		{"A new push is expected next spring.", "next spring season 2026-SP"},
		{"Fighting eased in the summer of 2023.", "summer of 2023 season 2023-SU"},
		{"The offensive stalled in the fall.", "fall season 2025-FA"},
		{"After the fall of Kabul, prices fall.", ""},
		{"The spring offensive began in spring.", "spring season 2025-SP"},
		{"This winter will be hard.", "This winter season 2025-WI"},

		// Weekdays.
		{"The strike hit on Saturday.", "Saturday weekday 2025-11-29 wd=Saturday"},
		{"They met last Friday.", "last Friday weekday 2025-11-28 wd=Friday"},
		{"They will meet next Tuesday.", "next Tuesday weekday 2025-12-09 wd=Tuesday"},
		{"The ministers will meet on Friday.", "Friday weekday 2025-12-05 wd=Friday"},
		{"He said on Monday that talks would resume.", "Monday weekday 2025-12-01 wd=Monday"},
		{"The vote is on Wednesday.", "Wednesday weekday 2025-12-03 wd=Wednesday"},
		{"It rained on Tuesday night.", "Tuesday night weekday 2025-12-02TNI wd=Tuesday"},
		{"The Sunday Times reported Black Friday sales.", ""},
		{"Shops close on Sundays.", ""},
		{"He drove a 2011 Nissan Altima.", ""},                 // a model year
		{"Police closed the 1800 block of Hewitt Avenue.", ""}, // a street's block
		{"The end of May Street burned in June.", "June month 2025-06"},
		{"He wrote a 2005 Vanity Fair article.", "2005 year 2005"},

		// Relative expressions.
		{"Today the talks resume.", "Today relative 2025-12-03"},
		{"He told USA Today about it.", ""},
		{"Envoys Meet Putin Today", "Today relative 2025-12-03"},
		{"Yesterday officials met.", "Yesterday relative 2025-12-02"},
		{"The vote is tomorrow.", "tomorrow relative 2025-12-04"},
		{"Last night and this morning it rained.", "Last night relative 2025-12-02TNI | this morning relative 2025-12-03TMO"},
		{"He spoke yesterday afternoon and will speak tonight.", "yesterday afternoon relative 2025-12-02TAF | tonight relative 2025-12-03TNI"},
		{"Last week they spoke.", "Last week relative 2025-W48"},
		{"They will sign next month.", "next month relative 2026-01"},
		{"This year is critical.", "This year relative 2025"},
		{"Unlike last year, it snowed.", "last year relative 2024"},
		{"Protests are planned this weekend.", "this weekend relative 2025-W49-WE"},
		{"Talks continued over the weekend.", "the weekend relative 2025-W48-WE"},
		{"Two days ago the army advanced.", "Two days ago relative 2025-12-01"},
		{"They met a week ago.", "a week ago relative 2025-W48"},
		{"The treaty lapsed three years ago.", "three years ago relative 2022"},
		{"It started 18 months ago.", "18 months ago relative 2024-06"},
		{"Later this month the court rules.", "Later this month relative 2025-12"},

		// Clock times.
		{"The meeting started at 10:30 a.m.", "10:30 a.m. clock XXXX-XX-XXT10:30?"},
		{"It ended at 14:00 GMT.", "14:00 GMT clock XXXX-XX-XXT14:00Z?"},
		{"He arrived at 9 pm and left at 10am.", "9 pm clock XXXX-XX-XXT21:00? | 10am clock XXXX-XX-XXT10:00?"},
		{"It ended at 10 p.m. Moscow time.", "10 p.m. Moscow time clock XXXX-XX-XXT22:00?"},
		{"The truce starts at midnight on Friday.", "midnight on Friday clock 2025-12-05T00:00 wd=Friday"},
		{"They met on Tuesday at 10:30 a.m.", "Tuesday at 10:30 a.m. clock 2025-12-02T10:30 wd=Tuesday"},
		{"The strike hit shortly after noon yesterday.", "noon yesterday clock 2025-12-02T12:00"},
		{"At noon he watched High Noon.", "noon clock XXXX-XX-XXT12:00?"},
		{"The score was 3:1 at 12.30pm.", "12.30pm clock XXXX-XX-XXT12:30?"},

		// Not time expressions.
		{"Around 2000 people and 1500 troops marched.", ""},
		{"Boeing 737 jets and a 27-point plan.", ""},
		{"This plan is the last word, and the next steps matter.", ""},
	}
	for _, tt := range tests {
		if got := timexesOf(tt.in, wednesday); got != tt.want {
			t.Errorf("TimeExprs(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

// TestTimeExprsUnpublished: without a publish date relative expressions
// stay unresolved, with their weekday.
func TestTimeExprsUnpublished(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A senior Kremlin official confirmed Thursday the talks.", "Thursday weekday XXXX-WXX-4? wd=Thursday"},
		{"The envoys met Putin on Tuesday.", "Tuesday weekday XXXX-WXX-2? wd=Tuesday"},
		{"Brokers made the first overture in early summer.", "early summer part XXXX-SU? mod=START"},
		{"He lost the election in November 2024.", "November 2024 month 2024-11"},
		{"Last November he lost.", "Last November month XXXX-11?"},
		{"Talks resumed on Jan. 5.", "Jan. 5 date XXXX-01-05?"},
		{"Yesterday officials met.", "Yesterday relative ?"},
		{"Kushner arrived earlier this week.", "earlier this week relative ?"},
		{"Two days ago the army advanced.", "Two days ago relative ?"},
		{"The treaty expires in 2026.", "2026 year 2026"},
	}
	for _, tt := range tests {
		if got := timexesOf(tt.in, time.Time{}); got != tt.want {
			t.Errorf("TimeExprs(%q, no date)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

// TestTimeExprsAcrossYear checks resolution near the turn of a year and
// on the weekday itself.
func TestTimeExprsAcrossYear(t *testing.T) {
	jan2 := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct{ in, want string }{
		{"The talks ended on Dec. 30.", "Dec. 30 date 2025-12-30"},
		{"They met on Tuesday.", "Tuesday weekday 2025-12-30 wd=Tuesday"},
		{"The vote is on Friday.", "Friday weekday 2026-01-02 wd=Friday"},
		{"They met last Friday.", "last Friday weekday 2025-12-26 wd=Friday"},
		{"Last week they spoke.", "Last week relative 2025-W52"},
		{"Last month was cold.", "Last month relative 2025-12"},
		{"In December, prices rose.", "December month 2025-12"},
		{"Last winter was mild.", "Last winter season 2024-WI"},
		{"This winter is mild.", "This winter season 2025-WI"},
	}
	for _, tt := range tests {
		if got := timexesOf(tt.in, jan2); got != tt.want {
			t.Errorf("TimeExprs(%q, 2026-01-02)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

// Day reads the calendar day of a resolved expression, whatever part of
// the day it names.
func TestTimeExprDay(t *testing.T) {
	for value, want := range map[string]string{"2016-03-21": "2016-03-21", "2016-03-21TNI": "2016-03-21", "2016-03": "",
		"2016-03-21/2016-03-23": "", "2016-W12": ""} {
		day, ok := TimeExpr{Value: value, Resolved: true}.Day()
		if got := day.Format("2006-01-02"); ok != (want != "") || ok && got != want {
			t.Errorf("Day of %q = %s, %v; want %q", value, got, ok, want)
		}
	}
	if _, ok := (TimeExpr{Value: "2016-03-21"}).Day(); ok {
		t.Error("an unresolved expression has a day")
	}
}
