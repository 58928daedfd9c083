package reconcile

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
)

// Event reconciles the claims the sources make about an event of kind
// typ ("meeting"), held or planned as mode says (claims.Held,
// claims.Planned, or ""): for each slot, each independent source's
// value, the compatible values grouped, and the status. The result does
// not depend on the order of srcs.
func Event(typ, mode string, srcs []Source) View {
	srcs = slices.Clone(srcs)
	slices.SortFunc(srcs, func(a, b Source) int { return cmp.Compare(a.ID, b.ID) })
	bySlot := map[string][]pick{}
	perSource := make([]map[string][]claims.Claim, len(srcs))
	for i, s := range srcs {
		perSource[i] = eventClaims(s, typ, mode == claims.Planned)
	}
	backedDatelines(perSource)
	for i, s := range srcs {
		heads := eventClaims(Source{Claims: s.HeadlineClaims}, typ, mode == claims.Planned)
		for slot, cs := range perSource[i] {
			all := append(slices.Clip(cs), heads[slot]...)
			bySlot[slot] = append(bySlot[slot], pick{src: s, claims: strongest(slot, cs), all: all})
		}
	}
	joinNouns(bySlot)
	widen(bySlot)
	var v View
	for _, slot := range slotOrder(bySlot) {
		f := reconcileSlot(slot, bySlot[slot], srcs)
		if f.Status == Disputed && !disputable(typ, slot, f) {
			undispute(&f) // different figures, not one figure told differently
		}
		if f.Status != Disputed && f.Note == "" && differs(f.Values, srcs) {
			f.Note = Differs
		}
		v.Facts = append(v.Facts, f)
		if f.Status == Disputed {
			v.Conflicts = append(v.Conflicts, conflict(typ, f))
		}
	}
	v.SingleSource = singleSource(v.Facts, srcs)
	return v
}

// pick is one source's claims for one slot.
type pick struct {
	src    Source
	claims []claims.Claim
	// loose: its figure fits more than one group ("as many as 20" beside
	// one and 14), so it contradicts none of them.
	loose bool
	all   []claims.Claim // every claim of the source for the slot, its headline's too
}

// eventClaims are a source's claims about an event of kind typ, by slot:
// those of its frames, of statements for an agreement, a statement or an
// event still planned (they are known by being announced: "a Kremlin
// aide confirmed Thursday that a summit was agreed"), and figures tied to
// no event; casualty counts, which belong to whatever event caused them;
// the days and dates things were found (found); and for an agreement,
// the talks that made it.
func eventClaims(s Source, typ string, planned bool) map[string][]claims.Claim {
	out := map[string][]claims.Claim{}
	announced := typ == "agreement" || typ == "statement" || planned
	for _, c := range s.Claims {
		figure := c.Frame == "" && (strings.HasPrefix(c.Slot, "count:") || strings.HasPrefix(c.Slot, "amount:") || strings.HasPrefix(c.Slot, "percent:"))
		casualty := c.Frame == "casualties" && (strings.HasPrefix(c.Slot, "count:") || harmful[typ] && (c.Slot == "day" || c.Slot == "date"))
		address := isAddress(c.Slot) // where, whatever the trigger near
		talks := typ == "agreement" && c.Frame == "meeting"
		switch {
		case c.Slot == claims.DatelineSlot:
			out["location"] = append(out["location"], c) // where it was filed: see backedDatelines
		case typ == "agreement" && c.Frame == "strike" && c.Slot == "duration":
			out["duration:strike"] = append(out["duration:strike"], c) // the stoppage it ends
		case c.Frame == typ || announced && c.Frame == "statement" || figure || casualty || address || talks || found(c):
			out[c.Slot] = append(out[c.Slot], c)
		}
	}
	return out
}

// backedDatelines keeps a source's dateline among its places only where
// another source puts the event in that place by a claim of its own: a
// story filed in Phoenix most often tells of Phoenix, but one filed in
// Washington may tell of a strike in Syria; and a source that names the
// place itself needs no dateline to back it. A source left with no place
// loses the slot.
func backedDatelines(perSource []map[string][]claims.Claim) {
	stated := map[string]bool{} // by placeKey
	for _, bySlot := range perSource {
		maps.Copy(stated, statedPlaces(bySlot["location"]))
	}
	for _, bySlot := range perSource {
		own := statedPlaces(bySlot["location"])
		cs := slices.DeleteFunc(bySlot["location"], func(c claims.Claim) bool {
			k := placeKey(c.Value)
			return c.Slot == claims.DatelineSlot && (own[k] || !stated[k])
		})
		if len(cs) == 0 {
			delete(bySlot, "location")
		} else {
			bySlot["location"] = cs
		}
	}
}

// statedPlaces are the places of a source's location claims, not its
// dateline's, by placeKey.
func statedPlaces(cs []claims.Claim) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs {
		if c.Slot != claims.DatelineSlot {
			out[placeKey(c.Value)] = true
		}
	}
	return out
}

// harmful kinds of event are what wounds and kills: the day someone was
// wounded or killed is theirs ("wounded early Saturday" dates the
// shooting).
var harmful = map[string]bool{"attack": true, "disaster": true}

// found reports whether a claim gives the day or date someone or
// something was found: the event's, or hours or days after it.
func found(c claims.Claim) bool {
	return c.Frame == "finding" && (c.Slot == "day" || c.Slot == "date")
}

// strongest keeps a source's assertions (or, if it only hedges, all its
// claims) and of those its first value — every place, for a location.
func strongest(slot string, cs []claims.Claim) []claims.Claim {
	var strong []claims.Claim
	for _, c := range cs {
		if !c.Modal() {
			strong = append(strong, c)
		}
	}
	if len(strong) > 0 {
		cs = strong
	}
	if slot == "location" {
		return cs
	}
	first := cs[0].Value
	return slices.DeleteFunc(slices.Clone(cs), func(c claims.Claim) bool { return c.Value != first })
}

// widen loosens the counts that may count different people. A count of
// one kind of people ("seven officers were wounded") is a lower bound
// when another source counts another kind or people at large ("nine
// people were wounded"). And a source that gives the dead apart from the
// injured ("two dead and four injured") agrees with one that counts
// everyone shot as injured ("six wounded, two of them mortally").
func widen(bySlot map[string][]pick) {
	for slot, picks := range bySlot {
		if !strings.HasPrefix(slot, "count:") {
			continue
		}
		kinds := map[string]bool{}
		for _, p := range picks {
			kinds[p.claims[0].Group] = true
		}
		for _, p := range picks {
			if len(kinds) > 1 && p.claims[0].Group != "" {
				setHigh(p.claims, math.Inf(1))
			}
		}
	}
	dead := map[string]float64{}
	for _, p := range bySlot["count:dead"] {
		dead[p.src.ID] = p.claims[0].Low
	}
	for _, p := range bySlot["count:injured"] {
		if d := dead[p.src.ID]; d > 0 {
			setHigh(p.claims, p.claims[0].High+d)
		}
	}
}

// setHigh raises the upper bound of claims to hi.
func setHigh(cs []claims.Claim, hi float64) {
	for i := range cs {
		cs[i].High = max(cs[i].High, hi)
	}
}

// slotOrder lists the slots: the event's own first, then figures by name.
func slotOrder(bySlot map[string][]pick) []string {
	rank := map[string]int{"participants": 0, "location": 1, "date": 2, "day": 3, "duration": 4, "outcome": 5}
	slots := make([]string, 0, len(bySlot))
	for s := range bySlot {
		slots = append(slots, s)
	}
	slices.SortFunc(slots, func(a, b string) int {
		ra, oka := rank[a]
		rb, okb := rank[b]
		if !oka {
			ra = len(rank)
		}
		if !okb {
			rb = len(rank)
		}
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(a, b))
	})
	return slots
}

// reconcileSlot groups the sources' values into compatible ones and
// decides the status.
func reconcileSlot(slot string, picks []pick, srcs []Source) Fact {
	groups := group(slot, picks)
	f := Fact{Slot: slot}
	for _, g := range groups {
		f.Values = append(f.Values, g.value(slot))
	}
	switch {
	case !strings.HasPrefix(slot, "count:"):
	case markCorrected(groups, f.Values):
		f.Note = "correction"
	case markUpdates(groups, f.Values):
		f.Note = "update"
	}
	live := contest(slot, groups, f.Values)
	slices.SortStableFunc(f.Values, func(a, b Value) int {
		return cmp.Or(cmp.Compare(b.Sources, a.Sources), cmp.Compare(a.Value, b.Value))
	})
	rev := len(groups) >= 2 && revised(slot, groups, srcs)
	if rev && f.Note == "" {
		f.Note = "revision"
	}
	switch {
	case live < 2 || rev:
		f.Status = settled(f.Values)
	default:
		f.Status = Disputed
	}
	return f
}

// undispute takes back the dispute of a fact whose values, the rules
// say, may count different things: its status is that of its main value.
func undispute(f *Fact) {
	for i := range f.Values {
		f.Values[i].Contested = false
	}
	f.Status = settled(f.Values)
}

// settled is the status of a fact with no dispute: agreed when its main
// value has two or more sources.
func settled(vs []Value) string {
	if mainValue(vs).Sources >= 2 {
		return Agreed
	}
	return SingleSource
}

// differs reports whether two of the values, neither superseded, come
// from sources that each give only one of them.
func differs(vs []Value, srcs []Source) bool {
	if len(vs) < 2 {
		return false
	}
	origin := origins(srcs)
	for i, v := range vs {
		for _, w := range vs[i+1:] {
			if !v.Old && !w.Old && independent(origin, []Value{v, w}) {
				return true
			}
		}
	}
	return false
}

// contest marks the values (one a group, in the same order) that
// contradict another: each asserted in a lead and not superseded, and the
// two about the same happening — their sentences name someone or
// something in common, or their articles' leads name a person in common
// (two arrests of two players on two days are no contradiction); not one
// night told from both sides of midnight (overnight), nor two tolls an
// order of magnitude apart (apart), nor a value the other's sources also
// give (alsoSays). It returns how many it marked.
func contest(slot string, groups []*valueGroup, vs []Value) int {
	anchors := make([][]anchor, len(groups))
	for i, g := range groups {
		anchors[i] = g.anchors(slot)
	}
	n := 0
	for i := range vs {
		if !vs[i].Central || vs[i].Old {
			continue
		}
		for j := range vs {
			if j != i && vs[j].Central && !vs[j].Old && meet(anchors[i], anchors[j]) && !overnight(slot, groups[i], groups[j]) &&
				!apart(slot, groups[i], groups[j]) && !groups[i].alsoSays(slot, groups[j]) && !groups[j].alsoSays(slot, groups[i]) {
				vs[i].Contested = true
				n++
				break
			}
		}
	}
	return n
}

// mainValue is the value with the most sources that is not superseded,
// preferring asserted ones.
func mainValue(vs []Value) Value {
	for _, strong := range []bool{true, false} {
		for _, v := range vs {
			if !v.Old && (v.Strong || !strong) {
				return v
			}
		}
	}
	return vs[0]
}

// disputable reports whether differing values of a slot contradict each
// other. The event's own slots do: its day, date, duration, outcome, the
// toll of an attack or a disaster, the block of a street it happened on.
// Other figures ("three fights", "$5 million") may count different things
// across articles, and places at different scales ("Banstead", "Surrey")
// may both be right unless they are two countries; those are left out
// rather than called a dispute.
func disputable(typ, slot string, f Fact) bool {
	switch {
	case slot == "day" || slot == "date" || isDuration(slot) || slot == "outcome":
		return true
	case slot == "location":
		for _, v := range f.Values {
			if v.Strong && !v.Old && !allCountries(v.Value) {
				return false
			}
		}
		return true
	case slot == "count:dead" || slot == "count:injured":
		return true // the toll
	case isAddress(slot):
		return true // one street, two blocks
	}
	return false
}

// allCountries reports whether every place of a location value ("Kremlin,
// Moscow") is a country.
func allCountries(value string) bool {
	for _, p := range strings.Split(value, ", ") {
		if _, ok := analyze.Country(p); !ok {
			return false
		}
	}
	return true
}
