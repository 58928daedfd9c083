package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func encode(t *testing.T, enc *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	russian = "Президент России Владимир Путин провёл пятичасовую встречу со специальным посланником США в Кремле во вторник. Переговоры прошли без соглашения."
	french  = "Le président a déclaré mardi que les négociations à Genève étaient « très utiles », malgré l'absence d'accord. Les délégués se retrouveront en été."
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name        string
		body        []byte
		format      Format
		contentType string
		want        string // a substring of the decoded text
		charset     string
	}{
		{"utf-8", []byte("Zürich ist schön"), Text, "", "Zürich ist schön", "utf-8"},
		{"bom", append([]byte{0xef, 0xbb, 0xbf}, "Grüße"...), Text, "", "Grüße", "utf-8"},
		{"utf-16 bom", []byte{0xff, 0xfe, 'H', 0, 'i', 0, 0xe9, 0}, Text, "", "Hié", "utf-16"},
		{"windows-1251 undeclared", encode(t, charmap.Windows1251, russian), Text, "", "Владимир Путин", "windows-1251"},
		{"latin-1 undeclared", encode(t, charmap.ISO8859_1, french), Text, "", "négociations à Genève", "windows-1252"},
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1251"></head><body>`), encode(t, charmap.Windows1251, russian)...), HTML, "", "Кремле", "windows-1251"},
		{"http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>`), encode(t, charmap.ISO8859_1, french)...), HTML, "", "président", "windows-1252"},
		{"http header", encode(t, charmap.Windows1251, russian), Text, "text/plain; charset=windows-1251", "пятичасовую", "windows-1251"},
		{"mislabelled utf-8", []byte(`<meta charset="iso-8859-1"><p>Zürich ist schön`), HTML, "", "Zürich", "utf-8"},
		{"mostly utf-8", []byte("Zürich, Genève, Köln, Málaga, Sevilla, Öland, Ærø, Tromsø, Göteborg, Łódź, Kraków \xff end"), Text, "", "Kraków \uFFFD end", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs, _ := toUTF8(tt.body, tt.format, tt.contentType)
			if !utf8.Valid(out) {
				t.Fatalf("output is not UTF-8: %q", out)
			}
			if !strings.Contains(string(out), tt.want) {
				t.Errorf("decoded %q, want it to contain %q", out, tt.want)
			}
			if cs != tt.charset {
				t.Errorf("charset = %q, want %q", cs, tt.charset)
			}
		})
	}
}

// FuzzToUTF8: whatever the bytes and the declared charset, the output is
// valid UTF-8 and nothing panics.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("plain"), "")
	f.Add([]byte(`<meta charset="shift_jis">\x82\xa0\x82`), "")
	f.Add([]byte{0xfe, 0xff, 0xd8, 0x00}, "text/html; charset=utf-16")
	f.Add([]byte("\x1b$B\x30\x21"), "text/plain; charset=iso-2022-jp")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		for _, format := range []Format{Text, HTML} {
			out, _, _ := toUTF8(b, format, ct)
			if !utf8.Valid(out) {
				t.Fatalf("toUTF8(%q, %q) gave invalid UTF-8 %q", b, ct, out)
			}
		}
	})
}
