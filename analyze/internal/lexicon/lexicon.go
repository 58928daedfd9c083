// Package lexicon holds the entity tagger's model and name lists, embedded
// in the binary. See README.md for each file's source, licence and how it
// is made.
package lexicon

import _ "embed"

//go:embed ner.model
var nerModel []byte

//go:embed ner_gazetteer.tsv.gz
var nerGazetteer []byte

// NERModel returns the entity tagger's weights as trainner writes them.
// The caller must not change the slice.
func NERModel() []byte { return nerModel }

// NERGazetteer returns the gzipped name lists: a class and a lower-case
// name, tab-separated, a line. The caller must not change the slice.
func NERGazetteer() []byte { return nerGazetteer }
