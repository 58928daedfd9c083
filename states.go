package crosscheck

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/cluster"
	"github.com/crosscheck/crosscheck/store"
)

// statesKept is how many states a clustering saves: at the start of each
// of its last two days, so that articles of the day before the last or
// later (a feed's article of yesterday, fetched today) are placed from a
// state. None is saved after the last day: the next ingest of that day
// would not take it up, and one of the day after places the last day
// again from its start, once. Each state holds the vectors of the
// articles of the open stories (about 3 KB an article), so a store keeps
// few.
const statesKept = 2

// clusterStored clusters the run going on from the latest state of
// opt.States that fits it, and saves the states of its last days there
// (Clustering.Saved counts those it made: a state stored already is
// kept).
func clusterStored(ctx context.Context, run cluster.Run, opt Options) (cluster.Result, Clustering) {
	digests := run.Digests(opt.Salt)
	keys, err := opt.States.ClusterStates(ctx)
	if err != nil {
		keys = nil
	}
	from, how := pickState(ctx, run, digests, keys, opt.States)
	how.Problem = errors.Join(err, how.Problem)
	// The states to keep: those stored already are kept, not made again.
	n := len(run.Blocks.Dated)
	var save []int
	var keep []store.StateKey
	for k := max(1, n-statesKept); k < n; k++ {
		key := store.StateKey{Day: run.SaveDay(k), Digest: digests[k]}
		if slices.ContainsFunc(keys, func(s store.StateKey) bool { return s.Day.Equal(key.Day) && s.Digest == key.Digest }) {
			keep = append(keep, key)
		} else {
			save = append(save, k)
		}
	}
	res, saved, err := cluster.PlaceBlocks(run, from, save)
	if err != nil && from != nil {
		how = Clustering{Problem: err}
		from = nil
		res, saved, err = cluster.PlaceBlocks(run, nil, save)
	}
	if err != nil {
		how.Problem = err
		return clusterAll(ctx, run), how
	}
	if ctx.Err() != nil {
		return cluster.Result{DuplicateOf: map[string]string{}}, how // stopped: nothing is placed
	}
	start := 0
	if from != nil {
		start = run.Start(from.Day)
	}
	for _, blk := range run.Blocks.Dated[start:] {
		how.Placed += len(blk)
	}
	for i := range saved {
		saved[i].Digest = digests[run.Start(saved[i].Day)]
	}
	if err := opt.States.SetClusterStates(ctx, keep, saved); err != nil {
		how.Problem = errors.Join(how.Problem, err)
	} else {
		how.Saved = len(saved)
	}
	return res, how
}

// pickState returns the latest saved state that fits the run, nil if
// none does. A state that fits but cannot be read is told in Problem.
func pickState(ctx context.Context, run cluster.Run, digests []string, keys []store.StateKey, st States) (*cluster.Saved, Clustering) {
	var how Clustering
	for _, key := range slices.Backward(keys) {
		k := run.Start(key.Day)
		if k == 0 || digests[k] != key.Digest {
			continue
		}
		s, err := st.ClusterState(ctx, key.Day)
		if err != nil {
			how.Problem = errors.Join(how.Problem, fmt.Errorf("the clustering state of %s: %w", key.Day.Format(time.DateOnly), err))
			continue
		}
		how.From = s.Day
		return &s, how
	}
	return nil, how
}
