package report

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
)

func TestCreditOf(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"(© 2016 KHOU)", "khou"},
		{"Copyright 2016 The Associated Press. All rights reserved. This material may not be published.", "associated press"},
		{"Copyright 2016 WMC Action News 5. All rights reserved.", "wmc action news 5"},
		{"Copyright 2016 WSMV (Meredith Corporation). All rights reserved.", "wsmv"},
		{"Copyright 2016 by KSAT - All rights reserved.", "ksat"},
		{"© 2016-2017 WWL-TV", "wwl-tv"},
		{"© 2017 Cox Media Group.", ""},
		{"Copyright 2016 Nexstar Broadcasting, Inc. All rights reserved.", ""},
		{"(©2016 CBS Local Media, a division of CBS Radio Inc.)", ""},
		{"All rights reserved.", ""},
		{"© 2016", ""},
		{"Copyright law in the EU changed in 2019.", ""},
	} {
		if got := creditOf(tc.line); got != tc.want {
			t.Errorf("creditOf(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// One newsroom's story on two outlets' sites is syndicated; a credit
// only one outlet carries (its own name, most often) is not.
func TestSyndicated(t *testing.T) {
	art := func(id, line string) Input {
		a := extract.Article{Text: "A man was shot.", URL: "https://" + strings.Split(id, "/")[0] + "/story"}
		if line != "" {
			a.Removed = []extract.Removed{{Text: line, Reason: "copyright"}}
		}
		return Input{ID: id, Article: a}
	}
	in := []Input{art("wfaa.com/1", "(© 2016 KHOU)"), art("12newsnow.com/1", "(© 2016 KHOU)"),
		art("wfaa.com/2", "Copyright 2016 WFAA"), art("wfaa.com/3", "Copyright 2016 WFAA"), art("ktxs.com/1", "")}
	outlets := map[string]string{}
	for _, x := range in {
		outlets[x.ID] = outlet(x.Article)
	}
	got := syndicated(in, []int{0, 1, 2, 3, 4}, outlets)
	want := map[string]string{"wfaa.com/1": "khou", "12newsnow.com/1": "khou"}
	if len(got) != len(want) {
		t.Fatalf("syndicated = %v, want %v", got, want)
	}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("syndicated[%s] = %q, want %q", id, got[id], c)
		}
	}
}

func FuzzCreditOf(f *testing.F) {
	for _, s := range []string{"(© 2016 KHOU)", "Copyright 2016 by KSAT - All rights reserved.", "©", "(c) 2020 ,", "Copyright 2016 (((("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c := creditOf(line)
		if c != strings.TrimSpace(c) || c != strings.ToLower(c) || len(strings.Fields(c)) > 5 {
			t.Fatalf("creditOf(%q) = %q", line, c)
		}
	})
}
