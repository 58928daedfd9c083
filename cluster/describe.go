package cluster

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

// eventTriggers map words that name a happening to a type of event.
var eventTriggers = map[string]string{}

func init() {
	for typ, words := range map[string]string{
		"meeting":    "meet meets met meeting meetings talks summit summits negotiations negotiated visit visited",
		"agreement":  "agree agrees agreed agreement deal deals accord treaty ceasefire truce signed",
		"statement":  "announce announces announced announcement statement declared unveiled",
		"attack":     "attack attacks attacked strike strikes bombing bombed shelling shooting shot raid raids explosion blast",
		"casualties": "killed dead injured wounded toll casualties",
		"arrest":     "arrest arrests arrested detained charged custody indicted",
		"election":   "election elections vote votes voted elected ballot referendum poll",
		"sanctions":  "sanction sanctions embargo",
		"economy":    "gdp inflation unemployment shares profit revenue acquisition acquire acquires acquired merger",
		"disaster":   "earthquake quake flood floods storm hurricane tsunami wildfire fire eruption",
		"death":      "dies died death funeral",
		"award":      "award awards wins won prize nominated",
		"strike":     "walkout stoppage picket",
	} {
		for _, w := range strings.Fields(words) {
			eventTriggers[w] = typ
		}
	}
}

// EventType names the kind of event the articles report: the type whose
// trigger words their leads use most, or "event".
func EventType(docs []*analyze.Doc) string {
	votes := map[string]int{}
	for _, d := range docs {
		end := len(d.Text)
		if len(d.Sentences) > leadSentences {
			end = d.Sentences[leadSentences].Start
		}
		for _, t := range d.Tokens {
			if t.Start >= end {
				break
			}
			if typ, ok := eventTriggers[strings.ToLower(t.Text(d.Text))]; ok {
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
	if len(d.Sentences) > leadSentences {
		end = d.Sentences[leadSentences].Start
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
