package eval

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/pipeline"
)

// LoadResult is how a server answered a burst of requests.
type LoadResult struct {
	Label       string // cold: every page rendered for the first time; warm: asked again
	Requests    int
	Concurrency int
	Errors      int             // transport errors and answers other than 2xx
	ByStatus    map[int]int     // answers by HTTP status; 0 for a transport error
	Latencies   []time.Duration // sorted
	Elapsed     time.Duration
	FirstError  string
}

// Quantile returns the latency under which a share q of the requests
// were answered.
func (r LoadResult) Quantile(q float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	return r.Latencies[min(len(r.Latencies)-1, int(q*float64(len(r.Latencies))))]
}

func (r LoadResult) String() string {
	return fmt.Sprintf("load %s requests %d concurrency %d errors %d p50 %s p90 %s p99 %s max %s throughput %.0f/s",
		r.Label, r.Requests, r.Concurrency, r.Errors, ms(r.Quantile(0.5)), ms(r.Quantile(0.9)), ms(r.Quantile(0.99)),
		ms(r.Latencies[len(r.Latencies)-1]), float64(r.Requests)/r.Elapsed.Seconds())
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// RunLoad sends n GET requests for the paths (in turn) under base, at
// most concurrency at once, all released together, each read to the end.
func RunLoad(ctx context.Context, base string, paths []string, n, concurrency int) LoadResult {
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{
		MaxIdleConns: concurrency, MaxIdleConnsPerHost: concurrency, IdleConnTimeout: time.Minute}}
	defer client.CloseIdleConnections()
	res := LoadResult{Requests: n, Concurrency: concurrency, ByStatus: map[int]int{}}
	lat := make([]time.Duration, n)
	status := make([]int, n)
	errs := make([]string, n)
	var ready sync.WaitGroup
	ready.Add(min(n, concurrency))
	start := make(chan struct{})
	go func() { ready.Wait(); close(start) }()
	t0 := time.Now()
	pipeline.Each(ctx, concurrency, n, func(i int) {
		if i < concurrency {
			ready.Done()
			<-start
		}
		began := time.Now()
		status[i], errs[i] = get(ctx, client, base+paths[i%len(paths)])
		lat[i] = time.Since(began)
	})
	res.Elapsed = time.Since(t0)
	for i := range n {
		res.ByStatus[status[i]]++
		if errs[i] != "" {
			res.Errors++
			if res.FirstError == "" {
				res.FirstError = paths[i%len(paths)] + ": " + errs[i]
			}
		}
	}
	slices.Sort(lat)
	res.Latencies = lat
	return res
}

// get fetches one URL and reads the answer; it returns the status and
// what went wrong, "" for a 2xx answer read in full.
func get(ctx context.Context, c *http.Client, url string) (int, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err.Error()
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return resp.StatusCode, err.Error()
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, resp.Status
	}
	return resp.StatusCode, ""
}
