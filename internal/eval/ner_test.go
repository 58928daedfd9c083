package eval

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testshared"
)

// nerFloors are the lowest F1 the embedded tagger may score on the
// CoNLL-2003 development split, overall (PER, ORG, LOC) and per type.
// They only ever rise.
var nerFloors = map[string]float64{"overall": 0.915, "PER": 0.925, "ORG": 0.855, "LOC": 0.94}

// TestNERQualityFloor scores the embedded tagger on CoNLL-2003 dev.
func TestNERQualityFloor(t *testing.T) {
	sents, err := LoadCoNLL(filepath.Join(testshared.Dir(t, "bench/ner/conll2003-dev"), "dev.conll"))
	if err != nil {
		t.Fatal(err)
	}
	tag, err := NERTaggers["ours"]()
	if err != nil {
		t.Fatal(err)
	}
	run := RunNER(sents, tag)
	t.Log(run.Score)
	got := map[string]float64{"overall": run.Score.Overall().F1()}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		got[typ] = run.Score.Types[typ].F1()
	}
	for k, floor := range nerFloors {
		if got[k] < floor {
			t.Errorf("%s F1 %.4f fell below the floor %.4f", k, got[k], floor)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n"
	sents, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	if want := []string{"B-ORG", "O", "B-MISC"}; !slices.Equal(sents[0].Gold, want) {
		t.Errorf("labels %v, want %v (IOB1 read as IOB2)", sents[0].Gold, want)
	}
	if want := []string{"B-PER", "I-PER"}; !slices.Equal(sents[1].Gold, want) {
		t.Errorf("labels %v, want %v", sents[1].Gold, want)
	}
}

func TestNERScore(t *testing.T) {
	var s NERScore
	s.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "O", "O", "B-LOC"})
	o := s.Overall()
	if o.Correct != 1 || o.Gold != 2 || o.Pred != 2 {
		t.Errorf("overall %+v, want 1 correct of 2 gold and 2 predicted (boundaries must match)", o)
	}
}

// FuzzReadCoNLL: any input reads without panicking, and each sentence has
// a label a word.
func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("EU NNP I-ORG\nrejects VBZ O\n\nPeter B-PER\n"))
	f.Add([]byte("-DOCSTART-\n\n\n x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadCoNLL(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Words) != len(s.Gold) {
				t.Fatalf("%d words, %d labels", len(s.Words), len(s.Gold))
			}
		}
	})
}
