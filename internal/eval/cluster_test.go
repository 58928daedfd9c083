package eval

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestBCubed(t *testing.T) {
	// a and b are event x, c and d event y.
	gold := map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"}
	tests := []struct {
		name         string
		pred         [][]string
		p, r, pp, pr float64
		repeated     int
	}{
		// The gold clusters.
		{"gold", [][]string{{"a", "b"}, {"c", "d"}}, 1, 1, 1, 1, 0},
		// No clusters: all singletons. Precision 1, recall 1/2 each; no pairs.
		{"none", nil, 1, 0.5, 0, 0, 0},
		// One cluster: precision 1/2 each, recall 1; pairs 2 of 6 right.
		{"one", [][]string{{"a", "b", "c", "d"}}, 0.5, 1, 2.0 / 6, 1, 0},
		// {a b c}, d alone, z unknown, a repeated (its second cluster ignored).
		// precision a 2/3, b 2/3, c 1/3, d 1; recall a 1, b 1, c 1/2, d 1/2.
		// Pairs: predicted ab ac bc, gold ab cd: TP 1.
		{"repeat", [][]string{{"a", "b", "c", "z"}, {"a"}}, (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4, 0.75, 1.0 / 3, 0.5, 1},
		// a first in a cluster of its own, so b stays with c and d.
		// precision a 1, b 1/3, c 2/3, d 2/3; recall a 1/2, b 1/2, c 1, d 1.
		{"first wins", [][]string{{"a"}, {"a", "b", "c", "d"}}, (1 + 1.0/3 + 2.0/3 + 2.0/3) / 4, 0.75, 1.0 / 3, 0.5, 1},
		// Listed twice in one cluster counts as repeated and changes nothing else.
		{"twice in one", [][]string{{"a", "a", "b"}, {"c", "d", "q"}}, 1, 1, 1, 1, 1},
	}
	for _, tt := range tests {
		s := BCubed(tt.pred, gold)
		if !approx(s.P, tt.p) || !approx(s.R, tt.r) || !approx(s.F1, f1(tt.p, tt.r)) ||
			!approx(s.PairP, tt.pp) || !approx(s.PairR, tt.pr) || !approx(s.PairF1, f1(tt.pp, tt.pr)) ||
			s.Repeated != tt.repeated || s.Articles != 4 {
			t.Errorf("%s: got %+v, want P %.4f R %.4f pair P %.4f R %.4f repeated %d",
				tt.name, s, tt.p, tt.r, tt.pp, tt.pr, tt.repeated)
		}
	}
}

func TestBCubedF1(t *testing.T) {
	s := BCubed([][]string{{"a", "b", "c", "z"}, {"a"}}, map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"})
	// P 2/3, R 3/4: F1 = 2·(1/2)/(17/12) = 12/17; pairwise 2·(1/6)/(5/6) = 0.4.
	if !approx(s.F1, 12.0/17) || !approx(s.PairF1, 0.4) {
		t.Errorf("F1 %.6f pair F1 %.6f, want %.6f and 0.4", s.F1, s.PairF1, 12.0/17)
	}
}

func TestBCubedNoGold(t *testing.T) {
	s := BCubed([][]string{{"a"}}, nil)
	if s != (ClusterScore{}) {
		t.Errorf("got %+v, want zero", s)
	}
}

func TestReportClusters(t *testing.T) {
	rep := `{"version": 1, "articles": [{"id": "a"}], "stories": [
	  {"id": "s1", "articles": ["a", "b", "c"], "events": [{"articles": ["b", "a"]}, {"articles": ["c", "e"]}]},
	  {"id": "s2", "articles": ["d"], "events": [{"articles": ["f"]}]}]}`
	ev, st, err := ReportClusters(strings.NewReader(rep))
	if err != nil {
		t.Fatal(err)
	}
	wantEv := [][]string{{"b", "a"}, {"c", "e"}, {"f"}}
	wantSt := [][]string{{"a", "b", "c", "e"}, {"d", "f"}}
	if !slices.EqualFunc(ev, wantEv, slices.Equal) || !slices.EqualFunc(st, wantSt, slices.Equal) {
		t.Errorf("events %v stories %v, want %v and %v", ev, st, wantEv, wantSt)
	}
}

func TestReportClustersErrors(t *testing.T) {
	for _, rep := range []string{``, `not json`, `{"version": 2, "stories": []}`, `{"id": "a", "event": "1_ecb"}`} {
		if _, _, err := ReportClusters(strings.NewReader(rep)); err == nil || !strings.HasPrefix(err.Error(), "eval: ") {
			t.Errorf("%q: err %v, want an eval: error", rep, err)
		}
	}
	if ev, st, err := ReportClusters(strings.NewReader(`{"version": 1, "stories": []}`)); err != nil || ev != nil || st != nil {
		t.Errorf("no stories: %v %v %v", ev, st, err)
	}
}

func TestReadClusterGold(t *testing.T) {
	in := `{"id": "a", "event": "1_ecb", "topic": "1", "split": "dev"}

{"id": "b", "event": "1_ecbplus", "topic": "1"}
`
	g, err := ReadClusterGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 2 || g["a"] != (GoldLabel{"1_ecb", "1"}) || g["b"] != (GoldLabel{"1_ecbplus", "1"}) {
		t.Errorf("got %v", g)
	}
	if ev, tp := EventLabels(g), TopicLabels(g); ev["b"] != "1_ecbplus" || tp["b"] != "1" {
		t.Errorf("labels %v %v", ev, tp)
	}
}

func TestReadClusterGoldErrors(t *testing.T) {
	tests := map[string]string{
		"not json":     "{\"id\": \"a\", \"event\": \"e\", \"topic\": \"t\"}\n\nnot json\n",
		"no topic":     "{\"id\": \"a\", \"event\": \"e\", \"topic\": \"t\"}\n\n{\"id\": \"b\", \"event\": \"e\"}\n",
		"number topic": "{\"id\": \"a\", \"event\": \"e\", \"topic\": \"t\"}\n\n{\"id\": \"b\", \"event\": \"e\", \"topic\": 1}\n",
		"repeated id":  "{\"id\": \"a\", \"event\": \"e\", \"topic\": \"t\"}\n\n{\"id\": \"a\", \"event\": \"e\", \"topic\": \"t\"}\n",
	}
	for name, in := range tests {
		_, err := ReadClusterGold(strings.NewReader(in))
		if err == nil || !strings.HasPrefix(err.Error(), "eval: gold.jsonl:3: ") {
			t.Errorf("%s: err %v, want it to name gold.jsonl:3", name, err)
		}
	}
	if _, err := ReadClusterGold(strings.NewReader("\n")); err == nil {
		t.Error("empty gold: no error")
	}
}

func TestTFIDFClusters(t *testing.T) {
	docs := []TextDoc{
		{"3", "Dockers strike closes Norrvik port container terminals"},
		{"1", "Earthquake shakes Velmar town, hundreds of homes damaged by the earthquake"},
		{"2", "Velmar earthquake damaged hundreds of homes in the mountain town"},
		{"4", "Norrvik dockers strike for a second day, port terminals closed"},
	}
	want := [][]string{{"1", "2"}, {"3", "4"}}
	if got := TFIDFClusters(docs, 0.2); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("clusters %v, want %v", got, want)
	}
	// Nothing reaches a threshold above 1: every document alone, in id order.
	if got := TFIDFClusters(docs, 1.1); len(got) != 4 || got[0][0] != "1" || got[3][0] != "4" {
		t.Errorf("threshold 1.1: clusters %v, want four singletons in id order", got)
	}
}

func TestTermCounts(t *testing.T) {
	got := termCounts("The 2008 quake: Velmar's 23 homes, QUAKE-hit; a x9z")
	want := map[string]int{"2008": 1, "quake": 2, "velmar": 1, "homes": 1, "hit": 1, "x9z": 1}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

func TestReadTextDocs(t *testing.T) {
	docs, err := ReadTextDocs(strings.NewReader(`{"id": "a", "title": null, "text": "one"}` + "\n"))
	if err != nil || len(docs) != 1 || docs[0] != (TextDoc{"a", "one"}) {
		t.Errorf("docs %v err %v", docs, err)
	}
	if _, err := ReadTextDocs(strings.NewReader("{\"id\": \"a\"}\n{}\n")); err == nil || !strings.Contains(err.Error(), "input.jsonl:2") {
		t.Errorf("err %v, want it to name line 2", err)
	}
}

// FuzzReportClusters: any bytes are read without panicking.
func FuzzReportClusters(f *testing.F) {
	f.Add([]byte(`{"version":1,"stories":[{"articles":["a"],"events":[{"articles":["a","b"]}]}]}`))
	f.Add([]byte(`{"stories":null}`))
	f.Add([]byte(`{"stories":[{"events":[{}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ev, st, err := ReportClusters(bytes.NewReader(data))
		if err == nil {
			BCubed(ev, map[string]string{"a": "x", "b": "x"})
			BCubed(st, map[string]string{"a": "x", "b": "y"})
		}
	})
}

// FuzzReadClusterGold: any bytes are read without panicking.
func FuzzReadClusterGold(f *testing.F) {
	f.Add([]byte(`{"id": "a", "event": "1_ecb", "topic": "1"}` + "\n"))
	f.Add([]byte("\n\n{\"id\": 1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadClusterGold(bytes.NewReader(data))
	})
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
