package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// subsetTTF returns a copy of the TrueType font ttf holding only the
// outlines of glyphs keep (and of the glyphs they are built from): the
// other glyphs are left empty, so that glyph numbers, the character map,
// the advance widths and the kerning stay as they are and text set with the
// subset looks and measures as with the whole font. Glyph names, OpenType
// layout tables (GPOS, GSUB, GDEF: the 'kern' table is kept) and the
// tables no renderer needs are dropped. It is how an SVG embeds only the
// glyphs it draws.
func subsetTTF(ttf []byte, keep []uint16) ([]byte, error) {
	if len(ttf) < 12 {
		return nil, errSubset
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errSubset
	}
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		rec := ttf[12+16*i:]
		tag := string(rec[:4])
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(ln) > uint64(len(ttf)) {
			return nil, fmt.Errorf("%w: table %q out of the file", errSubset, tag)
		}
		tables[tag] = ttf[off : off+ln]
	}
	head, maxp, loca, glyf := tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
	if len(head) < 54 || len(maxp) < 6 || loca == nil || glyf == nil {
		return nil, fmt.Errorf("%w: not a TrueType font with outlines", errSubset)
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	long := binary.BigEndian.Uint16(head[50:]) == 1
	offset := func(i int) (uint32, bool) {
		if long {
			if 4*i+4 > len(loca) {
				return 0, false
			}
			return binary.BigEndian.Uint32(loca[4*i:]), true
		}
		if 2*i+2 > len(loca) {
			return 0, false
		}
		return 2 * uint32(binary.BigEndian.Uint16(loca[2*i:])), true
	}
	outline := func(g int) []byte {
		a, ok1 := offset(g)
		b, ok2 := offset(g + 1)
		if !ok1 || !ok2 || a > b || int(b) > len(glyf) {
			return nil
		}
		return glyf[a:b]
	}

	// The glyphs kept: .notdef, those asked for, and the components of
	// composite glyphs, followed to any depth.
	used := map[int]bool{0: true}
	todo := []int{0}
	for _, g := range keep {
		if int(g) < numGlyphs && !used[int(g)] {
			used[int(g)] = true
			todo = append(todo, int(g))
		}
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, c := range components(outline(g)) {
			if c < numGlyphs && !used[c] {
				used[c] = true
				todo = append(todo, c)
			}
		}
	}

	// New glyf and loca (long offsets), glyphs padded to 4 bytes.
	var newGlyf []byte
	newLoca := make([]byte, 4*(numGlyphs+1))
	for g := 0; g < numGlyphs; g++ {
		binary.BigEndian.PutUint32(newLoca[4*g:], uint32(len(newGlyf)))
		if used[g] {
			newGlyf = append(newGlyf, outline(g)...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*numGlyphs:], uint32(len(newGlyf)))

	out := map[string][]byte{"glyf": newGlyf, "loca": newLoca}
	h := append([]byte(nil), head...)
	binary.BigEndian.PutUint16(h[50:], 1) // long loca offsets
	binary.BigEndian.PutUint32(h[8:], 0)  // checkSumAdjustment, set below
	out["head"] = h
	if post := tables["post"]; len(post) >= 32 {
		p := append([]byte(nil), post[:32]...)
		binary.BigEndian.PutUint32(p, 0x00030000) // no glyph names
		out["post"] = p
	}
	for _, tag := range []string{"OS/2", "cmap", "cvt ", "fpgm", "gasp", "hhea", "hmtx", "kern", "maxp", "name", "prep"} {
		if t, ok := tables[tag]; ok {
			out[tag] = t
		}
	}
	return writeSFNT(ttf[:4], out), nil
}

// errSubset is returned for a font the subsetter cannot read.
var errSubset = errors.New("export: cannot subset the font")

// components returns the glyphs a composite glyph is built from; none for
// a simple glyph.
func components(g []byte) []int {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil
	}
	const (
		argWords   = 0x0001
		haveScale  = 0x0008
		more       = 0x0020
		haveXY     = 0x0040
		haveMatrix = 0x0080
	)
	var out []int
	p := 10
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, int(binary.BigEndian.Uint16(g[p+2:])))
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXY != 0:
			p += 4
		case flags&haveMatrix != 0:
			p += 8
		}
		if flags&more == 0 {
			break
		}
	}
	return out
}

// writeSFNT assembles a font file from its tables, with the table
// directory, checksums and the head table's checksum adjustment.
func writeSFNT(version []byte, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	out := make([]byte, 12+16*n)
	copy(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-searchRange))
	headAt := 0
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt > 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the sum of b as big-endian 32-bit words, zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
