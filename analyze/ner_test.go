package analyze

import (
	"os"
	"slices"
	"testing"
)

// A session labels every sentence as Tag does, whatever it has cached.
func TestTaggerSessionMatchesTag(t *testing.T) {
	tg, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/bench-news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	toks := Tokenize(text)
	session := tg.Session()
	for _, s := range Sentences(text, toks) {
		var words []string
		for _, tok := range toks[s.First:s.Last] {
			words = append(words, taggerWord(tok.Text(text)))
		}
		if a, b := tg.Tag(words), session(words); !slices.Equal(a, b) {
			t.Errorf("%v: Tag %v, session %v", words, a, b)
		}
	}
}
