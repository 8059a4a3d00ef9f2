package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"image/png"
	"unicode/utf16"
)

// Resource types (winuser.h) the packaged executable must carry.
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// typeNames names the resource types in messages.
var typeNames = map[uint32]string{
	rtIcon:      "icon",
	rtGroupIcon: "icon group",
	rtVersion:   "version information",
	rtManifest:  "manifest",
}

// errNoResources is returned for an executable without a resource section.
var errNoResources = errors.New("pecheck: no resource section")

// resources maps a resource type ID to the data of every resource of that
// type (all names and languages).
type resources map[uint32][][]byte

// readResources walks the resource directory of f: type, then name, then
// language, then the data entry, whose address is an RVA into an image section.
func readResources(f *pe.File) (resources, error) {
	var dir pe.DataDirectory
	switch oh := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		if len(oh.DataDirectory) > pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
			dir = oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
		}
	case *pe.OptionalHeader32:
		if len(oh.DataDirectory) > pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
			dir = oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
		}
	}
	if dir.VirtualAddress == 0 || dir.Size == 0 {
		return nil, errNoResources
	}
	rva := func(addr, size uint32) ([]byte, error) {
		for _, s := range f.Sections {
			if addr < s.VirtualAddress || addr-s.VirtualAddress >= max(s.VirtualSize, s.Size) {
				continue
			}
			data, err := s.Data()
			if err != nil {
				return nil, fmt.Errorf("pecheck: section %s: %w", s.Name, err)
			}
			off := addr - s.VirtualAddress
			if uint64(off)+uint64(size) > uint64(len(data)) {
				return nil, fmt.Errorf("pecheck: RVA %#x+%d beyond section %s", addr, size, s.Name)
			}
			return data[off : off+size], nil
		}
		return nil, fmt.Errorf("pecheck: RVA %#x in no section", addr)
	}
	tree, err := rva(dir.VirtualAddress, dir.Size)
	if err != nil {
		return nil, err
	}
	return parseResourceTree(tree, rva)
}

// dirEntry is one entry of a resource directory table.
type dirEntry struct {
	id     uint32 // type, name or language ID (names by string are not needed here)
	offset uint32 // offset from the start of the tree
	subdir bool   // the entry is a directory, not a data entry
}

// parseResourceTree reads a resource tree (the bytes the resource data
// directory points at); data entries are resolved through rva.
func parseResourceTree(tree []byte, rva func(addr, size uint32) ([]byte, error)) (resources, error) {
	types, err := readDir(tree, 0)
	if err != nil {
		return nil, err
	}
	res := resources{}
	for _, t := range types {
		if !t.subdir {
			return nil, fmt.Errorf("pecheck: resource type %d is not a directory", t.id)
		}
		names, err := readDir(tree, t.offset)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			langs := []dirEntry{n}
			if n.subdir {
				if langs, err = readDir(tree, n.offset); err != nil {
					return nil, err
				}
			}
			for _, l := range langs {
				if l.subdir {
					return nil, fmt.Errorf("pecheck: resource tree deeper than three levels")
				}
				if uint64(l.offset)+16 > uint64(len(tree)) {
					return nil, fmt.Errorf("pecheck: data entry at %#x beyond the resource tree", l.offset)
				}
				addr := binary.LittleEndian.Uint32(tree[l.offset:])
				size := binary.LittleEndian.Uint32(tree[l.offset+4:])
				data, err := rva(addr, size)
				if err != nil {
					return nil, err
				}
				res[t.id] = append(res[t.id], data)
			}
		}
	}
	return res, nil
}

// readDir reads the directory table at off: a 16-byte header whose last two
// words count the named and the ID entries, then 8 bytes per entry.
func readDir(tree []byte, off uint32) ([]dirEntry, error) {
	if uint64(off)+16 > uint64(len(tree)) {
		return nil, fmt.Errorf("pecheck: directory at %#x beyond the resource tree", off)
	}
	n := uint32(binary.LittleEndian.Uint16(tree[off+12:])) + uint32(binary.LittleEndian.Uint16(tree[off+14:]))
	if uint64(off)+16+uint64(n)*8 > uint64(len(tree)) {
		return nil, fmt.Errorf("pecheck: directory at %#x: %d entries overflow the resource tree", off, n)
	}
	entries := make([]dirEntry, n)
	for i := range entries {
		p := off + 16 + uint32(i)*8
		name := binary.LittleEndian.Uint32(tree[p:])
		val := binary.LittleEndian.Uint32(tree[p+4:])
		entries[i] = dirEntry{id: name &^ (1 << 31), offset: val &^ (1 << 31), subdir: val&(1<<31) != 0}
	}
	return entries, nil
}

// fixedVersion reads the file version (major.minor.patch.build) from a
// VS_VERSIONINFO resource: its VS_FIXEDFILEINFO starts with the signature
// 0xFEEF04BD, then the structure version, then the version in two words.
func fixedVersion(info []byte) (string, error) {
	sig := binary.LittleEndian.AppendUint32(nil, 0xFEEF04BD)
	i := bytes.Index(info, sig)
	if i < 0 || i+16 > len(info) {
		return "", errors.New("pecheck: version information without VS_FIXEDFILEINFO")
	}
	ms := binary.LittleEndian.Uint32(info[i+8:])
	ls := binary.LittleEndian.Uint32(info[i+12:])
	return fmt.Sprintf("%d.%d.%d.%d", ms>>16, ms&0xffff, ls>>16, ls&0xffff), nil
}

// hasUTF16 reports whether data holds s encoded as UTF-16LE, the way
// version strings such as ProductVersion are stored.
func hasUTF16(data []byte, s string) bool {
	var enc []byte
	for _, u := range utf16.Encode([]rune(s)) {
		enc = binary.LittleEndian.AppendUint16(enc, u)
	}
	return bytes.Contains(data, enc)
}

// iconSize returns the width and height of an RT_ICON image: a PNG (the
// usual form for 256 px) or a BITMAPINFOHEADER whose height counts the
// colour and the mask rows.
func iconSize(data []byte) (w, h int, err error) {
	if bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return 0, 0, fmt.Errorf("pecheck: icon PNG: %w", err)
		}
		return cfg.Width, cfg.Height, nil
	}
	if len(data) < 12 || binary.LittleEndian.Uint32(data) != 40 {
		return 0, 0, errors.New("pecheck: icon is neither a PNG nor a bitmap")
	}
	return int(int32(binary.LittleEndian.Uint32(data[4:]))), int(int32(binary.LittleEndian.Uint32(data[8:]))) / 2, nil
}
