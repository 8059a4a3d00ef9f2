package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimline/claimline/model"
)

// WriteFile draws t to the file at path, in the format its extension asks
// for. The write is atomic: the image goes to a temporary file in the same
// folder, which is renamed over path only once complete, so a failed export
// (no permission, disk full, unknown extension) leaves no partial file and
// an existing file untouched. Errors are sentences a person can act on.
// An existing file keeps its permissions and a new one gets those the umask
// allows; what is not a regular file of its own (a link, a pipe, a device,
// a folder) is refused unless opts.Force.
func WriteFile(path string, t *model.Timeline, opts Options) error {
	f, err := FormatOf(path)
	if err != nil {
		return err
	}
	if err := replaceable(path, opts.Force); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := Render(&buf, t, f, opts); err != nil {
		return err
	}
	return writeAtomic(path, buf.Bytes())
}

// replaceable checks that writing path replaces nothing but a regular file
// of its own (or nothing): a symbolic link would be replaced by a file
// instead of written through, a hard link would be split from its other
// names, a named pipe or a device would be replaced by a file. A folder is
// refused even when forced.
func replaceable(path string, force bool) error {
	info, err := os.Lstat(path)
	if err != nil {
		return nil // missing (or unreachable: the write says why)
	}
	what := ""
	switch m := info.Mode(); {
	case m.IsDir():
		return &WriteError{Path: path, Reason: "it is a folder; choose a file name", Err: syscall.EISDIR}
	case m&fs.ModeSymlink != 0:
		what = "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case !m.IsRegular():
		what = "not a regular file"
	case links(info) > 1:
		what = "a file with other names (a hard link)"
	}
	if what == "" || force {
		return nil
	}
	return &WriteError{Path: path, Reason: "it is " + what + ", which the image would replace; remove it or choose another name (claimline export --force replaces it)", Err: fs.ErrExist}
}

// tempFile is the part of *os.File that writeAtomic uses.
type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Chmod(fs.FileMode) error
	Close() error
}

// createTemp creates a temporary file in dir, as os.CreateTemp, but with the
// permissions the umask allows (0666 minus the umask) rather than 0600: a
// new image is then as readable as any file the user creates.
func createTemp(dir, pattern string) (tempFile, error) {
	prefix, suffix, _ := strings.Cut(pattern, "*")
	for try := 0; ; try++ {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}

// WriteAtomic writes data to path through a temporary file in the same
// folder, synced, then renamed over path: a crash or a kill leaves either
// the old file or the new one, never a part of either. The app saves its
// settings with it.
func WriteAtomic(path string, data []byte) error { return writeAtomic(path, data) }

// writeAtomic writes data to path through a temporary file in the same
// folder, then renames it.
func writeAtomic(path string, data []byte) error {
	return writeAtomicWith(path, data, createTemp)
}

// writeAtomicWith is writeAtomic with the temporary file made by create.
func writeAtomicWith(path string, data []byte, create func(dir, pattern string) (tempFile, error)) error {
	removeStale(path)
	// An existing file keeps its permissions (a 0600 file stays 0600).
	var keep fs.FileMode
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		keep = info.Mode().Perm()
	}
	tmp, err := create(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return writeError(path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if keep != 0 {
		if err := tmp.Chmod(keep); err != nil {
			return fail(err)
		}
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	return nil
}

// staleAfter is the age past which a temporary file of an earlier write is
// taken for the leftover of a killed process rather than a write under way.
const staleAfter = time.Hour

// removeStale removes the temporary files that earlier writes of path left
// when their process was killed mid-write (".NAME.*.tmp", over an hour
// old). It does what it can and reports nothing: the write goes on anyway.
func removeStale(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || len(name) < len(prefix)+len(".tmp") || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		// os.CreateTemp puts digits where the pattern has its "*".
		if mid := name[len(prefix) : len(name)-len(".tmp")]; mid == "" || strings.Trim(mid, "0123456789") != "" {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// WriteError is a failed write of an image file, with the reason in words.
type WriteError struct {
	// Path is the file that could not be written.
	Path string
	// Reason says why, for a person: "permission denied", "the disk is full".
	Reason string
	// Err is the underlying error.
	Err error
}

// Error reads "export: cannot write PATH: REASON".
func (e *WriteError) Error() string {
	return fmt.Sprintf("export: cannot write %s: %s", e.Path, e.Reason)
}

// Unwrap returns the underlying error.
func (e *WriteError) Unwrap() error { return e.Err }

// writeError says why path could not be written, in a sentence.
func writeError(path string, err error) error {
	why := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		why = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		why = "permission denied; choose a folder you can write to"
	case errors.Is(err, fs.ErrNotExist):
		why = "the folder does not exist"
	case errors.Is(err, syscall.ENOSPC):
		why = "the disk is full"
	case errors.Is(err, syscall.EROFS):
		why = "the disk is read-only"
	}
	return &WriteError{Path: path, Reason: why, Err: err}
}
