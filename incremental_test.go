package crosscheck_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/eval"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
	"github.com/crosscheck/crosscheck/store/sqlite"
)

// TestKnownStoriesEqualOneShot: ECB+ articles analysed in two steps, the
// second taking the first's stories as known (as ingest does with a
// store), give byte for byte the report of one analysis of all; the
// stories the new articles leave alone are taken as known, the others
// reconciled again.
func TestKnownStoriesEqualOneShot(t *testing.T) {
	_, first, second := twoFiles(t, readShared(t, "bench/clustering/ecbplus-dev/input.jsonl"), 220, 240)
	ctx := context.Background()
	opt := crosscheck.Options{Salt: "test"}
	before := crosscheck.Analyze(ctx, []string{first}, opt)
	opt.Known = map[string]report.Story{}
	for _, st := range before.Stories {
		opt.Known[before.Fingerprints[st.ID]] = st
	}
	after := crosscheck.Analyze(ctx, []string{first, second}, opt)
	oneShot := crosscheck.Analyze(ctx, []string{first, second}, crosscheck.Options{Salt: "test"})
	if !bytes.Equal(mustJSON(t, after), mustJSON(t, oneShot)) {
		t.Fatal("the report made with known stories differs from the one-shot report")
	}
	kept := 0
	for _, fp := range after.Fingerprints {
		if _, ok := opt.Known[fp]; ok {
			kept++
		}
	}
	t.Logf("%d stories before, %d after: %d kept, %d reconciled", len(before.Stories), len(after.Stories), kept, len(after.Stories)-kept)
	if kept == 0 || kept == len(after.Stories) {
		t.Errorf("%d of %d stories kept: want some kept and some reconciled", kept, len(after.Stories))
	}
	// A known story under another salt (another program) is not taken.
	opt.Salt = "another"
	again := crosscheck.Analyze(ctx, []string{first, second}, opt)
	for _, fp := range again.Fingerprints {
		if _, ok := opt.Known[fp]; ok {
			t.Fatalf("story %s taken as known under another salt", fp)
		}
	}
}

func readShared(t *testing.T, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(testshared.Dir(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// twoFiles writes lines [0, n) of a JSONL text to one file of a new
// directory and lines [n, m) to another.
func twoFiles(t *testing.T, jsonl []byte, n, m int) (dir, first, second string) {
	t.Helper()
	lines := bytes.SplitAfter(jsonl, []byte("\n"))
	dir = t.TempDir()
	first, second = filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	write(t, first, bytes.Join(lines[:n], nil))
	write(t, second, bytes.Join(lines[n:m], nil))
	return dir, first, second
}

// openStore opens a new store in dir, closed when the test ends.
func openStore(t *testing.T, dir string) *sqlite.DB {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(dir, "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestStatesEqualOneShot: ECB+ texts in versions over four days, given
// to a store a day at a time (the first two days are the first block,
// 1,544 articles), then an article a day late (published on the third
// day), then one more of the last day. The fourth day and the late
// article go on from the state saved at the start of the third day, the
// last article from the start of the fourth, saving none; the last
// report is byte for byte the report of one analysis of all.
func TestStatesEqualOneShot(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 4,800 articles")
	}
	var all bytes.Buffer
	if err := eval.WriteVariants(&all, bytes.NewReader(readShared(t, "bench/clustering/ecbplus-dev/input.jsonl")), 3*772+100); err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(all.Bytes(), []byte("\n"))
	dir := t.TempDir()
	var files []string
	for i, part := range [][]byte{bytes.Join(lines[:2*772], nil), bytes.Join(lines[2*772:3*772], nil),
		bytes.Join(lines[3*772:], nil), lateCopy(t, lines[2*772]), lateCopy(t, lines[3*772])} {
		files = append(files, filepath.Join(dir, fmt.Sprintf("%d.jsonl", i)))
		write(t, files[i], part)
	}
	ctx := context.Background()
	s := openStore(t, dir)
	var how []crosscheck.Clustering
	opt := crosscheck.Options{Salt: "test", States: s, Analyses: s, Clustered: func(c crosscheck.Clustering) { how = append(how, c) }}
	var last report.Report
	for n := range files {
		last = crosscheck.Analyze(ctx, files[:n+1], opt)
	}
	oneShot := crosscheck.Analyze(ctx, files, crosscheck.Options{Salt: "test"})
	if !bytes.Equal(mustJSON(t, last), mustJSON(t, oneShot)) {
		t.Fatal("the report clustered from saved states differs from the one-shot report")
	}
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	// The first block (two days) saves no state: none starts a day of
	// it but its first.
	want := []crosscheck.Clustering{{Placed: 2 * 772}, {Placed: 3 * 772, Saved: 1}, {From: day(3), Placed: 772 + 100, Saved: 1},
		{From: day(3), Placed: 773 + 100, Saved: 1}, {From: day(4), Placed: 101}}
	if !reflect.DeepEqual(how, want) {
		t.Errorf("clusterings %+v, want %+v", how, want)
	}
}

// lateCopy is a JSONL line with another id and a sentence more: a later
// version of the article, published when it was.
func lateCopy(t *testing.T, line []byte) []byte {
	var a map[string]any
	if err := json.Unmarshal(line, &a); err != nil {
		t.Fatal(err)
	}
	a["id"], a["text"] = fmt.Sprint(a["id"], "-late"), fmt.Sprint(a["text"], "\n\nThis report was updated later.")
	return append(mustJSON(t, a), '\n')
}

// TestSavedAnalysesEqualOneShot: articles analysed with a store keeping
// their analyses, then again with new ones, take the saved analyses of
// the first and analyse only the new, and the report is byte for byte
// the one-shot report. Another program (salt) takes none of them.
func TestSavedAnalysesEqualOneShot(t *testing.T) {
	dir, first, second := twoFiles(t, readShared(t, "bench/clustering/ecbplus-dev/input.jsonl"), 220, 240)
	ctx := context.Background()
	s := openStore(t, dir)
	var how []crosscheck.Reuse
	opt := crosscheck.Options{Salt: "test", Analyses: s, Analysed: func(r crosscheck.Reuse) { how = append(how, r) }}
	crosscheck.Analyze(ctx, []string{first}, opt)
	after := crosscheck.Analyze(ctx, []string{first, second}, opt)
	oneShot := crosscheck.Analyze(ctx, []string{first, second}, crosscheck.Options{Salt: "test"})
	if !bytes.Equal(mustJSON(t, after), mustJSON(t, oneShot)) {
		t.Fatal("the report made from saved analyses differs from the one-shot report")
	}
	// A damaged saved analysis is told and made again.
	opt.Analyses = damaged{s}
	if again := crosscheck.Analyze(ctx, []string{first, second}, opt); !bytes.Equal(mustJSON(t, again), mustJSON(t, oneShot)) {
		t.Error("the report made from a damaged saved analysis differs from the one-shot report")
	}
	if last := how[len(how)-1]; last.Problem == nil || last.Taken != 239 || last.Made != 1 {
		t.Errorf("with a damaged analysis: %+v, want 239 taken, 1 made and the problem told", last)
	}
	how[len(how)-1].Problem = nil
	opt.Salt = "another"
	crosscheck.Analyze(ctx, []string{first, second}, opt)
	want := []crosscheck.Reuse{{Made: 220}, {Taken: 220, Made: 20}, {Taken: 239, Made: 1}, {Made: 240}}
	if !reflect.DeepEqual(how, want) {
		t.Errorf("analyses %+v, want %+v", how, want)
	}
}

// damaged hands back saved analyses with one of them cut short.
type damaged struct{ st crosscheck.Analyses }

func (d damaged) Analyses(ctx context.Context, keys []store.AnalysisKey) (map[string][]byte, error) {
	m, err := d.st.Analyses(ctx, keys)
	if b, ok := m[keys[0].Article]; ok {
		m[keys[0].Article] = b[:len(b)/2]
	}
	return m, err
}

func (d damaged) SetAnalyses(ctx context.Context, keep []store.AnalysisKey, add []store.SavedAnalysis) error {
	return d.st.SetAnalyses(ctx, keep, add)
}
