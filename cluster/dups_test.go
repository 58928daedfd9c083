package cluster

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

const wire = `Dock workers at the Port of Norrvik agreed late on Sunday to end a strike that began on Thursday, after nine hours of talks with the harbour authority, union and port officials said. The Norrvik Dockers' Union said the deal included a 6% pay rise over two years and 120 new night-shift jobs. The harbour authority confirmed the number of new jobs but did not comment on the size of the pay rise. "This is a fair deal, not a perfect one," union president Marta Okonkwo-Lind said. The strike had left more than 40 vessels waiting outside the port, according to harbour data.`

func TestDups(t *testing.T) {
	edited := strings.Replace(wire, "late on Sunday", "on Sunday night", 1)
	edited = strings.Replace(edited, "according to harbour data", "harbour data showed", 1)
	cut := wire[:strings.Index(wire, `"This is`)]
	padded := "NORRVIK (NWS) - " + wire + " Reporting by Ingrid Moe. Editing by Paul Ashford. Read more: Ferry fares to rise in April."
	other := `The city council voted on Tuesday to build a tram line between the harbour and the university campus, ending a debate that began in 2015, after supporters said the line would take thousands of cars off the road each day and opponents argued the cost was too high.`
	d := NewDups(0)
	for _, tt := range []struct{ id, text, want string }{
		{"a", wire, ""},
		{"b", edited, "a"},
		{"c", cut, "a"},
		{"d", padded, "a"},
		{"e", other, ""},
		{"f", "Too short to judge.", ""},
		{"g", "Too short to judge.", ""},
	} {
		if got := d.Add(tt.id, NewSketch(tt.text), time.Time{}); got != tt.want {
			s := NewSketch(tt.text)
			t.Errorf("%s: duplicate of %q, want %q (J %.2f C %.2f)", tt.id, got, tt.want, s.Jaccard(NewSketch(wire)), s.Containment(NewSketch(wire)))
		}
	}
	if j := NewSketch(wire).Jaccard(NewSketch(strings.ToUpper(wire))); j != 1 {
		t.Errorf("case changes the sketch: J = %v", j)
	}
}

// TestDupsWindow: copies are found among the articles of the window only
// (swept every sweepEvery articles),
// across sweeps and compactions of the index.
func TestDupsWindow(t *testing.T) {
	text := func(i int) string {
		var b strings.Builder
		for w := range 40 {
			fmt.Fprintf(&b, "word%d_%d ", i, w)
		}
		return b.String()
	}
	d := NewDups(time.Hour)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 5000 {
		at := t0.Add(time.Duration(i) * time.Minute)
		id := fmt.Sprint(i)
		if got := d.Add(id, NewSketch(text(i)), at); got != "" {
			t.Fatalf("%s: new text called a copy of %s", id, got)
		}
		if i%97 == 96 {
			if got, want := d.Add(id+"-recent", NewSketch(text(i-30)), at), fmt.Sprint(i-30); got != want {
				t.Fatalf("%s: copy of an article 30 minutes old: %q, want %q", id, got, want)
			}
			if got := d.Add(id+"-old", NewSketch(text(i-1300)), at); got != "" && i >= 1300+sweepEvery {
				t.Fatalf("%s: copy of an article gone from the window found as %q", id, got)
			}
		}
	}
}
