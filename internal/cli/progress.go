package cli

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress draws a bar on stderr when stderr is a terminal, and nothing
// when it is piped or --quiet is given. The bar appears with the first
// update, once the total is known.
type progress struct {
	out   io.Writer // nil: no bar
	label string
	bar   *progressbar.ProgressBar
}

func newProgress(e env, quiet bool, label string) *progress {
	p := &progress{label: label}
	if f, ok := e.stderr.(*os.File); !quiet && ok && term.IsTerminal(int(f.Fd())) {
		p.out = f
	}
	return p
}

// update is called with the work done so far.
func (p *progress) update(done, total int) {
	if p.out == nil {
		return
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.out),
			progressbar.OptionSetDescription(p.label),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	_ = p.bar.Set(done)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
