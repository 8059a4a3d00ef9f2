package quantity

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// corpora is where the shared corpora live, beside the repository.
var corpora = filepath.Join("..", "..", "..", "shared", "corpora")

// readJSONL reads a corpus file of one JSON object a line, skipping the
// test when the corpus is not present.
func readJSONL(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus not present (%v): the shared corpora live beside the repository", err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err == nil {
			out = append(out, m)
		}
	}
	return out
}
