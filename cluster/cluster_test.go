package cluster

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

var testArticles = []struct{ id, text string }{
	{"strike-a", "Dock workers in Norrvik walked out on Monday, shutting the port's container terminals. The dockers' union said the strike would last until the harbour authority improved its pay offer. Ships queued outside the harbour."},
	{"strike-b", "A strike by Norrvik dock workers closed the port's container terminals on Monday. The union wants a better pay offer from the harbour authority, and ships waited outside the harbour."},
	{"quake-a", "A strong earthquake struck the mountain town of Velmar early on Sunday, damaging hundreds of homes. Rescue teams searched collapsed buildings, and the regional governor declared an emergency."},
	{"quake-b", "Rescuers in Velmar dug through collapsed buildings after Sunday's earthquake damaged hundreds of homes in the mountain town. The governor declared a state of emergency."},
	{"strike-c", "Norrvik's dockers kept the port's container terminals shut for a second day as their strike over pay went on. The harbour authority said it would meet the union."},
}

func testInputs(order []int) []Input {
	var ins []Input
	for _, i := range order {
		a := testArticles[i]
		ins = append(ins, Input{ID: a.id, Doc: analyze.Analyze(a.id, extract.Article{Text: a.text}, analyze.Options{}), Entities: map[string]int{}})
	}
	return ins
}

// groups names the events of a result by their articles' ids.
func groups(ins []Input, r Result) [][]string {
	var out [][]string
	for _, s := range r.Stories {
		for _, e := range s.Events {
			var ids []string
			for _, i := range e.Articles {
				ids = append(ids, ins[i].ID)
			}
			slices.Sort(ids)
			out = append(out, ids)
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

func TestClusterEvents(t *testing.T) {
	ins := testInputs([]int{0, 1, 2, 3, 4})
	got := groups(ins, Cluster(ins, Options{}))
	want := [][]string{{"quake-a", "quake-b"}, {"strike-a", "strike-b", "strike-c"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// The result does not depend on the order of the inputs.
func TestClusterOrder(t *testing.T) {
	a := testInputs([]int{0, 1, 2, 3, 4})
	b := testInputs([]int{4, 2, 0, 3, 1})
	ga := groups(a, Cluster(a, Options{}))
	gb := groups(b, Cluster(b, Options{}))
	if !slices.EqualFunc(ga, gb, slices.Equal) {
		t.Errorf("order changed the events: %v vs %v", ga, gb)
	}
}

func TestBackgroundTable(t *testing.T) {
	bg := background()
	if bg.N < 100 || len(bg.DF) < 1000 || bg.DF["government"] == 0 {
		t.Errorf("background table: %d documents, %d words", bg.N, len(bg.DF))
	}
}

func TestEventType(t *testing.T) {
	d := analyze.Analyze("x", extract.Article{Text: "Police arrested two men on Friday. They were charged with theft."}, analyze.Options{})
	if got := EventType([]*analyze.Doc{d}); got != "arrest" {
		t.Errorf("EventType = %q, want arrest", got)
	}
	// Triggers are read in context: a strike over pay is a stoppage.
	for text, want := range map[string]string{
		"Dock workers at the port went on strike over pay on Monday.": "strike",
		"An air strike hit the town on Monday.":                       "attack",
	} {
		d := analyze.Analyze("x", extract.Article{Text: text}, analyze.Options{})
		if got := EventType([]*analyze.Doc{d}); got != want {
			t.Errorf("EventType(%q) = %q, want %q", text, got, want)
		}
	}
}

// Pending counts the events Finish makes, and changes nothing.
func TestPending(t *testing.T) {
	ins := testInputs([]int{0, 1, 2, 3, 4})
	df := NewDocFreq(ins)
	o := NewOnline(Options{})
	for _, i := range placementOrder(ins) {
		o.Place(i, df.Vector(ins[i]), Meta{}, ins[i].Doc.Published)
	}
	n := o.Pending()
	if open, _ := o.Active(); open != len(ins) {
		t.Errorf("%d articles open after Pending, want %d", open, len(ins))
	}
	o.Finish()
	events := 0
	for _, s := range collect(o.stories, placementOrder(ins)) {
		events += len(s.Events)
	}
	if n != events || n != 2 {
		t.Errorf("Pending = %d, Finish made %d events, want 2", n, events)
	}
}

// An article whose lead dates its event more than a day away from the
// days the event's articles give is held farther from it; a day either
// way is the same event.
func TestOtherDay(t *testing.T) {
	ins := testInputs([]int{0, 1})
	df := NewDocFreq(ins)
	c := newCentroid(map[feature]bool{})
	c.add(df.Vector(ins[0]), Meta{Day: 740000}, 1)
	v := df.Vector(ins[1])
	same := c.similarity(v, Meta{Day: 740001}, false)
	far := c.similarity(v, Meta{Day: 740005}, false)
	unknown := c.similarity(v, Meta{}, false)
	if same <= 0 || same != unknown || far != same*otherDayFactor {
		t.Errorf("similarity a day away %v, five days away %v, undated %v", same, far, unknown)
	}
}

// NewMeta counts days from 1 January of year 1.
func TestNewMetaDay(t *testing.T) {
	for when, want := range map[string]int{"": 0, "0001-01-01": 1, "1970-01-01": 719163, "2016-03-21": 736044, "junk": 0} {
		if got := NewMeta(Input{When: when}).Day; got != want {
			t.Errorf("NewMeta(When %q).Day = %d, want %d", when, got, want)
		}
	}
}

// An article's own day does not count against it when it is weighed
// against the event it is in.
func TestOtherDayWithout(t *testing.T) {
	c := newCentroid(map[feature]bool{})
	for _, day := range []int{740000, 740001, 740010} { // a day apart, the article itself, days apart
		c.add(Vector{{featureOf("w:port"), 1}}, Meta{Day: day}, 1)
	}
	if c.otherDay(740001, true) {
		t.Error("one other article a day apart, one days apart: counted as another day")
	}
	if !c.otherDay(740020, false) {
		t.Error("an article far from both: not another day")
	}
}
