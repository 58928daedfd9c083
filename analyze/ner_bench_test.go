package analyze

import (
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testshared"
)

// devSentences reads the words of the CoNLL-2003 dev split.
func devSentences(tb testing.TB) [][]string {
	b, err := os.ReadFile(testshared.Dir(tb, "bench/ner/conll2003-dev/dev.conll"))
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]string
	var cur []string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0 || f[0] == "-DOCSTART-":
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
		default:
			cur = append(cur, f[0])
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// BenchmarkTag tags the CoNLL-2003 dev split on one core.
func BenchmarkTag(b *testing.B) {
	sents := devSentences(b)
	t, err := LoadTagger()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			t.Tag(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
