package crosscheck

import (
	"context"
	"time"

	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// Options control Analyze. The zero value is ready to use.
type Options struct {
	Workers   int            // parallel workers; 0 means one per CPU
	Ingest    ingest.Options // size limit, URL timeout, User-Agent
	Published time.Time      // publish date assumed for articles that give none
	WithText  bool           // include each article's main text in the report

	// Progress, if set, is called after each article is extracted.
	Progress func(done, total int)
}

// Extract reads the sources and extracts each article's main text and
// metadata, without further analysis. The report's articles carry their text.
func Extract(ctx context.Context, sources []string, opt Options) report.Report {
	res := pipeline.Extract(ctx, sources, pipeline.Options{
		Workers: opt.Workers, Ingest: opt.Ingest, Published: opt.Published, Progress: opt.Progress,
	})
	return newReport(res, report.Options{WithText: true})
}

// Analyze reads the sources (paths, directories, "-" for standard input,
// http(s) URLs), analyses every article and returns the report. An input
// that fails is listed in Report.Failed; the others are still analysed.
func Analyze(ctx context.Context, sources []string, opt Options) report.Report {
	res := pipeline.Extract(ctx, sources, pipeline.Options{
		Workers: opt.Workers, Ingest: opt.Ingest, Published: opt.Published, Progress: opt.Progress,
	})
	return newReport(res, report.Options{WithText: opt.WithText})
}

// newReport turns a pipeline result into the version-1 report.
func newReport(res pipeline.Result, opt report.Options) report.Report {
	var in []report.Input
	for _, x := range res.Articles {
		in = append(in, report.Input{ID: x.Doc.ID, Source: x.Doc.Source, Article: x.Article, Notes: x.Doc.Notes})
	}
	var failed []report.Failure
	for _, f := range res.Failures {
		failed = append(failed, report.Failure{Source: f.Source, Stage: f.Stage, Error: f.Err.Error()})
	}
	var dups []report.Duplicate
	for _, d := range res.Duplicates {
		dups = append(dups, report.Duplicate{Source: d.Doc.Source, Of: d.Of})
	}
	return report.New(in, failed, dups, opt)
}
