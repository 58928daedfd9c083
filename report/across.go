package report

import (
	"slices"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/reconcile"
)

// acrossStories adds to the stories the ages of one person that clash
// between articles the clustering put in different stories: one shooting
// told first as a killing and months later as a trial may land in two
// stories, and "Jane Doe, 24" in one and "Jane Doe, 25" in the other is
// still one person's age. Only ages cross stories: an age tells its own
// time (reconcile.Entities rules out birthdays), while a title or an
// office may change between two stories' times. Such a conflict is
// listed in every story it draws a side from, with those stories named
// in its Stories, and is left out where a story already disputes the
// age. What the stories held of such conflicts before (known stories
// come back with them) is dropped first, so the result depends only on
// the inputs.
func acrossStories(in []Input, ents []analyze.Global, res cluster.Result, sts []Story) {
	storyOf, eventOf := map[string]int{}, map[string]string{}
	disputed := map[[2]string]bool{}
	for i := range sts {
		sts[i].Conflicts = slices.DeleteFunc(sts[i].Conflicts, func(c Conflict) bool { return len(c.Stories) > 0 })
		for _, c := range sts[i].Conflicts {
			disputed[[2]string{c.Entity, c.Slot}] = true
		}
		for _, e := range sts[i].Events {
			for _, a := range e.Articles {
				storyOf[a], eventOf[a] = i, e.ID
			}
		}
	}
	all := batchSources(in, ents, res)
	for i := range all {
		all[i].Event = eventOf[all[i].ID]
	}
	docs := map[string]*analyze.Doc{}
	for _, x := range in {
		docs[x.ID] = x.Doc
	}
	for _, c := range reconcile.Entities(all) {
		if c.Slot != "age" || disputed[[2]string{c.Entity, c.Slot}] {
			continue
		}
		at := storiesOf(c, storyOf)
		if len(at) < 2 {
			continue
		}
		out := conflicts(docs, "", []reconcile.Conflict{c})[0]
		for _, i := range at {
			out.Stories = append(out.Stories, sts[i].ID)
		}
		slices.Sort(out.Stories)
		for _, i := range at {
			sts[i].Conflicts = append(sts[i].Conflicts, out)
		}
	}
}

// batchSources are the reconciliation sources of every input: copies and
// syndicated newsrooms as across one story, but over the whole batch.
func batchSources(in []Input, ents []analyze.Global, res cluster.Result) []reconcile.Source {
	outlets := map[string]string{}
	idx := make([]int, len(in))
	for i, x := range in {
		outlets[x.ID], idx[i] = outlet(x.Article), i
	}
	cp := copies{res.DuplicateOf, outlets, syndicated(in, idx, outlets)}
	return sources(in, idx, newEntityLookup(in, ents), cp)
}

// storiesOf lists the stories (indexes) the sides of c draw articles
// from, in order.
func storiesOf(c reconcile.Conflict, storyOf map[string]int) []int {
	var at []int
	for _, v := range c.Sides {
		for _, a := range v.Articles {
			if i, ok := storyOf[a]; ok && !slices.Contains(at, i) {
				at = append(at, i)
			}
		}
	}
	slices.Sort(at)
	return at
}
