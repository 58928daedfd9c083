package cluster

import (
	"math"
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// Events inside a story are told apart by what its articles do not all
// share. A story's articles share its topic's words and names (the team,
// its city, "arrested"); what sets one event apart is the rest: which
// player, which night, which charge. So inside a story each feature is
// weighed down by the share of the story's articles that have it, and an
// article that names none of an event's key participants is held farther
// from it.
const (
	// A feature is weighed down by its share s of the n articles of the
	// story: by (1 - s + 1/n)^localPower. (The 1/n keeps what the two
	// articles of a two-article story share from counting for nothing.)
	localPower = 0.75
	// keyShare: an entity is key to an event when at least this share of
	// its articles name it ...
	keyShare = 0.5
	// storyWide: ... and less than this share of the story's articles do.
	storyWide = 0.9
	// noKeyFactor scales the similarity of an article that names none of
	// an event's key participants.
	noKeyFactor = 0.7
	// otherModeFactor scales the similarity of an article whose lead
	// reports a planned event to an event most of whose articles report a
	// held one, and the other way round: "agreed to meet" is not "met".
	otherModeFactor = 0.5
	// otherDayFactor scales the similarity of an article whose lead dates
	// its event to a day more than a day away from the days most of the
	// event's dated articles give: one city's shootings on Monday and on
	// Saturday read alike. (A day either way is one event told
	// differently, or reported the night it happened.)
	otherDayFactor = 0.5
)

// splitEvents divides the articles of one story, given in placement
// order, into events: each article joins the event whose centroid (of
// story-weighted vectors) is nearest if it reaches th, else starts one;
// then refinePasses times every article moves to a nearer event that
// reaches th, all moves of a pass decided before any is made. An article
// is compared with every event of a story with few events, else with
// those sharing its heaviest features (eventSet.candidates), so the cost
// grows with the story's articles, not with articles × events. It returns the
// events as lists of positions in arts, in order of first placement.
func splitEvents(arts []placed, th float64) [][]int {
	vs, wide := localVectors(arts)
	set := &eventSet{wide: wide, post: postings{}, tops: make([][]feature, len(arts))}
	of := make([]int, len(arts))
	for k, v := range vs {
		best, bs := -1, th
		for _, e := range set.candidates(k, v) {
			if s := set.evs[e].similarity(v, arts[k].meta, false); s > bs || s == bs && best < 0 {
				best, bs = e, s
			}
		}
		if best < 0 {
			best = set.create()
		}
		set.add(best, v, arts[k].meta, 1)
		of[k] = best
	}
	set.seen = make([]evaluation, len(vs))
	for pass := 1; pass <= refinePasses; pass++ {
		if !set.refine(arts, vs, of, th, pass) {
			break
		}
	}
	return positions(len(set.evs), of)
}

// eventSet is the events of a story being split, filed under their
// centroids' heaviest features.
type eventSet struct {
	evs   []*centroid
	keys  [][]feature
	stale []bool      // events to file again before the postings are read ...
	queue []int       // ... in the order they became so
	tops  [][]feature // the heaviest features of each article, once needed
	post  postings
	score scores // scratch for candidates, reused
	wide  map[feature]bool

	changed []int        // the refine pass whose moves last changed each event (0: placing)
	seen    []evaluation // each article's last choice in refine
}

// evaluation is what an article's choice in a refine pass rested on: if
// the same events are its candidates and none of them, nor its own, has
// changed since, the choice is the same and need not be made again.
type evaluation struct {
	pass       int
	candidates []int
}

func (s *eventSet) create() int {
	s.evs = append(s.evs, newCentroid(s.wide))
	s.changed = append(s.changed, 0)
	s.keys = append(s.keys, nil)
	s.stale = append(s.stale, false)
	return len(s.evs) - 1
}

// eventCandidates bounds the events of a large story an article is
// compared with: those sharing the most of its heaviest features.
const eventCandidates = 12

// candidates are every event while there are at most 2×eventCandidates,
// then the eventCandidates sharing the most of v's heaviest features.
func (s *eventSet) candidates(k int, v Vector) []int {
	if len(s.evs) <= 2*eventCandidates {
		all := make([]int, len(s.evs))
		for e := range all {
			all[e] = e
		}
		return all
	}
	for _, e := range s.queue {
		c := s.evs[e]
		s.keys[e] = s.post.file(e, s.keys[e], topKeys(c.e.all, len(c.e), indexKeys))
		s.stale[e] = false
	}
	s.queue = s.queue[:0]
	if s.tops[k] == nil {
		s.tops[k] = v.top(queryKeys)
	}
	return s.post.best(s.tops[k], eventCandidates, &s.score)
}

// add adds v to event e (sign 1) or takes it out (-1). The event is to be
// filed again while it is small or every 8 articles; it is, once the
// postings are needed (a story with few events never files its events).
func (s *eventSet) add(e int, v Vector, m Meta, sign int) {
	c := s.evs[e]
	c.add(v, m, sign)
	if sign > 0 && (c.n <= 8 || c.n%8 == 0) && !s.stale[e] {
		s.stale[e] = true
		s.queue = append(s.queue, e)
	}
}

// refine makes one pass of moves and reports whether any was made. An
// article whose candidates are the same events as when it last chose,
// none of them (nor its own) changed since, stays without comparing.
func (s *eventSet) refine(arts []placed, vs []Vector, of []int, th float64, pass int) bool {
	to := make([]int, len(vs))
	moved := false
	for k, v := range vs {
		cands := s.candidates(k, v)
		if s.unchanged(k, of[k], cands) {
			to[k] = of[k]
			continue
		}
		s.seen[k] = evaluation{pass, append(s.seen[k].candidates[:0], cands...)}
		m := arts[k].meta
		best, bs := of[k], s.evs[of[k]].similarity(v, m, true)
		for _, e := range cands {
			if e == of[k] || s.evs[e].n == 0 {
				continue
			}
			if sim := s.evs[e].similarity(v, m, false); sim > bs && sim >= th {
				best, bs = e, sim
			}
		}
		to[k] = best
		moved = moved || best != of[k]
	}
	for k, v := range vs {
		if to[k] != of[k] {
			s.add(of[k], v, arts[k].meta, -1)
			s.add(to[k], v, arts[k].meta, 1)
			s.changed[of[k]], s.changed[to[k]] = pass, pass
			of[k] = to[k]
		}
	}
	return moved
}

// unchanged reports whether article k's last choice still holds: it was
// made after every change to its event and to cands, from the same cands.
func (s *eventSet) unchanged(k, own int, cands []int) bool {
	ev := s.seen[k]
	if ev.pass == 0 || s.changed[own] >= ev.pass || !slices.Equal(ev.candidates, cands) {
		return false
	}
	for _, e := range cands {
		if s.changed[e] >= ev.pass {
			return false
		}
	}
	return true
}

// positions lists each non-empty event's articles by position.
func positions(events int, of []int) [][]int {
	lists := make([][]int, events)
	for k, e := range of {
		lists[e] = append(lists[e], k)
	}
	var out [][]int
	for _, l := range lists {
		if len(l) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// localVectors reweighs the story's article vectors by the share of the
// story's articles that have each feature, and returns them with the
// story-wide entities: those too many of its articles name to be key to
// any one event.
func localVectors(arts []placed) ([]Vector, map[feature]bool) {
	df := map[feature]int{}
	for _, p := range arts {
		for _, e := range p.v {
			df[e.key]++
		}
	}
	n := float64(len(arts))
	factor := make(map[feature]float64, len(df))
	for key, c := range df {
		factor[key] = math.Pow(1-float64(c)/n+1/n, localPower)
	}
	out := make([]Vector, len(arts))
	for k, p := range arts {
		v := make(Vector, 0, len(p.v))
		sum := 0.0
		for _, e := range p.v {
			w := e.w * factor[e.key]
			v = append(v, entry{e.key, w})
			sum += w * w
		}
		s := math.Sqrt(sum)
		for j := range v {
			v[j].w /= s
		}
		out[k] = v
	}
	wide := map[feature]bool{}
	for key, c := range df {
		if isEntity(key) && float64(c) >= storyWide*n {
			wide[key] = true
		}
	}
	return out, wide
}

func isEntity(key feature) bool { return key.kind() == entityKind }

// centroid is an event being built inside a story.
type centroid struct {
	sparse
	n      int
	ents   map[feature]int  // entities not story-wide → articles naming them
	hist   map[int]int      // a number of articles → how many entities that many name
	most   int              // the most articles naming one entity
	names2 float64          // the squared length of the centroid over entities and dates
	wide   map[feature]bool // the story-wide entities
	langs  map[string]int   // languages → articles in it
	modes  map[string]int   // modes → articles in it
	days   map[int]int      // days its articles' leads date their event to → articles
	dated  int              // articles whose leads date their event
}

func newCentroid(wide map[feature]bool) *centroid {
	return &centroid{ents: map[feature]int{}, hist: map[int]int{}, wide: wide,
		langs: map[string]int{}, modes: map[string]int{}, days: map[int]int{}}
}

// add adds unit vector v of an article with meta m to the event (sign 1)
// or takes it out (-1).
func (c *centroid) add(v Vector, m Meta, sign int) {
	c.names2 -= c.namesNorm2(v)
	if sign > 0 {
		c.sparse.add(v)
	} else {
		c.sparse.remove(v)
	}
	c.names2 += c.namesNorm2(v)
	for _, e := range v {
		if isEntity(e.key) && !c.wide[e.key] {
			c.count(e.key, sign)
		}
	}
	c.n += sign
	c.langs[m.Lang] += sign
	c.modes[m.Mode] += sign
	if m.Day != 0 {
		c.days[m.Day] += sign
		c.dated += sign
	}
}

// similarity is the cosine of v, an article in language lang, and the
// centroid (without v, which is in it, when without), scaled by
// noKeyFactor when the event has key participants and v names none of
// them. Words do not match across languages, so an article in a language
// none of the event's articles is in is compared by names and dates alone.
func (c *centroid) similarity(v Vector, m Meta, without bool) float64 {
	lang := m.Lang
	members := c.n
	if without {
		members--
	}
	if members <= 0 {
		return 0
	}
	var s float64
	if c.foreign(lang, without) {
		s = c.namesCosine(v, without)
	} else if without {
		s = c.cosineWithout(v)
	} else {
		s = c.cosine(v)
	}
	if c.lacksKey(v, members, without) {
		s *= noKeyFactor
	}
	if c.otherMode(m.Mode, without) {
		s *= otherModeFactor
	}
	if c.otherDay(m.Day, without) {
		s *= otherDayFactor
	}
	return s
}

// otherDay reports whether most of the event's dated articles date it
// more than a day away from day (v's own article not counted when
// without).
func (c *centroid) otherDay(day int, without bool) bool {
	if day == 0 {
		return false
	}
	near, dated := c.days[day-1]+c.days[day]+c.days[day+1], c.dated
	if without {
		near, dated = near-1, dated-1
	}
	return dated-near > near
}

// otherMode reports whether the articles of the event that say whether it
// was held or is planned mostly say the opposite of mode (v's own article
// not counted when without).
func (c *centroid) otherMode(mode string, without bool) bool {
	if mode == "" {
		return false
	}
	same, other := c.modes[claims.Held], c.modes[claims.Planned]
	if mode == claims.Planned {
		same, other = other, same
	}
	if without {
		same--
	}
	return other > same
}

// foreign reports whether the event has articles in known languages and
// none in lang (v's own article not counted when without).
func (c *centroid) foreign(lang string, without bool) bool {
	if lang == "" {
		return false
	}
	same := c.langs[lang]
	if without {
		same--
	}
	known := c.n - c.langs[""]
	if without {
		known--
	}
	return same <= 0 && known > 0
}

// namesCosine is the cosine of v and the centroid over the entities and
// dates alone.
func (c *centroid) namesCosine(v Vector, without bool) float64 {
	d, nv, nc := 0.0, 0.0, c.names2
	c.weights(v, func(e entry, w float64) {
		if !isName(e.key) {
			return
		}
		if without {
			nc += (w-e.w)*(w-e.w) - w*w
			w -= e.w
		}
		d += e.w * w
		nv += e.w * e.w
	})
	if nv <= 1e-9 || nc <= 1e-9 {
		return 0
	}
	return d / math.Sqrt(nv*nc)
}

// namesNorm2 is the squared length of the centroid over the entities
// and dates v has.
func (c *centroid) namesNorm2(v Vector) float64 {
	n := 0.0
	c.weights(v, func(e entry, w float64) {
		if isName(e.key) {
			n += w * w
		}
	})
	return n
}

// isName: entities and dates read the same in every language.
func isName(key feature) bool { return isEntity(key) || key.kind() == dateKind }

// count adds sign to the articles naming entity key, keeping the
// histogram of counts and the largest count.
func (c *centroid) count(key feature, sign int) {
	old := c.ents[key]
	now := old + sign
	if old > 0 {
		c.hist[old]--
	}
	if now > 0 {
		c.hist[now]++
		c.ents[key] = now
	} else {
		delete(c.ents, key)
	}
	if now > c.most {
		c.most = now
	}
	for c.most > 0 && c.hist[c.most] == 0 {
		c.most--
	}
}

// lacksKey reports whether the event (of members articles, v's own
// entities not counted when without) has key participants and v names
// none of them. It looks at v's entities, not at all of the event's, so
// its cost does not grow with the event.
func (c *centroid) lacksKey(v Vector, members int, without bool) bool {
	th := keyShare * float64(members)
	if c.most == 0 || float64(c.most) < th {
		return false // no entity is named by enough of the event's articles
	}
	atMost := 0
	for _, e := range v {
		if !isEntity(e.key) || c.wide[e.key] {
			continue
		}
		cnt := c.ents[e.key]
		if cnt == c.most {
			atMost++
		}
		if without {
			cnt--
		}
		if cnt > 0 && float64(cnt) >= th {
			return false // v names a key participant
		}
	}
	if c.hist[c.most] > atMost {
		return true // an entity v does not name is key
	}
	for key, cnt := range c.ents { // rare: every most-named entity is v's
		if float64(cnt) >= th && !v.has(key) {
			return true
		}
	}
	return false
}
