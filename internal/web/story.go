package web

import (
	"net/http"

	"github.com/crosscheck/crosscheck/report"
)

type storyData struct {
	report.Report
	Story report.Story
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	rep, err := s.store.StoryReport(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, false, err)
		return
	}
	s.render(w, r, http.StatusOK, "story", storyData{rep, rep.Stories[0]})
}

// storyAPI answers the story as the v1 report's story object.
func (s *Server) storyAPI(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	s.writeJSON(w, http.StatusOK, st)
}

// storyReportAPI answers what the story page shows: a v1 report of the
// story alone, with its articles, entities and quotes.
func (s *Server) storyReportAPI(w http.ResponseWriter, r *http.Request) {
	rep, err := s.store.StoryReport(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	s.writeJSON(w, http.StatusOK, rep)
}
