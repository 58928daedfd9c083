// Package crosscheck reads many news articles about the same events and
// shows, with evidence, what the sources agree on, where they contradict
// each other, and what only one of them says.
//
// Analyze is the one-call façade: sources in, a version-1 report out. The
// stages it runs are packages of their own, each usable alone:
//
//	ingest → extract → analyze → claims → cluster → reconcile → report
//
// ingest reads files, directories, standard input, JSONL, gzip and URLs;
// extract finds each article's main text and metadata and keeps every line
// it removed with the reason; report defines the JSON contract and renders
// it. The stage packages are unstable until v1; the JSON report is the
// stable contract.
package crosscheck
