package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// writeOutput writes to the -o file, or to stdout for "" and "-". A
// regular file, new or old, is written through a temporary file beside it
// that is renamed into place, so a failed run leaves the old file whole;
// it keeps the old file's mode, or gets 0666 less the umask. A symbolic
// link is followed to its file. Anything else — a pipe, a device such as
// /dev/stdout — is written in place, and a directory is refused.
func writeOutput(e env, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(e.stdout)
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory", path)
	case err == nil && !info.Mode().IsRegular():
		return writeInPlace(path, write)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return outputError(path, err)
	}
	return writeReplacing(path, info, write)
}

// writeInPlace writes to a file that is not a regular one (a pipe, a
// device), as a shell's redirection would.
func writeInPlace(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return outputError(path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return outputError(path, err)
	}
	return nil
}

// writeReplacing writes a temporary file beside path and renames it over
// path; old is path's file info, nil if there is none.
func writeReplacing(path string, old fs.FileInfo, write func(io.Writer) error) error {
	tmp, err := createBeside(path)
	if err != nil {
		return outputError(path, err)
	}
	defer os.Remove(tmp.Name())
	if old != nil {
		if err := tmp.Chmod(old.Mode().Perm()); err != nil {
			tmp.Close()
			return outputError(path, err)
		}
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return outputError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return outputError(path, err)
	}
	return nil
}

// createBeside creates a new hidden file in path's directory, with mode
// 0666 less the umask (os.CreateTemp would make it 0600).
func createBeside(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	seed := time.Now().UnixNano()
	for i := range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatInt(seed+int64(i), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot make a temporary file beside it")
}

// outputError names the -o path, not the temporary file, and the reason.
func outputError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// count writes n with its noun: "1 article", "2 articles".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
