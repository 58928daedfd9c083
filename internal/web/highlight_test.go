package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/report"
)

// show writes paragraphs as text: [marked], {target}, | between blocks.
func show(ps []paragraph) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(" | ")
		}
		for _, r := range p.Runs {
			switch {
			case r.Target:
				fmt.Fprintf(&b, "{%s}", r.Text)
			case r.Labels != nil:
				fmt.Fprintf(&b, "[%s]", r.Text)
			default:
				b.WriteString(r.Text)
			}
		}
	}
	return b.String()
}

func TestParagraphs(t *testing.T) {
	text := "Talks lasted five hours.\n\nThey met in Moscow. Café owners watched."
	blocks := []extract.Block{{Kind: extract.Body, Start: 0, End: 24}, {Kind: extract.Body, Start: 26, End: len(text)}}
	five := strings.Index(text, "five hours")
	met := strings.Index(text, "They met")
	cafe := strings.Index(text, "é")
	for _, tt := range []struct {
		name   string
		spans  []report.Mark
		target [2]int
		want   string
	}{
		{"none", nil, [2]int{}, "Talks lasted five hours. | They met in Moscow. Café owners watched."},
		{"one", []report.Mark{{Start: five, End: five + 10, Labels: []string{"duration"}}}, [2]int{}, "Talks lasted [five hours]. | They met in Moscow. Café owners watched."},
		{"overlap and target", []report.Mark{{Start: 0, End: 24, Labels: []string{"a"}}, {Start: five, End: five + 10, Labels: []string{"b"}}}, [2]int{five, five + 10},
			"[Talks lasted ]{five hours}[.] | They met in Moscow. Café owners watched."},
		{"across blocks", []report.Mark{{Start: five + 5, End: met + 4, Labels: []string{"x"}}}, [2]int{}, "Talks lasted five [hours.] | [They] met in Moscow. Café owners watched."},
		{"off the text or mid-character", []report.Mark{{Start: cafe + 1, End: cafe + 3}, {Start: 40, End: 400}, {Start: -1, End: 3}}, [2]int{5, 2},
			"Talks lasted five hours. | They met in Moscow. Café owners watched."},
	} {
		got := show(paragraphs(text, blocks, tt.spans, tt.target))
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
	if got := show(paragraphs(text, nil, nil, [2]int{})); got != "Talks lasted five hours. | They met in Moscow. Café owners watched." {
		t.Errorf("without blocks: %s", got)
	}
}

func TestSnippetRuns(t *testing.T) {
	got := show([]paragraph{{Runs: snippetRuns("…the \x02strike\x03 ended \x02Sunday")}})
	if got != "…the {strike} ended {Sunday}" {
		t.Errorf("got %s", got)
	}
}
