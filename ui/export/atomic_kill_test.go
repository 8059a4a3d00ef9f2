package export

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

// atomicWriterEnv, when set to a path, turns the test binary into a writer
// that saves ever newer versions of a large file there until it is killed.
const atomicWriterEnv = "CLAIMLINE_ATOMIC_WRITER"

// killVersionSize is the size of a version's payload: large enough that a
// write takes a while, so that kills land inside it.
const killVersionSize = 8 << 20

// killVersion returns version v of the file: a header line that gives the
// version and the payload's size, then a payload that only version v has.
func killVersion(v int) []byte {
	size := killVersionSize + v*4093
	b := make([]byte, 0, size+64)
	b = fmt.Appendf(b, "claimline kill test: version %d, %d bytes\n", v, size)
	for i := 0; i < size; i++ {
		b = append(b, byte('a'+(i*7+v)%26))
	}
	return b
}

// checkKillVersion returns the version a file holds, or an error when it
// is not exactly one complete version.
func checkKillVersion(b []byte) (int, error) {
	var v, size int
	if _, err := fmt.Sscanf(string(b[:min(len(b), 80)]), "claimline kill test: version %d, %d bytes\n", &v, &size); err != nil {
		return 0, fmt.Errorf("no header (%d bytes): %v", len(b), err)
	}
	if !bytes.Equal(b, killVersion(v)) {
		return v, fmt.Errorf("version %d is %d bytes or differs from what was written, want %d bytes", v, len(b), len(killVersion(v)))
	}
	return v, nil
}

// runAtomicWriter is the child process: it writes versions 1, 2, 3… to path
// through writeAtomic and prints each version once its write returned.
func runAtomicWriter(path string) {
	for v := 1; ; v++ {
		if err := writeAtomic(path, killVersion(v)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Printf("wrote %d\n", v)
	}
}

// TestAtomicWriteSurvivesKill starts a process that saves a large file
// through the exporter's atomic writer in a loop and kills it with SIGKILL
// at random moments, 30 times (in three fresh folders). After each kill the file is either absent
// (killed during the first write) or one complete version, never older than
// the last write that returned. A kill leaves the temporary file of the
// write it interrupted (".NAME.*.tmp" beside the file); the next write does
// not remove it, so the test counts at most one per kill.
func TestAtomicWriteSurvivesKill(t *testing.T) {
	if path := os.Getenv(atomicWriterEnv); path != "" {
		runAtomicWriter(path)
		return
	}
	if runtime.GOOS == "windows" || testing.Short() {
		t.Skip("needs SIGKILL and a few seconds")
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	const kills, rounds = 30, 3
	var absent, left int
	var dir, path string
	for k := 0; k < kills; k++ {
		if k%(kills/rounds) == 0 {
			// A fresh folder: the first kill may land in the first write.
			if dir != "" {
				temps, _ := filepath.Glob(filepath.Join(dir, ".timeline.png.*.tmp"))
				left += len(temps)
			}
			dir = t.TempDir()
			path = filepath.Join(dir, "timeline.png")
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestAtomicWriteSurvivesKill$", "-test.count=1")
		cmd.Env = append(os.Environ(), atomicWriterEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var last atomic.Int64 // the last version whose write returned
		done := make(chan struct{})
		go func() {
			defer close(done)
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if n, ok := strings.CutPrefix(sc.Text(), "wrote "); ok {
					v, _ := strconv.Atoi(n)
					last.Store(int64(v))
				}
			}
		}()
		// Kill at a random moment: in the first write, or after a few.
		time.Sleep(time.Duration(rng.Intn(200)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-done
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("kill %d: the writer ended on its own (%v): %s", k, err, stderr.String())
		}
		b, err := os.ReadFile(path)
		switch {
		case os.IsNotExist(err):
			if last.Load() > 0 {
				t.Fatalf("kill %d: the file is gone after version %d was written", k, last.Load())
			}
			absent++
		case err != nil:
			t.Fatal(err)
		default:
			v, err := checkKillVersion(b)
			if err != nil {
				t.Fatalf("kill %d: the file is corrupt: %v", k, err)
			}
			if int64(v) < last.Load() {
				t.Fatalf("kill %d: the file holds version %d, older than version %d whose write returned", k, v, last.Load())
			}
		}
		temps, _ := filepath.Glob(filepath.Join(dir, ".timeline.png.*.tmp"))
		if len(temps) > k%(kills/rounds)+1 {
			t.Fatalf("kill %d: %d temporary files left, want at most one per kill", k, len(temps))
		}
		if entries, _ := os.ReadDir(dir); len(entries) > len(temps)+1 {
			t.Fatalf("kill %d: the folder holds %d entries: the file, %d temporary files and something else", k, len(entries), len(temps))
		}
	}
	temps, _ := filepath.Glob(filepath.Join(dir, ".timeline.png.*.tmp"))
	left += len(temps)
	t.Logf("%d kills: the file absent %d times (killed in the first write), a complete version every other time; %d temporary files left behind by interrupted writes",
		kills, absent, left)
}
