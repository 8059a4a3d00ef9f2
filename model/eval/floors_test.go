package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/gold/floors.json to the current figures")

// Where the gold files, their floors and the corpora are, from this folder.
const (
	goldDir     = "../../testdata/gold"
	floorsFile  = goldDir + "/floors.json"
	corporaTest = "../../" + DefaultCorpora
)

// floor is the least a language's figures may fall to, as rates.
type floor struct {
	Found     float64 `json:"found"`
	Right     float64 `json:"right"`
	Precision float64 `json:"precision"`
}

// TestEvalFloors scores the gold files of testdata/gold against the corpora
// and fails when a language's found, right or precision rate falls below its
// floor in floors.json; -update rewrites the floors to the current figures.
func TestEvalFloors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no gold file (testdata/gold/*.jsonl) in this checkout: nothing to score")
	}
	if info, err := os.Stat(corporaTest); err != nil || !info.IsDir() {
		t.Skipf("the corpora folder (%s beside the repository) is absent", DefaultCorpora)
	}
	golds, err := ReadGoldFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Evaluate(context.Background(), corporaTest, golds)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteSummary(&b, r); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d gold files:\n%s", len(files), b.String())
	for _, p := range r.Problems {
		t.Errorf("not loaded: %v", p)
	}

	now := map[string]floor{}
	for _, lang := range []string{"fr", "en"} {
		tot := r.Totals[lang]
		if tot.Gold() == 0 {
			continue
		}
		now[lang] = floor{Found: down(tot.FoundRate()), Right: down(tot.RightRate()), Precision: down(tot.Precision())}
	}
	if *update {
		data, err := json.MarshalIndent(now, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorsFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", floorsFile)
		return
	}
	floors := map[string]floor{}
	data, err := os.ReadFile(floorsFile)
	if err != nil {
		t.Fatalf("%v (go test ./model/eval -run TestEvalFloors -update writes it)", err)
	}
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatalf("%s: %v", floorsFile, err)
	}
	for lang, got := range now {
		f, ok := floors[lang]
		if !ok {
			t.Errorf("%s: no floor in %s (-update writes the current figures)", lang, floorsFile)
			continue
		}
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"found", got.Found, f.Found}, {"right", got.Right, f.Right}, {"precision", got.Precision, f.Precision}} {
			if c.got < c.want-1e-9 {
				t.Errorf("%s %s = %.3f, below its floor %.3f", lang, c.name, c.got, c.want)
			} else if c.got > c.want+0.005 {
				t.Logf("%s %s = %.3f, above its floor %.3f: raise it with -update", lang, c.name, c.got, c.want)
			}
		}
	}
}

// down rounds a rate down to three decimals, so that a floor written from
// it is never above the figure it came from.
func down(x float64) float64 { return math.Floor(x*1000) / 1000 }
