package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

// Modes of an event an article reports.
const (
	Held    = "held"    // it happened: "met", "held a meeting", "the talks ended"
	Planned = "planned" // it is to happen: "agreed to meet", "a possible summit", "will meet"
)

var (
	// plannedCues before a trigger make it a plan.
	plannedCues = set("will", "would", "could", "shall", "plan", "plans", "planned", "proposed", "propose",
		"possible", "possibility", "prospect", "prospects", "future", "upcoming", "next", "potential", "expected",
		"willingness", "prepare", "preparing", "preparations", "arrange", "arranging", "schedule", "scheduled",
		"agree", "agreed", "agreement", "invitation", "invited", "hopes", "seek", "seeks")
	// scheduled kinds of event are planned before they are held; an
	// attack or a death is not announced as a plan.
	scheduled = set("meeting", "election", "strike")
	// heldCues around a trigger make it a fact.
	heldCues = set("held", "recent", "after", "during", "following", "concluded", "ended", "lasted", "took",
		"hosted", "yesterday", "earlier", "wrapped")
	// pastTriggers are triggers that are themselves past verbs.
	pastTriggers = set("met", "visited", "negotiated", "attacked", "bombed", "killed", "arrested", "detained",
		"signed", "voted", "elected", "died", "won", "acquired", "announced", "declared")
)

// modeReach is how many tokens around a trigger its cues may be.
const modeReach = 4

// Mode says whether the lead of an article (its first sentences) reports
// a scheduled event of kind typ (a meeting, an election, a strike) as
// held or as planned, by the cues around its triggers; "" when it says
// neither or both as often, or when typ is not scheduled.
func Mode(d *analyze.Doc, typ string, sentences int) string {
	if !scheduled[typ] {
		return ""
	}
	n := min(sentences, len(d.Sentences))
	if n == 0 {
		return ""
	}
	x := leadReader(d, d.Sentences[n-1].Last)
	held, planned := 0, 0
	for s := range n {
		sent := d.Sentences[s]
		for k := sent.First; k < sent.Last; k++ {
			if x.frames[k] != typ {
				continue
			}
			switch x.modeAt(k, sent) {
			case Held:
				held++
			case Planned:
				planned++
			}
		}
	}
	switch {
	case held > planned:
		return Held
	case planned > held:
		return Planned
	}
	return ""
}

// LeadFrames returns the kind of event each token of the first n
// sentences names if it is a trigger, else "", read in context: "strike"
// among dock workers is a stoppage, "injured reserve" no injury.
func LeadFrames(d *analyze.Doc, n int) []string {
	n = min(n, len(d.Sentences))
	if n == 0 {
		return nil
	}
	return leadReader(d, d.Sentences[n-1].Last).frames
}

// leadReader lowercases the first end tokens and marks their triggers:
// all Mode needs, and where newExtractor starts.
func leadReader(d *analyze.Doc, end int) *extractor {
	x := &extractor{d: d, lower: make([]string, end), frames: make([]string, end)}
	for k, t := range d.Tokens[:end] {
		x.lower[k] = strings.ToLower(t.Text(d.Text))
		x.frames[k] = frameTriggers[x.lower[k]]
		if k > 0 && notTriggers[x.lower[k-1]+" "+x.lower[k]] {
			x.frames[k-1] = ""
		}
	}
	for k := range end {
		if strikeWords[x.lower[k]] && x.labour(k) {
			x.frames[k] = "strike"
		}
	}
	return x
}

// labour reports whether the "strike" at token k is a stoppage of work:
// its sentence speaks of workers, unions or pay ("a three-day strike by
// dock workers") and not of weapons or the dead ("an air strike").
func (x *extractor) labour(k int) bool {
	if k > 0 && (x.lower[k-1] == "general" || x.lower[k-1] == "hunger") {
		return true // "a general strike", "a hunger strike"
	}
	s, ok := x.d.SentenceIndex(x.d.Tokens[k].Start)
	if !ok {
		return false
	}
	sent := x.d.Sentences[s]
	work := false
	for _, w := range x.lower[sent.First:min(sent.Last, len(x.lower))] {
		if militaryWords[w] || deadWords[w] {
			return false
		}
		work = work || labourWords[w]
	}
	return work
}

var (
	strikeWords = set("strike", "strikes")
	labourWords = set("worker", "workers", "union", "unions", "dockers", "dockworkers", "staff", "employees",
		"pay", "wage", "wages", "walkout", "picket", "pickets", "strikers", "nurses", "teachers", "drivers", "miners",
		"labour", "labor", "industrial")
	militaryWords = set("air", "airstrike", "drone", "drones", "missile", "missiles", "rocket", "rockets", "military",
		"bomb", "bombs", "troops", "army", "forces", "artillery", "warplanes", "jets", "precision", "retaliatory")
)

// notTriggers are phrases whose first word is a trigger elsewhere: a
// player put on "injured reserve" was not hurt that day.
var notTriggers = set("injured reserve", "injured list", "disabled list")

// modeAt reads the cues around the trigger at token k: a plan before it
// wins over a past form ("agreed to meet", "would have met").
func (x *extractor) modeAt(k int, s analyze.Sentence) string {
	if k > s.First && x.lower[k-1] == "to" && !pastTriggers[x.lower[k]] {
		return Planned // "to meet"; but not "went to the meeting"
	}
	for j := k - 1; j >= s.First && j >= k-modeReach; j-- {
		if plannedCues[x.lower[j]] {
			return Planned
		}
	}
	if pastTriggers[x.lower[k]] {
		return Held
	}
	for j := max(s.First, k-modeReach); j < min(s.Last, k+modeReach+1); j++ {
		if heldCues[x.lower[j]] {
			return Held
		}
	}
	return ""
}
