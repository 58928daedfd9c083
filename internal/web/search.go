package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/crosscheck/crosscheck/store"
)

// hit is a search result for a page: the snippet cut into plain and
// matched runs.
type hit struct {
	store.Hit
	Runs []run
}

type searchData struct {
	URL        *url.URL
	Query      string
	Hits       []hit
	Page       int
	Prev, Next int
}

// search runs the query of the request, one row past the page.
func (s *Server) search(r *http.Request) (hits []store.Hit, limit, offset int, err error) {
	q := r.URL.Query()
	limit, offset, err = window(q)
	if err != nil || strings.TrimSpace(q.Get("q")) == "" {
		return nil, limit, offset, err
	}
	hits, err = s.store.Search(r.Context(), q.Get("q"), limit+1, offset)
	return hits, limit, offset, err
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	hits, limit, offset, err := s.search(r)
	if err != nil {
		s.fail(w, r, false, err)
		return
	}
	d := searchData{URL: r.URL, Query: r.URL.Query().Get("q"), Page: offset/limit + 1}
	if len(hits) > limit {
		hits, d.Next = hits[:limit], d.Page+1
	}
	if d.Page > 1 {
		d.Prev = d.Page - 1
	}
	for _, h := range hits {
		d.Hits = append(d.Hits, hit{h, snippetRuns(h.Snippet)})
	}
	s.render(w, r, http.StatusOK, "search", d)
}

// snippetRuns cuts a snippet at its match marks.
func snippetRuns(s string) []run {
	var out []run
	for s != "" {
		i := strings.Index(s, store.MarkStart)
		if i < 0 {
			return append(out, run{Text: s})
		}
		if i > 0 {
			out = append(out, run{Text: s[:i]})
		}
		s = s[i+len(store.MarkStart):]
		j := strings.Index(s, store.MarkEnd)
		if j < 0 {
			j = len(s)
		}
		out = append(out, run{Text: s[:j], Target: true})
		s = strings.TrimPrefix(s[j:], store.MarkEnd)
	}
	return out
}

// SearchHit is a hit in the API and in `crosscheck search --json`: the
// snippet as plain text and the byte ranges in it that matched.
type SearchHit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published *string  `json:"published"`
	Story     string   `json:"story"`
	Snippet   string   `json:"snippet"`
	Matches   [][2]int `json:"matches"`
}

// SearchHits describes hits for JSON.
func SearchHits(hits []store.Hit) []SearchHit {
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		sh := SearchHit{ID: h.ID, Title: h.Title, Published: timeOrNil(h.Published), Story: h.Story, Matches: [][2]int{}}
		for _, ru := range snippetRuns(h.Snippet) {
			if ru.Target {
				sh.Matches = append(sh.Matches, [2]int{len(sh.Snippet), len(sh.Snippet) + len(ru.Text)})
			}
			sh.Snippet += ru.Text
		}
		out = append(out, sh)
	}
	return out
}

func (s *Server) searchAPI(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSpace(r.URL.Query().Get("q")) == "" {
		s.fail(w, r, true, badRequest{"q: give the words to search for"})
		return
	}
	hits, limit, offset, err := s.search(r)
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	out := struct {
		Hits []SearchHit `json:"hits"`
		Next string      `json:"next,omitempty"`
	}{}
	if len(hits) > limit {
		hits, out.Next = hits[:limit], pageURL(r.URL, "offset", offset+limit)
	}
	out.Hits = SearchHits(hits)
	s.writeJSON(w, http.StatusOK, out)
}
