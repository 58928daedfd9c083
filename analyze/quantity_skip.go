package analyze

// notQuantity reports whether the digits at token j belong to something
// other than a quantity: a year, a date, a clock time, a rank ("No. 1"),
// a fraction or date with slashes, a model year ("a 2005 Chevrolet"), or
// a name ("Boeing 737", "Route 66").
func (sc *qtyScanner) notQuantity(j int, num number) bool {
	switch {
	case num.Plain && yearAt(sc.text, sc.toks, j, sc.lo, sc.hi):
		return true
	case sc.clockAt(j, num):
		return true
	case num.Value >= 1 && num.Value <= 31 && sc.dayOfMonth(j, num):
		return true
	case sc.slashed(j):
		return true
	}
	switch string(sc.lower(j - 1)) {
	case "no.", "nos.", "#", "number", "no":
		return j-1 >= sc.lo
	}
	if sc.yearsOldShort(j) {
		return true // "a 4 y/o boy", "8 yo girl": an age
	}
	if num.Plain && sc.houseNumber(j) {
		return true // "1608 Bay St.": an address
	}
	if j+1 < sc.hi && sc.word(j+1) == "News" {
		return true // a station's name: "CBS 5 News", "Local 10 News"
	}
	if sc.galleryNumber(j) {
		return true // "Image 18 of 111": a picture's place in a gallery
	}
	if j+1 < sc.hi && calibreWords[string(sc.lower(j+1))] || num.Hyphen && calibreWords[string(sc.buf.lower(num.Suffix))] {
		return true // "a 45 caliber handgun", "a 12-gauge shotgun"
	}
	if num.Plain && j+1 < sc.hi && compassPoints[sc.toks[j+1].Text(sc.text)] {
		return true // a street address: "114 W. Adams St."
	}
	if num.Plain && sc.emergencyNumber(j) {
		return true // a telephone number: "a 911 call", "dialled 999"
	}
	if num.Plain && j+1 < sc.hi && vehicleMakes[string(sc.lower(j+1))] {
		return true // a model year: "a 2005 Chevrolet Impala"
	}
	return num.Suffix == "" && !num.Ordinal && sc.inName(j)
}

// emergencyNumber reports whether the digits at token j are an emergency
// telephone number, told by a word of calling before or after them:
// "called 911", "a 911 call", "the 999 operator", "dial 112", "calls to
// 911".
func (sc *qtyScanner) emergencyNumber(j int) bool {
	if !emergencyNumbers[sc.toks[j].Text(sc.text)] {
		return false
	}
	before := string(sc.lower(j - 1))
	if (before == "to" || before == "into") && j-2 >= sc.lo {
		before = string(sc.lower(j - 2)) // "calls to 911", "phoned into 911"
	}
	return j-1 >= sc.lo && (callVerbs[before] || callNouns[before]) || j+1 < sc.hi && callNouns[string(sc.lower(j+1))]
}

var (
	emergencyNumbers = setOf("911", "999", "112", "000", "111")
	callVerbs        = setOf("call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling",
		"phone", "phoned", "phoning", "ring", "rang", "texted")
	callNouns = setOf("call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch", "operator", "operators",
		"center", "centre", "centers", "centres", "line", "lines", "system", "service", "services", "tape", "tapes",
		"recording", "recordings", "record", "records", "report", "reports", "reporting", "audio", "emergency", "hang", "hang-up",
		"hangup", "call-taker", "call-takers")
)

// yearsOldShort reports whether "y/o" or "yo" follows the number at token
// j ("a 4 y/o boy", "8 yo girl killed").
func (sc *qtyScanner) yearsOldShort(j int) bool {
	if j+1 < sc.hi && string(sc.lower(j+1)) == "yo" {
		return true
	}
	return j+3 < sc.hi && string(sc.lower(j+1)) == "y" && sc.word(j+2) == "/" && string(sc.lower(j+3)) == "o"
}

// houseNumber reports whether the digits at token j begin an address:
// one to three capitalised words after them, the last a street's suffix
// ("1608 Bay St.", "66 Cottage Street", "12 Old Mill Road").
func (sc *qtyScanner) houseNumber(j int) bool {
	for k := j + 1; k < sc.hi && k <= j+4; k++ {
		t := sc.toks[k]
		if t.Kind != Word || !isUpper(firstRune(t.Text(sc.text))) {
			return false
		}
		if _, ok := StreetSuffix(t.Text(sc.text)); ok && k > j+1 {
			return true
		}
	}
	return false
}

// galleryNumber reports whether the digits at token j number a picture
// of a gallery: "Image 18 of 111", "Photo 3", the 111 of "Slide 2 of 111".
func (sc *qtyScanner) galleryNumber(j int) bool {
	if j-1 >= sc.lo && galleryWords[string(sc.lower(j-1))] {
		return true
	}
	k := j - 1
	if sc.word(k) == "/" {
		k-- // "Image 1 of / 13", a caption's slip
	}
	return k-2 >= sc.lo && string(sc.lower(k)) == "of" && sc.toks[k-1].Kind == Number && galleryWords[string(sc.lower(k-2))]
}

var (
	galleryWords = setOf("image", "photo", "picture", "slide", "pic")
	calibreWords = setOf("caliber", "calibre", "gauge", "cal", "cal.")
)

var compassPoints = setOf("N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW", "N.E.", "N.W.", "S.E.", "S.W.")

// clockAt: "10:30", "10 a.m.", "9 pm", "10am", "14:00 GMT", "5 o'clock".
func (sc *qtyScanner) clockAt(j int, num number) bool {
	if lw := string(sc.buf.lower(num.Suffix)); !num.Hyphen && (lw == "am" || lw == "pm" || lw == "h") {
		return true
	}
	if j+2 < sc.hi && sc.word(j+1) == ":" && sc.toks[j+2].Kind == Number && sc.adjacent(j) {
		return true
	}
	if j-2 >= sc.lo && sc.word(j-1) == ":" && sc.toks[j-2].Kind == Number {
		return true // the minutes of "10:30"
	}
	if num.Value <= 12 && sc.spacedMeridiem(j+1) {
		return true // "3 p. m.", "5 p.m to 8"
	}
	return num.Value <= 24 && clockWordAt(sc.text, sc.toks, j+1, sc.hi)
}

// spacedMeridiem reports whether "a" or "p", a point and "m" begin at
// token k: a meridiem the tokenizer split ("p. m.", "p.m" before a comma).
func (sc *qtyScanner) spacedMeridiem(k int) bool {
	w := string(sc.lower(k))
	return k+2 < sc.hi && (w == "a" || w == "p") && sc.word(k+1) == "." && string(sc.lower(k+2)) == "m"
}

// dayOfMonth: "March 5", "Jan. 5th", "5 March", "the 5th of March".
func (sc *qtyScanner) dayOfMonth(j int, num number) bool {
	if num.Value != float64(int(num.Value)) || num.Suffix != "" && !num.Hyphen {
		return false
	}
	if j > sc.lo {
		if _, ok := monthAt(sc.text, sc.toks, j-1); ok {
			return true
		}
	}
	if _, ok := monthAt(sc.text, sc.toks, j+1); ok && j+1 < sc.hi {
		return true
	}
	if num.Ordinal && string(sc.lower(j+1)) == "of" && j+2 < sc.hi {
		_, ok := monthAt(sc.text, sc.toks, j+2)
		return ok
	}
	return false
}

// slashed: "5/3/2024", "9/11", "24/7", "1/2".
func (sc *qtyScanner) slashed(j int) bool {
	if j+2 < sc.hi && sc.word(j+1) == "/" && sc.toks[j+2].Kind == Number {
		return true
	}
	return j-2 >= sc.lo && sc.word(j-1) == "/" && sc.toks[j-2].Kind == Number
}

// inName reports digits after a capitalised word inside a sentence that
// is not in headline case: "Boeing 737", "Route 66", "Article 5",
// "Polygon 2.0".
func (sc *qtyScanner) inName(j int) bool {
	k := j - 1
	if k < sc.lo || sc.toks[k].Kind != Word || !isUpper(firstRune(sc.toks[k].Text(sc.text))) {
		return false
	}
	w := string(sc.lower(k))
	if hedgeLast[w] != nil || sc.openingWord(k) && (nounStops[w] || openers[w]) {
		return false // "About 30", "The 27 points", "Only 12"
	}
	return !sc.headline()
}

// openers are capitalised words that may open a sentence before a number.
var openers = setOf("only", "another", "some", "all", "nearly", "almost", "exactly", "precisely",
	"roughly", "barely", "around", "over", "perhaps", "possibly", "maybe", "further", "additional",
	"another", "those", "these", "at", "with", "for", "of", "to", "and", "but", "so", "yet", "then", "by",
	"about", "just", "up", "fewer", "less", "more", "nearly", "among", "of", "every", "each", "any")

// openingWord reports whether only punctuation comes before token k in
// the sentence ("“The 27 points …").
func (sc *qtyScanner) openingWord(k int) bool {
	for i := sc.lo; i < k; i++ {
		if sc.toks[i].Kind == Word || sc.toks[i].Kind == Number {
			return false
		}
	}
	return true
}

// headline reports whether the sentence is in headline case: most of its
// longer words capitalised.
func (sc *qtyScanner) headline() bool {
	if sc.title == 0 {
		sc.title = 2
		if titleCase(sc.text, sc.toks, sc.lo, sc.hi) {
			sc.title = 1
		}
	}
	return sc.title == 1
}

// titleCase reports whether most words of four letters or more in tokens
// [lo, hi) start with a capital.
func titleCase(text string, toks []Token, lo, hi int) bool {
	upper, words := 0, 0
	for _, t := range toks[lo:hi] {
		if t.Kind != Word || t.Len() < 4 {
			continue
		}
		words++
		if isUpper(firstRune(t.Text(text))) {
			upper++
		}
	}
	return words >= 2 && upper*4 >= words*3
}
