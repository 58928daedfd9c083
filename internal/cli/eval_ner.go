package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/eval"
)

func runEvalNER(e env, args []string) int {
	fs := newFlags("eval ner", evalHelp)
	conll := fs.String("conll", "", "CoNLL file to score: a word and its gold tag a line")
	out := fs.String("predictions", "", "write TOKEN GOLD PREDICTED lines (IOB2) to this file")
	name := fs.String("tagger", "ours", "tagger to score: "+strings.Join(nerTaggerNames(), ", "))
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	load, found := eval.NERTaggers[*name]
	if len(pos) != 0 || *conll == "" || !found {
		fmt.Fprintf(e.stderr, "crosscheck eval ner: want --conll FILE and a tagger among %s\n", strings.Join(nerTaggerNames(), ", "))
		return ExitUsage
	}
	sents, err := eval.LoadCoNLL(*conll)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	tag, err := load()
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval ner: %v\n", err)
		return ExitFailed
	}
	run := eval.RunNER(sents, tag)
	if *out != "" {
		if err := writePredictions(*out, sents, run.Pred); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval ner: %v\n", err)
			return ExitFailed
		}
	}
	fmt.Fprintf(e.stdout, "speed %s %.0f words/s on one core (%d words in %.2fs)\n",
		*name, run.WordsPerSecond(), run.Words, run.Elapsed.Seconds())
	for _, l := range run.Score.Lines() {
		fmt.Fprintln(e.stdout, l)
	}
	return ExitOK
}

func writePredictions(path string, sents []eval.NERSentence, pred [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := eval.WriteNERPredictions(f, sents, pred); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func nerTaggerNames() []string {
	var names []string
	for n := range eval.NERTaggers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
