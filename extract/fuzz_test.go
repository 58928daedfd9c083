package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFromText checks the line classifier on arbitrary input: no panic,
// blocks inside the text, and no line both kept and removed.
func FuzzFromText(f *testing.F) {
	f.Add("Title\n\nBy Jane Doe\n\nBody line one.\n\nComments\n")
	f.Add("Home » a » b\nHeadline\nHeadline\n• item\n1. x\n")
	f.Add("\xff\xfe\x00bad\r\r\n\n\t \u00a0")
	f.Fuzz(func(t *testing.T, in string) {
		a := FromText(in, Hints{})
		for _, b := range a.Blocks {
			if b.Start < 0 || b.End > len(a.Text) || b.Start > b.End {
				t.Fatalf("block %+v outside text of %d bytes", b, len(a.Text))
			}
		}
		if utf8.ValidString(in) && !utf8.ValidString(a.Text) {
			t.Fatalf("valid input gave invalid text %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("empty paragraph in %q", a.Text)
		}
	})
}

// FuzzFromHTML checks that no page makes the HTML extractor panic.
func FuzzFromHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><article><h1>T</h1><p>Body text of the page.</p></article></body></html>"))
	f.Add([]byte("<p>unclosed <div><table><tr><td>x"))
	f.Add([]byte("\x00\x01<html"))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := FromHTML(page, Hints{})
		if err != nil {
			return
		}
		for _, b := range a.Blocks {
			if b.Start < 0 || b.End > len(a.Text) || b.Start > b.End {
				t.Fatalf("block %+v outside text of %d bytes", b, len(a.Text))
			}
		}
	})
}
