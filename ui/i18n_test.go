package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
	"github.com/claimline/claimline/ui/translations"
)

// TestFrenchCoversEveryText checks that every text the package passes to
// lang (and every month and metric name) has a French translation.
func TestFrenchCoversEveryText(t *testing.T) {
	raw, err := translations.FS.ReadFile("fr.json")
	if err != nil {
		t.Fatal(err)
	}
	fr := map[string]string{}
	if err := json.Unmarshal(raw, &fr); err != nil {
		t.Fatalf("fr.json: %v", err)
	}
	var keys []string
	files, _ := filepath.Glob("*.go")
	calls := regexp.MustCompile(`(?:lang\.L|countText\([^,]*,)\s*\(?"((?:[^"\\]|\\.)*)"(?:,\s*"((?:[^"\\]|\\.)*)")?`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range calls.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
			if m[2] != "" {
				keys = append(keys, m[2])
			}
		}
	}
	if len(keys) < 40 {
		t.Fatalf("found only %d texts in the sources", len(keys))
	}
	months := layout.English().Months
	keys = append(keys, months[:]...)
	for _, m := range model.Metrics {
		keys = append(keys, m.Title())
	}
	keys = append(keys, reasonWords...)
	keys = append(keys, ownMeasures...)
	for _, k := range keys {
		if fr[k] == "" {
			t.Errorf("no French for %q", k)
		}
	}
}

// ownMeasures are the program's own words for the measures of the metrics
// it knows (model/figures.go), which lane names show translated.
var ownMeasures = []string{"new users", "active users", "monthly active users", "daily active users", "users",
	"downloads", "rank", "place", "in downloads"}
