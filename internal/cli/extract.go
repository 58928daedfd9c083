package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/report"
)

const extractHelp = `Usage: crosscheck extract [flags] PATH|URL|- ...

Extracts each article's main text and metadata, without further analysis.

` + inputsHelp + `

Output (standard output, or -o FILE), articles in id order:
  --format jsonl  one JSON object an article: id, source, url, site, title,
                  byline, published, language, text (paragraphs separated by
                  a blank line), headings, removed (text, reason)
  --format text   the same for people: a header, the main text, and the
                  removed lines with their reasons`

func runExtract(e env, args []string) int {
	fs := newFlags("extract", extractHelp)
	var in inputFlags
	in.register(fs)
	in.registerOutput(fs)
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	paths, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	var err error
	switch {
	case *format != "jsonl" && *format != "text":
		err = fmt.Errorf("--format %q: want jsonl or text", *format)
	case len(paths) == 0:
		err = fmt.Errorf("no input: give files, directories, URLs or - for standard input")
	}
	published, perr := in.check()
	if err == nil {
		err = perr
	}
	if err != nil {
		return usageError(e, "extract", err)
	}
	bar := newProgress(e, in.quiet, "extracting")
	r := crosscheck.Extract(e.ctx, paths, crosscheck.Options{
		Workers: in.workers, Ingest: in.ingestOptions(e), Published: published, Progress: bar.update,
	})
	bar.finish()
	status := reportInputs(e, in.quiet, r)
	if len(r.Articles) == 0 {
		return status
	}
	err = writeOutput(e, in.output, func(w io.Writer) error {
		for _, a := range r.Articles {
			var err error
			if *format == "jsonl" {
				err = report.WriteExtracted(w, a)
			} else {
				err = writeExtractedText(w, a)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck extract: %v\n", err)
		return ExitFailed
	}
	return status
}

func writeExtractedText(w io.Writer, a report.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "=== %s (%s)\n", a.ID, a.Source)
	fmt.Fprintf(&b, "Title:     %s\n", a.Title)
	for _, f := range []struct {
		k string
		v *string
	}{{"Byline", a.Byline}, {"Published", a.Published}, {"Language", a.Language}} {
		if f.v != nil {
			fmt.Fprintf(&b, "%-10s %s\n", f.k+":", *f.v)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", a.Text)
	if len(a.Removed) > 0 {
		b.WriteString("\nRemoved:\n")
		for _, r := range a.Removed {
			fmt.Fprintf(&b, "  [%s] %s\n", r.Reason, r.Text)
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
