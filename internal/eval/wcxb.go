package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/ingest"
)

// Page is one page of an extraction benchmark in the WCXB layout:
// html/<id>.html.gz and ground-truth/<id>.json.
type Page struct {
	ID   string
	URL  string
	Gold string // the gold main text
	GZ   []byte // the page, gzip-compressed, as stored
}

// LoadPages reads every page of a benchmark directory, in id order.
func LoadPages(dir string) ([]Page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: %s: no html/*.html.gz pages (want the WCXB layout: html/<id>.html.gz, ground-truth/<id>.json)", dir)
	}
	sort.Strings(files)
	var pages []Page
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		gz, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		gold, pageURL, err := readGold(filepath.Join(dir, "ground-truth", id+".json"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: id, URL: pageURL, Gold: gold, GZ: gz})
	}
	return pages, nil
}

func readGold(path string) (text, pageURL string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", "", fmt.Errorf("eval: gold: %w", err)
	}
	var g struct {
		URL string `json:"url"`
		GT  struct {
			MainContent string `json:"main_content"`
		} `json:"ground_truth"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return "", "", fmt.Errorf("eval: gold %s: %w", path, err)
	}
	return g.GT.MainContent, g.URL, nil
}

// Extractor returns the main text of a page. Each one starts from the
// compressed page, so all pay the same decompression cost.
type Extractor func(p Page) (string, error)

// Extractors are the extractors `crosscheck eval extract` compares.
var Extractors = map[string]Extractor{
	"ours":        ours,
	"trafilatura": trafilaturaAlone,
	"readability": readabilityAlone,
}

// ours is crosscheck's own path: ingest (gzip, charset) then extract.
func ours(p Page) (string, error) {
	for d, err := range ingest.ReadBytes(p.ID+".html.gz", p.GZ, ingest.Options{}) {
		if err != nil {
			return "", err
		}
		a, err := extract.FromHTML(d.Body, extract.Hints{URL: p.URL})
		return a.Text, err
	}
	return "", nil
}

// trafilaturaAlone is go-trafilatura with comments excluded and the page
// URL given, as in the benchmark's README.
func trafilaturaAlone(p Page) (string, error) {
	raw, err := gunzip(p.GZ)
	if err != nil {
		return "", err
	}
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{ExcludeComments: true, OriginalURL: parseURL(p.URL)})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// readabilityAlone is readeck's go-readability rendered as text.
func readabilityAlone(p Page) (string, error) {
	raw, err := gunzip(p.GZ)
	if err != nil {
		return "", err
	}
	a, err := readability.FromReader(bytes.NewReader(raw), parseURL(p.URL))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = a.RenderText(&b)
	return b.String(), err
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func parseURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || s == "" {
		return nil
	}
	return u
}

// ExtractRun is the score and the speed of one extractor over a benchmark.
type ExtractRun struct {
	Totals  ExtractTotals
	Elapsed time.Duration // time spent in the extractor, one page at a time
}

// PagesPerSecond is the extractor's throughput on one core.
func (r ExtractRun) PagesPerSecond() float64 {
	return float64(r.Totals.Pages) / r.Elapsed.Seconds()
}

// RunExtract scores an extractor on every page, one page at a time so that
// the time is the time of one core. A page that fails counts as empty.
func RunExtract(pages []Page, x Extractor, progress func(done, total int)) ExtractRun {
	var run ExtractRun
	for i, p := range pages {
		start := time.Now()
		text, err := x(p)
		run.Elapsed += time.Since(start)
		if err != nil {
			text = ""
		}
		run.Totals.Add(ScorePage(p.Gold, text))
		if progress != nil {
			progress(i+1, len(pages))
		}
	}
	return run
}
