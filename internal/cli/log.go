package cli

import (
	"flag"
	"fmt"
	"log/slog"
)

// logFlags are the flags of the commands that log as they run.
type logFlags struct {
	format  string
	verbose bool
}

func (f *logFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "log-format", "text", "log lines as text (key=value) or json (one object a line)")
	fs.BoolVar(&f.verbose, "v", false, "log more: every page fetched (ingest, watch), every request (serve)")
}

// logger makes the logger the flags ask for, writing to stderr.
func (f *logFlags) logger(e env) (*slog.Logger, error) {
	opt := &slog.HandlerOptions{Level: slog.LevelInfo}
	if f.verbose {
		opt.Level = slog.LevelDebug
	}
	switch f.format {
	case "text":
		return slog.New(slog.NewTextHandler(e.stderr, opt)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, opt)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", f.format)
}
