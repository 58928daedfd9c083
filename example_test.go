package crosscheck_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
)

// Analyze a folder of articles and list what was read.
func ExampleAnalyze() {
	r := crosscheck.Analyze(context.Background(), []string{"examples/harbour-strike"}, crosscheck.Options{})
	for _, a := range r.Articles {
		byline := "-"
		if a.Byline != nil {
			byline = *a.Byline
		}
		fmt.Printf("%s | %s | %s | %d removed\n", a.ID, a.Title, byline, len(a.Removed))
	}
	fmt.Println(len(r.Failed), "failed")
	// Output:
	// baltic-post-norrvik | Norrvik dockers reach deal to end port strike | - | 2 removed
	// coastal-times | Port strike over: dockers win 5.5% rise after three-day stoppage | Tomas Brenner | 10 removed
	// le-quotidien-latin1 | Grève au port de Norrvik : un accord après quatre jours d'arrêt | Renée Dubois | 4 removed
	// northern-ledger | Norrvik dock strike ends after four days as union accepts 6% pay offer | Lena Varga | 7 removed
	// wire-norrvik-deal | Norrvik dockers reach deal to end port strike | - | 1 removed
	// 0 failed
}

// The bundled example's report shows the disagreement the README
// promises it catches: who Marta Okonkwo-Lind is.
func TestExampleShowsItsConflict(t *testing.T) {
	r := crosscheck.Analyze(context.Background(), []string{"examples/harbour-strike"}, crosscheck.Options{})
	for _, s := range r.Stories {
		for _, c := range s.Conflicts {
			if c.Kind == "status" && strings.Contains(c.Summary, "Marta Okonkwo-Lind") && len(c.Sides) == 2 {
				return
			}
		}
	}
	t.Errorf("no status conflict on Marta Okonkwo-Lind in %+v", r.Stories)
}
