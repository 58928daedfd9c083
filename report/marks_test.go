package report

import (
	"fmt"
	"testing"
)

func TestMarks(t *testing.T) {
	m := hostile().Marks()
	got := fmt.Sprint(m["a"])
	want := "[{3 13 [disputed duration: =HYPERLINK(1) duration: =HYPERLINK(1) (single_source) only this source: <script>alert(1)</script><img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">x</a>]}]"
	if got != want {
		t.Errorf("marks of a:\n got %s\nwant %s", got, want)
	}
	if len(m) != 1 {
		t.Errorf("marks for %d articles, want 1", len(m))
	}
}
