package main

import (
	"fmt"
	"io"
)

// runGUI opens the desktop app on paths (the embedded set when empty).
func runGUI(paths []string, stdout, stderr io.Writer) int {
	fmt.Fprint(stderr, usage)
	return exitBadUsage
}
