package analyze

// noun finds what a quantity counts or measures.
func (sc *qtyScanner) noun(r *reading, kind QuantityKind) Span {
	switch {
	case kind == Ordinal || r.hyphenUnit:
		return sc.headAfter(r.end) // "27-point plan", "the first overture"
	case r.unitSpan.Len() > 0 && kind != Percent:
		if h := sc.ofPhrase(r.end); h.Len() > 0 {
			return h // "five hours of talks"
		}
		if kind == Money {
			return sc.inPhrase(r.end)
		}
		return r.unitSpan // "lasted five hours"
	case kind == Money:
		if h := sc.headAfter(r.end); h.Len() > 0 {
			return h // "a $5m grant"
		}
		return sc.inPhrase(r.end) // "$145 billion in pledged U.S. aid"
	case kind == Percent:
		if h := sc.ofPhrase(r.end); h.Len() > 0 {
			return h // "12% of voters"
		}
		if a := string(sc.lower(r.start - 1)); a == "a" || a == "an" || determinersBeforeNoun[a] {
			return sc.headAfter(r.end) // "a 6% pay rise": the rise
		}
		return Span{}
	case kind == Count && r.unit.Kind == 0:
		h := sc.headAfter(r.end) // "four documents"
		if h.Len() == 0 {
			h = sc.ofPhrase(r.end) // "four of the documents", "hundreds of people"
		}
		if h.Len() > 0 && isUpper(firstRune(h.Text(sc.text))) && !sc.headline() {
			return Span{} // a name: "201 E. Washington", "the top 25 Data Firms"
		}
		return h
	}
	return Span{}
}

// ofPhrase returns the head of the noun phrase after "of" at token k.
func (sc *qtyScanner) ofPhrase(k int) Span {
	if string(sc.lower(k)) != "of" {
		return Span{}
	}
	return sc.headAfter(sc.skipDeterminer(k + 1))
}

// inPhrase returns the head after "in", "of" or "worth of" at token k:
// "$145 billion in aid", "$300 million worth of weapons".
func (sc *qtyScanner) inPhrase(k int) Span {
	var h Span
	switch string(sc.lower(k)) {
	case "in", "of":
		h = sc.headAfter(sc.skipDeterminer(k + 1))
	case "worth":
		h = sc.ofPhrase(k + 1)
	}
	if h.Len() == 0 || isUpper(firstRune(h.Text(sc.text))) {
		return Span{} // "$5 billion in Ukraine"
	}
	if u, ok := unitWords[string(sc.buf.lower(h.Text(sc.text)))]; ok && u.Kind == Duration || periodNouns[string(sc.buf.lower(h.Text(sc.text)))] {
		return Span{} // "$33 billion in the same year"
	}
	return h
}

// periodNouns name spans of time that are no amount's purpose.
var periodNouns = setOf("quarter", "quarters", "period", "time", "term", "season", "session", "fiscal")

func (sc *qtyScanner) skipDeterminer(k int) int {
	if determinersBeforeNoun[string(sc.lower(k))] {
		return k + 1
	}
	return k
}

// maxNounWords bounds the noun phrase read after a number.
const maxNounWords = 3

// headAfter returns the head of the noun phrase at token k: the last of up
// to three content words. The phrase ends at a function word or common
// verb, punctuation, an adverb in "-ly", a verb form after a noun ("-ed",
// "-ing"), a time word, after a plural followed by a word that is not
// plural ("four people remain" → "people"), and, when an article makes
// the phrase singular ("a two-year deal covers"), before a plural.
func (sc *qtyScanner) headAfter(k int) Span {
	singular := sc.singularBefore()
	head, n, prevPlural := -1, 0, false
	for ; k < sc.hi && n < maxNounWords; k++ {
		if sc.toks[k].Kind != Word {
			break
		}
		w := sc.lower(k)
		if w == nil {
			head, n, prevPlural = k, n+1, false // non-ASCII: a content word
			continue
		}
		if n == 0 && (string(w) == "such" || adverbLike(w)) {
			continue // "the first such meeting", "the first fully unified platform"
		}
		if nounStops[string(w)] || adverbLike(w) || n > 0 && sc.verbAt(k, w) || isTimeName(w) {
			break
		}
		plural := isPluralWord(w)
		if prevPlural && !plural || n > 0 && plural && (singular || !prevPlural && verbsAfterNoun[string(w)]) {
			break
		}
		head, n, prevPlural = k, n+1, plural
	}
	if head < 0 {
		return Span{}
	}
	return sc.toks[head].Span
}

// singularBefore reports "a" or "an" before the quantity being read.
func (sc *qtyScanner) singularBefore() bool {
	w := string(sc.lower(sc.cur - 1))
	return sc.cur-1 >= sc.lo && (w == "a" || w == "an")
}

// verbAt reports a word at token k that ends like a verb form after a
// noun: "-ed" ("four documents delivered") or an irregular participle
// ("a 6% rise spread over two years"), or "-ing" unless a noun follows
// ("a plan outlining …", but "annual recurring revenue") or it is a
// common noun ("meeting", "funding").
func (sc *qtyScanner) verbAt(k int, w []byte) bool {
	n := len(w)
	if n > 4 && w[n-2] == 'e' && w[n-1] == 'd' || irregularParticiples[string(w)] {
		return true
	}
	if n <= 5 || string(w[n-3:]) != "ing" || ingNouns[string(w)] {
		return false
	}
	if k+1 >= sc.hi || sc.toks[k+1].Kind != Word {
		return true
	}
	s := sc.toks[k+1].Text(sc.text)
	var b lowerBuf
	return nounStops[string(b.lower(s))] || isUpper(firstRune(s)) && !isUpper(firstRune(sc.toks[k].Text(sc.text)))
}

// adverbLike reports an adverb in "-ly" ("respectively", "fully").
func adverbLike(w []byte) bool {
	n := len(w)
	return n >= 5 && w[n-2] == 'l' && w[n-1] == 'y' && !lyNouns[string(w)]
}

var ingNouns = setOf("meeting", "meetings", "hearing", "briefing", "funding", "spending", "training",
	"building", "bombing", "shooting", "offering", "ruling", "gathering", "sitting", "signing",
	"offensive", "fighting", "shelling", "warning", "opening", "morning", "evening", "ceiling",
	"landing", "boarding", "listing", "rating", "ranking", "polling", "housing", "lending", "financing",
	"bidding", "clothing", "setting", "timing", "being", "killing", "killings", "uprising", "crossing",
	"crossings", "standing", "session", "holding", "holdings", "earnings", "savings", "proceeding",
	"proceedings", "recording", "recordings", "screening", "drawing", "painting", "wedding")

var lyNouns = setOf("early", "supply", "assembly", "family", "anomaly", "monopoly", "rally", "butterfly", "reply",
	"quarterly", "weekly", "monthly", "daily", "italy", "july", "belly", "bully", "ally")
