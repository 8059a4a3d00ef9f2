package review

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// killWriterEnv, when set to a path, turns the test binary into a reviewer
// that notes ever newer versions on an event of the default set, each saved
// to the review file at that path, until it is killed.
const killWriterEnv = "CLAIMLINE_REVIEW_KILL_WRITER"

// killNote is the note of version v: long, so that a save takes a while
// and kills land inside it.
func killNote(v int) string {
	return fmt.Sprintf("version %d ", v) + strings.Repeat("checked against the press release; ", 1000)
}

func runKillWriter(t *testing.T, path string) {
	s, err := Open(path, defaultTimeline(t))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	id := s.Timeline().Events[0].ID
	for v := len(s.log) + 1; ; v++ {
		if err := s.Do(SetNote(id, killNote(v))); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Printf("saved %d\n", v)
	}
}

// TestKillDuringAutosave kills a process that saves the review after each
// action, with SIGKILL at random moments, 20 times on the same file. After
// each kill the file opens (never broken), holds at least every action
// whose save returned, and its last note is complete.
func TestKillDuringAutosave(t *testing.T) {
	if path := os.Getenv(killWriterEnv); path != "" {
		runKillWriter(t, path)
		return
	}
	if runtime.GOOS == "windows" || testing.Short() {
		t.Skip("needs SIGKILL and a few seconds")
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	var absent, most int
	for k := 0; k < 20; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringAutosave$", "-test.count=1")
		cmd.Env = append(os.Environ(), killWriterEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var last atomic.Int64
		done := make(chan struct{})
		saving := make(chan struct{}) // closed at the child's first finished save
		go func() {
			defer close(done)
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if n, ok := strings.CutPrefix(sc.Text(), "saved "); ok {
					v, _ := strconv.Atoi(n)
					if last.Swap(int64(v)) == 0 {
						close(saving)
					}
				}
			}
		}()
		// The child builds the default set first, which takes long on a
		// busy machine: the kill falls at a random moment once it saves.
		select {
		case <-saving:
		case <-done:
		case <-time.After(2 * time.Minute):
			t.Fatal("the writer saved nothing in two minutes")
		}
		time.Sleep(time.Duration(rng.Intn(40)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-done
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("kill %d: the writer ended on its own: %s", k, stderr.String())
		}
		if _, err := os.Stat(path); os.IsNotExist(err) {
			if last.Load() > 0 {
				t.Fatalf("kill %d: the file is gone after version %d was saved", k, last.Load())
			}
			absent++
			continue
		}
		s, err := Open(path, defaultTimeline(t))
		if err != nil {
			t.Fatalf("kill %d: the review file is broken: %v", k, err)
		}
		n := len(s.log)
		if int64(n) < last.Load() || n < most {
			t.Fatalf("kill %d: the file holds %d actions, fewer than the %d saved", k, n, max(int(last.Load()), most))
		}
		most = n
		if n > 0 && s.Timeline().Events[0].Note != killNote(n) {
			t.Fatalf("kill %d: the last note is not version %d", k, n)
		}
	}
	temps, _ := filepath.Glob(filepath.Join(dir, "."+FileName+".*.tmp"))
	t.Logf("20 kills: %d actions saved in all, the file absent %d times (killed before the first save), %d temporary files left by interrupted saves", most, absent, len(temps))
	if most == 0 {
		t.Error("no save finished: the kills came too early to test anything")
	}
}
