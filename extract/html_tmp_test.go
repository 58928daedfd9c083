package extract

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTmpFind(t *testing.T) {
	id, frag := os.Getenv("ID"), os.Getenv("FRAG")
	gz, _ := os.ReadFile("/work/shared/bench/extraction/wcxb-dev/html/" + id + ".html.gz")
	zr, _ := gzip.NewReader(bytes.NewReader(gz))
	raw, _ := io.ReadAll(zr)
	doc, _ := html.Parse(bytes.NewReader(raw))
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && strings.Contains(n.Data, frag) {
			for a := n.Parent; a != nil; a = a.Parent {
				fmt.Printf("  %s %v\n", a.Data, a.Attr)
			}
			fmt.Println("----")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}
