package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/store"
)

const ingestHelp = `Usage: crosscheck ingest [flags] PATH|URL|FEED_URL|- ...

Reads articles into the store and brings its analysis up to date: the
stories, events, facts and conflicts that 'crosscheck stories', 'story'
and 'search' show. The store keeps each article as read and as extracted
(main text and every removed line), so a later crosscheck can analyse it
again without fetching it.

An article whose text is stored already (under any id) is kept once; an
article of a stored id with a new text replaces it. Articles are stored
in batches, each committed before the next is read: an ingest that is
stopped keeps every batch it reported, and running it again stores the
rest.

When articles were added or changed, the new and changed ones are
analysed; the store keeps each article's analysis, made by this build of
crosscheck, for the others (another build analyses them all again).
Clustering goes on from the state the store saved at the start of one
of its last two days, when every new article falls on the day before
the last or later; otherwise every article is placed again (and always
when the store holds an article without a publish date). Only the
stories the new articles touch are reconciled again; the others are
kept as stored (-v logs how many analyses were taken from the store, the
day clustering went on from, and how many stories of each). The result
is what 'crosscheck analyze' gives for the same articles.

After an upgrade of crosscheck, 'crosscheck ingest --reanalyse' (with or
without inputs) analyses the stored articles again with the new version,
from the stored text: nothing is fetched again.

` + inputsHelp + `

` + fetchHelp + `

` + dbHelp

// ingestBatch is how many articles one transaction stores.
const ingestBatch = 200

func runIngest(e env, args []string) int {
	fs := newFlags("ingest", ingestHelp)
	var sf storeFlags
	sf.register(fs)
	profile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to this `file` (go tool pprof)")
	in, db, ff, lf := &sf.in, &sf.db, &sf.ff, &sf.lf
	args, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	if *profile != "" {
		stop, err := startProfile(*profile)
		if err != nil {
			return usageError(e, "ingest", fmt.Errorf("--cpuprofile: %w", err))
		}
		defer stop()
	}
	published, err := in.check()
	if err == nil && len(args) == 0 && !sf.reanalyse {
		err = fmt.Errorf("no input: give files, directories, URLs, feeds or - for standard input")
	}
	log, lerr := lf.logger(e)
	if err == nil {
		err = lerr
	}
	if err != nil {
		return usageError(e, "ingest", err)
	}
	s, ok := db.openFor(e, "ingest")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	paths, urls := splitURLs(args)
	opt := pipeline.Options{Workers: in.workers, Ingest: in.ingestOptions(e), Published: published}
	var res pipeline.Result
	if len(paths) > 0 {
		bar := newProgress(e, in.quiet, "reading")
		opt.Progress = bar.update
		res = pipeline.Extract(e.ctx, paths, opt)
		bar.finish()
	}
	if len(urls) > 0 {
		bar := newProgress(e, in.quiet, "fetching")
		opt.Progress = bar.update
		res = mergeResults(res, fetchURLs(e, s, ff.fetcher(opt.Ingest), urls, opt, log))
		bar.finish()
	}
	for _, f := range res.Failures {
		fmt.Fprintf(e.stderr, "crosscheck: %s\n", f.Error())
	}
	counts, total, stories, err := storeAndAnalyse(e, s, res.Articles, sf, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck ingest: %v\n", err)
		return ExitFailed
	}
	fmt.Fprintf(e.stdout, "read %s: %d added, %d updated, %d already stored; the store holds %s in %s\n",
		count(len(res.Articles), "article", "articles"), counts[store.Added], counts[store.Updated], counts[store.Kept],
		count(total, "article", "articles"), count(stories, "story", "stories"))
	switch {
	case len(res.Failures) > 0 && len(res.Articles) == 0:
		return ExitFailed
	case len(res.Failures) > 0:
		return ExitPartial
	}
	return ExitOK
}

// storeAndAnalyse stores articles and brings the analysis up to date when they
// changed the store (or the store has no analysis yet); it returns the
// outcomes and the store's articles and stories.
func storeAndAnalyse(e env, s store.Store, arts []pipeline.Extracted, sf storeFlags, log *slog.Logger) (map[store.Outcome]int, int, int, error) {
	in := sf.in
	counts, err := putAll(e, s, arts, in.quiet, log)
	if err != nil {
		return counts, 0, 0, err
	}
	total, err := s.Count(e.ctx)
	if err != nil {
		return counts, 0, 0, err
	}
	stories, err := s.Stories(e.ctx, store.StoryQuery{})
	if err != nil {
		return counts, total, 0, err
	}
	if counts[store.Added]+counts[store.Updated] > 0 || total > 0 && (len(stories) == 0 || sf.reanalyse) {
		start := time.Now()
		kept, err := reanalyse(e, s, in.workers, in.quiet, sf.reanalyse, log)
		if err != nil {
			return counts, total, 0, err
		}
		if stories, err = s.Stories(e.ctx, store.StoryQuery{}); err != nil {
			return counts, total, 0, err
		}
		log.Debug("analysed", "articles", total, "stories", len(stories), "reconciled", len(stories)-kept, "kept", kept,
			"duration", time.Since(start).Round(time.Millisecond).String())
	}
	return counts, total, len(stories), nil
}

// putAll stores the articles in batches and counts the outcomes.
func putAll(e env, s store.Store, arts []pipeline.Extracted, quiet bool, log *slog.Logger) (map[store.Outcome]int, error) {
	counts := map[store.Outcome]int{}
	bar := newProgress(e, quiet, "storing")
	defer bar.finish()
	for start := 0; start < len(arts); start += ingestBatch {
		batch := arts[start:min(start+ingestBatch, len(arts))]
		in := make([]store.Article, len(batch))
		for i, x := range batch {
			in[i] = store.Article{Doc: x.Doc, Extracted: x.Article}
		}
		outs, err := s.Put(e.ctx, in)
		if err != nil {
			return counts, fmt.Errorf("%w (%d articles stored before this batch)", err, start)
		}
		for _, o := range outs {
			counts[o]++
		}
		log.Debug("stored", "first", batch[0].Doc.ID, "last", batch[len(batch)-1].Doc.ID,
			"articles", len(batch), "done", start+len(batch), "of", len(arts))
		bar.update(start+len(batch), len(arts))
	}
	return counts, nil
}

// reanalyse analyses the stored articles and stores the report. Unless
// fresh, the analyses the store saved are taken for the articles they
// fit, clustering goes on from the latest state saved that fits, and a
// story whose articles, events and entities are those of a stored one
// made by this very program is kept as stored, not reconciled again; it
// returns how many were kept.
func reanalyse(e env, s store.Store, workers int, quiet, fresh bool, log *slog.Logger) (int, error) {
	arts, err := s.Articles(e.ctx)
	if err != nil {
		return 0, err
	}
	docs := make([]ingest.Document, len(arts))
	exs := make([]extract.Article, len(arts))
	for i, a := range arts {
		docs[i], exs[i] = a.Doc, a.Extracted
	}
	opt := crosscheck.Options{Workers: workers}
	if salt, ok := programSalt(); ok {
		opt.Salt = salt
		if fresh {
			if err := s.SetClusterStates(e.ctx, nil, nil); err != nil {
				return 0, err
			}
			if err := s.SetAnalyses(e.ctx, nil, nil); err != nil {
				return 0, err
			}
		} else if opt.Known, err = s.KnownStories(e.ctx); err != nil {
			return 0, err
		}
		opt.States, opt.Clustered = s, func(c crosscheck.Clustering) { logClustering(log, c) }
		opt.Analyses, opt.Analysed = s, func(r crosscheck.Reuse) { logReuse(log, r) }
	}
	bar := newProgress(e, quiet, "analysing")
	opt.AnalysisProgress = bar.update
	r := crosscheck.AnalyzeExtracted(e.ctx, docs, exs, opt)
	bar.finish()
	kept := 0
	for _, fp := range r.Fingerprints {
		if _, ok := opt.Known[fp]; ok {
			kept++
		}
	}
	return kept, s.SetReport(e.ctx, r)
}

// logReuse tells how many saved analyses were taken up.
func logReuse(log *slog.Logger, r crosscheck.Reuse) {
	log.Debug("analyses", "saved", r.Taken, "made", r.Made)
	if r.Problem != nil {
		log.Warn("saved analyses", "error", r.Problem.Error())
	}
}

// logClustering tells how clustering went on from a saved state.
func logClustering(log *slog.Logger, c crosscheck.Clustering) {
	from := "nothing"
	if !c.From.IsZero() {
		from = c.From.Format(time.DateOnly)
	}
	log.Debug("clustered", "from", from, "placed", c.Placed, "states_saved", c.Saved)
	if c.Problem != nil {
		log.Warn("clustering state", "error", c.Problem.Error())
	}
}

// programSalt names this program for report.Options.Salt: the hash of
// its executable, so that any other build reconciles every story anew.
// ok is false if the executable cannot be read.
var programSalt = sync.OnceValues(func() (string, bool) {
	path, err := os.Executable()
	if err != nil {
		return "", false
	}
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", false
	}
	return hex.EncodeToString(h.Sum(nil)), true
})
