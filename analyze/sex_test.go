package analyze

import (
	"testing"

	"github.com/crosscheck/crosscheck/extract"
)

// A person's sex comes from the given name when the list knows it as one
// sex's, else from the pronouns that follow the name in sentences naming
// no one else, before any other word for a person.
func TestSex(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       Sex
	}{
		{"Henry Jackson was shot. She fled.", "Henry Jackson", Male}, // the name decides
		{"Sara Salih was hurt.", "Sara Salih", Female},
		{"Antian Hardmon, 24, was taken to a hospital, where he died.", "Antian Hardmon", Male},
		{"Shacora Jackson was shot at her home.", "Shacora Jackson", Female},
		{"Antian Hardmon shot a woman as she left.", "Antian Hardmon", SexUnknown},
		{"Antian Hardmon and Jane Doe were hurt when he fell.", "Antian Hardmon", SexUnknown},
		{"Antian Hardmon fell and he was hurt. Hardmon said her car was gone.", "Antian Hardmon", SexUnknown},
		{"Antian Hardmon was hurt.", "Antian Hardmon", SexUnknown},
		{"Jordan Reyes left his car.", "Jordan Reyes", Male}, // a name of both sexes
	} {
		names := map[string]string{"Henry Jackson": "PER", "Sara Salih": "PER", "Antian Hardmon": "PER",
			"Hardmon": "PER", "Shacora Jackson": "PER", "Jane Doe": "PER", "Jordan Reyes": "PER"}
		d := Analyze("t", extract.Article{Text: tc.text}, Options{Tag: fakeTagger(names)})
		got := Sex(99)
		for i, e := range d.Entities {
			if e.Name == tc.name {
				got = d.Sex(i)
			}
		}
		if got != tc.want {
			t.Errorf("%q: sex of %s %d, want %d", tc.text, tc.name, got, tc.want)
		}
	}
}
