package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/store"
)

// maxBody is the most a request body may hold: the server takes no
// uploads, so anything larger is refused.
const maxBody = 64 << 10

// Handler returns every route, wrapped in the middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.storiesPage)
	mux.HandleFunc("GET /stories/{id}", s.storyPage)
	mux.HandleFunc("GET /articles/{id}", s.articlePage)
	mux.HandleFunc("GET /entities/{id}", s.entityPage)
	mux.HandleFunc("GET /search", s.searchPage)

	mux.HandleFunc("GET /api/v1/stories", s.storiesAPI)
	mux.HandleFunc("GET /api/v1/stories/{id}", s.storyAPI)
	mux.HandleFunc("GET /api/v1/stories/{id}/report", s.storyReportAPI)
	mux.HandleFunc("GET /api/v1/articles/{id}", s.articleAPI)
	mux.HandleFunc("GET /api/v1/entities/{id}", s.entityAPI)
	mux.HandleFunc("GET /api/v1/search", s.searchAPI)

	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) { s.fail(w, r, true, store.ErrNotFound) })
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) { s.fail(w, r, false, store.ErrNotFound) })
	return s.middleware(s.cached(mux))
}

// middleware sets the headers every answer carries (no script may run,
// nothing is loaded from elsewhere), limits request bodies, turns a
// panic into a 500 and logs each request.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				http.Error(sw, "internal error", http.StatusInternalServerError)
			}
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
				"duration", time.Since(start))
		}()
		if r.Method != http.MethodGet && r.Method != http.MethodHead && strings.HasPrefix(r.URL.Path, "/api/") {
			h.Set("Allow", "GET, HEAD")
			s.writeJSON(sw, http.StatusMethodNotAllowed, map[string]string{"error": r.Method + " is not allowed: the API only reads"})
			return
		}
		next.ServeHTTP(sw, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}
