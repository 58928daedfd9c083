package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"unicode"
)

// TextDoc is an article for the TF-IDF baseline: its id and text.
type TextDoc struct {
	ID, Text string
}

// LoadTextDocs reads id and text from crosscheck's JSONL input format.
func LoadTextDocs(path string) ([]TextDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var docs []TextDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d TextDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.ID == "" {
			return nil, fmt.Errorf("eval: %s:%d: want an object with id and text", path, n)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// TFIDFClusters is the plain baseline of the ECB+ set's README: tokens
// are runs of three or more letters or digits, lower-cased, without stop
// words; weights (1+log tf)·log((N+1)/(df+1)); documents in id order each
// join the cluster whose centroid is most similar if the cosine reaches
// threshold, else start one.
func TFIDFClusters(docs []TextDoc, threshold float64) [][]string {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b TextDoc) int { return strings.Compare(a.ID, b.ID) })
	tfs := make([]map[string]float64, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		tfs[i] = termCounts(d.Text)
		for t := range tfs[i] {
			df[t]++
		}
	}
	type cluster struct {
		ids   []string
		sum   map[string]float64
		norm2 float64
	}
	var cls []*cluster
	n := float64(len(docs))
	for i, d := range docs {
		v := unit(tfs[i], func(t string, c float64) float64 { return (1 + math.Log(c)) * math.Log((n+1)/float64(df[t]+1)) })
		best, bs := -1, threshold
		for c, cl := range cls {
			if s := cosineTo(v, cl.sum, cl.norm2); s >= bs {
				best, bs = c, s
			}
		}
		if best < 0 {
			cls = append(cls, &cluster{sum: map[string]float64{}})
			best = len(cls) - 1
		}
		cl := cls[best]
		for _, t := range slices.Sorted(maps.Keys(v)) {
			cl.sum[t] += v[t]
		}
		cl.norm2 = 0
		for _, t := range slices.Sorted(maps.Keys(cl.sum)) {
			cl.norm2 += cl.sum[t] * cl.sum[t]
		}
		cl.ids = append(cl.ids, d.ID)
	}
	out := make([][]string, len(cls))
	for i, c := range cls {
		out[i] = c.ids
	}
	return out
}

func termCounts(text string) map[string]float64 {
	tf := map[string]float64{}
	for _, t := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(t)) >= 3 && !baselineStop[t] {
			tf[t]++
		}
	}
	return tf
}

func unit(tf map[string]float64, weight func(string, float64) float64) map[string]float64 {
	v := map[string]float64{}
	sum := 0.0
	for _, t := range slices.Sorted(maps.Keys(tf)) {
		w := weight(t, tf[t])
		v[t] = w
		sum += w * w
	}
	for t := range v {
		v[t] /= math.Sqrt(sum)
	}
	return v
}

func cosineTo(v, sum map[string]float64, norm2 float64) float64 {
	if norm2 == 0 {
		return 0
	}
	dot := 0.0
	for _, t := range slices.Sorted(maps.Keys(v)) {
		dot += v[t] * sum[t]
	}
	return dot / math.Sqrt(norm2)
}

// baselineStop are common English function words.
var baselineStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and for that with was were are has have had his her its their they them this
from but not been who which when what where also after before about into over than then there these those
more most some such only other can could may might will would she him you all any how our out very
being because while during under between both each few many much own same through until upon whom why
yet per via said says one two new`) {
		baselineStop[w] = true
	}
}
