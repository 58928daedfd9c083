package cli

import (
	"fmt"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/store"
)

const ingestHelp = `Usage: crosscheck ingest [flags] PATH|URL|- ...

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

` + inputsHelp + `

` + dbHelp

// ingestBatch is how many articles one transaction stores.
const ingestBatch = 200

func runIngest(e env, args []string) int {
	fs := newFlags("ingest", ingestHelp)
	var in inputFlags
	in.register(fs)
	var db dbFlag
	db.register(fs)
	paths, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	published, err := in.publishedTime()
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no input: give files, directories, URLs or - for standard input")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck ingest: %v\nRun 'crosscheck ingest --help' for usage.\n", err)
		return ExitUsage
	}
	s, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck ingest: %v\n", err)
		return ExitFailed
	}
	defer s.Close()
	bar := newProgress(e, in.quiet, "reading")
	res := pipeline.Extract(e.ctx, paths, pipeline.Options{Workers: in.workers, Ingest: in.ingestOptions(e),
		Published: published, Progress: bar.update})
	bar.finish()
	for _, f := range res.Failures {
		fmt.Fprintf(e.stderr, "crosscheck: %s\n", f.Error())
	}
	counts, err := putAll(e, s, res.Articles, in.quiet)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck ingest: %v\n", err)
		return ExitFailed
	}
	total, _ := s.Count(e.ctx)
	stories, _ := s.Stories(e.ctx, store.StoryQuery{})
	if counts[store.Added]+counts[store.Updated] > 0 || total > 0 && len(stories) == 0 {
		if err := reanalyse(e, s, in.workers); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck ingest: %v\n", err)
			return ExitFailed
		}
		stories, _ = s.Stories(e.ctx, store.StoryQuery{})
	}
	fmt.Fprintf(e.stdout, "read %d articles: %d added, %d updated, %d already stored; the store holds %d articles in %d stories\n",
		len(res.Articles), counts[store.Added], counts[store.Updated], counts[store.Kept], total, len(stories))
	switch {
	case len(res.Failures) > 0 && len(res.Articles) == 0:
		return ExitFailed
	case len(res.Failures) > 0:
		return ExitPartial
	}
	return ExitOK
}

// putAll stores the articles in batches and counts the outcomes.
func putAll(e env, s store.Store, arts []pipeline.Extracted, quiet bool) (map[store.Outcome]int, error) {
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
		bar.update(start+len(batch), len(arts))
	}
	return counts, nil
}

// reanalyse analyses every stored article and stores the report.
func reanalyse(e env, s store.Store, workers int) error {
	arts, err := s.Articles(e.ctx)
	if err != nil {
		return err
	}
	docs := make([]ingest.Document, len(arts))
	exs := make([]extract.Article, len(arts))
	for i, a := range arts {
		docs[i], exs[i] = a.Doc, a.Extracted
	}
	r := crosscheck.AnalyzeExtracted(e.ctx, docs, exs, crosscheck.Options{Workers: workers})
	return s.SetReport(e.ctx, r)
}
