// Command claimline shows what a set of news articles claims, when, and who
// says so. With no subcommand it opens the desktop app; the subcommands
// events, claims, dates, search, export, review and eval work without a
// display.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/claimline/claimline/assets"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit codes of the command line.
const (
	exitOK       = 0 // something loaded
	exitNothing  = 1 // nothing could be loaded
	exitBadUsage = 2 // bad command line
)

const usage = `Usage:
  claimline [PATH...]                         open the app (default: the embedded article set)
  claimline events [--json] [PATH...]         the timeline's events
  claimline claims [--json] [PATH...]         every claim with its passage
  claimline dates [--json] [--published DATE] [PATH...]
                                              every date expression with its value
  claimline search [--json] QUERY [PATH...]   fuzzy search over the claims
  claimline export -o FILE [options] [PATH...] write the timeline as PNG, SVG or PDF
  claimline review [--status S] [--note TEXT] EVENT_ID [PATH...]
                                              record a verdict on an event in the set's
                                              review file (S: verified, disputed,
                                              needs_checking, rejected, unchecked)
  claimline eval [--json] [--details] [--corpora DIR] GOLD_FILE...
                                              score the claims against gold claims
  claimline --version

PATH is an article file (.txt, .md, .html) or a folder of them.
`

// run dispatches the command line and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] != "--" {
		switch args[0] {
		case "-h", "--help", "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		case "--version", "version":
			fmt.Fprintf(stdout, "Claimline %s\n", assets.Version)
			return exitOK
		case "events", "claims", "dates", "search":
			return runCLI(args[0], args[1:], stdout, stderr)
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "review":
			return runReview(args[1:], stdout, stderr)
		case "eval":
			return runEval(args[1:], stdout, stderr)
		}
	}
	return runGUI(guiPaths(args), stdout, stderr)
}

// guiPaths returns the paths the app opens: args without the first "--",
// which ends the options ("claimline -- events" opens a file named
// events).
func guiPaths(args []string) []string {
	for i, a := range args {
		if a == "--" {
			return append(args[:i:i], args[i+1:]...)
		}
	}
	return args
}
