package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/testshared"
)

// clusterFloors are the BCubed F1 the clustering must keep on ecbplus-dev
// (docs/quality.md). They only ever rise.
var clusterFloors = map[string]float64{"events": 0.90, "stories": 0.90}

func TestClusterQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 772 articles")
	}
	dir := testshared.Dir(t, "bench/clustering/ecbplus-dev")
	rep := crosscheck.Analyze(context.Background(), []string{filepath.Join(dir, "input.jsonl")}, crosscheck.Options{})
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	events, stories, err := ReportClusters(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadClusterGold(f)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]ClusterScore{"events": BCubed(events, EventLabels(gold)), "stories": BCubed(stories, TopicLabels(gold))}
	for k, floor := range clusterFloors {
		t.Logf("%s %+v", k, got[k])
		if got[k].F1 < floor {
			t.Errorf("%s BCubed F1 %.4f fell below the floor %.2f", k, got[k].F1, floor)
		}
	}
}
