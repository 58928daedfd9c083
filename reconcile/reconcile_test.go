package reconcile

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/extract"
)

// source analyses a made-up article; copyOf and hour (of publication on
// one day, 0 for unknown) as given.
func source(id, text, copyOf string, hour int) Source {
	var pub time.Time
	if hour > 0 {
		pub = time.Date(2026, 3, 12, hour, 0, 0, 0, time.UTC)
	}
	return sourceAt(id, text, copyOf, pub)
}

// ownSource is source with an outlet of its own, "<id>.example".
func ownSource(id, text string, hour int) Source {
	s := source(id, text, "", hour)
	s.Outlet = id + ".example"
	return s
}

// sourceAt analyses a made-up article published at pub.
func sourceAt(id, text, copyOf string, pub time.Time) Source {
	d := analyze.Analyze(id, extract.Article{Text: text, Published: pub}, analyze.Options{})
	return Source{ID: id, Published: pub, Doc: d, Claims: claims.Extract(d), CopyOf: copyOf,
		Entity: func(local int) (string, string, bool) {
			return "e:" + d.Entities[local].Name, d.Entities[local].Name, true
		}}
}

func fact(t *testing.T, v View, slot string) Fact {
	t.Helper()
	i := slices.IndexFunc(v.Facts, func(f Fact) bool { return f.Slot == slot })
	if i < 0 {
		t.Fatalf("no %s fact in %+v", slot, v.Facts)
	}
	return v.Facts[i]
}

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		a, b, status string
	}{
		{"The leaders met in Geneva for more than four hours.", "The leaders met in Geneva for five hours.", Agreed},
		{"The leaders met in Geneva for nearly five hours.", "The leaders met in Geneva for five hours.", Agreed},
		{"The leaders met in Geneva for four hours.", "The leaders met in Geneva for five hours.", Disputed},
		{"The leaders met in Geneva for more than four hours.", "The leaders met in Geneva for four hours.", Agreed},
		{"The leaders met in Geneva for less than five hours.", "The leaders met in Geneva for five hours.", Agreed},
		{"The leaders met in Geneva for close to an hour.", "The leaders met in Geneva for 48 minutes.", Agreed},
		{"The leaders met in Geneva for close to an hour.", "The leaders met in Geneva for 35 minutes.", Disputed},
	} {
		v := Event("meeting", "", []Source{source("a", tc.a, "", 0), source("b", tc.b, "", 0)})
		if f := fact(t, v, "duration"); f.Status != tc.status {
			t.Errorf("%q vs %q: %s, want %s", tc.a, tc.b, f.Status, tc.status)
		}
		if got := len(v.Conflicts) > 0; got != (tc.status == Disputed) {
			t.Errorf("%q vs %q: conflicts %+v", tc.a, tc.b, v.Conflicts)
		}
	}
	v := Event("meeting", "", []Source{source("a", "The leaders met in Geneva for four hours.", "", 0),
		source("b", "The leaders met in Geneva for five hours.", "", 0), source("c", "Their talks in Geneva lasted five hours.", "", 0)})
	want := "Sources disagree on how long the meeting lasted: five hours (2) vs four hours (1)"
	if len(v.Conflicts) != 1 || v.Conflicts[0].Summary != want || v.Conflicts[0].Kind != "numeric" {
		t.Errorf("conflicts %+v, want %q", v.Conflicts, want)
	}
}

// A hedged value is listed but does not make a dispute.
func TestHedgedDoesNotOutvote(t *testing.T) {
	v := Event("meeting", "", []Source{source("a", "The leaders met in Geneva for five hours.", "", 0),
		source("b", "The talks in Geneva lasted five hours.", "", 0), source("c", "The talks in Geneva may have lasted four hours.", "", 0)})
	f := fact(t, v, "duration")
	if f.Status != Agreed || len(f.Values) != 2 || f.Values[1].Strong {
		t.Errorf("%+v, want agreed with a weak second value", f)
	}
}

// Two values about different happenings are no contradiction: two
// arrests of two players on two days.
func TestDifferentHappenings(t *testing.T) {
	v := Event("arrest", "", []Source{source("a", "Police arrested Dan Moss early on Tuesday in Leeds.", "", 0),
		source("b", "Police arrested Tom Reed early on Sunday in York.", "", 0)})
	if len(v.Conflicts) != 0 {
		t.Errorf("conflicts %+v, want none", v.Conflicts)
	}
}

// Figures from articles published weeks apart are not one happening's:
// the same city's shootings a month apart.
func TestFarApartIsNoDispute(t *testing.T) {
	a := source("a", "A gunman killed four people in Houston on Monday, police said.", "", 9)
	b := source("b", "A gunman killed two people in Houston on Monday, police said.", "", 9)
	b.Published = b.Published.AddDate(0, 1, 0)
	wantConflicts(t, 0, "want none a month apart", a, b)
	b.Published = a.Published.Add(30 * time.Hour)
	if v := Event("attack", "", []Source{a, b}); len(v.Conflicts) == 0 {
		t.Errorf("no conflict a day apart, want the toll disputed")
	}
}

// Tolls their sentences date to different days are two happenings' (one
// city's shootings on Friday and on Saturday), not one toll told two ways.
func TestTollsOfDifferentDays(t *testing.T) {
	a := source("a", "A gunman killed four people in Chicago on Saturday, police said.", "", 9)
	b := source("b", "A gunman killed one person in Chicago on Friday, police said.", "", 9)
	wantConflicts(t, 0, "want none", a, b)
}

// Tolls an order of magnitude apart count different things (one
// ambush's dead against the insurgency's), not one toll told two ways.
func TestTollsOfDifferentScope(t *testing.T) {
	say := func(id, dead string) Source {
		return ownSource(id, "Militants killed "+dead+" people in Borno state on Monday, residents said.", 9)
	}
	wantConflicts(t, 0, "want none", say("a", "eight"), say("b", "thousands of"))
	wantConflicts(t, 0, "want none", say("a", "six"), say("b", "at least 67"))
	wantConflicts(t, 1, "want the toll disputed", say("a", "six"), say("b", "at least 50"))
}

// Two articles of one outlet that give two figures are its update or
// two stories, not two sources disagreeing.
func TestOneOutletIsNoDispute(t *testing.T) {
	a := source("a", "A gunman killed four people in Houston on Monday, police said.", "", 9)
	b := source("b", "A gunman killed two people in Houston on Monday, police said.", "", 12)
	a.Outlet, b.Outlet = "news.example", "news.example"
	wantConflicts(t, 0, "want none from one outlet", a, b)
	b.Outlet = "other.example"
	wantConflicts(t, 1, "want the toll disputed by two outlets", a, b)
}

// A source that gives both values is at odds with itself, not with the
// other source: "Wednesday" in its lead, "Tuesday" in its body.
func TestSourceAtOddsWithItself(t *testing.T) {
	a := ownSource("a", "Dan Moss was shot in the foot in Snowville on Wednesday, police said. "+
		"Dan Moss was shot at his grandfather's home early Tuesday afternoon.", 9)
	b := ownSource("b", "Dan Moss was shot in the foot in Snowville on Tuesday, police said.", 9)
	wantConflicts(t, 0, "want none", a, b)
	c := ownSource("c", "Dan Moss was shot in the foot in Snowville on Wednesday, police said.", 9)
	wantConflicts(t, 1, "want the day disputed", c, b)
}

// One night told from either side of midnight is no dispute: "late
// Friday" and "early Saturday".
func TestOvernight(t *testing.T) {
	say := func(id, when string) Source {
		return ownSource(id, "Commandos of the Navy Seals killed the hostage Luke Somers in a raid "+when+".", 0)
	}
	for _, tc := range []struct {
		a, b  string
		clash bool
	}{
		{"late Friday", "early Saturday", false},
		{"on Friday night", "on Saturday", false},
		{"on Friday", "early Saturday", false},
		{"on Friday", "on Saturday", true},
		{"late Friday", "early Sunday", true},
	} {
		v := Event("attack", "", []Source{say("a", tc.a), say("b", tc.b)})
		if got := len(v.Conflicts) > 0; got != tc.clash {
			t.Errorf("%q vs %q: conflicts %+v, want clash %v", tc.a, tc.b, v.Conflicts, tc.clash)
		}
	}
}

// A country's names are one place: "the U.K." agrees with "the United
// Kingdom", not with France.
func TestCountryNames(t *testing.T) {
	say := func(id, where string) Source {
		return ownSource(id, "Joe Biden and Boris Johnson met for three days in "+where+" and ended their summit on Sunday.", 0)
	}
	for _, tc := range []struct {
		a, b   string
		status string
	}{
		{"the U.K.", "the United Kingdom", Agreed},
		{"Britain", "the United Kingdom", Agreed},
		{"France", "the United Kingdom", Disputed},
	} {
		v := Event("meeting", "", []Source{say("a", tc.a), say("b", tc.b)})
		if f := fact(t, v, "location"); f.Status != tc.status {
			t.Errorf("%s vs %s: %s %+v, want %s", tc.a, tc.b, f.Status, f.Values, tc.status)
		}
	}
}

// The day a victim was found is listed with the event's days but makes
// no dispute: a body found on Thursday may have died on Wednesday.
func TestFindingDay(t *testing.T) {
	a := ownSource("a", "Commissioner Helric Fredou shot himself in his office in Limoges on Wednesday.", 0)
	b := ownSource("b", "Commissioner Helric Fredou turned up dead from a gun shot to the head on Thursday in Limoges.", 0)
	c := ownSource("c", "Commissioner Helric Fredou shot himself in his office in Limoges on Thursday.", 0)
	wantConflicts(t, 0, "want none", a, b)
	wantConflicts(t, 1, "want the day disputed", a, c)
	v := Event("attack", "", []Source{a, b})
	if f := fact(t, v, "day"); len(f.Values) != 2 {
		t.Errorf("day values %+v, want Wednesday and the finding's Thursday", f.Values)
	}
}

// A weekday a lead names for no happening leaves the source's day in
// doubt: "attacked on Friday", then "escorting the ships on Thursday
// morning when the crew saw the pirates".
func TestLooseWeekday(t *testing.T) {
	lead := "The Indian Navy foiled a pirate attack on ships in the Gulf of Aden on Friday. "
	a := ownSource("a", lead+"The warship was escorting the ships on Thursday morning when the crew saw the pirates.", 0)
	b := ownSource("b", "The Indian Navy foiled a pirate attack on ships in the Gulf of Aden on Thursday.", 0)
	c := ownSource("c", lead+"The warship was escorting the ships when the crew saw the pirates.", 0)
	wantConflicts(t, 0, "want none", a, b)
	wantConflicts(t, 1, "want the day disputed", c, b)
}

// What a source's headline states, it states: a headline of two dead
// over a text of three is at odds with itself, not with a source of two.
func TestHeadlineAlsoSays(t *testing.T) {
	a := ownSource("a", "Three people died after gunfire erupted at a block party in Chicago on Thursday.", 9)
	b := ownSource("b", "Two people were shot dead at a block party in Chicago on Thursday.", 9)
	wantConflicts(t, 1, "want the toll disputed", a, b)
	a.HeadlineClaims = source("h", "2 shot dead at Chicago block party", "", 9).Claims
	wantConflicts(t, 0, "want none", a, b)
}

// Two articles of one outlet are one independent source: what only they
// say is single-source, not agreed.
func TestOneOutletIsOneSource(t *testing.T) {
	a := source("a", "The leaders met in Geneva for five hours on Monday.", "", 9)
	b := source("b", "Their talks in Geneva lasted five hours on Monday.", "", 12)
	a.Outlet, b.Outlet = "news.example", "news.example"
	if f := fact(t, Event("meeting", "", []Source{a, b}), "duration"); f.Status != SingleSource || f.Values[0].Sources != 1 {
		t.Errorf("one outlet: %+v, want single-source", f)
	}
	b.Outlet = "other.example"
	if f := fact(t, Event("meeting", "", []Source{a, b}), "duration"); f.Status != Agreed || f.Values[0].Sources != 2 {
		t.Errorf("two outlets: %+v, want agreed by 2", f)
	}
}

// Weekdays stand for calendar days by their articles' dates: "Monday" of
// 10 March and "Friday" of 12 March are days apart, two shootings; a day
// apart, one shooting told two ways — if the two sentences share more
// than the city, where many shootings happen.
func TestDaysOfOtherWeeks(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	a := sourceAt("a", "Dan Moss was shot Monday in Leeds, police said.", "", day(10))
	for _, tc := range []struct {
		text     string
		pub      time.Time
		disputed bool
	}{
		{"Dan Moss was shot Friday in Leeds, police said.", day(12), false}, // 6 March
		{"Dan Moss was shot Sunday in Leeds, police said.", day(10), true},  // 8 March
		{"A man was shot Sunday in Leeds, police said.", day(10), false},    // only the city in common
	} {
		v := Event("attack", "", []Source{a, sourceAt("b", tc.text, "", tc.pub)})
		if got := len(v.Conflicts) > 0; got != tc.disputed {
			t.Errorf("%q: conflicts %+v, want disputed %v", tc.text, v.Conflicts, tc.disputed)
		}
	}
}

// Counts of different kinds of people, and tolls that set the dead apart
// from the injured, are not told against each other.
func TestCountsOfDifferentPeople(t *testing.T) {
	for _, tc := range [][2]string{
		{"Seven officers were wounded in the attack in Dallas.", "Nine people were wounded in the attack in Dallas."},
		{"Two people were killed and four others were wounded in the attack in Dallas.", "Six people were wounded in the attack in Dallas."},
	} {
		v := Event("attack", "", []Source{source("a", tc[0], "", 9), source("b", tc[1], "", 9)})
		if len(v.Conflicts) != 0 {
			t.Errorf("%q against %q: conflicts %+v, want none", tc[0], tc[1], v.Conflicts)
		}
	}
	v := Event("attack", "", []Source{source("a", "Seven officers were wounded in the attack in Dallas.", "", 9),
		source("b", "Five officers were wounded in the attack in Dallas.", "", 9)})
	if len(v.Conflicts) != 1 {
		t.Errorf("conflicts %+v, want seven officers against five", v.Conflicts)
	}
}

// Copies of one text count as one source.
func TestCopiesCountOnce(t *testing.T) {
	text := "The leaders met for five hours in Geneva."
	v := Event("meeting", "", []Source{source("a", text, "", 0), source("b", text, "a", 0)})
	f := fact(t, v, "duration")
	if f.Status != SingleSource || f.Values[0].Sources != 1 || len(f.Values[0].Articles) != 2 {
		t.Errorf("%+v, want one source in two articles", f)
	}
}

// A toll rising through the day is an update, not a dispute.
func TestRisingTollIsUpdate(t *testing.T) {
	v := Event("attack", "", []Source{source("a", "The attack in Kabul killed 12 people, police said.", "", 9),
		source("b", "The attack in Kabul killed 20 people, police said.", "", 15)})
	f := fact(t, v, "count:dead")
	if f.Status == Disputed || f.Note != "update" || len(v.Conflicts) != 0 {
		t.Fatalf("%+v, want an update", f)
	}
	for _, val := range f.Values {
		if val.Old != (val.Value == "12") {
			t.Errorf("value %s superseded %v", val.Value, val.Old)
		}
	}
	// The other way round in time, it is a dispute.
	v = Event("attack", "", []Source{source("a", "The attack in Kabul killed 12 people, police said.", "", 15),
		source("b", "The attack in Kabul killed 20 people, police said.", "", 9)})
	if f := fact(t, v, "count:dead"); f.Status != Disputed {
		t.Errorf("falling toll: %+v, want disputed", f)
	}
}

// A version the text says revises another is not a contradiction.
func TestRevisionIsNoConflict(t *testing.T) {
	v := Event("meeting", "", []Source{
		source("a", "The envoys brought a 27-point plan to the talks in Geneva, a revised version of the 28-point plan.", "", 0),
		source("b", "The envoys brought the 28-point plan to the talks in Geneva.", "", 0)})
	f := fact(t, v, "count:point plan")
	if f.Status == Disputed || f.Note != "revision" {
		t.Errorf("%+v, want a revision", f)
	}
}

// An agreement that ends a strike has the strike's length among its
// facts, apart from how long the talks lasted.
func TestStrikeAnAgreementEnds(t *testing.T) {
	v := Event("agreement", "", []Source{
		source("a", "Dock workers in Norrvik agreed a deal on Sunday after nine hours of talks, ending a three-day strike over pay.", "", 0),
		source("b", "Dock workers in Norrvik agreed a deal on Sunday, ending a four-day strike over pay.", "", 0)})
	f := fact(t, v, "duration:strike")
	if len(f.Values) != 2 {
		t.Fatalf("%+v, want three and four days", f)
	}
	if len(v.Conflicts) != 1 || v.Conflicts[0].Summary != "Sources disagree on how long the strike lasted: three days (1) vs four days (1)" {
		t.Errorf("conflicts %+v", v.Conflicts)
	}
	if f := fact(t, v, "duration"); f.Values[0].Display != "nine hours" {
		t.Errorf("the talks' duration: %+v", f)
	}
}

func TestEntityStatus(t *testing.T) {
	cs := Entities([]Source{source("a", "Former President Bill Carter met the envoys.", "", 0),
		source("b", "The sitting President Bill Carter met the envoys.", "", 0), source("c", "Former President Bill Carter spoke.", "", 0)})
	if len(cs) != 1 || cs[0].Kind != "status" || cs[0].Entity != "e:Bill Carter" {
		t.Fatalf("conflicts %+v, want one status conflict on Bill Carter", cs)
	}
	want := "Sources disagree on whether Bill Carter is in office: former (2) vs in office (1)"
	if cs[0].Summary != want {
		t.Errorf("summary %q, want %q", cs[0].Summary, want)
	}
}

// Status is of one office: a former senator may be a sitting governor;
// and a bare title says "in office" only of someone speaking.
func TestEntityStatusOfOneOffice(t *testing.T) {
	a := source("a", "Former Senator Ana Ruiz met the envoys.", "", 0)
	if cs := Entities([]Source{a, source("b", `"We will win," Governor Ana Ruiz said.`, "", 0)}); len(cs) != 0 {
		t.Errorf("conflicts %+v, want none: two offices", cs)
	}
	if cs := Entities([]Source{a, source("b", `"We will win," Senator Ana Ruiz said.`, "", 0)}); len(cs) != 1 {
		t.Errorf("conflicts %+v, want the senator's status", cs)
	}
	if cs := Entities([]Source{a, source("b", "The law Senator Ana Ruiz wrote still stands.", "", 0)}); len(cs) != 0 {
		t.Errorf("conflicts %+v, want none: a bare title of someone not speaking", cs)
	}
}

// Two ages of one person contradict each other unless time explains
// them: a year more a week or more later may be a birthday.
func TestAges(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 12, 0, 0, 0, time.UTC) }
	at := func(id, age string, pub time.Time) Source {
		return sourceAt(id, "John Smith, "+age+", of Gary was shot in Gary.", "", pub)
	}
	for _, tc := range []struct {
		a, b   Source
		clash  bool
		reason string
	}{
		{at("a", "23", day(1)), at("b", "24", day(2)), true, "a day apart"},
		{at("a", "24", day(1)), at("b", "23", day(2)), true, "younger later"},
		{at("a", "23", day(1)), at("b", "23", day(2)), false, "one age"},
		{at("a", "23", day(1)), at("b", "24", day(1).AddDate(0, 2, 0)), false, "a birthday may have passed"},
		{at("a", "23", day(1)), at("b", "24", day(9)), false, "a birthday may have passed in eight days"},
		{at("a", "23", day(1)), at("b", "24", day(5)), true, "four days apart"},
		{at("a", "23", day(1)), at("b", "25", day(1).AddDate(0, 2, 0)), true, "two years in two months"},
		{at("a", "23", time.Time{}), at("b", "24", time.Time{}), true, "both undated: written together"},
		{at("a", "23", time.Time{}), at("b", "29", day(1)), false, "one undated: any time apart"},
		{inEvent(at("a", "32", time.Time{}), "e1"), inEvent(at("b", "36", time.Time{}), "e2"), false, "both undated, two events"},
		{inEvent(at("a", "32", time.Time{}), "e1"), inEvent(at("b", "36", time.Time{}), "e1"), true, "both undated, one event"},
		{at("a", "23", day(1)), sourceAt("b", "John Smith, 24, was shot.", "", day(1)), false, "nothing else in common"},
		{at("a", "20", day(8)), sourceAt("b", "Police said the March 8, 2026 shooting in Gary killed 22-year-old John Smith.", "", day(8).AddDate(2, 0, 0)),
			true, "the age on a dated day, told two years later"},
		{at("a", "20", day(8)), sourceAt("b", "In 2027, 21-year-old John Smith of Gary was shot in Gary again.", "", day(8).AddDate(2, 0, 0)),
			false, "a year and no day"},
	} {
		cs := Entities([]Source{tc.a, tc.b})
		if got := len(cs) == 1 && cs[0].Slot == "age"; got != tc.clash || len(cs) > 1 {
			t.Errorf("%s: conflicts %+v, want clash %v", tc.reason, cs, tc.clash)
		}
	}
	same := func(s Source, outlet string) Source {
		s.Outlet = outlet
		return s
	}
	if cs := Entities([]Source{same(at("a", "23", day(1)), "x.example"), same(at("b", "24", day(1)), "y.example"),
		same(at("c", "24", day(2)), "x.example")}); len(cs) != 0 {
		t.Errorf("an outlet on both sides: conflicts %+v, want none", cs)
	}
	credited := func(s Source, outlet, credit string) Source {
		s.Outlet, s.Credit = outlet, credit
		return s
	}
	if cs := Entities([]Source{credited(at("a", "23", day(1)), "x.example", "khou"), same(at("b", "23", day(1)), "y.example"),
		credited(at("c", "24", day(1)), "z.example", "khou")}); len(cs) != 0 {
		t.Errorf("one newsroom's story on two outlets, on both sides: conflicts %+v, want none", cs)
	}
	if cs := Entities([]Source{credited(at("a", "23", day(1)), "x.example", "khou"), same(at("b", "23", day(1)), "y.example"),
		credited(at("c", "24", day(1)), "z.example", "wfaa")}); len(cs) != 1 {
		t.Errorf("two newsrooms: conflicts %+v, want one", cs)
	}
	if cs := Entities([]Source{at("a", "15", day(1)), at("b", "34", day(1)), at("c", "39", day(1))}); len(cs) != 0 {
		t.Errorf("three ages for one name: conflicts %+v, want none (several people)", cs)
	}
	cs := Entities([]Source{at("a", "23", day(1)), at("b", "24", day(1)), at("c", "24", day(1))})
	want := "Sources disagree on how old John Smith is: 24 (2) vs 23 (1)"
	if len(cs) != 1 || cs[0].Summary != want || cs[0].Kind != "numeric" {
		t.Errorf("conflicts %+v, want %q", cs, want)
	}
}

// An outlet that gives the other side's age to someone of the
// happening it does not name, who may be the person, is at odds with
// itself; not when the unnamed one is of the other sex, in another
// happening, or written about days apart.
func TestAgesUnnamed(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 12, 0, 0, 0, time.UTC) }
	src := func(id, outlet, text string, pub time.Time) Source {
		s := inEvent(sourceAt(id, text, "", pub), "e1")
		s.Outlet = outlet
		return s
	}
	a := src("a", "x.example", "John Smith, 26, of Gary was shot in Gary. He died.", day(1))
	for _, tc := range []struct {
		b     Source
		clash bool
		why   string
	}{
		{src("b", "y.example", "John Smith, 27, of Gary was shot in Gary.", day(1)), true, "two outlets"},
		{src("b", "y.example", "John Smith, 27, of Gary was shot in Gary. A 26-year-old construction worker died.", day(1)),
			false, "the other age given to someone unnamed, of either sex"},
		{src("b", "y.example", "John Smith, 27, of Gary was shot in Gary. A 26-year-old man died.", day(1)),
			false, "the other age given to an unnamed man"},
		{src("b", "y.example", "John Smith, 27, of Gary was shot in Gary. A 26-year-old woman was hurt.", day(1)),
			true, "the other age given to a woman"},
	} {
		if cs := Entities([]Source{a, tc.b}); (len(cs) == 1) != tc.clash {
			t.Errorf("%s: conflicts %+v, want clash %v", tc.why, cs, tc.clash)
		}
	}
	kin := func(pub time.Time) Source {
		return src("c", "y.example", "Police said a 26-year-old man died in Gary.", pub)
	}
	b := src("b", "y.example", "John Smith, 27, of Gary was shot in Gary.", day(1))
	if cs := Entities([]Source{a, b, kin(day(2))}); len(cs) != 0 {
		t.Errorf("the outlet's other article of the happening gives the other age: conflicts %+v, want none", cs)
	}
	if cs := Entities([]Source{a, b, kin(day(9))}); len(cs) != 1 {
		t.Errorf("the outlet's article a week later: conflicts %+v, want one", cs)
	}
	if cs := Entities([]Source{a, b, inEvent(kin(day(2)), "e2")}); len(cs) != 1 {
		t.Errorf("the outlet's article of another happening: conflicts %+v, want one", cs)
	}
}

func inEvent(s Source, event string) Source {
	s.Event = event
	return s
}

// wantConflicts checks that the sources' attack gives n conflicts.
func wantConflicts(t *testing.T, n int, why string, srcs ...Source) {
	t.Helper()
	if v := Event("attack", "", srcs); len(v.Conflicts) != n {
		t.Errorf("conflicts %+v, %s", v.Conflicts, why)
	}
}

// The view does not depend on the order of the sources.
func TestOrder(t *testing.T) {
	srcs := []Source{source("a", "The leaders met for four hours in Geneva on Monday.", "", 0),
		source("b", "The leaders met for five hours in Geneva on Tuesday, with no deal.", "", 0),
		source("c", "Their talks in Geneva lasted five hours and ended without agreement.", "", 0)}
	a := Event("meeting", "", srcs)
	b := Event("meeting", "", []Source{srcs[2], srcs[0], srcs[1]})
	if !reflect.DeepEqual(a, b) {
		t.Errorf("order changed the view:\n%+v\n%+v", a, b)
	}
}

// A source that says its figure replaces another's ("not five as first
// reported") corrects that figure: the other is superseded, not disputed.
func TestCorrection(t *testing.T) {
	a := source("a", "A gunman injured five people at a bar in Halifax on Saturday, police said.", "", 9)
	b := source("b", "A gunman injured four people at a bar in Halifax on Saturday, not five as first reported, police said.", "", 9)
	v := Event("attack", "", []Source{a, b})
	if len(v.Conflicts) != 0 {
		t.Errorf("conflicts %+v, want none", v.Conflicts)
	}
	f := fact(t, v, "count:injured")
	if f.Note != "correction" || f.Status != SingleSource {
		t.Errorf("fact %+v, want a single-source correction", f)
	}
	for _, val := range f.Values {
		if val.Old != (val.Value == "5") {
			t.Errorf("value %s superseded = %v", val.Value, val.Old)
		}
	}
	// A figure told as the first report ("initially reported") disputes nothing.
	e := source("e", "Police had initially reported that five people were injured at a bar in Halifax on Saturday.", "", 9)
	four := source("four", "A gunman injured four people at a bar in Halifax on Saturday, police said.", "", 9)
	wantConflicts(t, 0, "want none", four, e)
	// A figure given as another period's ("up from 250 last year") corrects nothing.
	c := source("c", "A gunman injured four people at a bar in Halifax on Saturday, up from five last year, police said.", "", 9)
	wantConflicts(t, 1, "want the injured disputed", a, c)
}

// A figure that fits two values ("as many as 20" beside one and 14)
// contradicts neither: it cannot make the value it is grouped with a
// dispute.
func TestLooseFigure(t *testing.T) {
	a := source("a", "The sheriff said as many as 20 people were injured in the shooting in Hesston on Thursday.", "", 9)
	b := source("b", "Fourteen people were injured in the shooting in Hesston on Thursday, the sheriff said.", "", 9)
	c := source("c", "A gunman opened fire in Hesston on Thursday. The sheriff spoke. Workers fled. Police came. "+
		"The plant closed. Families waited. He hit two vehicles in Hesston, injuring one person.", "", 9)
	v := Event("attack", "", []Source{a, b, c})
	if len(v.Conflicts) != 0 {
		t.Errorf("conflicts %+v, want none", v.Conflicts)
	}
	// It backs neither value: it is a value of its own.
	for _, val := range fact(t, v, "count:injured").Values {
		if val.Sources != 1 || len(val.Articles) != 1 {
			t.Errorf("value %s: %d sources %v, want one of its own", val.Display, val.Sources, val.Articles)
		}
	}
	// Without the loose figure, 14 and a lead's four do contradict.
	d := source("d", "Four people were injured in the shooting in Hesston on Thursday, the sheriff said.", "", 9)
	wantConflicts(t, 1, "want one", a, b, d)
}

// Figures that may count different things make no dispute, but a fact
// whose sources differ keeps both values and says they differ; one
// value alone is no difference.
func TestDiffers(t *testing.T) {
	a := ownSource("a", "The dockers in Norrvik won a deal with 120 new jobs on Sunday.", 9)
	b := ownSource("b", "The dockers in Norrvik won a deal with 150 new jobs on Sunday.", 9)
	c := ownSource("c", "The dockers in Norrvik won a deal with 120 new jobs on Sunday.", 9)
	v := Event("agreement", "", []Source{a, b})
	if f := fact(t, v, "count:job"); f.Note != Differs || f.Status != SingleSource || len(f.Values) != 2 || len(v.Conflicts) != 0 {
		t.Errorf("two figures: fact %+v, conflicts %+v; want both values, noted %q, no conflict", f, v.Conflicts, Differs)
	}
	for _, d := range v.SingleSource {
		if d.About == "count:job" {
			t.Errorf("a differing value listed as single-source: %+v", d)
		}
	}
	if f := fact(t, Event("agreement", "", []Source{a, b, c}), "count:job"); f.Status != Agreed || f.Note != Differs {
		t.Errorf("two against one: fact %+v, want agreed, noted %q", f, Differs)
	}
	if f := fact(t, Event("agreement", "", []Source{a, c}), "count:job"); f.Note != "" {
		t.Errorf("one figure: fact %+v, want no note", f)
	}
}

// In an event of one source everything is single-source; what another
// event of its story names or quotes too is left out of its details. An
// event of two sources keeps its own.
func TestAlone(t *testing.T) {
	a := ownSource("a", "Mayor Ann Lee met Tom Reed of Acme Corp. \"We agreed,\" Lee said.", 9)
	b := ownSource("b", "Tom Reed of Acme Corp. spoke. \"We agreed,\" Lee said.", 9)
	c := ownSource("c", "Tom Reed of Acme Corp. spoke.", 9)
	whole := NewStory([]Source{a, b, c})
	about := func(ds []Detail) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.Kind+":"+d.About)
		}
		slices.Sort(out)
		return out
	}
	one := Event("meeting", "", []Source{a}).SingleSource
	if got := about(whole.Alone(one, []Source{a})); slices.Contains(got, "name:Tom Reed") || slices.Contains(got, "quote:Lee") ||
		!slices.Contains(got, "name:Ann Lee") {
		t.Errorf("one source: details %v, want Ann Lee and not Tom Reed nor the quotation b prints", got)
	}
	two := Event("meeting", "", []Source{a, c}).SingleSource
	if got := about(whole.Alone(two, []Source{a, c})); !slices.Equal(got, about(two)) {
		t.Errorf("two sources: details %v, want the event's own %v", got, about(two))
	}
}

// A quotation only one source carries is said by the person its speaker
// names ("Mark Warner", not "Senate Intelligence Committee Chairman Sen.
// Mark Warner"), or by the group as written.
func TestLoneQuoteSpeaker(t *testing.T) {
	a := ownSource("a", "\"Any dialogue must be greeted with caution,\" Senate Intelligence Committee Chairman Mark Warner said. "+
		"Kremlin officials described the talks as \"extremely useful and constructive.\"", 9)
	var got []string
	for _, d := range Event("meeting", "", []Source{a}).SingleSource {
		if d.Kind == "quote" {
			got = append(got, d.About)
		}
	}
	if want := []string{"Mark Warner", "Kremlin officials"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// What one source alone names: people anywhere, organisations only in
// its lead (further down they are most often background).
func TestLoneNamesLead(t *testing.T) {
	text := "Acme Corp. signed a deal with Tom Reed in Gary. The deal is large. It took a year. Both sides spoke. " +
		"Workers cheered. Talks went late. The Brookings Institution has long studied such deals."
	a, b := ownSource("a", text, 9), ownSource("b", "Tom Reed signed a deal in Gary.", 9)
	var got []string
	for _, d := range Event("agreement", "", []Source{a, b}).SingleSource {
		if d.Kind == "name" {
			got = append(got, d.About)
		}
	}
	if !slices.Contains(got, "Acme Corp.") || slices.Contains(got, "Brookings Institution") {
		t.Errorf("lone names %q, want Acme Corp. (in the lead) and not Brookings Institution (past it)", got)
	}
}

// An organisation named after a place names the place: "the Port of
// Norrvik" and "Norrvik" are a name in common.
func TestPlaceInOrganisation(t *testing.T) {
	a := ownSource("a", "Dock workers in Norrvik returned to work on Monday after a three-day strike, following an agreement with the port.", 9)
	b := ownSource("b", "Cranes at the Port of Norrvik were moving again on Monday after a four-day strike by dock workers ended with a deal.", 9)
	v := Event("agreement", "", []Source{a, b})
	if len(v.Conflicts) != 1 || v.Conflicts[0].Slot != "duration:strike" {
		t.Errorf("conflicts %+v, want the strike's length disputed", v.Conflicts)
	}
}

// A figure at the start of a sentence is shown as it would be within
// one: "four", not "Four"; other capitals stay.
func TestSentenceCase(t *testing.T) {
	for in, want := range map[string]string{"Four": "four", "At least eight": "at least eight", "Dozens": "dozens",
		"Rs 500": "Rs 500", "US$5": "US$5", "five": "five", "Eight": "eight"} {
		if got := sentenceCase(in); got != want {
			t.Errorf("sentenceCase(%q) = %q, want %q", in, got, want)
		}
	}
	a := source("a", "Four people were killed in the shooting in Hesston on Thursday, the sheriff said.", "", 9)
	b := source("b", "The sheriff said five people were killed in the shooting in Hesston on Thursday.", "", 9)
	v := Event("attack", "", []Source{a, b})
	if want := "Sources disagree on the death toll: four (1) vs five (1)"; len(v.Conflicts) != 1 || v.Conflicts[0].Summary != want {
		t.Errorf("conflicts %+v, want %q", v.Conflicts, want)
	}
}

// A date is shown as a reader writes it; its value stays ISO 8601.
func TestDateWords(t *testing.T) {
	for in, want := range map[string]string{"2013-12-15": "15 December 2013", "2013-12": "December 2013", "2013": "2013"} {
		if got := dateWords(in); got != want {
			t.Errorf("dateWords(%q) = %q, want %q", in, got, want)
		}
	}
	a := source("a", "The leaders met in Geneva on March 10, 2026, for talks.", "", 9)
	f := fact(t, Event("meeting", "", []Source{a}), "date")
	if v := f.Values[0]; v.Value != "2026-03-10" || v.Display != "10 March 2026" {
		t.Errorf("date value %q shown %q, want 2026-03-10 shown 10 March 2026", v.Value, v.Display)
	}
}

// Two outlets that put one happening on two blocks of one street
// disagree, wherever in their articles they say it; an outlet that gives
// both blocks (where it happened, where the suspect was found) is at odds
// with no one.
func TestAddressBlocks(t *testing.T) {
	filler := "Officers searched the area. Neighbours said they heard shots. Police asked witnesses to call. " +
		"No arrests were made. A vigil was held. "
	a := ownSource("a", "Two men were shot on Monday night. "+filler+"The shooting happened in the 1800 block of Hewitt Avenue.", 9)
	b := ownSource("b", "Two men were shot on Monday night. "+filler+"Police said a car drove by the 1700 block of Hewitt Ave. and opened fire.", 12)
	wantConflicts(t, 1, "want the block disputed", a, b)
	v := Event("attack", "", []Source{a, b})
	want := "Sources disagree on the block of Hewitt Avenue: 1700 (1) vs 1800 (1)"
	if len(v.Conflicts) == 1 && (v.Conflicts[0].Summary != want || v.Conflicts[0].Kind != "location") {
		t.Errorf("conflict %+v, want %q of kind location", v.Conflicts[0], want)
	}
	c := ownSource("c", "Two men were shot on Monday night in the 1800 block of Hewitt Avenue. "+
		"The suspect was found in the 1700 block of Hewitt Avenue.", 12)
	wantConflicts(t, 0, "want none from an outlet giving both", a, c)
}

// A name written two ways is one name misspelt only when one word differs
// by a slip: not a nickname, not two given names, not only apostrophes.
func TestMisspelt(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Akeilah Solomon", "Akielah Solomon", true},   // two letters swapped
		{"Jeremy Mardis", "Jeremy Marids", true},       // two letters swapped
		{"Dion Loften", "Dion Lofton", true},           // one changed
		{"Esteban Santiago", "Esteben Santiago", true}, // one changed
		{"John Ulmschneider", "John Ulmshneider", true},
		{"Charles Dougherty", "Charlie Dougherty", false}, // a nickname
		{"Brenda Ford", "Brennan Ford", false},            // two given names
		{"De'Maree Adkins", "DeMaree Adkins", false},      // an apostrophe
		{"Hank Mata", "Mark Mata", false},                 // another first letter
		{"Tom Reed", "Tim Reed", false},                   // too short
		{"Sansom Street", "Sanson Street", false},         // a street
		{"Anna Berg", "Anna Berg Lund", false},
		{"Tom Hansen", "Tim Hanson", false}, // two words differ
	} {
		if _, _, got := misspelt(tc.a, tc.b); got != tc.want {
			t.Errorf("misspelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// Two outlets of one event that spell a name two ways disagree; an
// outlet that writes both, or articles of two events, do not.
func TestSpellings(t *testing.T) {
	a := ownSource("a", "Akeilah Solomon, 18, was shot on Monday in Pittsburgh.", 9)
	b := ownSource("b", "Akielah Solomon was shot on Monday in Pittsburgh.", 10)
	a.Event, b.Event = "ev:1", "ev:1"
	cs := Spellings([]Source{a, b})
	want := "Sources spell a name two ways: Akeilah Solomon (1) vs Akielah Solomon (1)"
	if len(cs) != 1 || cs[0].Summary != want || cs[0].Kind != "name" {
		t.Fatalf("conflicts %+v, want %q", cs, want)
	}
	if ev := cs[0].Sides[1].Evidence; len(ev) != 1 || ev[0].Span.Text(b.Doc.Text) != "Akielah Solomon" {
		t.Errorf("evidence %+v, want the name as b writes it", ev)
	}
	b.Event = "ev:2"
	if cs := Spellings([]Source{a, b}); len(cs) != 0 {
		t.Errorf("two events: conflicts %+v, want none", cs)
	}
	b.Event, b.Outlet = "ev:1", a.Outlet
	if cs := Spellings([]Source{a, b}); len(cs) != 0 {
		t.Errorf("one outlet: conflicts %+v, want none", cs)
	}
	c := ownSource("c", "Akielah Solomon was shot on Monday in Pittsburgh. Akeilah was 18.", 10)
	c.Event = "ev:1"
	if cs := Spellings([]Source{a, c}); len(cs) != 0 {
		t.Errorf("an article writing both: conflicts %+v, want none", cs)
	}
	b.Outlet = ""
	if cs := Spellings([]Source{a, b}); len(cs) != 0 {
		t.Errorf("no known outlet: conflicts %+v, want none", cs)
	}
}

// One figure under several nouns is one fact when the sentences share a
// name or another figure; not when a source counts both nouns, the
// figure is small, or the sentences have nothing in common.
func TestOneFigureSeveralNouns(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		joined bool
	}{
		{"another figure in common",
			"The union said the deal gave a 6% rise and 120 new night-shift jobs.",
			"Members accepted a 6% rise and a promise to hire 120 night-shift staff.", true},
		{"a name in common",
			"Jackson finished the season with 59 catches.",
			"Jackson set a career high of 59 receptions.", true},
		{"nothing in common",
			"Jackson finished the season with 59 catches.",
			"The club sold 59 tickets for the final.", false},
		{"a small figure",
			"Jackson finished the season with 9 catches.",
			"Jackson set a career high of 9 receptions.", false},
		{"one source counts both",
			"Jackson finished the season with 59 catches and 70 receptions.",
			"Jackson set a career high of 59 receptions.", false},
	}
	for _, tt := range tests {
		v := Event("agreement", "", []Source{ownSource("a", tt.a, 9), ownSource("b", tt.b, 9)})
		joined := 0
		for _, f := range v.Facts {
			if strings.HasPrefix(f.Slot, "count:") && len(f.Values) == 1 && f.Values[0].Sources == 2 {
				joined++
			}
		}
		if got := joined == 1; got != tt.joined {
			t.Errorf("%s: facts %+v, joined %v, want %v", tt.name, v.Facts, got, tt.joined)
		}
	}
}

// A dateline backs a place another source states, shown as that source
// writes it, and is no place of its own: a story filed in a capital may
// tell of a happening far away.
func TestDatelineBacksAPlace(t *testing.T) {
	a := ownSource("a", "A man was shot on Sunday in Phoenix, police said.", 0)
	b := ownSource("b", "PHOENIX — A man was shot on Sunday, police said.", 0)
	c := ownSource("c", "WASHINGTON — A man was shot on Sunday, police said.", 0)
	v := Event("attack", "", []Source{a, b, c})
	f := fact(t, v, "location")
	if f.Status != Agreed || len(f.Values) != 1 || f.Values[0].Display != "Phoenix" || f.Values[0].Sources != 2 {
		t.Errorf("location %s %+v, want Phoenix agreed by a and b", f.Status, f.Values)
	}
	v = Event("attack", "", []Source{b, c})
	if i := slices.IndexFunc(v.Facts, func(f Fact) bool { return f.Slot == "location" }); i >= 0 {
		t.Errorf("datelines alone make a place: %+v", v.Facts[i])
	}
	d := ownSource("d", "PHOENIX — A man was shot on Sunday in Phoenix, police said.", 0)
	v = Event("attack", "", []Source{a, d})
	if ev := fact(t, v, "location").Values[0].Evidence; len(ev) != 2 {
		t.Errorf("evidence %+v, want one item a source: d's own place needs no dateline", ev)
	}
}

// The day someone was wounded or killed is the day of the attack that
// did it; the day a toll was given is not.
func TestHarmDatesAttack(t *testing.T) {
	a := ownSource("a", "A man was shot on Saturday in Phoenix, police said.", 0)
	b := ownSource("b", "A man was wounded early Saturday in Phoenix, police said.", 0)
	c := ownSource("c", "The toll of the Phoenix shooting rose to two on Sunday.", 0)
	f := fact(t, Event("attack", "", []Source{a, b, c}), "day")
	if f.Status != Agreed || len(f.Values) != 1 || f.Values[0].Sources != 2 {
		t.Errorf("day %s %+v, want Saturday agreed by a and b alone", f.Status, f.Values)
	}
}

// A name another source prints, whole or in a longer name, is not one
// source's alone, whatever entity each was taken for.
func TestLoneNamesPrintedElsewhere(t *testing.T) {
	a := ownSource("a", "Deputies found Joshua Steven Morrison, 18, shot at his home in Yorktown, Sheriff Danny Diggs said.", 9)
	b := ownSource("b", "TIROTEO EN YORKTOWN, VA\n\nYORKTOWN (WAVY) — Joshua was shot at his home on Sunday, his mother Karen Morrison said. Caption Close Image 1 of 5.", 9)
	var got []string
	for _, d := range Event("attack", "", []Source{a, b}).SingleSource {
		if d.Kind == "name" {
			got = append(got, d.About)
		}
	}
	if slices.Contains(got, "Joshua") || !slices.Contains(got, "Danny Diggs") || slices.ContainsFunc(got, func(n string) bool {
		return n == "TIROTEO" || n == "WAVY" || strings.Contains(n, "Image")
	}) {
		t.Errorf("lone names %q, want Danny Diggs, not Joshua (whom a names in full), a word of a line in capitals, an outlet in brackets or a page's controls", got)
	}
}

// A lone capitalised word the article also writes in small letters, in a
// sentence that opens with a capital, is a common word, not a name; a
// transcript in small letters tells nothing.
func TestWrittenSmall(t *testing.T) {
	d := analyze.Analyze("x", extract.Article{Text: "Sheriff Dan Lee spoke on Monday. The sheriff said the Hunter case was closed.\n\ninvestigators say hunter left town."}, analyze.Options{})
	for w, want := range map[string]bool{"Sheriff": true, "Hunter": false, "Lee": false, "sheriff": false} {
		if got := writtenSmall(d, w); got != want {
			t.Errorf("writtenSmall(%q) = %v, want %v", w, got, want)
		}
	}
}
