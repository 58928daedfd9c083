package report

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Fact is one slot of an event and the values its sources give.
type Fact struct {
	Slot   string      `json:"slot"`
	Status string      `json:"status"` // agreed, disputed, single_source
	Values []FactValue `json:"values"`
	// Note says why differing values are not a dispute: "update" (a later
	// figure supersedes an earlier one), "correction" (a source says its
	// figure replaces the other: "four, not five as first reported"),
	// "revision" (the text says one
	// version revises the other), "differs" (the values differ, but the
	// rules do not take them for one thing told two ways: see
	// reconcile.Differs).
	Note string `json:"note,omitempty"`
}

// NoteText is the note as a reader is shown it.
func (f Fact) NoteText() string {
	if f.Note == reconcile.Differs {
		return "values differ; no dispute called"
	}
	return f.Note
}

// Unasserted says how a value no article asserts is given: "hedged",
// "conditional" ("will receive"), "negated" or "question", as its first
// evidence gives it; "" for an asserted value.
func (v FactValue) Unasserted() string {
	if v.Asserted {
		return ""
	}
	for _, e := range v.Evidence {
		if e.Modality != "asserted" && e.Modality != "attributed" && e.Modality != "" {
			return e.Modality
		}
	}
	return "not asserted"
}

// FactValue is a value of a slot and the articles that give it.
type FactValue struct {
	Value      string     `json:"value"`
	Display    string     `json:"display"`
	Articles   []string   `json:"articles"`
	Sources    int        `json:"sources"`              // independent sources: copies of one text count once
	Asserted   bool       `json:"asserted"`             // at least one article asserts it rather than hedging
	Superseded bool       `json:"superseded,omitempty"` // a later figure replaced it
	Evidence   []Evidence `json:"evidence"`
}

// Conflict is a disagreement between sources: on a slot of an event, or
// on who someone is (kind role or status, with the entity).
type Conflict struct {
	Kind    string      `json:"kind"` // numeric, date, location, negation, role, status, name
	Event   string      `json:"event,omitempty"`
	Entity  string      `json:"entity,omitempty"`
	Slot    string      `json:"slot"`
	Summary string      `json:"summary"`
	Sides   []FactValue `json:"sides"`
	// Stories names the stories the sides come from when they come from
	// more than one (an age told in two stories); omitted otherwise.
	Stories []string `json:"stories,omitempty"`
}

// Detail is something only one independent source of an event reports.
type Detail struct {
	Article  string   `json:"article"`
	Kind     string   `json:"kind"`  // fact, name (a person or organisation), quote
	About    string   `json:"about"` // the slot, the participant or the speaker
	Text     string   `json:"text"`  // the sentence
	Evidence Evidence `json:"evidence"`
}

// Label is what a reader is shown the detail is about: its About, or
// "unattributed" for a quotation nobody is named as saying.
func (d Detail) Label() string {
	if d.About == "" && d.Kind == "quote" {
		return "unattributed"
	}
	return d.About
}

// sources turns inputs into reconciliation sources.
func sources(in []Input, idx []int, ents entityLookup, cp copies) []reconcile.Source {
	out := make([]reconcile.Source, 0, len(idx))
	for _, i := range idx {
		x := in[i]
		if x.Doc == nil {
			continue
		}
		of := cp.of[x.ID]
		credit := cp.credit[x.ID]
		if credit == "" {
			credit = cp.credit[of] // a copy of a syndicated story is the newsroom's too
		}
		out = append(out, reconcile.Source{ID: x.ID, Outlet: cp.outlet[x.ID], Credit: credit, Published: x.Article.Published, Doc: x.Doc,
			Claims: x.Claims, HeadlineClaims: x.HeadlineClaims, CopyOf: of, CopyOutlet: cp.outlet[of], Entity: ents.of(i)})
	}
	return out
}

// copies say, by article id, what an article copies (of), who published
// it (outlet) and, within a story, the newsroom whose story it carries
// when several outlets carry that newsroom's (credit, see syndicated).
type copies struct{ of, outlet, credit map[string]string }

func facts(docs map[string]*analyze.Doc, fs []reconcile.Fact) []Fact {
	out := []Fact{}
	for _, f := range fs {
		out = append(out, Fact{Slot: f.Slot, Status: f.Status, Values: values(docs, f.Values), Note: f.Note})
	}
	return out
}

func values(docs map[string]*analyze.Doc, vs []reconcile.Value) []FactValue {
	out := []FactValue{}
	for _, v := range vs {
		fv := FactValue{Value: v.Value, Display: v.Display, Articles: v.Articles, Sources: v.Sources,
			Asserted: v.Strong, Superseded: v.Old, Evidence: []Evidence{}}
		for _, e := range v.Evidence {
			fv.Evidence = append(fv.Evidence, evidenceOf(docs, e))
		}
		out = append(out, fv)
	}
	return out
}

func conflicts(docs map[string]*analyze.Doc, event string, cs []reconcile.Conflict) []Conflict {
	var out []Conflict
	for _, c := range cs {
		out = append(out, Conflict{Kind: c.Kind, Event: event, Entity: c.Entity, Slot: c.Slot, Summary: c.Summary, Sides: values(docs, c.Sides)})
	}
	return out
}

func details(docs map[string]*analyze.Doc, ds []reconcile.Detail) []Detail {
	out := []Detail{}
	for _, d := range ds {
		e := evidenceOf(docs, d.Evidence)
		out = append(out, Detail{Article: d.Article, Kind: d.Kind, About: d.About, Text: e.Sentence, Evidence: e})
	}
	return out
}

// evidenceOf writes reconciliation evidence with its sentence's text.
func evidenceOf(docs map[string]*analyze.Doc, e reconcile.Evidence) Evidence {
	out := Evidence{Article: e.Article, Start: e.Span.Start, End: e.Span.End, Modality: e.Modality, Attribution: e.Attribution}
	if d := docs[e.Article]; d != nil {
		out.Sentence, out.Text = oneLine(e.Sentence.Text(d.Text)), e.Span.Text(d.Text)
	}
	return out
}

// entityLookup maps an input's local entities to the entities across
// articles.
type entityLookup struct {
	ents     []analyze.Global
	global   map[[2]int]int
	docIndex []int // input → analysed document number, -1 if none
}

func newEntityLookup(in []Input, ents []analyze.Global) entityLookup {
	l := entityLookup{ents: ents, global: globalIndex(ents), docIndex: make([]int, len(in))}
	n := 0
	for i, x := range in {
		l.docIndex[i] = -1
		if x.Doc != nil {
			l.docIndex[i] = n
			n++
		}
	}
	return l
}

func (l entityLookup) of(i int) func(local int) (string, string, bool) {
	return func(local int) (string, string, bool) {
		gi, ok := l.global[[2]int{l.docIndex[i], local}]
		if !ok {
			return "", "", false
		}
		return l.ents[gi].ID, l.ents[gi].Name, true
	}
}

// outlet names who published an article: its site, else its URL's host,
// a host cut to the name its owner registered ("homicides.suntimes.com"
// and "www.suntimes.com" are both "suntimes.com", by the public suffix
// list, which keeps "a.blogspot.com" and "b.blogspot.com" apart); "" if
// neither is known.
func outlet(a extract.Article) string {
	if a.Site != "" {
		return registered(strings.ToLower(a.Site))
	}
	u, err := url.Parse(a.URL)
	if err != nil {
		return ""
	}
	return registered(strings.ToLower(u.Hostname()))
}

// Label is what a reader is shown an article as: its site as the page
// names it ("The Coastal Times"), else its URL's registered domain, else
// its id; "(copy)" after it when it copies another article's text, so
// that a side of three articles and two sources reads right.
func (a Article) Label() string {
	l := a.ID
	if a.Site != "" {
		l = a.Site
	} else if u, err := url.Parse(a.URL); err == nil && u.Hostname() != "" {
		l = registered(strings.ToLower(u.Hostname()))
	}
	if a.NearDuplicateOf != nil {
		l += " (copy)"
	}
	return l
}

// Labels gives each article of the report its Label, by id; an id it
// does not hold is shown as it is.
func (r Report) Labels() func(id string) string {
	m := map[string]string{}
	for _, a := range r.Articles {
		m[a.ID] = a.Label()
	}
	return func(id string) string {
		if l, ok := m[id]; ok {
			return l
		}
		return id
	}
}

// registered is the registered domain of a host name ("suntimes.com" for
// "homicides.suntimes.com"); a site's name that is no host name
// ("Reuters") or a host the list cannot cut (an address, "localhost")
// stays as it is.
func registered(host string) string {
	if !strings.Contains(host, ".") || strings.ContainsAny(host, " /:") || net.ParseIP(host) != nil {
		return host
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(strings.TrimSuffix(host, ".")); err == nil {
		return d
	}
	return strings.TrimPrefix(host, "www.")
}
