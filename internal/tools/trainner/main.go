// Command trainner trains crosscheck's entity tagger on CoNLL-format data
// and writes the model analyze embeds; with -gazetteer it builds the name
// lists the tagger's features read instead. Both outputs are the same
// byte for byte for the same inputs.
//
//	go run ./internal/tools/trainner -train ../shared/bench/ner/conll2003-train/train.conll \
//	    -dev ../shared/bench/ner/conll2003-dev/dev.conll -out analyze/internal/lexicon/ner.model
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/internal/eval"
)

func main() {
	train := flag.String("train", "", "CoNLL training file")
	dev := flag.String("dev", "", "CoNLL development file, scored after each pass (optional)")
	out := flag.String("out", "", "model or gazetteer file to write")
	epochs := flag.Int("epochs", 10, "passes over the training data")
	bits := flag.Int("bits", 16, "the weight table has 2^bits rows")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	prune := flag.Int("prune", 0, "drop quantised weights of this size or smaller")
	gaz := flag.Bool("gazetteer", false, "build the name lists from -first, -people, -cities and -dict instead of training")
	flag.StringVar(&lists.first, "first", "", "given-name lists, comma-separated (stdlib datasets names.txt)")
	flag.StringVar(&lists.people, "people", "", "people-names.txt of @cspell/dict-people-names")
	flag.StringVar(&lists.cities, "cities", "", "city names, one a line")
	flag.StringVar(&lists.dict, "dict", "", "an English word list (/usr/share/dict/american-english)")
	flag.Parse()
	var err error
	switch {
	case *out == "":
		err = fmt.Errorf("want -out FILE")
	case *gaz:
		err = writeGazetteer(*out)
	default:
		err = run(*train, *dev, *out, analyze.TrainOptions{Epochs: *epochs, Bits: uint8(*bits), Seed: *seed, Prune: *prune})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out string, opt analyze.TrainOptions) error {
	train, err := eval.LoadCoNLL(trainPath)
	if err != nil {
		return err
	}
	var dev []eval.NERSentence
	if devPath != "" {
		if dev, err = eval.LoadCoNLL(devPath); err != nil {
			return err
		}
		opt.Epoch = func(e int, t *analyze.Tagger) { report(e, t, dev) }
	}
	sents := make([]analyze.TrainSentence, len(train))
	for i, s := range train {
		sents[i] = analyze.TrainSentence{Words: s.Words, Labels: s.Gold}
	}
	t, err := analyze.TrainTagger(sents, opt)
	if err != nil {
		return err
	}
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", out, len(b))
	return os.WriteFile(out, b, 0o644)
}

// report prints the dev score after a pass.
func report(epoch int, t *analyze.Tagger, dev []eval.NERSentence) {
	r := eval.RunNER(dev, t.Tag)
	s := r.Score
	fmt.Fprintf(os.Stderr, "epoch %2d  %s  PER %.4f ORG %.4f LOC %.4f MISC %.4f  %.0f words/s\n", epoch, s,
		s.Types["PER"].F1(), s.Types["ORG"].F1(), s.Types["LOC"].F1(), s.Types["MISC"].F1(), r.WordsPerSecond())
}
