// Package syslocale makes a C or POSIX locale read as "no locale" before
// Fyne's lang package looks at it.
//
// Fyne reads LC_ALL, LC_MESSAGES and LANG when its lang package starts. It
// understands "C" and "POSIX", but a value such as "C.UTF-8" (the default in
// many containers and CI machines) makes it log "Error parsing user locale
// C". This package rewrites such values to plain "C" in its init, which runs
// before Fyne's because nothing it imports comes from Fyne and its import
// path sorts before the locale package Fyne depends on. Import it for its
// side effect from every package that imports Fyne's widgets:
//
//	import _ "github.com/claimline/claimline/ui/syslocale"
package syslocale

import (
	"os"
	"strings"
)

// variables are the environment variables that name the locale.
var variables = [...]string{"LC_ALL", "LC_MESSAGES", "LANG"}

func init() {
	for _, name := range variables {
		if v, ok := os.LookupEnv(name); ok {
			if IsNeutral(v) && v != "C" && v != "POSIX" {
				os.Setenv(name, "C")
			}
		}
	}
}

// IsNeutral reports whether a locale value means "no language": C or
// POSIX, with or without a codeset or modifier ("C.UTF-8", "POSIX@euro").
func IsNeutral(v string) bool {
	base := v
	if i := strings.IndexAny(base, ".@"); i >= 0 {
		base = base[:i]
	}
	return base == "C" || base == "POSIX"
}
