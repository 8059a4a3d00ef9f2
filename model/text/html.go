package text

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what an HTML page says of itself.
type htmlMeta struct {
	title, date, source, lang, url string
}

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Button: true, atom.Select: true,
	atom.Form: true, atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Canvas: true,
}

// blocks are elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Article: true, atom.Section: true, atom.Header: true,
	atom.Blockquote: true, atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Figcaption: true,
	atom.Pre: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Title: true,
}

// htmlText extracts the readable text of an HTML page, a paragraph per line,
// dropping scripts, styles, navigation and forms, and reads its title, date,
// site name and language from the head.
func htmlText(src string) (string, htmlMeta) {
	var meta htmlMeta
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(src))
	depth := 0 // inside skipped elements
	inTitle := false
	var title strings.Builder
	newline := func() {
		s := b.String()
		if len(s) > 0 && !strings.HasSuffix(s, "\n") {
			b.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			text := collapseLines(b.String())
			if meta.title == "" {
				meta.title = strings.TrimSpace(title.String())
			}
			return text, meta
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch a {
			case atom.Html:
				if l := attrs["lang"]; l != "" {
					meta.lang = strings.ToLower(l[:min(2, len(l))])
				}
			case atom.Meta:
				readMeta(&meta, attrs)
			case atom.Title:
				inTitle = true
			case atom.Time:
				if meta.date == "" && attrs["datetime"] != "" && depth == 0 {
					meta.date = attrs["datetime"]
				}
			}
			if skipped[a] && tt == html.StartTagToken {
				depth++
			}
			if blocks[a] {
				newline()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = false
			}
			if skipped[a] && depth > 0 {
				depth--
			}
			if blocks[a] {
				newline()
			}
		case html.TextToken:
			t := string(z.Text())
			if inTitle {
				title.WriteString(t)
				continue
			}
			if depth > 0 {
				continue
			}
			b.WriteString(t)
		}
	}
}

func readMeta(meta *htmlMeta, attrs map[string]string) {
	key := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
	v := strings.TrimSpace(attrs["content"])
	if v == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if meta.title == "" {
			meta.title = v
		}
	case "article:published_time", "date", "pubdate", "publishdate", "datepublished", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
		if meta.date == "" {
			meta.date = v
		}
	case "og:site_name":
		meta.source = v
	case "og:url":
		if isURL(v) {
			meta.url = v
		}
	case "og:locale", "language", "content-language":
		if meta.lang == "" {
			meta.lang = strings.ToLower(v[:min(2, len(v))])
		}
	}
}

// collapseLines folds runs of white space inside lines and drops empty lines.
func collapseLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}
