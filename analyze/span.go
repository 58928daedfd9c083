package analyze

// Span is a range of bytes [Start, End) in an article's main text.
type Span struct {
	Start, End int
}

// Text returns the span's text.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
