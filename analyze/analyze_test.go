package analyze

import (
	"bytes"
	"encoding/gob"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
)

// fakeTagger labels the names it is given, longest first, so the layers
// above the tagger can be tested without a model.
func fakeTagger(names map[string]string) TagFunc {
	return func(words []string) []string {
		out := make([]string, len(words))
		for i := range out {
			out[i] = "O"
		}
		for i := 0; i < len(words); i++ {
			best, typ := 0, ""
			for name, t := range names {
				f := strings.Fields(name)
				if len(f) > best && i+len(f) <= len(words) && strings.Join(words[i:i+len(f)], " ") == name {
					best, typ = len(f), t
				}
			}
			for k := 0; k < best; k++ {
				out[i+k] = "I-" + typ
			}
			if best > 0 {
				out[i] = "B-" + typ
				i += best - 1
			}
		}
		return out
	}
}

var testNames = map[string]string{
	"Vladimir Putin": "PER", "Putin": "PER", "Steve Witkoff": "PER", "Witkoff": "PER", "Trump": "PER",
	"Donald Trump": "PER", "Kirill Dmitriev": "PER", "Russian Direct Investment Fund": "ORG",
	"Yuri Ushakov": "PER", "Ushakov": "PER", "Kremlin": "LOC", "Tatiana Stanovaya": "PER",
	"Carnegie Russia Eurasia Center": "ORG", "Mark Warner": "PER", "Senate Intelligence Committee": "ORG",
	"Moscow": "LOC", "Russian": "MISC", "Institute for the Study of War": "ORG", "ISW": "ORG",
}

func analyzeText(text string) *Doc {
	return Analyze("t", extract.Article{Text: text}, Options{Tag: fakeTagger(testNames)})
}

func entityNames(d *Doc) map[string]int {
	out := map[string]int{}
	for _, e := range d.Entities {
		out[e.Name+"/"+e.Type.String()] = len(e.Mentions)
	}
	return out
}

func TestEntitiesAndDescriptors(t *testing.T) {
	d := analyzeText("Russian President Vladimir Putin met U.S. special envoy Steve Witkoff in Moscow. " +
		"Putin's aide, Yuri Ushakov, who serves as the Kremlin’s senior foreign policy aide, spoke first.\n\n" +
		"Kirill Dmitriev, CEO of the Russian Direct Investment Fund, attended. Witkoff, a longtime Trump associate and real estate developer, smiled.\n\n" +
		"A Trump-Putin summit was discussed, though the Trump administration said little. " +
		"The Institute for the Study of War (ISW) said ISW would watch.\n\n" +
		"Trump Envoys Meet Kremlin Leader Kasparov")
	got := entityNames(d)
	want := map[string]int{
		"Vladimir Putin/person": 3, "Steve Witkoff/person": 2, "Yuri Ushakov/person": 1, "Kremlin/place": 2,
		"Kirill Dmitriev/person": 1, "Russian Direct Investment Fund/organization": 1, "Trump/person": 3,
		"Trump administration/organization": 1, "Institute for the Study of War/organization": 3, "Moscow/place": 1,
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("entity %s has %d mentions, want %d (all: %v)", k, got[k], n, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("entities %v, want %v", got, want)
	}
	var descs []string
	for _, ds := range d.Descriptors {
		descs = append(descs, d.Mentions[ds.Mention].Text(d.Text)+"="+ds.Text(d.Text))
	}
	for _, w := range []string{
		"Vladimir Putin=Russian President", "Steve Witkoff=U.S. special envoy",
		"Yuri Ushakov=the Kremlin’s senior foreign policy aide", "Kirill Dmitriev=CEO of the Russian Direct Investment Fund",
		"Witkoff=a longtime Trump associate and real estate developer",
	} {
		if !contains(descs, w) {
			t.Errorf("descriptor %q missing from %q", w, descs)
		}
	}
}

func TestQuotes(t *testing.T) {
	d := analyzeText("“There is a general understanding in principle,” Ushakov said. “Details will be hammered out through diplomatic channels.”\n\n" +
		"“Putin clearly sees an opportunity here,” said Tatiana Stanovaya, a Carnegie Russia Eurasia Center political analyst. “A Trump victory would roll back U.S. foreign policy.”\n\n" +
		"“Any kind of dialogue with a foreign opponent must be greeted with caution,” Senate Intelligence Committee Chairman Sen. Mark Warner (D-VA) stated.\n\n" +
		"Kremlin officials described the discussions as “extremely useful, constructive, and substantive,” a familiar refrain. They called it a “peace plan”.\n\n" +
		"Yuri Ushakov told reporters in Moscow that both sides have expressed willingness for direct talks.")
	type q struct{ starts, speaker string }
	var got []q
	for _, x := range d.Quotes {
		speaker := x.Speaker.Text(d.Text)
		if x.Mention >= 0 {
			speaker = d.Entities[d.Mentions[x.Mention].Entity].Name
		}
		got = append(got, q{strings.Join(strings.Fields(x.Text(d.Text))[:3], " "), speaker})
	}
	want := []q{
		{"There is a", "Yuri Ushakov"}, {"Details will be", "Yuri Ushakov"},
		{"Putin clearly sees", "Tatiana Stanovaya"}, {"A Trump victory", "Tatiana Stanovaya"},
		{"Any kind of", "Mark Warner"}, {"extremely useful, constructive,", "Kremlin"},
		{"both sides have", "Yuri Ushakov"},
	}
	if len(got) != len(want) {
		t.Fatalf("quotes %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quote %d = %q, want %q", i, got[i], want[i])
		}
	}
	if !d.Quotes[5].Group {
		t.Errorf("Kremlin officials should be a group speaker")
	}
}

func TestResolve(t *testing.T) {
	a := Analyze("a", extract.Article{Text: "Ukrainian President Volodymyr Zelenskyy met Vladimir Putin."}, Options{Tag: fakeTagger(map[string]string{"Volodymyr Zelenskyy": "PER", "Vladimir Putin": "PER"})})
	b := Analyze("b", extract.Article{Text: "Zelensky spoke. Putin listened. NATO watched."}, Options{Tag: fakeTagger(map[string]string{"Zelensky": "PER", "Putin": "PER", "NATO": "ORG"})})
	c := Analyze("c", extract.Article{Text: "Zelenskiy and the North Atlantic Treaty Organization agreed."}, Options{Tag: fakeTagger(map[string]string{"Zelenskiy": "PER", "North Atlantic Treaty Organization": "ORG"})})
	for _, order := range [][]*Doc{{a, b, c}, {c, b, a}} {
		gs := Resolve(order)
		var got []string
		for _, g := range gs {
			got = append(got, g.ID+":"+strings.Join(g.Articles, ","))
		}
		want := "e:north-atlantic-treaty-organization:b,c e:vladimir-putin:a,b e:volodymyr-zelenskyy:a,b,c"
		if strings.Join(got, " ") != want {
			t.Errorf("Resolve = %q, want %q", strings.Join(got, " "), want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestResolveGazetteer(t *testing.T) {
	tag := fakeTagger(map[string]string{"Zelensky": "PER", "Trump": "PER", "U.S.": "LOC", "America": "LOC", "United States": "LOC"})
	a := Analyze("a", extract.Article{Text: "Zelensky met Trump in the U.S. on Monday."}, Options{Tag: tag})
	b := Analyze("b", extract.Article{Text: "America and the United States are one place, Zelensky said."}, Options{Tag: tag})
	var got []string
	for _, g := range Resolve([]*Doc{a, b}) {
		got = append(got, g.Name+"/"+g.Type.String()+":"+strings.Join(g.Articles, ","))
	}
	want := "Donald Trump/person:a United States/place:a,b Volodymyr Zelenskyy/person:a,b"
	if strings.Join(got, " ") != want {
		t.Errorf("Resolve = %q, want %q", strings.Join(got, " "), want)
	}
}

// A tagger may type one name differently in two sentences: the mentions
// still make one entity, typed by majority, within an article and across.
func TestEntityAcrossTypes(t *testing.T) {
	names := map[string]string{"Vladimir Putin": "PER", "Putin": "LOC", "Kyiv": "LOC"}
	opt := Options{Tag: fakeTagger(names)}
	d := Analyze("a", extract.Article{Text: "Vladimir Putin spoke. Later Putin left for a dinner."}, opt)
	if got := entityNames(d); got["Vladimir Putin/person"] != 2 || len(got) != 1 {
		t.Errorf("entities %v, want Vladimir Putin/person with 2 mentions", got)
	}
	b := Analyze("b", extract.Article{Text: "Officials in Kyiv said so."}, Options{Tag: fakeTagger(map[string]string{"Kyiv": "PER"})})
	c := Analyze("c", extract.Article{Text: "The mayor of Kyiv spoke. Kyiv was quiet."}, opt)
	gs := Resolve([]*Doc{b, c})
	if len(gs) != 1 || gs[0].Type != Place || len(gs[0].Articles) != 2 {
		t.Errorf("resolved %+v, want one place in two articles", gs)
	}
}

// A one-word name the tagger found once is linked where it recurs; a name
// never starts in lower case; in a foreign-language article a one-word
// name opening a sentence is not taken on the tagger's word alone.
func TestMentionRepairs(t *testing.T) {
	tag := fakeTagger(map[string]string{"Marta Okonkwo-Lind": "PER", "de Norrvik": "LOC", "Selon": "PER"})
	d := Analyze("a", extract.Article{Text: "Marta Okonkwo-Lind spoke in de Norrvik. \"We held the line,\" Okonkwo-Lind told reporters."}, Options{Tag: tag})
	if got := entityNames(d); got["Marta Okonkwo-Lind/person"] != 2 || got["Norrvik/place"] != 1 {
		t.Errorf("entities %v, want Marta Okonkwo-Lind twice and Norrvik", got)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Mention < 0 {
		t.Errorf("quotes %+v, want one said by Okonkwo-Lind", d.Quotes)
	}
	us := Analyze("c", extract.Article{Text: "Sen. Mark Warner (D-VA) spoke."}, Options{Tag: fakeTagger(map[string]string{"Mark Warner": "PER", "D-VA": "LOC"})})
	if got := entityNames(us); len(got) != 1 {
		t.Errorf("entities %v, want only Mark Warner (D-VA is a party and state)", got)
	}
	fr := Analyze("b", extract.Article{Text: "Selon le syndicat, la grève est finie.", Language: "fr"}, Options{Tag: tag})
	if len(fr.Entities) != 0 {
		t.Errorf("entities %v in French, want none", entityNames(fr))
	}
}

func TestListItemIsNoDescriptor(t *testing.T) {
	d := analyzeText("The meeting between Russian President Vladimir Putin, U.S. Special Envoy Steve Witkoff, and Jared Kushner ended. " +
		"Kirill Dmitriev, a senior adviser to Jared Kushner, watched.")
	var descs []string
	for _, ds := range d.Descriptors {
		descs = append(descs, d.Mentions[ds.Mention].Text(d.Text)+"="+ds.Text(d.Text))
	}
	if contains(descs, "Vladimir Putin=U.S. Special Envoy Steve Witkoff") {
		t.Errorf("descriptors %q: the next item of a list described Putin", descs)
	}
	for _, w := range []string{"Steve Witkoff=U.S. Special Envoy", "Kirill Dmitriev=a senior adviser to Jared Kushner"} {
		if !contains(descs, w) {
			t.Errorf("descriptor %q missing from %q", w, descs)
		}
	}
}

// A title keeps the words that say whether it is held ("erstwhile",
// "incumbent"), not an article before them.
func TestTitleModifiers(t *testing.T) {
	d := Analyze("t", extract.Article{Text: "The erstwhile U.S. President Donald Trump spoke. " +
		"An incumbent Governor Gavin Newsom did not. Former President Barack Obama left."}, Options{})
	var got []string
	for _, ds := range d.Descriptors {
		got = append(got, d.Mentions[ds.Mention].Text(d.Text)+"="+ds.Text(d.Text))
	}
	for _, w := range []string{"Donald Trump=erstwhile U.S. President", "Gavin Newsom=incumbent Governor", "Barack Obama=Former President"} {
		if !contains(got, w) {
			t.Errorf("descriptor %q missing from %q", w, got)
		}
	}
}

// A speaker set off by an apposition before the verb is the speaker;
// a name inside a sentence that opens otherwise is not.
func TestApposedSpeaker(t *testing.T) {
	for text, want := range map[string]string{
		"Marta Okonkwo-Lind, the former president of the dockers' union, called the agreement \"a fair deal\".": "Marta Okonkwo-Lind",
		"Sterling's mother, Quinetta McMillon, said her family were \"disgusted by the despicable act\".":       "Quinetta McMillon",
		"State Sen. Marlon Kimpson, D-Charleston, said he is praying for \"our Mother Emanuel AME church\".":    "State Sen. Marlon Kimpson",
		"U.S. Sen Richard Blumenthal, D-Conn, said police will find \"the animal who did this\".":               "U.S. Sen Richard Blumenthal",
		"His attorney, Joshua Polsky, said in a statement: \"He is fortunate to be alive.\"":                    "Joshua Polsky",
		"Asked about it, Lind, who leads the team, called the deal \"a fair deal\".":                            "",
	} {
		d := Analyze("t", extract.Article{Text: text}, Options{})
		got := ""
		for _, q := range d.Quotes {
			got = q.Speaker.Text(d.Text)
		}
		if got != want {
			t.Errorf("%q: speaker %q, want %q", text, got, want)
		}
	}
}

// A curly opening mark closed by a straight one is one quotation: the
// straight mark does not open another ("“It was crazy," he said. “Never
// seen nothing like it.").
func TestMixedQuoteMarks(t *testing.T) {
	d := Analyze("t", extract.Article{Text: "“Others ran toward Neptune. It was crazy,\" he said. “Never seen nothing like it.\"\n\n“Quite a day,” she said."}, Options{})
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Text(d.Text))
	}
	want := []string{"Others ran toward Neptune. It was crazy,", "Never seen nothing like it.", "Quite a day,"}
	if !slices.Equal(got, want) {
		t.Errorf("quotes %q, want %q", got, want)
	}
}

// An acronym joins the name it abbreviates that is named most often, not
// the first one tagged an organisation: a child's name the tagger typed so
// does not take every "(AP)".
func TestResolveAcronymMostNamed(t *testing.T) {
	tag := func(names ...string) Options {
		m := map[string]string{}
		for _, n := range names {
			m[n] = "ORG"
		}
		return Options{Tag: fakeTagger(m)}
	}
	a := Analyze("a", extract.Article{Text: "The family named the baby as Allenwgia Pope."}, tag("Allenwgia Pope"))
	b := Analyze("b", extract.Article{Text: "Associated Press reporters asked."}, tag("Associated Press"))
	c := Analyze("c", extract.Article{Text: "The suspect fled, AP learned."}, tag("AP"))
	d := Analyze("d", extract.Article{Text: "Associated Press photographers were there."}, tag("Associated Press"))
	for _, order := range [][]*Doc{{a, b, c, d}, {d, c, b, a}} {
		var got []string
		for _, g := range Resolve(order) {
			got = append(got, g.ID+":"+strings.Join(g.Articles, ","))
		}
		if want := "e:allenwgia-pope:a e:associated-press:b,c,d"; strings.Join(got, " ") != want {
			t.Errorf("Resolve = %q, want %q", strings.Join(got, " "), want)
		}
	}
}

// ResolveBlocks joins a block's entities against the blocks before it and
// never against later ones: a lone surname before the full name is its
// own group, after it joins it; one block joins as Resolve does; a later
// block changes no number given before.
func TestResolveBlocks(t *testing.T) {
	tag := fakeTagger(map[string]string{"Ruiz": "PER", "Ana Ruiz": "PER", "Lenbury": "LOC"})
	a := Analyze("a", extract.Article{Text: "Ruiz spoke in Lenbury."}, Options{Tag: tag})
	b := Analyze("b", extract.Article{Text: "The mayor, Ana Ruiz, spoke."}, Options{Tag: tag})
	c := Analyze("c", extract.Article{Text: "Ruiz left Lenbury."}, Options{Tag: tag})
	docs := []*Doc{a, b, c}
	same := func(g [][]int, d1, e1, d2, e2 int) bool { return g[d1][e1] == g[d2][e2] }
	ruiz := func(d *Doc) int {
		return slices.IndexFunc(d.Entities, func(e Entity) bool { return strings.HasSuffix(e.Name, "Ruiz") })
	}

	one := ResolveBlocks(docs, [][]int{{0, 1, 2}})
	if !same(one, 0, ruiz(a), 1, ruiz(b)) || !same(one, 2, ruiz(c), 1, ruiz(b)) {
		t.Errorf("one block: %v, want every Ruiz joined as Resolve joins them", one)
	}
	three := ResolveBlocks(docs, [][]int{{0}, {1}, {2}})
	if same(three, 0, ruiz(a), 1, ruiz(b)) || !same(three, 2, ruiz(c), 1, ruiz(b)) {
		t.Errorf("a block at a time: %v, want a's Ruiz alone and c's joined to Ana Ruiz", three)
	}
	two := ResolveBlocks(docs[:2], [][]int{{0}, {1}})
	if !slices.EqualFunc(two, three[:2], slices.Equal) {
		t.Errorf("a later block changed earlier numbers: %v, then %v", two, three)
	}

	// Saved after a's block and taken up with only b and c at hand.
	first := NewBlockResolver()
	first.Add(docs, []int{0}, make([][]int, 3))
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(first.State()); err != nil {
		t.Fatal(err)
	}
	var st BlockState
	if err := gob.NewDecoder(&buf).Decode(&st); err != nil {
		t.Fatal(err)
	}
	later := ResumeBlocks(st)
	rest := make([][]int, 2)
	later.Add([]*Doc{b, c}, []int{0}, rest)
	later.Add([]*Doc{b, c}, []int{1}, rest)
	if !slices.EqualFunc(rest, three[1:], slices.Equal) {
		t.Errorf("resumed: %v, want %v as in one run", rest, three[1:])
	}
}
