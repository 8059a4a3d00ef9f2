// Package testkit holds what the tests of model and of the packages built on
// it (model/text, model/search) share: the fuzz targets' seeds, a probe of
// the heap's peak and text written in UTF-16. Only tests import it.
package testkit

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/claimline/claimline/assets"
)

// Nasty are inputs that have broken text code elsewhere: empty and blank
// text, lone bytes of multi-byte runes, invalid UTF-8, BOMs, control
// characters, combining marks, huge and tiny numbers, out-of-range dates,
// unbalanced quotes and HTML.
var Nasty = []string{
	"", " ", "\n\n\n", "\x00", "\xff", "\xc3", "\xe2\x80", "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", "\xff\xfeA\x00",
	"é", "e\u0301", "\u202f\u00a0", "\u2028\u2029", "\ufeff", "\r", "\r\n\r", "a\x00b\x00c\x00",
	"«", "»", "“", "”", "« »", "\"", "'", "l'", "d'", "jusqu'", "aujourd'hui",
	"0", "00", "1e400", "9" + strings.Repeat("9", 400), "-1", "1,", ",5", "1.000.000,", "1 000 000 000 000 000 000 000",
	"999999999999999999999 milliards", "10^9", "1/0", "0/0", "100 %", "%", "€", "$1", "£", "56e", "1er", "0e", "-5e",
	"de la 999999e à la 0e place", "la 0e place",
	"le 31 février 2021", "le 0 janvier", "le 99 octobre 9999", "9999", "0000", "10000", "le 32/13/2021",
	"2021-13-45", "2021-02-29", "9999-12-31", "0001-01-01", "31/12/9999", "l'an prochain", "l'année dernière",
	"il y a 999999999 jours", "dans 99999999999999999999 ans", "entre le 12 et le 9 janvier", "du 31 décembre au 1er janvier",
	"fin 9999", "début de l'année 0", "mi-", "Q4 9999", "T1 0", "lundi dernier", "next Monday", "999999 weeks ago",
	"date: 9999-12-31\n\nL'année prochaine, Telegram aura 70 millions d'utilisateurs.",
	"date: 0001-01-01\n\nL'année dernière, Telegram avait 70 millions d'utilisateurs.",
	"title:\ndate:\nsource:\nlang:\n", "lang: x\n\nx", "date 2021-10", "Publié le\n",
	"<html><script>alert(1)</script><style>p{}</style></html>", "<p>Telegram a gagné 70 millions d'utilisateurs le 4 octobre.</p>",
	"<!--", "<script>", "</", "&amp;&#0;&#x110000;&#xD800;", "<title></title>", "<meta charset=\"\">",
	"- \n* \n• \n", strings.Repeat("a ", 2000), strings.Repeat("«", 300), strings.Repeat("le 4 octobre ", 50),
	strings.Repeat("70 millions ", 50), strings.Repeat(". ", 500),
}

// SeedTexts returns the default articles, up to 150 lines of each shared
// corpus of date and number cases when corpora (the folder of the shared
// corpora) is present, and the Nasty strings: the seeds of the fuzz targets.
func SeedTexts(tb testing.TB, corpora string) []string {
	tb.Helper()
	var out []string
	err := fs.WalkDir(assets.Articles(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets.Articles(), p)
		out = append(out, string(b))
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	for _, name := range []string{"duckling-fr/fr_time.jsonl", "duckling-fr/en_time.jsonl", "duckling-fr/fr_numeral.jsonl",
		"duckling-fr/fr_ordinal.jsonl", "duckling-fr/fr_duration.jsonl", "duckling-fr/fr_money.jsonl",
		"dateparser-fr/dateparser_fr_cases.jsonl"} {
		out = append(out, corpusTexts(filepath.Join(corpora, name), 150)...)
	}
	return append(out, Nasty...)
}

// corpusTexts returns up to max "text" fields of a JSON-lines corpus, none
// when the file is absent.
func corpusTexts(path string, max int) []string {
	fl, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer fl.Close()
	var out []string
	sc := bufio.NewScanner(fl)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() && len(out) < max {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue
		}
		if s, ok := m["text"].(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// PeakHeap runs f and returns the largest heap in use seen while it ran
// (sampled every 5 ms, after a collection before f starts).
func PeakHeap(f func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak.Load()
}

// UTF16LE returns s in UTF-16, little-endian, with its byte order mark when
// bom is true.
func UTF16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// ReadJSONL reads a corpus file of one JSON object a line, skipping the
// test when the corpus is not present (the shared corpora live beside the
// repository); lines that are no JSON object are left out.
func ReadJSONL(t *testing.T, path string) []map[string]any {
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
