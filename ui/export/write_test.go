package export

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// entries returns the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names
}

func TestWriteFileWritesEachFormat(t *testing.T) {
	dir := t.TempDir()
	tl := sampleTimeline()
	for _, name := range []string{"t.png", "t.svg", "t.pdf"} {
		path := filepath.Join(dir, name)
		if err := WriteFile(path, tl, Options{Width: 800, Height: 600}); err != nil {
			t.Fatalf("WriteFile(%s): %v", name, err)
		}
		st, err := os.Stat(path)
		if err != nil || st.Size() == 0 {
			t.Fatalf("%s: %v, size %d", name, err, st.Size())
		}
	}
	if got := entries(t, dir); len(got) != 3 {
		t.Errorf("folder holds %v, want only the three images", got)
	}
}

func TestFailedWriteLeavesNoFile(t *testing.T) {
	tl := sampleTimeline()
	tests := []struct {
		name    string
		setup   func(dir string) string // returns the path to write
		wantErr func(error) bool
		keep    []string // the folder's entries afterwards
	}{
		{
			name:    "unknown extension",
			setup:   func(dir string) string { return filepath.Join(dir, "timeline.jpg") },
			wantErr: func(err error) bool { return errors.Is(err, ErrUnknownFormat) },
		},
		{
			name:    "no extension",
			setup:   func(dir string) string { return filepath.Join(dir, "timeline") },
			wantErr: func(err error) bool { return errors.Is(err, ErrUnknownFormat) },
		},
		{
			name:    "folder does not exist",
			setup:   func(dir string) string { return filepath.Join(dir, "missing", "timeline.png") },
			wantErr: func(err error) bool { var we *WriteError; return errors.As(err, &we) },
		},
		{
			name: "target is a folder",
			setup: func(dir string) string {
				p := filepath.Join(dir, "taken.png")
				if err := os.Mkdir(p, 0o755); err != nil {
					t.Fatal(err)
				}
				return p
			},
			wantErr: func(err error) bool { var we *WriteError; return errors.As(err, &we) },
			keep:    []string{"taken.png"},
		},
		{
			name:    "bad size",
			setup:   func(dir string) string { return filepath.Join(dir, "small.png") },
			wantErr: func(err error) bool { return errors.Is(err, ErrBadSize) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(dir)
			o := Options{Width: 800, Height: 600}
			if tt.name == "bad size" {
				o.Width = 10
			}
			err := WriteFile(path, tl, o)
			if err == nil || !tt.wantErr(err) {
				t.Fatalf("WriteFile error = %v", err)
			}
			got := entries(t, dir)
			if len(got) != len(tt.keep) {
				t.Errorf("folder holds %v after a failed export, want %v", got, tt.keep)
			}
		})
	}
}

func TestUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: folder permissions are not enforced")
	}
	dir := t.TempDir()
	old := filepath.Join(dir, "timeline.png")
	if err := os.WriteFile(old, []byte("old image"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := WriteFile(old, sampleTimeline(), Options{Width: 800, Height: 600})
	var we *WriteError
	if !errors.As(err, &we) || !errors.Is(err, os.ErrPermission) {
		t.Fatalf("error = %v, want a permission WriteError", err)
	}
	if b, _ := os.ReadFile(old); string(b) != "old image" {
		t.Errorf("the existing file changed: %q", b)
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v, want only the old file", got)
	}
}

func TestWriteErrorSaysWhy(t *testing.T) {
	err := WriteFile(filepath.Join(t.TempDir(), "nope", "t.svg"), sampleTimeline(), Options{})
	want := "the folder does not exist"
	var we *WriteError
	if !errors.As(err, &we) || we.Reason != want {
		t.Fatalf("error = %v, want reason %q", err, want)
	}
}

// fullDisk is a temporary file on a disk that fills up after room bytes.
type fullDisk struct {
	*os.File
	room int
}

func (f *fullDisk) Write(p []byte) (int, error) {
	if len(p) <= f.room {
		f.room -= len(p)
		return f.File.Write(p)
	}
	n, _ := f.File.Write(p[:f.room])
	f.room = 0
	return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
}

func TestDiskFullLeavesOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "timeline.png")
	if err := os.WriteFile(path, []byte("old image"), 0o644); err != nil {
		t.Fatal(err)
	}
	create := func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		return &fullDisk{File: f, room: 100}, err
	}
	err := writeAtomicWith(path, make([]byte, 10000), create)
	var we *WriteError
	if !errors.As(err, &we) || we.Reason != "the disk is full" {
		t.Fatalf("error = %v, want a WriteError saying the disk is full", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old image" {
		t.Errorf("the existing file changed: %q", b)
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v, want only the old file", got)
	}
}

// A write removes what killed writes of the same file left over an hour
// ago, and nothing else: not a recent temporary file (a write under way),
// not another file's.
func TestWriteRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "timeline [1].png")
	old := time.Now().Add(-2 * time.Hour)
	files := map[string]bool{ // name → removed
		".timeline [1].png.123.tmp":  true,
		".timeline [1].png.456.tmp":  false, // recent
		".other.png.789.tmp":         false,
		"timeline [1].png.tmp":       false,
		".timeline [1].png.tmp.keep": false,
		".timeline [1].png.x12.tmp":  false, // not a name CreateTemp makes
		".timeline [1].png.7.9.tmp":  false,
		".timeline [1].png.tmp":      false, // prefix and suffix overlap
	}
	for name, removed := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if removed || name != ".timeline [1].png.456.tmp" {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := WriteAtomic(path, []byte("png")); err != nil {
		t.Fatal(err)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "png" {
		t.Fatalf("written: %q, %v", b, err)
	}
}
