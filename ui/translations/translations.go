// Package translations holds the UI texts in every language but English,
// one JSON file per language named by its code (fr.json), each mapping the
// English text to its translation; en.json holds the English texts whose
// key is not the text itself.
//
// The app hands FS to Fyne's lang, which picks a language from the system
// locale. Code that must write in a given language whatever the locale (the
// image export, `claimline export --lang fr`) asks For that language; it
// imports nothing from Fyne.
package translations

import (
	"embed"
	"encoding/json"
	"strings"
	"sync"
	"text/template"
)

// FS holds the translation files at its root.
//
//go:embed *.json
var FS embed.FS

// Text translates English texts into one language. The zero Text writes
// English.
type Text struct {
	lang  string
	table map[string]string
}

var (
	loadOnce sync.Once
	tables   map[string]map[string]string
)

// load reads every translation file once.
func load() {
	tables = map[string]map[string]string{}
	files, _ := FS.ReadDir(".")
	for _, f := range files {
		code, ok := strings.CutSuffix(f.Name(), ".json")
		if !ok {
			continue
		}
		raw, err := FS.ReadFile(f.Name())
		if err != nil {
			continue
		}
		t := map[string]string{}
		if json.Unmarshal(raw, &t) == nil {
			tables[code] = t
		}
	}
}

// For returns the translator into lang ("fr", "en"); a language without a
// file writes English.
func For(lang string) Text {
	loadOnce.Do(load)
	return Text{lang: lang, table: tables[lang]}
}

// Has reports whether lang has a translation file.
func Has(lang string) bool {
	loadOnce.Do(load)
	_, ok := tables[lang]
	return ok
}

// Lang returns the language code the translator writes ("" for English).
func (t Text) Lang() string { return t.lang }

// L returns the translation of the English text key, with the
// {{.Name}} placeholders filled from data (a map or a struct); the
// English text when there is no translation.
func (t Text) L(key string, data ...any) string {
	s := key
	if v := t.table[key]; v != "" {
		s = v
	}
	if len(data) == 0 || !strings.Contains(s, "{{") {
		return s
	}
	tpl, err := template.New("").Parse(s)
	if err != nil {
		return s
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data[0]); err != nil {
		return s
	}
	return b.String()
}

// Singular reports whether a count of n takes the singular in language
// lang: for 1 in English, for 0 and 1 in French ("0 événement").
func Singular(lang string, n int) bool {
	if lang == "fr" {
		return n == 0 || n == 1
	}
	return n == 1
}

// N returns the translation of one when n takes the singular in the
// translator's language, else of many; {{.N}} is set to n in both, and
// data, when given, fills the texts' other placeholders.
func (t Text) N(n int, one, many string, data ...map[string]any) string {
	d := map[string]any{}
	if len(data) > 0 {
		for k, v := range data[0] {
			d[k] = v
		}
	}
	if _, ok := d["N"]; !ok {
		d["N"] = n
	}
	if Singular(t.lang, n) {
		return t.L(one, d)
	}
	return t.L(many, d)
}
