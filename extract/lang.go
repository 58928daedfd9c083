package extract

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// detectLanguage returns the ISO 639-1 code of the text's language when the
// trigram detector is confident, else "".
func detectLanguage(text string) string {
	if len(text) > 4000 {
		cut := 4000
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
