package extract

import "testing"

func TestParseByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"by James Carter Senior News Editor", "James Carter"},
		{"By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe"},
		{"By JAMES CARTER", "James Carter"},
		{"By Lena Varga, Ports Correspondent", "Lena Varga"},
		{"Written by Ana María de la Cruz | Staff Writer", "Ana María de la Cruz"},
		{"Von Lena Hartmann", "Lena Hartmann"},
		{"Par Renée Dubois", "Renée Dubois"},
		{"By Reuters", "Reuters"},
		{"By The Associated Press", "The Associated Press"},
		{"Sara Quist, City Hall Reporter", "Sara Quist"},
		{"Tomas Brenner · 9 March 2026", "Tomas Brenner"},
		{"By J. R. Smith", "J. R. Smith"},
		// Not bylines.
		{"By Tuesday the talks had ended without a deal.", ""},
		{"Strategic Timing and Political Context", ""},
		{"Staff Reporter", ""},
		{"By the end of the year, prices had doubled.", ""},
		{"Putin, Kushner & Witkoff: No Ukraine Peace Deal After Talks", ""},
	}
	for _, tt := range tests {
		if got := parseByline(tt.in); got != tt.want {
			t.Errorf("parseByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Updated 14:32 GMT, 3 May 2025", "2025-05-03"},
		{"Published March 5, 2024 at 10:00", "2024-03-05"},
		{"2023-11-30T08:00:00Z", "2023-11-30"},
		{"Veröffentlicht am 12. März 2025", "2025-03-12"},
		{"Publié le 9 mars 2026", "2026-03-09"},
		{"12 de marzo de 2025", "2025-03-12"},
		{"February 30, 2024", ""},
		{"no date here", ""},
	}
	for _, tt := range tests {
		got, ok := findDate(tt.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	in := "Title line\r\n\r\nA paragraph that wraps\nin the middle of a sentence.\n\n• one\n• two\nShort heading\nBody after it."
	want := []string{"Title line", "A paragraph that wraps in the middle of a sentence.", "• one", "• two", "Short heading", "Body after it."}
	got := paragraphs(in)
	if len(got) != len(want) {
		t.Fatalf("paragraphs = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], want[i])
		}
	}
}
