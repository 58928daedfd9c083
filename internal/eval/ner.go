package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
)

// NERSentence is one sentence of a CoNLL file: its words and gold labels
// in IOB2.
type NERSentence struct {
	Words []string
	Gold  []string
}

// LoadCoNLL reads a CoNLL file.
func LoadCoNLL(path string) ([]NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("eval: %s: no sentences (want a word and its tag a line, blank lines between sentences)", path)
	}
	return sents, nil
}

// ReadCoNLL reads sentences in the CoNLL format: a word a line, the word
// in the first column and its gold tag (IOB1 or IOB2) in the last, a
// blank line between sentences. -DOCSTART- lines are skipped; tags are
// returned in IOB2.
func ReadCoNLL(r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Gold = ToIOB2(cur.Gold)
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
		case len(f) < 2:
			return nil, fmt.Errorf("line %d: want a word and a tag, got %q", n, sc.Text())
		default:
			cur.Words = append(cur.Words, f[0])
			cur.Gold = append(cur.Gold, f[len(f)-1])
		}
	}
	flush()
	return out, sc.Err()
}

// splitLabel reads "B-PER" as 'B' and "PER"; anything without a type is O.
func splitLabel(l string) (prefix byte, typ string) {
	if len(l) < 3 || l[1] != '-' {
		return 'O', ""
	}
	return l[0], l[2:]
}

// ToIOB2 rewrites IOB1 labels as IOB2: an I- tag that starts an entity
// becomes B-. IOB2 input comes back unchanged.
func ToIOB2(labels []string) []string {
	out := make([]string, len(labels))
	for _, s := range NERSpans(labels) {
		out[s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End; i++ {
			out[i] = "I-" + s.Type
		}
	}
	for i := range out {
		if out[i] == "" {
			out[i] = "O"
		}
	}
	return out
}

// NERSpan is an entity: its type and its words [Start, End).
type NERSpan struct {
	Type       string
	Start, End int
}

// NERSpans reads the entities of a label sequence as conlleval does: an
// entity starts at a B- tag or at an I- tag whose type differs from the
// word before, and goes on over I- tags of its type.
func NERSpans(labels []string) []NERSpan {
	var out []NERSpan
	open := -1
	for i, l := range labels {
		p, typ := splitLabel(l)
		if open >= 0 && (p != 'I' || typ != out[open].Type) {
			out[open].End = i
			open = -1
		}
		if p != 'O' && open < 0 {
			out = append(out, NERSpan{Type: typ, Start: i})
			open = len(out) - 1
		}
	}
	if open >= 0 {
		out[open].End = len(labels)
	}
	return out
}

// NERCounts counts entities of one type.
type NERCounts struct {
	Gold, Pred, Correct int
}

// P is the share of predicted entities that are right.
func (c NERCounts) P() float64 { return ratio(c.Correct, c.Pred) }

// R is the share of gold entities found.
func (c NERCounts) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c NERCounts) F1() float64 { return f1(c.P(), c.R()) }

func (c *NERCounts) add(o NERCounts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Correct += o.Correct
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERTypes are the entity types scored, in report order; the overall
// figure counts the first three (MISC is reported apart).
var NERTypes = []string{"PER", "ORG", "LOC", "MISC"}

// NERScore counts exact entity matches (type and both boundaries) by type.
type NERScore struct {
	Types map[string]NERCounts
}

// Add scores one sentence's predicted labels against its gold ones.
func (s *NERScore) Add(gold, pred []string) {
	if s.Types == nil {
		s.Types = map[string]NERCounts{}
	}
	g, p := NERSpans(gold), NERSpans(pred)
	inGold := make(map[NERSpan]bool, len(g))
	for _, e := range g {
		inGold[e] = true
		c := s.Types[e.Type]
		c.Gold++
		s.Types[e.Type] = c
	}
	for _, e := range p {
		c := s.Types[e.Type]
		c.Pred++
		if inGold[e] {
			c.Correct++
		}
		s.Types[e.Type] = c
	}
}

// Overall adds up PER, ORG and LOC.
func (s NERScore) Overall() NERCounts {
	var o NERCounts
	for _, t := range NERTypes[:3] {
		o.add(s.Types[t])
	}
	return o
}

// Lines are the per-type report lines, then the summary line.
func (s NERScore) Lines() []string {
	var out []string
	for _, t := range NERTypes {
		c := s.Types[t]
		out = append(out, fmt.Sprintf("%-4s F1 %.4f P %.4f R %.4f gold %d predicted %d", t, c.F1(), c.P(), c.R(), c.Gold, c.Pred))
	}
	return append(out, s.String())
}

// String is the benchmark's summary line over PER, ORG and LOC.
func (s NERScore) String() string {
	o := s.Overall()
	return fmt.Sprintf("ner F1 %.4f P %.4f R %.4f entities %d", o.F1(), o.P(), o.R(), o.Gold)
}

// NERRun is the result of tagging a benchmark.
type NERRun struct {
	Score   NERScore
	Pred    [][]string // IOB2, one slice a sentence
	Words   int
	Elapsed time.Duration // time spent in the tagger
}

// WordsPerSecond is the tagger's speed on one core.
func (r NERRun) WordsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Words) / r.Elapsed.Seconds()
}

// RunNER tags every sentence, one at a time, and scores the result.
func RunNER(sents []NERSentence, tag analyze.TagFunc) NERRun {
	var run NERRun
	for _, s := range sents {
		start := time.Now()
		pred := tag(s.Words)
		run.Elapsed += time.Since(start)
		pred = ToIOB2(fitLabels(pred, len(s.Words)))
		run.Pred = append(run.Pred, pred)
		run.Words += len(s.Words)
		run.Score.Add(s.Gold, pred)
	}
	return run
}

// fitLabels pads or cuts a tagger's output to n labels.
func fitLabels(l []string, n int) []string {
	if len(l) == n {
		return l
	}
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
		if i < len(l) {
			out[i] = l[i]
		}
	}
	return out
}

// WriteNERPredictions writes TOKEN GOLD PREDICTED lines in IOB2, a blank
// line between sentences.
func WriteNERPredictions(w io.Writer, sents []NERSentence, pred [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		for j, word := range s.Words {
			fmt.Fprintf(bw, "%s %s %s\n", word, s.Gold[j], pred[i][j])
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}
