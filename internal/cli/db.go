package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/store/sqlite"
)

const dbHelp = `The store is one SQLite file: by default crosscheck.db in
$XDG_DATA_HOME/crosscheck (~/.local/share/crosscheck), or the file --db
names.`

// dbFlag is the --db flag every command over the store shares.
type dbFlag struct{ path string }

func (f *dbFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&f.path, "db", "", "the store's `file` (default: $XDG_DATA_HOME/crosscheck/crosscheck.db)")
}

// defaultDB is the store in the user's data directory.
func defaultDB() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory for the default store (%v): give --db", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "crosscheck", "crosscheck.db"), nil
}

// open opens the store, creating its directory when it is the default.
func (f *dbFlag) open(ctx context.Context) (*sqlite.DB, error) {
	path := f.path
	if path == "" {
		var err error
		if path, err = defaultDB(); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("create the store's directory: %w", err)
		}
	} else if dir := filepath.Dir(path); !isDir(dir) {
		return nil, fmt.Errorf("no directory %s for the store %s: create it, or give another --db", dir, path)
	}
	return sqlite.Open(ctx, path)
}

// openFor opens the store for command name, creating it if need be, or
// says why it cannot on standard error.
func (f *dbFlag) openFor(e env, name string) (*sqlite.DB, bool) {
	s, err := f.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck %s: %v\n", name, err)
		return nil, false
	}
	return s, true
}

// openExisting opens a store that must exist already, for the commands
// that read one: a mistyped --db names no store rather than making an
// empty one.
func (f *dbFlag) openExisting(e env, name string) (*sqlite.DB, bool) {
	path := f.path
	if path == "" {
		var err error
		if path, err = defaultDB(); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck %s: %v\n", name, err)
			return nil, false
		}
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(e.stderr, "crosscheck %s: no store at %s: run crosscheck ingest first, or give --db\n", name, path)
		return nil, false
	}
	return f.openFor(e, name)
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
