package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/reconcile"
)

// Event is one happening inside a story.
type Event struct {
	ID           string        `json:"id"`
	Type         string        `json:"type"`
	Summary      string        `json:"summary"`
	Articles     []string      `json:"articles"`
	Participants []Participant `json:"participants"`
	// Mode says whether most of its articles report it as held or as
	// planned ("agreed to meet"); omitted when they say neither.
	Mode         string   `json:"mode,omitempty"`
	Facts        []Fact   `json:"facts"`
	SingleSource []Detail `json:"single_source"`
}

// Participant is a person an event's articles name in their leads.
type Participant struct {
	Entity   string   `json:"entity"`
	Name     string   `json:"name"`
	Articles []string `json:"articles"`
}

// stories describes the clusters over the inputs: ids from each story's
// and event's first article, articles sorted by id, participants the
// people named in the leads of at least half an event's articles. A
// story opt.Known holds is taken from there. It returns the stories and,
// when opt.Salt is set, their fingerprints by id.
func stories(in []Input, ents []analyze.Global, res cluster.Result, opt Options) ([]Story, map[string]string) {
	lookup := newEntityLookup(in, ents)
	people := leadPeople(in, lookup)
	docs, outlets := map[string]*analyze.Doc{}, map[string]string{}
	for _, x := range in {
		docs[x.ID], outlets[x.ID] = x.Doc, outlet(x.Article)
	}
	out := []Story{}
	var prints map[string]string
	if opt.Salt != "" {
		prints = map[string]string{}
	}
	for _, s := range res.Stories {
		fp := ""
		if prints != nil {
			fp = fingerprint(opt.Salt, in, s, lookup, res.DuplicateOf)
		}
		st, ok := opt.Known[fp]
		if !ok || fp == "" {
			st = story(in, s, ents, lookup, people, docs, copies{res.DuplicateOf, outlets, syndicated(in, s.Articles, outlets)})
		}
		if prints != nil {
			prints[st.ID] = fp
		}
		out = append(out, st)
	}
	return out, prints
}

// story reconciles the events of one story.
func story(in []Input, s cluster.Story, ents []analyze.Global, lookup entityLookup, people []map[int]bool,
	docs map[string]*analyze.Doc, cp copies) Story {
	st := Story{ID: "s:" + in[s.Articles[0]].ID, Title: headline(in[s.Articles[0]]), Articles: ids(in, s.Articles),
		Conflicts: []Conflict{}}
	eventOf := map[string]string{}
	all := sources(in, s.Articles, lookup, cp)
	whole := reconcile.NewStory(all)
	for _, e := range s.Events {
		ev := event(in, e, ents, people)
		for _, id := range ev.Articles {
			eventOf[id] = ev.ID
		}
		srcs := sources(in, e.Articles, lookup, cp)
		ev.Mode = eventMode(in, e.Articles, ev.Type)
		v := reconcile.Event(ev.Type, ev.Mode, srcs)
		ev.Facts, ev.SingleSource = facts(docs, v.Facts), details(docs, whole.Alone(v.SingleSource, srcs))
		st.Conflicts = append(st.Conflicts, conflicts(docs, ev.ID, v.Conflicts)...)
		st.Events = append(st.Events, ev)
	}
	for i := range all {
		all[i].Event = eventOf[all[i].ID]
	}
	st.Conflicts = append(st.Conflicts, conflicts(docs, "", reconcile.Entities(all))...)
	st.Conflicts = append(st.Conflicts, conflicts(docs, "", reconcile.Spellings(all))...)
	return st
}

func event(in []Input, e cluster.Event, ents []analyze.Global, people []map[int]bool) Event {
	var docs []*analyze.Doc
	for _, i := range e.Articles {
		docs = append(docs, in[i].Doc)
	}
	ev := Event{ID: "ev:" + in[e.Articles[0]].ID, Type: cluster.EventType(docs), Summary: headline(in[e.Articles[0]]),
		Articles: ids(in, e.Articles), Participants: []Participant{}}
	seen := map[int][]string{}
	for _, i := range e.Articles {
		for g := range people[i] {
			seen[g] = append(seen[g], in[i].ID)
		}
	}
	for g, arts := range seen {
		if 2*len(arts) >= len(e.Articles) {
			slices.Sort(arts)
			ev.Participants = append(ev.Participants, Participant{Entity: ents[g].ID, Name: ents[g].Name, Articles: arts})
		}
	}
	slices.SortFunc(ev.Participants, func(a, b Participant) int {
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)), cmp.Compare(a.Entity, b.Entity))
	})
	return ev
}

// leadPeople lists, per input, the people (indexes into ents) its lead names.
func leadPeople(in []Input, lookup entityLookup) []map[int]bool {
	out := make([]map[int]bool, len(in))
	for i, x := range in {
		out[i] = map[int]bool{}
		if x.Doc == nil {
			continue
		}
		for _, local := range cluster.LeadEntities(x.Doc) {
			if gi, ok := lookup.global[[2]int{lookup.docIndex[i], local}]; ok && lookup.ents[gi].Type == analyze.Person {
				out[i][gi] = true
			}
		}
	}
	return out
}

// headline is an article's title, else its first sentence.
func headline(x Input) string {
	if x.Article.Title != "" {
		return x.Article.Title
	}
	if x.Doc != nil && len(x.Doc.Sentences) > 0 {
		return strings.Join(strings.Fields(x.Doc.Sentences[0].Text(x.Doc.Text)), " ")
	}
	return ""
}

func ids(in []Input, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = in[i].ID
	}
	slices.Sort(out)
	return out
}

// eventMode is the mode most of the articles' leads give the event,
// "" on a tie.
func eventMode(in []Input, articles []int, typ string) string {
	n := map[string]int{}
	for _, i := range articles {
		if in[i].Doc != nil {
			n[claims.Mode(in[i].Doc, typ, cluster.LeadSentences)]++
		}
	}
	switch {
	case n[claims.Held] > n[claims.Planned]:
		return claims.Held
	case n[claims.Planned] > n[claims.Held]:
		return claims.Planned
	}
	return ""
}
