package web

import "net/http"

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	en, err := s.store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, false, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", en)
}

// entityAPI answers the v1 report's entity object, over all stories.
func (s *Server) entityAPI(w http.ResponseWriter, r *http.Request) {
	en, err := s.store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, true, err)
		return
	}
	s.writeJSON(w, http.StatusOK, en)
}
