package claims

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gertd/go-pluralize"
)

// Singular turns an English plural noun into its singular ("catches" →
// "catch", "people" → "person", "series" → "series"), so that "ten
// people" and "one person" fill one slot. For a phrase, the last word.
func Singular(w string) string {
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") {
		return w // "loss", "basis", "campus": singular already
	}
	return inflect(&singulars, w, inflector().Singular)
}

// Plural is the plural of an English noun ("person" → "people").
func Plural(w string) string { return inflect(&plurals, w, inflector().Plural) }

// inflector is go-pluralize's rules, read-only once built.
var inflector = sync.OnceValue(func() *pluralize.Client {
	c := pluralize.NewClient()
	c.AddUncountableRule("species")
	return c
})

// The rules are a few hundred regular expressions, tried in turn (about
// 20 µs a word); news repeats its nouns, so answers are remembered, up to
// memoLimit words of each kind.
var singulars, plurals memo

const memoLimit = 1 << 16

type memo struct {
	m sync.Map
	n atomic.Int64
}

func inflect(c *memo, w string, rule func(string) string) string {
	if v, ok := c.m.Load(w); ok {
		return v.(string)
	}
	v := rule(w)
	if c.n.Load() < memoLimit {
		c.n.Add(1)
		c.m.Store(w, v)
	}
	return v
}
