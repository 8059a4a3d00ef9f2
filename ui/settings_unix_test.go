//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// A named pipe in place of the settings copy or of Fyne's preferences does
// not hang the start: the copy is not read, the preferences file is moved
// aside before Fyne reads it, and so is one too large to read at every start.
func TestSettingsFilesNeverBlock(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "settings.json")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan bool)
	go func() { done <- restoreSettings(test.NewTempApp(t), pipe) }()
	select {
	case restored := <-done:
		if restored {
			t.Error("restored from a pipe")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a named pipe as the settings copy hangs")
	}

	prefs := filepath.Join(dir, "preferences.json")
	if err := syscall.Mkfifo(prefs, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := guardPreferencesAt(prefs); msg == "" {
		t.Error("a pipe as the preferences file was left in place")
	}
	if _, err := os.Lstat(prefs); !os.IsNotExist(err) {
		t.Errorf("the pipe is still there: %v", err)
	}
	if err := os.WriteFile(prefs, make([]byte, maxSettingsBytes+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := guardPreferencesAt(prefs); msg == "" {
		t.Error("a huge preferences file was left in place")
	}
	if err := os.WriteFile(prefs, []byte(`{"window.width":900}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := guardPreferencesAt(prefs); msg != "" {
		t.Errorf("a sound preferences file was moved: %s", msg)
	}
	// Emptied by a write that was killed: removed, so that Fyne starts
	// clean and the atomic copy restores the settings.
	if err := os.WriteFile(prefs, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := guardPreferencesAt(prefs); msg != "" {
		t.Errorf("an empty preferences file gave a message: %s", msg)
	}
	if _, err := os.Lstat(prefs); !os.IsNotExist(err) {
		t.Errorf("the empty preferences file is still there: %v", err)
	}
}
