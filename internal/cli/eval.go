package cli

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/eval"
)

const evalHelp = `Usage: crosscheck eval extract DIR [--extractor ours|trafilatura|readability]

Scores main-text extraction on a benchmark in the WCXB layout
(DIR/html/<id>.html.gz and DIR/ground-truth/<id>.json, gold in
ground_truth.main_content) with the ScrapingHub article-extraction-benchmark
metric: 4-token shingles, per-page precision and recall, corpus F1 from the
mean P and R. A page whose extraction fails counts as empty output.

Pages are extracted one at a time, so the speed printed is per core.
The last line is exactly:
  extract F1 <f1> P <p> R <r> pages <n>

Usage: crosscheck eval ner --conll FILE [--predictions OUT] [--tagger ours|prose]

Scores named-entity tagging on a CoNLL file (a word in the first column,
its gold IOB1 or IOB2 tag in the last, a blank line between sentences)
as conlleval does: an entity counts when its type and both boundaries
match. Prints P, R and F1 for PER, ORG, LOC and, apart, MISC; the overall
figure counts PER, ORG and LOC only. --predictions writes TOKEN GOLD
PREDICTED lines in IOB2. The last line is exactly:
  ner F1 <f1> P <p> R <r> entities <n>

Usage: crosscheck eval cluster REPORT.json GOLD.jsonl
       crosscheck eval cluster --tfidf INPUT.jsonl GOLD.jsonl [--threshold 0.20]

Scores clustering with BCubed precision, recall and F1 (and pairwise
F1), as ../shared/bench/clustering/ecbplus-dev/README.md defines them:
each stories[].events[] entry of a crosscheck JSON report is an event
cluster, each stories[] entry (with its events' articles) a story
cluster; GOLD.jsonl gives each article's id, event and topic. A gold
article in no cluster is a singleton; an article in several clusters
belongs to the first; ids not in GOLD.jsonl are ignored. --tfidf runs
the plain TF-IDF single-pass baseline (cosine --threshold, default 0.20)
on a JSONL input's id and text instead; its clusters count as events and
as stories. Prints a pairwise line for events and for stories, then how
many articles were listed more than once if any. The last two lines are
exactly:
  bcubed events F1 <f1> P <p> R <r> articles <n>
  bcubed stories F1 <f1> P <p> R <r> articles <n>

Usage: crosscheck eval scale PATH... [--sizes 1000,10000,100000,1000000] [--every 30s] [--cpuprofile FILE]

Measures the online clusterer at scale: reads and analyses the articles
given (for instance ../shared/bench/clustering/ecbplus-dev/input.jsonl),
then places synthetic articles made from them — each pass over them a new
generation with renamed entities and words, a fifth of the words dropped,
one article in ten a copy of the one before, one published every --every —
through the near-duplicate index and the story and event index; only
the clustering is timed, not the making of the articles. After each size
it prints the mean time to place an article since the last size
(us/article); the mean time per article of all the work so far, counting
the splitting into events that placing puts off until a story closes, as
a report made at that point would pay for the stories still open
(all_in_us); the live heap, the open articles and stories and the copies
found. Last, the ratios of both figures at the largest size to those at
10,000. --cpuprofile writes a CPU profile of the placing.

` + evalLoadHelp

// evalKinds are the benchmarks `crosscheck eval` scores, a file each.
var evalKinds = map[string]func(env, []string) int{
	"cluster":  runEvalCluster,
	"extract":  runEvalExtract,
	"ner":      runEvalNER,
	"scale":    runEvalScale,
	"load":     runEvalLoad,
	"variants": runEvalVariants,
}

func runEval(e env, args []string) int {
	if len(args) > 0 {
		if run, ok := evalKinds[args[0]]; ok {
			return run(e, args[1:])
		}
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			fmt.Fprintln(e.stdout, evalHelp)
			return ExitOK
		}
	}
	kinds := slices.Sorted(maps.Keys(evalKinds))
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "crosscheck eval: unknown benchmark kind %q: want one of %s (crosscheck eval --help)\n", args[0], strings.Join(kinds, ", "))
	} else {
		fmt.Fprintf(e.stderr, "crosscheck eval: want a benchmark kind, one of %s\n\n%s\n", strings.Join(kinds, ", "), evalHelp)
	}
	return ExitUsage
}

func runEvalExtract(e env, args []string) int {
	fs := newFlags("eval extract", evalHelp)
	name := fs.String("extractor", "ours", "extractor to score: "+strings.Join(extractorNames(), ", "))
	quiet := fs.Bool("quiet", false, "no progress bar")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	x, found := eval.Extractors[*name]
	if len(pos) != 1 || !found {
		fmt.Fprintf(e.stderr, "crosscheck eval extract: want one DIR and an extractor among %s\n", strings.Join(extractorNames(), ", "))
		return ExitUsage
	}
	pages, err := eval.LoadPages(pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	bar := newProgress(e, *quiet, "scoring "+*name)
	run := eval.RunExtract(pages, x, bar.update)
	bar.finish()
	fmt.Fprintf(e.stdout, "speed %s %.1f pages/s on one core (%d pages in %.1fs), %d empty outputs\n",
		*name, run.PagesPerSecond(), run.Totals.Pages, run.Elapsed.Seconds(), run.Totals.Empty)
	fmt.Fprintln(e.stdout, run.Totals)
	return ExitOK
}

func extractorNames() []string {
	var names []string
	for n := range eval.Extractors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
