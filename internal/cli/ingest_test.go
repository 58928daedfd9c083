package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/report"
)

// run runs the command line and returns its status, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestIngestEqualsAnalyze: the example ingested in two parts, then all of
// it again, gives the stories a one-shot analyze gives, and stores each
// article once.
func TestIngestEqualsAnalyze(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "harbour-strike")
	db := filepath.Join(t.TempDir(), "cc.db")
	steps := []struct {
		args []string
		want string
	}{
		{[]string{filepath.Join(ex, "coastal-times.html"), filepath.Join(ex, "northern-ledger.txt")}, "2 added, 0 updated, 0 already stored"},
		{[]string{ex}, "0 updated, 2 already stored"},
		{[]string{ex}, "0 added, 0 updated"},
	}
	for _, s := range steps {
		code, out, errs := run(t, append([]string{"ingest", "--quiet", "--db", db}, s.args...)...)
		if code != ExitOK || !strings.Contains(out, s.want) {
			t.Fatalf("ingest %v: status %d, %q (want %q); stderr %s", s.args, code, out, s.want, errs)
		}
	}
	code, out, errs := run(t, "analyze", "--quiet", ex)
	if code != ExitOK {
		t.Fatalf("analyze: %d %s", code, errs)
	}
	var r report.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run(t, "stories", "--db", db, "--json")
	var list struct{ Stories []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != ExitOK {
		t.Fatalf("stories: %d %v %s", code, err, out)
	}
	if len(list.Stories) != len(r.Stories) {
		t.Fatalf("the store has %d stories, analyze %d", len(list.Stories), len(r.Stories))
	}
	for _, want := range r.Stories {
		code, out, errs := run(t, "story", "--db", db, want.ID)
		if code != ExitOK {
			t.Fatalf("story %s: %d %s", want.ID, code, errs)
		}
		wantJSON, _ := json.MarshalIndent(want, "", "  ")
		if strings.TrimSpace(out) != string(wantJSON) {
			t.Errorf("story %s from the store differs from analyze:\n%s\nwant\n%s", want.ID, out, wantJSON)
		}
	}
	code, out, _ = run(t, "search", "--db", db, "strike")
	if code != ExitOK || !strings.Contains(out, "[strike]") && !strings.Contains(out, "[Strike]") {
		t.Errorf("search strike: %d %q", code, out)
	}
	if code, _, errs := run(t, "story", "--db", db, "s:nope"); code != ExitFailed || !strings.Contains(errs, `no story "s:nope"`) {
		t.Errorf("missing story: %d %q", code, errs)
	}
}

// TestReanalyse: --reanalyse without inputs analyses the stored articles
// again; without it, an ingest needs inputs.
func TestReanalyse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	ex := filepath.Join("..", "..", "examples", "harbour-strike")
	if code, _, errs := run(t, "ingest", "--quiet", "--db", db, ex); code != ExitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	if code, _, _ := run(t, "ingest", "--quiet", "--db", db); code != ExitUsage {
		t.Errorf("ingest without inputs: %d, want %d", code, ExitUsage)
	}
	code, out, errs := run(t, "ingest", "--quiet", "--reanalyse", "-v", "--db", db)
	if code != ExitOK || !strings.Contains(out, "read 0 articles") || !strings.Contains(errs, "msg=analysed") {
		t.Errorf("ingest --reanalyse: %d %q %q", code, out, errs)
	}
}

// The commands that read a store never make one: a mistyped --db is an
// error that names the path, and leaves no file behind.
func TestReadersNeedAStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"stories"}, {"story", "s:x"}, {"search", "strike"}, {"serve", "--addr", "127.0.0.1:0"}} {
		code, _, errs := run(t, append(append(args[:1:1], "--db", db), args[1:]...)...)
		if code != ExitFailed || !strings.Contains(errs, "no store at "+db) {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%v made %s", args, db)
		}
	}
}
