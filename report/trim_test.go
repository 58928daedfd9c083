package report

import (
	"reflect"
	"testing"
)

func TestTrim(t *testing.T) {
	r := Report{
		Articles: []Article{{ID: "a"}, {ID: "b"}},
		Entities: []Entity{
			{ID: "e1", Articles: []string{"a", "c"}, Evidence: []Span{{Article: "a"}, {Article: "c"}},
				Descriptors: []Descriptor{{Text: "envoy", Articles: []string{"c"}}, {Text: "aide", Articles: []string{"a", "c"}}}},
			{ID: "e2", Articles: []string{"c"}},
		},
		Quotes: []Quote{{Article: "c"}, {Article: "b", Text: "yes"}},
	}
	got := r.Trim()
	want := []Entity{{ID: "e1", Articles: []string{"a"}, Evidence: []Span{{Article: "a"}},
		Descriptors: []Descriptor{{Text: "aide", Articles: []string{"a"}}}}}
	if !reflect.DeepEqual(got.Entities, want) {
		t.Errorf("entities %+v, want %+v", got.Entities, want)
	}
	if len(got.Quotes) != 1 || got.Quotes[0].Text != "yes" {
		t.Errorf("quotes %+v", got.Quotes)
	}
	if len(r.Entities[0].Articles) != 2 || len(r.Entities[0].Descriptors[1].Articles) != 2 {
		t.Errorf("Trim changed its input: %+v", r.Entities[0])
	}
}
