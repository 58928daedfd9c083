// Command docfreq counts in how many documents of a corpus each
// lower-cased word occurs and writes the table cluster embeds as its
// background document frequencies. The corpus is a directory of JSON
// files with the main text of one article each in ground_truth.main_content,
// the layout of the WCXB benchmark:
//
//	go run ./internal/tools/docfreq -in ../shared/bench/extraction/wcxb-dev/ground-truth \
//	    -out cluster/internal/docfreq/docfreq.tsv.gz
//
// Words are analyze's word tokens, lower-cased, of three bytes or more.
// The first line is "\t<documents>"; then "<word>\t<documents>" for words
// in at least two documents, sorted. The output is the same byte for byte
// for the same input.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

func main() {
	in := flag.String("in", "", "directory of JSON files with ground_truth.main_content")
	out := flag.String("out", "", "table to write (gzipped TSV)")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "docfreq:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	if in == "" || out == "" {
		return fmt.Errorf("want -in DIR and -out FILE")
	}
	files, err := filepath.Glob(filepath.Join(in, "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no JSON files in %s", in)
	}
	slices.Sort(files)
	df := map[string]int{}
	for _, f := range files {
		text, err := mainText(f)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, t := range analyze.Tokenize(text) {
			w := strings.ToLower(t.Text(text))
			if t.Kind == analyze.Word && len(w) >= 3 && !seen[w] && !strings.ContainsAny(w, "\t\n") {
				seen[w] = true
				df[w]++
			}
		}
	}
	var rows []string
	for w, n := range df {
		if n >= 2 {
			rows = append(rows, fmt.Sprintf("%s\t%d", w, n))
		}
	}
	slices.Sort(rows)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	fmt.Fprintf(zw, "\t%d\n%s\n", len(files), strings.Join(rows, "\n"))
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func mainText(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var g struct {
		GT struct {
			MainContent string `json:"main_content"`
		} `json:"ground_truth"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return g.GT.MainContent, nil
}
