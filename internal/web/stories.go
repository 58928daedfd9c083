package web

import (
	"cmp"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/report"
	"github.com/crosscheck/crosscheck/store"
)

// Page sizes: the default and the most one request may ask for.
const (
	pageSize = 50
	maxLimit = 500
)

// StoryItem is a story in the API's list and in `crosscheck stories
// --json`.
type StoryItem struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Articles  int     `json:"articles"`
	Sources   int     `json:"sources"`
	Events    int     `json:"events"`
	Conflicts int     `json:"conflicts"`
	First     *string `json:"first"`
	Last      *string `json:"last"`
}

// StoryItems describes stories for JSON.
func StoryItems(list []store.StorySummary) []StoryItem {
	items := make([]StoryItem, 0, len(list))
	for _, st := range list {
		items = append(items, StoryItem{st.ID, st.Title, st.Articles, st.Sources, st.Events, st.Conflicts,
			timeOrNil(st.First), timeOrNil(st.Last)})
	}
	return items
}

func timeOrNil(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := report.FormatTime(t)
	return &s
}

// ParseOrder reads a story order by name: newest, sources or disputed.
func ParseOrder(s string) (store.StoryOrder, bool) {
	switch s {
	case "", "newest":
		return store.Newest, true
	case "sources":
		return store.MostSources, true
	case "disputed":
		return store.MostDisputed, true
	}
	return 0, false
}

// storyQuery reads order, since (a duration such as 24h, or an RFC 3339
// time), limit and offset.
func storyQuery(q url.Values) (store.StoryQuery, error) {
	var sq store.StoryQuery
	var ok bool
	if sq.Order, ok = ParseOrder(q.Get("order")); !ok {
		return sq, badRequest{"order: want newest, sources or disputed"}
	}
	if s := q.Get("since"); s != "" {
		if d, err := time.ParseDuration(s); err == nil && d > 0 {
			sq.Since = time.Now().Add(-d)
		} else if t, err := time.Parse(time.RFC3339, s); err == nil {
			sq.Since = t
		} else {
			return sq, badRequest{"since: want a duration such as 24h or an RFC 3339 time"}
		}
	}
	var err error
	sq.Limit, sq.Offset, err = window(q)
	return sq, err
}

// window reads limit and offset, or page (from 1) for the pages.
func window(q url.Values) (limit, offset int, err error) {
	num := func(key string, def, lo, hi int) int {
		s := q.Get(key)
		if s == "" || err != nil {
			return def
		}
		n, e := strconv.Atoi(s)
		if e != nil || n < lo || n > hi {
			err = badRequest{key + ": want a whole number from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)}
			return def
		}
		return n
	}
	limit = num("limit", pageSize, 1, maxLimit)
	offset = num("offset", 0, 0, 1<<30)
	if page := num("page", 0, 1, 1<<20); page > 0 {
		offset = (page - 1) * limit
	}
	return limit, offset, err
}

// stories runs the story query of the request and reports whether
// there is a next page (it asks the store for one row more).
func (s *Server) stories(r *http.Request) ([]store.StorySummary, store.StoryQuery, bool, error) {
	q, err := storyQuery(r.URL.Query())
	if err != nil {
		return nil, q, false, err
	}
	q.Limit++
	list, err := s.store.Stories(r.Context(), q)
	q.Limit--
	if len(list) > q.Limit {
		return list[:q.Limit], q, true, err
	}
	return list, q, false, err
}

type storiesData struct {
	URL         *url.URL
	Order       string
	Stories     []store.StorySummary
	Page        int
	Prev, Next  int // pages; 0: none
	FirstNumber int
}

func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	list, q, next, err := s.stories(r)
	if err != nil {
		s.fail(w, r, false, err)
		return
	}
	page := q.Offset/q.Limit + 1
	d := storiesData{URL: r.URL, Order: cmp.Or(r.URL.Query().Get("order"), "newest"), Stories: list,
		Page: page, FirstNumber: q.Offset + 1}
	if next {
		d.Next = page + 1
	}
	if page > 1 {
		d.Prev = page - 1
	}
	s.render(w, r, http.StatusOK, "stories", d)
}

func (s *Server) storiesAPI(w http.ResponseWriter, r *http.Request) {
	list, q, next, err := s.stories(r)
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	out := struct {
		Stories []StoryItem `json:"stories"`
		Next    string      `json:"next,omitempty"`
	}{Stories: StoryItems(list)}
	if next {
		out.Next = pageURL(r.URL, "offset", q.Offset+q.Limit)
	}
	s.writeJSON(w, http.StatusOK, out)
}
