package ui

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// BenchmarkColdStart starts the real claimline binary and a minimal Fyne
// app (testdata/minimal) alternately under Xvfb, and times each from exec
// to its window being shown (xdotool --onlyvisible). Target: Claimline
// within 1.2 times the minimal app (ratio). It needs Xvfb and xdotool and
// is skipped without them.
func BenchmarkColdStart(b *testing.B) {
	for _, tool := range []string{"Xvfb", "xdotool", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skipf("%s is not installed", tool)
		}
	}
	dir := b.TempDir()
	build := func(out, pkg string) string {
		path := filepath.Join(dir, out)
		cmd := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", path, pkg)
		cmd.Dir = ".."
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("building %s: %v\n%s", pkg, err, msg)
		}
		return path
	}
	claimline := build("claimline", "./cmd/claimline")
	minimal := build("minimal", "./ui/testdata/minimal")

	// Xvfb picks a free display itself and writes its number to fd 3; with
	// -noreset it does not restart each time its last client leaves.
	r, w, err := os.Pipe()
	if err != nil {
		b.Fatal(err)
	}
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-noreset", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	xvfb.ExtraFiles = []*os.File{w}
	if err := xvfb.Start(); err != nil {
		b.Fatal(err)
	}
	w.Close()
	defer func() { _ = xvfb.Process.Kill(); _, _ = xvfb.Process.Wait() }()
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		b.Fatalf("Xvfb did not say its display: %v", err)
	}
	display := ":" + strings.TrimSpace(line)
	env := append(os.Environ(), "DISPLAY="+display, "HOME="+dir, "LIBGL_ALWAYS_SOFTWARE=1")
	xdotool := func(args ...string) *exec.Cmd {
		c := exec.Command("xdotool", args...)
		c.Env = env
		return c
	}
	for i := 0; ; i++ {
		if xdotool("getdisplaygeometry").Run() == nil || i > 50 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	var times = map[string][]time.Duration{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, app := range []struct{ name, bin, title string }{{"claimline", claimline, "^Claimline"}, {"minimal", minimal, "^Minimal$"}} {
			d, err := timeToWindow(app.bin, app.title, env, xdotool)
			if err != nil {
				b.Fatalf("%s: %v", app.name, err)
			}
			times[app.name] = append(times[app.name], d)
		}
	}
	b.StopTimer()
	median := func(ds []time.Duration) float64 {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return float64(ds[len(ds)/2].Microseconds()) / 1000
	}
	c, m := median(times["claimline"]), median(times["minimal"])
	b.ReportMetric(c, "claimline-ms")
	b.ReportMetric(m, "minimal-ms")
	b.ReportMetric(c/m, "ratio")
}

// timeToWindow starts bin and returns how long its window titled like
// title took to be shown; then it stops the program.
func timeToWindow(bin, title string, env []string, xdotool func(...string) *exec.Cmd) (time.Duration, error) {
	cmd := exec.Command(bin)
	cmd.Env = env
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() { _ = cmd.Process.Kill(); _, _ = cmd.Process.Wait() }()
	for time.Since(start) < 30*time.Second {
		out, _ := xdotool("search", "--onlyvisible", "--name", title).Output()
		if strings.TrimSpace(string(out)) != "" {
			return time.Since(start), nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0, fmt.Errorf("no window after 30 s; it wrote:\n%s", log.String())
}
