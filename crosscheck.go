package crosscheck

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

// Options control Analyze. The zero value is ready to use.
type Options struct {
	Workers   int            // parallel workers; 0 means one per CPU
	Ingest    ingest.Options // size limit, URL timeout, User-Agent
	Published time.Time      // publish date assumed for articles that give none
	WithText  bool           // include each article's main text in the report

	// Progress, if set, is called after each article is extracted.
	Progress func(done, total int)
	// AnalysisProgress, if set, is called after each article is analysed.
	AnalysisProgress func(done, total int)

	// Known and Salt: see report.Options. A store passes the stories of
	// its last analysis, so that only the stories new articles touch are
	// reconciled again.
	Known map[string]report.Story
	Salt  string

	// States, if set, holds clustering states saved by an earlier run
	// over some of the same articles (a store keeps them; their digests
	// name Salt): clustering goes on from the latest state that fits
	// instead of placing every article again, and the states of the
	// last days are saved there for the next run. The report is the same.
	States States
	// Clustered, if set, is told how the clustering went.
	Clustered func(Clustering)

	// Analyses, if set, keeps each article's analysis between runs (a
	// store keeps them; their digests name Salt): an article whose
	// analysis it holds under the same digest is not analysed again, and
	// the analyses made are saved there. The report is the same.
	Analyses Analyses
	// Analysed, if set, is told how many analyses were taken from there.
	Analysed func(Reuse)
}

// States keeps clustering states between runs; store.Store is one.
type States interface {
	ClusterStates(ctx context.Context) ([]store.StateKey, error)
	ClusterState(ctx context.Context, day time.Time) (cluster.Saved, error)
	SetClusterStates(ctx context.Context, keep []store.StateKey, add []cluster.Saved) error
}

// Clustering is how a clustering with Options.States went.
type Clustering struct {
	From    time.Time // the day it went on from; zero: it placed every article
	Placed  int       // the articles it placed
	Saved   int       // the states it made and saved (one saved already is kept as it is)
	Problem error     // why no state was taken up or saved, if one could have been
}

// Extract reads the sources and extracts each article's main text and
// metadata, without further analysis. The report's articles carry their text.
func Extract(ctx context.Context, sources []string, opt Options) report.Report {
	res := pipeline.Extract(ctx, sources, pipeline.Options{
		Workers: opt.Workers, Ingest: opt.Ingest, Published: opt.Published, Progress: opt.Progress,
	})
	return newReport(res, nil, nil, nil, cluster.Result{}, report.Options{WithText: true})
}

// Analyze reads the sources (paths, directories, "-" for standard input,
// http(s) URLs), analyses every article and returns the report. An input
// that fails is listed in Report.Failed; the others are still analysed.
func Analyze(ctx context.Context, sources []string, opt Options) report.Report {
	popt := pipeline.Options{Workers: opt.Workers, Ingest: opt.Ingest, Published: opt.Published, Progress: opt.Progress}
	return analyzeAll(ctx, pipeline.Extract(ctx, sources, popt), opt)
}

// AnalyzeExtracted analyses articles extracted before (docs[i] read as
// arts[i], as a store keeps them): the report Analyze gives for the
// sources they were read from.
func AnalyzeExtracted(ctx context.Context, docs []ingest.Document, arts []extract.Article, opt Options) report.Report {
	var res pipeline.Result
	for i := range docs {
		res.Articles = append(res.Articles, pipeline.Extracted{Doc: docs[i], Article: arts[i]})
	}
	slices.SortFunc(res.Articles, func(a, b pipeline.Extracted) int { return strings.Compare(a.Doc.ID, b.Doc.ID) })
	return analyzeAll(ctx, res, opt)
}

// analyzeAll analyses what was extracted.
func analyzeAll(ctx context.Context, res pipeline.Result, opt Options) report.Report {
	popt := pipeline.Options{Workers: opt.Workers, Ingest: opt.Ingest, Published: opt.Published, Progress: opt.AnalysisProgress}
	digests := articleDigests(ctx, res.Articles, opt.Salt, popt)
	as, fails := analyses(ctx, res.Articles, digests, popt, opt)
	res.Failures = append(res.Failures, fails...)
	res.Articles, as, digests = onlyAnalysed(res.Articles, as, digests)
	n := len(as)
	docs := make([]*analyze.Doc, n)
	ids := make([]string, n)
	arts := make([]extract.Article, n)
	for i, x := range res.Articles {
		docs[i], ids[i], arts[i] = as[i].Doc, x.Doc.ID, x.Article
	}
	ents := analyze.Resolve(docs)
	blocks := cluster.NewBlocks(docs, cluster.Options{})
	run := cluster.Run{IDs: ids, Arts: arts, Docs: docs, Blocks: blocks, Each: pipeline.EachOf(ctx, popt)}
	var clusters cluster.Result
	if opt.States != nil && len(blocks.Undated) == 0 {
		var how Clustering
		clusters, how = clusterStored(ctx, run, opt)
		if opt.Clustered != nil {
			opt.Clustered(how)
		}
	} else {
		clusters = clusterAll(ctx, run)
	}
	return newReport(res, as, digests, ents, clusters, report.Options{WithText: opt.WithText, Known: opt.Known, Salt: opt.Salt})
}

// onlyAnalysed keeps the articles that have an analysis, with their
// analyses and digests (if any), in place.
func onlyAnalysed(arts []pipeline.Extracted, as []pipeline.Analysis, digests []string) ([]pipeline.Extracted, []pipeline.Analysis, []string) {
	n := 0
	for i, a := range as {
		if a.Doc != nil {
			arts[n], as[n] = arts[i], a
			if digests != nil {
				digests[n] = digests[i]
			}
			n++
		}
	}
	if digests != nil {
		digests = digests[:n]
	}
	return arts[:n], as[:n], digests
}

// clusterAll clusters every article of the run at once.
func clusterAll(ctx context.Context, run cluster.Run) cluster.Result {
	ins := cluster.Inputs(run.IDs, run.Arts, run.Docs, analyze.ResolveBlocks(run.Docs, run.Blocks.All()))
	return pipeline.Cluster(ctx, ins, run.Blocks, run.Each)
}

// newReport turns a pipeline result into the version-1 report; as, when
// given, are the analyses of res.Articles, in order, and digests name
// them (articleDigests).
func newReport(res pipeline.Result, as []pipeline.Analysis, digests []string, ents []analyze.Global, clusters cluster.Result, opt report.Options) report.Report {
	var in []report.Input
	for i, x := range res.Articles {
		inp := report.Input{ID: x.Doc.ID, Source: x.Doc.Source, Article: x.Article, Notes: x.Doc.Notes}
		if as != nil {
			inp.Doc, inp.Claims, inp.HeadlineClaims = as[i].Doc, as[i].Claims, as[i].Headline
		}
		if digests != nil {
			inp.Digest = digests[i]
		}
		in = append(in, inp)
	}
	var failed []report.Failure
	for _, f := range res.Failures {
		failed = append(failed, report.Failure{Source: f.Source, Stage: f.Stage, Error: f.Err.Error()})
	}
	var dups []report.Duplicate
	for _, d := range res.Duplicates {
		dups = append(dups, report.Duplicate{Source: d.Doc.Source, Of: d.Of})
	}
	return report.New(in, ents, clusters, failed, dups, opt)
}
