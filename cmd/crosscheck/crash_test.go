package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval"
	"github.com/crosscheck/crosscheck/internal/testshared"
	"github.com/crosscheck/crosscheck/store/sqlite"
)

// crashCorpus writes n articles of real news text (versions of the ECB+
// dev articles) as JSONL.
func crashCorpus(t *testing.T, n int) string {
	in, err := os.Open(testshared.Dir(t, "bench/clustering/ecbplus-dev/input.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := eval.WriteVariants(out, in, n); err != nil {
		t.Fatal(err)
	}
	return path
}

// stored is one "stored" log line of ingest: a committed batch.
type stored struct {
	Msg         string `json:"msg"`
	First, Last string
	Articles    int
	Done        int
}

// TestIngestSurvivesSIGKILL kills an ingest of 10,000 articles in the
// middle of storing them, then checks that every batch it reported
// stored is there and that the database and its index are sound, and
// that running the same ingest again completes the store.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	const n = 10000
	corpus := crashCorpus(t, n)
	db := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "ingest", "--quiet", "-v", "--log-format", "json", "--db", db, corpus)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []stored
	killed := false
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		var line stored
		if json.Unmarshal(sc.Bytes(), &line) != nil || line.Msg != "stored" {
			continue
		}
		acked = append(acked, line)
		if !killed && line.Done >= n/3 {
			cmd.Process.Kill() // SIGKILL: no chance to clean up
			killed = true
		}
	}
	err = cmd.Wait()
	if !killed || err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("the ingest was not killed mid-way (%v); %d batches reported", err, len(acked))
	}
	last := acked[len(acked)-1]
	if last.Done >= n {
		t.Fatalf("every batch was stored before the kill; the test proves nothing")
	}
	t.Logf("killed after %d batches (%d of %d articles) were reported stored", len(acked), last.Done, n)

	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("the store does not open after the kill: %v", err)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatalf("the store is corrupt after the kill: %v", err)
	}
	count, err := s.Count(ctx)
	if err != nil || count < last.Done {
		t.Errorf("the store holds %d articles; %d were reported stored (%v)", count, last.Done, err)
	}
	for _, b := range acked {
		has, err := s.Has(ctx, []string{b.First, b.Last})
		if err != nil || !has[b.First] || !has[b.Last] {
			t.Errorf("batch %s…%s was reported stored but is missing", b.First, b.Last)
		}
	}
	s.Close()

	// Running the same ingest again stores the rest and analyses all.
	again := exec.Command(os.Args[0], "ingest", "--quiet", "--db", db, corpus)
	again.Env = append(os.Environ(), runMainEnv+"=1")
	out, err := again.CombinedOutput()
	var read, added, updated, kept, total int
	_, serr := fmt.Sscanf(string(out), "read %d articles: %d added, %d updated, %d already stored; the store holds %d articles",
		&read, &added, &updated, &kept, &total)
	if err != nil || serr != nil || read != n || updated != 0 || total != count+added {
		t.Fatalf("the second ingest (%v, %v): the store held %d, want read %d, 0 updated, %d+added held:\n%s",
			err, serr, count, n, count, out)
	}
	t.Logf("second run: %s", strings.TrimSpace(string(out)))
	s, err = sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store is corrupt after the second run: %v", err)
	}
}
