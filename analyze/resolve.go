package analyze

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Global is one referent across every article analysed together.
type Global struct {
	ID          string // "e:vladimir-putin"
	Name        string
	Type        EntityType
	Aliases     []string // every way the articles name it, sorted
	Articles    []string // ids of the articles that mention it, sorted
	Descriptors []GlobalDescriptor
	Members     []Member // the per-article entities it joins
}

// GlobalDescriptor is a title or description and the articles that use it.
type GlobalDescriptor struct {
	Text     string
	Articles []string
}

// Member is one article's entity: Docs[Doc].Entities[Entity].
type Member struct {
	Doc, Entity int
}

// Resolve joins the entities of many articles: the same full name (up to
// accents and transliteration variants) is one entity, a surname alone
// joins the one full name it ends, and an acronym joins the name it
// abbreviates. The result does not depend on the order of docs.
func Resolve(docs []*Doc) []Global {
	r := newResolver(docs)
	r.keep = true
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	r.addBlock(all, func(Member, int) {})
	return r.finish()
}

// ResolveBlocks joins the entities of docs as Resolve does, a block of
// docs at a time, each block against the blocks before it and never
// changing how they were joined: groups[d][e] numbers the group of
// docs[d].Entities[e], and adding blocks after the last changes no
// number already given. So a clusterer that keys an article by these
// numbers compares it by what the articles before it say, whatever comes
// after. Each block's result does not depend on the order of its docs.
func ResolveBlocks(docs []*Doc, blocks [][]int) (groups [][]int) {
	b := NewBlockResolver()
	groups = make([][]int, len(docs))
	for _, blk := range blocks {
		b.Add(docs, blk, groups)
	}
	return groups
}

// BlockResolver is ResolveBlocks a block at a time, with a state that
// can be saved between blocks (State) and taken up again (ResumeBlocks).
type BlockResolver struct{ r resolver }

// NewBlockResolver returns a resolver that has joined nothing.
func NewBlockResolver() *BlockResolver { return &BlockResolver{*newResolver(nil)} }

// Add joins the entities of the docs at positions block against every
// block added before: groups[d][e], for d in block, numbers the group of
// docs[d].Entities[e].
func (b *BlockResolver) Add(docs []*Doc, block []int, groups [][]int) {
	b.r.docs = docs
	for _, d := range block {
		groups[d] = make([]int, len(docs[d].Entities))
	}
	b.r.addBlock(block, func(m Member, g int) { groups[m.Doc][m.Entity] = g })
	b.r.docs = nil
}

// BlockState is what a BlockResolver knows: the groups' names and sizes,
// not their members. encoding/gob writes it.
type BlockState struct {
	ByKey     map[string]int
	ByAcr     map[string][]int
	BySurname map[string][]int
	Sizes     []int
}

// State returns a copy of what the resolver knows.
func (b *BlockResolver) State() BlockState {
	return BlockState{ByKey: maps.Clone(b.r.byKey), ByAcr: cloneLists(b.r.byAcr), BySurname: cloneLists(b.r.bySurname),
		Sizes: slices.Clone(b.r.sizes)}
}

// ResumeBlocks takes up a BlockResolver from its state.
func ResumeBlocks(st BlockState) *BlockResolver {
	b := NewBlockResolver()
	maps.Copy(b.r.byKey, st.ByKey)
	b.r.byAcr, b.r.bySurname = cloneLists(st.ByAcr), cloneLists(st.BySurname)
	b.r.sizes = slices.Clone(st.Sizes)
	return b
}

func newResolver(docs []*Doc) *resolver {
	return &resolver{docs: docs, byKey: map[string]int{}, byAcr: map[string][]int{}, bySurname: map[string][]int{}}
}

func cloneLists(m map[string][]int) map[string][]int {
	out := make(map[string][]int, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

// addBlock joins the entities of the docs at positions block: full names
// and organisations first, then lone surnames and acronyms, each pass in
// order of article id; joined(m, g) is told that entity m joined group g.
func (r *resolver) addBlock(block []int, joined func(m Member, g int)) {
	order := slices.Clone(block)
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(r.docs[a].ID, r.docs[b].ID) })
	for pass := 0; pass < 2; pass++ {
		for _, d := range order {
			for e, ent := range r.docs[d].Entities {
				if r.isLate(ent) == (pass == 1) {
					joined(Member{d, e}, r.add(Member{d, e}))
				}
			}
		}
	}
}

type resolver struct {
	docs      []*Doc
	keep      bool       // whether groups lists members (Resolve) or sizes count them alone (BlockResolver)
	groups    [][]Member // by group, when keep
	sizes     []int      // members by group
	byKey     map[string]int
	byAcr     map[string][]int // acronym of a name of several words → the groups so named
	bySurname map[string][]int
}

// isLate: lone surnames and acronyms are placed after the names they may
// shorten.
func (r *resolver) isLate(e Entity) bool {
	return (e.Type == Person && oneWord(e.Name)) || (e.Type != Person && isAcronym(e.Name))
}

// add joins entity m to its group, made if need be, and returns the group.
func (r *resolver) add(m Member) int {
	ent := r.docs[m.Doc].Entities[m.Entity]
	key := r.key(ent)
	g := r.find(ent, key)
	if g < 0 {
		g = len(r.sizes)
		r.sizes = append(r.sizes, 0)
		if r.keep {
			r.groups = append(r.groups, nil)
		}
		if ent.Type == Person {
			r.byKey["p:"+key] = g
			if last, full := lastName(ent.Name); full {
				r.bySurname[last] = append(r.bySurname[last], g)
			}
		} else {
			r.byKey["n:"+key] = g
		}
	}
	r.sizes[g]++
	if r.keep {
		r.groups[g] = append(r.groups[g], m)
	}
	if ent.Type != Person && strings.Contains(ent.Name, " ") {
		if acr := acronym(ent.Name); !slices.Contains(r.byAcr[acr], g) {
			r.byAcr[acr] = append(r.byAcr[acr], g)
		}
	}
	return g
}

// find looks an entity up among the groups so far, as its own type first
// and then as the other kind (person or not): one article's tagger may
// call "Kyiv" a person where the others call it a place. The group's type
// is decided by majority.
func (r *resolver) find(ent Entity, key string) int {
	lone := oneWord(ent.Name)
	asPerson := func() int {
		if c := r.bySurname[key]; len(c) == 1 && lone {
			return c[0]
		}
		if k, ok := r.byKey["p:"+key]; ok {
			return k
		}
		if full, ok := gaz().surname[key]; ok && lone {
			return r.byKeyOr(nameKey(full))
		}
		return -1
	}
	asNamed := func() int {
		if k, ok := r.byKey["n:"+placeKey(key)]; ok {
			return k
		}
		if isAcronym(ent.Name) {
			return r.byAcronym(strings.ReplaceAll(ent.Name, ".", ""))
		}
		return -1
	}
	if ent.Type == Person {
		return cmp.Or(asPerson()+1, asNamed()+1) - 1
	}
	return cmp.Or(asNamed()+1, asPerson()+1) - 1
}

// key is an entity's name key, with a gazetteer spelling variant turned
// into the listed name and the names of one country joined.
func (r *resolver) key(e Entity) string {
	key := nameKey(e.Name)
	if e.Type != Person {
		return placeKey(key)
	}
	if full, ok := gaz().person[key]; ok {
		return nameKey(full)
	}
	return key
}

// byKeyOr finds the person group of a full name key, or -1.
func (r *resolver) byKeyOr(key string) int {
	if g, ok := r.byKey["p:"+key]; ok {
		return g
	}
	return -1
}

// byAcronym returns the group an acronym stands for: of the names it
// abbreviates, the one named most often ("AP": the Associated Press, not
// a child the tagger took for an organisation, "Allenwgia Pope"), then
// the first; -1 if none.
func (r *resolver) byAcronym(acr string) int {
	best := -1
	for _, g := range r.byAcr[acr] {
		if best < 0 || r.sizes[g] > r.sizes[best] || r.sizes[g] == r.sizes[best] && g < best {
			best = g
		}
	}
	return best
}

// finish describes each group and gives it a stable id.
func (r *resolver) finish() []Global {
	// Sorted by slug, type and articles, each key made once.
	type keyed struct {
		slug, articles string
		g              Global
	}
	ks := make([]keyed, 0, len(r.groups))
	for _, ms := range r.groups {
		g := r.describe(ms)
		ks = append(ks, keyed{slug(g.Name), strings.Join(g.Articles, ","), g})
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.slug, b.slug), cmp.Compare(a.g.Type, b.g.Type), cmp.Compare(a.articles, b.articles))
	})
	out := make([]Global, len(ks))
	seen := map[string]int{}
	for i, k := range ks {
		id := "e:" + k.slug
		if seen[id]++; seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		out[i] = k.g
		out[i].ID = id
	}
	return out
}

func (r *resolver) describe(ms []Member) Global {
	g := Global{Members: ms}
	names := map[string]int{}
	types := map[EntityType]int{}
	aliases := map[string]bool{}
	articles := map[string]bool{}
	descs := map[string]*GlobalDescriptor{}
	for _, m := range ms {
		d := r.docs[m.Doc]
		ent := d.Entities[m.Entity]
		names[ent.Name] += len(ent.Mentions)
		types[ent.Type] += len(ent.Mentions)
		articles[d.ID] = true
		for _, mi := range ent.Mentions {
			aliases[d.Mentions[mi].Text(d.Text)] = true
		}
		for _, ds := range d.Descriptors {
			if d.Mentions[ds.Mention].Entity == m.Entity {
				addDescriptor(descs, strings.Join(strings.Fields(ds.Text(d.Text)), " "), d.ID)
			}
		}
	}
	g.Type = Place
	for _, t := range []EntityType{Organization, Person} {
		if types[t] > types[g.Type] {
			g.Type = t
		}
	}
	g.Name = listedName(g.Type, pickName(names))
	g.Aliases = sortedKeys(aliases)
	g.Articles = sortedKeys(articles)
	for _, k := range sortedKeys(descs) {
		ds := descs[k]
		slices.Sort(ds.Articles)
		ds.Articles = slices.Compact(ds.Articles)
		g.Descriptors = append(g.Descriptors, *ds)
	}
	return g
}

// listedName prefers the gazetteer's name of a person or a country: the
// full name of someone the articles name only by surname, one spelling of
// a transliterated name, "United States" for "U.S.".
func listedName(t EntityType, name string) string {
	key := nameKey(name)
	if t != Person {
		if c, ok := gaz().country[key]; ok {
			return c
		}
		return name
	}
	if full, ok := gaz().person[key]; ok {
		return full
	}
	if full, ok := gaz().surname[key]; ok && !strings.Contains(key, " ") {
		return full
	}
	return name
}

func addDescriptor(descs map[string]*GlobalDescriptor, text, article string) {
	k := strings.ToLower(text)
	if d, ok := descs[k]; ok {
		if text < d.Text {
			d.Text = text
		}
		d.Articles = append(d.Articles, article)
		return
	}
	descs[k] = &GlobalDescriptor{Text: text, Articles: []string{article}}
}

// pickName: the most words, then the most mentions, then sort order.
func pickName(names map[string]int) string {
	keys := sortedKeys(names)
	slices.SortStableFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(strings.Fields(b)), len(strings.Fields(a))), cmp.Compare(names[b], names[a]))
	})
	return keys[0]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
