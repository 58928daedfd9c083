package cluster

// Placer places prepared articles, in placement order, a run of them at
// a time, and can be saved between runs (Checkpoint) and taken up again
// by another process (Resume): placing the rest after a resume gives what
// placing everything at once gives.
type Placer struct {
	o    *Online
	dups *Dups
	dup  map[string]string
}

// NewPlacer returns a placer with nothing placed.
func NewPlacer(opt Options) *Placer {
	o := NewOnline(opt)
	return &Placer{o: o, dups: NewDups(o.opt.Window), dup: map[string]string{}}
}

// Place places the articles at positions at, which must follow every
// article placed before in placement order (publish time, then id).
func (p *Placer) Place(ins []Input, ps []Prepared, at []int) {
	for _, i := range at {
		in := ins[i]
		if of := p.dups.Add(in.ID, ps[i].Sketch, in.Doc.Published); of != "" {
			p.dup[in.ID] = of
		}
		p.o.Place(i, ps[i].Vector, NewMeta(in), in.Doc.Published)
	}
}

// Finish refines the open stories, splits every story into events and
// returns the stories that still hold articles. After a resume these are
// the stories open at the checkpoint and those begun since; those closed
// before it are the ones Checkpoint returned beside it.
func (p *Placer) Finish(ins []Input) Result {
	p.o.Refine(refinePasses)
	p.o.Finish()
	return Result{Stories: collect(p.o.stories, placementOrder(ins)), DuplicateOf: p.dup}
}
