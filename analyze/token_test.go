package analyze

import (
	"strings"
	"testing"
)

func tokenTexts(text string) string {
	var out []string
	for _, t := range Tokenize(text) {
		out = append(out, t.Text(text))
	}
	return strings.Join(out, " | ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Putin's 5-Hour Meeting", "Putin | 's | 5-Hour | Meeting"},
		{"Trump’s son-in-law, Jared Kushner.", "Trump | ’s | son-in-law | , | Jared | Kushner | ."},
		{"the U.S. and U.K. talks", "the | U.S. | and | U.K. | talks"},
		{"Sen. Mark Warner (D-VA) stated.", "Sen. | Mark | Warner | ( | D-VA | ) | stated | ."},
		{"$145 billion, or 1,000.5 euros (12%)", "$ | 145 | billion | , | or | 1,000.5 | euros | ( | 12 | % | )"},
		{"“In principle,” he said...", "“ | In | principle | , | ” | he | said | ..."},
		{"Trump-Putin summit on Jan. 5", "Trump-Putin | summit | on | Jan. | 5"},
		{"don't O'Neil rock 'n' roll", "don't | O'Neil | rock | ' | n | ' | roll"},
		{"AT&T and S&P 500", "AT&T | and | S&P | 500"},
		{"J. R. R. Tolkien at 9 a.m. today", "J. | R. | R. | Tolkien | at | 9 | a.m. | today"},
		{"Zelenskyy—Kyiv -- no", "Zelenskyy | — | Kyiv | -- | no"},
		{"ends here.", "ends | here | ."},
	}
	for _, tt := range tests {
		if got := tokenTexts(tt.in); got != tt.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He left. She stayed! Did they? Yes.", []string{"He left.", "She stayed!", "Did they?", "Yes."}},
		{"Sen. Mark Warner (D-VA) stated. The U.S. President spoke.", []string{"Sen. Mark Warner (D-VA) stated.", "The U.S. President spoke."}},
		{"Talks were held in the U.S. The next round is in Geneva.", []string{"Talks were held in the U.S.", "The next round is in Geneva."}},
		{"“There is an understanding,” Ushakov said. “Details will follow.”", []string{"“There is an understanding,” Ushakov said.", "“Details will follow.”"}},
		{"J. R. Smith met Gen. Lee on Jan. 5. It rained.", []string{"J. R. Smith met Gen. Lee on Jan. 5.", "It rained."}},
		{"Strategic Timing\n\nThe meeting lasted 4.5 hours.", []string{"Strategic Timing", "The meeting lasted 4.5 hours."}},
		{"Five. Hours. The guests", []string{"Five.", "Hours.", "The guests"}},
		{"a world of “Uh, what?” Ukrainian officials said no.", []string{"a world of “Uh, what?”", "Ukrainian officials said no."}},
		{"prices rose 3.5 percent. analysts said", []string{"prices rose 3.5 percent. analysts said"}},
		{`He left. "We won," she said. "It ended."`, []string{"He left.", `"We won," she said.`, `"It ended."`}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, s := range Sentences(tt.in, toks) {
			got = append(got, s.Text(tt.in))
		}
		if strings.Join(got, " ‖ ") != strings.Join(tt.want, " ‖ ") {
			t.Errorf("Sentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}
