package report

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
)

// Version is the version of the report contract.
const Version = 1

// Report is the result of an analysis (DESIGN.md, contract version 1).
type Report struct {
	Version  int       `json:"version"`
	Articles []Article `json:"articles"`
	Entities []Entity  `json:"entities"`
	Quotes   []Quote   `json:"quotes"`
	Stories  []Story   `json:"stories"`

	// Inputs that gave no article, and copies left out.
	Failed     []Failure   `json:"failed"`
	Duplicates []Duplicate `json:"duplicates"`

	// Fingerprints name what each story (by id) was made from, for a
	// store to hand back as Options.Known next time; made only when
	// Options.Salt is set, and not part of the report a reader sees.
	Fingerprints map[string]string `json:"-"`
}

// Article is one extracted article.
type Article struct {
	ID              string            `json:"id"`
	Source          string            `json:"source"`
	URL             string            `json:"url,omitempty"`
	Site            string            `json:"site"`
	Title           string            `json:"title"`
	Byline          *string           `json:"byline"`
	Published       *string           `json:"published"`
	Language        *string           `json:"language"`
	Words           int               `json:"words"`
	Headings        []string          `json:"headings"`
	Removed         []extract.Removed `json:"removed"`
	NearDuplicateOf *string           `json:"near_duplicate_of"`
	Signals         *Signals          `json:"signals,omitempty"`
	Notes           []string          `json:"notes,omitempty"` // a guessed charset, an ignored field
	Text            string            `json:"text,omitempty"`
}

// Signals describe how an article reports.
type Signals struct {
	HedgesPer100Words float64 `json:"hedges_per_100_words"`
	Quotes            int     `json:"quotes"`
	NamedSources      int     `json:"named_sources"`
	AttributedShare   float64 `json:"attributed_share"`
	// BoilerplateShare is the share of the article's lines extract removed.
	BoilerplateShare float64 `json:"boilerplate_share"`
	// Conflicts counts the conflicts of its story the article is a side of.
	Conflicts int `json:"conflicts"`
}

// Entity is a person, organisation or place, one across all articles.
type Entity struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Aliases     []string     `json:"aliases"`
	Articles    []string     `json:"articles"`
	Descriptors []Descriptor `json:"descriptors"`
	Evidence    []Span       `json:"evidence"` // its first mention in each article
}

// Descriptor is a title or description of an entity and who uses it.
type Descriptor struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// Span is a range of bytes of an article's main text.
type Span struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Quote is a quotation and its speaker.
type Quote struct {
	Speaker     *string  `json:"speaker"` // entity id; null when the speaker is not a named entity
	SpeakerName string   `json:"speaker_name"`
	Text        string   `json:"text"`
	Article     string   `json:"article"`
	Direct      bool     `json:"direct"` // in quotation marks, not reported speech
	Evidence    Evidence `json:"evidence"`
}

// Evidence is the sentence that supports a result and the exact bytes.
type Evidence struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Modality string `json:"modality"`
	// Text is the exact words of [Start, End), when they are not the sentence.
	Text string `json:"text,omitempty"`
	// Attribution is who the sentence says the claim comes from, as written.
	Attribution string `json:"attribution,omitempty"`
}

// Story is a set of articles about one topic, its events, and where its
// sources contradict each other.
type Story struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Articles  []string   `json:"articles"`
	Events    []Event    `json:"events"`
	Conflicts []Conflict `json:"conflicts"`
}

// Failure is an input that could not be read or extracted.
type Failure struct {
	Source string `json:"source"`
	Stage  string `json:"stage"`
	Error  string `json:"error"`
}

// Duplicate is an input left out because the same article was read before.
type Duplicate struct {
	Source string `json:"source"`
	Of     string `json:"of"`
}

// Input is one extracted article and where it came from.
type Input struct {
	ID, Source string
	Article    extract.Article
	Notes      []string
	Doc        *analyze.Doc   // the analysis; nil when the article was only extracted
	Claims     []claims.Claim // the claims of Doc
	// HeadlineClaims are the claims of the article's headline, read on
	// its own: a source that states a value there states it.
	HeadlineClaims []claims.Claim
	// Digest, if set, names the article as extracted and what analysed
	// it (the program): a story's fingerprint takes it in place of the
	// article's bytes.
	Digest string
}

// Options shape a report.
type Options struct {
	WithText bool // include each article's main text
	// Known are stories made before, by fingerprint (Report.Fingerprints):
	// a story whose fingerprint is known is taken as it is, not
	// reconciled again. Salt names what made them (the program); a
	// fingerprint holds it, so that a new program reconciles anew.
	// Without a salt no fingerprint is made and nothing is known.
	Known map[string]Story
	Salt  string
}

// New builds a report over extracted articles, sorted by id. ents are the
// entities that analyze.Resolve found over the inputs' Docs, in input
// order; clusters group the inputs (the zero Result: no stories).
func New(in []Input, ents []analyze.Global, clusters cluster.Result, failed []Failure, dups []Duplicate, opt Options) Report {
	r := Report{Version: Version, Articles: []Article{}, Entities: []Entity{}, Quotes: []Quote{},
		Stories: []Story{}, Failed: slices.Clone(failed), Duplicates: slices.Clone(dups)}
	for _, x := range in {
		r.Articles = append(r.Articles, NewArticle(x, opt))
	}
	r.Entities, r.Quotes = analysis(in, ents)
	r.Stories, r.Fingerprints = stories(in, ents, clusters, opt)
	acrossStories(in, ents, clusters, r.Stories)
	setConflicts(r.Articles, r.Stories)
	for i := range r.Articles {
		if of, ok := clusters.DuplicateOf[r.Articles[i].ID]; ok {
			r.Articles[i].NearDuplicateOf = &of
		}
	}
	slices.SortFunc(r.Articles, func(a, b Article) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Failed, func(a, b Failure) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Stage, b.Stage), cmp.Compare(a.Error, b.Error))
	})
	slices.SortFunc(r.Duplicates, func(a, b Duplicate) int { return cmp.Compare(a.Source, b.Source) })
	if r.Failed == nil {
		r.Failed = []Failure{}
	}
	if r.Duplicates == nil {
		r.Duplicates = []Duplicate{}
	}
	return r
}

// NewArticle describes one article.
func NewArticle(x Input, opt Options) Article {
	a := x.Article
	out := Article{
		ID: x.ID, Source: x.Source, URL: a.URL, Site: a.Site, Title: a.Title,
		Byline: optional(a.Byline), Published: optional(FormatTime(a.Published)),
		Language: optional(a.Language), Words: a.Words(), Headings: a.Headings(), Removed: a.Removed,
		Notes: x.Notes,
	}
	if out.Headings == nil {
		out.Headings = []string{}
	}
	if out.Removed == nil {
		out.Removed = []extract.Removed{}
	}
	if opt.WithText {
		out.Text = a.Text
	}
	if x.Doc != nil {
		s := x.Doc.Signals()
		out.Signals = &Signals{HedgesPer100Words: s.HedgesPer100Words, Quotes: s.Quotes,
			NamedSources: s.NamedSources, AttributedShare: s.AttributedShare, BoilerplateShare: boilerplateShare(a)}
	}
	return out
}

// FormatTime writes a time in RFC 3339, UTC; "" for the zero time.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// boilerplateShare is the share of an article's lines that extract
// removed as not being its text.
func boilerplateShare(a extract.Article) float64 {
	kept := len(strings.Split(a.Text, "\n\n"))
	if a.Text == "" {
		kept = 0
	}
	if kept+len(a.Removed) == 0 {
		return 0
	}
	return math.Round(100*float64(len(a.Removed))/float64(kept+len(a.Removed))) / 100
}

// conflicts counts the report's conflicts, one listed in several stories
// (an age across stories) once.
func (r Report) conflicts() int {
	n := 0
	for range distinct(r.Stories) {
		n++
	}
	return n
}

// distinct yields the conflicts of the stories, one listed in several of
// them (an age across stories) once.
func distinct(stories []Story) iter.Seq[Conflict] {
	return func(yield func(Conflict) bool) {
		across := map[[2]string]bool{}
		for _, s := range stories {
			for _, c := range s.Conflicts {
				if k := [2]string{c.Entity, c.Slot}; len(c.Stories) > 0 {
					if across[k] {
						continue
					}
					across[k] = true
				}
				if !yield(c) {
					return
				}
			}
		}
	}
}

// setConflicts counts, for each article, the conflicts it is a side of.
func setConflicts(arts []Article, stories []Story) {
	n := map[string]int{}
	for c := range distinct(stories) {
		seen := map[string]bool{}
		for _, side := range c.Sides {
			for _, a := range side.Articles {
				if !seen[a] {
					seen[a] = true
					n[a]++
				}
			}
		}
	}
	for i := range arts {
		if arts[i].Signals != nil {
			arts[i].Signals.Conflicts = n[arts[i].ID]
		}
	}
}
