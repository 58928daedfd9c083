package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// GoldLabel is an article's gold event and topic (its story).
type GoldLabel struct {
	Event, Topic string
}

// ReadClusterGold reads gold JSONL: one object a line with id, event and
// topic; other fields are ignored. Errors name the line, and the file when
// r has a Name (an *os.File does).
func ReadClusterGold(r io.Reader) (map[string]GoldLabel, error) {
	gold := map[string]GoldLabel{}
	line := map[string]int{}
	name := sourceName(r, "gold.jsonl")
	err := eachLine(r, name, func(n int, b []byte) error {
		var rec struct {
			ID    string `json:"id"`
			Event string `json:"event"`
			Topic string `json:"topic"`
		}
		if err := json.Unmarshal(b, &rec); err != nil || rec.ID == "" || rec.Event == "" || rec.Topic == "" {
			return fmt.Errorf("eval: %s:%d: want an object with string fields id, event and topic", name, n)
		}
		if first, ok := line[rec.ID]; ok {
			return fmt.Errorf("eval: %s:%d: id %q already on line %d", name, n, rec.ID, first)
		}
		gold[rec.ID], line[rec.ID] = GoldLabel{rec.Event, rec.Topic}, n
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("eval: %s: no gold articles", name)
	}
	return gold, nil
}

// EventLabels maps each gold article to its event.
func EventLabels(gold map[string]GoldLabel) map[string]string {
	m := make(map[string]string, len(gold))
	for id, g := range gold {
		m[id] = g.Event
	}
	return m
}

// TopicLabels maps each gold article to its topic.
func TopicLabels(gold map[string]GoldLabel) map[string]string {
	m := make(map[string]string, len(gold))
	for id, g := range gold {
		m[id] = g.Topic
	}
	return m
}

// eachLine calls fn with each non-blank line of r and its 1-based number.
func eachLine(r io.Reader, name string, fn func(n int, b []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := fn(n, sc.Bytes()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: %s: %w", name, err)
	}
	return nil
}

func sourceName(r io.Reader, fallback string) string {
	if f, ok := r.(interface{ Name() string }); ok {
		return f.Name()
	}
	return fallback
}

// ReportClusters reads the clusters of a crosscheck v1 JSON report:
// events are each stories[].events[] entry's articles, stories in report
// order and events in story order; stories are each stories[] entry's
// articles followed by those of its events, each article once. Errors
// name the file when r has a Name.
func ReportClusters(r io.Reader) (events, stories [][]string, err error) {
	var rep struct {
		Version *int `json:"version"`
		Stories *[]struct {
			Articles []string `json:"articles"`
			Events   []struct {
				Articles []string `json:"articles"`
			} `json:"events"`
		} `json:"stories"`
	}
	name := sourceName(r, "report")
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, nil, fmt.Errorf("eval: read %s: %w", name, err)
	}
	if rep.Version != nil && *rep.Version != 1 {
		return nil, nil, fmt.Errorf("eval: read %s: report version %d, want 1", name, *rep.Version)
	}
	if rep.Stories == nil {
		return nil, nil, fmt.Errorf("eval: read %s: no stories; want the output of crosscheck analyze --format json", name)
	}
	for _, s := range *rep.Stories {
		all := slices.Clone(s.Articles)
		for _, e := range s.Events {
			events = append(events, e.Articles)
			all = append(all, e.Articles...)
		}
		stories = append(stories, unique(all))
	}
	return events, stories, nil
}

// unique drops later copies of an id, keeping the order.
func unique(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// ClusterScore is BCubed and pairwise precision, recall and F1.
type ClusterScore struct {
	P, R, F1             float64
	PairP, PairR, PairF1 float64
	Articles             int // gold articles scored
	Repeated             int // gold articles listed more than once
}

// BCubed scores predicted clusters against gold labels (article → label)
// as the ECB+ set's README defines it: a gold article in no cluster is a
// singleton; an article listed in several clusters belongs to the first;
// ids not in gold are ignored; P and R are means over all gold articles.
// The pairwise figures count unordered pairs of gold articles.
func BCubed(pred [][]string, gold map[string]string) ClusterScore {
	s := ClusterScore{Articles: len(gold)}
	if len(gold) == 0 {
		return s
	}
	of, repeated := assign(pred, gold)
	s.Repeated = repeated
	ids := sortedIDs(gold)
	members := map[int][]string{}
	for _, a := range ids {
		members[of[a]] = append(members[of[a]], a)
	}
	size := map[string]int{}
	for _, l := range gold {
		size[l]++
	}
	// Each pair is counted from both ends, so the pair ratios are unchanged.
	var tp, predPairs, goldPairs int
	for _, a := range ids {
		c, l := members[of[a]], gold[a]
		same := 0
		for _, b := range c {
			if gold[b] == l {
				same++
			}
		}
		s.P += float64(same) / float64(len(c))
		s.R += float64(same) / float64(size[l])
		tp, predPairs, goldPairs = tp+same-1, predPairs+len(c)-1, goldPairs+size[l]-1
	}
	n := float64(len(gold))
	s.P, s.R = s.P/n, s.R/n
	s.F1 = f1(s.P, s.R)
	s.PairP, s.PairR = ratio(tp, predPairs), ratio(tp, goldPairs)
	s.PairF1 = f1(s.PairP, s.PairR)
	return s
}

// assign gives each gold article its first predicted cluster, or a new
// singleton, and counts the gold articles listed more than once.
func assign(pred [][]string, gold map[string]string) (of map[string]int, repeated int) {
	of = map[string]int{}
	counted := map[string]bool{}
	for c, cl := range pred {
		for _, a := range cl {
			if _, ok := gold[a]; !ok {
				continue
			}
			if _, ok := of[a]; !ok {
				of[a] = c
			} else if !counted[a] {
				counted[a] = true
				repeated++
			}
		}
	}
	next := len(pred)
	for _, a := range sortedIDs(gold) {
		if _, ok := of[a]; !ok {
			of[a], next = next, next+1
		}
	}
	return of, repeated
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func sortedIDs(m map[string]string) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
