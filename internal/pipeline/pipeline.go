// Package pipeline runs the stages over many inputs. It is the only
// concurrent code in crosscheck: a bounded pool of workers, results kept in
// input order, and a failed input recorded as data while the rest go on.
package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
)

// Options control a run. The zero value is ready to use.
type Options struct {
	Workers   int // 0 means one per CPU
	Ingest    ingest.Options
	Published time.Time // publish date assumed for articles that give none

	// Progress, if set, is called after each article is extracted (by
	// Extract and Fetch) or analysed (by Analyze and Analyses).
	Progress func(done, total int)
}

// ticker returns a func to call as each of n items is done: it reports
// the count to Progress, one call at a time. Without Progress it does
// nothing.
func (o Options) ticker(n int) func() {
	if o.Progress == nil {
		return func() {}
	}
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		o.Progress(done, n)
	}
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// Failure is an input that gave no article.
type Failure struct {
	Stage  string // "ingest" or "extract"
	Source string
	Err    error // the reason, without the stage and the source
}

func (f Failure) Error() string { return f.Stage + ": " + f.Source + ": " + f.Err.Error() }

// ingestFailure unpacks an ingest error into its source and reason.
func ingestFailure(err error) Failure {
	var ie *ingest.Error
	if errors.As(err, &ie) {
		return Failure{Stage: "ingest", Source: ie.Source, Err: ie.Err}
	}
	return Failure{Stage: "ingest", Err: err}
}

// Extracted is one article and where it came from.
type Extracted struct {
	Doc     ingest.Document
	Article extract.Article
}

// Result is the outcome of a run.
type Result struct {
	Articles   []Extracted // sorted by id
	Failures   []Failure
	Duplicates []ingest.Duplicate
}

// Extract reads every source and extracts every article.
func Extract(ctx context.Context, args []string, opt Options) Result {
	var res Result
	sources, errs := ingest.Expand(args)
	for _, err := range errs {
		res.Failures = append(res.Failures, ingestFailure(err))
	}
	docs := readAll(ctx, sources, opt, &res)
	ex := ExtractDocs(ctx, docs, opt)
	ex.Failures = append(res.Failures, ex.Failures...)
	sortFailures(ex.Failures)
	return ex
}

// ExtractDocs extracts every document read, after dropping copies.
func ExtractDocs(ctx context.Context, docs []ingest.Document, opt Options) Result {
	var res Result
	docs, res.Duplicates = ingest.Dedupe(docs)
	arts := make([]*Extracted, len(docs))
	fails := make([]*Failure, len(docs))
	tick := opt.ticker(len(docs))
	Each(ctx, opt.workers(), len(docs), func(i int) {
		a, err := extractOne(docs[i], opt.Published)
		if err != nil {
			fails[i] = &Failure{Stage: "extract", Source: docs[i].Source, Err: err}
		} else {
			arts[i] = &Extracted{Doc: docs[i], Article: a}
		}
		tick()
	})
	for i := range docs {
		if arts[i] != nil {
			res.Articles = append(res.Articles, *arts[i])
		}
		if fails[i] != nil {
			res.Failures = append(res.Failures, *fails[i])
		}
	}
	sortFailures(res.Failures)
	return res
}

func sortFailures(fs []Failure) {
	slices.SortFunc(fs, func(a, b Failure) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Err.Error(), b.Err.Error()))
	})
}

// readAll reads the sources in parallel and returns their documents in
// source order; failures go to res.
func readAll(ctx context.Context, sources []string, opt Options, res *Result) []ingest.Document {
	docs := make([][]ingest.Document, len(sources))
	fails := make([][]Failure, len(sources))
	Each(ctx, opt.workers(), len(sources), func(i int) {
		err := guard(func() error {
			for d, err := range ingest.Read(ctx, sources[i], opt.Ingest) {
				if err != nil {
					fails[i] = append(fails[i], ingestFailure(err))
					continue
				}
				docs[i] = append(docs[i], d)
			}
			return nil
		})
		if err != nil {
			fails[i] = append(fails[i], Failure{Stage: "ingest", Source: sources[i], Err: err})
		}
	})
	var out []ingest.Document
	for i := range sources {
		out = append(out, docs[i]...)
		res.Failures = append(res.Failures, fails[i]...)
	}
	return out
}

// Analyze runs the analyze stage over extracted articles, in parallel; the
// result is in the order of arts. A panic in one article leaves its Doc
// nil and records a failure.
func Analyze(ctx context.Context, arts []Extracted, opt Options, aopt analyze.Options) ([]*analyze.Doc, []Failure) {
	docs := make([]*analyze.Doc, len(arts))
	_, fails := analyseEach(ctx, arts, opt, func(i int) {
		docs[i] = analyze.Analyze(arts[i].Doc.ID, arts[i].Article, aopt)
	})
	return docs, fails
}

// analyseEach calls f(i) for each article on the worker pool, telling
// Progress. An article whose f panics is told in the failures and
// failed.
func analyseEach(ctx context.Context, arts []Extracted, opt Options, f func(i int)) (failed []bool, fails []Failure) {
	errs := make([]error, len(arts))
	tick := opt.ticker(len(arts))
	Each(ctx, opt.workers(), len(arts), func(i int) {
		errs[i] = guard(func() error {
			f(i)
			return nil
		})
		tick()
	})
	failed = make([]bool, len(arts))
	for i, err := range errs {
		if err != nil {
			failed[i] = true
			fails = append(fails, Failure{Stage: "analyze", Source: arts[i].Doc.Source, Err: err})
		}
	}
	return failed, fails
}

// Cluster groups the articles as cluster.Cluster does, counting and
// weighing their features and sketching their texts on each (EachOf).
func Cluster(ctx context.Context, ins []cluster.Input, b cluster.Blocks, each cluster.Each) cluster.Result {
	ps := cluster.PrepareAll(ins, b, each)
	if ctx.Err() != nil {
		return cluster.Result{DuplicateOf: map[string]string{}} // stopped: nothing is placed
	}
	return cluster.ClusterPrepared(ins, ps, cluster.Options{})
}

// Analysis is what the analyze and claims stages make of one article:
// its Doc, the claims of its text and those of its headline, read on its
// own.
type Analysis struct {
	Doc      *analyze.Doc
	Claims   []claims.Claim
	Headline []claims.Claim
}

// Analyses analyses the articles on the worker pool, in order. known, if
// set, gives an analysis made before (ok false: none), taken instead of
// analysing the article again; it runs on the pool too. An article whose
// analysis fails has no Doc and is told in the failures.
func Analyses(ctx context.Context, arts []Extracted, opt Options, known func(i int) (Analysis, bool)) ([]Analysis, []Failure) {
	out := make([]Analysis, len(arts))
	failed, fails := analyseEach(ctx, arts, opt, func(i int) {
		ok := false
		if known != nil {
			out[i], ok = known(i)
		}
		if !ok {
			out[i] = analyseOne(arts[i])
		}
	})
	for i := range out {
		if failed[i] {
			out[i] = Analysis{}
		}
	}
	return out, fails
}

// analyseOne analyses one article and reads its claims and those of its
// headline.
func analyseOne(x Extracted) Analysis {
	d := analyze.Analyze(x.Doc.ID, x.Article, analyze.Options{})
	out := Analysis{Doc: d, Claims: claims.Extract(d)}
	a := x.Article
	if strings.TrimSpace(a.Title) != "" {
		h := analyze.Analyze(x.Doc.ID, extract.Article{Text: a.Title, Published: a.Published, Language: a.Language}, analyze.Options{})
		out.Headline = claims.Extract(h)
	}
	return out
}

// extractOne runs the extract stage on one document.
func extractOne(d ingest.Document, published time.Time) (extract.Article, error) {
	var a extract.Article
	err := guard(func() error {
		h := extract.Hints{URL: d.URL, Title: d.Title, Site: d.Site, Published: d.Published}
		var err error
		if d.Format == ingest.HTML {
			a, err = extract.FromHTML(d.Body, h)
		} else {
			a = extract.FromText(string(d.Body), h)
		}
		return err
	})
	if err != nil {
		return a, err
	}
	if a.Text == "" {
		return a, errNoText
	}
	if a.Published.IsZero() {
		a.Published = published
	}
	return a, nil
}

var errNoText = errors.New("no main text found")

// guard turns a panic inside a stage into an error, so one bad input
// cannot stop the batch.
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report): %v", r)
		}
	}()
	return f()
}

// Each calls f(0) … f(n-1) on at most workers goroutines and returns when
// all have finished or ctx is done.
func Each(ctx context.Context, workers, n int, f func(i int)) {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, workers))
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			f(i)
			return nil
		})
	}
	_ = g.Wait()
}

// EachOf is Each on opt's workers, as cluster.Each.
func EachOf(ctx context.Context, opt Options) cluster.Each {
	w := opt.workers()
	return func(n int, f func(int)) { Each(ctx, w, n, f) }
}
