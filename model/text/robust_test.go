package text

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimline/claimline/model/internal/testkit"
)

// messyFile is one file of the messy folder and what loading must make of it.
type messyFile struct {
	name string
	// make creates the file at path; nil writes data.
	make func(t *testing.T, path string)
	data []byte
	// want is "article", "alias of NAME", "skipped" or a problem: the words
	// the problem's sentence must hold.
	want string
	// notRoot marks files that only non-root users cannot read.
	notRoot bool
}

const messyArticle = "Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs pendant la panne de Facebook, a déclaré Pavel Durov."

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// messyFiles are the odd files of the 5,000-file folder.
func messyFiles() []messyFile {
	script := strings.Repeat("<script>var users = '70 millions d\\'utilisateurs le 4 octobre';</script>\n<style>p { color: red } .x::after { content: 'Le 5 octobre' }</style>\n", 2000)
	return []messyFile{
		{name: "original.txt", data: []byte(messyArticle), want: "article"},
		{name: "zz/same article again.md", data: []byte(messyArticle + "\n"), want: "alias of original.txt"},
		{name: "zz/same article in UTF-16.txt", data: testkit.UTF16LE(messyArticle, true), want: "alias of original.txt"},
		{name: "windows-1252.txt", data: []byte("Le caf\xe9 de Signal a gagn\xe9 40 millions d'utilisateurs en janvier 2021, selon l'entreprise."), want: "article"},
		{name: "utf-16 no bom.txt", data: testkit.UTF16LE("Signal a gagné 50 millions d'utilisateurs le 12 janvier 2021, selon la société.", false), want: "article"},
		{name: "empty.txt", data: nil, want: "empty"},
		{name: "blank.md", data: []byte("\n \t\r\n"), want: "empty"},
		{name: "photo.txt", data: append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 200)...), want: "JPEG"},
		{name: "image.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), want: "PNG"},
		{name: "noise.txt", data: bytes.Repeat([]byte{0x01, 0x02, 0x9d, 0x8f, 0x00, 0x03}, 300), want: "binary"},
		{name: "huge.txt", make: func(t *testing.T, path string) { sparseFile(t, path, 200<<20) }, want: "too large for an article (200 MB)"},
		{name: "page.html", data: []byte("<html><head><title>Panne</title>" + script + "</head><body><nav>Accueil | Monde</nav><p>Le 5 octobre 2021, WhatsApp a retrouvé ses 2 milliards d'utilisateurs, a indiqué Facebook.</p>" + script + "</body></html>"), want: "article"},
		{name: "scripts only.html", data: []byte("<html><head>" + script + "</head><body>" + script + "</body></html>"), want: "no text outside scripts"},
		{name: "main.txt", data: []byte(strings.Repeat("func main() {\n\tfor i := 0; i < len(xs); i++ {\n\t\tif xs[i] == nil { return }\n\t}\n}\n", 20)), want: "source code"},
		{name: "table.txt", data: []byte("app;users;date\nTelegram;70000000;2021-10-04\nSignal;1000000;2021-10-04\nWhatsApp;2000000000;2021-10-04\n"), want: "CSV"},
		{name: "config.txt", data: []byte(jsonData()), want: "no French or English sentences"},
		{name: "bundle.txt", data: []byte(strings.Repeat(`function(e){var t=e.target||e.srcElement;if(t&&t.nodeName==="A"){window.location.href=t.href}}`, 40)), want: "no French or English sentences"},
		{name: "data.csv", data: []byte("app,users\nTelegram,70000000\n"), want: "skipped"},
		{name: "notes.docx", data: []byte("PK\x03\x04"), want: "skipped"},
		{name: ".hidden.txt", data: []byte(messyArticle + " Caché."), want: "skipped"},
		{name: "dangling.txt", make: func(t *testing.T, path string) { symlink(t, "gone.txt", path) }, want: "no such file"},
		{name: "self.txt", make: func(t *testing.T, path string) { symlink(t, "self.txt", path) }, want: "symbolic link loop"},
		{name: "sub/loop", make: func(t *testing.T, path string) { symlink(t, "..", path) }, want: "loops back"},
		{name: "folder.txt", make: func(t *testing.T, path string) {
			writeTestFile(t, filepath.Join(path, "inside.txt"), []byte("Inside a folder named like a file, WhatsApp a perdu 3 millions d'utilisateurs en janvier 2021."))
		}, want: "skipped"},
		{name: "folder.txt/inside.txt", want: "article"},
		{name: "secret.txt", make: func(t *testing.T, path string) {
			writeTestFile(t, path, []byte(messyArticle+" Secret."))
			chmod(t, path, 0)
		}, want: "permission denied", notRoot: true},
		{name: "locked", make: func(t *testing.T, path string) {
			writeTestFile(t, filepath.Join(path, "in locked.txt"), []byte(messyArticle+" Verrouillé."))
			chmod(t, path, 0)
		}, want: "permission denied", notRoot: true},
	}
}

// jsonData is a JSON export of app figures, as a user might save by mistake.
func jsonData() string {
	var b strings.Builder
	b.WriteString("[\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "  {\"app\": \"Telegram\", \"users\": %d, \"date\": \"2021-10-%02d\", \"country\": \"France\", \"source\": \"Sensor Tower\"},\n", 1000000*i, 1+i%28)
	}
	b.WriteString("]\n")
	return b.String()
}

func symlink(t *testing.T, target, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, path); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// chmod changes a mode and restores it when the test ends, so that the
// temporary folder can be removed.
func chmod(t *testing.T, path string, mode fs.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, info.Mode().Perm()) })
}

// sparseFile makes a file of size bytes that takes no room on disk.
func sparseFile(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
}

// TestLoadMessyFolder loads a folder of 5,000 files in which some are
// empty, binary, too large, unreadable, links that loop or lead nowhere,
// duplicates, HTML full of scripts, source code and tables: every article
// loads, every bad file is one problem that names it and says why.
func TestLoadMessyFolder(t *testing.T) {
	const total = 5000
	root := os.Geteuid() == 0 || runtime.GOOS == "windows"
	dir := t.TempDir()
	odd := messyFiles()
	want := map[string]string{}
	for _, f := range odd {
		if f.notRoot && root {
			continue // root reads anything: the fs.FS case below covers it
		}
		p := filepath.Join(dir, filepath.FromSlash(f.name))
		switch {
		case f.make != nil:
			f.make(t, p)
		case f.data != nil || f.want != "article":
			writeTestFile(t, p, f.data)
		}
		want[f.name] = f.want
	}
	for i := len(want); i < total; i++ {
		name := fmt.Sprintf("batch%02d/article %04d.txt", i%40, i)
		writeTestFile(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(fmt.Sprintf(
			"Article %d. Le %d octobre 2021, l'application numéro %d a gagné %d millions d'utilisateurs, selon son fondateur.",
			i, 1+i%28, i, 1+i%97)))
		want[name] = "article"
	}
	set, err := LoadPaths(context.Background(), []string{dir}, LoadOptions{})
	if err != nil {
		t.Fatalf("LoadPaths: %v", err)
	}
	checkMessySet(t, set, want)
}

// checkMessySet compares a loaded set with the outcome wanted for each file.
func checkMessySet(t *testing.T, set *Set, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, a := range set.Articles {
		got[a.Name] = "article"
		for _, al := range a.Aliases {
			got[al] = "alias of " + a.Name
		}
	}
	for _, p := range set.Problems {
		if p.File == "" || p.Err == nil || !strings.HasPrefix(p.Error(), p.File+": ") {
			t.Errorf("problem %q does not name its file", p.Error())
		}
		if _, dup := got[p.File]; dup {
			t.Errorf("%s: both %s and the problem %q", p.File, got[p.File], p.Err)
		}
		got[p.File] = p.Err.Error()
	}
	var wrong int
	for name, w := range want {
		g, ok := got[name]
		switch {
		case w == "skipped":
			if ok {
				t.Errorf("%s: got %q, want it skipped", name, g)
			}
		case !ok:
			t.Errorf("%s: missing, want %q", name, w)
		case w == "article" || strings.HasPrefix(w, "alias"):
			if g != w {
				t.Errorf("%s: got %q, want %q", name, g, w)
			}
		case !strings.Contains(g, w):
			t.Errorf("%s: got %q, want a problem saying %q", name, g, w)
		}
		if g != w && !strings.Contains(g, w) && w != "skipped" {
			if wrong++; wrong > 20 {
				t.Fatal("too many wrong outcomes")
			}
		}
		delete(got, name)
	}
	for name, g := range got {
		t.Errorf("%s: unexpected %q", name, g)
	}
}

// deniedFS is a file system in which some files cannot be opened, as when
// their permissions forbid it (which root would ignore on disk).
type deniedFS struct {
	fs.FS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func (d deniedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return fs.ReadDir(d.FS, name)
}

// TestLoadFSUnreadable loads through an fs.FS that refuses some files and a
// folder, for every user (root included).
func TestLoadFSUnreadable(t *testing.T) {
	dir := t.TempDir()
	want := map[string]string{}
	for i := 0; i < 200; i++ {
		name := fmt.Sprintf("d%d/a%03d.txt", i%4, i)
		writeTestFile(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(fmt.Sprintf("Le %d mars 2021, Signal comptait %d millions d'utilisateurs.", 1+i%28, 10+i)))
		want[name] = "article"
	}
	writeTestFile(t, filepath.Join(dir, "locked", "x.txt"), []byte(messyArticle))
	denied := map[string]bool{"locked": true}
	for _, name := range []string{"d0/a000.txt", "d1/a101.txt", "d3/a199.txt"} {
		denied[name] = true
		want[name] = "permission denied"
	}
	want["locked"] = "permission denied"
	set, err := LoadFS(context.Background(), deniedFS{os.DirFS(dir), denied}, "denied", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkMessySet(t, set, want)
}

// endlessFile is a file of size bytes of text that is made as it is read
// and cannot tell its size: the loader must stop reading it early.
type endlessFile struct {
	size, read int64
}

func (f *endlessFile) Read(p []byte) (int, error) {
	if f.read >= f.size {
		return 0, io.EOF
	}
	n := int(min(int64(len(p)), f.size-f.read))
	for i := range p[:n] {
		p[i] = "Telegram a gagné des utilisateurs. "[(f.read+int64(i))%35]
	}
	f.read += int64(n)
	return n, nil
}

func (f *endlessFile) Close() error { return nil }

// TestLoadHugeFileBoundedMemory loads a 200 MB file, once from disk (its
// size is known before reading) and once from a stream that cannot tell its
// size: both are refused with the reason, and the loader allocates a small
// fraction of the file.
func TestLoadHugeFileBoundedMemory(t *testing.T) {
	const size = 200 << 20
	tests := []struct {
		name     string
		load     func(t *testing.T) (*Set, error)
		maxAlloc uint64
	}{
		{"sparse file on disk", func(t *testing.T) (*Set, error) {
			dir := t.TempDir()
			sparseFile(t, filepath.Join(dir, "huge.txt"), size)
			writeTestFile(t, filepath.Join(dir, "small.txt"), []byte(messyArticle))
			return LoadPaths(context.Background(), []string{dir}, LoadOptions{})
		}, 4 << 20},
		{"stream of unknown size", func(t *testing.T) (*Set, error) {
			big := &endlessFile{size: size}
			srcs := []source{
				{name: "huge.txt", open: func() (io.ReadCloser, error) { return big, nil }},
				{name: "small.txt", open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(messyArticle)), nil }},
			}
			set, err := load(context.Background(), "stream", srcs, nil, LoadOptions{})
			if big.read > MaxFileSize+1<<20 {
				t.Errorf("read %d MB of the stream, want at most %d MB", big.read>>20, MaxFileSize>>20+1)
			}
			return set, err
		}, 6 * MaxFileSize}, // io.ReadAll doubles its buffer up to the limit (more under -race)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			set, err := tt.load(t)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tt.maxAlloc {
				t.Errorf("allocated %d MB loading a %d MB file, want at most %d MB", alloc>>20, size>>20, tt.maxAlloc>>20)
			}
			if len(set.Articles) != 1 || len(set.Problems) != 1 || set.Problems[0].File != "huge.txt" || !errors.Is(set.Problems[0].Err, ErrTooLarge) {
				t.Fatalf("articles %d, problems %v: want small.txt loaded and huge.txt refused as too large", len(set.Articles), set.Problems)
			}
			t.Logf("%s", set.Problems[0].Error())
		})
	}
}

// slowFS delays every open and read a little, so that cancellation lands
// in the middle of loading.
type slowFS struct {
	fs.FS
	delay time.Duration
}

func (s slowFS) Open(name string) (fs.File, error) {
	time.Sleep(s.delay)
	return s.FS.Open(name)
}

// TestLoadCancelNoLeak loads and cancels 100 times, at random points (before
// the start, while walking, from the progress callback, from a timer), and
// checks that the number of goroutines comes back to where it was.
func TestLoadCancelNoLeak(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 60; i++ {
		writeTestFile(t, filepath.Join(dir, fmt.Sprintf("d%d", i%3), fmt.Sprintf("a%02d.txt", i)),
			[]byte(fmt.Sprintf("Le %d octobre 2021, Telegram a gagné %d millions d'utilisateurs.", 1+i%28, i+1)))
	}
	fsys := slowFS{os.DirFS(dir), 50 * time.Microsecond}
	rng := rand.New(rand.NewSource(6))
	runtime.GC()
	baseline := runtime.NumGoroutine()
	var cancelled, finished atomic.Int32
	for i := 0; i < 100; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		at := rng.Intn(80)
		opts := LoadOptions{Workers: 1 + rng.Intn(8), Progress: func(done, total int) {
			if done >= at {
				cancel()
			}
		}}
		switch i % 4 {
		case 0:
			if at < 5 {
				cancel()
			}
		case 1:
			time.AfterFunc(time.Duration(rng.Intn(3000))*time.Microsecond, cancel)
		}
		var err error
		if i%2 == 0 {
			_, err = LoadFS(ctx, fsys, "slow", opts)
		} else {
			_, err = LoadPaths(ctx, []string{dir}, opts)
		}
		switch {
		case errors.Is(err, context.Canceled):
			cancelled.Add(1)
		case err == nil:
			finished.Add(1)
		default:
			t.Fatalf("load %d: %v", i, err)
		}
		cancel()
	}
	if cancelled.Load() < 50 {
		t.Errorf("only %d of 100 loads were cancelled: the test does not test cancelling", cancelled.Load())
	}
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(3 * time.Second); n > baseline && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(20 * time.Millisecond)
	}
	if n > baseline {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines after 100 cancelled loads, %d before:\n%s", n, baseline, buf[:runtime.Stack(buf, true)])
	}
	t.Logf("%d loads cancelled, %d finished first; goroutines %d, baseline %d", cancelled.Load(), finished.Load(), n, baseline)
}

// TestByLineOrLead tells a by-line that starts with "Le" and a date (set
// aside, the date kept as the publication date) from a first sentence that
// starts the same way (kept, with its claims).
func TestByLineOrLead(t *testing.T) {
	tests := []struct {
		first     string
		byLine    bool
		published string
	}{
		{"Le 4 octobre 2021 à 10h32", true, "2021-10-04"},
		{"Le 04/10/2021 à 14:32, mis à jour le 05/10/2021 à 08:00", true, "2021-10-04"},
		{"Publié le 4 octobre 2021", true, "2021-10-04"},
		{"Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs.", false, ""},
		{"Le 4 octobre, Signal a gagné 2 millions d'utilisateurs.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.first, func(t *testing.T) {
			text := tt.first + "\n\nWhatsApp a perdu 3 millions d'utilisateurs en janvier 2021, selon l'entreprise."
			a, err := ParseArticle("a.txt", []byte(text), false)
			if err != nil {
				t.Fatal(err)
			}
			first := Span{Start: a.Body.Start, End: a.Body.Start + len(tt.first)}
			if a.IsDropped(first) != tt.byLine {
				t.Errorf("set aside = %v, want %v (dropped %v)", a.IsDropped(first), tt.byLine, a.Dropped)
			}
			if got := a.Published.String(); tt.byLine && got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
		})
	}
}
