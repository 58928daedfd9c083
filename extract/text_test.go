package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// labelled is one paragraph of a hand-labelled case and its expected class.
type labelled struct {
	label, text string
}

// TestLabelledText runs the classifier on the hand-labelled cases in
// testdata/text and checks every line's class. A line labelled as content
// that is removed is a lost body line, the worst error.
func TestLabelledText(t *testing.T) {
	files, err := filepath.Glob("testdata/text/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test cases: %v", err)
	}
	total, right := 0, 0
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			input, want, h := parseLabelled(t, ar)
			got := classify(paragraphs(input), h)
			if len(got) != len(want) {
				t.Fatalf("got %d paragraphs, want %d:\n%s", len(got), len(want), dumpLines(got))
			}
			for i, w := range want {
				total++
				g := classOf(got[i])
				if g == w.label && got[i].text == w.text {
					right++
					continue
				}
				if got[i].removed() && isContent(w.label) {
					t.Errorf("content removed as %s: %q", g, w.text)
				} else {
					t.Errorf("line %d: got %s, want %s: %q", i+1, g, w.label, w.text)
				}
			}
		})
	}
	t.Logf("%d of %d lines classified right", right, total)
}

// parseLabelled rebuilds the raw article from its labelled lines.
func parseLabelled(t *testing.T, ar *txtar.Archive) (string, []labelled, Hints) {
	var input strings.Builder
	var want []labelled
	var h Hints
	for _, f := range ar.Files {
		switch f.Name {
		case "hints":
			for _, l := range strings.Split(string(f.Data), "\n") {
				if v, ok := strings.CutPrefix(l, "title: "); ok {
					h.Title = v
				}
			}
		case "article.txt":
			for _, l := range strings.Split(strings.TrimRight(string(f.Data), "\n"), "\n") {
				label, text, ok := strings.Cut(l, "|")
				if !ok {
					t.Fatalf("line without a label: %q", l)
				}
				label, text = strings.TrimSpace(label), strings.TrimSpace(text)
				input.WriteString(text + "\n")
				switch label {
				case "":
				case "~":
					want[len(want)-1].text += " " + text
				default:
					want = append(want, labelled{label, text})
				}
			}
		}
	}
	return input.String(), want, h
}

func classOf(l line) string {
	if l.removed() {
		return l.reason
	}
	return l.kind.String()
}

func isContent(label string) bool {
	switch label {
	case "body", "heading", "dek", "headline":
		return true
	}
	return false
}

func dumpLines(ls []line) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(classOf(l) + " | " + l.text + "\n")
	}
	return b.String()
}
