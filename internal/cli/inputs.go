package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/ingest"
	"github.com/crosscheck/crosscheck/report"
)

const inputsHelp = `Inputs are files, directories (read recursively, in name order, skipping
dot-files), "-" for standard input, and http(s) URLs. Each is recognised by
its content, not its name: HTML, plain text, JSONL (one article an object:
id, url, title, text or html, published, source), a JSON array of such
objects, and any of these gzip-compressed. Charsets are converted to UTF-8
(byte-order mark, HTTP header, <meta charset>, else detected). The same
article given twice, by URL or by content, is read once.`

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	maxSize   sizeFlag
	timeout   time.Duration
	workers   int
	published string
	output    string
	quiet     bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	f.maxSize = ingest.DefaultMaxBytes
	fs.Var(&f.maxSize, "max-size", "the largest `size` of a document or JSONL record to read, e.g. 64MiB, 500KB")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	fs.IntVar(&f.workers, "workers", 0, "articles processed in parallel (0: one per CPU)")
	fs.StringVar(&f.published, "published", "", "publish `date` (YYYY-MM-DD or RFC 3339) assumed for articles that give none")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar and no notes on stderr; failures are still reported")
}

// registerOutput adds -o for the commands that write a report.
func (f *inputFlags) registerOutput(fs *flag.FlagSet) {
	fs.StringVar(&f.output, "o", "", "write the output to `file` instead of standard output")
	fs.StringVar(&f.output, "output", "", "same as -o")
}

func (f *inputFlags) ingestOptions(e env) ingest.Options {
	return ingest.Options{MaxBytes: int64(f.maxSize), Timeout: f.timeout, Stdin: e.stdin}
}

// check checks the input flags and returns the --published time (zero
// when none is given).
func (f *inputFlags) check() (time.Time, error) {
	switch {
	case f.workers < 0:
		return time.Time{}, fmt.Errorf("--workers %d: want 0 (one per CPU) or more", f.workers)
	case f.timeout <= 0:
		return time.Time{}, fmt.Errorf("--timeout %s: want a positive duration", f.timeout)
	case f.published == "":
		return time.Time{}, nil
	}
	t, err := ingest.ParseTime(f.published)
	if err != nil {
		return t, fmt.Errorf("--published: %w", err)
	}
	return t, nil
}

// sizeFlag is a byte count written with an optional unit.
type sizeFlag int64

// String writes the size in the largest binary unit that divides it
// ("64MiB"), else in bytes.
func (s *sizeFlag) String() string {
	n := int64(*s)
	for _, u := range []struct {
		unit string
		mult int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n != 0 && n%u.mult == 0 {
			return strconv.FormatInt(n/u.mult, 10) + u.unit
		}
	}
	return strconv.FormatInt(n, 10)
}

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

var sizeUnits = []struct {
	suffix string
	mult   int64
}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3},
	{"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}}

func parseSize(v string) (int64, error) {
	s := strings.ToLower(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("want a size such as 64MiB or 500KB, got %q", v)
	}
	return int64(n * float64(mult)), nil
}

// reportInputs prints failures, notes and left-out duplicates on stderr
// and returns the exit status they call for.
func reportInputs(e env, quiet bool, r report.Report) int {
	for _, f := range r.Failed {
		fmt.Fprintf(e.stderr, "crosscheck: %s: %s: %s\n", f.Stage, f.Source, f.Error)
	}
	if !quiet {
		sources := map[string]string{}
		for _, a := range r.Articles {
			sources[a.ID] = a.Source
		}
		for _, d := range r.Duplicates {
			if sources[d.Of] == d.Source {
				fmt.Fprintf(e.stderr, "crosscheck: note: %s: given more than once; read once\n", d.Source)
				continue
			}
			fmt.Fprintf(e.stderr, "crosscheck: note: %s: same article as %s; read once\n", d.Source, d.Of)
		}
		for _, a := range r.Articles {
			for _, n := range a.Notes {
				fmt.Fprintf(e.stderr, "crosscheck: note: %s: %s\n", a.Source, n)
			}
		}
	}
	n, failed := len(r.Articles), len(r.Failed)
	switch {
	case n == 0 && failed == 0:
		fmt.Fprintln(e.stderr, "crosscheck: no articles found in the inputs")
		return ExitFailed
	case n == 0:
		return ExitFailed
	case failed > 0:
		fmt.Fprintf(e.stderr, "crosscheck: %d of %d inputs failed\n", failed, failed+n)
		return ExitPartial
	}
	return ExitOK
}
