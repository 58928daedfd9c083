package analyze

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainSentence is a sentence with its gold IOB2 labels.
type TrainSentence struct {
	Words  []string
	Labels []string
}

// TrainOptions control TrainTagger. Zero values take the defaults.
type TrainOptions struct {
	Epochs int    // passes over the data; default 10
	Bits   uint8  // the weight table has 1<<Bits rows; default 20
	Seed   uint64 // shuffles the sentences each pass
	Prune  int    // quantised weights this small or smaller are dropped
	// Epoch, when set, is called after each pass with the averaged
	// tagger so far.
	Epoch func(epoch int, t *Tagger)
}

// TrainTagger trains an averaged structured perceptron. The same
// sentences and options always give the same model.
func TrainTagger(sents []TrainSentence, opt TrainOptions) (*Tagger, error) {
	if len(sents) == 0 {
		return nil, errors.New("analyze: train tagger: no sentences")
	}
	opt = trainDefaults(opt)
	g := loadGazetteer()
	tr := newTrainer(opt.Bits)
	data := make([]trainExample, len(sents))
	for i, s := range sents {
		data[i] = tr.example(s, g)
	}
	vocab := trainVocab(sents)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for e := 1; e <= opt.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			tr.learn(&data[i])
		}
		if opt.Epoch != nil || e == opt.Epochs {
			t := newTagger(tr.average(opt.Prune, vocab), g)
			if opt.Epoch != nil {
				opt.Epoch(e, t)
			}
			if e == opt.Epochs {
				return t, nil
			}
		}
	}
	return nil, errors.New("analyze: train tagger: no epochs")
}

func trainDefaults(opt TrainOptions) TrainOptions {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	return opt
}

// trainVocab lists the training words, sorted.
func trainVocab(sents []TrainSentence) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range sents {
		for _, w := range s.Words {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}

// trainExample is a sentence's feature rows, computed once.
type trainExample struct {
	rows  []uint32 // the rows of every word, one after another
	start []int    // word i's rows are rows[start[i]:start[i+1]]
	gold  []uint8
}

// trainer holds the perceptron's weights and their running sums for
// averaging (w - acc/count is the average).
type trainer struct {
	bits  uint8
	mask  uint64
	w     []int32
	acc   []int64
	trans [nLabels + 1][nLabels + 1]int32
	accT  [nLabels + 1][nLabels + 1]int64
	count int64
	em    []int32
}

func newTrainer(bits uint8) *trainer {
	rows := 1 << bits
	return &trainer{bits: bits, mask: uint64(rows - 1), w: make([]int32, rows*nLabels), acc: make([]int64, rows*nLabels), count: 1}
}

// example reads a training sentence.
func (tr *trainer) example(s TrainSentence, g *nameLists) trainExample {
	toks := make([]token, len(s.Words))
	sent := &sentence{facts: make([]wordFacts, len(s.Words))}
	for i, w := range s.Words {
		toks[i] = newToken(w, g)
		sent.facts[i] = toks[i].facts
	}
	sent.finish(g)
	ex := trainExample{start: make([]int, 0, len(s.Words)+1), gold: make([]uint8, len(s.Words))}
	var buf [maxTypeRows]uint64
	for i := range s.Words {
		ex.start = append(ex.start, len(ex.rows))
		ex.gold[i] = uint8(labelIndex(s.Labels[i]))
		for k := -window; k <= window; k++ {
			if j := i + k; j >= 0 && j < len(s.Words) {
				ex.rows = tr.appendRows(ex.rows, typeRows(&toks[j], k, buf[:0]))
			}
		}
		ex.rows = tr.appendRows(ex.rows, sent.contextRows(i, buf[:0]))
	}
	ex.start = append(ex.start, len(ex.rows))
	return ex
}

func (tr *trainer) appendRows(out []uint32, hs []uint64) []uint32 {
	for _, h := range hs {
		out = append(out, uint32(h&tr.mask))
	}
	return out
}

// learn tags one example and moves the weights towards its gold labels.
func (tr *trainer) learn(ex *trainExample) {
	n := len(ex.gold)
	tr.em = slices.Grow(tr.em[:0], n*nLabels)[:n*nLabels]
	clear(tr.em)
	for i := range n {
		sc := tr.em[i*nLabels : (i+1)*nLabels]
		for _, r := range ex.rows[ex.start[i]:ex.start[i+1]] {
			w := tr.w[int(r)*nLabels : int(r+1)*nLabels]
			for y := range nLabels {
				sc[y] += w[y]
			}
		}
	}
	pred := viterbi(tr.em, n, &tr.trans)
	if !slices.Equal(pred, ex.gold) {
		tr.update(ex, pred)
	}
	tr.count++
}

func (tr *trainer) update(ex *trainExample, pred []uint8) {
	prevG, prevP := nLabels, nLabels
	for i, g := range ex.gold {
		p := pred[i]
		if g != p {
			for _, r := range ex.rows[ex.start[i]:ex.start[i+1]] {
				tr.bump(int(r)*nLabels+int(g), 1)
				tr.bump(int(r)*nLabels+int(p), -1)
			}
		}
		tr.bumpT(prevG, int(g), 1)
		tr.bumpT(prevP, int(p), -1)
		prevG, prevP = int(g), int(p)
	}
	tr.bumpT(prevG, labelEnd, 1)
	tr.bumpT(prevP, labelEnd, -1)
}

func (tr *trainer) bump(i int, d int32) {
	tr.w[i] += d
	tr.acc[i] += int64(d) * tr.count
}

func (tr *trainer) bumpT(p, y int, d int32) {
	tr.trans[p][y] += d
	tr.accT[p][y] += int64(d) * tr.count
}

// average returns the averaged weights, quantised to int16.
func (tr *trainer) average(prune int, vocab []string) *model {
	c := float64(tr.count)
	avg := func(w int32, acc int64) float64 { return float64(w) - float64(acc)/c }
	maxAbs := 0.0
	for i, w := range tr.w {
		maxAbs = max(maxAbs, math.Abs(avg(w, tr.acc[i])))
	}
	scale := 32000 / max(maxAbs, 1e-9)
	m := newModel(tr.bits)
	m.vocab = vocab
	for i, w := range tr.w {
		q := math.Round(avg(w, tr.acc[i]) * scale)
		if math.Abs(q) > float64(prune) {
			m.w[i] = int16(q)
		}
	}
	for p := range tr.trans {
		for y := range tr.trans[p] {
			m.trans[p][y] = int32(math.Round(avg(tr.trans[p][y], tr.accT[p][y]) * scale))
		}
	}
	return m
}
