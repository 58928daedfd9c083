package store

import (
	"context"
	"errors"
	"time"

	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/report"
)

// ErrNotFound is returned for an article or story id the store does not
// hold.
var ErrNotFound = errors.New("store: not found")

// ErrNoWords is returned for a search query without a word to look for.
var ErrNoWords = errors.New("store: the query has no words")

// Article is one stored article: the document as read and what
// extraction made of it.
type Article struct {
	Doc       ingest.Document // Body is the raw body, UTF-8
	Extracted extract.Article
	Hash      string    // of the extracted text: the same text is stored once
	Added     time.Time // when it was first stored
}

// Outcome is what Put did with one article.
type Outcome uint8

// The outcomes of Put.
const (
	Added   Outcome = iota // a new article
	Updated                // an article of a stored id, with another text: it replaces the old
	Kept                   // the same text is stored already (under this id or another): nothing changed
)

func (o Outcome) String() string {
	return [...]string{"added", "updated", "kept"}[o]
}

// StoryOrder is how Stories sorts.
type StoryOrder uint8

// The orders of Stories.
const (
	Newest       StoryOrder = iota // latest article first
	MostSources                    // most independent sources first
	MostDisputed                   // most conflicts first
)

// StoryQuery selects and orders stories.
type StoryQuery struct {
	Since  time.Time // only stories with an article published at or after it (zero: all)
	Order  StoryOrder
	Limit  int // 0: all
	Offset int
}

// StorySummary is a story as a list shows it.
type StorySummary struct {
	ID        string
	Title     string
	Articles  int
	Sources   int // outlets, each counted once
	Events    int
	Conflicts int
	First     time.Time // its first and last articles' publish times
	Last      time.Time
}

// Hit is an article a search found.
type Hit struct {
	ID        string
	Title     string
	Published time.Time
	Story     string // the story it is in, "" before the first analysis
	// Snippet is a passage of the text with the matched words between
	// MarkStart and MarkEnd.
	Snippet string
}

// The bytes around matched words in a Hit's Snippet: control characters
// no article text keeps, so that a reader can mark or escape them safely.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// StateKey names a saved clustering state (cluster.Saved): the day it
// starts and the digest of what it placed.
type StateKey struct {
	Day    time.Time
	Digest string
}

// AnalysisKey names an article's saved analysis: the article and the
// digest of what the analysis was made from.
type AnalysisKey struct {
	Article string
	Digest  string
}

// SavedAnalysis is an article's analysis as its maker encoded it
// (crosscheck.Options.Analyses), under its key.
type SavedAnalysis struct {
	AnalysisKey
	Data []byte
}

// Feed is what the store knows of a feed it reads.
type Feed struct {
	URL        string
	Title      string
	Validators ingest.Validators // of the version read last
	Checked    time.Time         // when it was last asked for
	Failures   int               // checks that failed in a row
	Error      string            // why the last check failed
}

// Store keeps articles and their analysis. Every method is safe for
// concurrent use.
type Store interface {
	// Put stores the articles in one transaction and reports what it did
	// with each, in order. When Put returns nil every article is durable;
	// when it returns an error none was stored.
	Put(ctx context.Context, arts []Article) ([]Outcome, error)
	// Has reports which of the ids are stored.
	Has(ctx context.Context, ids []string) (map[string]bool, error)
	// Articles returns every stored article, in id order, without its
	// raw body (Doc.Body is nil): what analysis needs of a whole store
	// fits in memory. Article gives one article's body.
	Articles(ctx context.Context) ([]Article, error)
	// Article returns one article, or ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)
	// Count returns how many articles are stored.
	Count(ctx context.Context) (int, error)

	// SetReport replaces the stored analysis with r in one transaction,
	// writing only what differs from the stored one.
	SetReport(ctx context.Context, r report.Report) error
	// KnownStories returns the stored stories by the fingerprint of what
	// they were made from (report.Report.Fingerprints), for
	// report.Options.Known.
	KnownStories(ctx context.Context) (map[string]report.Story, error)
	// Stories lists the stories of the stored analysis.
	Stories(ctx context.Context, q StoryQuery) ([]StorySummary, error)
	// Story returns one story of the stored analysis, or ErrNotFound.
	Story(ctx context.Context, id string) (report.Story, error)
	// StoryReport returns one story as a report of its own (see
	// report.Report.Trim): the story, its articles, the entities they
	// mention and their quotations; or ErrNotFound.
	StoryReport(ctx context.Context, id string) (report.Report, error)
	// Entity returns one entity of the stored analysis, over all stories,
	// or ErrNotFound.
	Entity(ctx context.Context, id string) (report.Entity, error)
	// StoryOf returns the id of the story an article is in, or ErrNotFound
	// when the article has not been analysed.
	StoryOf(ctx context.Context, article string) (string, error)
	// Marks returns the evidence marks of an analysed article's text
	// (report.Report.Marks), or ErrNotFound.
	Marks(ctx context.Context, article string) ([]report.Mark, error)
	// Version returns a number that rises with every change of the
	// stored articles or analysis: what a reader computed from the store
	// holds while it stays the same.
	Version(ctx context.Context) (int64, error)
	// Analysed returns the stored analysis of one article, or ErrNotFound.
	Analysed(ctx context.Context, id string) (report.Article, error)

	// ClusterStates lists the clustering states the store keeps, in day
	// order: the clusterer's state at the start of a few recent days, from
	// which an ingest goes on placing the days from the first one its new
	// articles fall on (crosscheck.States).
	ClusterStates(ctx context.Context) ([]StateKey, error)
	// ClusterState returns the state saved at the start of day, or
	// ErrNotFound.
	ClusterState(ctx context.Context, day time.Time) (cluster.Saved, error)
	// SetClusterStates keeps the states keep names, as they are, and
	// adds (or replaces) those of add; it drops every other.
	SetClusterStates(ctx context.Context, keep []StateKey, add []cluster.Saved) error

	// Analyses returns the saved analyses of the keys the store holds
	// (the same article and digest), by article id: an ingest analyses
	// again only the articles that have none (crosscheck.Analyses).
	Analyses(ctx context.Context, keys []AnalysisKey) (map[string][]byte, error)
	// SetAnalyses keeps the analyses keep names, as they are, and adds
	// (or replaces) those of add; it drops every other.
	SetAnalyses(ctx context.Context, keep []AnalysisKey, add []SavedAnalysis) error

	// Search finds articles by words of their title and text, best
	// first. The query is words, not a query language: every word must
	// occur (in any form the tokenizer folds to it), "quoted words" as a
	// phrase.
	Search(ctx context.Context, query string, limit, offset int) ([]Hit, error)

	// Feed returns what the store knows of a feed, or ErrNotFound.
	Feed(ctx context.Context, url string) (Feed, error)
	// Feeds returns every feed, by URL.
	Feeds(ctx context.Context) ([]Feed, error)
	// SetFeed stores what is known of a feed, replacing what was.
	SetFeed(ctx context.Context, f Feed) error

	Close() error
}
