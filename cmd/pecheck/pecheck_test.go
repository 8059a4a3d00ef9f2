package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// rsrcRVA is where the test executables map their resource section.
const rsrcRVA = 0x1000

// buildTree lays out a resource tree holding blobs by type, one name and one
// language per blob, with data entries pointing at RVAs from base.
func buildTree(base uint32, blobs map[uint32][][]byte) []byte {
	types := make([]uint32, 0, len(blobs))
	for t := range blobs {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	dirSize := func(n int) uint32 { return 16 + 8*uint32(n) }

	// First pass: offsets of every table.
	off := dirSize(len(types))
	nameDir := map[uint32]uint32{}
	for _, t := range types {
		nameDir[t] = off
		off += dirSize(len(blobs[t]))
	}
	langDir := map[uint32][]uint32{}
	for _, t := range types {
		for range blobs[t] {
			langDir[t] = append(langDir[t], off)
			off += dirSize(1)
		}
	}
	entry := map[uint32][]uint32{}
	for _, t := range types {
		for range blobs[t] {
			entry[t] = append(entry[t], off)
			off += 16
		}
	}
	dataAt := map[uint32][]uint32{}
	for _, t := range types {
		for _, b := range blobs[t] {
			dataAt[t] = append(dataAt[t], off)
			off += (uint32(len(b)) + 3) &^ 3
		}
	}

	// Second pass: write them.
	tree := make([]byte, off)
	le := binary.LittleEndian
	dir := func(at uint32, ids, targets []uint32, subdir bool) {
		le.PutUint16(tree[at+14:], uint16(len(ids)))
		for i := range ids {
			p := at + 16 + 8*uint32(i)
			le.PutUint32(tree[p:], ids[i])
			v := targets[i]
			if subdir {
				v |= 1 << 31
			}
			le.PutUint32(tree[p+4:], v)
		}
	}
	var typeTargets []uint32
	for _, t := range types {
		typeTargets = append(typeTargets, nameDir[t])
	}
	dir(0, types, typeTargets, true)
	for _, t := range types {
		var ids []uint32
		for i := range blobs[t] {
			ids = append(ids, uint32(i+1))
		}
		dir(nameDir[t], ids, langDir[t], true)
		for i, b := range blobs[t] {
			dir(langDir[t][i], []uint32{0x409}, []uint32{entry[t][i]}, false)
			le.PutUint32(tree[entry[t][i]:], base+dataAt[t][i])
			le.PutUint32(tree[entry[t][i]+4:], uint32(len(b)))
			copy(tree[dataAt[t][i]:], b)
		}
	}
	return tree
}

// buildPE returns a minimal PE32+ image with one .rsrc section holding tree.
func buildPE(t *testing.T, machine, subsystem uint16, tree []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	dos := make([]byte, 64)
	copy(dos, "MZ")
	binary.LittleEndian.PutUint32(dos[0x3c:], 64)
	buf.Write(dos)
	buf.WriteString("PE\x00\x00")
	w := func(v any) {
		if err := binary.Write(&buf, binary.LittleEndian, v); err != nil {
			t.Fatal(err)
		}
	}
	w(pe.FileHeader{Machine: machine, NumberOfSections: 1, SizeOfOptionalHeader: 240, Characteristics: 0x22})
	oh := pe.OptionalHeader64{Magic: 0x20b, Subsystem: subsystem, NumberOfRvaAndSizes: 16, SectionAlignment: 0x1000, FileAlignment: 0x200}
	if tree != nil {
		oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE] = pe.DataDirectory{VirtualAddress: rsrcRVA, Size: uint32(len(tree))}
	}
	w(oh)
	sh := pe.SectionHeader32{VirtualSize: uint32(len(tree)), VirtualAddress: rsrcRVA, SizeOfRawData: uint32(len(tree)), PointerToRawData: 0x200}
	copy(sh.Name[:], ".rsrc")
	w(sh)
	buf.Write(make([]byte, 0x200-buf.Len()))
	buf.Write(tree)
	return buf.Bytes()
}

// versionInfo is a fake VS_VERSIONINFO: a ProductVersion string and a
// VS_FIXEDFILEINFO for major.minor.patch.build.
func versionInfo(str string, major, minor, patch, build uint16) []byte {
	var b []byte
	le := binary.LittleEndian
	for _, r := range "ProductVersion\x00" + str + "\x00" {
		b = le.AppendUint16(b, uint16(r))
	}
	b = le.AppendUint32(b, 0xFEEF04BD)
	b = le.AppendUint32(b, 0x00010000)
	b = le.AppendUint32(b, uint32(major)<<16|uint32(minor))
	b = le.AppendUint32(b, uint32(patch)<<16|uint32(build))
	return b
}

// pngIcon is a size×size PNG.
func pngIcon(t *testing.T, size int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, size, size))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bmpIcon is the BITMAPINFOHEADER of a size×size icon (height doubled for the mask).
func bmpIcon(size int) []byte {
	b := make([]byte, 40)
	binary.LittleEndian.PutUint32(b, 40)
	binary.LittleEndian.PutUint32(b[4:], uint32(size))
	binary.LittleEndian.PutUint32(b[8:], uint32(2*size))
	return b
}

func TestCheckFile(t *testing.T) {
	good := func() map[uint32][][]byte {
		return map[uint32][][]byte{
			rtIcon:      {pngIcon(t, 256)},
			rtGroupIcon: {{0, 0, 1, 0, 1, 0}},
			rtVersion:   {versionInfo("0.1.0.1", 0, 1, 0, 1)},
			rtManifest:  {[]byte("<assembly/>")},
		}
	}
	without := func(typ uint32) map[uint32][][]byte { m := good(); delete(m, typ); return m }
	with := func(typ uint32, blob []byte) map[uint32][][]byte { m := good(); m[typ] = [][]byte{blob}; return m }
	tests := []struct {
		name      string
		machine   uint16
		subsystem uint16
		blobs     map[uint32][][]byte
		noRsrc    bool
		want      string // summary, or a piece of the error
		wantErr   bool
	}{
		{"packaged app", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, good(), false,
			"PE32+ x86-64, GUI subsystem, icon 256x256, version 0.1.0.1, manifest", false},
		{"bitmap icon", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, with(rtIcon, bmpIcon(48)), false,
			"icon 48x48", false},
		{"console window", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_CUI, good(), false, "subsystem 3", true},
		{"arm64", pe.IMAGE_FILE_MACHINE_ARM64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, good(), false, "want x86-64", true},
		{"no icon", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, without(rtIcon), false, "no icon resource", true},
		{"no icon group", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, without(rtGroupIcon), false, "no icon group resource", true},
		{"no manifest", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, without(rtManifest), false, "no manifest resource", true},
		{"no version", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, without(rtVersion), false, "no version information resource", true},
		{"old version", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, with(rtVersion, versionInfo("0.0.9.1", 0, 0, 9, 1)), false, "file version 0.0.9.1, want 0.1.0.*", true},
		{"version 0.1.01", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, with(rtVersion, versionInfo("0.1.01", 0, 1, 1, 0)), false, "file version 0.1.1.0", true},
		{"tiny icon", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, with(rtIcon, pngIcon(t, 16)), false, "largest icon is 16 px", true},
		{"broken icon", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, with(rtIcon, []byte("GIF89a")), false, "neither a PNG nor a bitmap", true},
		{"no resources", pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, nil, true, "no resource section", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tree []byte
			if !tt.noRsrc {
				tree = buildTree(rsrcRVA, tt.blobs)
			}
			f, err := pe.NewFile(bytes.NewReader(buildPE(t, tt.machine, tt.subsystem, tree)))
			if err != nil {
				t.Fatal(err)
			}
			got, err := checkFile(f, "0.1.0")
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("error = %v, want one containing %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("summary = %q, want one containing %q", got, tt.want)
			}
		})
	}
}

func TestParseResourceTreeTruncated(t *testing.T) {
	tree := buildTree(0, map[uint32][][]byte{rtManifest: {[]byte("<assembly/>")}})
	rva := func(addr, size uint32) ([]byte, error) { return tree[addr : addr+size], nil }
	if _, err := parseResourceTree(tree, rva); err != nil {
		t.Fatalf("whole tree: %v", err)
	}
	for _, n := range []int{0, 10, 20, 30, 50} {
		if _, err := parseResourceTree(tree[:n], rva); err == nil {
			t.Errorf("tree cut at %d bytes: no error", n)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.exe")
	tree := buildTree(rsrcRVA, map[uint32][][]byte{
		rtIcon: {pngIcon(t, 256)}, rtGroupIcon: {{0}}, rtVersion: {versionInfo("0.1.0.1", 0, 1, 0, 1)}, rtManifest: {{'<'}},
	})
	if err := os.WriteFile(good, buildPE(t, pe.IMAGE_FILE_MACHINE_AMD64, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, tree), 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "readme.exe")
	if err := os.WriteFile(text, []byte("not a program"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"good", []string{"-version", "0.1.0", good}, 0},
		{"wrong version", []string{"-version", "0.2.0", good}, 1},
		{"not an executable", []string{"-version", "0.1.0", text}, 1},
		{"missing file", []string{"-version", "0.1.0", filepath.Join(dir, "none.exe")}, 1},
		{"no version flag", []string{good}, 2},
		{"no file", []string{"-version", "0.1.0"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := run(tt.args, io.Discard, io.Discard); got != tt.want {
				t.Errorf("exit code = %d, want %d", got, tt.want)
			}
		})
	}
}
