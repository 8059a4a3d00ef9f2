package text

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimline/claimline/model/internal/testkit"
)

func TestDecode(t *testing.T) {
	const fr = "Le 4 octobre, Telegram a gagné 70 millions d'utilisateurs.\r\nÇa a été une journée record."
	want := "Le 4 octobre, Telegram a gagné 70 millions d'utilisateurs.\nÇa a été une journée record."
	cp1252 := []byte(strings.NewReplacer("é", "\xe9", "Ç", "\xc7").Replace(fr))
	be := testkit.UTF16LE(fr, false)
	for i := 0; i+1 < len(be); i += 2 {
		be[i], be[i+1] = be[i+1], be[i]
	}
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr error
	}{
		{"utf8", []byte(fr), want, EncUTF8, nil},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, fr...), want, EncUTF8BOM, nil},
		{"utf16le bom", testkit.UTF16LE(fr, true), want, EncUTF16LE, nil},
		{"utf16be bom", append([]byte{0xFE, 0xFF}, be...), want, EncUTF16BE, nil},
		{"utf16le no bom", testkit.UTF16LE(fr, false), want, EncUTF16LE, nil},
		{"windows-1252", cp1252, want, EncCP1252, nil},
		{"lone CR", []byte("a\rb"), "a\nb", EncUTF8, nil},
		{"decomposed accents", []byte("e\u0301te\u0301"), "été", EncUTF8, nil},
		{"empty", nil, "", "", ErrEmpty},
		{"blank", []byte(" \n\t "), "", "", ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), "", "", ErrBinary},
		{"program", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), "", "", ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
			if err != nil && strings.Count(err.Error(), "not text") > 1 {
				t.Errorf("message %q says it twice", err)
			}
		})
	}
}

func TestParseArticleHeaderAndHTML(t *testing.T) {
	tests := []struct {
		name, in               string
		html                   bool
		title, published, lang string
		by                     PublishedFrom
		bodyStarts             string
	}{
		{"header block", "title: Le titre\ndate: 2021-10-05\nsource: Le Journal\nlang: fr\n\nLe texte de l'article commence ici et continue.", false,
			"Le titre", "2021-10-05", "fr", "header", "Le texte"},
		{"bare date", " date 2021-10 Avec la panne mondiale, plus de 70 millions d'utilisateurs ont rejoint Telegram.", false,
			"Avec la panne mondiale, plus de 70 millions d'utilisateurs ont rejoint Telegram.", "2021-10", "fr", "header", "Avec la panne"},
		{"english", "Published: October 5, 2021\n\nThe app said it gained more than 70 million users in a day, the company said on Tuesday.", false,
			"The app said it gained more than 70 million users in a day, the company said on Tuesday.", "2021-10-05", "en", "header", "The app"},
		{"html", `<html lang="en"><head><title>Outage</title><meta property="article:published_time" content="2021-10-05T10:00:00Z">
<style>p{color:red}</style><script>var x = "70 million";</script></head><body><nav>Home | News</nav>
<p>Telegram said it gained 70 million users.</p><p>The outage lasted six hours.</p></body></html>`, true,
			"Outage", "2021-10-05", "en", "header", "Telegram said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("a.txt", []byte(tt.in), tt.html)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Published.String() != tt.published || a.Lang != tt.lang || a.PublishedBy != tt.by {
				t.Errorf("got title %q, published %s by %q, lang %s", a.Title, a.Published, a.PublishedBy, a.Lang)
			}
			if !strings.HasPrefix(a.Slice(a.Body), tt.bodyStarts) {
				t.Errorf("body starts %q, want %q", a.Slice(a.Body)[:min(20, a.Body.Len())], tt.bodyStarts)
			}
			if strings.Contains(a.Text, "var x") || strings.Contains(a.Text, "color:red") || strings.Contains(a.Text, "Home | News") {
				t.Errorf("scripts, styles or navigation kept: %q", a.Text)
			}
		})
	}
}

func TestNotProse(t *testing.T) {
	csv := "name,users,date\nTelegram,70000000,2021-10-04\nSignal,1000000,2021-10-04\nWhatsApp,2000000000,2021-10-04\n"
	code := strings.Repeat("func main() { x := map[string]int{\"a\": 1}; if x[\"a\"] > 0 { fmt.Println(x) } }\n", 10)
	for name, in := range map[string]string{"csv": csv, "code": code} {
		if _, err := ParseArticle(name+".txt", []byte(in), false); !errors.Is(err, ErrNotArticle) {
			t.Errorf("%s: err = %v, want ErrNotArticle", name, err)
		}
	}
}

func TestClean(t *testing.T) {
	text := "A lire ou à écouter en podcast : (413.34 Ko)\nLe titre de l'article\nTelegram a gagné 70 millions d'utilisateurs lundi, selon son fondateur.\n" +
		"Telegram a gagné 70 millions d'utilisateurs lundi, selon son fondateur.\n" +
		"À regarder\n-\nUn titre sans rapport\n-\nUn autre titre\n-\nEncore un titre\n-\nUn dernier titre\n" +
		"Commentaires\nConnectez-vous ou créez votre espace pour commenter.\nDéjà un compte ? Se connecter\n"
	a, err := ParseArticle("a.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]bool{}
	for _, d := range a.Dropped {
		reasons[d.Reason] = true
		for _, s := range a.Sentences {
			if d.Span.Overlaps(s) {
				t.Errorf("sentence %q overlaps dropped %q", a.Slice(s), a.Slice(d.Span))
			}
		}
	}
	for _, r := range []string{ReasonRepeated, ReasonBanner, ReasonHeadlines, ReasonPrompt} {
		if !reasons[r] {
			t.Errorf("no span dropped as %q; dropped %+v", r, a.Dropped)
		}
	}
	if len(a.Sentences) != 2 {
		t.Errorf("sentences = %d, want 2 (title and the first copy of the paragraph)", len(a.Sentences))
	}
}

func TestLoadPathsProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	article := []byte("Telegram a gagné 70 millions d'utilisateurs le lundi 4 octobre 2021, a déclaré Pavel Durov.")
	write("a.txt", article)
	write("copy of a.txt", article)
	write("sub/b.md", []byte("Signal gained 40 million users in January 2021, the company said."))
	write("empty.txt", nil)
	write("image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("data.csv", []byte("a,b\n1,2\n"))
	write("page.html", []byte("<html><body><script>alert(1)</script><p>Telegram passed a billion downloads in August 2021.</p></body></html>"))
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
		t.Fatal(err)
	}
	set, err := LoadPaths(context.Background(), []string{dir, filepath.Join(dir, "missing")}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range set.Articles {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, ","); got != "a.txt,page.html,sub/b.md" {
		t.Errorf("articles = %s", got)
	}
	if al := set.Articles[0].Aliases; len(al) != 1 || al[0] != "copy of a.txt" {
		t.Errorf("aliases of a.txt = %v, want [copy of a.txt]", al)
	}
	problems := map[string]string{}
	for _, p := range set.Problems {
		problems[p.File] = p.Err.Error()
	}
	for file, want := range map[string]string{"empty.txt": "empty", "image.txt": "PNG", filepath.Join(dir, "missing"): "no such", "sub/loop": "loop", "self.txt": "loop"} {
		if !strings.Contains(problems[file], want) {
			t.Errorf("problem for %s = %q, want it to say %q (all: %v)", file, problems[file], want, problems)
		}
	}
	// Nothing at all loads: a clear error.
	_, err = LoadPaths(context.Background(), []string{filepath.Join(dir, "empty.txt")}, LoadOptions{})
	if !errors.Is(err, ErrNothingLoaded) {
		t.Errorf("err = %v, want ErrNothingLoaded", err)
	}
}

func TestLoadUnreadableAndLarge(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permissions do not stop root (or Windows) from reading")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(p, []byte("Telegram a gagné 70 millions d'utilisateurs."), 0o000); err != nil {
		t.Fatal(err)
	}
	set, _ := LoadPaths(context.Background(), []string{dir}, LoadOptions{})
	if len(set.Problems) != 1 || !strings.Contains(set.Problems[0].Error(), "permission") {
		t.Errorf("problems = %v, want a permission problem", set.Problems)
	}
}

func TestLoadTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: large on paper, no disk used.
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	set, err := LoadPaths(context.Background(), []string{dir}, LoadOptions{})
	if !errors.Is(err, ErrNothingLoaded) || len(set.Problems) != 1 || !errors.Is(set.Problems[0].Err, ErrTooLarge) {
		t.Errorf("err %v, problems %v: want the file refused as too large", err, set.Problems)
	}
}

func TestLoadFSCancel(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := 0; i < 50; i++ {
		fsys[filepath.ToSlash(filepath.Join("d", string(rune('a'+i%26))+strings.Repeat("x", i)+".txt"))] = &fstest.MapFile{Data: []byte("Telegram a gagné 70 millions d'utilisateurs en 2021.")}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := LoadFS(ctx, fsys, "x", LoadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
