// Package docfreq holds background document frequencies of English words,
// embedded in the binary. See README.md for the source and licence.
package docfreq

import _ "embed"

//go:embed docfreq.tsv.gz
var table []byte

// Table returns the gzipped table: "\t<documents>" on the first line, then
// "<word>\t<documents>" lines. The caller must not change the slice.
func Table() []byte { return table }
