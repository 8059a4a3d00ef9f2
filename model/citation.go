package model

import (
	"strings"
)

// Citation returns the citation of source s that a journalist can paste:
// the article's title in quotes, its outlet, its publication date, its URL
// and the quoted passage, each when known, separated by commas:
//
//	"Telegram dit avoir battu un record", Le Monde, 5 October 2021, https://…, "Plus de 70 millions…"
//
// Dates are written in the language of the timeline's labels.
func Citation(t *Timeline, s Source) string {
	var a *Article
	if t != nil {
		if s.Claim >= 0 && s.Claim < len(t.Claims) && t.Claims[s.Claim].ArticleName == s.Article {
			if i := t.Claims[s.Claim].Article; i >= 0 && i < len(t.Articles) {
				a = t.Articles[i]
			}
		}
		for i := 0; a == nil && i < len(t.Articles); i++ {
			if t.Articles[i].Name == s.Article {
				a = t.Articles[i]
			}
		}
	}
	var parts []string
	add := func(v string) {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			parts = append(parts, v)
		}
	}
	quoted := func(v string) string {
		if v = strings.Join(strings.Fields(v), " "); v == "" {
			return ""
		}
		return "\u201c" + v + "\u201d"
	}
	title := s.Title
	if a != nil {
		title = a.Title
		if a.TitleBy == "name" {
			title = ReadableName(a.Name) // no better name: the file's, as it is
		}
	}
	if title == "" {
		title = ReadableName(s.Article)
	}
	add(quoted(title))
	if a != nil {
		add(a.Source)
		if !a.Published.IsZero() {
			lang := "en"
			if t.lang != "" {
				lang = t.lang
			}
			add(a.Published.HumanIn(lang))
		}
		add(a.URL)
	}
	add(quoted(s.Quote))
	return strings.Join(parts, ", ")
}
