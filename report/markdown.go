package report

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown renders the report for people: a summary, then each
// article with its metadata, headings and what was removed from it.
func WriteMarkdown(w io.Writer, r Report) error {
	p := &printer{w: w}
	p.f("# crosscheck report\n\n")
	p.f("%d %s analysed", len(r.Articles), plural(len(r.Articles), "article", "articles"))
	if n := len(r.Failed); n > 0 {
		p.f(", %d %s failed", n, plural(n, "input", "inputs"))
	}
	if n := len(r.Duplicates); n > 0 {
		p.f(", %d %s left out", n, plural(n, "duplicate", "duplicates"))
	}
	p.f(".\n")
	for _, a := range r.Articles {
		writeArticle(p, a)
	}
	if len(r.Failed) > 0 {
		p.f("\n## Inputs that failed\n\n")
		for _, f := range r.Failed {
			p.f("- `%s` (%s): %s\n", code(f.Source), f.Stage, inline(f.Error))
		}
	}
	if len(r.Duplicates) > 0 {
		p.f("\n## Duplicates left out\n\n")
		for _, d := range r.Duplicates {
			p.f("- `%s`: same article as `%s`\n", code(d.Source), code(d.Of))
		}
	}
	return p.err
}

func writeArticle(p *printer, a Article) {
	title := a.Title
	if title == "" {
		title = "(no title)"
	}
	p.f("\n## %s\n\n", inline(title))
	p.f("- id: `%s`\n- source: `%s`\n", code(a.ID), code(a.Source))
	if a.Site != "" {
		p.f("- site: %s\n", inline(a.Site))
	}
	p.f("- byline: %s\n- published: %s\n- language: %s\n- words: %d\n",
		orNone(a.Byline), orNone(a.Published), orNone(a.Language), a.Words)
	if len(a.Headings) > 0 {
		p.f("\n**Headings**\n\n")
		for _, h := range a.Headings {
			p.f("1. %s\n", inline(h))
		}
	}
	if len(a.Removed) > 0 {
		p.f("\n**Removed** (%d)\n\n| reason | line |\n| --- | --- |\n", len(a.Removed))
		for _, r := range a.Removed {
			p.f("| %s | %s |\n", r.Reason, cell(r.Text))
		}
	}
}

// printer keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func orNone(s *string) string {
	if s == nil {
		return "—"
	}
	return inline(*s)
}

// mdSpecial escapes what Markdown would read as markup in article text.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)

// inline makes untrusted text safe on one Markdown line.
func inline(s string) string {
	return mdSpecial.Replace(strings.Join(strings.Fields(s), " "))
}

// cell is inline text shortened for a table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:157]) + "…"
	}
	return mdSpecial.Replace(s)
}

// code makes text safe inside a code span.
func code(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "`", "'") }
