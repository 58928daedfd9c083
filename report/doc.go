// Package report defines crosscheck's JSON report, version 1 — the stable
// contract other tools read — and renders it as JSON and Markdown.
//
// The contract changes only by adding fields or by a new Version. Ids are
// stable, lists are sorted, and the same input gives byte-identical output.
package report
