package ui

import (
	"bytes"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

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

// TestNoEmptyMessageLookedUp checks that opening a set whose events carry
// no measure of their own (events of a known metric without a lead claim,
// as the sample set's) looks no empty message up: lang logs each one as a
// "Translation failure" (message "" not found).
func TestNoEmptyMessageLookedUp(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.win.Canvas().(test.WindowlessCanvas).Capture()
	if got := measureName(model.MetricNewUsers, ""); got != "" {
		t.Errorf("no measure named %q, want none", got)
	}
	if strings.Contains(logged.String(), "Translation failure") {
		t.Errorf("a message was looked up that no translation has:\n%s", logged.String())
	}
}
