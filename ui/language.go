package ui

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/claimline/claimline/ui/translations"
)

// prefLanguage is the preference of the UI language chosen in View ›
// Language: a code of uiLanguages, or "" for the system's.
const prefLanguage = "view.language"

// uiLanguages are the languages View › Language offers, by code, each
// named in its own language.
var uiLanguages = []struct{ code, name string }{{"en", "English"}, {"fr", "Français"}}

// chosenLanguage is the UI language remembered in the preferences, read
// once at start by UseLanguage before the window is built ("" for the
// system's): the window's texts are written when it is built.
var chosenLanguage string

// UseLanguage makes the UI language the one chosen in View › Language and
// remembered in app's preferences, when there is one. Call it once at start,
// before AddTranslations and New.
func UseLanguage(app fyne.App) {
	chosenLanguage = validLanguage(app.Preferences().String(prefLanguage))
}

// validLanguage returns code when the UI has that language, else "".
func validLanguage(code string) string {
	for _, l := range uiLanguages {
		if l.code == code {
			return code
		}
	}
	return ""
}

// Language is the UI's language, in which the timeline's labels, the
// window and the exported images are written: the one chosen in View ›
// Language (UseLanguage), else "fr" when the system locale is French, else
// "en".
func Language() string {
	if chosenLanguage != "" {
		return chosenLanguage
	}
	if strings.HasPrefix(lang.SystemLocale().LanguageString(), "fr") {
		return "fr"
	}
	return "en"
}

// AddTranslations registers the embedded translations (package
// translations: the UI texts keyed by the English text) with Fyne's lang,
// which picks the file from the system locale (a C or POSIX locale gets
// English). The texts of Language() are registered under the system's
// locale and English too, so that a language chosen in View › Language
// wins over the system's. Call it once before building the window.
func AddTranslations() error {
	files, err := translations.FS.ReadDir(".")
	if err != nil {
		return err
	}
	texts := map[string]map[string]string{}
	for _, f := range files {
		code, ok := strings.CutSuffix(f.Name(), ".json")
		if !ok {
			continue
		}
		data, err := translations.FS.ReadFile(f.Name())
		if err == nil {
			err = lang.AddTranslationsForLocale(data, fyne.Locale(code))
		}
		var t map[string]string
		if err == nil {
			err = json.Unmarshal(data, &t)
			texts[code] = t
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name(), err)
		}
	}
	// Every text in Language(): its translation, or the English text (the
	// key) where the language's file has none.
	chosen, ok := texts[Language()]
	if !ok {
		return nil
	}
	all := map[string]string{}
	for _, t := range texts {
		for k := range t {
			all[k] = k
		}
	}
	maps.Copy(all, chosen)
	data, err := json.Marshal(all)
	if err != nil {
		return err
	}
	// Fyne's lang picks the registered locale closest to the system's:
	// the system's own, its language alone ("fr" for "fr-FR"), or English.
	sys := lang.SystemLocale()
	base, _, _ := strings.Cut(sys.LanguageString(), "-")
	var under []fyne.Locale
	for _, l := range []fyne.Locale{"en", sys, fyne.Locale(base)} {
		if l != "" && !slices.Contains(under, l) {
			under = append(under, l)
		}
	}
	for _, l := range under {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			return fmt.Errorf("%s.json as %s: %w", Language(), l, err)
		}
	}
	return nil
}

// languageMenu is View › Language: the system's, or one of uiLanguages,
// checked as remembered. A choice is remembered and takes effect at the
// next start, as a message says: the window's texts are written when it
// is built.
func (w *Window) languageMenu() *fyne.MenuItem {
	cur := validLanguage(w.app.Preferences().String(prefLanguage))
	choice := func(label, code string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { w.setLanguage(code) })
		it.Checked = cur == code
		return it
	}
	items := []*fyne.MenuItem{choice(lang.L("System language"), "")}
	for _, l := range uiLanguages {
		items = append(items, choice(l.name, l.code))
	}
	it := fyne.NewMenuItem(lang.L("Language"), nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// setLanguage remembers code ("" for the system's) as the UI language and
// says when it takes effect.
func (w *Window) setLanguage(code string) {
	p := w.app.Preferences()
	if validLanguage(p.String(prefLanguage)) == code {
		return
	}
	p.SetString(prefLanguage, code)
	w.refreshMenu()
	msg := lang.L("Claimline will follow the system's language the next time it starts.")
	if name := languageTitle(code); name != "" {
		msg = lang.L("Claimline will be in {{.Language}} the next time it starts.", map[string]any{"Language": name})
	}
	dialog.ShowInformation(lang.L("Language"), msg, w.win)
}

// languageTitle names a UI language in the UI's ("French", "français"),
// "" for none.
func languageTitle(code string) string {
	switch code {
	case "en":
		return lang.L("English")
	case "fr":
		return lang.L("French")
	}
	return ""
}
