package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/analyze"
)

var (
	// formerWords say someone no longer holds the office named.
	formerWords = set("former", "erstwhile", "ex", "ex-president", "onetime", "one-time", "then", "then-president", "outgoing")
	// sittingWords say someone holds it now.
	sittingWords = set("sitting", "incumbent", "current", "serving")
	// offices are titles a person holds for a time.
	offices = set("president", "prime", "chancellor", "minister", "senator", "governor", "mayor", "secretary",
		"premier", "king", "queen", "chairman", "chairwoman", "ceo", "director", "ambassador", "envoy", "speaker",
		"leader", "commissioner", "chief")
	// officialRoles are posts held for a government or an organisation.
	officialRoles = set("envoy", "ambassador", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
		"official", "representative", "diplomat", "negotiator", "emissary")
	// unofficialWords deny it.
	unofficialWords = set("unofficial", "informal", "private", "self-styled", "self-appointed", "freelance")
)

// attributes makes status claims ("former", or "in office" when the text
// says sitting, incumbent or current) from the titles and descriptions
// of people, and role claims ("official" or
// "unofficial") from those that name a post.
func (x *extractor) attributes() []Claim {
	var out []Claim
	for i, m := range x.d.Mentions {
		if m.Type != analyze.Person || m.Entity < 0 {
			continue
		}
		speaking := x.speaking(i)
		if m.Title.Len() > 0 {
			span := x.withModifiers(m.Title)
			out = append(out, x.describe(m.Entity, span, speaking)...)
		}
		for _, d := range x.d.Descriptors {
			if d.Mention == i && d.Span != m.Title {
				out = append(out, x.describe(m.Entity, d.Span, speaking)...)
			}
		}
	}
	return out
}

// contrasted makes role claims from a contrast that denies a post to the
// people it goes on to name: "the guests were not official diplomats,
// but real estate mogul Steve Witkoff and Jared Kushner" — each person
// named after "but" is unofficial. The "not" is the claim's content, so
// only the words before it make its modality.
func (x *extractor) contrasted() []Claim {
	var out []Claim
	for si, s := range x.d.Sentences {
		not, post, but := -1, -1, -1
		for k := s.First; k < s.Last && but < 0; k++ {
			if not < 0 && x.lower[k] == "not" {
				if p := x.postAfter(k, s.Last); p > 0 {
					not, post = k, p
				}
			} else if not >= 0 && x.lower[k] == "but" {
				but = k
			}
		}
		if but < 0 {
			continue
		}
		span := analyze.Span{Start: x.d.Tokens[not].Start, End: x.d.Tokens[post].End}
		for _, m := range x.d.Mentions {
			if m.Type == analyze.Person && m.Entity >= 0 && m.Start >= x.d.Tokens[but].End && m.End <= s.End {
				c := x.claim("", "role", "unofficial", span)
				c.Entity, c.Modality = m.Entity, x.d.ClaimModality(si, not)
				out = append(out, c)
			}
		}
	}
	return out
}

// postAfter returns the token of a post named within three words after
// the "not" at token k ("not official diplomats", "not an envoy"), or -1.
func (x *extractor) postAfter(k, end int) int {
	if k+1 < end && notOnly[x.lower[k+1]] {
		return -1 // "not only envoys but also…" adds, it does not deny
	}
	for j := k + 1; j < min(end, k+4); j++ {
		if officialRoles[Singular(x.lower[j])] && x.lower[j] != "official" {
			return j
		}
	}
	return -1
}

var notOnly = set("only", "just", "merely", "simply")

// withModifiers widens a title to the words before it that qualify it
// ("former", "erstwhile"), which the title itself leaves out.
func (x *extractor) withModifiers(title analyze.Span) analyze.Span {
	k := x.tokenAt(title.Start)
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !formerWords[x.lower[j]] && !sittingWords[x.lower[j]] && !unofficialWords[x.lower[j]] {
			break
		}
		title.Start = x.d.Tokens[j].Start
	}
	return title
}

// speaking reports whether mention i is the speaker of a quotation, or
// the subject of a verb of saying right after it ("Union president Marta
// Okonkwo-Lind said members had voted"), in a sentence that does not
// tell of the past.
func (x *extractor) speaking(i int) bool {
	for _, q := range x.d.Quotes {
		if q.Mention == i {
			s, ok := x.sentenceAt(q.Speaker.Start)
			return ok && !x.background[s]
		}
	}
	m := x.d.Mentions[i]
	k := x.tokenAt(m.End - 1)
	if k < 0 || k+1 >= len(x.lower) || !sayVerbs[x.lower[k+1]] {
		return false
	}
	s, ok := x.sentenceAt(m.Start)
	return ok && !x.background[s]
}

// sayVerbs say that their subject speaks.
var sayVerbs = set("said", "says", "told", "tells", "added", "adds")

// describe makes the status and role claims a description of entity e
// supports; speaking: e speaks in the sentence, so a bare title is the
// office held as they speak.
func (x *extractor) describe(e int, span analyze.Span, speaking bool) []Claim {
	words := strings.FieldsFunc(strings.ToLower(span.Text(x.d.Text)), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\u00a0'
	})
	var former, sitting, official, unofficial bool
	office := ""
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		former = former || formerWords[w] || strings.HasPrefix(w, "ex-")
		sitting = sitting || sittingWords[w]
		if offices[w] {
			office = w
		}
		official = official || officialRoles[w]
		unofficial = unofficial || unofficialWords[w] || w == "not"
	}
	var out []Claim
	add := func(slot, value string) {
		c := x.claim("", slot, value, span)
		c.Entity = e
		if slot == "status" {
			c.Office = office
		}
		out = append(out, c)
	}
	switch {
	case office == "":
	case former:
		add("status", "former")
	case sitting:
		add("status", "in office") // "the sitting president"
	case speaking:
		// "Union president Marta Okonkwo-Lind said": a bare title of
		// someone speaking is the office they hold as they speak; of
		// anyone else it may be history ("the war President Bush began").
		add("status", "in office")
	}
	switch {
	case unofficial && official:
		add("role", "unofficial")
	case official:
		add("role", "official")
	}
	return out
}
