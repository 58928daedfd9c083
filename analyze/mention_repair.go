package analyze

import "strings"

// orgHeads end the names of organisations: "Russian Direct Investment
// Fund", "Institute for the Study of War".
var orgHeads = setOf(
	"fund", "institute", "institution", "center", "centre", "council", "committee", "commission",
	"ministry", "department", "office", "agency", "bureau", "foundation", "association", "union",
	"league", "society", "academy", "university", "college", "school", "bank", "authority", "board",
	"corporation", "company", "group", "organization", "organisation", "party", "federation", "forum",
	"service", "services", "court", "tribunal", "assembly", "parliament", "congress", "senate", "house",
	"command", "army", "force", "forces", "police", "guard", "network", "trust", "alliance", "coalition",
	"front", "movement", "program", "programme", "project", "initiative", "observatory", "laboratory",
)

// orgLinks may join an organisation's head to the rest of its name.
var orgLinks = setOf("for", "of", "on")

// repairLabels fixes the tagger's labels where news names are longer than
// the names it was trained on, in place:
//
//   - a nationality tagged apart before an organisation joins it
//     ("Russian" + "Direct Investment Fund");
//   - an organisation's head and a name after "for (the)" or "of (the)"
//     are one name ("Institute" + "for the" + "Study of War", "Bank" +
//     "of" + "England");
//   - titles at the end of an organisation belong to the person after it
//     ("Senate Intelligence Committee Chairman Sen." + "Mark Warner");
//   - an organisation or a place made of roles only ("CEO", "Chief
//     Executive") is no name (a person's is kept: King, Bishop and Major
//     are surnames too);
//   - a person's name ending in a treaty's or a law's head ("Abraham
//     Accords") names a document, not a person. (A treaty tagged as an
//     organisation stays one: as a name it still tells events apart.)
//   - a pronoun run into a verb ("I'm", "We've", "You're") starts no
//     name: a quotation's first word is capitalised, not named.
func repairLabels(words, labels []string) {
	for i := 0; i < len(labels); i++ {
		if !strings.HasPrefix(labels[i], "B-") {
			continue
		}
		end := spanEnd(labels, i)
		if pronounContractions[strings.ToLower(strings.ReplaceAll(words[i], "’", "'"))] {
			relabel(labels[i:end], "")
			continue
		}
		if labels[i] != "B-PER" && onlyRoles(words[i:end]) {
			relabel(labels[i:end], "")
			continue
		}
		if labels[i] == "B-PER" && documentHeads[strings.ToLower(words[end-1])] {
			relabel(labels[i:end], "MISC")
			continue
		}
		if labels[i] != "B-ORG" {
			continue
		}
		if i > 0 && labels[i-1] == "B-MISC" && hasOrgHead(words[i:end]) {
			labels[i-1], labels[i] = "B-ORG", "I-ORG"
		}
		end = joinOrgTail(words, labels, end)
		trimTitles(words, labels, i, end)
	}
}

// spanEnd returns the index after the name that starts at i.
func spanEnd(labels []string, i int) int {
	j := i + 1
	for j < len(labels) && strings.HasPrefix(labels[j], "I-") && labels[j][2:] == labels[i][2:] {
		j++
	}
	return j
}

// pronounContractions are a pronoun and a verb in one word.
var pronounContractions = setOf(
	"i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "you're", "you've", "you'll", "you'd",
	"they're", "they've", "they'll", "they'd", "he's", "he'll", "he'd", "she's", "she'll", "she'd",
	"it's", "it'll", "that's", "there's", "here's", "let's", "what's", "who's",
)

// documentHeads end the names of treaties, laws and plans.
var documentHeads = setOf(
	"act", "acts", "accord", "accords", "treaty", "pact", "protocol", "agreement", "doctrine",
	"amendment", "declaration", "charter", "convention", "constitution",
)

// relabel labels a name's words as one name of type typ, or O if typ is "".
func relabel(labels []string, typ string) {
	for k := range labels {
		switch {
		case typ == "":
			labels[k] = "O"
		case k == 0:
			labels[k] = "B-" + typ
		default:
			labels[k] = "I-" + typ
		}
	}
}

func onlyRoles(words []string) bool {
	for _, w := range words {
		if !roleNouns[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func hasOrgHead(words []string) bool {
	for _, w := range words {
		if orgHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// joinOrgTail extends an organisation ending at end with a linked name
// after it and returns the new end.
func joinOrgTail(words, labels []string, end int) int {
	if end >= len(words) || !orgHeads[strings.ToLower(words[end-1])] || !orgLinks[words[end]] {
		return end
	}
	j := end + 1
	if j < len(words) && words[j] == "the" {
		j++
	}
	if j >= len(words) || !strings.HasPrefix(labels[j], "B-") {
		return end
	}
	tail := spanEnd(labels, j)
	for k := end; k < tail; k++ {
		labels[k] = "I-ORG"
	}
	return tail
}

// trimTitles labels O the role words at the end of an organisation that a
// person's name follows.
func trimTitles(words, labels []string, start, end int) {
	if end >= len(labels) || labels[end] != "B-PER" {
		return
	}
	for k := end - 1; k > start && roleNouns[strings.ToLower(words[k])]; k-- {
		labels[k] = "O"
	}
}
