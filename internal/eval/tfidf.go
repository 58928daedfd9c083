package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
)

// TextDoc is an article for the TF-IDF baseline: its id and text.
type TextDoc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// ReadTextDocs reads id and text from crosscheck's JSONL input format;
// other fields are ignored. Errors name the line.
func ReadTextDocs(r io.Reader) ([]TextDoc, error) {
	var docs []TextDoc
	name := sourceName(r, "input.jsonl")
	err := eachLine(r, name, func(n int, b []byte) error {
		var d TextDoc
		if err := json.Unmarshal(b, &d); err != nil || d.ID == "" {
			return fmt.Errorf("eval: %s:%d: want an object with string fields id and text", name, n)
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// TFIDFClusters is the plain baseline of the ECB+ set's README. Tokens
// are runs of three or more letters or digits, lower-cased, without stop
// words; weights are (1+log tf)·log((N+1)/(df+1)), df over all of docs.
// Taken in id order, each document joins the cluster whose centroid has
// the highest cosine if that reaches threshold, else starts a cluster.
// It returns the clusters' ids in the order they were started.
func TFIDFClusters(docs []TextDoc, threshold float64) [][]string {
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b TextDoc) int { return strings.Compare(a.ID, b.ID) })
	vecs := tfidfVectors(docs)
	var cls []*centroid
	for i, v := range vecs {
		best, score := -1, threshold
		for c, cl := range cls {
			if s := cl.cosine(v); s >= score {
				best, score = c, s
			}
		}
		if best < 0 {
			cls = append(cls, &centroid{sum: map[string]float64{}})
			best = len(cls) - 1
		}
		cls[best].add(docs[i].ID, v)
	}
	out := make([][]string, len(cls))
	for i, c := range cls {
		out[i] = c.ids
	}
	return out
}

// term is one weight of a sparse vector; vectors are sorted by term so
// that sums run in a fixed order and the result never varies.
type term struct {
	t string
	w float64
}

// tfidfVectors weighs each document's terms and scales it to unit length.
func tfidfVectors(docs []TextDoc) [][]term {
	tfs := make([]map[string]int, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		tfs[i] = termCounts(d.Text)
		for t := range tfs[i] {
			df[t]++
		}
	}
	n := float64(len(docs))
	vecs := make([][]term, len(docs))
	for i, tf := range tfs {
		norm := 0.0
		for _, t := range slices.Sorted(maps.Keys(tf)) {
			w := (1 + math.Log(float64(tf[t]))) * math.Log((n+1)/float64(df[t]+1))
			vecs[i] = append(vecs[i], term{t, w})
			norm += w * w
		}
		for j := range vecs[i] {
			vecs[i][j].w /= math.Sqrt(norm)
		}
	}
	return vecs
}

func termCounts(text string) map[string]int {
	tf := map[string]int{}
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, t := range strings.FieldsFunc(strings.ToLower(text), notWord) {
		if len([]rune(t)) >= 3 && !baselineStop[t] {
			tf[t]++
		}
	}
	return tf
}

// centroid is a cluster of the baseline. It keeps the sum of its member
// vectors, which points the same way as their mean, so the cosine against
// the normalised sum is the cosine against the normalised mean.
type centroid struct {
	ids   []string
	sum   map[string]float64
	norm2 float64 // squared length of sum
}

func (c *centroid) cosine(v []term) float64 {
	if c.norm2 == 0 {
		return 0
	}
	dot := 0.0
	for _, x := range v {
		dot += x.w * c.sum[x.t]
	}
	return dot / math.Sqrt(c.norm2)
}

func (c *centroid) add(id string, v []term) {
	for _, x := range v {
		old := c.sum[x.t]
		c.sum[x.t] = old + x.w
		c.norm2 += 2*old*x.w + x.w*x.w
	}
	c.ids = append(c.ids, id)
}

// baselineStop are common English function words, left out of the
// baseline's tokens.
var baselineStop = wordSet(`the and for that with was were are has have had his her its their they them this
from but not been who which when what where also after before about into over than then there these those
more most some such only other can could may might will would she him you all any how our out very
being because while during under between both each few many much own same through until upon whom why
yet per via said says one two new`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
