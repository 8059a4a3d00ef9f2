// Package atomicfile writes a file so that a crash or a kill at any moment
// leaves the old file or the new one, never a part of either: the data goes
// to a temporary file in the same folder, synced, then renamed over the
// file, and the folder is synced so that the rename itself reaches the disk.
//
// The review file, the app's settings and exported images are written with
// it; each caller words the errors for its own reader.
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// File is the part of *os.File a write uses (tests give a failing one).
type File interface {
	io.Writer
	Name() string
	Sync() error
	Chmod(fs.FileMode) error
	Close() error
}

// StaleAfter is the age past which a temporary file of an earlier write is
// taken for the leftover of a killed process rather than a write under way.
const StaleAfter = time.Hour

// Write writes data to path atomically. An existing file keeps its
// permissions; a new one gets 0666 less the umask.
func Write(path string, data []byte) error { return WriteWith(path, data, CreateTemp) }

// WriteWith is Write with the temporary file made by create.
func WriteWith(path string, data []byte, create func(dir, pattern string) (File, error)) error {
	RemoveStale(path)
	var keep fs.FileMode
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		keep = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := create(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
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
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// CreateTemp creates a temporary file in dir, as os.CreateTemp does, but with
// the permissions the umask allows (0666 less the umask) rather than 0600:
// the new file is then as readable as any the user creates.
func CreateTemp(dir, pattern string) (File, error) {
	prefix, suffix, _ := strings.Cut(pattern, "*")
	for try := 0; ; try++ {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		if err != nil {
			return nil, err
		}
		return f, nil
	}
}

// RemoveStale removes the temporary files that earlier writes of path left
// when their process was killed mid-write (".NAME.DIGITS.tmp", over
// StaleAfter old, so never a write under way in another process). It does
// what it can and reports nothing: the write goes on anyway.
func RemoveStale(path string) {
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
		mid, ok := strings.CutPrefix(name, prefix)
		if mid, ok = strings.CutSuffix(mid, ".tmp"); !ok || mid == "" || strings.Trim(mid, "0123456789") != "" || !e.Type().IsRegular() {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > StaleAfter {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
