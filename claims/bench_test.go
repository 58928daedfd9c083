package claims

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

// BenchmarkExtract reads claims from an analysed article of about 600
// words (analysis not timed).
func BenchmarkExtract(b *testing.B) {
	para := "Former President Bill Carter met Prime Minister Ana Ruiz in Lisbon on Monday for three hours. " +
		"The talks ended without a deal, officials said, and about 2,000 people protested outside. " +
		"The attack in the north killed 12 people and wounded 40 on Sunday, police said. "
	d := analyze.Analyze("b", extract.Article{Text: strings.Repeat(para, 12)}, analyze.Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Extract(d)
	}
}
