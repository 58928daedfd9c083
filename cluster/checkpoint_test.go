package cluster

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/analyze"
	"github.com/crosscheck/crosscheck/extract"
)

// manyInputs makes n short dated articles over about four months, about
// two happenings at a time, each told in words of its own, some copied
// word for word.
func manyInputs(n int) []Input {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		syl := []string{"ba", "ko", "ren", "tus", "mil", "da", "vor", "es", "lin", "qua", "pe", "dro"}
		w := ""
		for range 2 + rng.IntN(2) {
			w += syl[rng.IntN(len(syl))]
		}
		return w
	}
	topics := map[int][]string{}
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	var ins []Input
	for i := range n {
		topic := i/50*2 + i%2
		if topics[topic] == nil {
			for range 9 {
				topics[topic] = append(topics[topic], word())
			}
			topics[topic][0] = strings.ToUpper(topics[topic][0][:1]) + topics[topic][0][1:]
		}
		w := topics[topic]
		text := fmt.Sprintf("In %s the %s %s %s the %s. The %s %s %d %s.", w[0], w[1], w[2], w[3+i%2], w[4], w[5], w[6], 2+i%5, w[7+i%2])
		for range 3 {
			for _, k := range rng.Perm(len(w)) {
				text += " " + w[k]
			}
			text += "."
		}
		if i%11 == 0 && i > 0 {
			text = ins[i-1].Doc.Text // a copy
		}
		id := fmt.Sprintf("a%05d", i)
		art := extract.Article{Text: text, Published: start.Add(time.Duration(i) * 77 * time.Minute)}
		ins = append(ins, Input{ID: id, Doc: analyze.Analyze(id, art, analyze.Options{}), Entities: map[string]int{}})
	}
	return ins
}

// named lists each story's articles and events by id, by number.
func named(ins []Input, stories []Story, into map[int][][]string) map[int][][]string {
	for _, s := range stories {
		st := [][]string{idsOf(ins, s.Articles)}
		for _, e := range s.Events {
			st = append(st, idsOf(ins, e.Articles))
		}
		into[s.Number] = st
	}
	return into
}

// Weighing and placing the first blocks, saving the counter and the
// placer through encoding/gob, and weighing and placing the rest with a
// counter and a placer resumed from them — only the articles the
// checkpoint needs and the new ones at hand, given in another order —
// gives what doing everything at once gives.
func TestResumeEqualsOneShot(t *testing.T) {
	ins := manyInputs(2200)
	opt := Options{Window: 4 * 24 * time.Hour, WarmUp: 50}
	b := NewBlocks(docsOf(ins), opt)
	ps := PrepareAll(ins, b, Serial)
	want := ClusterPrepared(ins, ps, opt)

	cut := len(b.Dated) * 4 / 5
	c, p := NewCounter(), NewPlacer(opt)
	ps1 := make([]Prepared, len(ins))
	for _, blk := range b.Dated[:cut] {
		c.Prepare(ins, blk, Serial, ps1)
		p.Place(ins, ps1, blk)
	}
	cp, closed := p.Checkpoint(ins)
	saved := roundTrip(t, cp)
	df := roundTrip(t, c.State())

	isNew, keep := map[string]bool{}, map[string]bool{}
	for _, blk := range b.Dated[cut:] {
		for _, i := range blk {
			isNew[ins[i].ID] = true
		}
	}
	for _, id := range saved.Needs() {
		keep[id] = true
	}
	var ins2 []Input
	at := map[string]int{}
	for i := len(ins) - 1; i >= 0; i-- {
		if keep[ins[i].ID] || isNew[ins[i].ID] {
			at[ins[i].ID] = len(ins2)
			ins2 = append(ins2, ins[i])
		}
	}
	p2, err := Resume(saved, ins2)
	if err != nil {
		t.Fatal(err)
	}
	c2, ps2 := ResumeCounter(df), make([]Prepared, len(ins2))
	for _, blk := range b.Dated[cut:] {
		var blk2 []int
		for _, i := range blk {
			blk2 = append(blk2, at[ins[i].ID])
		}
		c2.Prepare(ins2, blk2, Serial, ps2)
		p2.Place(ins2, ps2, blk2)
	}
	whole := NewPlacer(opt)
	whole.Place(ins, ps, placementOrder(ins))
	cw, _ := whole.Checkpoint(ins)
	if c2, _ := p2.Checkpoint(ins2); !reflect.DeepEqual(roundTrip(t, c2), roundTrip(t, cw)) {
		t.Errorf("the resumed placer's state is not that of a placer given everything at once")
	}
	got := p2.Finish(ins2)

	if len(closed) == 0 || len(ins2) == len(ins) {
		t.Fatalf("%d stories closed before the checkpoint, %d of %d articles needed after it: the test needs stories closed and few needed",
			len(closed), len(ins2), len(ins))
	}
	t.Logf("%d stories closed, %d of %d articles needed, %d copies, %d stories", len(closed), len(ins2), len(ins), len(want.DuplicateOf), len(want.Stories))
	merged := named(ins2, got.Stories, named(ins, closed, map[int][][]string{}))
	if w := named(ins, want.Stories, map[int][][]string{}); !reflect.DeepEqual(merged, w) {
		t.Errorf("resumed: %d stories, want %d as placed at once", len(merged), len(w))
	}
	dups := maps.Clone(p.dup)
	maps.Copy(dups, got.DuplicateOf)
	if !maps.Equal(dups, want.DuplicateOf) || len(dups) == 0 {
		t.Errorf("resumed: copies %v, want %v", dups, want.DuplicateOf)
	}
}

// roundTrip writes c with encoding/gob and reads it back.
func roundTrip[T any](t *testing.T, c T) T {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		t.Fatal(err)
	}
	var out T
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// A checkpoint whose numbers do not hold together is refused, not
// followed into a panic.
func TestResumeDamaged(t *testing.T) {
	ins := manyInputs(30)
	p := NewPlacer(Options{})
	p.Place(ins, PrepareAll(ins, NewBlocks(docsOf(ins), Options{}), Serial), placementOrder(ins))
	cp, _ := p.Checkpoint(ins)
	if _, err := Resume(roundTrip(t, cp), ins); err != nil {
		t.Fatalf("an intact checkpoint: %v", err)
	}
	for name, damage := range map[string]func(c *Checkpoint){
		"open article's story": func(c *Checkpoint) { c.Open[0].Story = len(c.Stories) },
		"active story":         func(c *Checkpoint) { c.Active = append(c.Active, -1) },
		"duplicate link":       func(c *Checkpoint) { c.Dups.Links[0][0] = len(c.Dups.Items) },
	} {
		c := roundTrip(t, cp)
		damage(&c)
		if _, err := Resume(c, ins); err == nil {
			t.Errorf("%s out of range: resumed", name)
		}
	}
	missing := ins[1:]
	if _, err := Resume(roundTrip(t, cp), missing); err == nil {
		t.Errorf("an article of an open story missing: resumed")
	}
}
