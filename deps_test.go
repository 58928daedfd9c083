package crosscheck_test

import (
	"go/build"
	"os"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/crosscheck/crosscheck"

// stages lists the pipeline in data order; a stage may import only stages
// before it.
var stages = []string{"ingest", "extract", "analyze", "claims", "cluster", "reconcile", "report"}

// pure stages do no I/O: they may not import these, directly or through
// another package of this module.
var pure = []string{"extract", "analyze", "claims", "cluster", "reconcile"}

var forbidden = []string{"os", "os/exec", "net", "net/http", "database/sql", "syscall", "io/ioutil", "plugin", "unsafe"}

// TestStageDeps keeps the pipeline one-way and the analysis stages pure.
func TestStageDeps(t *testing.T) {
	for i, stage := range stages {
		if _, err := os.Stat(stage); err != nil {
			continue // a stage not written yet
		}
		pkg := importDir(t, stage)
		for _, imp := range ownImports(t, pkg) {
			rel := strings.TrimPrefix(imp, module+"/")
			if j := slices.Index(stages, rel); j > i {
				t.Errorf("%s imports downstream stage %s", stage, rel)
			}
			if strings.HasPrefix(rel, "internal/") || rel == "store" || strings.HasPrefix(rel, "store/") {
				t.Errorf("%s imports %s", stage, rel)
			}
		}
		if !slices.Contains(pure, stage) {
			continue
		}
		for _, p := range append([]string{stage}, ownImportsRel(t, pkg)...) {
			for _, imp := range importDir(t, p).Imports {
				if slices.Contains(forbidden, imp) {
					t.Errorf("pure stage %s imports %s (through %s)", stage, imp, p)
				}
			}
		}
	}
}

// importDir reads the imports of the package in a directory of this module.
func importDir(t *testing.T, dir string) *build.Package {
	pkg, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// ownImports returns the packages of this module that pkg imports,
// directly or not.
func ownImports(t *testing.T, pkg *build.Package) []string {
	seen := map[string]bool{}
	var visit func(p *build.Package)
	visit = func(p *build.Package) {
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module+"/") || seen[imp] {
				continue
			}
			seen[imp] = true
			visit(importDir(t, strings.TrimPrefix(imp, module+"/")))
		}
	}
	visit(pkg)
	var out []string
	for p := range seen {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

func ownImportsRel(t *testing.T, pkg *build.Package) []string {
	var out []string
	for _, p := range ownImports(t, pkg) {
		out = append(out, strings.TrimPrefix(p, module+"/"))
	}
	return out
}
