package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// failing is a temporary file whose Sync fails, as on a full disk.
type failing struct{ File }

func (f failing) Sync() error { return errors.New("no space left on device") }

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A stale leftover of a killed write goes; a fresh one (a write under
	// way elsewhere) and other files stay.
	stale, fresh, other := filepath.Join(dir, ".f.json.123.tmp"), filepath.Join(dir, ".f.json.456.tmp"), filepath.Join(dir, ".f.json.x.tmp")
	for _, p := range []string{stale, fresh, other} {
		os.WriteFile(p, nil, 0o600)
	}
	old := time.Now().Add(-2 * StaleAfter)
	os.Chtimes(stale, old, old)
	os.Chtimes(other, old, old)
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file holds %q", b)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("permissions %v, want the old file's 0600", info.Mode().Perm())
	}
	for p, want := range map[string]bool{stale: false, fresh: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: present %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	// A failed write leaves the old file and no temporary file.
	err := WriteWith(path, []byte("broken"), func(dir, pattern string) (File, error) {
		f, err := CreateTemp(dir, pattern)
		return failing{f}, err
	})
	if err == nil {
		t.Fatal("a failing sync was not reported")
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("after a failed write the file holds %q", b)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".f.json.*.tmp"))
	if len(left) != 2 {
		t.Errorf("temporary files left: %v", left)
	}
	// A missing folder is the error's to say.
	if err := Write(filepath.Join(dir, "none", "f"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
}
