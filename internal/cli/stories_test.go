package cli

import (
	"testing"
	"time"
)

func TestDaysFlag(t *testing.T) {
	for in, want := range map[string]time.Duration{"7d": 7 * 24 * time.Hour, "36h": 36 * time.Hour, "0": 0} {
		var d days
		if err := d.Set(in); err != nil || time.Duration(d) != want {
			t.Errorf("Set(%q) = %v, %v; want %v", in, time.Duration(d), err, want)
		}
	}
	var d days
	if err := d.Set("7x"); err == nil {
		t.Error("Set(7x) gave no error")
	}
}
