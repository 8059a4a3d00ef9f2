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
TEST_PKGS  := xvfb xdotool imagemagick desktop-file-utils gcc-mingw-w64-x86-64 poppler-utils xz-utils file

.PHONY: all deps test-deps build run test unit fuzz bench vet clean

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

unit:
	$(GO) test -race -tags $(TAGS) ./...

# test is the README's test command: vet and race-enabled unit tests.
test: test-deps vet unit

FUZZTIME ?= 10s
fuzz:
	$(GO) test ./model -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME)

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf build
