package claims

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/analyze"
)

// DatelineSlot is the slot of the place a dateline gives ("PHOENIX —",
// "KANSAS CITY, Mo. (AP) —"): where the story was filed. That is most
// often where its event happened, but a wire story filed in a capital may
// tell of a strike far away, so reconciliation takes it only as backing
// a place another claim of the event states.
const DatelineSlot = "dateline"

// datelineLines is how many of an article's first lines may open with
// its dateline: a video prompt or a headline may come first.
const datelineLines = 3

// datelineWords is the most words a dateline's place has ("FAR
// ROCKAWAY", "SOUTH SAN FRANCISCO").
const datelineWords = 3

// dateline makes a claim of the place an article's dateline gives: at the
// start of one of its first lines, one to three words in capitals, maybe
// a region after a comma (", Fla.", ", Queens") and an outlet in
// brackets ("(AP)"), then a dash.
func (x *extractor) dateline() []Claim {
	line := 0
	for k := range x.d.Tokens {
		if k > 0 && !strings.Contains(x.d.Text[x.d.Tokens[k-1].End:x.d.Tokens[k].Start], "\n") {
			continue
		}
		if line++; line > datelineLines {
			break
		}
		if end, ok := x.datelineAt(k); ok {
			span := analyze.Span{Start: x.d.Tokens[k].Start, End: x.d.Tokens[end-1].End}
			c := x.claim("", DatelineSlot, span.Text(x.d.Text), span)
			c.Modality, c.Attribution, c.Background = 0, "", false
			return []Claim{c}
		}
	}
	return nil
}

// datelineAt reports whether a dateline starts at token k, and where its
// place ends.
func (x *extractor) datelineAt(k int) (end int, ok bool) {
	words := 0
	for end = k; end < len(x.d.Tokens) && x.capsWord(end); end++ {
		if words++; words > datelineWords {
			return 0, false
		}
		if end+2 < len(x.d.Tokens) && x.lower[end+1] == "." && x.capsWord(end+2) {
			end++ // "ST. LOUIS"
		}
	}
	if words == 0 || notPlaces[x.lower[k]] {
		return 0, false
	}
	j := end
	if j < len(x.lower) && x.lower[j] == "," {
		j = x.skipRegion(j + 1)
	}
	if j < len(x.lower) && x.lower[j] == "(" {
		j = x.skipBrackets(j)
	}
	return end, j < len(x.lower) && dashes[x.lower[j]]
}

// capsWord reports whether token k is a word of two letters or more, all
// in capitals.
func (x *extractor) capsWord(k int) bool {
	t := x.d.Tokens[k]
	w := t.Text(x.d.Text)
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return t.Kind == analyze.Word && letters >= 2
}

// skipRegion skips the region after a dateline's place: up to three
// capitalised tokens ("Fla.", "N.Y.", "Queens", "New Mexico"), and the
// day a wire dates its story by ("MOSCOW, Dec 2 (Reuters) -").
func (x *extractor) skipRegion(k int) int {
	j := k
	for ; j < min(len(x.d.Tokens), k+3); j++ {
		w := x.d.Tokens[j].Text(x.d.Text)
		if x.d.Tokens[j].Kind != analyze.Word || !unicode.IsUpper([]rune(w)[0]) {
			break
		}
	}
	if j > k && j < len(x.d.Tokens) && x.d.Tokens[j].Kind == analyze.Number && analyze.IsMonthName(strings.TrimSuffix(x.lower[j-1], ".")) {
		j++ // "Dec 2", "March 8"
	}
	return j
}

// skipBrackets skips an outlet in brackets, "(AP)", of up to four tokens.
func (x *extractor) skipBrackets(k int) int {
	for j := k + 1; j < min(len(x.lower), k+6); j++ {
		if x.lower[j] == ")" {
			return j + 1
		}
	}
	return k
}

// dashes end a dateline.
var dashes = set("—", "–", "-", "--", "―")

// notPlaces, in capitals before a dash, are a label, not a dateline
// ("UPDATE —", "WATCH -").
var notPlaces = set("update", "updated", "breaking", "watch", "video", "photos", "photo", "exclusive", "editor", "note",
	"correction", "live", "developing", "listen", "opinion", "analysis", "advertisement")
