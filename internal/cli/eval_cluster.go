package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/crosscheck/crosscheck/internal/eval"
)

func runEvalCluster(e env, args []string) int {
	fs := newFlags("eval cluster", evalHelp)
	tfidf := fs.Bool("tfidf", false, "run the plain TF-IDF baseline on an input JSONL instead of reading a report")
	threshold := fs.Float64("threshold", 0.20, "cosine threshold of the TF-IDF baseline")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	if len(pos) != 2 || *threshold < 0 || *threshold > 1 {
		fmt.Fprintln(e.stderr, "crosscheck eval cluster: want REPORT.json GOLD.jsonl, or --tfidf INPUT.jsonl GOLD.jsonl [--threshold 0..1]")
		return ExitUsage
	}
	gold, err := readPath(pos[1], eval.ReadClusterGold)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	events, stories, err := predicted(pos[0], *tfidf, *threshold)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	ev := eval.BCubed(events, eval.EventLabels(gold))
	st := eval.BCubed(stories, eval.TopicLabels(gold))
	printClusterScores(e.stdout, ev, st)
	return ExitOK
}

// predicted reads the clusters of a report, or runs the TF-IDF baseline
// (the same clusters as events and as stories).
func predicted(path string, tfidf bool, threshold float64) (events, stories [][]string, err error) {
	if tfidf {
		docs, err := readPath(path, eval.ReadTextDocs)
		if err != nil {
			return nil, nil, err
		}
		cls := eval.TFIDFClusters(docs, threshold)
		return cls, cls, nil
	}
	type clusters struct{ events, stories [][]string }
	c, err := readPath(path, func(r io.Reader) (clusters, error) {
		ev, st, err := eval.ReportClusters(r)
		return clusters{ev, st}, err
	})
	return c.events, c.stories, err
}

// readPath opens a file and reads it with read, whose errors name it.
func readPath[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("eval cluster: %w", err)
	}
	defer f.Close()
	return read(f)
}

// printClusterScores prints the pairwise lines, the repeats if any, and
// last the two BCubed lines that scripts read.
func printClusterScores(w io.Writer, ev, st eval.ClusterScore) {
	fmt.Fprintf(w, "pairwise events F1 %.4f P %.4f R %.4f\n", ev.PairF1, ev.PairP, ev.PairR)
	fmt.Fprintf(w, "pairwise stories F1 %.4f P %.4f R %.4f\n", st.PairF1, st.PairP, st.PairR)
	if ev.Repeated+st.Repeated > 0 {
		fmt.Fprintf(w, "repeated events %d stories %d\n", ev.Repeated, st.Repeated)
	}
	fmt.Fprintf(w, "bcubed events F1 %.4f P %.4f R %.4f articles %d\n", ev.F1, ev.P, ev.R, ev.Articles)
	fmt.Fprintf(w, "bcubed stories F1 %.4f P %.4f R %.4f articles %d\n", st.F1, st.P, st.R, st.Articles)
}
