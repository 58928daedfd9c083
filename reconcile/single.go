package reconcile

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/analyze"
)

// singleSource lists what only one independent source reports: the
// values of single-source facts, the people and organisations only one
// names, and the direct quotations only one carries.
func singleSource(facts []Fact, srcs []Source) []Detail {
	var out []Detail
	for _, f := range facts {
		if f.Status != SingleSource || f.Note != "" {
			continue
		}
		for _, v := range f.Values {
			if v.Sources == 1 && len(v.Evidence) > 0 {
				out = append(out, Detail{Article: v.Articles[0], Kind: "fact", About: f.Slot, Evidence: v.Evidence[0]})
			}
		}
	}
	texts := newTextIndex(srcs)
	out = append(out, loneNames(srcs, texts)...)
	out = append(out, loneQuotes(srcs, texts)...)
	slices.SortStableFunc(out, func(a, b Detail) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Evidence.Span.Start, b.Evidence.Span.Start))
	})
	return out
}

// loneNames are the people only one independent source names, and the
// organisations (and other names but places) it names in its lead, where
// an article names who takes part, each at its first mention; further
// down, an organisation is most often background ("the Logan Act", "the
// Institute for the Study of War reports"). A name counts as named
// whatever its mention is tagged as: "Norrvik" a place in one article and
// not in another is still named by both; and a name another source
// prints, whole or inside a longer one, is named by it too, whoever the
// entity resolution took it for ("Joshua" and "Joshua Steven Morrison",
// "April Trent" and "April Trent-Vokes").
func loneNames(srcs []Source, texts textIndex) []Detail {
	origins := namers(srcs)
	first := map[string]Detail{} // entity id → its first mention
	byID := map[string]Source{}
	for _, s := range srcs {
		byID[s.ID] = s
		for _, m := range s.Doc.Mentions {
			if m.Type == analyze.Place || m.Entity < 0 || m.Type != analyze.Person && !inLead(s, m.Start) || !aName(s, m) {
				continue
			}
			id, name, ok := s.Entity(m.Entity)
			if _, seen := first[id]; ok && !seen {
				first[id] = Detail{Article: s.ID, Kind: "name", About: name, Entity: id, Evidence: mentionEvidence(s, m.Span)}
			}
		}
	}
	var out []Detail
	for id, d := range first {
		if len(origins[id]) == 1 && !texts.namedElsewhere(byID[d.Article], d) {
			out = append(out, d)
		}
	}
	return out
}

// namedElsewhere reports whether a source of another origin than s, the
// source of a name's detail, prints the name the entity is called by (not
// the mention as written: a surname alone, "George", may be another
// person's given name).
func (x textIndex) namedElsewhere(s Source, d Detail) bool {
	return x.printedElsewhere(wordsOf(d.About), s.origin())
}

// namers maps each entity the sources name to the origins naming it.
func namers(srcs []Source) map[string]map[string]bool {
	origins := map[string]map[string]bool{}
	for _, s := range srcs {
		for _, m := range s.Doc.Mentions {
			if m.Entity < 0 {
				continue
			}
			if id, _, ok := s.Entity(m.Entity); ok {
				if origins[id] == nil {
					origins[id] = map[string]bool{}
				}
				origins[id][s.origin()] = true
			}
		}
	}
	return origins
}

// Story is what the sources of a whole story give, to tell whether what
// one event's source alone reports is given elsewhere in its story. It
// reads them on first use: most events have sources enough not to ask.
type Story struct {
	srcs   []Source
	byID   map[string]Source
	namers map[string]map[string]bool // entity id → origins naming it
	texts  textIndex
}

// NewStory holds the sources of a story.
func NewStory(srcs []Source) *Story { return &Story{srcs: srcs} }

func (st *Story) read() {
	if st.byID != nil {
		return
	}
	st.byID, st.namers, st.texts = map[string]Source{}, namers(st.srcs), newTextIndex(st.srcs)
	for _, s := range st.srcs {
		st.byID[s.ID] = s
	}
}

// Alone keeps of the single-source details of an event told by one
// source (srcs) those no source of another origin in the story gives: a
// name that an article of another event names, or a quotation it prints,
// is not that source's alone; else such an event would list every name it
// holds. An event of two or more sources keeps its details: there, one
// source naming someone among the event's sources is what is told.
func (st *Story) Alone(ds []Detail, srcs []Source) []Detail {
	if len(ds) == 0 || !oneOrigin(srcs) {
		return ds
	}
	st.read()
	var out []Detail
	for _, d := range ds {
		s, ok := st.byID[d.Article]
		switch {
		case !ok:
		case d.Kind == "name" && len(st.namers[d.Entity]) > 1:
			continue
		case d.Kind == "quote" && st.texts.printedElsewhere(wordsOf(d.Evidence.Span.Text(s.Doc.Text)), s.origin()):
			continue
		}
		out = append(out, d)
	}
	return out
}

// loneQuotes are the direct quotations of one source whose words no other
// independent source prints (punctuation and case aside: one closes the
// quotation with a comma, another with a full stop).
func loneQuotes(srcs []Source, texts textIndex) []Detail {
	var out []Detail
	for _, s := range srcs {
		for _, q := range s.Doc.Quotes {
			if !q.Direct || texts.printedElsewhere(wordsOf(q.Text(s.Doc.Text)), s.origin()) {
				continue
			}
			about := speakerName(s, q)
			out = append(out, Detail{Article: s.ID, Kind: "quote", About: about, Evidence: mentionEvidence(s, q.Span)})
		}
	}
	return out
}

// textIndex finds which sources print a run of words without reading
// them all: each source's words (wordsOf) and, for each word and each run
// of three words, the sources that hold it.
type textIndex struct {
	srcs    []Source
	words   []string
	triples map[string][]int // "a b c" → sources, each once, in order
	singles map[string][]int // "a" → sources, each once, in order
}

func newTextIndex(srcs []Source) textIndex {
	x := textIndex{srcs: srcs, words: make([]string, len(srcs)), triples: map[string][]int{}, singles: map[string][]int{}}
	for i, s := range srcs {
		x.words[i] = wordsOf(s.Doc.Text)
		f := strings.Fields(x.words[i])
		for k := range f {
			addOnce(x.singles, f[k], i)
			if k+3 <= len(f) {
				addOnce(x.triples, f[k]+" "+f[k+1]+" "+f[k+2], i)
			}
		}
	}
	return x
}

// addOnce files source i under key, once: sources come in order.
func addOnce(m map[string][]int, key string, i int) {
	if ps := m[key]; len(ps) == 0 || ps[len(ps)-1] != i {
		m[key] = append(ps, i)
	}
}

// printedElsewhere reports whether a source of another origin holds said
// (a wordsOf string) as a run of whole words. Only the sources holding
// its first word, or its first three, can, so only they are read.
func (x textIndex) printedElsewhere(said, origin string) bool {
	f := strings.Fields(said)
	if len(f) == 0 {
		return false
	}
	candidates := x.singles[f[0]]
	if len(f) >= 3 {
		candidates = x.triples[f[0]+" "+f[1]+" "+f[2]]
	}
	for _, j := range candidates {
		if x.srcs[j].origin() != origin && strings.Contains(x.words[j], said) {
			return true
		}
	}
	return false
}

// Words is text lowercased, its words separated by single spaces and
// everything else dropped: how quotations are compared, punctuation and
// case aside.
func Words(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// wordsOf is Words with a space at each end, so that a run of whole
// words is found by looking for its own wordsOf.
func wordsOf(text string) string {
	return " " + Words(text) + " "
}

func mentionEvidence(s Source, sp analyze.Span) Evidence {
	e := Evidence{Article: s.ID, Span: sp, Modality: "asserted"}
	if i, ok := s.Doc.SentenceIndex(sp.Start); ok {
		e.Sentence, e.Modality = s.Doc.Sentences[i].Span, s.Doc.Modality[i].Primary()
	}
	return e
}

// oneOrigin reports whether the sources are all of one origin.
func oneOrigin(srcs []Source) bool {
	for _, s := range srcs {
		if s.origin() != srcs[0].origin() {
			return false
		}
	}
	return true
}

// speakerName is who said quotation q: the name of the person its
// speaker is, else the speaker as written (a group: "Kremlin officials"),
// else "".
func speakerName(s Source, q analyze.Quote) string {
	if !q.Group && q.Mention >= 0 && q.Mention < len(s.Doc.Mentions) {
		if m := s.Doc.Mentions[q.Mention]; m.Entity >= 0 {
			if _, name, ok := s.Entity(m.Entity); ok {
				return name
			}
		}
	}
	if q.Speaker.Len() > 0 {
		return q.Speaker.Text(s.Doc.Text)
	}
	return ""
}

// aName reports whether a mention is a name a reader would take for a
// detail of the story: not read from a line in capitals (shouted), not
// in brackets (an outlet's credit, "(KDKA)", or the short form of a name
// just written in full), not a page's controls ("Caption Close Image",
// "Click"), not a fragment ("'s Office").
func aName(s Source, m analyze.Mention) bool {
	text := s.Doc.Text
	if shouted(s, m.Start) || strings.HasSuffix(strings.TrimRight(text[:m.Start], " "), "(") &&
		strings.HasPrefix(strings.TrimLeft(text[m.End:], " "), ")") {
		return false
	}
	words := strings.Fields(m.Text(text))
	if len(words) == 0 || !unicode.IsLetter([]rune(words[0])[0]) {
		return false
	}
	if len(words) == 1 && writtenSmall(s.Doc, words[0]) {
		return false
	}
	for _, w := range words {
		if !pageWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// writtenSmall reports whether the article writes word w in small
// letters too, in a sentence that opens with a capital: then a lone
// capitalised "Sheriff", "Court" or "Blood" is the word at the head of a
// sentence or a title, not a name. (A transcript written all in small
// letters, "investigators say hunter took off", tells nothing.)
func writtenSmall(d *analyze.Doc, w string) bool {
	small := strings.ToLower(w)
	if small == w {
		return false
	}
	for _, t := range d.Tokens {
		if t.Kind != analyze.Word || t.Text(d.Text) != small {
			continue
		}
		if i, ok := d.SentenceIndex(t.Start); ok && opensCapital(d.Sentences[i].Span.Text(d.Text)) {
			return true
		}
	}
	return false
}

// opensCapital reports whether the first letter of s is a capital.
func opensCapital(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// pageWords are the controls of a web page that a scraped text keeps
// and a tagger may take for a name.
var pageWords = map[string]bool{"caption": true, "close": true, "image": true, "images": true, "click": true,
	"photo": true, "photos": true, "video": true, "gallery": true, "share": true, "tweet": true, "email": true,
	"print": true, "comments": true, "advertisement": true, "slideshow": true, "expand": true, "enlarge": true}

// shouted reports whether the sentence at offset at is written in
// capitals ("TIROTEO EN PERRIS, CA", a transcript's "PTHERE HAS BEEN A
// LOT"): there any word looks like a name, so none is taken for one.
func shouted(s Source, at int) bool {
	i, ok := s.Doc.SentenceIndex(at)
	if !ok {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s.Doc.Sentences[i].Span.Text(s.Doc.Text) {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 4*lower
}

// inLead reports whether offset at is in one of the first sentences of
// source s.
func inLead(s Source, at int) bool {
	i, ok := s.Doc.SentenceIndex(at)
	return ok && i < leadSentences
}
