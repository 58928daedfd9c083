package report

import (
	"cmp"
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/reconcile"
)

//go:embed report.html.tmpl
var htmlTemplate string

var htmlPage = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"highlight": highlight,
	"plural":    count,
	"percent":   func(share float64) string { return fmt.Sprintf("%.0f%%", 100*share) },
	"question":  reconcile.Question,
	"anchor":    anchor,
	"statusText": func(status string) string {
		if status == reconcile.SingleSource {
			return "one source"
		}
		return status
	},
	"matrix":    matrix,
	"bySpeaker": bySpeaker,
	"together":  together,
	// Links between pages: none in the self-contained report.
	"storyURL":    func(string) string { return "" },
	"articleURL":  func(string) string { return "" },
	"entityURL":   func(string) string { return "" },
	"evidenceURL": func(Evidence) string { return "" },
	// How an article is shown: its id until the caller names it
	// (Report.Labels).
	"articleLabel": func(id string) string { return id },
}).Parse(htmlTemplate))

// Templates returns a copy of the report's templates for pages that show
// parts of a report: "style" (the CSS), "story" (a Story), "entities",
// "quotes" and "articles" (a Report), and "report" (the whole page).
// They show articles by id until the caller replaces articleLabel (an id
// to what a reader is shown; see Report.Labels), and link nothing until
// it replaces the functions storyURL,
// articleURL, entityURL (an id to a URL) and evidenceURL (an Evidence to
// a URL) with its own; "" means no link.
func Templates() *template.Template {
	return template.Must(htmlPage.Clone())
}

// WriteHTML renders the report as one self-contained HTML page: no
// scripts, no external assets, every piece of article text escaped.
func WriteHTML(w io.Writer, r Report) error {
	conflicts, events := r.conflicts(), 0
	for _, s := range r.Stories {
		events += len(s.Events)
	}
	page := template.Must(htmlPage.Clone()).Funcs(template.FuncMap{
		"articleLabel": r.Labels(),
		// Within the page: an article to its row, a story to its section.
		"articleURL": func(id string) string { return "#" + anchor("a", id) },
		"storyURL":   func(id string) string { return "#" + anchor("s", id) },
	})
	return page.ExecuteTemplate(w, "report", struct {
		Report
		Events, Conflicts int
	}{r, events, conflicts})
}

// highlight escapes a sentence and marks the first place its words hold
// text.
func highlight(sentence, text string) template.HTML {
	text = strings.Join(strings.Fields(text), " ")
	i := strings.Index(sentence, text)
	if text == "" || i < 0 {
		return template.HTML(html.EscapeString(sentence))
	}
	return template.HTML(html.EscapeString(sentence[:i]) + "<mark>" + html.EscapeString(text) + "</mark>" +
		html.EscapeString(sentence[i+len(text):]))
}

// sameWords is the evidence of several articles that give a value in
// one sentence, worded alike, with one modality and attribution: the
// copies of a wire story, shown once with every article cited.
type sameWords struct {
	Evidence            // the first article's
	Cites    []Evidence // every article's, the first included
}

// together groups evidence by its words, in order of first appearance.
func together(ev []Evidence) []sameWords {
	var out []sameWords
	for _, g := range grouped(ev, func(e Evidence) [4]string { return [4]string{e.Sentence, e.Text, e.Modality, e.Attribution} }) {
		out = append(out, sameWords{Evidence: g[0], Cites: g})
	}
	return out
}

// unnamed sorts quotations nobody is named as saying after the others.
func unnamed(speaker string) int {
	if speaker == "" {
		return 1
	}
	return 0
}

// seq is 0, 1, … n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// grouped groups items by key: the groups in order of their first item,
// each in the items' order.
func grouped[T any, K comparable](items []T, key func(T) K) [][]T {
	var out [][]T
	at := map[K]int{}
	for _, x := range items {
		k := key(x)
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], x)
	}
	return out
}

// matrixRow is one fact of an event: for each of its articles, the value
// it backs and that value's rank (for its colour), or none.
type matrixRow struct {
	Slot   string
	Status string
	Cells  []matrixCell
}

type matrixCell struct {
	Value string
	Rank  int // 1 for the value most sources give; 0 for none
}

// matrixView is the table of which articles back which value of an
// event: a row for each fact that more than one source gives, a column
// for each article, or in a big event for each set of articles that back
// the same values (the copies of one text make one column).
type matrixView struct {
	Columns []matrixColumn
	Rows    []matrixRow
}

// matrixColumn is the articles of one column, in the event's order.
type matrixColumn struct {
	Articles []string
	More     int // how many beyond the first
}

// ungroupedColumns is how many articles an event may have and still get
// a column each in the chart.
const ungroupedColumns = 12

// matrix lays out which articles back which value of each fact.
func matrix(e Event) matrixView {
	var rows []matrixRow
	for _, f := range e.Facts {
		if f.Status == "single_source" {
			continue // one source: the facts table says it
		}
		row := matrixRow{Slot: f.Slot, Status: f.Status, Cells: make([]matrixCell, len(e.Articles))}
		for rank, v := range f.Values {
			for _, a := range v.Articles {
				if k := slices.Index(e.Articles, a); k >= 0 && row.Cells[k].Rank == 0 {
					row.Cells[k] = matrixCell{Value: v.Display, Rank: min(rank+1, 4)}
				}
			}
		}
		rows = append(rows, row)
	}
	// Past a dozen articles, group those whose cells are alike in every
	// row.
	var m matrixView
	var keep []int // the first article of each column
	columns := grouped(seq(len(e.Articles)), func(k int) string {
		var key strings.Builder
		if len(e.Articles) <= ungroupedColumns {
			key.WriteString(e.Articles[k])
		}
		for _, r := range rows {
			fmt.Fprintf(&key, "%d:%s|", r.Cells[k].Rank, r.Cells[k].Value)
		}
		return key.String()
	})
	for _, ks := range columns {
		col := matrixColumn{More: len(ks) - 1}
		for _, k := range ks {
			col.Articles = append(col.Articles, e.Articles[k])
		}
		m.Columns = append(m.Columns, col)
		keep = append(keep, ks[0])
	}
	for _, r := range rows {
		cells := make([]matrixCell, len(keep))
		for c, k := range keep {
			cells[c] = r.Cells[k]
		}
		r.Cells = cells
		m.Rows = append(m.Rows, r)
	}
	return m
}

// speakerQuotes are the quotations of one speaker.
type speakerQuotes struct {
	Speaker string
	Quotes  []sameQuote
}

// bySpeaker groups quotations by speaker, speakers by name, unattributed
// last; a speaker's quotations worded alike (case and punctuation
// aside: one outlet ends it with a comma, another with a full stop) are
// one, with every article that prints it.
func bySpeaker(qs []Quote) []speakerQuotes {
	var out []speakerQuotes
	for _, g := range grouped(qs, func(q Quote) string { return q.SpeakerName }) {
		sq := speakerQuotes{Speaker: g[0].SpeakerName}
		for _, same := range grouped(g, func(q Quote) string { return reconcile.Words(q.Text) }) {
			var in []Evidence
			for _, q := range same {
				in = append(in, q.Evidence)
			}
			sq.Quotes = append(sq.Quotes, sameQuote{Quote: same[0], In: in})
		}
		out = append(out, sq)
	}
	slices.SortStableFunc(out, func(a, b speakerQuotes) int {
		return cmp.Or(cmp.Compare(unnamed(a.Speaker), unnamed(b.Speaker)), strings.Compare(a.Speaker, b.Speaker))
	})
	return out
}

// sameQuote is a quotation and the evidence of every article printing it.
type sameQuote struct {
	Quote
	In []Evidence
}

// anchor is the HTML id of a story ("s") or an article ("a") within a
// page: its id with every character but letters, digits, "-" and "_"
// made "-", so that no link to it reads as a URL scheme ("s:…").
func anchor(kind, id string) string {
	return kind + "-" + strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return r
		}
		return '-'
	}, id)
}
