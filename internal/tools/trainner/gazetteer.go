package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lists are the sources of the name lists.
var lists struct{ first, people, cities, dict string }

// writeGazetteer writes "class<TAB>lower-case name" lines, sorted and
// gzipped, for analyze's tagger features.
func writeGazetteer(out string) error {
	var rows []string
	add := func(class string, names []string) {
		for _, n := range names {
			if n = strings.ToLower(strings.Join(strings.Fields(n), " ")); n != "" {
				rows = append(rows, class+"\t"+n)
			}
		}
	}
	for _, f := range strings.Split(lists.first, ",") {
		names, err := readLines(f)
		if err != nil {
			return err
		}
		add("first", names)
	}
	sources := []struct {
		class, path string
		keep        func(string) bool
	}{
		{"name", lists.people, func(s string) bool { return !strings.HasPrefix(s, "#") }},
		{"city", lists.cities, func(string) bool { return true }},
		{"lower", lists.dict, isLowerWord},
		{"proper", lists.dict, isProperWord},
	}
	for _, s := range sources {
		names, err := readLines(s.path)
		if err != nil {
			return err
		}
		add(s.class, slices.DeleteFunc(names, func(n string) bool { return !s.keep(n) }))
	}
	slices.Sort(rows)
	rows = slices.Compact(rows)
	return writeGz(out, strings.Join(rows, "\n")+"\n")
}

func readLines(path string) ([]string, error) {
	if path == "" {
		return nil, fmt.Errorf("want every list: -first, -people, -cities and -dict")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}

// isLowerWord keeps dictionary words written in lower case.
func isLowerWord(w string) bool {
	return !strings.ContainsRune(w, '\'') && strings.ToLower(w) == w
}

// isProperWord keeps capitalised dictionary words.
func isProperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !strings.ContainsRune(w, '\'') && unicode.IsUpper(r)
}

// writeGz writes s gzipped with no name or time in the header.
func writeGz(path, s string) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write([]byte(s)); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", path, buf.Len())
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
