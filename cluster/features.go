package cluster

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/cluster/internal/docfreq"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/extract"
)

// Input is one analysed article to place.
type Input struct {
	ID       string
	Title    string // the headline, when the extractor found one apart from the text
	Language string // ISO 639-1 code, "" when unknown
	Mode     string // whether its lead reports its event as held or planned (claims.Mode), "" if neither
	When     string // the day its lead's event happened (claims.When), "" if it gives none
	Doc      *analyze.Doc
	Entities map[string]int // the groups of the entities it names (Inputs) → mentions
}

// Inputs pairs each analysis (ids[i] is docs[i]'s article, arts[i] what
// was extracted of it) with the entities it names across articles:
// groups[i][e] numbers the group of docs[i].Entities[e], as
// analyze.ResolveBlocks joined them over the articles' Blocks.
func Inputs(ids []string, arts []extract.Article, docs []*analyze.Doc, groups [][]int) []Input {
	ins := make([]Input, len(docs))
	for i, d := range docs {
		ins[i] = Input{ID: ids[i], Title: arts[i].Title, Language: arts[i].Language, Doc: d, Entities: map[string]int{},
			Mode: claims.Mode(d, EventType([]*analyze.Doc{d}), LeadSentences), When: claims.When(d, LeadSentences)}
		for e, g := range groups[i] {
			ins[i].Entities[strconv.Itoa(g)] += len(d.Entities[e].Mentions)
		}
	}
	return ins
}

// Counts are an article's raw features: lower-cased content words ("w:"),
// the entities it names ("e:") and the dates it gives ("t:"), each with
// its count. Words of the lead count leadWeight times: the first
// sentences say which event the article is about.
type Counts map[string]float64

const (
	// LeadSentences is how many first sentences make an article's lead.
	LeadSentences = 3
	leadWeight    = 3
)

// Features counts an article's features.
func Features(in Input) Counts {
	d := in.Doc
	c := Counts{}
	leadEnd := len(d.Text)
	if len(d.Sentences) > LeadSentences {
		leadEnd = d.Sentences[LeadSentences].Start
	}
	for _, t := range d.Tokens {
		w := contentWord(t, d.Text)
		if w == "" {
			continue
		}
		if t.Start < leadEnd {
			c["w:"+w] += leadWeight
		} else {
			c["w:"+w]++
		}
	}
	for _, t := range analyze.Tokenize(in.Title) {
		if w := contentWord(t, in.Title); w != "" {
			c["w:"+w] += leadWeight
		}
	}
	for id, n := range in.Entities {
		c["e:"+id] += float64(n)
	}
	for _, x := range d.Times {
		if x.Resolved {
			c["t:"+x.Value]++
		}
	}
	return c
}

// contentWord returns token t of text lower-cased, or "" if it is no
// word, too short or a stop word.
func contentWord(t analyze.Token, text string) string {
	if t.Kind != analyze.Word || t.Len() < 3 {
		return ""
	}
	w := strings.ToLower(t.Text(text))
	if stopWords[w] {
		return ""
	}
	return w
}

// DocFreq counts in how many articles each feature occurs: the counts of
// articles plus, for words, a background table (package docfreq), so that
// weights mean something in a small batch too. Which articles count is
// PrepareAll's rule.
type DocFreq struct {
	N  int
	DF map[string]int
}

// NewDocFreq counts the features of a batch, every article by every
// other, over the background.
func NewDocFreq(ins []Input) DocFreq {
	c := NewCounter()
	for _, in := range ins {
		c.add(Features(in))
	}
	return c.DocFreq
}

// background reads the embedded table once; a damaged table counts as
// empty, which the tests catch.
var background = sync.OnceValue(func() DocFreq {
	bg := DocFreq{DF: map[string]int{}}
	zr, err := gzip.NewReader(bytes.NewReader(docfreq.Table()))
	if err != nil {
		return bg
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, n, _ := strings.Cut(sc.Text(), "\t")
		c, _ := strconv.Atoi(n)
		if w == "" {
			bg.N = c
		} else {
			bg.DF[w] = c
		}
	}
	return bg
})

// feature is a feature as the clusterer keeps it: its kind in the top two
// bits, a 62-bit FNV-1a hash of its name in the rest. Integer keys make
// the centroid maps small, fast to look up and free of pointers for the
// garbage collector to scan; two of ten million features share a hash
// with a chance of about one in a hundred thousand, and then only weigh
// as one.
type feature uint64

const (
	kindShift          = 62
	otherKind  feature = 0
	wordKind   feature = 1
	entityKind feature = 2
	dateKind   feature = 3
)

// featureOf names feature key ("w:…", "e:…", "t:…").
func featureOf(key string) feature {
	kind, name := otherKind, key
	if len(key) >= 2 && key[1] == ':' {
		switch key[0] {
		case 'w':
			kind, name = wordKind, key[2:]
		case 'e':
			kind, name = entityKind, key[2:]
		case 't':
			kind, name = dateKind, key[2:]
		}
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 1099511628211
	}
	return kind<<kindShift | feature(h>>2)
}

func (f feature) kind() feature { return f >> kindShift }

// entry is one feature of an article's vector.
type entry struct {
	key feature
	w   float64
}

// Vector is an article's features weighted: unit length, sorted by
// feature id, so that every sum over it runs in one order and gives the
// same bits.
type Vector []entry

// Vector weighs an article's features.
func (df DocFreq) Vector(in Input) Vector { return df.Weigh(Features(in)) }

// Weigh turns counts into a unit TF-IDF vector: (1+log tf)·log((N+1)/(df+1)).
func (df DocFreq) Weigh(c Counts) Vector {
	v := make(Vector, 0, len(c))
	for k, n := range c {
		w := (1 + math.Log(n)) * math.Log(float64(df.N+1)/float64(df.DF[k]+1))
		if w > 0 {
			v = append(v, entry{featureOf(k), w})
		}
	}
	slices.SortFunc(v, func(a, b entry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.w, b.w)) })
	v = mergeSame(v)
	sum := 0.0
	for _, e := range v {
		sum += e.w * e.w
	}
	s := math.Sqrt(sum)
	for i := range v {
		v[i].w /= s
	}
	return v
}

// mergeSame adds up the weights of neighbouring entries with one id (two
// names with one hash).
func mergeSame(v Vector) Vector {
	out := v[:0]
	for _, e := range v {
		if n := len(out); n > 0 && out[n-1].key == e.key {
			out[n-1].w += e.w
			continue
		}
		out = append(out, e)
	}
	return out
}

// has reports whether v has feature key.
func (v Vector) has(key feature) bool {
	_, ok := slices.BinarySearchFunc(v, key, func(e entry, k feature) int { return cmp.Compare(e.key, k) })
	return ok
}

// top returns the n heaviest features, ties by id.
func (v Vector) top(n int) []feature { return topKeys(v.all, len(v), n) }

// all yields the features and their weights.
func (v Vector) all(yield func(feature, float64) bool) {
	for _, e := range v {
		if !yield(e.key, e.w) {
			return
		}
	}
}

// stopWords are English function words and words every news report uses.
var stopWords = setOf(`the and for that with was were are has have had his her its their they them
this from but not said says will would been who which when what where also after before about into
over than then there these those more most some such only other can could may might one two three
new last first year years time just like out our she him you all any how very being because while
during under between both each few many much own same through until upon whom why yet per via amid
told say according reported report reports week day days monday tuesday wednesday thursday friday
saturday sunday`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
