package claims

import "strings"

// frameTriggers map the words that name a happening to its kind of event:
// a general taxonomy of news events.
var frameTriggers = map[string]string{}

func init() {
	for typ, words := range map[string]string{
		"meeting":    "meet meets met meeting meetings talks summit summits negotiations negotiated visit visited audience session discussions",
		"agreement":  "agree agrees agreed agreement deal deals accord treaty ceasefire truce signed",
		"statement":  "announce announces announced announcement statement declared unveiled confirmed",
		"attack":     "attack attacks attacked strike strikes bombing bombed shelling shooting shot raid raids explosion blast",
		"casualties": "killed killing dead injured injuring wounded wounding hurt toll casualties fatalities",
		"arrest":     "arrest arrests arrested detained charged custody indicted",
		"election":   "election elections vote votes voted elected ballot referendum poll",
		"sanctions":  "sanction sanctions embargo",
		"economy":    "gdp inflation unemployment shares profit revenue acquisition acquire acquires acquired merger",
		"disaster":   "earthquake quake flood floods storm hurricane tsunami wildfire fire eruption",
		"death":      "dies died death funeral",
		"award":      "award awards wins won prize nominated",
		"strike":     "walkout stoppage picket",
	} {
		for _, w := range strings.Fields(words) {
			frameTriggers[w] = typ
		}
	}
}

// Trigger returns the kind of event a word (any case) names, or "".
func Trigger(word string) string { return frameTriggers[strings.ToLower(word)] }
