package analyze

import (
	"testing"

	"github.com/crosscheck/crosscheck/extract"
)

// FuzzSentences checks tokens and sentences on any text: spans in order,
// inside the text, covering every token once.
func FuzzSentences(f *testing.F) {
	f.Add("Sen. Mark Warner (D-VA) stated. The U.S. talks lasted 4.5 hours.")
	f.Add("“A.” B said... ‘C’ — d-e Trump-Putin's U.S.-Russia 1,000.5 $5m")
	f.Add("\xff\xfe'’s .. -- \n\n x")
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %+v out of order or outside %d bytes", tk, len(text))
			}
			prev = tk.End
		}
		next := 0
		for _, s := range Sentences(text, toks) {
			if s.First != next || s.Last <= s.First || s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
				t.Fatalf("sentence %+v does not follow token %d", s, next)
			}
			next = s.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}

// FuzzAnalyze runs the whole stage (with a tagger that marks capitalised
// words) on any text: no panic, every span inside the text.
func FuzzAnalyze(f *testing.F) {
	f.Add("“There is a deal,” Ushakov said. Trump-Putin talks, according to Kremlin officials, ended.")
	f.Add("Witkoff, a longtime Trump associate, said that the U.S. (D-VA) would “wait”.")
	f.Add("“It was crazy,\" he said. “Never ‘I got hit!’ seen\" „x\" “\n\"y")
	f.Add("According to Bob, ,") // a clause of punctuation only: no quote
	f.Add("Al said that ,")
	capitals := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			out[i] = "O"
			if w != "" && isUpper(firstRune(w)) {
				out[i] = "B-PER"
			}
		}
		return out
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Analyze("f", extract.Article{Text: text}, Options{Tag: capitals})
		in := func(s Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(text) }
		for _, m := range d.Mentions {
			if !in(m.Span) || m.Entity < 0 || m.Entity >= len(d.Entities) {
				t.Fatalf("mention %+v", m)
			}
		}
		for _, q := range d.Quotes {
			if !in(q.Span) || !in(q.Speaker) {
				t.Fatalf("quote %+v", q)
			}
		}
		for _, ds := range d.Descriptors {
			if !in(ds.Span) {
				t.Fatalf("descriptor %+v", ds)
			}
		}
		for i := range d.Entities {
			d.Sex(i)
		}
		Resolve([]*Doc{d})
	})
}
