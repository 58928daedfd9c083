// Package cluster groups analysed articles: near-duplicate copies of one
// text, stories (articles about the same topic in a time window) and the
// events inside a story. Placement is online: a new article is compared
// only with the candidates an inverted index returns, so its cost does not
// grow with the corpus.
//
// Clustering is pure and deterministic: articles are placed in the order
// of their publish time, then id, so the result does not depend on the
// order they are given in. A dated article is weighed by the articles of
// its day and the days before it (Blocks), never by later ones, so the
// state after a day (Counter, Checkpoint) is all that placing the next
// days needs, in this process or another (Resume).
//
// This package is unstable until crosscheck v1.
package cluster
