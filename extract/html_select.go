package extract

import (
	"golang.org/x/net/html"
)

// tally is the text under one element, split by how content-like it is.
type tally struct {
	good, bad int
}

// contentWeight splits a block's words into content-like and not.
func contentWeight(b *block) (good, bad int) {
	switch {
	case b.kind == Heading:
		return 0, 0
	case b.linkDensity() > 0.5:
		return 0, b.words
	case b.linkDensity() <= 0.3 && (b.words >= 10 || b.sentence && b.words >= 4):
		return b.words, 0
	}
	return 0, b.words
}

// findRoot returns the element that holds the main text: the one whose
// content-like words most outweigh the rest.
func findRoot(blocks []block, body *html.Node) *html.Node {
	tallies := map[*html.Node]*tally{}
	var order []*html.Node
	for i := range blocks {
		g, b := contentWeight(&blocks[i])
		if g == 0 && b == 0 {
			continue
		}
		for n := blocks[i].node; n != nil; n = n.Parent {
			t := tallies[n]
			if t == nil {
				t = &tally{}
				tallies[n] = t
				order = append(order, n)
			}
			t.good += g
			t.bad += b
			if n == body {
				break
			}
		}
	}
	best, bestScore := body, -1.0
	for _, n := range order {
		t := tallies[n]
		s := float64(t.good) - 0.3*float64(t.bad)
		if s > bestScore || s == bestScore && contains(best, n) {
			best, bestScore = n, s
		}
	}
	return best
}

// contains reports whether n is a or inside a.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
