package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, a number or a punctuation mark.
type Token struct {
	Span
	Kind TokenKind
}

// TokenKind is what a token is made of.
type TokenKind uint8

// The kinds of token.
const (
	Word   TokenKind = iota // letters, maybe with digits, hyphens, apostrophes or abbreviation periods
	Number                  // starts with a digit: 27, 1.5, 2,000, 5-Hour
	Punct                   // one mark, or an ellipsis or a dash run
	Symbol                  // $ € % & and other symbols
)

// Tokenize splits text into tokens the way CoNLL and the Penn Treebank do:
// punctuation apart, the possessive 's apart ("Putin" "'s"), but
// hyphenated words ("four-hour", "Trump-Putin", "D-VA"), abbreviations
// ("U.S.", "Sen.", "Jan.") and numbers ("1,000.5") whole.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += size
		case isWordRune(r):
			end := dottedEnd(text, i)
			if end == 0 {
				end = wordEnd(text, i)
			}
			kind := Word
			if r >= '0' && r <= '9' {
				kind = Number
			}
			toks = append(toks, Token{Span{i, end}, kind})
			i = end
		case r == '\'' || r == '’':
			end := i + size
			if s := possessiveAt(text, i); s > 0 {
				end = i + s
			}
			toks = append(toks, Token{Span{i, end}, Punct})
			i = end
		case r == '.' && strings.HasPrefix(text[i:], "..."):
			toks = append(toks, Token{Span{i, i + 3}, Punct})
			i += 3
		case r == '-' && strings.HasPrefix(text[i:], "--"):
			end := i
			for end < len(text) && text[end] == '-' {
				end++
			}
			toks = append(toks, Token{Span{i, end}, Punct})
			i = end
		case unicode.IsPunct(r):
			toks = append(toks, Token{Span{i, i + size}, Punct})
			i += size
		default:
			toks = append(toks, Token{Span{i, i + size}, Symbol})
			i += size
		}
	}
	return toks
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r > 127 && unicode.IsSpace(r)) || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns where the word starting at i ends. Inside a word it
// accepts a hyphen or an apostrophe between word characters (but not the
// possessive 's), a period or comma between digits, and the periods of an
// abbreviation.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if j == i || j+size >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+size:])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		switch {
		case (r == '-' || r == '‑') && isWordRune(next):
		case (r == '\'' || r == '’') && unicode.IsLetter(next) && possessiveAt(text, j) == 0:
		case (r == '.' || r == ',') && isDigit(prev) && isDigit(next):
		case r == '&' && isUpper(prev) && isUpper(next) && j+size < len(text):
			// "AT&T", "S&P"
		default:
			return abbreviationEnd(text, i, j)
		}
		j += size
	}
	return abbreviationEnd(text, i, j)
}

// abbreviationEnd extends a word ending at j over a period that belongs to
// it: an initial ("J."), letters with periods ("U.S.", "a.m."), or a known
// abbreviation ("Sen.", "Jan.", "Inc.").
func abbreviationEnd(text string, i, j int) int {
	if j >= len(text) || text[j] != '.' {
		return j
	}
	word := text[i:j]
	switch {
	case utf8.RuneCountInString(word) == 1 && isUpper(firstRune(word)):
		return j + 1 // an initial
	case abbreviations[word]:
		return j + 1
	}
	return j
}

// dottedEnd returns the end of single letters joined by periods at i
// ("U.S.", "a.m.", "e.g."), or 0.
func dottedEnd(text string, i int) int {
	j, n := i, 0
	for j+1 < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || j+size >= len(text) || text[j+size] != '.' {
			break
		}
		if j+size+1 < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j+size+1:]); isWordRune(next) && !unicode.IsLetter(next) {
				break
			}
		}
		j += size + 1
		n++
		if j < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsLetter(next) {
				break
			}
			if after := j + utf8.RuneLen(firstRune(text[j:])); after < len(text) && text[after] != '.' {
				break
			}
		}
	}
	if n < 2 {
		return 0
	}
	return j
}

// possessiveAt returns the length of a possessive or contraction suffix
// ('s, ’s, 'S) starting at i, or 0.
func possessiveAt(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' || i == 0 {
		return 0
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if !isWordRune(prev) || i+size >= len(text) || (text[i+size] != 's' && text[i+size] != 'S') {
		return 0
	}
	after := i + size + 1
	if after < len(text) {
		if next, _ := utf8.DecodeRuneInString(text[after:]); isWordRune(next) {
			return 0
		}
	}
	return size + 1
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpper(r rune) bool {
	if r < 128 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
