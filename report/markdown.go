package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteMarkdown renders the report for people: a summary, then each
// article with its metadata, headings and what was removed from it.
func WriteMarkdown(w io.Writer, r Report) error {
	p := &printer{w: w}
	p.f("# crosscheck report\n\n")
	p.f("%s analysed", count(len(r.Articles), "article", "articles"))
	if n := len(r.Failed); n > 0 {
		p.f(", %s failed", count(n, "input", "inputs"))
	}
	if n := len(r.Duplicates); n > 0 {
		p.f(", %s left out", count(n, "duplicate", "duplicates"))
	}
	p.f(".\n")
	writeStories(p, r.Stories)
	writeEntities(p, r.Entities)
	writeQuotes(p, r.Quotes)
	if len(r.Articles) > 0 {
		p.f("\n## Articles\n")
	}
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
	p.f("\n### %s\n\n", inline(title))
	p.f("- id: `%s`\n- source: `%s`\n", code(a.ID), code(a.Source))
	if a.Site != "" {
		p.f("- site: %s\n", inline(a.Site))
	}
	p.f("- byline: %s\n- published: %s\n- language: %s\n- words: %d\n",
		orNone(a.Byline), orNone(a.Published), orNone(a.Language), a.Words)
	if s := a.Signals; s != nil {
		p.f("- signals: %s, %s, %.0f%% of sentences attributed, %.1f hedges per 100 words, %.0f%% of lines boilerplate, %s with other sources\n",
			count(s.Quotes, "quote", "quotes"), count(s.NamedSources, "named source", "named sources"), 100*s.AttributedShare,
			s.HedgesPer100Words, 100*s.BoilerplateShare, count(s.Conflicts, "conflict", "conflicts"))
	}
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

// writeStories lists the stories: where their sources disagree, then each
// event with what its sources agree on and what only one of them says.
func writeStories(p *printer, stories []Story) {
	if len(stories) == 0 {
		return
	}
	p.f("\n## Stories\n\n%s\n", storiesKey)
	for _, s := range stories {
		p.f("\n### %s\n\n%s: %s\n", inline(s.Title), count(len(s.Articles), "article", "articles"), strings.Join(codes(s.Articles), ", "))
		if len(s.Conflicts) > 0 {
			p.f("\n**Where the sources disagree**\n\n")
			for _, c := range s.Conflicts {
				p.f("- %s\n", inline(c.Summary))
				if len(c.Stories) > 0 {
					p.f("  - across %d stories: %s\n", len(c.Stories), strings.Join(codes(c.Stories), ", "))
				}
				for _, side := range c.Sides {
					writeSide(p, side)
				}
			}
		}
		for _, e := range s.Events {
			writeEvent(p, s, e)
		}
	}
}

// sideEvidence is how many sentences a side of a conflict quotes; the
// HTML report quotes them all.
const sideEvidence = 3

// writeSide quotes a side of a conflict: each sentence that gives its
// value once, with every article that prints it.
func writeSide(p *printer, side FactValue) {
	groups := together(side.Evidence)
	for i, g := range groups {
		if i == sideEvidence {
			p.f("  - %s — and %s more\n", inline(side.Display), count(len(groups)-i, "sentence", "sentences"))
			break
		}
		var arts []string
		for _, e := range g.Cites {
			arts = append(arts, e.Article)
		}
		p.f("  - %s — %s: “%s”\n", inline(side.Display), strings.Join(codes(arts), ", "), inline(g.Sentence))
	}
}

// storiesKey tells a reader how to read the stories' tables.
const storiesKey = "Each event's facts are listed by slot — `day`, `date`, `duration`, `location`, `outcome`, " +
	"`count:<noun>` (how many), `amount:<noun>` (money), `percent:<noun>` — with their status: *agreed* (two or more " +
	"independent sources, compatible values), *disputed*, or *single_source* (one independent source; copies of one " +
	"text count once). A value no article asserts says how it is given (hedged, conditional, …)."

// writeEvent writes an event of story s: its heading (its summary, or
// "The event" when that is the story's title), its articles (unless they
// are all the story's), its facts and what one source alone says.
func writeEvent(p *printer, s Story, e Event) {
	var who []string
	for _, pt := range e.Participants {
		who = append(who, inline(pt.Name))
	}
	kind := e.Type
	if e.Mode != "" {
		kind += ", " + e.Mode
	}
	title, arts := e.Summary, strings.Join(codes(e.Articles), ", ")
	if title == s.Title {
		title = "The event"
	}
	if len(e.Articles) == len(s.Articles) {
		arts = "all the story's articles"
	}
	p.f("\n#### %s (%s)\n\n%s", inline(title), kind, arts)
	if len(who) > 0 {
		p.f("; with %s", strings.Join(who, ", "))
	}
	p.f("\n")
	if len(e.Facts) > 0 {
		p.f("\n| slot | status | values |\n| --- | --- | --- |\n")
		for _, f := range e.Facts {
			var vals []string
			for _, v := range f.Values {
				mark := ""
				if how := v.Unasserted(); how != "" {
					mark = " (" + how + ")"
				}
				if v.Superseded {
					mark += " (superseded)"
				}
				vals = append(vals, fmt.Sprintf("%s%s: %s", cell(v.Display), mark, strings.Join(codes(v.Articles), ", ")))
			}
			status := f.Status
			if f.Note != "" {
				status += " (" + f.NoteText() + ")"
			}
			p.f("| %s | %s | %s |\n", cell(f.Slot), status, strings.Join(vals, "; "))
		}
	}
	if len(e.SingleSource) > 0 {
		p.f("\n**Only one source says**\n\n")
		for _, same := range grouped(e.SingleSource, func(d Detail) [2]string { return [2]string{d.Article, d.Text} }) {
			var what []string
			for _, d := range same {
				what = append(what, fmt.Sprintf("%s (%s)", inline(d.Label()), d.Kind))
			}
			p.f("- %s — `%s`: %s\n", strings.Join(what, ", "), code(same[0].Article), cell(same[0].Text))
		}
	}
}

// writeEntities lists people, organisations and places, each with the
// articles that name it and the descriptions each source gives.
func writeEntities(p *printer, ents []Entity) {
	if len(ents) == 0 {
		return
	}
	p.f("\n## Entities\n\n| name | type | articles | described as |\n| --- | --- | --- | --- |\n")
	for _, e := range ents {
		var descs []string
		for _, d := range e.Descriptors {
			descs = append(descs, fmt.Sprintf("%s (%s)", cell(d.Text), strings.Join(codes(d.Articles), ", ")))
		}
		p.f("| %s | %s | %d | %s |\n", cell(e.Name), e.Type, len(e.Articles), strings.Join(descs, "; "))
	}
}

// writeQuotes lists quotations grouped by speaker.
func writeQuotes(p *printer, qs []Quote) {
	if len(qs) == 0 {
		return
	}
	p.f("\n## Quotes\n")
	bySpeaker := map[string][]Quote{}
	var speakers []string
	for _, q := range qs {
		name := q.SpeakerName
		if name == "" {
			name = "(unattributed)"
		}
		if _, ok := bySpeaker[name]; !ok {
			speakers = append(speakers, name)
		}
		bySpeaker[name] = append(bySpeaker[name], q)
	}
	sort.Strings(speakers)
	for _, s := range speakers {
		p.f("\n**%s**\n\n", inline(s))
		for _, q := range bySpeaker[s] {
			mark := "“%s”"
			if !q.Direct {
				mark = "(reported) %s"
			}
			p.f("- "+mark+" — `%s`\n", inline(q.Text), code(q.Article))
		}
	}
}

func codes(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = "`" + code(id) + "`"
	}
	return out
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

// count writes n with its noun: "1 quote", "2 quotes".
func count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

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
