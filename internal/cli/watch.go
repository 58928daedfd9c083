package cli

import (
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/store"
)

const watchHelp = `Usage: crosscheck watch [flags] [FEED_URL...]

Polls feeds and ingests what is new: every --every, each feed is asked
for with a conditional GET, the pages of its items that the store does
not hold are fetched, stored and analysed, and one log line a feed says
what came (not modified, N new of M items, or the error). Without
feeds, watches every feed the store has read before. Stop with Ctrl-C.

` + fetchHelp + `

` + dbHelp

func runWatch(e env, args []string) int {
	fs := newFlags("watch", watchHelp)
	var sf storeFlags
	sf.register(fs)
	in, db, ff, lf := &sf.in, &sf.db, &sf.ff, &sf.lf
	every := fs.Duration("every", 10*time.Minute, "poll the feeds this often")
	once := fs.Bool("once", false, "poll once and exit (for cron)")
	feeds, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	log, err := lf.logger(e)
	if err == nil && *every < time.Second {
		err = fmt.Errorf("--every %s: poll at most once a second", *every)
	}
	if paths, _ := splitURLs(feeds); err == nil && len(paths) > 0 {
		err = fmt.Errorf("%q is not an http(s) feed URL", paths[0])
	}
	if _, cerr := in.check(); err == nil {
		err = cerr
	}
	if err != nil {
		return usageError(e, "watch", err)
	}
	open := db.openFor
	if len(feeds) == 0 {
		open = db.openExisting // the stored feeds: no store, none to watch
	}
	s, ok := open(e, "watch")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	if len(feeds) == 0 {
		if feeds, err = storedFeeds(e, s); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck watch: %v\n", err)
			return ExitFailed
		}
		if len(feeds) == 0 {
			fmt.Fprintln(e.stderr, "crosscheck watch: no feeds given and none stored: give a feed URL")
			return ExitUsage
		}
	}
	f := ff.fetcher(in.ingestOptions(e))
	opt := pipeline.Options{Workers: in.workers, Ingest: in.ingestOptions(e)}
	for {
		status, err := watchRound(e, s, f, feeds, opt, sf, log)
		if err != nil {
			fmt.Fprintf(e.stderr, "crosscheck watch: %v\n", err)
			return ExitFailed
		}
		if *once {
			return status
		}
		sf.reanalyse = false // once is enough
		select {
		case <-e.ctx.Done():
			log.Info("stopped")
			return ExitOK
		case <-time.After(*every):
		}
	}
}

func storedFeeds(e env, s store.Store) ([]string, error) {
	fds, err := s.Feeds(e.ctx)
	var urls []string
	for _, f := range fds {
		urls = append(urls, f.URL)
	}
	return urls, err
}

// watchRound polls the feeds once and stores what is new. Only a store
// that cannot be written stops the watch; a feed or page that fails is
// logged and tried again next round (after its host's backoff). The
// status is the round's, as --once exits with it: ExitPartial when
// something failed, ExitFailed when every feed did.
func watchRound(e env, s store.Store, f *ingest.Fetcher, feeds []string, opt pipeline.Options, sf storeFlags, log *slog.Logger) (int, error) {
	in := sf.in
	start := time.Now()
	bar := newProgress(e, in.quiet, "fetching")
	opt.Progress = bar.update
	res := fetchURLs(e, s, f, feeds, opt, log)
	bar.finish()
	failed, feedsFailed := 0, map[string]bool{}
	for _, fl := range res.Failures {
		if pipeline.IsRobots(fl) {
			log.Info("skipped: robots.txt disallows it", "url", fl.Source)
			continue
		}
		failed++
		if slices.Contains(feeds, fl.Source) {
			feedsFailed[fl.Source] = true
		}
		log.Warn("failed", "stage", fl.Stage, "source", fl.Source, "err", fl.Err)
	}
	counts, total, stories, err := storeAndAnalyse(e, s, res.Articles, sf, log)
	if err != nil {
		return ExitFailed, err
	}
	log.Info("round done", "feeds", len(feeds), "added", counts[store.Added], "updated", counts[store.Updated],
		"failed", failed, "articles", total, "stories", stories, "duration", time.Since(start).Round(time.Millisecond).String())
	switch {
	case len(feedsFailed) == len(feeds):
		return ExitFailed, nil
	case failed > 0:
		return ExitPartial, nil
	}
	return ExitOK, nil
}
