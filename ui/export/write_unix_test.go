//go:build unix

package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An export keeps an existing file's permissions, gives a new one those the
// umask allows, and replaces nothing but a regular file of its own unless
// forced: a symbolic link, a hard link or a named pipe named *.svg was
// replaced by a regular file (and a 0600 file became 0644).
func TestWriteKeepsModeAndRefusesSpecialFiles(t *testing.T) {
	tl := sampleTimeline()
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	for _, c := range []struct {
		name     string
		make     func(t *testing.T, path string) // what is at path before
		force    bool
		refused  string // in the error; "" when written
		wantMode os.FileMode
	}{
		{name: "new file honours the umask", wantMode: 0o600},
		{name: "0600 stays 0600", make: file(0o600), wantMode: 0o600},
		{name: "0640 stays 0640", make: file(0o640), wantMode: 0o640},
		{name: "symbolic link", make: symlink, refused: "symbolic link"},
		{name: "hard link", make: hardlink, refused: "hard link"},
		{name: "named pipe", make: fifo, refused: "named pipe"},
		{name: "folder", make: folder, refused: "folder"},
		{name: "folder, forced", make: folder, force: true, refused: "folder"},
		{name: "named pipe, forced", make: fifo, force: true, wantMode: 0o600},
		{name: "symbolic link, forced", make: symlink, force: true, wantMode: 0o600},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.svg")
			if c.make != nil {
				c.make(t, path)
			}
			before, _ := os.Lstat(path)
			err := WriteFile(path, tl, Options{Width: 800, Height: 450, Force: c.force})
			if c.refused != "" {
				var we *WriteError
				if !errors.As(err, &we) || !strings.Contains(err.Error(), c.refused) || strings.Contains(err.Error(), ".tmp") {
					t.Fatalf("error %v, want a refusal naming %q (and no temporary file)", err, c.refused)
				}
				if after, _ := os.Lstat(path); after == nil || after.Mode() != before.Mode() {
					t.Errorf("the refused path changed: %v → %v", before.Mode(), after.Mode())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			info, err := os.Lstat(path)
			if err != nil || !info.Mode().IsRegular() || info.Mode().Perm() != c.wantMode {
				t.Errorf("written %v (%v), want a regular file %v", info.Mode(), err, c.wantMode)
			}
		})
	}
}

func file(mode os.FileMode) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, path string) {
	target := filepath.Join(filepath.Dir(path), "target.txt")
	file(0o600)(t, target)
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
}

func hardlink(t *testing.T, path string) {
	target := filepath.Join(filepath.Dir(path), "other-name.svg")
	file(0o600)(t, target)
	if err := os.Link(target, path); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
}

func fifo(t *testing.T, path string) {
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
}

func folder(t *testing.T, path string) {
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
}
