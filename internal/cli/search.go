package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/web"
	"github.com/crosscheck/crosscheck/store"
)

const searchHelp = `Usage: crosscheck search [flags] WORDS...

Finds stored articles by the words of their title and text, best match
first (a word in the title counts more), and shows each with its story
and a passage where the words occur, marked [like this]. Every word must
occur; "quoted words" must occur together. Case and accents do not
matter.

` + dbHelp

func runSearch(e env, args []string) int {
	fs := newFlagsExit("search", searchHelp, storeExitHelp)
	var db dbFlag
	db.register(fs)
	limit := fs.Int("limit", 20, "at most this many articles")
	offset := fs.Int("offset", 0, "skip this many first")
	asJSON := fs.Bool("json", false, `write {"hits": [...]} as JSON`)
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	query := strings.Join(pos, " ")
	if strings.TrimSpace(query) == "" {
		return usageError(e, "search", errors.New("no words to search for"))
	}
	s, ok := db.openExisting(e, "search")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	hits, err := s.Search(e.ctx, query, *limit, *offset)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck search: %v\n", err)
		return ExitFailed
	}
	marks := strings.NewReplacer(store.MarkStart, "[", store.MarkEnd, "]")
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"hits": web.SearchHits(hits)}); err != nil {
			return ExitFailed
		}
		return ExitOK
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stderr, "crosscheck search: no article has %s\n", query)
		return ExitOK
	}
	for _, h := range hits {
		story := h.Story
		if story == "" {
			story = "-"
		}
		fmt.Fprintf(e.stdout, "%s  %s  (story %s)\n    %s\n", h.ID, oneLine(h.Title), story, oneLine(marks.Replace(h.Snippet)))
	}
	return ExitOK
}
