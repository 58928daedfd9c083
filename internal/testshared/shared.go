// Package testshared finds the shared acceptance corpora and benchmarks
// (../shared beside the repository) for tests.
package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

// RequireEnv, when set to any value, turns a missing shared directory into
// a test failure instead of a skip. .ci/run sets it.
const RequireEnv = "CROSSCHECK_REQUIRE_SHARED"

// DirEnv overrides where the shared directory is.
const DirEnv = "CROSSCHECK_SHARED"

// Dir returns the path of a file or directory under the shared directory.
// When it is missing the test is skipped, or fails loudly in CI.
func Dir(t testing.TB, rel string) string {
	t.Helper()
	root := os.Getenv(DirEnv)
	if root == "" {
		root = filepath.Join(moduleRoot(t), "..", "shared")
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv(RequireEnv) != "" {
			t.Fatalf("shared test data missing: %v (CI needs ../shared beside the repository; set %s to its path)", err, DirEnv)
		}
		t.Skipf("shared test data not found (%v); set %s to run this test", err, DirEnv)
	}
	return p
}

// moduleRoot is the directory holding go.mod, found from the working
// directory upwards.
func moduleRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testshared: go.mod not found above the working directory")
		}
		dir = parent
	}
}
