package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sync/singleflight"
)

// cacheBytes bounds the answers kept in memory.
const cacheBytes = 64 << 20

// cache keeps the answers of GET requests while the store's version
// stays the same: pages and JSON are functions of the store, so an answer
// holds until an ingest changes it. Requests for the same missing answer
// at the same time wait for one rendering.
type cache struct {
	mu      sync.Mutex
	version int64
	entries map[string]answer
	size    int
	flight  singleflight.Group
}

// answer is a recorded response, its body gzipped: pages repeat their
// article ids and markup, so they shrink tenfold, and the cache holds
// and sends that much more.
type answer struct {
	status      int
	contentType string
	gz          []byte
}

func newAnswer(status int, contentType string, body []byte) answer {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	zw.Write(body)
	zw.Close()
	return answer{status, contentType, b.Bytes()}
}

// write sends the answer, gzipped when the client takes gzip.
func (a answer) write(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	if a.contentType != "" {
		h.Set("Content-Type", a.contentType)
	}
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		w.WriteHeader(a.status)
		w.Write(a.gz)
		return
	}
	w.WriteHeader(a.status)
	zr, err := gzip.NewReader(bytes.NewReader(a.gz))
	if err == nil {
		io.Copy(w, zr)
	}
}

func (c *cache) get(version int64, key string) (answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version {
		c.version, c.entries, c.size = version, nil, 0
	}
	a, ok := c.entries[key]
	return a, ok
}

func (c *cache) put(version int64, key string, a answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version || a.status != http.StatusOK || len(a.gz) > cacheBytes/16 {
		return
	}
	if c.size+len(a.gz) > cacheBytes {
		c.entries, c.size = nil, 0 // start over: the pages asked for again come back first
	}
	if c.entries == nil {
		c.entries = map[string]answer{}
	}
	c.entries[key] = a
	c.size += len(a.gz)
}

// cached answers GET requests from the cache, rendering each missing
// answer once. Lists limited to a time window ("since") are not kept:
// they change as time passes.
func (s *Server) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Query().Has("since") {
			next.ServeHTTP(w, r)
			return
		}
		version, err := s.store.Version(r.Context())
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		a, ok := s.cache.get(version, key)
		if !ok {
			v, _, _ := s.cache.flight.Do(strconv.FormatInt(version, 10)+" "+key, func() (any, error) {
				rec := &recorder{header: http.Header{}, status: http.StatusOK}
				next.ServeHTTP(rec, r)
				a := newAnswer(rec.status, rec.header.Get("Content-Type"), rec.body.Bytes())
				s.cache.put(version, key, a)
				return a, nil
			})
			a = v.(answer)
		}
		a.write(w, r)
	})
}

// recorder is a ResponseWriter that keeps the response.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.body.Write(b)
}
