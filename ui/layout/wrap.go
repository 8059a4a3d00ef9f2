package layout

import "strings"

// WrapWords splits text into lines at spaces, each at most max wide by
// width; a word wider than max is a line of its own (the caller may
// shorten it). Text with no words is one empty line.
func WrapWords[F ~float32 | ~float64](text string, max F, width func(string) F) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && width(try) > max {
			lines = append(lines, line)
			line = word
			continue
		}
		line = try
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
