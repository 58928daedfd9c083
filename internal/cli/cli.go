// Package cli is crosscheck's command line: one file a subcommand, all of
// them wired from Main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes, the same for every subcommand.
const (
	ExitOK      = 0 // every input was processed
	ExitPartial = 1 // some inputs failed; the output holds the others
	ExitUsage   = 2 // bad flags or arguments
	ExitFailed  = 3 // nothing could be processed, or the output could not be written
)

const exitCodesHelp = `Exit status:
  0  done: every input was processed
  1  some inputs failed (each is reported on stderr); the output holds the rest
  2  usage error: unknown flag, bad value, no input
  3  nothing could be done: no input could be processed, no store, or the
     output could not be written`

// storeExitHelp is the exit status of the commands that read no inputs.
const storeExitHelp = `Exit status:
  0  done
  2  usage error: unknown flag, bad value
  3  it could not be done: no store, an unknown id, or the output could not
     be written`

// env is what a subcommand may touch: its arguments and the streams.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name, summary string
	run           func(e env, args []string) int
}

var commands = []command{
	{"analyze", "analyse articles and report what sources agree on, dispute, or say alone", runAnalyze},
	{"extract", "extract main text and metadata, one JSON object an article", runExtract},
	{"ingest", "read articles into the store and update its analysis", runIngest},
	{"watch", "poll feeds and ingest what is new", runWatch},
	{"stories", "list the stories in the store", runStories},
	{"story", "show one story of the store: events, facts, conflicts", runStory},
	{"search", "find stored articles by words, with their stories", runSearch},
	{"serve", "serve the store as a web UI and JSON API", runServe},
	{"eval", "score crosscheck on a labelled benchmark", runEval},
	{"version", "print the version", runVersion},
}

// Main runs the command line and returns the exit status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 {
			return Main(ctx, []string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return ExitOK
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "crosscheck: unknown command %q\n\n", name)
	usage(stderr)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `crosscheck reads news articles about the same events and shows, with evidence,
what the sources agree on, where they contradict each other, and what only one says.

Usage:
  crosscheck <command> [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'crosscheck <command> --help' for a command's inputs, outputs and flags.\n")
}

// parse parses flags anywhere among the arguments ("analyze dir --format md"
// as well as "analyze --format md dir") and returns the positional ones.
// When ok is false the command stops with the returned status: --help was
// printed, or a flag was wrong.
func parse(fs *flag.FlagSet, args []string, e env) (pos []string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, ExitOK, false
			}
			return nil, usageError(e, fs.Name(), err), false
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, ExitOK, true
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), ExitOK, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlags makes a flag set whose --help prints the help text, the flags
// and the exit codes of a command that reads inputs.
func newFlags(name, help string) *flag.FlagSet { return newFlagsExit(name, help, exitCodesHelp) }

// newFlagsExit is newFlags with the exit codes given.
func newFlagsExit(name, help, exits string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, strings.TrimSpace(help))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
		fmt.Fprintln(w, "\n"+exits)
	}
	return fs
}

// usageError says how command name was used wrongly and where its help
// is, and returns ExitUsage.
func usageError(e env, name string, err error) int {
	fmt.Fprintf(e.stderr, "crosscheck %s: %v\nRun 'crosscheck %s --help' for usage.\n", name, err, name)
	return ExitUsage
}
