package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/crosscheck/crosscheck/internal/web"
	"github.com/crosscheck/crosscheck/store"
)

const storiesHelp = `Usage: crosscheck stories [flags]

Lists the stories of the store's analysis: id, last article's date,
articles, sources (outlets, each once), events, conflicts and title.

` + dbHelp

func runStories(e env, args []string) int {
	fs := newFlagsExit("stories", storiesHelp, storeExitHelp)
	var db dbFlag
	db.register(fs)
	var since days
	fs.Var(&since, "since", "only stories with an article published within this `duration`, e.g. 24h or 7d (0: all)")
	order := fs.String("order", "newest", "newest, sources (most sources first) or disputed (most conflicts first)")
	limit := fs.Int("limit", 50, "at most this many stories (0: all)")
	offset := fs.Int("offset", 0, "skip this many stories first")
	asJSON := fs.Bool("json", false, `write {"stories": [...]} as JSON`)
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	q := store.StoryQuery{Limit: *limit, Offset: *offset}
	var err error
	if q.Order, err = storyOrder(*order); err == nil && len(pos) > 0 {
		err = fmt.Errorf("unexpected argument %q", pos[0])
	}
	if err != nil {
		return usageError(e, "stories", err)
	}
	if since > 0 {
		q.Since = time.Now().Add(-time.Duration(since))
	}
	s, ok := db.openExisting(e, "stories")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	list, err := s.Stories(e.ctx, q)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck stories: %v\n", err)
		return ExitFailed
	}
	if *asJSON {
		err = writeStoriesJSON(e.stdout, list)
	} else {
		err = writeStoriesTable(e.stdout, list)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck stories: %v\n", err)
		return ExitFailed
	}
	return ExitOK
}

func storyOrder(s string) (store.StoryOrder, error) {
	if o, ok := web.ParseOrder(s); ok && s != "" {
		return o, nil
	}
	return 0, fmt.Errorf("--order %q: want newest, sources or disputed", s)
}

func writeStoriesJSON(w io.Writer, list []store.StorySummary) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"stories": web.StoryItems(list)})
}

func writeStoriesTable(w io.Writer, list []store.StorySummary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLAST\tARTICLES\tSOURCES\tEVENTS\tCONFLICTS\tTITLE")
	for _, st := range list {
		last := "-"
		if !st.Last.IsZero() {
			last = st.Last.Format("2006-01-02")
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\n", st.ID, last, st.Articles, st.Sources, st.Events, st.Conflicts, oneLine(st.Title))
	}
	return tw.Flush()
}

// oneLine keeps untrusted text from breaking a table: control characters
// and line breaks become spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

const storyHelp = `Usage: crosscheck story [flags] ID

Writes one story of the store's analysis: its events, each event's facts
(agreed, disputed, single source) with the sentences that give each
value, and its conflicts. --format json writes the version-1 report's
story object; md, html and csv a report of the story and its articles.

` + dbHelp

func runStory(e env, args []string) int {
	fs := newFlagsExit("story", storyHelp, storeExitHelp)
	var db dbFlag
	db.register(fs)
	format := fs.String("format", "json", "json (the story object), md, html or csv")
	output := fs.String("o", "", "write to `file` instead of standard output")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	var err error
	if len(pos) != 1 {
		err = fmt.Errorf("want one story id, got %d arguments", len(pos))
	}
	write, ferr := reportWriter(*format)
	if err == nil {
		err = ferr
	}
	if err != nil {
		return usageError(e, "story", err)
	}
	s, ok := db.openExisting(e, "story")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	r, err := s.StoryReport(e.ctx, pos[0])
	if errors.Is(err, store.ErrNotFound) {
		fmt.Fprintf(e.stderr, "crosscheck story: no story %q in the store (ids look like s:…: crosscheck stories lists them)\n", pos[0])
		return ExitFailed
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck story: %v\n", err)
		return ExitFailed
	}
	st := r.Stories[0]
	err = writeOutput(e, *output, func(w io.Writer) error {
		if *format == "json" {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		return write(w, r)
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck story: %v\n", err)
		return ExitFailed
	}
	return ExitOK
}

// days is a duration flag that also takes whole days: "7d", "36h", "90m".
type days time.Duration

func (d *days) String() string { return time.Duration(*d).String() }

func (d *days) Set(v string) error {
	if n, ok := strings.CutSuffix(v, "d"); ok {
		if k, err := strconv.Atoi(n); err == nil && k >= 0 {
			*d = days(time.Duration(k) * 24 * time.Hour)
			return nil
		}
	}
	t, err := time.ParseDuration(v)
	if err != nil {
		return fmt.Errorf("want a duration such as 24h or 7d")
	}
	*d = days(t)
	return nil
}
