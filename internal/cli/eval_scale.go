package cli

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/internal/eval"
)

func runEvalScale(e env, args []string) int {
	fs := newFlags("eval scale", evalHelp)
	sizes := fs.String("sizes", "1000,10000,100000,1000000", "report after placing this many articles, comma-separated")
	every := fs.Duration("every", 0, "time between two articles' publish times (default 30s)")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the placing to this file (go tool pprof)")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	ns, err := parseSizes(*sizes)
	if len(pos) == 0 || err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval scale: want the articles to vary (a path) and --sizes N,N,… in increasing order%s\n", errSuffix(err))
		return ExitUsage
	}
	if *every == 0 {
		*every = 30e9
	}
	base, df, err := eval.LoadScaleBase(e.ctx, pos)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	fmt.Fprintf(e.stdout, "varying %d articles, one every %s, window %s\n", len(base), *every, cluster.NewOnline(cluster.Options{}).Window())
	if *profile != "" {
		stop, err := startProfile(*profile)
		if err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval scale: %v\n", err)
			return ExitFailed
		}
		defer stop()
	}
	points := eval.RunScale(base, df, ns, *every, cluster.Options{}, func(p eval.ScalePoint) { fmt.Fprintln(e.stdout, p) })
	if len(points) >= 2 {
		ref := points[0]
		for _, p := range points {
			if p.Articles >= 10000 {
				ref = p
				break
			}
		}
		last := points[len(points)-1]
		fmt.Fprintf(e.stdout, "scale all-in cost ratio %.2f (all the work per article, events split, at %d vs %d)\n",
			float64(last.AllIn)/float64(ref.AllIn), last.Articles, ref.Articles)
		fmt.Fprintf(e.stdout, "scale cost ratio %.2f (time per article at %d vs %d)\n",
			float64(last.PerArticle)/float64(ref.PerArticle), last.Articles, ref.Articles)
	}
	return ExitOK
}

// startProfile starts a CPU profile written to path; the func returned
// stops it and closes the file.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 || len(out) > 0 && n <= out[len(out)-1] {
			return nil, fmt.Errorf("bad size %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func errSuffix(err error) string {
	if err != nil {
		return ": " + err.Error()
	}
	return ""
}
