package analyze

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Entity is one referent within a document: the mentions that name it.
type Entity struct {
	Name     string // the fullest name the document uses: "Vladimir Putin" for "Putin"
	Type     EntityType
	Mentions []int // indexes into Doc.Mentions, in text order
}

// refineMentions fixes what a tagger trained on other text gets wrong in
// news: titles or possessives inside the name, and a person's name that is
// part of an organisation's ("the Trump administration").
func refineMentions(text string, toks []Token, ms []Mention) []Mention {
	out := ms[:0]
	for _, m := range ms {
		first, last := tokenAt(toks, m.Start), tokenEndingAt(toks, m.End)
		if first < 0 || last < 0 {
			continue
		}
		for first < last && (honorifics[lowerAt(text, toks, first)] || isRole(toks[first].Text(text)) || startsLower(toks[first].Text(text))) {
			first++
		}
		if startsLower(toks[first].Text(text)) {
			continue // names do not start in lower case: "de Norrvik" is "Norrvik"
		}
		if first == last && isPartyState(toks[first].Text(text)) {
			continue // "Sen. Mark Warner (D-VA)": a party and a state, not a place
		}
		for last > first && (toks[last].Kind == Punct || lowerAt(text, toks, last) == "'s" || lowerAt(text, toks, last) == "’s") {
			last--
		}
		m.Span = Span{toks[first].Start, toks[last].End}
		if m.Type == Person && last+1 < len(toks) && orgSuffixes[lowerAt(text, toks, last+1)] {
			m.Type = Organization
			m.End = toks[last+1].End
		}
		out = append(out, m)
	}
	return out
}

// dropOpeners removes one-word names that open a sentence, for text in a
// language other than the tagger's English: there a capitalised opener
// ("Selon", "Les") is usually an ordinary word the model does not know.
// The name is still found where it recurs (see propagate).
func dropOpeners(toks []Token, sents []Sentence, ms []Mention) []Mention {
	opener := map[int]bool{}
	for _, s := range sents {
		opener[toks[s.First].Start] = true
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		k := tokenAt(toks, m.Start)
		return opener[m.Start] && k >= 0 && toks[k].End == m.End
	})
}

// grouping is the state of groupEntities.
type grouping struct {
	text      string
	toks      []Token
	ms        []Mention
	ents      []Entity
	byKey     map[string]int   // name key → entity (organisations and places share keys)
	byAcr     map[string]int   // acronym of a name of several words → the first entity so named
	bySurname map[string][]int // last-name key → person entities with a full name
}

// groupEntities links every mention to an entity of the document: full
// names first, then a surname alone to the one full name it ends, an
// acronym to the name it abbreviates, and each part of "Trump-Putin" to
// its person. Names seen only in headline-case lines, where taggers guess
// badly, are kept only if the body names them too.
func groupEntities(text string, toks []Token, sents []Sentence, ms []Mention) ([]Mention, []Entity) {
	g := &grouping{text: text, toks: toks, ms: ms, byKey: map[string]int{}, byAcr: map[string]int{}, bySurname: map[string][]int{}}
	order := make([]int, len(ms))
	words := make([]int, len(ms))
	for i := range order {
		order[i], words[i] = i, tokenCount(text, ms[i])
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(words[b], words[a]) })
	for _, i := range order {
		g.place(i)
	}
	g.splitHyphenated()
	g.propagate(sents)
	g.dropHeadlineOnly(sents)
	return g.finish()
}

func tokenCount(text string, m Mention) int { return len(strings.Fields(m.Text(text))) }

// place links mention i to an existing entity or starts a new one.
func (g *grouping) place(i int) {
	m := &g.ms[i]
	name := m.Text(g.text)
	key := nameKey(name)
	e := g.find(m.Type, name, key)
	if e < 0 {
		if m.Type != Person {
			key = placeKey(key)
		}
		e = g.newEntity(m.Type, key, name)
	}
	m.Entity = e
	g.ents[e].Mentions = append(g.ents[e].Mentions, i)
	if m.Type != Person && strings.Contains(name, " ") {
		if old, ok := g.byAcr[acronym(name)]; !ok || e < old {
			g.byAcr[acronym(name)] = e
		}
	}
}

// find looks a name up among the entities seen so far: first as the type
// the tagger gave it, then as any other, since a tagger may type one name
// differently in two sentences ("Putin" as a place joins "Vladimir
// Putin"); the entity's type is then decided by majority.
func (g *grouping) find(t EntityType, name, key string) int {
	lone := oneWord(name)
	asPerson := func() int {
		if c := g.bySurname[key]; lone && len(c) == 1 {
			return c[0]
		}
		if e, ok := g.byKey["p:"+key]; ok {
			return e
		}
		return -1
	}
	asNamed := func() int {
		if e, ok := g.byKey["n:"+placeKey(key)]; ok {
			return e
		}
		if isAcronym(name) {
			return g.byAcronym(strings.ReplaceAll(name, ".", ""))
		}
		return -1
	}
	if t == Person {
		return cmp.Or(asPerson()+1, asNamed()+1) - 1
	}
	return cmp.Or(asNamed()+1, asPerson()+1) - 1
}

func (g *grouping) newEntity(t EntityType, key, name string) int {
	e := len(g.ents)
	g.ents = append(g.ents, Entity{Type: t})
	if t == Person {
		g.byKey["p:"+key] = e
		if last, full := lastName(name); full {
			g.bySurname[last] = append(g.bySurname[last], e)
		}
	} else {
		g.byKey["n:"+key] = e
	}
	return e
}

func (g *grouping) byAcronym(acr string) int {
	if e, ok := g.byAcr[acr]; ok {
		return e
	}
	return -1
}

// splitHyphenated turns "Trump-Putin" into two mentions when each part
// names an entity the document knows.
func (g *grouping) splitHyphenated() {
	for _, t := range g.toks {
		w := t.Text(g.text)
		if t.Kind != Word || !strings.Contains(w, "-") || !isCapitalised(w) {
			continue
		}
		parts := strings.Split(w, "-")
		ents := make([]int, len(parts))
		ok := len(parts) >= 2
		for i, p := range parts {
			ents[i] = g.lookup(p)
			ok = ok && ents[i] >= 0
		}
		if !ok {
			continue
		}
		g.dropMentionsIn(t.Span)
		pos := t.Start
		for i, p := range parts {
			g.ms = append(g.ms, Mention{Span: Span{pos, pos + len(p)}, Type: g.ents[ents[i]].Type, Entity: ents[i]})
			g.ents[ents[i]].Mentions = append(g.ents[ents[i]].Mentions, len(g.ms)-1)
			pos += len(p) + 1
		}
	}
}

// propagate links the other occurrences of a one-word name the document
// already uses ("Okonkwo-Lind" after "Marta Okonkwo-Lind") where the
// tagger missed them. A word opening a sentence counts only before a
// speech verb ("Salo said"), since there it may be an ordinary word.
func (g *grouping) propagate(sents []Sentence) {
	covered := make([]bool, len(g.toks))
	for _, m := range g.ms {
		for k := tokenAt(g.toks, m.Start); k >= 0 && k < len(g.toks) && g.toks[k].Start < m.End; k++ {
			covered[k] = true
		}
	}
	for _, s := range sents {
		for k := s.First; k < s.Last; k++ {
			w := g.toks[k].Text(g.text)
			if covered[k] || g.toks[k].Kind != Word || !isCapitalised(w) || isAcronym(w) {
				continue
			}
			if k == s.First && (k+1 >= s.Last || !isSpeechVerb(lowerAt(g.text, g.toks, k+1))) {
				continue
			}
			if e := g.lookup(w); e >= 0 {
				g.ms = append(g.ms, Mention{Span: g.toks[k].Span, Type: g.ents[e].Type, Entity: e})
				g.ents[e].Mentions = append(g.ents[e].Mentions, len(g.ms)-1)
			}
		}
	}
}

// lookup finds the entity a lone word names: a person's surname, or an
// organisation or place.
func (g *grouping) lookup(word string) int {
	key := nameKey(word)
	if c := g.bySurname[key]; len(c) == 1 {
		return c[0]
	}
	if e, ok := g.byKey["p:"+key]; ok {
		return e
	}
	if e, ok := g.byKey["n:"+placeKey(key)]; ok {
		return e
	}
	return -1
}

// dropMentionsIn unlinks the mentions inside a span.
func (g *grouping) dropMentionsIn(s Span) {
	for i := range g.ms {
		if s.Contains(g.ms[i].Span) && g.ms[i].Entity >= 0 {
			g.unlink(i)
		}
	}
}

func (g *grouping) unlink(i int) {
	e := g.ms[i].Entity
	g.ents[e].Mentions = slices.DeleteFunc(g.ents[e].Mentions, func(x int) bool { return x == i })
	g.ms[i].Entity = -1
}

// dropHeadlineOnly unlinks entities named only in headline-case sentences.
func (g *grouping) dropHeadlineOnly(sents []Sentence) {
	headline := make([]bool, len(sents))
	for i, s := range sents {
		headline[i] = headlineCase(g.text, g.toks, s)
	}
	for e := range g.ents {
		body := false
		for _, mi := range g.ents[e].Mentions {
			if k := tokenAt(g.toks, g.ms[mi].Start); k >= 0 && !headline[sentenceIndex(sents, k)] {
				body = true
				break
			}
		}
		if !body {
			for _, mi := range slices.Clone(g.ents[e].Mentions) {
				g.unlink(mi)
			}
		}
	}
}

func sentenceIndex(sents []Sentence, tok int) int {
	i, _ := slices.BinarySearchFunc(sents, tok, func(s Sentence, t int) int {
		switch {
		case s.Last <= t:
			return -1
		case s.First > t:
			return 1
		}
		return 0
	})
	return min(i, len(sents)-1)
}

// headlineCase: a line without a final period whose words of three or
// more letters are mostly capitalised, as in headlines and headings; the
// small words title case leaves in lower case ("and the", "with") do not
// count.
func headlineCase(text string, toks []Token, s Sentence) bool {
	if last := toks[s.Last-1].Text(text); last == "." || last == "!" {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks[s.First:s.Last] {
		w := t.Text(text)
		if t.Kind != Word || len(w) < 3 || titleMinor[w] {
			continue
		}
		words++
		if isCapitalised(w) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// titleMinor are the words title case writes in lower case.
var titleMinor = map[string]bool{
	"and": true, "the": true, "for": true, "but": true, "nor": true, "yet": true,
	"with": true, "from": true, "into": true, "onto": true, "over": true, "upon": true,
	"amid": true, "via": true, "its": true, "after": true, "about": true, "than": true,
}

// finish drops empty entities, renumbers the rest in order of first
// mention, and names each by its fullest mention.
func (g *grouping) finish() ([]Mention, []Entity) {
	// Keep linked mentions, in text order.
	var ms []Mention
	for _, m := range g.ms {
		if m.Entity >= 0 {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	renum := map[int]int{}
	var ents []Entity
	for i := range ms {
		old := ms[i].Entity
		e, ok := renum[old]
		if !ok {
			e = len(ents)
			renum[old] = e
			ents = append(ents, Entity{Type: g.ents[old].Type})
		}
		ms[i].Entity = e
		ents[e].Mentions = append(ents[e].Mentions, i)
	}
	for e := range ents {
		ents[e].Name, ents[e].Type = bestName(g.text, ms, ents[e].Mentions)
	}
	return ms, ents
}

// bestName picks an entity's name — the mention with the most words, then
// the most frequent, then the first in sort order — and its type by
// majority of mentions weighted by their words, a tie going to place over
// organisation over person.
func bestName(text string, ms []Mention, idx []int) (string, EntityType) {
	count := map[string]int{}
	votes := map[EntityType]int{}
	for _, i := range idx {
		count[ms[i].Text(text)]++
		votes[ms[i].Type] += tokenCount(text, ms[i]) // a full name is the surer call
	}
	var names []string
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(strings.Fields(b)), len(strings.Fields(a))), cmp.Compare(count[b], count[a]), cmp.Compare(a, b))
	})
	t := Place
	for _, c := range []EntityType{Organization, Person} {
		if votes[c] > votes[t] {
			t = c
		}
	}
	return names[0], t
}

func startsLower(w string) bool { return unicode.IsLower(firstRune(w)) }

// isPartyState reports whether w is a US party-and-state tag: "D-VA",
// "R-TX", "I-VT".
func isPartyState(w string) bool {
	return len(w) == 4 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' &&
		isUpper(rune(w[2])) && isUpper(rune(w[3]))
}
