package cluster

import (
	"cmp"
	"maps"
	"slices"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
)

// EventType names the kind of event the articles report: the type whose
// trigger words their leads use most (read in context, as claims reads
// them), or "event".
func EventType(docs []*analyze.Doc) string {
	votes := map[string]int{}
	for _, d := range docs {
		for _, typ := range claims.LeadFrames(d, LeadSentences) {
			if typ != "" {
				votes[typ]++
			}
		}
	}
	if len(votes) == 0 {
		return "event"
	}
	return byCount(votes)[0]
}

// LeadEntities returns the local entities a document names in its lead.
func LeadEntities(d *analyze.Doc) []int {
	end := len(d.Text)
	if len(d.Sentences) > LeadSentences {
		end = d.Sentences[LeadSentences].Start
	}
	var out []int
	for _, m := range d.Mentions {
		if m.Start < end && m.Entity >= 0 {
			out = append(out, m.Entity)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// byCount sorts keys by count, most first, then by key.
func byCount(counts map[string]int) []string {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	return keys
}
