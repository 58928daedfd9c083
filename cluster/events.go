package cluster

import (
	"math"
	"strings"
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
)

// splitEvents divides the articles of one story, given in placement
// order, into events: each article joins the event whose centroid (of
// story-weighted vectors) is nearest if it reaches th, else starts one;
// then refinePasses times every article moves to a nearer event that
// reaches th, all moves of a pass decided before any is made. It returns
// the events as lists of article indexes, in order of first placement.
func splitEvents(arts []placed, th float64) [][]int {
	vs, wide := localVectors(arts)
	var evs []*centroid
	of := make([]int, len(arts))
	for k, v := range vs {
		best, bs := -1, th
		for e, c := range evs {
			if s := c.similarity(v, arts[k].lang, false); s > bs || s == bs && best < 0 {
				best, bs = e, s
			}
		}
		if best < 0 {
			evs = append(evs, newCentroid(wide))
			best = len(evs) - 1
		}
		evs[best].add(v, arts[k].lang, 1)
		of[k] = best
	}
	for range refinePasses {
		if !refineEvents(arts, vs, evs, of, th) {
			break
		}
	}
	return eventLists(arts, evs, of)
}

// refineEvents makes one pass of moves and reports whether any was made.
func refineEvents(arts []placed, vs []Vector, evs []*centroid, of []int, th float64) bool {
	to := make([]int, len(vs))
	moved := false
	for k, v := range vs {
		lang := arts[k].lang
		best, bs := of[k], evs[of[k]].similarity(v, lang, true)
		for e, c := range evs {
			if e == of[k] || c.n == 0 {
				continue
			}
			if s := c.similarity(v, lang, false); s > bs && s >= th {
				best, bs = e, s
			}
		}
		to[k] = best
		moved = moved || best != of[k]
	}
	for k, v := range vs {
		if to[k] != of[k] {
			evs[of[k]].add(v, arts[k].lang, -1)
			evs[to[k]].add(v, arts[k].lang, 1)
			of[k] = to[k]
		}
	}
	return moved
}

// eventLists lists each non-empty event's articles.
func eventLists(arts []placed, evs []*centroid, of []int) [][]int {
	lists := make([][]int, len(evs))
	for k, p := range arts {
		lists[of[k]] = append(lists[of[k]], p.i)
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
func localVectors(arts []placed) ([]Vector, map[string]bool) {
	df := map[string]int{}
	for _, p := range arts {
		for _, e := range p.v {
			df[e.key]++
		}
	}
	n := float64(len(arts))
	out := make([]Vector, len(arts))
	for k, p := range arts {
		v := make(Vector, 0, len(p.v))
		sum := 0.0
		for _, e := range p.v {
			w := e.w * math.Pow(1-float64(df[e.key])/n+1/n, localPower)
			v = append(v, entry{e.key, w})
			sum += w * w
		}
		s := math.Sqrt(sum)
		for j := range v {
			v[j].w /= s
		}
		out[k] = v
	}
	wide := map[string]bool{}
	for key, c := range df {
		if isEntity(key) && float64(c) >= storyWide*n {
			wide[key] = true
		}
	}
	return out, wide
}

func isEntity(key string) bool { return strings.HasPrefix(key, "e:") }

// centroid is an event being built inside a story.
type centroid struct {
	centre
	n     int
	ents  map[string]int  // entities not story-wide → articles naming them
	wide  map[string]bool // the story-wide entities
	langs map[string]int  // languages → articles in it
}

func newCentroid(wide map[string]bool) *centroid {
	return &centroid{centre: centre{sum: vector{}}, ents: map[string]int{}, wide: wide, langs: map[string]int{}}
}

// add adds unit vector v of an article in language lang to the event
// (sign 1) or takes it out (-1).
func (c *centroid) add(v Vector, lang string, sign int) {
	if sign > 0 {
		c.centre.add(v)
	} else {
		c.centre.remove(v)
	}
	for _, e := range v {
		if isEntity(e.key) && !c.wide[e.key] {
			c.ents[e.key] += sign
		}
	}
	c.n += sign
	c.langs[lang] += sign
}

// similarity is the cosine of v, an article in language lang, and the
// centroid (without v, which is in it, when without), scaled by
// noKeyFactor when the event has key participants and v names none of
// them. Words do not match across languages, so an article in a language
// none of the event's articles is in is compared by names and dates alone.
func (c *centroid) similarity(v Vector, lang string, without bool) float64 {
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
	return s
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
	d, nv, nc := 0.0, 0.0, 0.0
	for _, e := range v {
		if !isName(e.key) {
			continue
		}
		w := c.sum[e.key]
		if without {
			w -= e.w
		}
		d += e.w * w
		nv += e.w * e.w
	}
	for key, w := range c.sum {
		if isName(key) {
			nc += w * w
		}
	}
	if without {
		for _, e := range v {
			if isName(e.key) {
				w := c.sum[e.key]
				nc += (w-e.w)*(w-e.w) - w*w
			}
		}
	}
	if nv <= 1e-9 || nc <= 1e-9 {
		return 0
	}
	return d / math.Sqrt(nv*nc)
}

// isName: entities and dates read the same in every language.
func isName(key string) bool { return isEntity(key) || strings.HasPrefix(key, "t:") }

// lacksKey reports whether the event (of members articles, v's own
// entities not counted when without) has key participants and v names
// none of them.
func (c *centroid) lacksKey(v Vector, members int, without bool) bool {
	hasKey := false
	for key, cnt := range c.ents {
		names := v.has(key)
		if without && names {
			cnt--
		}
		if cnt == 0 || float64(cnt) < keyShare*float64(members) {
			continue
		}
		if names {
			return false
		}
		hasKey = true
	}
	return hasKey
}
