package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/claimline/claimline/model"
)

// French TimeBank keeps its news documents in one JSON-lines file rather than
// one file each: a gold line names a document as "french-timebank/<docid>",
// and the document is built from its text, published on its dct.
const (
	timebankDir  = "french-timebank"
	timebankFile = timebankDir + "/ftib_docs.jsonl"
)

// timebankDoc is one line of ftib_docs.jsonl (its timex list is not read:
// the gold says what the dates are).
type timebankDoc struct {
	DocID string `json:"docid"`
	DCT   string `json:"dct"`
	Text  string `json:"text"`
}

// isTimebank reports whether a gold article name names a French TimeBank
// document.
func isTimebank(name string) bool {
	return strings.HasPrefix(name, timebankDir+"/") && name != timebankFile
}

// loadTimebank reads the French TimeBank documents that names name
// ("french-timebank/<docid>") from the corpora and returns them as a set of
// articles, each published on its document's dct. A document that is not in
// the file, or that does not read as an article, is a problem naming it; the
// set is nil when no document loaded.
func loadTimebank(ctx context.Context, corpora fs.FS, names []string) (*model.Set, []model.Problem) {
	docs, err := readTimebank(corpora, names)
	if err != nil {
		ps := make([]model.Problem, len(names))
		for i, n := range names {
			ps[i] = model.Problem{File: n, Err: err}
		}
		return nil, ps
	}
	var problems []model.Problem
	set := &model.Set{Name: timebankDir}
	for _, n := range names {
		if ctx.Err() != nil {
			return nil, problems
		}
		id := strings.TrimPrefix(n, timebankDir+"/")
		d, ok := docs[id]
		if !ok {
			problems = append(problems, model.Problem{File: n, Err: fmt.Errorf("no document %q in %s", id, timebankFile)})
			continue
		}
		a, err := timebankArticle(n, d)
		if err != nil {
			problems = append(problems, model.Problem{File: n, Err: err})
			continue
		}
		set.Articles = append(set.Articles, a)
	}
	if len(set.Articles) == 0 {
		return nil, problems
	}
	return set, problems
}

// readTimebank reads the documents of ftib_docs.jsonl whose names are
// wanted, by docid.
func readTimebank(corpora fs.FS, names []string) (map[string]timebankDoc, error) {
	want := map[string]bool{}
	for _, n := range names {
		want[strings.TrimPrefix(n, timebankDir+"/")] = true
	}
	f, err := corpora.Open(timebankFile)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", timebankFile, err)
	}
	defer f.Close()
	docs := map[string]timebankDoc{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), model.MaxFileSize)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d timebankDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", timebankFile, n, err)
		}
		if want[d.DocID] {
			docs[d.DocID] = d
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", timebankFile, err)
	}
	return docs, nil
}

// timebankArticle builds the article named name from a document: its text
// read as a plain-text article, published on the document's dct (the
// document's own creation date, as a header's date: line would give it).
func timebankArticle(name string, d timebankDoc) (*model.Article, error) {
	pub, err := model.ParseISODate(d.DCT)
	if err != nil || pub.IsZero() || pub.Range {
		return nil, fmt.Errorf("document %q: dct %q is not a date like 1999-05-17", d.DocID, d.DCT)
	}
	a, err := model.ParseArticle(name, []byte(d.Text), false)
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", d.DocID, err)
	}
	a.Published, a.PublishedBy = pub, model.PublishedInHeader
	return a, nil
}

// splitTimebank separates the French TimeBank names from the others.
func splitTimebank(names []string) (tb, files []string) {
	for _, n := range names {
		if isTimebank(path.Clean(n)) {
			tb = append(tb, n)
		} else {
			files = append(files, n)
		}
	}
	return tb, files
}
