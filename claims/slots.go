package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

// seconds in each duration unit; a month is 30 days, a year 365.
var seconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400,
	"week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}

// approxWords mark a rounded number.
var approxWords = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"some": true, "approximately": true, "close to": true, "an estimated": true, "estimated": true, "up to": true}

// quantities makes duration, count and amount claims. A duration belongs
// to the event its noun names ("a four-hour meeting") or to the nearest
// trigger; without one it is no claim. Counts and amounts belong to the
// nearest trigger's event, or to none (frame "").
func (x *extractor) quantities() []Claim {
	var out []Claim
	for _, q := range x.d.Quantities {
		first, last, ok := x.tokens(q.Span)
		if !ok {
			continue
		}
		frame := ""
		if n, m, ok := x.tokens(q.Noun); ok && n == m && q.Noun.Len() > 0 {
			frame = x.frames[n] // "a three-day strike": the strike's, read in its sentence
		}
		slot, value := quantitySlot(x.d.Text, q)
		if slot == "count:block" && x.address(q, first) {
			continue // "the 12200 block of 223rd Street": a place, not a count
		}
		if slot == "duration" && frame == "" {
			frame = x.durationFrame(first, last+1, q)
		}
		if frame == "" && slot != "duration" {
			frame = x.frameNear(first, last+1)
		}
		group := ""
		if noun, ok := strings.CutPrefix(slot, "count:"); ok && casualtyNouns[noun] {
			if frame != "casualties" && x.harmAfter(q, last) {
				frame = "casualties" // "two people were shot dead", "three people died"
			}
			if frame == "casualties" && !x.part(q, first) {
				slot = "count:" + x.harm(q, first, last+1) // "killed 12 people": count:dead
				if peopleKinds[noun] && noun != "person" {
					group = noun
				}
			}
		}
		if slot == "" || slot == "duration" && frame == "" {
			continue
		}
		c := x.claim(frame, slot, value, q.Span)
		c.Low, c.High = q.Low, q.High
		if q.LowOpen {
			c.Low = math.Nextafter(c.Low, math.Inf(1))
		}
		if q.HighOpen {
			c.High = math.Nextafter(c.High, math.Inf(-1))
		}
		if f, ok := seconds[q.Unit]; ok && q.Kind == analyze.Duration {
			c.Low, c.High = c.Low*f, c.High*f
		}
		c.Approx = approxWords[q.Approx]
		c.Group = group
		if slot == "count:dead" {
			x.bounds(&c, first, last+1)
		}
		if strings.HasPrefix(slot, "count:") {
			c.Replaces, c.Earlier = x.replaced(first, last), x.earlier(first)
		}
		out = append(out, c)
	}
	return out
}

// address reports whether a count of blocks is a street address: "the"
// before the number, "of" after the noun.
func (x *extractor) address(q analyze.Quantity, first int) bool {
	_, n, ok := x.tokens(q.Noun)
	return ok && first > 0 && x.lower[first-1] == "the" && n+1 < len(x.lower) && x.lower[n+1] == "of"
}

// durationFrame is the event a duration measures: the trigger it is
// said of ("talks lasted five hours", "met for five hours", "the
// four-hour duration of the talks"), not any trigger near ("four days
// after the shooting", "a week since the attack").
func (x *extractor) durationFrame(first, last int, q analyze.Quantity) string {
	noun := ""
	if q.Noun.Len() > 0 {
		noun = strings.ToLower(q.Noun.Text(x.d.Text))
	}
	prev := ""
	if first > 0 {
		prev = x.lower[first-1]
	}
	if noun != "duration" && noun != "length" && prev != "for" && prev != "lasted" && prev != "lasting" && prev != "last" {
		return ""
	}
	return x.frameNear(first, last)
}

// harm names what a count of people in a casualty sentence counts: the
// dead or the injured. The word right after the count's noun says it
// ("and four other people were hurt"); else the nearest word that says
// which.
func (x *extractor) harm(q analyze.Quantity, first, last int) string {
	s := x.d.Sentences[x.sentOf[first]]
	end := last
	if _, n, ok := x.tokens(q.Noun); ok {
		end = n + 1
	}
	for j := end; j < s.Last && j < end+6; j++ {
		w := x.lower[j]
		if injuredWords[w] || x.toHospital(j) {
			return "injured"
		}
		if deadWords[w] {
			return "dead"
		}
		verb := harmVerbs[w] && (w != "and" || j > end && harmVerbs[x.lower[j-1]])
		if !auxiliaries[w] && !conditionWords[w] && !verb {
			break // "three others were shot and wounded": wounded; "killed 12 people and wounded dozens": the nearest
		}
	}
	best, dist := "dead", maxReach+1
	for j := max(s.First, first-maxReach); j < min(s.Last, last+maxReach); j++ {
		w, d := x.lower[j], max(first-j, j-last+1)
		if injuredWords[w] && d < dist {
			best, dist = "injured", d
		} else if deadWords[w] && d < dist {
			best, dist = "dead", d
		}
	}
	return best
}

// harmAfter reports whether the words right after a count of people
// (whose last token is last) say they died or were hurt, through
// auxiliaries and the verb of the harm: "were shot dead", "died", "were
// found dead", "were stabbed and wounded".
func (x *extractor) harmAfter(q analyze.Quantity, last int) bool {
	s := x.d.Sentences[x.sentOf[last]]
	end := last + 1
	if _, n, ok := x.tokens(q.Noun); ok {
		end = n + 1
	}
	for j := end; j < s.Last && j < end+5; j++ {
		w := x.lower[j]
		switch {
		case deadWords[w] || injuredWords[w] || x.toHospital(j):
			return true
		case !auxiliaries[w] && !harmVerbs[w]:
			return false
		}
	}
	return false
}

// harmVerbs come between a count of people and the word that says they
// died or were hurt: "shot dead", "found dead", "stabbed and wounded",
// "received non-life-threatening wounds", "rushed to the hospital".
var harmVerbs = set("shot", "found", "stabbed", "gunned", "beaten", "left", "and", "received", "suffered", "sustained",
	"non-life-threatening", "minor", "gunshot", "taken", "rushed", "transported", "airlifted", "flown")

// toHospital reports whether the words from token k on say someone was
// taken to a hospital ("sent four men to the hospital", "two people were
// rushed to area hospitals"): hurt.
func (x *extractor) toHospital(k int) bool {
	if x.lower[k] != "to" {
		return false
	}
	s := x.d.Sentences[x.sentOf[k]]
	for j := k + 1; j < s.Last && j <= k+2; j++ {
		switch x.lower[j] {
		case "hospital", "hospitals":
			return true
		case "the", "a", "an", "area", "local", "nearby":
		default:
			return false
		}
	}
	return false
}

// bounds widens a death toll at tokens [first, last) to the tolls it
// agrees with: one less if it includes the one who did it ("seven dead,
// including the gunman": six victims), one more if he killed himself and
// the sentence counts him apart ("killed one person and then himself":
// two dead), any more if it is what someone found at one place ("police
// found two people dead at a home").
func (x *extractor) bounds(c *Claim, first, last int) {
	switch {
	case x.withPerpetrator(last):
		c.Low--
	case x.selfKilled(c.Sentence):
		c.High++
	}
	if k := first - 1; k >= 0 && x.lower[k] == "the" {
		first = k
	}
	if k := first - 1; k >= 0 && (x.lower[k] == "found" || x.lower[k] == "discovered") || x.atScene(last) {
		c.High = math.Inf(1)
	}
}

// atScene reports whether the words after a toll ending before token k
// say where those died: "two were pronounced dead at the scene" (others
// may die later).
func (x *extractor) atScene(k int) bool {
	s := x.d.Sentences[x.sentOf[k-1]]
	for j := k; j+2 < s.Last && j < k+6; j++ {
		if x.lower[j] == "at" && x.lower[j+1] == "the" && x.lower[j+2] == "scene" {
			return true
		}
	}
	return false
}

// selfKilled reports whether sentence s says the one who killed took his
// own life: "then killed himself", "turned the gun on herself", "took
// his own life".
func (x *extractor) selfKilled(s int) bool {
	sent := x.d.Sentences[s]
	for k := sent.First; k < sent.Last; k++ {
		switch x.lower[k] {
		case "himself", "herself", "themselves":
			if k-1 >= sent.First && selfHarm[x.lower[k-1]] || k-2 >= sent.First && x.lower[k-2] == "gun" && x.lower[k-1] == "on" {
				return true
			}
		case "life":
			if k >= sent.First+2 && x.lower[k-1] == "own" && (x.lower[k-2] == "his" || x.lower[k-2] == "her") {
				return true
			}
		}
	}
	return false
}

// selfHarm are the verbs of "killed himself" ("turned himself in" is a
// surrender).
var selfHarm = set("killed", "killing", "kills", "shot", "shooting", "shoots")

// withPerpetrator reports whether the toll the count ending before token
// k gives includes the one who did it: "seven people dead including the
// suspected shooter".
func (x *extractor) withPerpetrator(k int) bool {
	s := x.d.Sentences[x.sentOf[k-1]]
	for j := k; j+1 < s.Last && j < k+maxReach; j++ {
		if x.lower[j] != "including" {
			continue
		}
		for i := j + 1; i < min(s.Last, j+4); i++ {
			if perpetrators[x.lower[i]] {
				return true
			}
		}
	}
	return false
}

// perpetrators name the one who did a killing.
var perpetrators = set("shooter", "gunman", "gunmen", "attacker", "assailant", "killer", "bomber", "suspect", "perpetrator")

// auxiliaries may stand between a count of people and what befell them:
// "were", "have been", "critically".
var auxiliaries = set("was", "were", "is", "are", "have", "has", "had", "been", "being", "be", "also", "all",
	"reportedly", "critically", "seriously", "fatally", "later", "now")

// conditionWords may stand between a count of people and "condition":
// "two others are in very serious condition".
var conditionWords = set("in", "very", "serious", "critical", "stable", "grave", "fair", "good", "life-threatening")

// part reports whether a count of people is a part of the toll, not the
// toll: one kind among others joined by "and" ("killed two women and a
// man", "a man and two women", "two women in their 20s and a man"), one
// of a number ("one of the men killed") or one a toll includes ("four
// others, including one woman").
func (x *extractor) part(q analyze.Quantity, first int) bool {
	s := x.d.Sentences[x.sentOf[first]]
	if first > s.First && x.lower[first-1] == "including" {
		return true
	}
	if first-2 >= s.First && x.lower[first-1] == "of" && aboutSome[x.lower[first-2]] {
		return true // "the identities of three victims": some of the dead, named
	}
	if _, last, ok := x.tokens(q.Span); ok && last+1 < s.Last && x.lower[last+1] == "of" && q.Low == 1 {
		return true // "one of the two dead"
	}
	_, n, ok := x.tokens(q.Noun)
	if !ok {
		n = first
	}
	for j := n + 1; j < min(s.Last, n+6); j++ {
		if x.lower[j] == "," || x.lower[j] == "were" || x.lower[j] == "was" || deadWords[x.lower[j]] || injuredWords[x.lower[j]] {
			break // "left two women dead and three other people wounded": two tolls
		}
		if x.lower[j] != "and" {
			continue
		}
		for k := j + 1; k < min(s.Last, j+4); k++ {
			if peopleKinds[Singular(x.lower[k])] {
				return true
			}
		}
		break
	}
	if first-2 < s.First || x.lower[first-1] != "and" {
		return false
	}
	return peopleKinds[Singular(x.lower[first-2])] || x.othersJoined(first, n, s.Last)
}

// aboutSome are nouns for what is told of some of the harmed, before
// "of": "the names of two victims" need not be all of them.
var aboutSome = set("identities", "names", "families", "relatives", "bodies", "funerals", "photos", "ages", "conditions", "identity", "name")

// othersJoined reports whether "and N others" at tokens [first, n] ends
// a list of the harmed ("killed his brother and two others inside the
// house"), not a toll of its own ("two were killed and two others were
// hurt", "two men wounded, and four others").
func (x *extractor) othersJoined(first, n, end int) bool {
	if n <= first || x.lower[n] != "others" || x.lower[first-2] == "," {
		return false
	}
	next := ""
	if n+1 < end {
		next = x.lower[n+1]
	}
	return !auxiliaries[next] && !injuredWords[next] && !deadWords[next]
}

// peopleKinds are the casualty nouns that name a kind of people, not the
// harm ("dead", "injured"): "five dead and 20 injured" are two tolls.
var peopleKinds = set("person", "civilian", "soldier", "child", "man", "woman", "officer", "worker", "passenger",
	"student", "hostage", "girl", "boy", "teen", "teenager", "baby", "infant", "adult", "male", "female",
	"resident", "bystander", "brother", "sister", "mother", "father", "son", "daughter", "wife", "husband",
	"girlfriend", "boyfriend", "friend", "cousin", "neighbor", "neighbour")

var (
	injuredWords = set("injured", "injuring", "injures", "wounded", "wounding", "hurt", "injuries", "wounds", "hospitalised", "hospitalized", "condition")
	deadWords    = set("killed", "killing", "kills", "dead", "died", "death", "deaths", "toll", "fatalities", "lives")
)

// quantitySlot names the slot of a quantity and its normalised value, or
// "" when it is not a claim about an event (ordinals, measures, counts of
// nothing named).
func quantitySlot(text string, q analyze.Quantity) (slot, value string) {
	noun := ""
	if q.Noun.Len() > 0 {
		noun = Singular(strings.ToLower(q.Noun.Text(text)))
	}
	switch q.Kind {
	case analyze.Duration:
		if q.ISO == "" {
			return "", ""
		}
		return "duration", q.ISO
	case analyze.Count:
		if noun == "" || q.Low == 1 && q.High == 1 && !casualtyNouns[noun] {
			return "", "" // "on one hand", "this one meeting": not a figure
		}
		if q.Exact() && q.Low != math.Trunc(q.Low) {
			return "", "" // "a 5.6 quake" is a magnitude, "2.4 children" a mean
		}
		if q.Unit != "" && q.Unit != noun {
			noun = q.Unit + " " + noun // "a 27-point plan": count:point plan
		}
		return "count:" + noun, number(q)
	case analyze.Money:
		if noun == "" {
			noun = "money"
		}
		return "amount:" + noun, q.Unit + " " + number(q)
	case analyze.Percent:
		if noun == "" || noun == "percent" {
			return "", ""
		}
		return "percent:" + noun, number(q)
	}
	return "", ""
}

// casualtyNouns count people harmed, whose number matters even when it is one.
var casualtyNouns = set("person", "dead", "death", "victim", "casualty", "civilian", "soldier",
	"child", "man", "woman", "officer", "worker", "passenger", "student", "injured", "wounded", "hostage",
	"other", "girl", "boy", "teen", "teenager", "baby", "infant", "adult", "resident", "bystander")

// number writes a quantity's value: the number, or the interval.
func number(q analyze.Quantity) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	switch {
	case q.Low == q.High:
		return f(q.Low)
	case math.IsInf(q.High, 1):
		return "> " + f(q.Low)
	case q.Low == 0:
		return "< " + f(q.High)
	}
	return fmt.Sprintf("%s–%s", f(q.Low), f(q.High))
}

// times makes day and date claims: a weekday, or a resolved calendar
// date, by an event's trigger. A weekday right after a speech verb ("said
// Thursday") is the day of the statement.
func (x *extractor) times() []Claim {
	var out []Claim
	for _, t := range x.d.Times {
		frame := x.timeFrame(t)
		if frame == "" {
			continue
		}
		if t.Weekday != "" {
			out = append(out, x.claim(frame, "day", t.Weekday, t.Span))
		}
		if t.Kind == analyze.Date && t.Resolved {
			out = append(out, x.claim(frame, "date", t.Value, t.Span))
		}
	}
	return out
}

// timeFrame is the kind of event a time expression dates, or "".
func (x *extractor) timeFrame(t analyze.TimeExpr) string {
	first, last, ok := x.tokens(t.Span)
	if !ok {
		return ""
	}
	if k := first - 1; k >= 0 && speechVerbs[x.lower[k]] || k >= 1 && x.lower[k] == "on" && speechVerbs[x.lower[k-1]] {
		return "statement"
	}
	k := x.timeTrigger(first, last+1)
	if k < 0 {
		return ""
	}
	if x.lower[k] == "dead" && k > 0 && (x.lower[k-1] == "pronounced" || x.lower[k-1] == "declared") {
		return "death" // "pronounced dead Wednesday": maybe days after the attack
	}
	if tollWords[x.lower[k]] {
		return "" // "the toll rose to 12 on Sunday": the day it was told
	}
	if k < first && x.finding(first) {
		return "finding"
	}
	if k < first && x.announced(k) {
		return "statement"
	}
	return x.frames[k]
}

// tollWords name a toll, not a harm: a time they take is when the toll
// was given.
var tollWords = set("toll", "casualties", "fatalities")

// announceVerbs make known what they tell of: its day is the telling's.
// ("Police said a relative shot a child Friday", "the sheriff reports a
// shooting Wednesday" date the shooting, so other speech verbs do not.)
var announceVerbs = set("announced", "announces", "unveiled", "unveils")

// announced reports whether trigger k is what an announcing verb right
// before it makes known ("announced an agreement on a package
// Thursday"): a time after the trigger then dates the announcement.
func (x *extractor) announced(k int) bool {
	s := x.d.Sentences[x.sentOf[k]]
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		if announceVerbs[x.lower[j]] {
			return true
		}
		if clauseWords[x.lower[j]] {
			return false
		}
	}
	return false
}

// findWords tell of a finding: a time after them in their clause dates
// when someone or something was found, which may be hours or days after
// the happening ("turned up dead from a gunshot on Thursday", "was found
// shot dead Friday"). "Found guilty" is a verdict, not a finding.
var findWords = set("found", "discovered")

// findStops, between a finding and a time, give the time to another
// happening: "found after being shot on Wednesday", "found him and died
// on Thursday".
var findStops = set("after", "before", "since", "following", "until", "and")

// finding reports whether the time at token first is in the clause of a
// finding, before it.
func (x *extractor) finding(first int) bool {
	s := x.d.Sentences[x.sentOf[first]]
	for j := first - 1; j >= s.First && j >= first-maxReach; j-- {
		w := x.lower[j]
		switch {
		case findWords[w] && !verdictWords[x.lower[j+1]],
			w == "up" && j > s.First && (x.lower[j-1] == "turned" || x.lower[j-1] == "showed"):
			return true
		case clauseWords[w] || findStops[w] || speechVerbs[w]:
			return false
		}
	}
	return false
}

// verdictWords after "found" make it a verdict.
var verdictWords = set("guilty", "not", "innocent", "liable", "responsible")

// When is the calendar day ("2016-03-21") of the event an article's lead
// (its first lead sentences) reports: the first day a time expression
// there gives to a happening other than a statement, resolved against
// the publish date ("Monday night" in an article of Tuesday 22 March);
// "" if none.
func When(d *analyze.Doc, lead int) string {
	n := min(lead, len(d.Sentences))
	if n == 0 {
		return ""
	}
	x := sentenceReader(d, n, d.Sentences[n-1].Last)
	for _, t := range d.Times {
		s, ok := x.sentenceAt(t.Start)
		day, isDay := t.Day()
		if !ok || !isDay || x.background[s] {
			continue
		}
		if f := x.timeFrame(t); f != "" && f != "statement" {
			return day.Format("2006-01-02")
		}
	}
	return ""
}

// speechVerbs report a statement.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "confirmed": true, "announced": true, "reported": true, "reports": true,
	"stated": true, "declared": true, "added": true, "noted": true, "insisted": true, "warned": true}

// places makes location claims: a place named after "in" or "at" ("in
// Moscow", "at the Kremlin", "in north Phoenix", "in a Phoenix
// neighbourhood", "in Chicago's Park Manor neighborhood") shortly after
// an event's trigger ("met with Putin in Moscow", "the meeting took place
// at the Kremlin"), other than a statement's: a place before the trigger
// is seldom where it happened ("concessions in Ukraine could be part of
// any negotiated deal").
func (x *extractor) places() []Claim {
	var out []Claim
	for _, m := range x.d.Mentions {
		if m.Type != analyze.Place || m.Entity < 0 {
			continue
		}
		first, last := x.tokenAt(m.Start), x.tokenAt(m.End-1)
		if first < 1 || last < 0 || !x.afterLocative(first, last) || x.agentOf(last+1) {
			continue
		}
		frame := x.frameBefore(first)
		if frame == "" || frame == "statement" {
			continue
		}
		c := x.claim(frame, "location", x.d.Entities[m.Entity].Name, m.Span)
		c.Entity = m.Entity
		out = append(out, c)
	}
	return out
}

// afterLocative reports whether the place at tokens [first, last] is
// where something happened by the words before it: "in" or "at", then
// maybe "the" and a part of a town ("in the north Bronx", "in downtown
// Chicago"); or "in a" with a kind of spot after the place ("in a Phoenix
// neighborhood", "at a Houston home"); or the possessive of such a place
// ("in Chicago's Park Manor neighborhood").
func (x *extractor) afterLocative(first, last int) bool {
	if first < 1 {
		return false
	}
	k := first - 1
	if townParts[x.lower[k]] && k >= 1 {
		k--
	}
	if p := x.lower[k]; (p == "the" || (p == "a" || p == "an") && x.spotAt(last+1)) && k >= 1 {
		k--
	}
	if p := x.lower[k]; p == "in" || p == "at" {
		return true
	}
	if p := x.lower[k]; (p == "'s" || p == "’s") && k >= 2 {
		if m, ok := x.placeEndingAt(k - 1); ok {
			return x.afterLocative(x.tokenAt(m.Start), k-1)
		}
	}
	return false
}

// spotAt reports whether token k names a kind of spot in a town.
func (x *extractor) spotAt(k int) bool {
	return k < len(x.lower) && x.sentOf[k] == x.sentOf[k-1] && spotNouns[x.lower[k]]
}

// placeEndingAt returns the place mention whose last token is k.
func (x *extractor) placeEndingAt(k int) (analyze.Mention, bool) {
	end := x.d.Tokens[k].End
	for _, m := range x.d.Mentions {
		if m.End == end && m.Type == analyze.Place {
			return m, true
		}
	}
	return analyze.Mention{}, false
}

// townParts, before a place, name a part of it ("north Phoenix",
// "downtown Chicago"): the place is still where it happened.
var townParts = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"northern", "southern", "eastern", "western", "central", "downtown", "midtown", "uptown", "suburban", "rural", "inner-city")

// spotNouns, after "in a" and a place, name a spot inside it ("in a
// Phoenix neighborhood"); not a "suburb", which is outside it.
var spotNouns = set("neighborhood", "neighbourhood", "home", "house", "apartment", "park", "street", "bar", "restaurant",
	"nightclub", "club", "store", "school", "church", "mall", "hotel", "hospital", "parking", "motel", "gas", "residence")

// agentOf reports whether the words from token k on make the place before
// them who acted rather than where: a trigger within two words, then "on"
// or "against" and a name ("killed in US drone strikes on Syria", not
// "killed in Paris attacks on Friday").
func (x *extractor) agentOf(k int) bool {
	for j := k; j < k+2 && j+2 < len(x.lower) && x.sentOf[j] == x.sentOf[k-1]; j++ {
		if x.frames[j] != "" {
			return (x.lower[j+1] == "on" || x.lower[j+1] == "against") && x.namedAt(j+2)
		}
	}
	return false
}

// namedAt reports whether a name (other than a date) starts at token k,
// or after "the" there.
func (x *extractor) namedAt(k int) bool {
	if x.lower[k] == "the" && k+1 < len(x.lower) {
		k++
	}
	start := x.d.Tokens[k].Start
	return slices.ContainsFunc(x.d.Mentions, func(m analyze.Mention) bool { return m.Start == start })
}

// placeReach is how many tokens before a place its trigger may be.
const placeReach = 8

// frameBefore returns the kind of event of the nearest trigger in the
// placeReach tokens before token k in its sentence, or "".
func (x *extractor) frameBefore(k int) string {
	s := x.d.Sentences[x.sentOf[k]]
	for j := k - 1; j >= s.First && j >= k-placeReach; j-- {
		if x.frames[j] != "" {
			return x.frames[j]
		}
	}
	return ""
}

// clauseWords start another clause or name another happening: between
// a trigger and a time, they say the time belongs to another verb ("a
// man charged in the shooting was on suicide watch Monday").
var clauseWords = set("was", "were", "is", "are", "has", "have", "had", "said", "says", "told", "will", "would",
	"who", "which", "when", "where", "while", "but", "because", "starts", "begins", "went", "came",
	// what follows a crime: "who shot a teenager last week turned himself in Wednesday"
	"turned", "surrendered", "appeared", "pleaded", "arraigned", "sentenced", "released", "booked", "buried", "identified",
	// a figure told again: "the toll of the shooting rose to two on Sunday"
	"rose", "risen", "climbed", "increased")

// stirVerbs, written in lower case, are what an event stirs, maybe days
// on: "an explosion near the airport raised suspicions on Monday" does
// not date the explosion, nor "rain from Tropical Storm Grace forced a
// halt Tuesday" the storm ("Drew High School" is a name).
var stirVerbs = set("raised", "sparked", "prompted", "drew", "fuelled", "fueled", "renewed", "reignited", "stirred", "provoked", "forced")

// linkWords between a time and a trigger after it say the trigger is not
// what the time dates: only "Friday night's fire" or "Tuesday's deadly
// shooting" put a time before its trigger.
var linkWords = set("for", "in", "of", "after", "before", "with", "to", "at", "on", "by", "from", "a", "an", "the", "and")

// afterReach is how many tokens after a time its trigger may be: "Friday
// night's fire", "Sunday's quake"; further on, a trigger belongs to
// another clause.
const afterReach = 3

// timeTrigger returns the token of the trigger a time expression at
// tokens [first, last) dates: the one right before it ("met on
// Tuesday"), else one right after it ("Friday night's fire"), else the
// nearest one before it within maxReach with no clause word between and
// no time of its own (ownTime); -1 if none.
func (x *extractor) timeTrigger(first, last int) int {
	s := x.d.Sentences[x.sentOf[first]]
	if k := first - 1; k >= s.First && x.lower[k] == "on" {
		first = k
	}
	if k := first - 1; k >= s.First && x.frames[k] != "" {
		return k // "charged Tuesday in the shooting": the charge's day
	}
	for j := last; j < min(s.Last, last+afterReach); j++ {
		if x.frames[j] != "" {
			return j
		}
		if x.d.Tokens[j].Kind == analyze.Punct && x.lower[j] != "'s" && x.lower[j] != "'" && x.lower[j] != "’" {
			break // "on Sunday, killing ten": the next clause's
		}
		if linkWords[x.lower[j]] || speechVerbs[x.lower[j]] {
			break // "jailed Wednesday for shooting a friend", "police on Tuesday said a shooting"
		}
	}
	for j := first - 1; j >= s.First && j >= first-maxReach; j-- {
		if clauseWords[x.lower[j]] || stirVerbs[x.lower[j]] && x.lower[j] == x.d.Tokens[j].Text(x.d.Text) {
			return -1
		}
		if x.frames[j] != "" && !x.ownTime(j) {
			return j
		}
	}
	return -1
}

// timeNouns before a trigger give it days of its own: "a weekend
// earthquake" ("a night raid" may still be Friday's).
var timeNouns = set("weekend")

// ownTime reports whether trigger k has a time of its own right before
// it ("a powerful weekend earthquake", "Saturday's quake"): a later time
// in its sentence is another happening's ("raised the toll from a
// weekend earthquake to 1,941 on Tuesday").
func (x *extractor) ownTime(k int) bool {
	j := k - 1
	if j >= 0 && (x.lower[j] == "'s" || x.lower[j] == "’s") {
		j--
	}
	if j < 0 {
		return false
	}
	if timeNouns[x.lower[j]] {
		return true
	}
	at := x.d.Tokens[j].Start
	for _, t := range x.d.Times {
		if t.Start <= at && at < t.End {
			return true
		}
	}
	return false
}
