package claims

import (
	"cmp"
	"slices"
)

// sortClaims orders claims by where their evidence starts, then by slot
// and value: one order every run.
func sortClaims(cs []Claim) {
	slices.SortStableFunc(cs, func(a, b Claim) int {
		return cmp.Or(cmp.Compare(a.Evidence.Start, b.Evidence.Start), cmp.Compare(a.Slot, b.Slot),
			cmp.Compare(a.Value, b.Value), cmp.Compare(a.Evidence.End, b.Evidence.End))
	})
}
