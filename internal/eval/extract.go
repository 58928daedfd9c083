// Package eval scores crosscheck's output against labelled benchmarks with
// each benchmark's standard metric.
package eval

import (
	"fmt"
	"regexp"
)

// wordRE matches the tokens of the ScrapingHub article-extraction-benchmark:
// maximal runs of Unicode letters, numbers and underscores (Python's \w on str).
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// PageScore is the normalised shingle overlap of one page.
type PageScore struct {
	TP, FP, FN float64
}

// ScorePage compares extracted text with the gold main text using 4-token
// shingles counted as multisets, normalised so every page weighs the same.
func ScorePage(gold, pred string) PageScore {
	return scoreShingles(shingles(gold, 4), shingles(pred, 4))
}

func scoreShingles(g, p map[string]int) PageScore {
	var s PageScore
	for k, gc := range g {
		pc := p[k]
		s.TP += float64(min(gc, pc))
		s.FN += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		s.FP += float64(max(0, pc-g[k]))
	}
	if sum := s.TP + s.FP + s.FN; sum > 0 {
		s.TP, s.FP, s.FN = s.TP/sum, s.FP/sum, s.FN/sum
	}
	return s
}

// shingles counts the n-token windows of text; texts shorter than n give one
// shingle of all their tokens.
func shingles(text string, n int) map[string]int {
	toks := wordRE.FindAllString(text, -1)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	if len(toks) < n {
		out[join(toks)]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[join(toks[i:i+n])]++
	}
	return out
}

func join(toks []string) string {
	n := len(toks)
	for _, t := range toks {
		n += len(t)
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, t...)
	}
	return string(b)
}

func (s PageScore) precision() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FP == 0:
		return 0
	}
	return s.TP / (s.TP + s.FP)
}

func (s PageScore) recall() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FN == 0:
		return 0
	}
	return s.TP / (s.TP + s.FN)
}

// ExtractTotals accumulates page scores into corpus precision, recall and F1.
type ExtractTotals struct {
	Pages, Empty int
	sumP, sumR   float64
	nP, nR       int
}

// Add records one page.
func (t *ExtractTotals) Add(s PageScore) {
	t.Pages++
	if s.TP+s.FP > 0 {
		t.sumP += s.precision()
		t.nP++
	} else {
		t.Empty++
	}
	if s.TP+s.FN > 0 {
		t.sumR += s.recall()
		t.nR++
	}
}

// P is the mean page precision over pages with some output.
func (t ExtractTotals) P() float64 { return mean(t.sumP, t.nP) }

// R is the mean page recall over pages with some gold text.
func (t ExtractTotals) R() float64 { return mean(t.sumR, t.nR) }

// F1 is the harmonic mean of P and R.
func (t ExtractTotals) F1() float64 { return f1(t.P(), t.R()) }

// String is the benchmark's summary line.
func (t ExtractTotals) String() string {
	return fmt.Sprintf("extract F1 %.4f P %.4f R %.4f pages %d", t.F1(), t.P(), t.R(), t.Pages)
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
