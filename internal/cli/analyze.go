package cli

import (
	"fmt"
	"io"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/report"
)

const analyzeHelp = `Usage: crosscheck analyze [flags] PATH|URL|- ...

Reads news articles and writes a report of what the sources agree on,
where they contradict each other and what only one of them says: the
stories and events the articles report, each event's facts (place, day,
duration, outcome, figures) with their status — agreed, disputed or single
source — and the sentences that give each value; the conflicts; the
people, organisations and places named, with how each source describes
them; the quotations; and for every article its metadata, section
headings, every line removed as boilerplate (with the reason) and how it
reports (hedges, attributions, named sources).

` + inputsHelp + `

Output (standard output, or -o FILE):
  --format json   the version-1 JSON report (the stable contract; README.md describes it)
  --format md     the same for people, in Markdown
  --format html   one self-contained page (no scripts, no external files):
                  disputed facts side by side with each source's sentence,
                  agreed facts, single-source details, which source backs
                  which value, entities, quotes and articles
  --format csv    one row a claim: story, event, slot, status, value,
                  article, modality, evidence span and sentence

Inputs that fail are listed on stderr with the reason and in the report's
"failed" list; the others are still analysed.`

func runAnalyze(e env, args []string) int {
	fs := newFlags("analyze", analyzeHelp)
	var in inputFlags
	in.register(fs)
	in.registerOutput(fs)
	format := fs.String("format", "json", "output format: json, md, html or csv")
	withText := fs.Bool("with-text", false, "include each article's main text in the JSON report")
	paths, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	write, err := reportWriter(*format)
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no input: give files, directories, URLs or - for standard input")
	}
	published, perr := in.check()
	if err == nil {
		err = perr
	}
	if err != nil {
		return usageError(e, "analyze", err)
	}
	reading, analysing := newProgress(e, in.quiet, "reading"), newProgress(e, in.quiet, "analysing")
	r := crosscheck.Analyze(e.ctx, paths, crosscheck.Options{
		Workers: in.workers, Ingest: in.ingestOptions(e), Published: published,
		WithText: *withText, Progress: reading.update,
		AnalysisProgress: func(done, total int) {
			if done == 1 {
				reading.finish()
			}
			analysing.update(done, total)
		},
	})
	reading.finish()
	analysing.finish()
	status := reportInputs(e, in.quiet, r)
	if len(r.Articles) == 0 {
		return status
	}
	if err := writeOutput(e, in.output, func(w io.Writer) error { return write(w, r) }); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck analyze: %v\n", err)
		return ExitFailed
	}
	return status
}

func reportWriter(format string) (func(io.Writer, report.Report) error, error) {
	switch format {
	case "json":
		return report.WriteJSON, nil
	case "md", "markdown":
		return report.WriteMarkdown, nil
	case "html":
		return report.WriteHTML, nil
	case "csv":
		return report.WriteCSV, nil
	}
	return nil, fmt.Errorf("--format %q: want json, md, html or csv", format)
}
