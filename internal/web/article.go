package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

type articleData struct {
	Article    report.Article // the analysed article; ID, title and removed lines at least
	Story      string         // "" before the first analysis
	Paragraphs []paragraph
	Spans      int
	Target     bool // the link named a span of this text
}

// article gathers an article, its story and the evidence in its text.
func (s *Server) article(r *http.Request) (articleData, store.Article, error) {
	id := r.PathValue("id")
	stored, err := s.store.Article(r.Context(), id)
	if err != nil {
		return articleData{}, stored, err
	}
	d := articleData{Article: report.NewArticle(report.Input{ID: id, Source: stored.Doc.Source, Article: stored.Extracted,
		Notes: stored.Doc.Notes}, report.Options{})}
	if a, err := s.store.Analysed(r.Context(), id); err == nil {
		d.Article = a
	} else if !errors.Is(err, store.ErrNotFound) {
		return d, stored, err
	}
	var marks []report.Mark
	d.Story, err = s.store.StoryOf(r.Context(), id)
	if err == nil {
		marks, err = s.store.Marks(r.Context(), id)
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return d, stored, err
	}
	target, err := parseSpan(r.URL.Query().Get("span"))
	if err != nil {
		return d, stored, err
	}
	d.Spans = len(marks)
	d.Paragraphs = paragraphs(stored.Extracted.Text, stored.Extracted.Blocks, marks, target)
	d.Target = target[1] > 0
	return d, stored, nil
}

// parseSpan reads "start-end", byte offsets; "" is no span.
func parseSpan(s string) ([2]int, error) {
	if s == "" {
		return [2]int{}, nil
	}
	a, b, ok := strings.Cut(s, "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end <= start {
		return [2]int{}, badRequest{fmt.Sprintf("span %q: want START-END, byte offsets", s)}
	}
	return [2]int{start, end}, nil
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	d, _, err := s.article(r)
	if err != nil {
		s.fail(w, r, false, err)
		return
	}
	s.render(w, r, http.StatusOK, "article", d)
}

// articleAPI answers the analysed article with its main text and the
// story it is in.
func (s *Server) articleAPI(w http.ResponseWriter, r *http.Request) {
	d, stored, err := s.article(r)
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	d.Article.Text = stored.Extracted.Text
	s.writeJSON(w, http.StatusOK, struct {
		Article report.Article `json:"article"`
		Story   string         `json:"story"`
	}{d.Article, d.Story})
}
