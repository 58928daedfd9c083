// Package extract turns a page or a plain-text article into an Article: the
// main text, its metadata (title, byline, published date, site, language) and
// every line that was removed, with the reason.
//
// FromHTML finds the main content of a web page; FromText classifies the
// lines of a scraped plain-text article (headline, dek, byline, heading, body,
// caption, boilerplate). Both are pure: no I/O, no global state, and the same
// input always gives the same Article.
//
// This package is unstable until crosscheck v1; the JSON report is the stable
// contract.
package extract
