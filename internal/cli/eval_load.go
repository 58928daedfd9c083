package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/eval"
	"github.com/crosscheck/crosscheck/internal/web"
	"github.com/crosscheck/crosscheck/store"
)

const evalLoadHelp = `Usage: crosscheck eval load [--db FILE] [--requests 1000] [--concurrency 1000]

Serves the store on loopback as 'crosscheck serve' does and sends it
--requests GET requests, --concurrency at once (all released together):
story lists in every order, story pages and their JSON, article pages,
entity pages and searches, taken from the store. Prints each status's
count and, for each of two bursts, exactly
  load <cold|warm> requests <n> concurrency <c> errors <e> p50 <ms> p90 <ms> p99 <ms> max <ms> throughput <r>/s
The cold burst renders every distinct page for the first time; the warm
one asks again, as readers do, and is answered from the server's cache
(kept until the store changes).

Usage: crosscheck eval variants INPUT.jsonl N

Writes N articles as JSONL made from INPUT's (id and text): each pass
over them a new version with its own id, publish day and opening note.
It builds stores of any size from real text, e.g. 10,000 articles from
../shared/bench/clustering/ecbplus-dev/input.jsonl.`

func runEvalLoad(e env, args []string) int {
	fs := newFlags("eval load", evalLoadHelp)
	var db dbFlag
	db.register(fs)
	n := fs.Int("requests", 1000, "requests in all")
	c := fs.Int("concurrency", 1000, "requests at once")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	if len(pos) > 0 || *n < 1 || *c < 1 {
		fmt.Fprintf(e.stderr, "crosscheck eval load: want --requests and --concurrency of at least 1 and no arguments\n")
		return ExitUsage
	}
	s, ok := db.openExisting(e, "eval load")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	paths, err := loadPaths(e, s)
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("the store has no stories: ingest articles first")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval load: %v\n", err)
		return ExitFailed
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv, err := web.New(s, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval load: %v\n", err)
		return ExitFailed
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval load: %v\n", err)
		return ExitFailed
	}
	count, _ := s.Count(e.ctx)
	fmt.Fprintf(e.stdout, "store: %d articles; %d distinct paths; serving on %s\n", count, len(paths), ln.Addr())
	done := make(chan error, 1)
	ctx, stop := context.WithCancel(e.ctx)
	go func() { done <- serve(ctx, ln, srv.Handler(), log) }()
	failed := 0
	for _, label := range []string{"cold", "warm"} {
		res := eval.RunLoad(e.ctx, "http://"+ln.Addr().String(), paths, *n, *c)
		res.Label = label
		for _, st := range slices.Sorted(maps.Keys(res.ByStatus)) {
			fmt.Fprintf(e.stdout, "%s: status %d: %d\n", label, st, res.ByStatus[st])
		}
		if res.FirstError != "" {
			fmt.Fprintf(e.stdout, "%s: first error: %s\n", label, res.FirstError)
		}
		fmt.Fprintln(e.stdout, res)
		failed += res.Errors
	}
	stop()
	<-done
	if failed > 0 {
		return ExitPartial
	}
	return ExitOK
}

// loadPaths picks what a reader would ask for: the lists, and for the
// newest stories their pages, JSON, articles, an entity and a search.
func loadPaths(e env, s store.Store) ([]string, error) {
	paths := []string{"/", "/?order=sources", "/?order=disputed", "/?page=2",
		"/api/v1/stories", "/api/v1/stories?order=disputed&limit=100"}
	list, err := s.Stories(e.ctx, store.StoryQuery{Limit: 50})
	if err != nil {
		return nil, err
	}
	for _, st := range list {
		id := url.PathEscape(st.ID)
		paths = append(paths, "/stories/"+id, "/api/v1/stories/"+id)
		rep, err := s.StoryReport(e.ctx, st.ID)
		if err != nil {
			return nil, err
		}
		for _, a := range rep.Articles[:min(3, len(rep.Articles))] {
			paths = append(paths, "/articles/"+url.PathEscape(a.ID))
		}
		if len(rep.Entities) > 0 {
			paths = append(paths, "/entities/"+url.PathEscape(rep.Entities[0].ID))
		}
		if w := searchWord(st.Title); w != "" {
			paths = append(paths, "/search?q="+url.QueryEscape(w), "/api/v1/search?q="+url.QueryEscape(w))
		}
	}
	return paths, nil
}

// searchWord is the longest word of a title.
func searchWord(title string) string {
	best := ""
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func runEvalVariants(e env, args []string) int {
	fs := newFlags("eval variants", evalLoadHelp)
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	var n int
	var err error
	if len(pos) != 2 {
		err = fmt.Errorf("want INPUT.jsonl and N")
	} else if n, err = strconv.Atoi(pos[1]); err != nil || n < 1 {
		err = fmt.Errorf("N %q: want a whole number of articles, at least 1", pos[1])
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval variants: %v\n", err)
		return ExitUsage
	}
	in, err := os.Open(pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval variants: %v\n", err)
		return ExitFailed
	}
	defer in.Close()
	if err := eval.WriteVariants(e.stdout, in, n); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %v\n", err)
		return ExitFailed
	}
	return ExitOK
}
