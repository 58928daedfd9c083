package ingest

import (
	"cmp"
	"fmt"
	"slices"
)

// Duplicate is a document left out because the same article was read
// before: the same URL or the same body.
type Duplicate struct {
	Doc Document
	Of  string // the id of the copy kept
}

// Dedupe sorts documents by id and source, keeps the first copy of each
// article and makes ids unique ("x", "x~2") so the result does not depend
// on the order the sources were given in.
func Dedupe(docs []Document) (kept []Document, dropped []Duplicate) {
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b Document) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Source, b.Source))
	})
	byURL := map[string]string{}
	byHash := map[string]string{}
	ids := map[string]int{}
	for _, d := range docs {
		h := d.Hash()
		if of, ok := byURL[d.URL]; ok && d.URL != "" {
			dropped = append(dropped, Duplicate{d, of})
			continue
		}
		if of, ok := byHash[h]; ok {
			dropped = append(dropped, Duplicate{d, of})
			continue
		}
		ids[d.ID]++
		if n := ids[d.ID]; n > 1 {
			d.ID = fmt.Sprintf("%s~%d", d.ID, n)
		}
		byHash[h] = d.ID
		if d.URL != "" {
			byURL[d.URL] = d.ID
		}
		kept = append(kept, d)
	}
	return kept, dropped
}
