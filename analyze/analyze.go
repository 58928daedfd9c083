package analyze

import (
	"time"

	"github.com/crosscheck/crosscheck/extract"
)

// Doc is the analysis of one article. Every span points into Text.
type Doc struct {
	ID        string
	Text      string
	Published time.Time

	Tokens      []Token
	Sentences   []Sentence
	Modality    []Modality // one a sentence
	Mentions    []Mention
	Entities    []Entity
	Descriptors []Descriptor
	Quotes      []Quote
	Quantities  []Quantity
	Times       []TimeExpr // normalised against Published when it is known
	Hedges      int        // hedge words ("likely", "could", …)
}

// Options control Analyze. The zero value uses the embedded tagger.
type Options struct {
	Tag TagFunc // the entity tagger; nil means the embedded one
}

// Analyze reads one article.
func Analyze(id string, a extract.Article, opt Options) *Doc {
	d := &Doc{ID: id, Text: a.Text, Published: a.Published}
	d.Tokens = Tokenize(d.Text)
	d.Sentences = Sentences(d.Text, d.Tokens)
	d.Modality, d.Hedges = sentenceModality(d.Text, d.Tokens, d.Sentences)
	tag := opt.Tag
	if tag == nil {
		tag = defaultTag()
	}
	ms := tagMentions(d.Text, d.Tokens, d.Sentences, tag)
	ms = refineMentions(d.Text, d.Tokens, ms)
	if a.Language != "" && a.Language != "en" {
		ms = dropOpeners(d.Tokens, d.Sentences, ms)
	}
	d.Mentions, d.Entities = groupEntities(d.Text, d.Tokens, d.Sentences, ms)
	d.Descriptors = findDescriptors(d.Text, d.Tokens, d.Sentences, d.Mentions)
	d.Quotes = findQuotes(d.Text, d.Tokens, d.Sentences, d.Mentions)
	d.Quantities = Quantities(d.Text, d.Tokens, d.Sentences)
	d.Times = TimeExprs(d.Text, d.Tokens, d.Sentences, d.Published)
	return d
}

// Words counts the word and number tokens.
func (d *Doc) Words() int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}
