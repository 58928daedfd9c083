package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
)

// hostile is a report whose article text tries to run code in the page.
func hostile() Report {
	bad := `<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>`
	ev := Evidence{Article: "a", Sentence: "It lasted " + bad + " five hours.", Start: 3, End: 13, Text: "five hours", Modality: "asserted"}
	v := FactValue{Value: "PT5H", Display: "=HYPERLINK(1)", Articles: []string{"a"}, Sources: 1, Asserted: true, Evidence: []Evidence{ev}}
	return Report{Version: 1,
		Articles: []Article{{ID: "a", Title: bad, Source: bad, Removed: nil}},
		Stories: []Story{{ID: "s:a", Title: bad, Articles: []string{"a"},
			Events: []Event{{ID: "ev:a", Type: "meeting", Summary: bad, Articles: []string{"a"},
				Facts:        []Fact{{Slot: "duration", Status: "single_source", Values: []FactValue{v}}},
				SingleSource: []Detail{{Article: "a", Kind: "fact", About: bad, Text: ev.Sentence, Evidence: ev}}}},
			Conflicts: []Conflict{{Kind: "numeric", Event: "ev:a", Slot: "duration", Summary: bad, Sides: []FactValue{v, v}}}}},
		Quotes: []Quote{{Text: bad, Article: "a", Direct: true}},
	}
}

func TestHTMLEscapesArticleText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, hostile()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img", "onerror=\"", "href=\"javascript:", "ZgotmplZ"} {
		if strings.Contains(out, bad) {
			t.Errorf("page carries %q", bad)
		}
	}
	if n, inPage := strings.Count(out, "<a "), strings.Count(out, `<a class="chip" href="#`)+strings.Count(out, `<a href="#`); n != inPage {
		t.Errorf("page carries %d links, %d of them within the page; want only links within it", n, inPage)
	}
	for _, external := range []string{"src=\"http", "href=\"http", "@import", "url("} {
		if strings.Contains(out, external) {
			t.Errorf("page loads something from outside: %q", external)
		}
	}
	if !strings.Contains(out, "<mark>five hours</mark>") {
		t.Errorf("the evidence is not highlighted")
	}
}

func TestCSVOneRowAClaim(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, hostile()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[1][5] != "'=HYPERLINK(1)" || len(rows[0]) != len(csvHeader) || rows[1][2] != "duration" || rows[1][6] != "a" || rows[1][13] != "five hours" {
		t.Errorf("rows %q", rows)
	}
}

// TestHTMLEvidenceOfCopiesOnce: three articles giving a value in one
// sentence show it once, citing all three; a sentence worded otherwise
// shows apart.
func TestHTMLEvidenceOfCopiesOnce(t *testing.T) {
	sentence := "The talks lasted five hours."
	var ev []Evidence
	for _, a := range []string{"a", "b", "c"} {
		ev = append(ev, Evidence{Article: a, Sentence: sentence, Text: "five hours", Modality: "asserted"})
	}
	ev = append(ev, Evidence{Article: "d", Sentence: "They met for five hours.", Text: "five hours", Modality: "asserted"})
	v := FactValue{Value: "PT5H", Display: "five hours", Articles: []string{"a", "b", "c", "d"}, Sources: 2, Asserted: true, Evidence: ev}
	r := Report{Version: 1, Stories: []Story{{ID: "s:a", Articles: v.Articles,
		Events: []Event{{ID: "ev:a", Type: "meeting", Articles: v.Articles,
			Facts: []Fact{{Slot: "duration", Status: "agreed", Values: []FactValue{v}}}}}}}}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "The talks lasted"); n != 1 {
		t.Errorf("the shared sentence shows %d times, want once", n)
	}
	if !strings.Contains(out, "<cite>a, b, c · asserted</cite>") || !strings.Contains(out, "<cite>d · asserted</cite>") {
		t.Errorf("cites not grouped by sentence:\n%s", out)
	}
}

// TestMatrixGroupsCopies: in a big event the articles that back the same
// values share a column; single-source facts make no row; a small event
// keeps a column an article.
func TestMatrixGroupsCopies(t *testing.T) {
	var arts []string
	for i := range 14 {
		arts = append(arts, fmt.Sprintf("a%02d", i))
	}
	five := FactValue{Value: "PT5H", Display: "five hours", Articles: arts[:13], Sources: 2}
	four := FactValue{Value: "PT4H", Display: "four hours", Articles: arts[13:], Sources: 1}
	e := Event{Articles: arts, Facts: []Fact{
		{Slot: "duration", Status: "disputed", Values: []FactValue{five, four}},
		{Slot: "day", Status: "single_source", Values: []FactValue{{Display: "Tuesday", Articles: arts[:1], Sources: 1}}},
	}}
	m := matrix(e)
	if len(m.Rows) != 1 || len(m.Columns) != 2 || m.Columns[0].More != 12 || m.Rows[0].Cells[1].Value != "four hours" {
		t.Errorf("big event: %+v", m)
	}
	e.Articles, five.Articles = arts[:3], arts[:2]
	e.Facts[0].Values = []FactValue{five, {Display: "four hours", Articles: arts[2:3], Sources: 1}}
	if m := matrix(e); len(m.Columns) != 3 {
		t.Errorf("small event: %d columns, want one an article", len(m.Columns))
	}
}
