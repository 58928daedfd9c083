package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/crosscheck/crosscheck/report"
)

// Version is crosscheck's release; builds from a checkout add the commit.
const Version = "0.1.0-dev"

const versionHelp = `Usage: crosscheck version

Prints crosscheck's version, the commit it was built from when known, the Go
version, and the version of the JSON report contract.`

func runVersion(e env, args []string) int {
	fs := newFlagsExit("version", versionHelp, storeExitHelp)
	pos, code, ok := parse(fs, args, e)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "version", fmt.Errorf("takes no arguments, got %q", pos[0]))
	}
	v := Version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += "+" + s.Value[:12]
			}
		}
	}
	fmt.Fprintf(e.stdout, "crosscheck %s (%s, report contract v%d)\n", v, runtime.Version(), report.Version)
	return ExitOK
}
