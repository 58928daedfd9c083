package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
)

// ClusterGold is the gold grouping of a clustering benchmark: per article
// id, its event and its topic (story).
type ClusterGold struct {
	Event, Topic map[string]string
}

// LoadClusterGold reads gold JSONL: one object a line with id, event and
// topic.
func LoadClusterGold(path string) (ClusterGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return ClusterGold{}, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	g := ClusterGold{Event: map[string]string{}, Topic: map[string]string{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct{ ID, Event, Topic string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.ID == "" {
			return ClusterGold{}, fmt.Errorf("eval: %s:%d: want an object with id, event and topic", path, n)
		}
		g.Event[rec.ID], g.Topic[rec.ID] = rec.Event, rec.Topic
	}
	if err := sc.Err(); err != nil {
		return ClusterGold{}, fmt.Errorf("eval: %s: %w", path, err)
	}
	if len(g.Event) == 0 {
		return ClusterGold{}, fmt.Errorf("eval: %s: no gold articles", path)
	}
	return g, nil
}

// ReportClusters reads a crosscheck v1 JSON report's clusters: each
// event's articles, stories in report order and events in story order;
// and each story's articles with those of its events.
func ReportClusters(r io.Reader) (events, stories [][]string, err error) {
	var rep struct {
		Stories []struct {
			Articles []string
			Events   []struct{ Articles []string }
		}
	}
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, nil, fmt.Errorf("eval: read report: %w", err)
	}
	for _, s := range rep.Stories {
		all := append([]string(nil), s.Articles...)
		for _, e := range s.Events {
			events = append(events, e.Articles)
			all = append(all, e.Articles...)
		}
		slices.Sort(all)
		stories = append(stories, slices.Compact(all))
	}
	return events, stories, nil
}

// ClusterScore is BCubed and pairwise precision, recall and F1.
type ClusterScore struct {
	P, R, F1             float64
	PairP, PairR, PairF1 float64
	Articles             int // gold articles scored
	Repeated             int // articles listed in more than one cluster
}

// BCubed scores predicted clusters against gold labels (article → label)
// as the ECB+ set's README says: a gold article in no cluster is a
// singleton; an article in several clusters belongs to the first; ids not
// in gold are ignored; P and R are means over gold articles.
func BCubed(pred [][]string, gold map[string]string) ClusterScore {
	of := map[string]int{}
	seen := map[string]bool{}
	s := ClusterScore{Articles: len(gold)}
	for c, cl := range pred {
		for _, a := range cl {
			if _, ok := gold[a]; !ok {
				continue
			}
			if _, ok := of[a]; ok {
				if !seen[a] {
					s.Repeated++
					seen[a] = true
				}
				continue
			}
			of[a] = c
		}
	}
	next := len(pred)
	members := map[int][]string{}
	for _, a := range sortedIDs(gold) {
		c, ok := of[a]
		if !ok {
			c, next = next, next+1
			of[a] = c
		}
		members[c] = append(members[c], a)
	}
	size := map[string]int{}
	for _, l := range gold {
		size[l]++
	}
	var tp, predPairs, goldPairs int
	for _, a := range sortedIDs(gold) {
		c := members[of[a]]
		same := 0
		for _, b := range c {
			if gold[b] == gold[a] {
				same++
			}
		}
		s.P += float64(same) / float64(len(c))
		s.R += float64(same) / float64(size[gold[a]])
		tp += same - 1
		predPairs += len(c) - 1
		goldPairs += size[gold[a]] - 1
	}
	n := float64(len(gold))
	s.P, s.R = s.P/n, s.R/n
	s.F1 = f1(s.P, s.R)
	s.PairP, s.PairR = ratio(tp, predPairs), ratio(tp, goldPairs)
	s.PairF1 = f1(s.PairP, s.PairR)
	return s
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
