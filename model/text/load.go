package text

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// MaxFileSize is the largest file the loader reads: news articles are a few
// kilobytes; anything larger is refused with the reason instead of filling
// memory.
const MaxFileSize = 16 << 20

// Loader errors.
var (
	// ErrNothingLoaded is returned when no file of a set could be loaded.
	ErrNothingLoaded = errors.New("no article could be loaded")
	// ErrTooLarge says a file is over MaxFileSize.
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB, too large for an article", MaxFileSize>>20)
	// ErrUnsupported says a file's extension is not one the loader reads.
	ErrUnsupported = errors.New("not a .txt, .md, .html or .htm file")
)

// LoadOptions tune loading.
type LoadOptions struct {
	// Progress, when set, is called as files finish, from loader goroutines.
	Progress func(done, total int)
	// Workers is the number of files read at once; 0 means one per CPU.
	Workers int
}

// Set is a loaded article set.
type Set struct {
	// Name names the set in English: its folder's or file's name, or, for
	// several paths, the folder that holds them with its count of articles
	// (NameParts.String).
	Name string
	// NameParts are Name's parts, for a program to word in its own
	// language.
	NameParts SetName
	// Articles are the articles read, by name, each text once.
	Articles []*Article
	// Problems are what went wrong with single files, by file name.
	Problems []Problem
}

// isArticleFile reports whether the loader reads files with this name.
func isArticleFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml":
		return !strings.HasPrefix(path.Base(name), ".") && !strings.EqualFold(path.Base(name), "readme.md")
	}
	return false
}

func isHTMLName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// source is one file to load: its display name and how to open it.
type source struct {
	name string
	open func() (io.ReadCloser, error)
}

// LoadFS loads every article file under fsys (recursively), naming the set
// name. Files are read in parallel; problems with single files are collected
// in Set.Problems. The error is non-nil only when nothing loaded or ctx ended.
func LoadFS(ctx context.Context, fsys fs.FS, name string, opts LoadOptions) (*Set, error) {
	var srcs []source
	var problems []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Problem{File: p, Err: readable(err)})
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() || !isArticleFile(p) {
			return nil
		}
		srcs = append(srcs, source{name: p, open: func() (io.ReadCloser, error) { return fsys.Open(p) }})
		return nil
	})
	if err != nil {
		return nil, err
	}
	set, err := load(ctx, name, srcs, problems, opts)
	if set != nil {
		set.NameParts = SetName{Base: name}
	}
	return set, err
}

// LoadPaths loads files and folders from disk. Folders are walked
// recursively, following symbolic links once (loops are reported, not
// followed); files named explicitly are read whatever their extension, while
// files found in folders are read when they are .txt, .md or .html.
func LoadPaths(ctx context.Context, paths []string, opts LoadOptions) (*Set, error) {
	var srcs []source
	var problems []Problem
	var dirs []string // the folder of each path: its own, or the one it is in
	for _, p := range paths {
		w := walker{ctx: ctx, seen: map[string]bool{}}
		info, err := os.Stat(p)
		dirs = append(dirs, folderOfPath(p, err == nil && info.IsDir()))
		if err != nil {
			problems = append(problems, Problem{File: p, Err: readable(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				// Opening a named pipe would wait for a writer forever.
				problems = append(problems, Problem{File: p, Err: errNotFile})
				continue
			}
			srcs = append(srcs, fileSource(p, filepath.Base(p)))
			continue
		}
		w.root = p
		w.walk(p, "")
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		srcs = append(srcs, w.srcs...)
		problems = append(problems, w.problems...)
	}
	set, err := load(ctx, "", srcs, problems, opts)
	if set != nil {
		set.NameParts = setName(paths, dirs, len(set.Articles))
		set.Name = set.NameParts.String()
	}
	if nf, ok := err.(*NoFilesError); ok {
		nf.Where = strings.Join(paths, ", ") // the folders as the user named them
	}
	return set, err
}

func fileSource(p, name string) source {
	return source{name: filepath.ToSlash(name), open: func() (io.ReadCloser, error) { return openRegular(p) }}
}

// errNotFile is the problem of a path that names a device, a pipe or a
// socket.
var errNotFile = errors.New("this is a device, pipe or socket, not a file")

// openRegular opens the file at p without blocking and checks, on the open
// file, that it is a regular file: what was a file when the folder was
// scanned may since have become a named pipe or a device, and reading those
// would wait for a writer or never end.
func openRegular(p string) (*os.File, error) {
	f, err := openFile(p)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	switch {
	case err != nil:
		f.Close()
		return nil, err
	case info.IsDir():
		f.Close()
		return nil, errors.New("this is a folder, not a file")
	case !info.Mode().IsRegular():
		f.Close()
		return nil, errNotFile
	}
	return f, nil
}

// walker walks a folder on disk, following links to folders at most once.
type walker struct {
	ctx      context.Context
	root     string
	seen     map[string]bool
	srcs     []source
	problems []Problem
}

func (w *walker) walk(dir, rel string) {
	real, err := folderID(dir)
	if err != nil {
		w.problems = append(w.problems, Problem{File: relName(rel, dir), Err: readableFolder(err)})
		return
	}
	if w.seen[real] {
		w.problems = append(w.problems, Problem{File: relName(rel, dir), Err: errors.New("this link loops back to a folder already read; skipped")})
		return
	}
	w.seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problems = append(w.problems, Problem{File: relName(rel, dir), Err: readableFolder(err)})
	}
	for _, e := range entries {
		if w.ctx.Err() != nil {
			return
		}
		full := filepath.Join(dir, e.Name())
		r := path.Join(rel, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				w.problems = append(w.problems, Problem{File: r, Err: readable(err)})
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			w.walk(full, r)
		case mode.IsRegular() && isArticleFile(e.Name()):
			w.srcs = append(w.srcs, fileSource(full, r))
		}
	}
}

func relName(rel, full string) string {
	if rel == "" {
		return filepath.Base(full)
	}
	return rel
}

// readableFolder is readable for a folder: an unreadable folder is not
// reported as a file.
func readableFolder(err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return errors.New("permission denied: the folder cannot be read")
	}
	return readable(err)
}

// readable turns system errors into a sentence for a person.
func readable(err error) error {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied: the file cannot be read")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case strings.Contains(err.Error(), "too many levels of symbolic links"):
		return errors.New("a symbolic link loop: the link points back to itself")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// load reads and parses srcs in parallel and removes duplicates: the same
// text under two names is one article with both names.
func load(ctx context.Context, name string, srcs []source, problems []Problem, opts LoadOptions) (*Set, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = MemoryWorkers(runtime.GOMAXPROCS(0), AvailableMemory())
	}
	type result struct {
		a        *Article
		sum      [32]byte
		warnings []error
		err      error
	}
	results := make([]result, len(srcs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for w := 0; w < min(workers, len(srcs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, sum, warnings, err := readOne(ctx, srcs[i])
				results[i] = result{a, sum, warnings, err}
				if opts.Progress != nil {
					mu.Lock()
					done++
					d := done
					mu.Unlock()
					opts.Progress(d, len(srcs))
				}
			}
		}()
	}
feed:
	for i := range srcs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	set := &Set{Name: name, Problems: problems}
	bySum := map[[32]byte]*Article{}
	for i, r := range results {
		if r.err != nil {
			set.Problems = append(set.Problems, Problem{File: srcs[i].name, Err: r.err})
			continue
		}
		if first, ok := bySum[r.sum]; ok {
			first.Aliases = append(first.Aliases, r.a.Name)
			continue
		}
		bySum[r.sum] = r.a
		set.Articles = append(set.Articles, r.a)
		for _, w := range r.warnings {
			set.Problems = append(set.Problems, Problem{File: srcs[i].name, Err: w})
		}
	}
	sort.Slice(set.Articles, func(i, j int) bool { return set.Articles[i].Name < set.Articles[j].Name })
	sort.SliceStable(set.Problems, func(i, j int) bool { return set.Problems[i].File < set.Problems[j].File })
	if len(set.Articles) == 0 {
		if len(set.Problems) == 0 {
			return set, &NoFilesError{Where: name}
		}
		return set, ErrNothingLoaded
	}
	return set, nil
}

// NoFilesError says that no article file was found where the loader
// looked; it is an ErrNothingLoaded.
type NoFilesError struct {
	// Where names the folders and files looked in, as the set is named.
	Where string
}

// Error says what was looked for, and where.
func (e *NoFilesError) Error() string {
	if e.Where == "" {
		return ErrNothingLoaded.Error() + ": no .txt, .md or .html file was found"
	}
	return fmt.Sprintf("%v: no .txt, .md or .html file was found in %s", ErrNothingLoaded, e.Where)
}

// Is makes a NoFilesError an ErrNothingLoaded.
func (e *NoFilesError) Is(target error) bool { return target == ErrNothingLoaded }

// Loaded reports whether the problem's file loaded all the same: the
// problem is in what it says (a header date that is no date), not in
// reading it.
func (p Problem) Loaded() bool {
	var h *HeaderDateError
	return errors.As(p.Err, &h)
}

// readOne reads one file within MaxFileSize and parses it; warnings are
// what is wrong in an article that loads all the same.
func readOne(ctx context.Context, src source) (a *Article, sum [32]byte, warnings []error, err error) {
	f, err := src.open()
	if err != nil {
		return nil, sum, nil, readable(err)
	}
	defer f.Close()
	if st, ok := f.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if info, err := st.Stat(); err == nil {
			if info.IsDir() {
				return nil, sum, nil, errors.New("this is a folder, not a file")
			}
			if !info.Mode().IsRegular() {
				return nil, sum, nil, errNotFile
			}
			if info.Size() > MaxFileSize {
				return nil, sum, nil, fmt.Errorf("%w (%d MB)", ErrTooLarge, info.Size()>>20)
			}
		}
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, sum, nil, readable(err)
	}
	if len(b) > MaxFileSize {
		return nil, sum, nil, ErrTooLarge
	}
	a, warnings, err = parseArticle(ctx, src.name, b, isHTMLName(src.name))
	if err != nil {
		return nil, sum, nil, err
	}
	sum = sha256.Sum256([]byte(strings.Join(strings.Fields(a.Slice(a.Body)), " ")))
	return a, sum, warnings, nil
}
