// Package web is crosscheck's web UI and JSON API over a store: the list
// of stories, a story (what the HTML report shows, from the stored
// analysis), an article with its removed lines and its evidence
// highlighted, an entity with its descriptors by source, and search.
// routes.go lists every route; each handler has a file; the views are
// embedded and share their blocks with the static HTML report.
package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

//go:embed views/*.html
var viewFiles embed.FS

// views are the pages; each defines "title" and "content" for the
// layout.
var views = []string{"stories", "story", "article", "entity", "search", "error"}

// Server serves the UI and the API of one store.
type Server struct {
	store store.Store
	log   *slog.Logger
	pages map[string]*template.Template
	cache cache
}

// New parses the views; it fails if one is missing or broken.
func New(s store.Store, log *slog.Logger) (*Server, error) {
	srv := &Server{store: s, log: log, pages: map[string]*template.Template{}}
	for _, name := range views {
		t := report.Templates().Funcs(template.FuncMap{
			"storyURL":    storyURL,
			"articleURL":  articleURL,
			"entityURL":   entityURL,
			"evidenceURL": evidenceURL,
			"pageURL":     pageURL,
			"spanURL":     spanURL,
			"add":         func(a, b int) int { return a + b },
			"join":        strings.Join,
			"others":      others,
			"date":        date,
		})
		t, err := t.ParseFS(viewFiles, "views/layout.html", "views/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: view %s: %w", name, err)
		}
		for _, block := range []string{"layout", "title", "content"} {
			if t.Lookup(block) == nil {
				return nil, fmt.Errorf("web: view %s: no %q template", name, block)
			}
		}
		srv.pages[name] = t
	}
	return srv, nil
}

func storyURL(id string) string   { return "/stories/" + url.PathEscape(id) }
func articleURL(id string) string { return "/articles/" + url.PathEscape(id) }
func entityURL(id string) string  { return "/entities/" + url.PathEscape(id) }

// evidenceURL links the article of a piece of evidence, its bytes marked
// as the target.
func evidenceURL(ev report.Evidence) string {
	return fmt.Sprintf("%s?span=%d-%d#evidence", articleURL(ev.Article), ev.Start, ev.End)
}

// spanURL links an article with a span of its text marked.
func spanURL(sp report.Span) string {
	return evidenceURL(report.Evidence{Article: sp.Article, Start: sp.Start, End: sp.End})
}

// date writes a time to the minute, UTC; "" for the zero time.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04")
}

// pageURL is the current URL with one query parameter set.
func pageURL(u *url.URL, key string, value int) string {
	q := u.Query()
	q.Set(key, strconv.Itoa(value))
	return u.Path + "?" + q.Encode()
}

// render writes a page; the page is rendered to memory first, so a
// template error gives a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b bytes.Buffer
	page := template.Must(s.pages[name].Clone()).Funcs(template.FuncMap{"articleLabel": s.labels(r.Context(), data)})
	if err := page.ExecuteTemplate(&b, "layout", data); err != nil {
		s.log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// labels names articles as a page shows them (report.Article.Label): from
// the page's report when it holds the article, else from the store, each
// looked up once; an article the store does not hold is shown by id.
func (s *Server) labels(ctx context.Context, data any) func(string) string {
	memo := map[string]string{}
	if d, ok := data.(storyData); ok {
		for _, a := range d.Report.Articles {
			memo[a.ID] = a.Label()
		}
	}
	return func(id string) string {
		if l, ok := memo[id]; ok {
			return l
		}
		l := id
		if a, err := s.store.Analysed(ctx, id); err == nil {
			l = a.Label()
		}
		memo[id] = l
		return l
	}
}

// writeJSON writes an API answer. "<", ">" and "&" are written escaped
// ("\u003c"): JSON readers decode them, and article text carrying markup
// can then never be taken for HTML by a reader that sniffs.
func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		s.log.Error("encode", "err", err)
		http.Error(w, `{"error": "internal error"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// errorPage is what the error view shows.
type errorPage struct {
	Status  int
	Message string
}

// fail answers a failed request: not found for ErrNotFound, else an
// internal error, logged; as a page or, for the API, as JSON.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, err error) {
	status, msg := http.StatusInternalServerError, "internal error"
	var bad badRequest
	switch {
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "not found"
	case errors.As(err, &bad):
		status, msg = http.StatusBadRequest, bad.Error()
	case errors.Is(err, store.ErrNoWords):
		status, msg = http.StatusBadRequest, "q: the query has no words"
	default:
		s.log.Error("request", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if api {
		s.writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.render(w, r, status, "error", errorPage{status, msg})
}

// badRequest is a query parameter the server cannot use.
type badRequest struct{ msg string }

func (b badRequest) Error() string { return b.msg }

// others is list without name: the other ways a name is written.
func others(list []string, name string) []string {
	var out []string
	for _, s := range list {
		if s != name {
			out = append(out, s)
		}
	}
	return out
}
