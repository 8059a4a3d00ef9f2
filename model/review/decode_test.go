package review

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
)

// written is a review file as encode writes it, with the strings that need
// escapes or are not ASCII.
func written(t testing.TB) []byte {
	t.Helper()
	c := func(passage, figure string, at int) claimRef {
		return claimRef{Article: "4e23b57e", Name: "002_514fd8ce.txt", Passage: passage, Figure: figure, FigureAt: at, What: "new users", At: 522}
	}
	p1 := c(`Le PDG a dit « 70 millions » — "record" \ fin`+"\n\ttab \u2028 😀", "70 millions", 16)
	p2 := c("Plain passage <b>&</b>", "", 0)
	f := &file{Schema: Schema, Actions: []record{
		{Do: "status", Status: "verified", Events: []eventRef{{Label: "Telegram gains 70 million", Claims: []claimRef{p1, p2}}}},
		{Do: "note", Text: "a note with \"quotes\", \\ and\nlines", Events: []eventRef{{Label: "é", Claims: []claimRef{p2}}}},
		{Do: "edit", Field: "value", Text: "70000000", Qualifier: "at_least", Events: []eventRef{{Claims: []claimRef{p1}}}},
		{Do: "merge", Events: []eventRef{{Label: "a", Claims: []claimRef{p1}}, {Label: "b", Claims: []claimRef{}}, {Label: "c", Claims: []claimRef{p2, p1}}}},
		{Do: "split", Events: []eventRef{{Label: "a", Claims: []claimRef{p1, p2}}}, Claim: &p2},
	}}
	b, err := f.encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decodeCases are files both readers must read alike: those Claimline
// writes (read fast) and others (the fast reader gives up on them).
func decodeCases(t testing.TB) []struct {
	name    string
	content string
	fast    bool // read by fastDecode
} {
	schema1, err := os.ReadFile(filepath.Join("testdata", "schema1.json"))
	if err != nil {
		t.Fatal(err)
	}
	const passages = `"articles": [{"sha256": "ab", "name": "a.txt"}], "passages": [{"article": 0, "at": 3, "text": "p"}]`
	return []struct {
		name    string
		content string
		fast    bool
	}{
		{"schema 1 in testdata", string(schema1), true},
		{"escapes and UTF-8", string(written(t)), true},
		{"empty review", `{"schema": 1, "articles": [], "passages": [], "actions": []}`, true},
		{"no actions key", `{"schema": 1}`, true},
		{"white space", " \r\n\t{ \"schema\" : 1 , " + passages + ` , "actions" : [ { "do" : "note" , "text" : "n" , "events" : [ { "label" : "l" , "claims" : [ { "passage" : 0 } ] } ] } ] } ` + "\n", true},
		{"escaped unicode", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "text": "\u00e9\ud83d\ude00\/", "events": [{"label": "", "claims": []}]}]}`, true},
		{"keys in another order", `{` + passages + `, "actions": [], "schema": 1}`, true},
		{"actions before passages", `{"schema": 1, "actions": [{"do": "note", "events": [{"claims": [{"passage": 0}]}]}], ` + passages + `}`, false},
		{"key in capitals", `{"Schema": 1, "actions": []}`, false},
		{"unknown key", `{"schema": 1, "actions": [], "groups": []}`, false},
		{"unknown key in an action", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "colour": "red", "events": [{"claims": [{"passage": 0}]}]}]}`, false},
		{"key twice", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "text": "a", "text": "b", "events": [{"claims": [{"passage": 0}]}]}]}`, false},
		{"null claim", `{"schema": 1, ` + passages + `, "actions": [{"do": "split", "claim": null, "events": [{"claims": [{"passage": 0}]}]}]}`, false},
		{"no events", `{"schema": 1, "actions": [{"do": "note"}]}`, false},
		{"no claims", `{"schema": 1, "actions": [{"do": "note", "events": [{"label": "l"}]}]}`, false},
		{"invalid UTF-8", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "text": "` + "\xff\xfe" + `", "events": [{"claims": [{"passage": 0}]}]}]}`, true},
		{"fraction", `{"schema": 1.0, "actions": []}`, false},
		{"leading zero", `{"schema": 01, "actions": []}`, false},
		{"passage out of range", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "events": [{"claims": [{"passage": 1}]}]}]}`, false},
		{"article out of range", `{"schema": 1, "articles": [], "passages": [{"article": 0, "text": "p"}], "actions": []}`, false},
		{"trailing comma", `{"schema": 1, "actions": [],}`, false},
		{"text after the object", `{"schema": 1, "actions": []} x`, false},
		{"not closed", `{"schema": 1, "actions": [`, false},
		{"control character in a string", `{"schema": 1, ` + passages + `, "actions": [{"do": "note", "text": "a` + "\n" + `b", "events": [{"claims": [{"passage": 0}]}]}]}`, false},
		{"newer schema", `{"schema": 2, "articles": [], "passages": [], "actions": []}`, true},
		{"newer schema, other keys", `{"schema": 2, "actions": [], "groups": []}`, false},
		{"empty", ``, false},
	}
}

// TestFastDecode checks that the fast reader reads the files Claimline
// writes, and any file it reads as encoding/json does.
func TestFastDecode(t *testing.T) {
	for _, tc := range decodeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ok := fastDecode(tc.content)
			if ok != tc.fast {
				t.Errorf("read fast: %v, want %v", ok, tc.fast)
			}
			sameAsJSON(t, []byte(tc.content))
		})
	}
}

// sameAsJSON fails when parseFile and parseJSON read b differently.
func sameAsJSON(t *testing.T, b []byte) {
	t.Helper()
	got, err := parseFile("f", string(b))
	want, wantErr := parseJSON("f", b)
	switch {
	case (err == nil) != (wantErr == nil):
		t.Fatalf("parseFile: %v; encoding/json: %v", err, wantErr)
	case err != nil:
		if err.Error() != wantErr.Error() {
			t.Errorf("parseFile: %v\nencoding/json: %v", err, wantErr)
		}
	case !reflect.DeepEqual(got, want):
		t.Errorf("parseFile read\n%+v\nencoding/json\n%+v", got, want)
	}
}

// FuzzFastDecode: whatever the bytes, parseFile reads them as encoding/json
// does.
func FuzzFastDecode(f *testing.F) {
	for _, tc := range decodeCases(f) {
		f.Add([]byte(tc.content))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 || strings.Count(string(b), "[") > 64 {
			t.Skip() // encoding/json's own limits are not the point
		}
		sameAsJSON(t, b)
	})
}

// TestFindSame checks that the lookup by article and offset finds, for
// every claim of a set, the claim the lookup by passage text finds, and
// leaves a ref whose article or offset changed to it.
func TestFindSame(t *testing.T) {
	wire := func(t *testing.T) *model.Timeline {
		// Every article twice, as when two folders hold the same story.
		var set model.Set
		for range 2 {
			s, err := model.LoadFS(context.Background(), assets.Articles(), assets.ArticlesName, model.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			set.Articles = append(set.Articles, s.Articles...)
		}
		return model.Build(&set)
	}
	tests := []struct {
		name     string
		timeline func(t *testing.T) *model.Timeline
		twice    bool // articles of the same text
	}{
		{"default set", func(t *testing.T) *model.Timeline { return defaultTimeline(t) }, false},
		{"synthetic set", func(t *testing.T) *model.Timeline { return model.Build(model.SynthSet(60, 3)) }, false},
		{"articles read twice", wire, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := tc.timeline(t)
			ix := newIndex(tl)
			if len(tl.Claims) == 0 {
				t.Fatal("no claims")
			}
			if twice := len(ix.byHash) < len(tl.Articles); twice != tc.twice {
				t.Fatalf("%d articles, %d texts", len(tl.Articles), len(ix.byHash))
			}
			for c := range tl.Claims {
				r := ix.ref(c)
				same, byText := ix.findSame(r), ix.findByText(r)
				if same < 0 || same != byText {
					t.Fatalf("claim %d (%q in %q): by article and offset %d, by text %d", c, r.Figure, r.Passage, same, byText)
				}
				moved := r
				moved.At++
				if got := ix.findSame(moved); got >= 0 {
					t.Fatalf("claim %d moved by a byte: found %d by its old offset", c, got)
				}
				if got, want := ix.find(moved), ix.findByText(moved); got != want {
					t.Fatalf("claim %d moved by a byte: find %d, by text %d", c, got, want)
				}
				changed := r
				changed.Article = "x" + r.Article[1:] // not hex: no article has it
				if got := ix.findSame(changed); got >= 0 {
					t.Fatalf("claim %d in a changed article: found %d by its old hash", c, got)
				}
			}
		})
	}
}
