package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/crosscheck/crosscheck/internal/web"
)

const serveHelp = `Usage: crosscheck serve [flags]

Serves the store as a web UI and a JSON API (docs/api.md):

  /                     the stories, newest first (?order=sources, disputed)
  /stories/ID           a story: conflicts side by side with their evidence,
                        events, facts, single-source details, entities, quotes
  /articles/ID          an article, its evidence marked, its removed lines
  /entities/ID          an entity and how each source describes it
  /search?q=WORDS       articles by words, best first
  /api/v1/...           the same as JSON

The pages run no scripts and load nothing from elsewhere; article text is
always escaped. Stop with Ctrl-C (or SIGTERM): requests under way are finished first.
Run 'crosscheck ingest' (even while serving) to add articles.

` + dbHelp

// Server limits: slow or huge requests cannot hold the server.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
	shutdownGrace     = 15 * time.Second
)

func runServe(e env, args []string) int {
	fs := newFlagsExit("serve", serveHelp, storeExitHelp)
	var db dbFlag
	db.register(fs)
	var lf logFlags
	lf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `host:port`")
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	log, err := lf.logger(e)
	if err == nil && len(pos) > 0 {
		err = fmt.Errorf("unexpected argument %q", pos[0])
	}
	if _, _, aerr := net.SplitHostPort(*addr); err == nil && aerr != nil {
		err = fmt.Errorf("--addr %q: want host:port, such as 127.0.0.1:8080", *addr)
	}
	if err != nil {
		return usageError(e, "serve", err)
	}
	s, ok := db.openExisting(e, "serve")
	if !ok {
		return ExitFailed
	}
	defer s.Close()
	srv, err := web.New(s, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck serve: %v\n", err)
		return ExitFailed
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck serve: %v\n", err)
		return ExitFailed
	}
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/")
	if err := serve(e.ctx, ln, srv.Handler(), log); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck serve: %v\n", err)
		return ExitFailed
	}
	return ExitOK
}

// serve answers on ln until ctx is done, then lets the requests under
// way finish.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log interface{ Info(string, ...any) }) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: maxHeaderBytes}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests under way")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
