package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parseBody(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return findBody(doc)
}

func TestSegment(t *testing.T) {
	body := parseBody(t, `<body><h2>Why it <em>matters</em></h2>
<p>First <a href="/x">linked words</a> here.</p><ul><li>One</li><li>Two</li></ul>
<table><tr><td>a</td><td>b</td></tr></table><script>var x</script>
<div hidden>secret</div><div style="display: none">gone</div>
<figure><figcaption>A photo</figcaption></figure></body>`)
	tests := []struct {
		text      string
		kind      Kind
		linkWords int
		list      bool
		cell      bool
	}{
		{"Why it matters", Heading, 0, false, false},
		{"First linked words here.", Body, 2, false, false},
		{"One", Body, 0, true, false},
		{"Two", Body, 0, true, false},
		{"a", Body, 0, false, true},
		{"b", Body, 0, false, true},
		{"secret", Body, 0, false, false}, // hidden right under body: streamed content
		{"A photo", Caption, 0, false, false},
	}
	got := segment(body)
	if len(got) != len(tests) {
		for _, b := range got {
			t.Logf("%q", b.text)
		}
		t.Fatalf("got %d blocks, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		b := got[i]
		if b.text != tt.text || b.kind != tt.kind || b.linkWords != tt.linkWords || b.list != tt.list || b.cell != tt.cell {
			t.Errorf("block %d = %q %v links %d list %v cell %v, want %+v", i, b.text, b.kind, b.linkWords, b.list, b.cell, tt)
		}
	}
}

func TestHidden(t *testing.T) {
	tests := []struct {
		html string
		want bool
	}{
		{`<body><div><p hidden>x</p></div></body>`, true},
		{`<body><div><p style="visibility: hidden">x</p></div></body>`, true},
		{`<body><div><p style="color:red">x</p></div></body>`, false},
		{`<body><div hidden><p>x</p></div></body>`, false},
	}
	for _, tt := range tests {
		body := parseBody(t, tt.html)
		var p *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "div" && p == nil && n.Parent == body && hasAttr(n, "hidden")) {
				p = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(body)
		if got := hidden(p); got != tt.want {
			t.Errorf("%s: hidden = %v, want %v", tt.html, got, tt.want)
		}
	}
}

func hasAttr(n *html.Node, k string) bool {
	for _, a := range n.Attr {
		if a.Key == k {
			return true
		}
	}
	return false
}
