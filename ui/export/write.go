package export

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/atomicfile"
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
	_, err := WriteFileSize(path, t, opts)
	return err
}

// WriteFileSize is WriteFile that also returns the size of the image
// written (see Size).
func WriteFileSize(path string, t *model.Timeline, opts Options) (Size, error) {
	f, err := FormatOf(path)
	if err != nil {
		return Size{}, err
	}
	if err := replaceable(path, opts.Force); err != nil {
		return Size{}, err
	}
	var buf bytes.Buffer
	size, err := RenderSize(&buf, t, f, opts)
	if err != nil {
		return Size{}, err
	}
	if err := writeAtomic(path, buf.Bytes()); err != nil {
		return Size{}, err
	}
	return size, nil
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
type tempFile = atomicfile.File

// WriteAtomic writes data to path through a temporary file in the same
// folder, synced, then renamed over path: a crash or a kill leaves either
// the old file or the new one, never a part of either. The app saves its
// settings with it.
func WriteAtomic(path string, data []byte) error { return writeAtomic(path, data) }

// writeAtomic writes data to path atomically (see atomicfile), its errors
// said for a person.
func writeAtomic(path string, data []byte) error {
	return writeAtomicWith(path, data, atomicfile.CreateTemp)
}

// writeAtomicWith is writeAtomic with the temporary file made by create.
func writeAtomicWith(path string, data []byte, create func(dir, pattern string) (tempFile, error)) error {
	if err := atomicfile.WriteWith(path, data, create); err != nil {
		return writeError(path, err)
	}
	return nil
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
