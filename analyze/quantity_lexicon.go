package analyze

// unitInfo is a unit word: what kind of quantity it makes, its normalised
// name, and for durations the ISO 8601 designator and a factor ("decade"
// is 10 years, "fortnight" 2 weeks).
type unitInfo struct {
	Kind   QuantityKind
	Name   string
	ISO    byte    // 'S', 'M', 'H' (time part: seconds, minutes, hours), 'D', 'W', 'N' (months), 'Y'; 0 if none
	Factor float64 // multiplies the value into Name units; 0 means 1
}

// unitWords are the unit and currency words a number can take, lowercase.
var unitWords = func() map[string]unitInfo {
	m := map[string]unitInfo{}
	add := func(u unitInfo, words ...string) {
		for _, w := range words {
			m[w] = u
		}
	}
	add(unitInfo{Duration, "second", 'S', 0}, "second", "seconds", "sec", "secs")
	add(unitInfo{Duration, "minute", 'M', 0}, "minute", "minutes", "min", "mins")
	add(unitInfo{Duration, "hour", 'H', 0}, "hour", "hours", "hr", "hrs")
	add(unitInfo{Duration, "day", 'D', 0}, "day", "days")
	add(unitInfo{Duration, "week", 'W', 0}, "week", "weeks")
	add(unitInfo{Duration, "week", 'W', 2}, "fortnight", "fortnights")
	add(unitInfo{Duration, "month", 'N', 0}, "month", "months")
	add(unitInfo{Duration, "year", 'Y', 0}, "year", "years", "yr", "yrs")
	add(unitInfo{Duration, "year", 'Y', 10}, "decade", "decades")
	add(unitInfo{Duration, "year", 'Y', 100}, "century", "centuries")

	add(unitInfo{Percent, "percent", 0, 0}, "percent", "pct", "per-cent")
	add(unitInfo{Count, "point", 0, 0}, "point", "points")

	add(unitInfo{Money, "USD", 0, 0}, "dollar", "dollars", "usd")
	add(unitInfo{Money, "EUR", 0, 0}, "euro", "euros", "eur")
	add(unitInfo{Money, "GBP", 0, 0}, "pound", "pounds", "sterling", "gbp")
	add(unitInfo{Money, "JPY", 0, 0}, "yen", "jpy")
	add(unitInfo{Money, "CNY", 0, 0}, "yuan", "renminbi", "cny", "rmb")
	add(unitInfo{Money, "RUB", 0, 0}, "rouble", "roubles", "ruble", "rubles", "rub")
	add(unitInfo{Money, "UAH", 0, 0}, "hryvnia", "hryvnias", "hryvnias", "uah")
	add(unitInfo{Money, "INR", 0, 0}, "rupee", "rupees", "inr")
	add(unitInfo{Money, "CHF", 0, 0}, "franc", "francs", "chf")
	add(unitInfo{Money, "ILS", 0, 0}, "shekel", "shekels", "ils")
	add(unitInfo{Money, "TRY", 0, 0}, "lira", "liras")
	add(unitInfo{Money, "CAD", 0, 0}, "cad")
	add(unitInfo{Money, "AUD", 0, 0}, "aud")

	add(unitInfo{Measure, "km", 0, 0}, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
	add(unitInfo{Measure, "m", 0, 0}, "metre", "metres", "meter", "meters")
	add(unitInfo{Measure, "cm", 0, 0}, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
	add(unitInfo{Measure, "mm", 0, 0}, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
	add(unitInfo{Measure, "mile", 0, 0}, "mile", "miles", "mi")
	add(unitInfo{Measure, "ft", 0, 0}, "foot", "feet", "ft")
	add(unitInfo{Measure, "inch", 0, 0}, "inch", "inches")
	add(unitInfo{Measure, "kg", 0, 0}, "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos")
	add(unitInfo{Measure, "g", 0, 0}, "gram", "grams")
	add(unitInfo{Measure, "t", 0, 0}, "tonne", "tonnes", "ton", "tons")
	add(unitInfo{Measure, "lb", 0, 0}, "lb", "lbs")
	add(unitInfo{Measure, "oz", 0, 0}, "ounce", "ounces", "oz")
	add(unitInfo{Measure, "l", 0, 0}, "litre", "litres", "liter", "liters")
	add(unitInfo{Measure, "barrel", 0, 0}, "barrel", "barrels")
	add(unitInfo{Measure, "ha", 0, 0}, "hectare", "hectares")
	add(unitInfo{Measure, "acre", 0, 0}, "acre", "acres")
	add(unitInfo{Measure, "degree", 0, 0}, "degree", "degrees")
	add(unitInfo{Measure, "mph", 0, 0}, "mph")
	add(unitInfo{Measure, "km/h", 0, 0}, "kph", "kmh")
	add(unitInfo{Measure, "MW", 0, 0}, "mw", "megawatt", "megawatts")
	add(unitInfo{Measure, "GW", 0, 0}, "gw", "gigawatt", "gigawatts")
	return m
}()

// glued units may follow digits in one token: "5km", "90mins", "10kg".
var gluedUnits = map[string]bool{"km": true, "kms": true, "cm": true, "mm": true, "kg": true, "kgs": true,
	"mins": true, "min": true, "hrs": true, "hr": true, "mph": true, "kph": true, "mw": true, "gw": true,
	"lb": true, "lbs": true, "ft": true, "secs": true}

// currencySymbols map a currency sign to its ISO 4217 code. A letter
// prefix glued to "$" names other dollars ("A$", "C$", "HK$", "US$").
var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB",
	"₴": "UAH", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₣": "CHF"}

var dollarPrefixes = map[string]string{"US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "C": "CAD",
	"CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "R": "BRL", "NT": "TWD", "Z": "ZWL"}

// currencyCodes written before or after an amount: "USD 5", "5 EUR".
var currencyCodes = map[string]string{"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
	"CNY": "CNY", "RMB": "CNY", "RUB": "RUB", "UAH": "UAH", "CHF": "CHF", "INR": "INR", "CAD": "CAD",
	"AUD": "AUD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "TRY": "TRY", "ILS": "ILS",
	"KRW": "KRW", "BRL": "BRL", "MXN": "MXN", "ZAR": "ZAR", "HKD": "HKD", "SGD": "SGD", "NZD": "NZD"}

// dollarAdjectives name which dollars "dollars" are.
var dollarAdjectives = map[string]string{"u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD",
	"taiwan": "TWD", "zealand": "NZD", "kong": "HKD"}

// hedge is a word or phrase before a number that makes it approximate or a
// bound, and the interval rule it applies.
type hedge struct {
	Words []string // lowercase, in order
	Rule  hedgeRule
}

// hedgeRule is how a hedge turns a value X into an interval.
type hedgeRule uint8

const (
	hedgeAbout    hedgeRule = iota + 1 // [0.9X, 1.1X]
	hedgeNearly                        // [0.9X, X]
	hedgeOver                          // (X, +Inf)
	hedgeAtLeast                       // [X, +Inf)
	hedgeUpTo                          // [0, X]
	hedgeUnder                         // [0, X)
	hedgeJustOver                      // (X, 1.1X]
)

// hedges, longest first so that "no more than" wins over "more than".
var hedges = []hedge{
	{[]string{"as", "many", "as"}, hedgeUpTo}, {[]string{"as", "much", "as"}, hedgeUpTo},
	{[]string{"no", "more", "than"}, hedgeUpTo}, {[]string{"not", "more", "than"}, hedgeUpTo},
	{[]string{"no", "fewer", "than"}, hedgeAtLeast}, {[]string{"no", "less", "than"}, hedgeAtLeast},
	{[]string{"not", "less", "than"}, hedgeAtLeast}, {[]string{"a", "maximum", "of"}, hedgeUpTo},
	{[]string{"a", "minimum", "of"}, hedgeAtLeast}, {[]string{"in", "excess", "of"}, hedgeOver},
	{[]string{"a", "little", "over"}, hedgeJustOver}, {[]string{"a", "little", "more", "than"}, hedgeJustOver},
	{[]string{"more", "than"}, hedgeOver}, {[]string{"greater", "than"}, hedgeOver},
	{[]string{"higher", "than"}, hedgeOver}, {[]string{"upwards", "of"}, hedgeOver},
	{[]string{"well", "over"}, hedgeOver}, {[]string{"well", "above"}, hedgeOver},
	{[]string{"just", "over"}, hedgeJustOver}, {[]string{"just", "above"}, hedgeJustOver},
	{[]string{"slightly", "more", "than"}, hedgeJustOver}, {[]string{"at", "least"}, hedgeAtLeast},
	{[]string{"up", "to"}, hedgeUpTo}, {[]string{"at", "most"}, hedgeUpTo},
	{[]string{"fewer", "than"}, hedgeUnder}, {[]string{"less", "than"}, hedgeUnder},
	{[]string{"just", "under"}, hedgeNearly}, {[]string{"just", "below"}, hedgeNearly},
	{[]string{"just", "shy", "of"}, hedgeNearly}, {[]string{"close", "to"}, hedgeNearly},
	{[]string{"an", "estimated"}, hedgeAbout}, {[]string{"some"}, hedgeAbout},
	{[]string{"about"}, hedgeAbout}, {[]string{"around"}, hedgeAbout}, {[]string{"roughly"}, hedgeAbout},
	{[]string{"approximately"}, hedgeAbout}, {[]string{"approx."}, hedgeAbout}, {[]string{"approx"}, hedgeAbout},
	{[]string{"circa"}, hedgeAbout}, {[]string{"estimated"}, hedgeAbout}, {[]string{"~"}, hedgeAbout},
	{[]string{"nearly"}, hedgeNearly}, {[]string{"almost"}, hedgeNearly}, {[]string{"over"}, hedgeOver},
	{[]string{"above"}, hedgeOver}, {[]string{"exceeding"}, hedgeOver}, {[]string{"under"}, hedgeUnder},
	{[]string{"below"}, hedgeUnder},
}

// hedgeLast indexes hedges by their last word, for looking back from a number.
var hedgeLast = func() map[string][]int {
	m := map[string][]int{}
	for i, h := range hedges {
		w := h.Words[len(h.Words)-1]
		m[w] = append(m[w], i)
	}
	return m
}()

// vagueNumbers are plural scale words that stand for a range:
// "dozens" [24, 144), "hundreds" [200, 1000), "thousands" [2000, 1e6),
// "millions" [2e6, 1e9), "billions" [2e9, 1e12). After "tens of" or
// "hundreds of" the scale is the next word's: "tens of thousands"
// [20,000, 100,000).
var vagueNumbers = map[string][2]float64{"dozens": {24, 144}, "hundreds": {200, 1e3},
	"thousands": {2e3, 1e6}, "millions": {2e6, 1e9}, "billions": {2e9, 1e12}}

// changeVerbs before "from X to Y" mean a change between two values, not
// a range.
var changeVerbs = setOf("rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen",
	"falling", "increased", "increase", "increases", "decreased", "decrease", "decreases", "grew", "grow",
	"grows", "grown", "dropped", "drop", "drops", "jumped", "jump", "climbed", "climb", "declined",
	"decline", "slipped", "slid", "soared", "plunged", "plummeted", "surged", "cut", "raised", "raise",
	"reduced", "reduce", "lowered", "lower", "up", "down", "changed", "moved", "went", "shrank", "widened",
	"narrowed", "expanded", "doubled", "tripled", "halved", "revised", "boosted", "slashed", "trimmed")

// nounStops end the noun phrase after a number: function words, auxiliary
// and common reporting verbs, and time words.
var nounStops = setOf("the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
	"from", "by", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "since",
	"until", "during", "between", "among", "against", "per", "than", "as", "like", "that", "which", "who",
	"whom", "whose", "where", "when", "while", "if", "because", "so", "then", "there", "here", "this",
	"these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
	"my", "your", "them", "him", "us", "me", "is", "are", "was", "were", "be", "been", "being", "am",
	"has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
	"could", "may", "might", "must", "not", "no", "nor", "said", "says", "say", "told", "tells", "asked",
	"ago", "later", "earlier", "last", "next", "each", "every", "more", "less", "fewer", "most", "least",
	"also", "only", "just", "even", "still", "already", "yet", "too", "very", "ever", "never", "again",
	"now", "today", "yesterday", "tomorrow", "tonight", "away", "off", "out", "up", "down", "back",
	"represents", "left", "went", "came", "took", "made", "got", "met", "held", "lasted", "long",
	"old", "ahead", "behind", "apart", "all", "both", "either", "neither", "such", "what", "how", "why",
	"amid", "despite", "via", "through", "across", "within", "toward", "towards", "upon", "around",
	"near", "beyond", "following", "including", "according", "percent", "a.m.", "p.m.", "worth", "such")

// irregularParticiples are past participles without "-ed" that follow a
// noun as a verb ("a rise spread over two years", "two men held since
// May"), never as its head; "cut", "set" and "hit" are left out, being
// nouns too ("a 5% pay cut"), and "won" a currency.
var irregularParticiples = setOf("spread", "paid", "held", "made", "given", "taken", "built", "sold",
	"bought", "brought", "kept", "led", "sent", "lost", "seen", "shown", "known", "told",
	"written", "driven", "caught", "taught", "thrown", "flown", "drawn", "chosen", "stolen", "spent")

// verbsAfterNoun are third-person verbs that end a noun phrase after a
// singular noun ("a two-year deal covers …"); as plurals they may be
// nouns ("two calls"), so they do not stop it at its start.
var verbsAfterNoun = setOf("covers", "calls", "ends", "begins", "starts", "requires", "allows", "sets",
	"aims", "seeks", "puts", "offers", "provides", "expires", "expects", "faces", "needs", "opens",
	"closes", "keeps", "leaves", "lets", "looks", "raises", "runs", "sees", "sends", "stands", "stays",
	"turns", "wants", "works", "brings", "builds", "creates", "envisions", "proposes", "contains",
	"involves", "outlines", "grants", "lists", "reaches", "returns", "targets", "lasts",
	"goes", "marks", "comes", "follows", "includes", "gives", "takes", "makes", "highlights", "signals",
	"shows", "means", "remains", "seems", "appears", "reflects", "indicates", "underscores", "suggests")

// determinersBeforeNoun may open the noun phrase after "of" or "in":
// "four of the documents".
var determinersBeforeNoun = setOf("the", "his", "her", "its", "their", "our", "these", "those", "this",
	"that", "my", "your", "whose")

// singularsInS end in s but are not plural.
var singularsInS = setOf("series", "species", "news", "means", "headquarters", "lens", "physics",
	"economics", "politics", "gas", "bias", "analysis", "crisis", "basis", "thesis", "status", "census")

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = setOf("people", "men", "women", "children", "police", "personnel", "staff",
	"cattle", "feet", "teeth", "mice", "geese", "troops", "crew", "data", "media", "militia", "livestock")
