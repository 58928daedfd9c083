package cli

import (
	"fmt"
	"os"

	"github.com/crosscheck/crosscheck/internal/eval"
)

func runEvalCluster(e env, args []string) int {
	fs := newFlags("eval cluster", evalHelp)
	tfidf := fs.Bool("tfidf", false, "score the plain TF-IDF baseline on an input JSONL instead of a report")
	threshold := fs.Float64("threshold", 0.20, "cosine threshold of the TF-IDF baseline")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		fmt.Fprintf(e.stderr, "crosscheck eval cluster: want REPORT.json GOLD.jsonl (or --tfidf INPUT.jsonl GOLD.jsonl)\n")
		return ExitUsage
	}
	gold, err := eval.LoadClusterGold(pos[1])
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	events, stories, err := predicted(pos[0], *tfidf, *threshold)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	ev, st := eval.BCubed(events, gold.Event), eval.BCubed(stories, gold.Topic)
	for _, x := range []struct {
		name string
		s    eval.ClusterScore
	}{{"events", ev}, {"stories", st}} {
		fmt.Fprintf(e.stdout, "pairwise %s F1 %.4f P %.4f R %.4f\n", x.name, x.s.PairF1, x.s.PairP, x.s.PairR)
	}
	if ev.Repeated+st.Repeated > 0 {
		fmt.Fprintf(e.stdout, "repeated events %d stories %d\n", ev.Repeated, st.Repeated)
	}
	fmt.Fprintf(e.stdout, "bcubed events F1 %.4f P %.4f R %.4f articles %d\n", ev.F1, ev.P, ev.R, ev.Articles)
	fmt.Fprintf(e.stdout, "bcubed stories F1 %.4f P %.4f R %.4f articles %d\n", st.F1, st.P, st.R, st.Articles)
	return ExitOK
}

// predicted reads the clusters of a report, or runs the TF-IDF baseline
// (the same clusters as events and as stories).
func predicted(path string, tfidf bool, threshold float64) (events, stories [][]string, err error) {
	if tfidf {
		docs, err := eval.LoadTextDocs(path)
		if err != nil {
			return nil, nil, err
		}
		cls := eval.TFIDFClusters(docs, threshold)
		return cls, cls, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("eval cluster: %w", err)
	}
	defer f.Close()
	return eval.ReportClusters(f)
}
