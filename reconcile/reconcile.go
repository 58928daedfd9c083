package reconcile

import (
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
)

// Source is one article of an event: its analysis, its claims and, for a
// near-duplicate, the article it copies.
type Source struct {
	ID     string
	Outlet string // who published it (a site or a host), "" if unknown
	// Credit is the newsroom whose story it carries, when the articles
	// of several outlets carry that newsroom's ("© 2016 KHOU" on two
	// stations' sites): they are one source. "" if none.
	Credit    string
	Published time.Time
	Doc       *analyze.Doc
	Claims    []claims.Claim
	// HeadlineClaims are the claims of its headline, read on its own:
	// never a fact's evidence, but a value the source states (see
	// alsoSays).
	HeadlineClaims []claims.Claim
	CopyOf         string // the id of the article this one copies; "" if none
	// CopyOutlet is the outlet of the article this one copies, "" if
	// none or unknown.
	CopyOutlet string
	// Entity names the cross-article entity of one of Doc's local
	// entities: its id and name, ok false if it has none.
	Entity func(local int) (id, name string, ok bool)
	// Event is the happening the clustering gave the article to, among
	// those of its story; "" if not known. Undated articles of one story
	// may tell of one person years apart, undated articles of one event
	// not.
	Event string
}

// origin is the independent source an article counts as: the outlet
// that published it, the text it copies, or the newsroom it credits;
// two articles of one outlet, a copy and its original, or two outlets'
// copies of one newsroom's story are one source. An article of no known
// outlet is a source of its own.
func (s Source) origin() string {
	switch {
	case s.Credit != "":
		return "credit:" + s.Credit
	case s.CopyOf != "" && s.CopyOutlet != "":
		return "outlet:" + s.CopyOutlet
	case s.CopyOf != "":
		return s.CopyOf
	case s.Outlet != "":
		return "outlet:" + s.Outlet
	}
	return s.ID
}

// Status of a fact.
const (
	Agreed       = "agreed"        // two or more independent sources, compatible values
	Disputed     = "disputed"      // incompatible values, each asserted by at least one source
	SingleSource = "single_source" // one independent source
)

// Differs is the note of a fact whose sources give different values
// that the rules do not take for one thing told two ways: not both
// asserted in the leads, about different happenings, or figures that may
// count different things. No dispute is called.
const Differs = "differs"

// Fact is one slot of an event and the values its sources give.
type Fact struct {
	Slot   string
	Status string
	Values []Value // most sources first
	Note   string  // why differing values are not a dispute: "update", "correction", "revision", Differs
}

// Value is one value of a slot (or a set of compatible ones) and the
// articles that give it.
type Value struct {
	Value    string
	Display  string
	Articles []string // sorted
	Sources  int      // independent sources: copies of one text count once
	Strong   bool     // at least one article asserts it (not hedged, negated, conditional or a question)
	Central  bool     // at least one article asserts it in its lead, where it states its event's facts
	// Contested: central, and about the same happening as another central
	// value it contradicts.
	Contested bool
	Old       bool // superseded by a later figure
	Evidence  []Evidence
}

// Evidence is where an article states a value.
type Evidence struct {
	Article     string
	Sentence    analyze.Span
	Span        analyze.Span
	Modality    string
	Attribution string
}

// leadSentences is how many first sentences of an article are its lead.
// Further down, an article tells of related happenings (an earlier
// shooting, the previous deal) as often as of its event, so a value only
// found there may agree or stand alone but never makes a dispute.
const leadSentences = 5

// Conflict is a disagreement between sources.
type Conflict struct {
	Kind    string // "numeric", "date", "location", "negation", "role", "status", "name"
	Slot    string
	Entity  string // for role, status, age and name: the entity's id
	Summary string
	Sides   []Value
}

// Detail is something only one independent source reports.
type Detail struct {
	Article  string
	Kind     string // "fact", "name", "quote"
	About    string // the slot, the participant's name or the speaker
	Entity   string // for a name: its entity's id
	Evidence Evidence
}

// View is what an event's sources agree on, dispute and report alone.
type View struct {
	Facts        []Fact
	Conflicts    []Conflict
	SingleSource []Detail
}

func evidence(s Source, c claims.Claim) Evidence {
	return Evidence{Article: s.ID, Sentence: s.Doc.Sentences[c.Sentence].Span, Span: c.Evidence,
		Modality: c.Modality.Primary(), Attribution: c.Attribution}
}
