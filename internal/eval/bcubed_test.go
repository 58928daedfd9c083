package eval

import (
	"math"
	"strings"
	"testing"
)

func TestBCubed(t *testing.T) {
	gold := map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"}
	// {a b c} and d left out (a singleton); "z" is not gold; "a" repeated.
	s := BCubed([][]string{{"a", "b", "c", "z"}, {"a"}}, gold)
	// precision: a 2/3, b 2/3, c 1/3, d 1 → 2.667/4; recall: a 1, b 1, c 1/2, d 1/2 → 3/4
	if !approx(s.P, (2.0/3+2.0/3+1.0/3+1)/4) || !approx(s.R, 0.75) || s.Repeated != 1 || s.Articles != 4 {
		t.Errorf("got %+v", s)
	}
	// pairs: predicted a-b, a-c, b-c; gold a-b, c-d; TP a-b.
	if !approx(s.PairP, 1.0/3) || !approx(s.PairR, 0.5) {
		t.Errorf("pairwise P %.3f R %.3f, want 1/3 and 1/2", s.PairP, s.PairR)
	}
	if p := BCubed([][]string{{"a", "b"}, {"c", "d"}}, gold); !approx(p.F1, 1) || !approx(p.PairF1, 1) {
		t.Errorf("the gold clusters score %+v, want 1", p)
	}
}

func TestReportClusters(t *testing.T) {
	rep := `{"version":1,"stories":[{"articles":["a","b","c"],"events":[{"articles":["a","b"]},{"articles":["c"]}]}]}`
	ev, st, err := ReportClusters(strings.NewReader(rep))
	if err != nil || len(ev) != 2 || len(st) != 1 || len(st[0]) != 3 {
		t.Errorf("events %v stories %v err %v", ev, st, err)
	}
}

func TestTFIDFClusters(t *testing.T) {
	docs := []TextDoc{
		{"1", "Earthquake shakes Velmar town, hundreds of homes damaged by the earthquake"},
		{"2", "Velmar earthquake damaged hundreds of homes in the mountain town"},
		{"3", "Dockers strike closes Norrvik port container terminals"},
	}
	cls := TFIDFClusters(docs, 0.2)
	if len(cls) != 2 || len(cls[0]) != 2 {
		t.Errorf("clusters %v, want the two earthquake reports together", cls)
	}
}

// FuzzReportClusters: any bytes are read without panicking.
func FuzzReportClusters(f *testing.F) {
	f.Add([]byte(`{"stories":[{"articles":["a"],"events":[{"articles":["a"]}]}]}`))
	f.Add([]byte(`{"stories":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReportClusters(strings.NewReader(string(data)))
	})
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
