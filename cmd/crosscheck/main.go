// Command crosscheck reads news articles about the same events and shows,
// with evidence, what the sources agree on, where they contradict each
// other, and what only one of them says. Run "crosscheck --help".
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/crosscheck/crosscheck/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
