package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

func extractText(text string) (*analyze.Doc, []Claim) {
	d := analyze.Analyze("t", extract.Article{Text: text, Published: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)}, analyze.Options{})
	return d, Extract(d)
}

// describe writes each claim as frame/slot=value (modality).
func describe(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s/%s=%s (%s)", c.Frame, c.Slot, c.Value, c.Modality.Primary()))
	}
	return out
}

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // claims that must be there
		not  []string // and must not
	}{
		{"The two leaders met for five hours at the Kremlin in Moscow on Tuesday.",
			[]string{"meeting/duration=PT5H (asserted)", "meeting/location=Kremlin (asserted)", "meeting/location=Moscow (asserted)", "meeting/day=Tuesday (asserted)"}, nil},
		{"The talks may have lasted more than four hours.",
			[]string{"meeting/duration=PT4H (hedged)"}, nil},
		{"The deal may yet collapse, and the leaders met for five hours in Geneva.",
			[]string{"meeting/duration=PT5H (asserted)"}, nil},
		{"They held a four-hour meeting, signalling a potential shift in relations.",
			[]string{"meeting/duration=PT4H (asserted)"}, nil},
		{"The talks ended with no immediate breakthrough.",
			[]string{"meeting/outcome=no deal (asserted)"}, nil},
		{"After two days of negotiations the sides reached a ceasefire agreement.",
			[]string{"meeting/outcome=deal (asserted)"}, nil},
		{"The minister said it was crucial to achieve a breakthrough.",
			nil, []string{"meeting/outcome=deal (asserted)"}},
		{"The Kremlin aide confirmed Thursday that a summit had been agreed.",
			[]string{"statement/day=Thursday (attributed)"}, nil},
		{"Troops fought on, and concessions in Ukraine could be part of any negotiated settlement.",
			nil, []string{"meeting/location=Ukraine (hedged)"}},
		{"The fighter was killed in US drone strikes on Syria.",
			nil, []string{"casualties/location=US (asserted)"}},
		{"Two people were killed in Paris attacks on Friday.",
			[]string{"casualties/location=Paris (asserted)"}, nil},
		{"PHOENIX — Two people were shot in a north Phoenix home.",
			[]string{"/dateline=PHOENIX (asserted)", "attack/location=Phoenix (asserted)"}, nil},
		{"KANSAS CITY, Mo. (AP) — A man was shot in a Kansas City neighborhood.",
			[]string{"/dateline=KANSAS CITY (asserted)", "attack/location=KANSAS CITY (asserted)"}, nil},
		{"MOSCOW, Dec 2 (Reuters) - The talks ended.",
			[]string{"/dateline=MOSCOW (asserted)"}, nil},
		{"Watch the video\nST. LOUIS -- A man was shot.",
			[]string{"/dateline=ST. LOUIS (asserted)"}, nil},
		{"UPDATE — A man was shot in the night.\nNEWS FROM THE CITY POLICE DEPARTMENT - A man was shot.",
			nil, []string{"/dateline=UPDATE (asserted)", "/dateline=NEWS FROM THE (asserted)"}},
		{"New York's Harlem was hit by a shooting.", // the place's owner opens the text
			nil, []string{"attack/location=Harlem (asserted)"}},
		{"Two people were shot in a Chicago suburb.",
			nil, []string{"attack/location=Chicago (asserted)"}},
		{"On one hand, the delegation delivered four documents.",
			[]string{"/count:document=4 (asserted)"}, []string{"/count:hand=1 (asserted)"}},
		{"Dock workers returned to work on Monday after a three-day strike over pay.",
			[]string{"strike/duration=P3D (asserted)"}, []string{"attack/duration=P3D (asserted)"}},
		{"A two-day air strike on the city killed 12 people.",
			[]string{"attack/duration=P2D (asserted)"}, nil},
		{"Two people were shot dead at a block party on Thursday.",
			[]string{"casualties/count:dead=2 (asserted)"}, nil},
		{"Three people died after gunfire erupted at a party.",
			[]string{"casualties/count:dead=3 (asserted)"}, nil},
		{"The identities of three victims killed by the gunman were released.",
			nil, []string{"casualties/count:dead=3 (asserted)"}},
		{"Seven people were hurt in the crash on Monday.",
			[]string{"casualties/count:injured=7 (asserted)"}, nil},
		{"The attack killed 12 people and wounded dozens.",
			[]string{"casualties/count:dead=12 (asserted)"}, nil},
		{"The bomb killed two women and a man who were caught in the fire.",
			[]string{"casualties/count:woman=2 (asserted)"}, []string{"casualties/count:dead=2 (asserted)"}},
		{"The quake hit on Sunday, killing 10 people and injuring 80 others.",
			[]string{"disaster/day=Sunday (asserted)", "casualties/count:dead=10 (asserted)"}, []string{"casualties/day=Sunday (asserted)"}},
		{"The Saints placed Chris Ivory on injured reserve Tuesday.",
			nil, []string{"casualties/day=Tuesday (asserted)"}},
		{"He was charged Tuesday in the shooting.",
			[]string{"arrest/day=Tuesday (asserted)"}, []string{"attack/day=Tuesday (asserted)"}},
		{"The shooting occurred in the 12200 block of 223rd Street.",
			nil, []string{"attack/count:block=12200 (asserted)", "/count:block=12200 (asserted)"}},
		{"The guests were not official diplomats, but real estate mogul Steve Witkoff and Jared Kushner.",
			[]string{"/role=unofficial (asserted)"}, []string{"/role=official (asserted)"}},
		{"The talks included not only envoys but also Steve Witkoff.",
			nil, []string{"/role=unofficial (asserted)"}},
		{"The quake left five dead and 20 injured.",
			[]string{"casualties/count:dead=5 (asserted)", "casualties/count:injured=20 (asserted)"}, nil},
		{"A man was killed and four other people were hurt in a shooting in Vallejo.",
			[]string{"casualties/count:injured=4 (asserted)"}, []string{"casualties/count:dead=4 (asserted)"}},
		{"He is one of the two people who are dead, and Duhart was one of five people injured.",
			nil, []string{"casualties/count:dead=1 (asserted)", "casualties/count:injured=1 (asserted)"}},
		{"A shooting left a 10-year-old girl and two men wounded, and four others, including one woman, were injured.",
			[]string{"casualties/count:injured=4 (asserted)"}, []string{"casualties/count:injured=2 (asserted)", "casualties/count:injured=1 (asserted)"}},
		{"The wounded, two women in their 20s and a man in his 40s, were taken to hospital.",
			nil, []string{"casualties/count:injured=2 (asserted)"}},
		{"Police said the gang carried out three robberies with two thieves.",
			[]string{"/count:robbery=3 (attributed)", "/count:thief=2 (attributed)"}, nil},
		{"A man shot and killed his brother and two others inside a rowhouse.",
			nil, []string{"casualties/count:dead=2 (asserted)"}},
		{"A man shot and killed his wife and two others in a shooting at a bar.",
			nil, []string{"casualties/count:dead=2 (asserted)"}},
		{"Two were pronounced dead at the scene and two others are in very serious condition.",
			[]string{"casualties/count:injured=2 (asserted)"}, []string{"casualties/count:dead=2 (asserted)"}},
		{"The child was pronounced dead at 12:09 p.m. Wednesday at a hospital.",
			nil, []string{"casualties/day=Wednesday (asserted)"}},
		{"A teenager who shot a friend last week turned himself in Wednesday afternoon.",
			nil, []string{"attack/day=Wednesday (asserted)"}},
		{"He was placed in the county jail on Wednesday for allegedly shooting a friend.",
			nil, []string{"attack/day=Wednesday (asserted)"}},
		{"Police on Tuesday said a shooting in the park was accidental.",
			nil, []string{"attack/day=Tuesday (asserted)"}},
		{"Sunday's shooting killed two people.",
			[]string{"attack/day=Sunday (asserted)"}, nil},
		{"An explosion near the capital raised suspicions on Monday that a meteorite had struck.",
			nil, []string{"attack/day=Monday (asserted)"}},
		{"The bombing of the market drew wide condemnation on Friday.",
			nil, []string{"attack/day=Friday (asserted)"}},
		{"Police say Stanley Dixon shot and killed Cedric Clark, a junior at Drew High School, on Nov. 2.",
			[]string{"casualties/date=2025-11-02 (attributed)"}, nil},
		{"The officer turned up dead from a gun shot to the head on Thursday.",
			[]string{"finding/day=Thursday (asserted)"}, []string{"attack/day=Thursday (asserted)"}},
		{"He was shot on Wednesday and found on Thursday.",
			[]string{"attack/day=Wednesday (asserted)", "finding/day=Thursday (asserted)"}, []string{"attack/day=Thursday (asserted)"}},
		{"He was found after being shot on Wednesday.",
			[]string{"attack/day=Wednesday (asserted)"}, []string{"finding/day=Wednesday (asserted)"}},
		{"A neighbour found her and she died late on Thursday.",
			[]string{"death/day=Thursday (asserted)"}, nil},
		{"Police found the gun used in Tuesday's shooting.",
			[]string{"attack/day=Tuesday (asserted)"}, nil},
		{"Officials raised the death toll from a powerful weekend earthquake to 1,941 on Tuesday.",
			nil, []string{"disaster/day=Tuesday (asserted)"}},
		{"The toll from Saturday's quake rose to 12 on Sunday.",
			[]string{"disaster/day=Saturday (asserted)"}, []string{"disaster/day=Sunday (asserted)", "casualties/day=Sunday (asserted)"}},
		{"Gunfire at an apartment complex left two women dead and three other people wounded.",
			[]string{"casualties/count:dead=2 (asserted)", "casualties/count:injured=3 (asserted)"}, nil},
		{"One man was killed and three others were shot and wounded during a home invasion.",
			[]string{"casualties/count:dead=1 (asserted)", "casualties/count:injured=3 (asserted)"}, []string{"casualties/count:dead=3 (asserted)"}},
		{"A shooting at a club early Sunday sent four men to the hospital.",
			[]string{"casualties/count:injured=4 (asserted)"}, nil},
		{"Two people were rushed to area hospitals, and four people received non-life-threatening wounds.",
			[]string{"casualties/count:injured=2 (asserted)", "casualties/count:injured=4 (asserted)"}, nil},
		{"He sent two letters to the hospital board.",
			nil, []string{"casualties/count:injured=2 (asserted)"}},
		{"8 yo girl killed by gunfire off the Beltway.",
			nil, []string{"casualties/count:dead=8 (asserted)"}},
		{"The quake's toll rose to 12 on Sunday.",
			nil, []string{"casualties/day=Sunday (asserted)"}},
		{"The toll of the shooting rose to two on Sunday.",
			nil, []string{"attack/day=Sunday (asserted)"}},
		{"The night raid on the village ended on Friday.",
			[]string{"attack/day=Friday (asserted)"}, nil},
		{"Heavy rain from Tropical Storm Grace forced a temporary halt Tuesday to the rescue.",
			nil, []string{"disaster/day=Tuesday (asserted)"}},
		{"They agreed to a framework, and they'll meet with the president Thursday.",
			[]string{"meeting/day=Thursday (conditional)"}, nil},
		{"President Biden announced an agreement on a bipartisan infrastructure package Thursday.",
			[]string{"statement/day=Thursday (attributed)"}, []string{"agreement/day=Thursday (attributed)"}},
		{"Police said a relative shot a child Friday night.",
			[]string{"attack/day=Friday (attributed)"}, nil},
		{"The sheriff reports an accidental shooting in rural Foxhome Wednesday morning.",
			[]string{"attack/day=Wednesday (attributed)"}, nil},
	} {
		_, cs := extractText(tc.text)
		got := describe(cs)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %s in %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %s in %v", tc.text, n, got)
			}
		}
	}
}

// A toll's bounds say which other tolls agree with it, and a tally of
// several happenings makes no dispute.
func TestTollBounds(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text       string
		low, high  float64
		background bool
	}{
		{"Seven people were killed, including the gunman.", 6, 7, false},
		{"He killed one person and wounded three others, then killed himself.", 1, 2, false},
		{"Four people were killed before the shooter turned the gun on herself.", 4, 5, false},
		{"Police found two people dead at a home on Friday.", 2, inf, false},
		{"Two people were pronounced dead at the scene after the crash.", 2, inf, false},
		{"Two people were killed in four separate shootings over the weekend.", 2, 2, true},
		{"In other shootings, three men were killed.", 3, 3, true},
		{"Two people were killed in the shooting.", 2, 2, false},
		{"The gunman who killed two people turned himself in.", 2, 2, false},
	} {
		_, cs := extractText(tc.text)
		i := slices.IndexFunc(cs, func(c Claim) bool { return c.Slot == "count:dead" })
		if i < 0 {
			t.Errorf("%q: no toll in %v", tc.text, describe(cs))
			continue
		}
		if c := cs[i]; c.Low != tc.low || c.High != tc.high || c.Background != tc.background {
			t.Errorf("%q: toll [%v, %v] background %v, want [%v, %v] %v", tc.text, c.Low, c.High, c.Background, tc.low, tc.high, tc.background)
		}
	}
}

// A count may say which figure it replaces — an earlier report, or the
// figure before a change, but not another period's — or be told as a
// first report since replaced (earlier).
func TestReplacedFigures(t *testing.T) {
	for _, tc := range []struct {
		text, slot, replaces string
		earlier              bool
	}{
		{"Geller says four people were injured in the initial shooting, not five as first reported.", "count:injured", "5", false},
		{"Seven people were wounded, instead of the eight initially reported.", "count:injured", "8", false},
		{"Three people were injured, not four people, as police earlier said.", "count:injured", "4", false},
		{"The attack killed 12 people, up from ten on Monday.", "count:dead", "10", false},
		{"Officials lowered the toll to four people from five.", "count:dead", "5", false},
		{"Four people, not five, were hurt in the crash.", "count:injured", "", false},
		{"The city recorded 300 homicides, up from 250 last year.", "count:homicide", "", false},
		{"The gunman killed two people in a bar not far from the station.", "count:dead", "", false},
		{"Police had initially reported that four people were wounded in the shooting.", "count:injured", "", true},
		{"MPD originally reported that there were three victims.", "count:victim", "", true},
		{"As initially reported, four people were wounded in the shooting.", "count:injured", "", false},
		{"The Gazette first reported that four people were wounded in the shooting.", "count:injured", "", false},
	} {
		_, cs := extractText(tc.text)
		i := slices.IndexFunc(cs, func(c Claim) bool { return c.Slot == tc.slot })
		if i < 0 {
			t.Errorf("%q: no %s in %v", tc.text, tc.slot, describe(cs))
			continue
		}
		if c := cs[i]; c.Replaces != tc.replaces || c.Earlier != tc.earlier {
			t.Errorf("%q: replaces %q earlier %v, want %q %v", tc.text, c.Replaces, c.Earlier, tc.replaces, tc.earlier)
		}
	}
}

// When is the day the lead's event happened, not the day of a statement.
func TestWhen(t *testing.T) {
	for text, want := range map[string]string{
		"A man was shot Monday night in Austin, police said.":      "2026-03-09",
		"Police said Tuesday that they were looking for a driver.": "",
		"The storm hit the coast on March 3, officials said.":      "2026-03-03",
	} {
		d, _ := extractText(text)
		if got := When(d, 3); got != want {
			t.Errorf("When(%q) = %q, want %q", text, got, want)
		}
	}
}

// A count of one kind of people names the kind.
func TestCountGroup(t *testing.T) {
	for text, want := range map[string]string{
		"Seven officers were wounded.": "officer",
		"Nine people were wounded.":    "",
		"Three teens were wounded.":    "teen",
	} {
		_, cs := extractText(text)
		if len(cs) != 1 || cs[0].Slot != "count:injured" || cs[0].Group != want {
			t.Errorf("%q: %v, want one count:injured of %q", text, describe(cs), want)
		}
	}
}

// Every claim has evidence: a span inside its sentence, with the words
// it displays.
func TestClaimsHaveEvidence(t *testing.T) {
	d, cs := extractText("Former President Bill Carter met Prime Minister Ana Ruiz in Lisbon on Monday for three hours. " +
		"The talks ended without a deal, officials said. About 2,000 people protested outside.")
	if len(cs) < 4 {
		t.Fatalf("only %v", describe(cs))
	}
	for _, c := range cs {
		s := d.Sentences[c.Sentence]
		if !s.Contains(c.Evidence) || c.Evidence.Len() == 0 || c.Display != c.Evidence.Text(d.Text) {
			t.Errorf("%s: evidence %v outside sentence %v or not %q", describe([]Claim{c}), c.Evidence, s.Span, c.Display)
		}
	}
}

func TestAttributes(t *testing.T) {
	_, cs := extractText("Former President Bill Carter met special envoy Dan Moss. The incumbent President Ana Ruiz spoke later.")
	got := map[string]bool{}
	for _, c := range cs {
		if c.Slot == "status" || c.Slot == "role" {
			got[c.Display+"→"+c.Slot+"="+c.Value] = true
		}
	}
	for _, w := range []string{"Former President→status=former", "special envoy→role=official", "incumbent President→status=in office"} {
		if !got[w] {
			t.Errorf("missing %s in %v", w, got)
		}
	}
}

// A bare title is the office someone holds as they speak, even after a
// quotation that negates something else; of someone who does not speak
// it may be history, and says nothing of now.
func TestBareTitle(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{`"This is a fair deal, not a perfect one," union president Marta Lind said.`, "union president→status=in office (attributed)"},
		{"The war President Dan Moss began still divides the country.", ""},
		{"Union president Marta Lind said members had voted for the deal.", "Union president→status=in office (attributed)"},
		{"In 2010, union president Marta Lind said members would strike.", ""},
	} {
		_, cs := extractText(tc.text)
		got := ""
		for _, c := range cs {
			if c.Slot == "status" {
				got = c.Display + "→" + c.Slot + "=" + c.Value + " (" + c.Modality.Primary() + ")"
			}
		}
		if got != tc.want {
			t.Errorf("%q: status %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Ages are read beside a full name only, before it or in apposition,
// and are asserted whatever the sentence does with the name; a number
// that goes on into something else is no age.
func TestAges(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Police said 23-year-old John Smith was shot.", "23-year-old=23 attributed"},
		{"Mary Jones, 45, of Gary, was hurt.", "45=45 asserted"},
		{"Tom Reed, aged 31, was arrested.", "31=31 asserted"},
		{"Bill Ames (40) fled.", "40=40 asserted"},
		{"Sue Lee, a 22-year-old student, fled.", "22-year-old=22 asserted"},
		{"Officer Misty McBride, 39, was hurt.", "39=39 asserted"},
		{"None of those shot by Henry Jackson, 18, was badly hurt, police said.", "18=18 attributed"},
		{"In 2010, Mary Ann Lee, 31, was convicted.", "31=31 asserted background"},
		{"Mary Ann Lee, 31, faces charges in the 2010 robbery.", "31=31 asserted"}, // her age now
		{"Mary Ann Lee, 31, was shot in the face in 2010.", "31=31 asserted background"},
		{"Smith, 23, was shot.", ""}, // a surname alone
		{"John Smith was shot. Smith, 23, died.", "23=23 asserted"},
		{"John Smith and Ann Smith were shot. Smith, 23, died.", ""}, // which Smith?
		{"Jim Hall Jr. was shot. Hall, 20, died.", ""},
		{"Tom Reed, who was 31, was arrested.", "31=31 asserted"},
		{"Tom Reed, who was 1 of 3 victims, was arrested.", ""},
		{"Tom Reed, 31 years old, was arrested.", "31=31 asserted"},
		{"Police identified the 25-year-old victim as Tom Reed.", "25-year-old=25 asserted"},
		{"Police identified the 25-year-old as Tom Reed.", "25-year-old=25 asserted"},
		{"A 25-year-old man was named as a suspect by Tom Reed.", ""},
		{"Police said his 25-year-old son Tom Reed fled.", "25-year-old=25 attributed"},
		{"The 25-year-old man shot Tom Reed.", ""},
		{"Jim Hall Jr., 20, was shot.", ""},            // a suffix
		{"According to Dan Moss, 23 people died.", ""}, // a count
		{"LeBron James, 23 points, led the way.", ""},  // a score
		{"John Smith, 23 or 24, fled.", ""},            // a guess
		{"A 23-year-old man shot John Smith.", ""},     // someone else's age
		{"The then-17-year-old John Smith was charged.", ""},
	} {
		_, cs := extractText(tc.text)
		got := ""
		for _, c := range cs {
			if c.Slot == "age" {
				got = c.Display + "=" + c.Value + " " + c.Modality.Primary()
				if c.Background {
					got += " background"
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: age %q, want %q", tc.text, got, tc.want)
		}
	}
}

// An age given to no one named keeps the sex its words tell; an age
// beside or before a name is not unnamed.
func TestUnnamedAges(t *testing.T) {
	for text, want := range map[string]string{
		"A 26-year-old construction worker died.":               "26?",
		"A 41-year-old woman and a 19-year-old man were found.": "41f 19m",
		"Police said his 25-year-old son was hurt.":             "25m",
		"The 25-year-old man shot John Smith.":                  "25m",
		"Police said 23-year-old John Smith was shot.":          "",
		"Sue Lee, a 22-year-old student, fled.":                 "",
		"Police identified the 25-year-old as Tom Reed.":        "",
		"A 20-year-old, who lived there, fled.":                 "20?",
		"His 23-year-old son John Smith Jr. was hurt.":          "",
	} {
		d, _ := extractText(text)
		var got []string
		for _, u := range UnnamedAges(d) {
			got = append(got, strconv.Itoa(u.Age)+[]string{"?", "f", "m"}[u.Sex])
		}
		if s := strings.Join(got, " "); s != want {
			t.Errorf("%q: unnamed ages %q, want %q", text, s, want)
		}
	}
}

func TestMode(t *testing.T) {
	for text, want := range map[string]string{
		"The envoys met Putin in Moscow on Tuesday. The talks lasted five hours.":          Held,
		"Both sides agreed on a meeting between the two presidents, an aide said.":         Planned,
		"The two leaders will meet in Geneva next month to discuss the plan.":              Planned,
		"Police arrested two men on Friday. They were charged with theft.":                 "",
		"The leaders held talks on trade. They agreed to meet again, but the talks ended.": Held,
	} {
		d := analyze.Analyze("t", extract.Article{Text: text}, analyze.Options{})
		typ := "meeting"
		if strings.Contains(text, "arrested") {
			typ = "arrest"
		}
		if got := Mode(d, typ, 3); got != want {
			t.Errorf("Mode(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("The two leaders met for five hours at the Kremlin on Tuesday, ending with no deal.")
	f.Add("Former President X said about $2 billion was lost; the toll rose to 12 people.")
	f.Add("“No” — without. Lack of a. failed to")
	f.Add("Police initially reported that four were hurt; officials lowered the toll to four people from five, not five as first reported")
	f.Add("A 26-year-old construction worker and 23-year-old John Smith were hurt; his 5-year-old son")
	f.Add("ST. LOUIS, Mo. (AP —\nKANSAS CITY, — in a north Phoenix home\nAB.")
	f.Add("New York's Harlem was shot in Paris's north Marais, in a Lyon home.")
	f.Fuzz(func(t *testing.T, text string) {
		d, cs := extractText(text)
		for _, c := range cs {
			if c.Evidence.Start < 0 || c.Evidence.End > len(d.Text) || c.Evidence.Start > c.Evidence.End {
				t.Fatalf("evidence %v outside the text (%d bytes)", c.Evidence, len(d.Text))
			}
			if c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
				t.Fatalf("sentence %d of %d", c.Sentence, len(d.Sentences))
			}
		}
		Mode(d, "meeting", 3)
		for _, u := range UnnamedAges(d) {
			if u.Start < 0 || u.End > len(d.Text) || u.Start > u.End {
				t.Fatalf("unnamed age %v outside the text (%d bytes)", u.Span, len(d.Text))
			}
		}
	})
}

func TestSingularPlural(t *testing.T) {
	for _, tc := range []struct{ plural, singular string }{
		{"people", "person"}, {"catches", "catch"}, {"movies", "movie"}, {"bosses", "boss"}, {"series", "series"},
		{"species", "species"}, {"thieves", "thief"}, {"children", "child"}, {"yard passes", "yard pass"},
		{"campuses", "campus"}, {"casualties", "casualty"}, {"documents", "document"},
	} {
		if got := Singular(tc.plural); got != tc.singular {
			t.Errorf("Singular(%q) = %q, want %q", tc.plural, got, tc.singular)
		}
		if got := Singular(tc.singular); got != tc.singular {
			t.Errorf("Singular(%q) = %q, want it unchanged", tc.singular, got)
		}
		if got := Plural(tc.singular); got != tc.plural {
			t.Errorf("Plural(%q) = %q, want %q", tc.singular, got, tc.plural)
		}
	}
}

// A count is of whole things: "a 5.6 quake" gives a magnitude, not a
// number of quakes; "1.5 million people" is a count.
func TestWholeCounts(t *testing.T) {
	for text, want := range map[string]string{
		"Earlier on Sunday a 5.6 quake jolted the island.":  "",
		"The 2.5 children of the average family were home.": "",
		"About 1.5 million people fled the city.":           "count:person",
		"Nearly 7 soldiers died in the attack.":             "count:dead",
	} {
		_, cs := extractText(text)
		got := ""
		for _, c := range cs {
			if strings.HasPrefix(c.Slot, "count:") {
				got = c.Slot
			}
		}
		if got != want {
			t.Errorf("%q: count slot %q, want %q", text, got, want)
		}
	}
}

// A street address by block is a place of the happening: the street's
// name keyed without its direction and with its suffix spelled out, the
// block's number the value; a year-like block is no year, a cut caption
// or a number that is no block gives nothing.
func TestAddresses(t *testing.T) {
	for text, want := range map[string]string{
		"Police found him in the 1600 block of E. 44th St. on Sunday.":            "address:44th street=1600 (asserted)",
		"Shots rang out in the 300 block of North Holly Avenue in Compton.":       "address:holly avenue=300 (asserted)",
		"The shooting happened in the 1800 block of Hewitt Avenue.":               "address:hewitt avenue=1800 (asserted)",
		"Four were hurt near the 5000 block of Noon Road Sunday evening.":         "address:noon road=5000 (asserted)",
		"The man was shot in the 2600 block of Mesa SE on Monday.":                "address:mesa=2600 (asserted)",
		"The 500 block of May Street was closed for hours.":                       "address:may street=500 (asserted)",
		"Officers were called to the 12200 block of 223rd Street, deputies said.": "address:223rd street=12200 (attributed)",
		"A shooting took place on the 1700 block of South ... more":               "",
		"The 1750 block of Main Street was closed.":                               "",
		"Police closed the 400 block of the highway.":                             "",
		"A block of flats burned in the 300 block of houses.":                     "",
	} {
		_, cs := extractText(text)
		got := ""
		for _, c := range cs {
			if strings.HasPrefix(c.Slot, AddressSlot) {
				got = fmt.Sprintf("%s=%s (%s)", c.Slot, c.Value, c.Modality.Primary())
				if c.Background {
					got += " background" // "1800" taken for a year long past
				}
			}
		}
		if got != want {
			t.Errorf("%q: address %q, want %q", text, got, want)
		}
	}
	if got := Street("address:44th street"); got != "44th Street" {
		t.Errorf("Street = %q, want 44th Street", got)
	}
}
