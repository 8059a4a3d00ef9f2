// Command pecheck checks a packaged Windows executable of Claimline: a PE32+
// file for x86-64, linked for the GUI subsystem (no console window), with an
// icon, an icon group, a manifest and version information carrying the
// expected version. make package-check runs it on dist/Claimline.exe:
//
//	go run ./cmd/pecheck -version 0.1.0 dist/Claimline.exe
//
// It prints one line describing the file, or every problem found and exits 1.
package main

import (
	"debug/pe"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses the command line and checks each file; the exit code is 0 when
// every file passes, 1 when one does not, 2 on a bad command line.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pecheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	version := fs.String("version", "", "the app version (x.y.z) the version information must carry")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || *version == "" {
		fmt.Fprintln(stderr, "usage: pecheck -version X.Y.Z FILE.exe...")
		return 2
	}
	code := 0
	for _, path := range fs.Args() {
		summary, err := check(path, *version)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", path, err)
			code = 1
			continue
		}
		fmt.Fprintf(stdout, "%s: %s\n", path, summary)
	}
	return code
}

// check opens the executable at path and returns a one-line summary, or an
// error listing every requirement it misses.
func check(path, version string) (string, error) {
	f, err := pe.Open(path)
	if err != nil {
		return "", fmt.Errorf("not a PE executable: %w", err)
	}
	defer f.Close()
	return checkFile(f, version)
}

// checkFile checks an open PE file; see check.
func checkFile(f *pe.File, version string) (string, error) {
	var problems []string
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		problems = append(problems, fmt.Sprintf("machine %#x, want x86-64", f.Machine))
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return "", errors.New("not PE32+ (no 64-bit optional header)")
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		problems = append(problems, fmt.Sprintf("subsystem %d, want %d (GUI: a console window would open)", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI))
	}
	res, err := readResources(f)
	if err != nil {
		return "", errors.Join(append(toErrors(problems), err)...)
	}
	for _, t := range []uint32{rtIcon, rtGroupIcon, rtVersion, rtManifest} {
		if len(res[t]) == 0 {
			problems = append(problems, "no "+typeNames[t]+" resource")
		}
	}
	var sizes []string
	largest := 0
	for _, icon := range res[rtIcon] {
		w, h, err := iconSize(icon)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		sizes = append(sizes, fmt.Sprintf("%dx%d", w, h))
		largest = max(largest, w)
	}
	if len(res[rtIcon]) > 0 && largest < 32 {
		problems = append(problems, fmt.Sprintf("largest icon is %d px, want 32 or more", largest))
	}
	sort.Strings(sizes)
	var fileVersion string
	for _, info := range res[rtVersion] {
		v, err := fixedVersion(info)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		fileVersion = v
		if !strings.HasPrefix(v+".", version+".") {
			problems = append(problems, fmt.Sprintf("file version %s, want %s.*", v, version))
		}
		if !hasUTF16(info, version) {
			problems = append(problems, fmt.Sprintf("version strings do not mention %s", version))
		}
	}
	if len(problems) > 0 {
		return "", errors.Join(toErrors(problems)...)
	}
	return fmt.Sprintf("PE32+ x86-64, GUI subsystem, icon %s, version %s, manifest", strings.Join(sizes, " "), fileVersion), nil
}

// toErrors turns messages into errors for errors.Join.
func toErrors(msgs []string) []error {
	errs := make([]error, len(msgs))
	for i, m := range msgs {
		errs[i] = errors.New(m)
	}
	return errs
}
