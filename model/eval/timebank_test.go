package eval

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestEvaluateTimebank checks that a gold article "french-timebank/<docid>"
// is the document of ftib_docs.jsonl built from its text and published on
// its dct, and that a document the file lacks, a file that is missing or
// broken, or a dct that is no date is a problem naming the article, not a
// crash.
func TestEvaluateTimebank(t *testing.T) {
	const docs = `{"docid": "1999-05-19-0001", "dct": "1999-05-19", "text": "Visite reportée.\nLe maire de Dole, Paul Martin, a annulé hier sa visite à l'usine de jouets de la ville en raison d'une grippe, a indiqué la mairie.", "timex": []}
{"docid": "2002-05-07-0002", "dct": "2002-05-07", "text": "Accident sur la route.\nUn camion s'est renversé lundi sur la route nationale près de Belfort, et son chauffeur a été conduit à l'hôpital de la ville.", "timex": []}
{"docid": "2003-01-01-0003", "dct": "le 1er janvier", "text": "Un texte quelconque.\nLa mairie de Lure a ouvert hier une nouvelle salle des fêtes pour les habitants du quartier.", "timex": []}
`
	withDocs := fstest.MapFS{
		timebankFile:                {Data: []byte(docs)},
		"wikinews-fr/1.txt":         {Data: []byte("date: 2012-05-22\n\nLa société Acme a annoncé hier la fermeture de son usine de Lyon, selon ses dirigeants.\n")},
		"french-timebank/README.md": {Data: []byte("not a document")},
	}
	cases := []struct {
		name    string
		fsys    fstest.MapFS
		article string
		// published is the publication date the article is built with;
		// "" when it must not load.
		published string
		// problem is part of the message when it must not load.
		problem string
		// found is the trigger of an event gold that must be found.
		found string
		// date is the date the found event is read at, against published.
		date string
	}{
		{name: "a document", fsys: withDocs, article: "french-timebank/1999-05-19-0001", published: "1999-05-19",
			found: "a annulé hier sa visite", date: "1999-05-18"},
		{name: "another document", fsys: withDocs, article: "french-timebank/2002-05-07-0002", published: "2002-05-07",
			found: "s'est renversé lundi", date: "2002-05-06"},
		{name: "a docid the file lacks", fsys: withDocs, article: "french-timebank/1999-01-01-9999",
			problem: `no document "1999-01-01-9999" in french-timebank/ftib_docs.jsonl`},
		{name: "a dct that is no date", fsys: withDocs, article: "french-timebank/2003-01-01-0003",
			problem: `dct "le 1er janvier" is not a date`},
		{name: "no ftib_docs.jsonl", fsys: fstest.MapFS{"wikinews-fr/1.txt": withDocs["wikinews-fr/1.txt"]},
			article: "french-timebank/1999-05-19-0001", problem: "cannot read french-timebank/ftib_docs.jsonl"},
		{name: "a broken line", fsys: fstest.MapFS{timebankFile: {Data: []byte(docs + "{\"docid\": 3\n")}, "wikinews-fr/1.txt": withDocs["wikinews-fr/1.txt"]},
			article: "french-timebank/1999-05-19-0001", problem: "french-timebank/ftib_docs.jsonl:4:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			golds := []Gold{
				{Article: c.article, Lang: "fr", Kind: KindEvent, Trigger: "x"},
				// A file of another folder loads beside it, untouched.
				{Article: "wikinews-fr/1.txt", Lang: "fr", Kind: KindNone},
			}
			if c.found != "" {
				golds[0].Trigger = c.found
			}
			for i := range golds {
				if err := golds[i].check(); err != nil {
					t.Fatal(err)
				}
			}
			r, err := EvaluateFS(context.Background(), c.fsys, golds)
			if err != nil {
				t.Fatal(err)
			}
			var got *ArticleResult
			for i := range r.Articles {
				if r.Articles[i].Name == c.article {
					got = &r.Articles[i]
				}
			}
			if got == nil {
				t.Fatalf("no result for %s: %+v", c.article, r.Articles)
			}
			var problems []string
			for _, p := range r.Problems {
				if p.File == c.article {
					problems = append(problems, p.Error())
				} else {
					t.Errorf("problem with another article: %v", p)
				}
			}
			if c.published == "" {
				if !got.Missing {
					t.Errorf("loaded, want missing")
				}
				if len(problems) != 1 || !strings.Contains(problems[0], c.problem) {
					t.Errorf("problems %q, want one holding %q", problems, c.problem)
				}
				return
			}
			if got.Missing || len(problems) > 0 {
				t.Fatalf("not loaded: %q", problems)
			}
			if s := got.Published.String(); s != c.published {
				t.Errorf("published %q, want %q", s, c.published)
			}
			if c.found == "" {
				return
			}
			if cl := got.Judgements[0].Claim; cl == nil {
				t.Errorf("the event %q was not found", c.found)
			} else if d := cl.Date.String(); d != c.date {
				t.Errorf("the event %q is dated %q, want %q (read against the dct)", c.found, d, c.date)
			}
		})
	}
}
