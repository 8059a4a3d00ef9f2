# Claimline build, run and test targets. `make run` and `make test` are the two
# commands in the README: each installs what it needs on a fresh Debian/Ubuntu
# machine that has only Go and gcc.

SHELL   := /bin/bash
GO      ?= go
TAGS    := migrated_fynedo
BIN     := build/claimline
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: the X11/GL headers Fyne's cgo driver needs, and the tools the
# end-to-end and packaging tests use.
BUILD_PKGS := libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev pkg-config
TEST_PKGS  := xvfb xdotool imagemagick desktop-file-utils gcc-mingw-w64-x86-64 poppler-utils xz-utils file binutils wine64 wine

.PHONY: all deps test-deps build run test unit fuzz fuzz-short bench eval vet clean

all: build

# deps installs the build packages that are missing (only on Debian-like systems).
deps:
	@bash .ci/apt-install $(BUILD_PKGS)
	@$(GO) mod download

test-deps:
	@bash .ci/apt-install $(BUILD_PKGS) $(TEST_PKGS)
	@$(GO) mod download

build: deps
	@mkdir -p build
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/claimline

# run opens the app on the embedded article set (or on ARGS).
run: build
	./$(BIN) $(ARGS)

vet:
	$(GO) vet -tags $(TAGS) ./...
	@test -z "$$(gofmt -l cmd model ui assets)" || { gofmt -l cmd model ui assets; echo "gofmt needed"; exit 1; }

# The ui package's rendering tests run for several minutes under the race
# detector on a busy two-core machine: past go test's 10-minute default.
unit:
	$(GO) test -race -timeout 30m -tags $(TAGS) ./...

# test is the README's test command: vet, race-enabled unit tests, the
# end-to-end test of the app, and the packages built and checked.
test: test-deps vet unit fuzz-short e2e package-check

# e2e runs the real binary under Xvfb: its window appears, a search is typed
# with xdotool and the screenshots are checked (see .ci/e2e).
.PHONY: e2e
e2e: test-deps build
	bash .ci/e2e $(BIN)

# fuzz runs each fuzz target for FUZZTIME, one after another (make fuzz
# FUZZTIME=10m); each is named by its package and its name. An input that
# breaks one is written to the package's testdata/fuzz/FuzzXxx/ and, once
# committed, runs in every go test. Memory is capped so that an input that
# makes the model allocate without end is reported as a crasher instead of
# exhausting the machine.
FUZZTIME ?= 60s
FUZZ_TARGETS := model/text:FuzzDecode model:FuzzFindDates model:FuzzFindNumbers model:FuzzExtract model:FuzzLoad \
	model/search:FuzzSearch model/search:FuzzSearchArticle ui/export:FuzzSVGIsXML
#
# Go 1.26's fuzz coordinator can end a run that found nothing with "context
# deadline exceeded" when the time is up while a worker is busy
# (go.dev/issue/75804, fixed in Go 1.27): such a run wrote no failing input,
# so it is reported and not counted as a failure; a run that wrote one fails.
fuzz:
	@ulimit -v 6000000 2>/dev/null; for pt in $(FUZZ_TARGETS); do \
	  p=$${pt%%:*}; t=$${pt#*:}; d=./$$p/testdata/fuzz/$$t; \
	  echo "fuzz: $$t ($$p) for $(FUZZTIME)"; \
	  before=$$(ls $$d 2>/dev/null | wc -l); \
	  $(GO) test -tags $(TAGS) ./$$p -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s 2>&1 | tee /tmp/claimline-fuzz.$$$$.log; \
	  rc=$${PIPESTATUS[0]}; after=$$(ls $$d 2>/dev/null | wc -l); \
	  if [ $$rc -ne 0 ]; then \
	    if [ $$after -eq $$before ] && grep -q 'context deadline exceeded' /tmp/claimline-fuzz.$$$$.log; then \
	      echo "fuzz: $$t stopped on Go's fuzz-time race (go.dev/issue/75804) with no failing input: not a failure"; \
	    else rm -f /tmp/claimline-fuzz.$$$$.log; exit 1; fi; \
	  fi; rm -f /tmp/claimline-fuzz.$$$$.log; \
	done

# fuzz-short is the short run make test does: each target for about 5 s.
fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=5s

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

# eval scores the claims against the gold claims of testdata/gold (see its
# README), one gold set after the other: "dev", the articles the extraction is
# tuned against, and "heldout", articles nobody tunes on. `make eval
# EVAL_SETS=heldout` scores one set. "fresh", a second held-out set kept for
# closing figures, is scored only when asked for: `make eval EVAL_SETS=fresh`;
# so are "blind", the last articles no gold named (`EVAL_SETS=blind`), and
# "blind2", the French TimeBank documents no other gold named (`EVAL_SETS=blind2`);
# and "probe" to "probe10", invented wire articles whose texts are in
# testdata/probe, testdata/probe2, … testdata/probe10
# (`EVAL_SETS=probe`, `EVAL_SETS=probe2`, …). The Wikinews and TimeBank sets
# need the shared corpora beside the repository.
CORPORA     ?= ../shared/corpora
EVAL_SETS   ?= dev heldout
GOLD_dev     := testdata/gold/claims-*.jsonl
GOLD_heldout := testdata/gold/heldout-*.jsonl
GOLD_fresh   := testdata/gold/fresh-*.jsonl
GOLD_blind   := testdata/gold/blind-*.jsonl
GOLD_blind2  := testdata/gold/blind2-*.jsonl
GOLD_probe   := testdata/gold/probe-*.jsonl
CORPORA_probe := testdata/probe
GOLD_probe2  := testdata/gold/probe2-*.jsonl
CORPORA_probe2 := testdata/probe2
GOLD_probe3  := testdata/gold/probe3-*.jsonl
CORPORA_probe3 := testdata/probe3
GOLD_probe4  := testdata/gold/probe4-*.jsonl
CORPORA_probe4 := testdata/probe4
GOLD_probe5  := testdata/gold/probe5-*.jsonl
CORPORA_probe5 := testdata/probe5
GOLD_probe6  := testdata/gold/probe6-*.jsonl
CORPORA_probe6 := testdata/probe6
GOLD_probe7  := testdata/gold/probe7-*.jsonl
CORPORA_probe7 := testdata/probe7
GOLD_probe8  := testdata/gold/probe8-*.jsonl
CORPORA_probe8 := testdata/probe8
GOLD_probe9  := testdata/gold/probe9-*.jsonl
CORPORA_probe9 := testdata/probe9
GOLD_probe10 := testdata/gold/probe10-*.jsonl
CORPORA_probe10 := testdata/probe10
eval:
	@if [ ! -d $(CORPORA) ]; then echo "eval: skipped, no corpora folder at $(CORPORA)"; exit 0; fi; \
	$(foreach s,$(EVAL_SETS),$(if $(GOLD_$(s)),,echo "eval: no gold set named $(s) (dev, heldout, fresh, blind, blind2, probe, probe2, probe3, probe4, probe5, probe6, probe7, probe8, probe9, probe10)"; exit 2;) \
	echo "== $(s) set: $(GOLD_$(s))"; \
	if ! ls $(GOLD_$(s)) >/dev/null 2>&1; then echo "eval: no gold file for the $(s) set"; \
	else $(GO) run -tags $(TAGS) ./cmd/claimline eval --corpora $(or $(CORPORA_$(s)),$(CORPORA)) $(ARGS) $(GOLD_$(s)) || exit 1; fi;)

clean:
	rm -rf build

# ---- Packaging (see the README's "Packaging") -------------------------------
# Fyne's packager (fyne.io/fyne/v2/cmd/fyne at go.mod's Fyne version) builds each
# package from a copy of the source; .ci/package says why. Outputs go to dist/.
DIST      := dist
LINUX_PKG := $(DIST)/Claimline.tar.xz
WIN_PKG   := $(DIST)/Claimline.exe
# wine64 (with wine, its launcher) runs Claimline.exe in package-check; binutils'
# objdump reads the libraries the Linux binary needs.
CHECK_PKGS := xvfb xdotool imagemagick desktop-file-utils file binutils gcc-mingw-w64-x86-64 wine64 wine

.PHONY: package package-linux package-windows package-deb package-darwin package-check install uninstall

# package builds the Linux bundle, the Windows executable and the Debian package.
package: package-linux package-windows package-deb

package-linux: deps
	@bash .ci/apt-install xz-utils
	bash .ci/package linux $(DIST)

# package-windows cross-builds Claimline.exe with mingw-w64 (a cold build of its own).
package-windows: deps
	@bash .ci/apt-install gcc-mingw-w64-x86-64
	bash .ci/package windows $(DIST)

# package-deb puts the Linux bundle's binary, a menu entry and the icons into
# dist/claimline_VERSION_ARCH.deb with dpkg-deb (see .ci/package-deb).
package-deb: package-linux
	@bash .ci/apt-install binutils
	bash .ci/package-deb $(DIST)

# package-darwin builds Claimline.app; it runs on a Mac with Xcode's command line tools.
package-darwin:
	bash .ci/package darwin $(DIST)

# package-check builds the packages and checks them: the .desktop file validates,
# the unpacked Linux bundle opens its window under Xvfb; the .exe is a PE32+ GUI
# executable with icon and version that, under Wine, prints its version, exports
# the same PNG as the Linux binary and opens its window; the .deb installs with
# apt-get, opens a folder from its menu entry's Exec line and removes cleanly.
package-check: package
	@bash .ci/apt-install $(CHECK_PKGS)
	bash .ci/package-check $(DIST)

# install puts the Linux bundle under ~/.local (no root needed): the binary in
# ~/.local/bin, the icon, and a menu entry that opens the folders given to it.
install: package-linux
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  tar -C "$$tmp" -xJf $(LINUX_PKG) && \
	  $(MAKE) -s -C "$$tmp/claimline" user-install && \
	  { command -v update-desktop-database >/dev/null && update-desktop-database -q "$$HOME/.local/share/applications" || true; } && \
	  echo "Installed: $$HOME/.local/bin/claimline and Claimline in the applications menu"

uninstall:
	rm -f "$$HOME/.local/bin/claimline" "$$HOME/.local/share/applications/Claimline.desktop" "$$HOME/.local/share/icons/Claimline.png"
	@command -v update-desktop-database >/dev/null && update-desktop-database -q "$$HOME/.local/share/applications" || true
