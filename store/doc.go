// Package store keeps articles and their analysis between runs: the
// articles as read (the raw body, so that an upgraded extractor can read
// them again without a fetch) and as extracted (main text and every
// removed line), and the latest report's stories and articles, for
// listing, reading and full-text search.
//
// Store is the interface; package sqlite implements it over one SQLite
// file, and package storetest is the conformance suite every
// implementation passes. The package is unstable until v1.
package store
