package analyze

import (
	"strings"
	"unicode"
)

// EntityType is the kind of thing a name refers to.
type EntityType uint8

// The entity types crosscheck tracks.
const (
	Person EntityType = iota + 1
	Organization
	Place
)

var entityTypeNames = [...]string{"", "person", "organization", "place"}

func (t EntityType) String() string { return entityTypeNames[t] }

// Mention is a name in the text that refers to an entity.
type Mention struct {
	Span
	Type   EntityType
	Entity int  // index into Doc.Entities; -1 before resolution
	Title  Span // a title just before the name ("Russian President"), zero if none
}

// TagFunc labels the words of one sentence with IOB2 tags (B-PER, I-ORG,
// B-LOC, B-MISC, O, …), one a word.
type TagFunc func(words []string) []string

// tagMentions runs the tagger over every sentence and returns the person,
// organisation and place names it finds, in text order.
func tagMentions(text string, toks []Token, sents []Sentence, tag TagFunc) []Mention {
	var out []Mention
	words := make([]string, 0, 64)
	for _, s := range sents {
		if !mayHaveName(text, toks[s.First:s.Last]) {
			continue
		}
		words = words[:0]
		for _, t := range toks[s.First:s.Last] {
			words = append(words, taggerWord(t.Text(text)))
		}
		labels := tag(words)
		out = appendMentions(out, toks[s.First:s.Last], labels)
	}
	return out
}

// mayHaveName reports whether a sentence has a word a name could start
// with: one with a capital letter other than a common sentence opener
// ("The", "But"). Sentences without one are not tagged: a name found in
// lower-case words alone would be dropped anyway (see refineMentions).
func mayHaveName(text string, toks []Token) bool {
	for k, t := range toks {
		w := t.Text(text)
		if !strings.ContainsFunc(w, unicode.IsUpper) {
			continue
		}
		if k > 0 || !opener(w) {
			return true
		}
	}
	return false
}

// taggerWord maps typographic quotes to the ASCII ones of the tagger's
// training text.
func taggerWord(w string) string {
	switch w {
	case "“", "”", "„", "«", "»":
		return `"`
	case "‘", "’":
		return "'"
	case "’s", "’S":
		return "'s"
	case "—", "–":
		return "-"
	}
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// appendMentions decodes IOB labels into mentions; an I- tag without a B-
// starts a mention, MISC is dropped.
func appendMentions(out []Mention, toks []Token, labels []string) []Mention {
	cur := -1
	for i, l := range labels {
		if i >= len(toks) {
			break
		}
		typ := labelType(l)
		switch {
		case typ == 0:
			cur = -1
			if l != "O" && len(l) > 2 {
				cur = -2 // inside a MISC name
			}
		case l[0] == 'I' && cur >= 0 && out[cur].Type == typ:
			out[cur].End = toks[i].End
		default:
			out = append(out, Mention{Span: toks[i].Span, Type: typ, Entity: -1})
			cur = len(out) - 1
		}
	}
	return out
}

func labelType(l string) EntityType {
	if len(l) < 5 {
		return 0
	}
	switch l[2:] {
	case "PER":
		return Person
	case "ORG":
		return Organization
	case "LOC":
		return Place
	}
	return 0
}
