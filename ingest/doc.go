// Package ingest reads sources into Documents: files, directory trees,
// standard input, JSONL, gzip, and http(s) URLs. Formats are recognised by
// content, and every Document's body is converted to UTF-8.
//
// A source that cannot be read gives an error naming it and the reason; the
// other sources and, in a JSONL file, the other records are still read.
//
// This package is unstable until crosscheck v1.
package ingest
