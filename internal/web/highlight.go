package web

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/report"
)

// paragraph is one block of the text cut into runs at every span edge.
type paragraph struct {
	Kind string
	Runs []run
}

// run is text that is evidence for the same things throughout.
type run struct {
	Text   string
	Labels []string // nil: not evidence
	Target bool     // inside the span the reader followed a link to
	First  bool     // the target's first run, where the link lands
}

// paragraphs cuts text into its blocks and each block into runs, so that
// a page can mark every span without nesting marks. Spans that do not
// fall on the text's character boundaries are ignored.
func paragraphs(text string, blocks []extract.Block, spans []report.Mark, target [2]int) []paragraph {
	if len(blocks) == 0 {
		blocks = splitBlocks(text)
	}
	spans = slices.DeleteFunc(slices.Clone(spans), func(s report.Mark) bool { return !validSpan(text, s.Start, s.End) })
	if !validSpan(text, target[0], target[1]) {
		target = [2]int{}
	}
	var out []paragraph
	landed := false
	for _, b := range blocks {
		if !validSpan(text, b.Start, b.End) {
			continue
		}
		cuts := []int{b.Start, b.End}
		for _, s := range spans {
			cuts = append(cuts, s.Start, s.End)
		}
		cuts = append(cuts, target[0], target[1])
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
		p := paragraph{Kind: kindName(b.Kind)}
		for i := 0; i+1 < len(cuts); i++ {
			from, to := cuts[i], cuts[i+1]
			if from < b.Start || to > b.End || from == to {
				continue
			}
			r := run{Text: text[from:to], Target: target[0] <= from && to <= target[1] && target[1] > target[0]}
			for _, s := range spans {
				if s.Start <= from && to <= s.End {
					r.Labels = append(r.Labels, s.Labels...)
				}
			}
			if r.Target && !landed {
				r.First, landed = true, true
			}
			p.Runs = append(p.Runs, r)
		}
		out = append(out, p)
	}
	return out
}

func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// splitBlocks makes body blocks of the paragraphs of a text, for an
// article stored without its blocks.
func splitBlocks(text string) []extract.Block {
	var out []extract.Block
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text) - start
		}
		out = append(out, extract.Block{Kind: extract.Body, Start: start, End: start + end})
		start += end + 2
	}
	return out
}

func kindName(k extract.Kind) string {
	if k > extract.Boilerplate {
		return "body"
	}
	return k.String()
}
