package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDumpBlocks writes every block of the benchmark pages with its
// features to scratch/blocks.jsonl (only when DUMP_BLOCKS is set).
func TestDumpBlocks(t *testing.T) {
	if os.Getenv("DUMP_BLOCKS") == "" {
		t.Skip()
	}
	dir := "/work/shared/bench/extraction/wcxb-dev"
	files, _ := filepath.Glob(dir + "/html/*.html.gz")
	out, _ := os.Create("/work/main/scratch/blocks.jsonl")
	defer out.Close()
	enc := json.NewEncoder(out)
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		gz, _ := os.ReadFile(f)
		zr, _ := gzip.NewReader(bytes.NewReader(gz))
		raw, _ := io.ReadAll(zr)
		doc, _ := html.Parse(bytes.NewReader(raw))
		body := findBody(doc)
		blocks := segment(body)
		root := findRoot(blocks, body)
		for i, b := range blocks {
			var path []string
			for n := b.node; n != nil && n != body; n = n.Parent {
				path = append(path, n.Data+"."+attr(n, "class")+"#"+attr(n, "id"))
			}
			enc.Encode(map[string]any{"id": id, "i": i, "text": b.text, "words": b.words, "links": b.linkWords,
				"kind": b.kind.String(), "list": b.list, "cell": b.cell, "pre": b.pre, "sent": b.sentence,
				"inroot": contains(root, b.node), "path": path})
		}
	}
}

func attr(n *html.Node, k string) string {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val
		}
	}
	return ""
}
