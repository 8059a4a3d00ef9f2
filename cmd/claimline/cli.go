package main

import (
	"fmt"
	"io"
)

// runCLI runs one headless subcommand.
func runCLI(cmd string, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stderr, "claimline %s: not available yet\n", cmd)
	return exitBadUsage
}
