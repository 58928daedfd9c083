package reconcile

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/claims"
)

// valueGroup is a set of sources whose values are compatible.
type valueGroup struct {
	picks  []pick
	lo, hi float64 // numbers: the values all of them allow
}

// isDuration reports whether a slot is a duration: the event's own, or
// that of what it ends ("duration:strike", the stoppage an agreement
// ends).
func isDuration(slot string) bool {
	return slot == "duration" || strings.HasPrefix(slot, "duration:")
}

// isAddress reports whether a slot holds the blocks of a street.
func isAddress(slot string) bool {
	return strings.HasPrefix(slot, claims.AddressSlot)
}

// numeric slots compare intervals; the others compare words.
func numeric(slot string) bool {
	return isDuration(slot) || strings.HasPrefix(slot, "count:") || strings.HasPrefix(slot, "amount:") || strings.HasPrefix(slot, "percent:")
}

// group puts the sources' values into groups of compatible values. Picks
// are taken in order of value, then article id, so the groups do not
// depend on the order of the inputs. A figure that fits more than one
// group ("as many as 80" beside two and five) backs none of them: it
// makes a group of its own (with the figures like it), marked loose.
func group(slot string, picks []pick) []*valueGroup {
	if slot == "location" {
		return groupPlaces(picks)
	}
	picks = slices.Clone(picks)
	slices.SortFunc(picks, func(a, b pick) int {
		return cmp.Or(cmp.Compare(a.claims[0].Low, b.claims[0].Low), cmp.Compare(a.claims[0].Value, b.claims[0].Value), cmp.Compare(a.src.ID, b.src.ID))
	})
	out := groupSorted(slot, picks)
	if !numeric(slot) {
		return out
	}
	markLoose(out)
	var tight, loose []pick
	for _, g := range out {
		for _, p := range g.picks {
			if p.loose {
				loose = append(loose, p)
			} else {
				tight = append(tight, p)
			}
		}
	}
	if len(loose) == 0 {
		return out
	}
	return append(groupSorted(slot, tight), groupSorted(slot, loose)...)
}

// groupSorted puts picks, sorted, into groups: each joins the first
// group it is compatible with.
func groupSorted(slot string, picks []pick) []*valueGroup {
	var out []*valueGroup
	for _, p := range picks {
		c := p.claims[0]
		lo, hi := tolerance(c)
		joined := false
		for _, g := range out {
			if numeric(slot) && lo <= g.hi && g.lo <= hi {
				g.lo, g.hi = max(g.lo, lo), min(g.hi, hi)
			} else if numeric(slot) || !sameWords(slot, g.picks[0].claims[0].Value, c.Value) {
				continue
			}
			g.picks = append(g.picks, p)
			joined = true
			break
		}
		if !joined {
			out = append(out, &valueGroup{picks: []pick{p}, lo: lo, hi: hi})
		}
	}
	return out
}

// alsoSays reports whether every source of g also asserts, somewhere in
// its text, a value of group h: an article with "Wednesday" in its lead
// and "Tuesday" twice in its body is at odds with itself, not with a
// source that says Tuesday. For a day, a weekday its lead names without
// tying it to any happening counts too: "foiled a pirate attack on
// Friday" with "was escorting the ships on Thursday morning when the
// crew noticed the pirates" next does not say which day it was.
func (g *valueGroup) alsoSays(slot string, h *valueGroup) bool {
	if slot == "location" {
		return false
	}
	for _, p := range g.picks {
		if !slices.ContainsFunc(p.all, func(c claims.Claim) bool { return !c.Modal() && !c.Background && h.fits(slot, c) }) &&
			(slot != "day" || !looseWeekday(p.src, h.picks[0].claims[0].Value)) {
			return false
		}
	}
	return true
}

// overnight reports whether two days, one after the other, may be one
// night told from either side of midnight (or of a time zone): every
// source of the earlier says its night or its late hours ("late Friday",
// "Friday night"), or every source of the later its early hours ("early
// Saturday", "Saturday morning").
func overnight(slot string, g, h *valueGroup) bool {
	if slot != "day" {
		return false
	}
	a, b := weekdayNumber(g.picks[0].claims[0].Value), weekdayNumber(h.picks[0].claims[0].Value)
	if a < 0 || b < 0 {
		return false
	}
	if (b+1)%7 == a {
		g, h = h, g
	} else if (a+1)%7 != b {
		return false
	}
	return g.allSaid(isLate) || h.allSaid(isEarly)
}

// scopeRatio is how many times the smaller of two counts the larger may
// be and still count the same thing.
const scopeRatio = 10

// apart reports whether two tolls are an order of magnitude or more
// apart: then they count different things — one attack's dead against a
// whole insurgency's ("killing eight people" and "killing thousands"),
// one siege a year back against this week's strike, one town's injured
// against a region's — not one thing two ways. A toll that rises within
// a day is an update (markUpdates), told apart by the publish times.
func apart(slot string, g, h *valueGroup) bool {
	if slot != "count:dead" && slot != "count:injured" {
		return false // other figures that differ are left out anyway (disputable)
	}
	if g.lo > h.lo {
		g, h = h, g
	}
	return g.hi > 0 && h.lo >= scopeRatio*g.hi
}

// allSaid reports whether every source of g gives its day in words that
// pass test.
func (g *valueGroup) allSaid(test func(t analyze.TimeExpr, words string) bool) bool {
	for _, p := range g.picks {
		c := p.claims[0]
		i := slices.IndexFunc(p.src.Doc.Times, func(t analyze.TimeExpr) bool { return t.Overlaps(c.Evidence) })
		if i < 0 {
			return false
		}
		t := p.src.Doc.Times[i]
		if !test(t, strings.ToLower(t.Text(p.src.Doc.Text))) {
			return false
		}
	}
	return true
}

// isLate: "late Friday", "Friday night", "Friday evening".
func isLate(t analyze.TimeExpr, words string) bool {
	return strings.HasSuffix(t.Value, "TNI") || strings.HasSuffix(t.Value, "TEV") || strings.HasPrefix(words, "late ")
}

// isEarly: "early Saturday", "Saturday morning", "overnight Saturday".
func isEarly(t analyze.TimeExpr, words string) bool {
	return strings.HasSuffix(t.Value, "TMO") || strings.HasPrefix(words, "early ") || strings.HasPrefix(words, "overnight ")
}

// weekdayNumber is time.Weekday's number of a weekday's name ("Sunday"
// is 0), -1 for any other word.
func weekdayNumber(day string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == day {
			return int(d)
		}
	}
	return -1
}

// looseWeekday reports whether a lead sentence of s names weekday day
// ("Thursday") where no claim of s takes it for a happening's day.
func looseWeekday(s Source, day string) bool {
	for _, t := range s.Doc.Times {
		if t.Weekday != day {
			continue
		}
		if i, ok := s.Doc.SentenceIndex(t.Start); !ok || i >= leadSentences {
			continue
		}
		tied := slices.ContainsFunc(s.Claims, func(c claims.Claim) bool {
			return c.Slot == "day" && c.Evidence.Overlaps(t.Span)
		})
		if !tied {
			return true
		}
	}
	return false
}

// fits reports whether claim c gives a value of the group.
func (g *valueGroup) fits(slot string, c claims.Claim) bool {
	if numeric(slot) {
		lo, hi := tolerance(c)
		return lo <= g.hi && g.lo <= hi
	}
	return sameWords(slot, g.picks[0].claims[0].Value, c.Value)
}

// markLoose marks the picks whose figure fits more than one group.
func markLoose(groups []*valueGroup) {
	for _, g := range groups {
		for k, p := range g.picks {
			lo, hi := tolerance(p.claims[0])
			fits := 0
			for _, h := range groups {
				if lo <= h.hi && h.lo <= hi {
					fits++
				}
			}
			g.picks[k].loose = fits > 1
		}
	}
}

// tolerance is the interval a claimed number allows: its own, widened by
// a tenth for "about" or "nearly", by a twentieth for a round figure
// ("1.5 million", "2,000"). A bound the words leave open takes in the
// figure itself: "more than 48 minutes" and "48 minutes", "over 300" and
// "three hundred" are one figure told more or less exactly, not two.
func tolerance(c claims.Claim) (lo, hi float64) {
	lo, hi = closed(c.Low), closed(c.High)
	switch {
	case c.Approx:
		lo, hi = lo*0.9, hi*1.1
	case lo == hi && round(lo):
		lo, hi = lo*0.95, hi*1.05
	}
	return lo, hi
}

// closed is the whole number x is an open bound of, if it is one ("more
// than 300" starts a hair above 300); else x.
func closed(x float64) float64 {
	if r := math.Round(x); r != x && math.Abs(x-r) <= 1e-9*max(1, math.Abs(r)) {
		return r
	}
	return x
}

// round reports whether a number of a thousand or more has at most two
// significant digits.
func round(v float64) bool {
	if v < 1000 {
		return false
	}
	scale := math.Pow(10, math.Floor(math.Log10(v))-1)
	return math.Abs(v/scale-math.Round(v/scale)) < 1e-9
}

// placeKey is what a place is known by when sources' places are
// matched: a country by its name in the gazetteer, however written
// ("U.K.", "Britain": "United Kingdom"); any other place by its name in
// lower case (a dateline's "PHOENIX" is Phoenix).
func placeKey(name string) string {
	if c, ok := analyze.Country(name); ok {
		return c
	}
	return strings.ToLower(name)
}

// sameWords compares two word values; a date agrees with a more precise
// one it contains ("2025-12" and "2025-12-02").
func sameWords(slot, a, b string) bool {
	if slot == "date" {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	return a == b
}

// groupPlaces joins the places one source names together ("the Kremlin"
// and "Moscow" in one article are one place at two scales) and groups
// the sources by the places they share; a country's names are one place
// ("the U.K." and "the United Kingdom", placeKey).
func groupPlaces(picks []pick) []*valueGroup {
	parent := map[string]string{}
	var find func(string) string
	find = func(p string) string {
		if q, ok := parent[p]; ok && q != p {
			r := find(q)
			parent[p] = r
			return r
		}
		parent[p] = p
		return p
	}
	for _, p := range picks {
		root := find(placeKey(p.claims[0].Value))
		for _, c := range p.claims[1:] {
			if r := find(placeKey(c.Value)); r != root {
				if r < root {
					root, r = r, root
				}
				parent[r] = root
			}
		}
	}
	byRoot := map[string]*valueGroup{}
	var out []*valueGroup
	for _, p := range picks {
		r := find(placeKey(p.claims[0].Value))
		g := byRoot[r]
		if g == nil {
			g = &valueGroup{}
			byRoot[r] = g
			out = append(out, g)
		}
		g.picks = append(g.picks, p)
	}
	return out
}

// value describes a group: its value (the most common, or the places by
// how many sources name them), the articles and the evidence.
func (g *valueGroup) value(slot string) Value {
	v := Value{}
	origins := map[string]bool{}
	for _, p := range g.picks {
		v.Articles = append(v.Articles, p.src.ID)
		origins[p.src.origin()] = true
		for _, c := range p.claims {
			v.Strong = v.Strong || !c.Modal()
			v.Central = v.Central || !p.loose && central(slot, c)
			v.Evidence = append(v.Evidence, evidence(p.src, c))
		}
	}
	slices.Sort(v.Articles)
	slices.SortStableFunc(v.Evidence, func(a, b Evidence) int { return cmp.Compare(weak(a), weak(b)) })
	v.Sources = len(origins)
	c := g.representative()
	v.Value, v.Display = c.Value, display(slot, c)
	if slot == "location" {
		v.Value = strings.Join(g.placesBySources(), ", ")
		v.Display = v.Value
	}
	return v
}

// representative is the claim that stands for a group: the value most of
// its sources give, then the most precise ("ten" rather than "at least
// six", which agrees with it).
func (g *valueGroup) representative() claims.Claim {
	count := map[string]int{}
	for _, p := range g.picks {
		count[p.claims[0].Value]++
	}
	best := g.picks[0].claims[0]
	for _, p := range g.picks[1:] {
		c := p.claims[0]
		if n, m := count[c.Value], count[best.Value]; n > m || n == m && c.High-c.Low < best.High-best.Low {
			best = c
		}
	}
	return best
}

// placesBySources lists a location group's places, those more sources
// name first, then by name; a place written several ways (placeKey) is
// listed once, as most sources write it, not in capitals if another
// source writes it otherwise.
func (g *valueGroup) placesBySources() []string {
	count := map[string]int{}   // by key
	written := map[string]int{} // by name as written
	for _, p := range g.picks {
		seen := map[string]bool{}
		for _, c := range p.claims {
			written[writtenPlace(c)]++
			if k := placeKey(c.Value); !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	name := map[string]string{}
	for w, n := range written {
		k := placeKey(w)
		best, ok := name[k]
		if !ok || betterName(w, n, best, written[best]) {
			name[k] = w
		}
	}
	keys := slices.Collect(maps.Keys(count))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(name[a], name[b])) })
	places := make([]string, len(keys))
	for i, k := range keys {
		places[i] = name[k]
	}
	return places
}

// writtenPlace is a location claim's place as its sentence writes it,
// when that differs from the entity's name only in case ("in Hampton",
// of an entity named "HAMPTON" by its dateline).
func writtenPlace(c claims.Claim) string {
	if c.Display != c.Value && strings.EqualFold(c.Display, c.Value) {
		return c.Display
	}
	return c.Value
}

// betterName reports whether a place written a (n times) is better shown
// than written b (m times): not in capitals, then the more often, then
// the first by bytes.
func betterName(a string, n int, b string, m int) bool {
	if ca, cb := allCaps(a), allCaps(b); ca != cb {
		return cb
	}
	return n > m || n == m && a < b
}

// allCaps reports whether a name has a letter and no lower-case one.
func allCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// markUpdates marks as old the values a later one supersedes, when every
// group's articles were published after all of the previous group's (a
// toll rising through the day), and reports whether it did.
func markUpdates(groups []*valueGroup, vs []Value) bool {
	if len(groups) < 2 {
		return false
	}
	type span struct {
		first, last int64
		lo          float64
		value       string
	}
	spans := make([]span, len(groups))
	for i, g := range groups {
		s := span{first: math.MaxInt64, last: math.MinInt64, lo: g.lo, value: g.picks[0].claims[0].Value}
		for _, p := range g.picks {
			if p.src.Published.IsZero() {
				return false
			}
			t := p.src.Published.Unix()
			s.first, s.last = min(s.first, t), max(s.last, t)
		}
		spans[i] = s
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	for i := 1; i < len(spans); i++ {
		if spans[i].first <= spans[i-1].last || spans[i].lo <= spans[i-1].lo {
			return false
		}
	}
	latest := spans[len(spans)-1].value
	for i := range vs {
		vs[i].Old = vs[i].Value != latest
	}
	return true
}

// markCorrected marks as old the values of a group whose figure a source
// of another group says its own replaces ("four injured, not five as
// first reported"; "12 dead, up from ten"), and reports whether it did.
func markCorrected(groups []*valueGroup, vs []Value) bool {
	marked := false
	for gi, g := range groups {
		for _, r := range g.replaced() {
			if g.lo <= r && r <= g.hi {
				continue
			}
			for j, h := range groups {
				if j != gi && h.lo <= r && r <= h.hi {
					vs[j].Old, marked = true, true
				}
			}
		}
	}
	return marked
}

// replaced lists the figures the group's claims say they replace.
func (g *valueGroup) replaced() []float64 {
	var out []float64
	for _, p := range g.picks {
		for _, c := range p.claims {
			if v, err := strconv.ParseFloat(c.Replaces, 64); err == nil {
				out = append(out, v)
			}
		}
	}
	return out
}

// revisionWords say one version of a thing replaces another.
var revisionWords = []string{"revision", "revised", "revise", "revising", "amended", "updated", "iteration",
	"replaces", "replaced", "replacing", "new version", "earlier version", "previous version", "supersede"}

// revised reports whether a source names values of two groups of the
// slot and says, in a sentence with one of them, that one revises the
// other ("a 27-point plan, a revised iteration of the 28-point plan").
func revised(slot string, groups []*valueGroup, srcs []Source) bool {
	if !numeric(slot) {
		return false
	}
	for _, s := range srcs {
		hit := map[int]bool{}
		var said []claims.Claim
		for _, c := range s.Claims {
			if c.Slot != slot {
				continue
			}
			said = append(said, c)
			for gi, g := range groups {
				lo, hi := tolerance(c)
				if lo <= g.hi && g.lo <= hi {
					hit[gi] = true
				}
			}
		}
		if len(hit) >= 2 && slices.ContainsFunc(said, func(c claims.Claim) bool { return revisionCue(s, c) }) {
			return true
		}
	}
	return false
}

// revisionCue reports whether the sentence of claim c says one version
// revises another.
func revisionCue(s Source, c claims.Claim) bool {
	sent := strings.ToLower(s.Doc.Sentences[c.Sentence].Text(s.Doc.Text))
	return slices.ContainsFunc(revisionWords, func(w string) bool { return strings.Contains(sent, w) })
}

// weak ranks evidence: assertions and attributions before hedges.
func weak(e Evidence) int {
	if e.Modality == "asserted" || e.Modality == "attributed" {
		return 0
	}
	return 1
}

// central reports whether a claim can make a dispute: asserted, in its
// article's lead (a street's block anywhere: the street ties it to the
// happening as the lead does a figure), and, for a day or a date, not the day of a statement
// (statements are many; the day one was made is not the event's) nor of
// a finding (a body found on Thursday may have died on Wednesday).
func central(slot string, c claims.Claim) bool {
	if c.Slot == claims.DatelineSlot {
		return false // it backs a place, never disputes one
	}
	if (slot == "day" || slot == "date") && (c.Frame == "statement" || c.Frame == "finding") {
		return false
	}
	lead := c.Sentence < leadSentences || isAddress(slot)
	return !c.Modal() && !c.Background && !c.Earlier && lead
}

// anchor is what one source says a value is about: the entities named in
// the sentences that state it (for a day or a date, not the places: many
// happenings share a city, and the day is what tells them apart; for a
// street's block, the street, and no name inside the address) and of
// those the people; the weekdays those sentences give (for a day, the
// calendar days it stands for); the people its lead names; its outlet
// and the newsroom it credits (Source.Credit); and when its article was
// published.
type anchor struct {
	named, said, people, days map[string]bool
	dates                     map[int64]bool // days since 1970-01-01
	published                 time.Time
	outlet, credit            string
}

// reportingSpan: two articles published further apart than this are not
// taken to report one happening's figures: news of one shooting, storm
// or meeting comes out within days, and the same words a month apart
// most often tell of another one in the same place.
const reportingSpan = 3 * 24 * time.Hour

// anchors are the anchors of a group's sources that state its value
// where it can make a dispute (central): a figure a tally or a caption
// gives says nothing of which happening the others tell.
func (g *valueGroup) anchors(slot string) []anchor {
	var out []anchor
	for _, p := range g.picks {
		if !p.loose && slices.ContainsFunc(p.claims, func(c claims.Claim) bool { return central(slot, c) }) {
			out = append(out, p.anchor(slot))
		}
	}
	return out
}

func (p pick) anchor(slot string) anchor {
	a := anchor{named: map[string]bool{}, said: map[string]bool{}, people: map[string]bool{}, days: map[string]bool{},
		dates: map[int64]bool{}, published: p.src.Published, outlet: p.src.Outlet, credit: p.src.Credit}
	d := p.src.Doc
	when := slot == "day" || slot == "date"
	address := isAddress(slot)
	if address {
		a.named[slot] = true // the street
	}
	if when {
		for _, t := range d.Times {
			if day, ok := t.Day(); ok && slices.ContainsFunc(p.claims, func(c claims.Claim) bool { return c.Evidence == t.Span }) {
				a.dates[day.Unix()/86400] = true
			}
		}
	} else {
		for _, c := range p.src.Claims {
			if c.Slot == "day" && slices.ContainsFunc(p.claims, func(o claims.Claim) bool { return o.Sentence == c.Sentence }) {
				a.days[c.Value] = true
			}
		}
	}
	for _, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		id, _, ok := p.src.Entity(m.Entity)
		if !ok || address && p.within(m.Span) {
			continue // the street itself ("Hewitt Avenue" tagged a person) tells nothing more
		}
		s, found := d.SentenceIndex(m.Start)
		if found && s < leadSentences && m.Type == analyze.Person {
			a.people[id] = true
		}
		if when && m.Type == analyze.Place {
			continue // many happenings share a city; a day tells them apart
		}
		for _, c := range p.claims {
			if c.Sentence == s && central(c.Slot, c) {
				a.named[id] = true
				if m.Type == analyze.Person {
					a.said[id] = true
				}
				if place := placeNamed(d.Text, m); place != "" && !when {
					a.named[place] = true
				}
			}
		}
	}
	return a
}

// within reports whether span lies inside the evidence of one of the
// pick's claims.
func (p pick) within(span analyze.Span) bool {
	return slices.ContainsFunc(p.claims, func(c claims.Claim) bool {
		return c.Evidence.Start <= span.Start && span.End <= c.Evidence.End
	})
}

// placeNamed is the place a mention names, as a key of its own: a
// place's name, or the place an organisation is named after ("the Port of
// Norrvik" names Norrvik as "Norrvik" does); "" for anything else.
func placeNamed(text string, m analyze.Mention) string {
	name := strings.ToLower(strings.Join(strings.Fields(m.Text(text)), " "))
	switch m.Type {
	case analyze.Place:
		return "place:" + name
	case analyze.Organization:
		if _, after, ok := strings.Cut(name, " of "); ok && !strings.Contains(after, " of ") {
			return "place:" + after
		}
	}
	return ""
}

// meet reports whether a source of one value and a source of the other
// share a name.
func meet(as, bs []anchor) bool {
	for _, a := range as {
		for _, b := range bs {
			if a.meets(b) {
				return true
			}
		}
	}
	return false
}

// meets reports whether two anchors share a name — unless both state
// their value of different people ("Jackson was arrested Tuesday",
// "Williams was arrested Sunday") or on different days ("one killed in a
// shooting Friday", "four killed Saturday"), or give days that stand for
// calendar days further than a day apart ("Monday" in an article of 9
// August, "Friday" in one of 15 October), or their articles came out more
// than reportingSpan apart, or both are one outlet's or one newsroom's
// (its later article updates the first or tells of another happening:
// sources disagree only with each other).
func (a anchor) meets(b anchor) bool {
	if a.outlet != "" && a.outlet == b.outlet || a.credit != "" && a.credit == b.credit {
		return false
	}
	if len(a.said) > 0 && len(b.said) > 0 && !shares(a.said, b.said) {
		return false
	}
	if len(a.days) > 0 && len(b.days) > 0 && !shares(a.days, b.days) {
		return false
	}
	if len(a.dates) > 0 && len(b.dates) > 0 && !nearDates(a.dates, b.dates) {
		return false
	}
	if !near(a.published, b.published) {
		return false
	}
	return shares(a.named, b.named) || shares(a.people, b.people)
}

// nearDates reports whether a day of a is at most a day from one of b.
func nearDates(a, b map[int64]bool) bool {
	for d := range a {
		if b[d-1] || b[d] || b[d+1] {
			return true
		}
	}
	return false
}

func shares(a, b map[string]bool) bool {
	for id := range a {
		if b[id] {
			return true
		}
	}
	return false
}
