package text

import "testing"

// TestArticleTitleAndURL: a title from the header, else from the text's
// headline, else from its first sentence, and the file name only when the
// text gives none; the URL from a url: line or the page's og:url.
func TestArticleTitleAndURL(t *testing.T) {
	tests := []struct {
		name, file, text       string
		html                   bool
		title, by, source, url string
	}{
		{
			name: "header", file: "a1b2c3d4e5f6.txt",
			text:  "title: Telegram gains 70 million users\nsource: Le Monde\nurl: https://www.lemonde.fr/pixels/article/2021/10/05/telegram.html\ndate: 2021-10-05\n\nTelegram a gagné 70 millions d'utilisateurs lundi, selon son fondateur Pavel Durov.\n",
			title: "Telegram gains 70 million users", by: "header", source: "Le Monde", url: "https://www.lemonde.fr/pixels/article/2021/10/05/telegram.html",
		},
		{
			name: "headline instead of a hashed name", file: "000_01bf4483049a5068.txt",
			text:  "Panne de Facebook : Telegram dit avoir battu un record\n\nTelegram a gagné 70 millions d'utilisateurs lundi, selon son fondateur Pavel Durov. La messagerie est passée de la 56e à la 5e place.\n",
			title: "Panne de Facebook : Telegram dit avoir battu un record", by: "headline",
		},
		{
			name: "markdown headline", file: "9f8e7d.md",
			text:  "# Signal downloads soar\n\nSignal was downloaded 7.5 million times between January 6 and January 10, according to Sensor Tower.\n",
			title: "Signal downloads soar", by: "headline",
		},
		{
			name: "no headline: the first sentence", file: "5a5a5a5a.txt",
			text:  "Telegram est le grand gagnant de la panne mondiale de WhatsApp. Tandis que la messagerie de Facebook était inaccessible, l'application a gagné 70 millions d'utilisateurs.\n",
			title: "Telegram est le grand gagnant de la panne mondiale de WhatsApp.", by: "sentence",
		},
		{
			name: "a url line that is not a web address is ignored", file: "x.txt",
			text:  "title: T\nurl: javascript:alert(1)\n\nTelegram a gagné 70 millions d'utilisateurs lundi, selon son fondateur Pavel Durov.\n",
			title: "T", by: "header",
		},
		{
			name: "html metadata", file: "page.html", html: true,
			text:  `<html><head><meta property="og:title" content="Zoom hits 300 million"><meta property="og:site_name" content="The Verge"><meta property="og:url" content="https://www.theverge.com/2020/4/23/zoom"></head><body><p>Zoom had 300 million daily meeting participants in April, the company said on Thursday.</p></body></html>`,
			title: "Zoom hits 300 million", by: "header", source: "The Verge", url: "https://www.theverge.com/2020/4/23/zoom",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseArticle(tc.file, []byte(tc.text), tc.html)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.TitleBy != tc.by || a.Source != tc.source || a.URL != tc.url {
				t.Errorf("title %q (%s), source %q, url %q; want %q (%s), %q, %q", a.Title, a.TitleBy, a.Source, a.URL, tc.title, tc.by, tc.source, tc.url)
			}
		})
	}
}
