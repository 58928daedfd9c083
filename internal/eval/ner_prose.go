package eval

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/analyze"
)

// NERTaggers are the entity taggers `crosscheck eval ner` can score.
var NERTaggers = map[string]func() (analyze.TagFunc, error){
	"ours":  oursNER,
	"prose": func() (analyze.TagFunc, error) { return proseTag, nil },
}

func oursNER() (analyze.TagFunc, error) {
	t, err := analyze.LoadTagger()
	if err != nil {
		return nil, err
	}
	return t.Tag, nil
}

// proseTypes maps prose's entity labels to CoNLL types; it has no MISC.
var proseTypes = map[string]string{"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}

// proseTag runs jdkato/prose v2 on the words joined by spaces and maps its
// entities back to the words: prose re-tokenises the text, each of its
// tokens is found in the text from where the last one ended, an entity is
// the run of prose tokens its text spells, and a word belongs to an
// entity when the word starts inside the entity's characters.
func proseTag(words []string) []string {
	out := make([]string, len(words))
	for i := range out {
		out[i] = "O"
	}
	text := strings.Join(words, " ")
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		return out
	}
	toks := doc.Tokens()
	offs := tokenOffsets(text, toks)
	starts := wordStarts(words)
	next := 0
	for _, e := range doc.Entities() {
		typ, ok := proseTypes[e.Label]
		s, n := findRun(toks, next, strings.Split(e.Text, " "))
		if s < 0 {
			continue
		}
		next = s + n
		if !ok || offs[s] < 0 || offs[s+n-1] < 0 {
			continue
		}
		markSpan(out, starts, offs[s], offs[s+n-1]+len(toks[s+n-1].Text), typ)
	}
	return out
}

// tokenOffsets finds each token's byte offset in text, -1 when its text is
// not there.
func tokenOffsets(text string, toks []prose.Token) []int {
	offs := make([]int, len(toks))
	cur := 0
	for i, t := range toks {
		j := strings.Index(text[cur:], t.Text)
		if t.Text == "" || j < 0 {
			offs[i] = -1
			continue
		}
		offs[i] = cur + j
		cur += j + len(t.Text)
	}
	return offs
}

func wordStarts(words []string) []int {
	out := make([]int, len(words))
	n := 0
	for i, w := range words {
		out[i] = n
		n += len(w) + 1
	}
	return out
}

// findRun returns where, from token from on, the tokens spell parts.
func findRun(toks []prose.Token, from int, parts []string) (start, n int) {
	for s := from; s+len(parts) <= len(toks); s++ {
		ok := true
		for j, p := range parts {
			if toks[s+j].Text != p {
				ok = false
				break
			}
		}
		if ok {
			return s, len(parts)
		}
	}
	return -1, 0
}

// markSpan labels the words starting in [start, end) as one entity.
func markSpan(out []string, starts []int, start, end int, typ string) {
	first := true
	for i, s := range starts {
		if s < start || s >= end {
			continue
		}
		if first {
			out[i] = "B-" + typ
			first = false
		} else {
			out[i] = "I-" + typ
		}
	}
}
