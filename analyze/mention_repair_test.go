package analyze

import (
	"slices"
	"strings"
	"testing"
)

func TestRepairLabels(t *testing.T) {
	tests := []struct{ words, in, want string }{
		{"the Russian Direct Investment Fund said", "O B-MISC B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"a Russian Orthodox priest", "O B-MISC I-MISC O", "O B-MISC I-MISC O"},
		{"Russian officials at Gazprom", "B-MISC O O B-ORG", "B-MISC O O B-ORG"},
		{"the Institute for the Study of War", "O B-ORG O O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"the Bank of England", "O B-ORG O B-LOC", "O B-ORG I-ORG I-ORG"},
		{"Google for the win", "B-ORG O O O", "B-ORG O O O"},
		{"Dmitriev , CEO of the Fund", "B-PER O B-ORG O O B-ORG", "B-PER O O O O B-ORG"},
		{"President Obama", "B-PER I-PER", "B-PER I-PER"},
		{"King said", "B-PER O", "B-PER O"},
		{"the Abraham Accords and the Logan Act", "O B-PER I-PER O O B-ORG I-ORG", "O B-MISC I-MISC O O B-ORG I-ORG"},
		{"Senate Intelligence Committee Chairman Sen. Mark Warner", "B-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER", "B-ORG I-ORG I-ORG O O B-PER I-PER"},
		{"I'm OK , said Ann Lee", "B-PER I-PER O O B-PER I-PER", "O O O O B-PER I-PER"},
		{"We’ve seen it", "B-ORG O O", "O O O"},
	}
	for _, tt := range tests {
		labels := strings.Fields(tt.in)
		repairLabels(strings.Fields(tt.words), labels)
		if want := strings.Fields(tt.want); !slices.Equal(labels, want) {
			t.Errorf("%q: got %v, want %v", tt.words, labels, want)
		}
	}
}
