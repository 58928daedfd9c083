package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tally is the text under one element, split by how content-like it is.
type tally struct {
	good, bad int
}

// tree holds the tallies of every element that has text under it, in
// document order of first appearance.
type tree struct {
	body   *html.Node
	counts map[*html.Node]*tally
	order  []*html.Node
}

// contentWeight splits a block's words into content-like and not.
func contentWeight(b *block) (good, bad int) {
	switch {
	case b.kind == Heading:
		return 0, 0
	case b.linkDensity() > 0.5:
		return 0, b.words
	case b.linkDensity() <= 0.3 && (b.words >= 10 || b.sentence && b.words >= 4):
		if b.words >= 10 && pageCueReason(b.text, b.words) != "" {
			return 0, b.words // legal small print reads like text
		}
		return b.words, 0
	case b.cell || b.list:
		return 0, 0 // data and bullet points, judged by their neighbours
	}
	return 0, b.words
}

// newTree adds up the content weight of the blocks on every ancestor.
func newTree(blocks []block, body *html.Node) *tree {
	t := &tree{body: body, counts: map[*html.Node]*tally{}}
	for i := range blocks {
		g, b := contentWeight(&blocks[i])
		if g == 0 && b == 0 {
			continue
		}
		for n := blocks[i].node; n != nil; n = n.Parent {
			c := t.counts[n]
			if c == nil {
				c = &tally{}
				t.counts[n] = c
				t.order = append(t.order, n)
			}
			c.good += g
			c.bad += b
			if n == body {
				break
			}
		}
	}
	return t
}

// rootPenalty is what a word of link lists and short lines costs against
// a word of running text when choosing the content root.
const rootPenalty = 0.8

// root returns the element that holds the main text: the one whose
// content-like words most outweigh the rest.
func (t *tree) root() *html.Node {
	best, bestScore := t.body, -1.0
	for _, n := range t.order {
		c := t.counts[n]
		if elementCue(n) != "" {
			continue
		}
		if s := float64(c.good) - rootPenalty*float64(c.bad); s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// coreShare is the share of the root's running text that the core of the
// article holds.
const coreShare = 0.7

// core returns the smallest element inside root that holds most of its
// running text: the article body without its surroundings.
func (t *tree) core(root *html.Node) *html.Node {
	need := coreShare * float64(t.good(root))
	best, bestDepth := root, 0
	for _, n := range t.order {
		if float64(t.good(n)) < need || !contains(root, n) {
			continue
		}
		if d := depth(n, root); d > bestDepth {
			best, bestDepth = n, d
		}
	}
	return best
}

// depth counts the steps from n up to its ancestor a.
func depth(n, a *html.Node) int {
	d := 0
	for ; n != nil && n != a; n = n.Parent {
		d++
	}
	return d
}

// dropTail removes what follows the article body inside the root:
// author boxes, calls to action, teasers of other articles. Tables stay.
func dropTail(blocks []block, lines []line, core *html.Node) {
	last := -1
	for i := range blocks {
		if contains(core, blocks[i].node) {
			last = i
		}
	}
	for i := last + 1; i < len(blocks); i++ {
		if lines[i].reason == "" && !blocks[i].cell {
			lines[i].kind, lines[i].reason = Boilerplate, "after-article"
		}
	}
}

// good returns the content-like words under n.
func (t *tree) good(n *html.Node) int {
	if c := t.counts[n]; c != nil {
		return c.good
	}
	return 0
}

// boilerReason names the boilerplate family of an element inside the root
// from its tag and class/id words, or "". An element that holds a large
// share of the root's running text is never boilerplate, whatever its
// name says (wrappers such as "has-sidebar" or "tag-news" articles).
func (t *tree) boilerReason(n, root *html.Node) string {
	r := elementCue(n)
	if r == "" {
		return ""
	}
	if g := t.good(n); g > 0 && float64(g) > 0.25*float64(t.good(root)) {
		return ""
	}
	return r
}

// elementCue names the boilerplate family an element's tag or class/id
// words point to, or "".
func elementCue(n *html.Node) string {
	switch n.DataAtom {
	case atom.Nav:
		return "navigation"
	case atom.Footer:
		return "footer"
	case atom.Aside:
		return "aside"
	case atom.Header:
		return "header"
	case atom.Form:
		return "form"
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range nameWords(a.Val) {
			if r := boilerWords[w]; r != "" {
				return r
			}
		}
		low := strings.ToLower(a.Val)
		for _, st := range boilerStems {
			if strings.Contains(low, st.stem) {
				return st.reason
			}
		}
	}
	return ""
}

// nameWords splits a class or id value into lower-case words:
// "post-footer relatedPosts" gives post, footer, related, posts.
func nameWords(s string) []string {
	var out []string
	start := -1
	prevLower := false
	for i, r := range s {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !alnum || (unicode.IsUpper(r) && prevLower) {
			if start >= 0 {
				out = append(out, strings.ToLower(s[start:i]))
			}
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
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

// selectContent marks every block as content or as boilerplate with a
// reason; blocks outside the content root get the reason "outside".
func selectContent(blocks []block, body *html.Node) []line {
	t := newTree(blocks, body)
	root := t.root()
	core := t.core(root)
	memo := map[*html.Node]string{}
	out := make([]line, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		l := line{text: b.text, kind: b.kind}
		switch {
		case !contains(root, b.node):
			l.reason = "outside"
		case b.kind != Heading && b.linkDensity() > 0.5 && !(b.sentence && b.words >= 10) && !(b.list && contains(core, b.node)):
			l.reason = "links"
		default:
			l.reason = t.pathReason(b.node, root, memo)
		}
		if l.reason != "" {
			l.kind = Boilerplate
		}
		out[i] = l
	}
	dropTail(blocks, out, core)
	dropCopies(blocks, out)
	return out
}

// dropCopies removes a paragraph of some length that repeats one kept
// earlier: pages often carry the same text twice (a mobile and a desktop
// copy, a pull quote, a teaser of the article itself). Table cells and list
// items may repeat.
func dropCopies(blocks []block, lines []line) {
	seen := map[string]bool{}
	for i := range lines {
		b, l := &blocks[i], &lines[i]
		if l.removed() || b.words < 6 || b.cell || b.list {
			continue
		}
		key := strings.ToLower(b.text)
		if seen[key] {
			l.kind, l.reason = Boilerplate, "duplicate"
			continue
		}
		seen[key] = true
	}
}

// pathReason returns the boilerplate reason of the nearest element between
// n and root that has one, or "".
func (t *tree) pathReason(n, root *html.Node, memo map[*html.Node]string) string {
	if n == nil || n == root {
		return ""
	}
	if r, ok := memo[n]; ok {
		return r
	}
	r := t.boilerReason(n, root)
	if r == "" {
		r = t.pathReason(n.Parent, root, memo)
	}
	memo[n] = r
	return r
}
