// Package analyze reads an extracted article: sentences and tokens, entity
// mentions (person, organisation, place) with their titles and
// descriptions, canonical entities within and across articles, quotations
// with their speakers, quantities, time expressions and modality.
//
// Every result is a span: byte offsets into the article's main text as
// extract returns it. Analysis is pure: no I/O, no global mutable state,
// the same input always gives the same output. Statistical models and
// lexicons are embedded (internal/lexicon), each with its source and
// licence.
//
// This package is unstable until crosscheck v1.
package analyze
