package eval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/internal/pipeline"
)

// ScaleBase is a real article the scale run varies: its features and
// the sketch of its text.
type ScaleBase struct {
	Counts cluster.Counts
	Sketch cluster.Sketch
}

// ScalePoint is the state after placing Articles articles.
type ScalePoint struct {
	Articles      int
	PerArticle    time.Duration // mean time to place one article since the last point
	AllIn         time.Duration // mean time per article of placing all so far and splitting the open stories into events
	HeapMiB       float64       // live heap after a collection
	OpenArticles  int           // articles of the open stories, kept until their story closes
	ActiveStories int
	Copies        int // near-duplicates found so far
}

func (p ScalePoint) String() string {
	return fmt.Sprintf("scale articles %d us/article %.1f all_in_us %.1f heap_mib %.1f open_articles %d active_stories %d copies %d",
		p.Articles, micros(p.PerArticle), micros(p.AllIn), p.HeapMiB, p.OpenArticles, p.ActiveStories, p.Copies)
}

func micros(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 }

// RunScale places sizes[len(sizes)-1] synthetic articles, one every
// `every`, through the online clusterer and the near-duplicate index, and
// reports a point at each size (to progress too, if not nil, as soon as
// it is reached). Article k varies base article k mod
// len(base): each pass over the base is a new generation whose entities
// and a third of whose words are renamed (new people, places and topics),
// a fifth of the words dropped, and one article in ten is a copy of the
// one before. Only the clustering is timed, not the making of the
// articles. Placing defers work — a story is split into events when it
// closes — so each point also times splitting the stories still open, as
// a report made then would (Online.Pending), and gives the mean cost per
// article of all the work so far: AllIn.
func RunScale(base []ScaleBase, df cluster.DocFreq, sizes []int, every time.Duration, opt cluster.Options, progress func(ScalePoint)) []ScalePoint {
	o := cluster.NewOnline(opt)
	dups := cluster.NewDups(o.Window())
	rng := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []ScalePoint
	var prev cluster.Counts
	var prevSketch cluster.Sketch
	copies, last := 0, 0
	var spent, total time.Duration // placing since the last point, and in all
	for k, next := 0, 0; next < len(sizes); k++ {
		b := base[k%len(base)]
		gen := k / len(base)
		c, sk := varyCounts(b.Counts, gen, rng), varySketch(b.Sketch, gen)
		if k%10 == 9 && prev != nil {
			c, sk = prev, prevSketch
		}
		t := t0.Add(time.Duration(k) * every)
		start := time.Now()
		if dups.Add(fmt.Sprint(k), sk, t) != "" {
			copies++
		}
		o.Place(k, df.Weigh(c), cluster.Meta{}, t)
		spent += time.Since(start)
		prev, prevSketch = c, sk
		if k+1 == sizes[next] {
			total += spent
			start := time.Now()
			o.Pending()
			pending := time.Since(start)
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			ev, st := o.Active()
			out = append(out, ScalePoint{Articles: k + 1, PerArticle: spent / time.Duration(k+1-last),
				AllIn:   (total + pending) / time.Duration(k+1),
				HeapMiB: float64(ms.HeapAlloc) / (1 << 20), OpenArticles: ev, ActiveStories: st, Copies: copies})
			if progress != nil {
				progress(out[len(out)-1])
			}
			last, next, spent = k+1, next+1, 0
		}
	}
	return out
}

// varyCounts renames the entities and a third of the words of a base
// article for generation gen and drops a fifth of its words.
func varyCounts(c cluster.Counts, gen int, rng *rand.Rand) cluster.Counts {
	out := make(cluster.Counts, len(c))
	suffix := fmt.Sprintf("#%d", gen)
	for _, k := range sortedCountKeys(c) {
		switch {
		case strings.HasPrefix(k, "w:") && rng.IntN(5) == 0:
			continue
		case strings.HasPrefix(k, "e:"), strings.HasPrefix(k, "w:") && hash(k)%3 == 0:
			out[k+suffix] = c[k]
		default:
			out[k] = c[k]
		}
	}
	return out
}

// varySketch makes the sketch of another text for each generation.
func varySketch(s cluster.Sketch, gen int) cluster.Sketch {
	g := uint64(gen+1) * 0x9e3779b97f4a7c15
	for i := range s.Mins {
		s.Mins[i] ^= g
	}
	return s
}

func sortedCountKeys(c cluster.Counts) []string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// LoadScaleBase reads, extracts and analyses the articles the scale run
// varies, and weighs features over them and the background.
func LoadScaleBase(ctx context.Context, sources []string) ([]ScaleBase, cluster.DocFreq, error) {
	res := pipeline.Extract(ctx, sources, pipeline.Options{})
	docs, _ := pipeline.Analyze(ctx, res.Articles, pipeline.Options{}, analyze.Options{})
	var ids []string
	var arts []extract.Article
	var kept []*analyze.Doc
	for i, d := range docs {
		if d != nil {
			ids, arts, kept = append(ids, res.Articles[i].Doc.ID), append(arts, res.Articles[i].Article), append(kept, d)
		}
	}
	if len(kept) == 0 {
		return nil, cluster.DocFreq{}, fmt.Errorf("eval: no article could be read from %s", strings.Join(sources, ", "))
	}
	ins := cluster.Inputs(ids, arts, kept, analyze.ResolveBlocks(kept, cluster.NewBlocks(kept, cluster.Options{}).All()))
	base := make([]ScaleBase, len(ins))
	for i, in := range ins {
		base[i] = ScaleBase{Counts: cluster.Features(in), Sketch: cluster.NewSketch(in.Doc.Text)}
	}
	return base, cluster.NewDocFreq(ins), nil
}
