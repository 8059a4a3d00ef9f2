package timeml

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/timeml/floors.json with the rates measured")

// floorsFile holds, per corpus, per type, the lowest rates the tests accept.
var floorsFile = filepath.Join("..", "..", "testdata", "timeml", "floors.json")

func TestSameValue(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"1999-05-18", "1999-05-18", true},
		{"1999-05", "1999-05-18", true},
		{"1999", "1999-05", true},
		{"1999-05-18", "1999-05", false},
		{"1999-05-18", "1999-05-19", false},
		{"XXXX-SU", "1999-SU", true},
		{"XXXX-07-15", "1999-07-15", true},
		{"2002-02-08T12:30-07", "2002-02-08T12:30", true},
		{"1999-05-18T21:45", "1999-05-18", false},
		{"P1D", "P1D", true},
		{"P1D", "P1DT", false},
		{"199", "1999", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := SameValue(tt.gold, tt.got); got != tt.want {
			t.Errorf("SameValue(%q, %q) = %v, want %v", tt.gold, tt.got, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	gold := []Timex{{Start: 10, End: 14, Type: "DATE", Value: "1999"}, {Start: 20, End: 30, Type: "DATE", Value: "1999-05"}}
	tests := []struct {
		name  string
		found []Timex
		want  Score
	}{
		{"exact", []Timex{{Start: 10, End: 14, Value: "1999"}, {Start: 20, End: 30, Value: "1999-05-02"}}, Score{2, 2, 2, 2, 2}},
		{"with the preposition", []Timex{{Start: 7, End: 14, Value: "1999"}}, Score{2, 1, 0, 1, 1}},
		{"wrong value", []Timex{{Start: 22, End: 26, Value: "1998-05"}}, Score{2, 1, 0, 1, 0}},
		{"nothing", nil, Score{2, 0, 0, 0, 0}},
		{"elsewhere", []Timex{{Start: 0, End: 5}}, Score{2, 1, 0, 0, 0}},
	}
	for _, tt := range tests {
		if got := Compare(gold, tt.found); got != tt.want {
			t.Errorf("%s: Compare = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestReadDocsRuneOffsets(t *testing.T) {
	in := `{"docid":"a","dct":"1999-05-17","text":"Le «été» en 1975.","timex":[{"text":"1975","start":12,"end":16,"type":"DATE","value":"1975"}]}`
	docs, err := ReadDocs(bytes.NewReader([]byte(in)))
	if err != nil {
		t.Fatal(err)
	}
	x := docs[0].Timex[0]
	if got := docs[0].Text[x.Start:x.End]; got != "1975" {
		t.Errorf("byte span gives %q, want %q", got, "1975")
	}
}

// TestFrenchTimeBank scores the date finder on French TimeBank.
func TestFrenchTimeBank(t *testing.T) {
	checkCorpus(t, "french-timebank", filepath.Join("..", "..", "..", "shared", "corpora", "french-timebank", "ftib_docs.jsonl"), "fr")
}

// TestEnglishWikinews scores the date finder on the English Wikinews set
// annotated for the repository (testdata/timeml/README.md gives its rules).
func TestEnglishWikinews(t *testing.T) {
	checkCorpus(t, "en-wikinews", filepath.Join("..", "..", "testdata", "timeml", "en-wikinews.jsonl"), "en")
}

// checkCorpus scores one corpus, prints its table and holds its rates to the
// floors stored for it (rewritten with -update).
func checkCorpus(t *testing.T, name, path, lang string) {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not present (%v): the corpus lives beside the repository", name, err)
	}
	docs, err := ReadDocs(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	scores := Scores(docs, lang)
	var buf bytes.Buffer
	Table(&buf, scores)
	t.Logf("%s, %d documents:\n%s", name, len(docs), buf.String())
	if testing.Verbose() {
		for _, d := range docs {
			logDifferences(t, d, Find(d, lang))
		}
	}

	all := map[string]map[string]map[string]float64{}
	if b, err := os.ReadFile(floorsFile); err == nil {
		if err := json.Unmarshal(b, &all); err != nil {
			t.Fatalf("%s: %v", floorsFile, err)
		}
	}
	if *update {
		got := map[string]map[string]float64{}
		for typ, s := range scores {
			got[typ] = map[string]float64{}
			for k, v := range s.Rates() {
				got[typ][k] = math.Floor(v*1000) / 1000
			}
		}
		all[name] = got
		b, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorsFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	floors, ok := all[name]
	if !ok {
		t.Fatalf("no floors for %s in %s: run go test ./model/timeml -run %s -update", name, floorsFile, t.Name())
	}
	for typ, fl := range floors {
		rates := scores[typ].Rates()
		for _, k := range RateNames {
			if rates[k] < fl[k] {
				t.Errorf("%s %s %s = %.3f, below its floor %.3f", name, typ, k, rates[k], fl[k])
			}
		}
	}
}

// logDifferences logs the gold expressions not found with the same span and
// value, and the found ones that match no gold span.
func logDifferences(t *testing.T, d Doc, found []Timex) {
	for _, g := range d.Timex {
		miss := "missed"
		for _, f := range found {
			if f.Start < g.End && g.Start < f.End {
				if f.Start == g.Start && f.End == g.End && f.Type == g.Type && SameValue(g.Value, f.Value) {
					miss = ""
					break
				}
				miss = fmt.Sprintf("found %q %s %s", f.Text, f.Type, f.Value)
			}
		}
		if miss != "" {
			t.Logf("%s gold %q %s %s: %s", d.DCT, g.Text, g.Type, g.Value, miss)
		}
	}
	for _, f := range found {
		spurious := true
		for _, g := range d.Timex {
			if f.Start < g.End && g.Start < f.End {
				spurious = false
			}
		}
		if spurious {
			t.Logf("%s spurious %q %s %s", d.DCT, f.Text, f.Type, f.Value)
		}
	}
}
