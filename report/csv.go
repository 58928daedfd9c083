package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"story", "event", "slot", "status", "value", "display", "article", "sources",
	"asserted", "modality", "attribution", "start", "end", "text", "sentence"}

// WriteCSV writes one row a claim: each piece of evidence for each value
// of each fact of each event, then each side of the conflicts about who
// someone is (slot role or status, no event).
func WriteCSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	rows := [][]string{csvHeader}
	for _, s := range r.Stories {
		for _, e := range s.Events {
			for _, f := range e.Facts {
				for _, v := range f.Values {
					rows = append(rows, csvRows(s.ID, e.ID, f.Slot, f.Status, v)...)
				}
			}
		}
		for _, c := range s.Conflicts {
			if c.Event != "" {
				continue // already written with its event's facts
			}
			for _, v := range c.Sides {
				rows = append(rows, csvRows(s.ID, "", c.Slot+":"+c.Entity, "disputed", v)...)
			}
		}
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func csvRows(story, event, slot, status string, v FactValue) [][]string {
	var out [][]string
	for _, e := range v.Evidence {
		out = append(out, []string{story, event, slot, status, inert(v.Value), inert(v.Display), e.Article, strconv.Itoa(v.Sources),
			strconv.FormatBool(v.Asserted), e.Modality, inert(e.Attribution), strconv.Itoa(e.Start), strconv.Itoa(e.End),
			inert(e.Text), inert(e.Sentence)})
	}
	return out
}

// inert keeps a spreadsheet from reading article text as a formula: a
// cell that starts with = + @ or a control character gets a leading '.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
