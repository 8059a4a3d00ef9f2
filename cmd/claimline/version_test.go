package main

import (
	"bytes"
	"testing"

	"github.com/claimline/claimline/assets"
)

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		t.Run(arg, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run([]string{arg}, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit code = %d, want %d; stderr: %s", code, exitOK, stderr.String())
			}
			if want := "Claimline " + assets.Version + "\n"; stdout.String() != want {
				t.Errorf("stdout = %q, want %q", stdout.String(), want)
			}
			if stderr.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", stderr.String())
			}
		})
	}
}
