package cli

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeShutdown: when the context ends, a request under way is
// answered in full and serve returns cleanly.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, h, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel()
	for i := 0; ; i++ { // Shutdown closes the listener first
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			break
		}
		c.Close()
		if i == 500 {
			t.Fatal("new connections are still accepted after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	if body := <-got; body != "finished" {
		t.Errorf("the request under way got %q", body)
	}
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
}

func TestServeUsage(t *testing.T) {
	code, _, errs := run(t, "serve", "--log-format", "xml")
	if code != ExitUsage || !strings.Contains(errs, "--log-format") {
		t.Errorf("status %d, %q", code, errs)
	}
	code, _, errs = run(t, "serve", "--addr", "nonsense")
	if code != ExitUsage || !strings.Contains(errs, "want host:port") {
		t.Errorf("--addr nonsense: status %d, %q", code, errs)
	}
}
