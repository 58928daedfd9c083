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
	// Extract and Fetch) or analysed (by Analyze).
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
	errs := make([]error, len(arts))
	tick := opt.ticker(len(arts))
	Each(ctx, opt.workers(), len(arts), func(i int) {
		errs[i] = guard(func() error {
			docs[i] = analyze.Analyze(arts[i].Doc.ID, arts[i].Article, aopt)
			return nil
		})
		tick()
	})
	var fails []Failure
	for i, err := range errs {
		if err != nil {
			fails = append(fails, Failure{Stage: "analyze", Source: arts[i].Doc.Source, Err: err})
		}
	}
	return docs, fails
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

// Claims reads the claims of each analysis (nil for a nil one) on the
// worker pool.
func Claims(ctx context.Context, docs []*analyze.Doc, opt Options) [][]claims.Claim {
	out := make([][]claims.Claim, len(docs))
	Each(ctx, opt.workers(), len(docs), func(i int) {
		if docs[i] != nil {
			out[i] = claims.Extract(docs[i])
		}
	})
	return out
}

// Headlines reads the claims of each article's headline on the worker
// pool (nil when it has none): what an outlet states in its headline it
// states, even when its text says otherwise.
func Headlines(ctx context.Context, arts []Extracted, opt Options) [][]claims.Claim {
	out := make([][]claims.Claim, len(arts))
	Each(ctx, opt.workers(), len(arts), func(i int) {
		a := arts[i].Article
		if strings.TrimSpace(a.Title) == "" {
			return
		}
		d := analyze.Analyze(arts[i].Doc.ID, extract.Article{Text: a.Title, Published: a.Published, Language: a.Language}, analyze.Options{})
		out[i] = claims.Extract(d)
	})
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
