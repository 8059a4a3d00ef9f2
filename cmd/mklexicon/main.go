// Command mklexicon writes the English lexicon that the part-of-speech
// tagger embeds (model/syntax/weights/en.lexicon.gz), so that it knows the
// tags a word may take even when the treebanks it learns from never show
// it ("struck", "revenue"):
//
//	npm pack en-lexicon@1.0.11 && tar xzf en-lexicon-1.0.11.tgz
//	go run ./cmd/mklexicon -o model/syntax/weights/en.lexicon.gz package/dist/lexicon.js
//
// The lexicon is Alex Corvi's en-lexicon (MIT licence), built from Eric
// Brill's tagger lexicon: about 110,000 words with their Penn Treebank tags,
// most likely first. Emoji and entries of more than one word are left out.
// The file holds gzipped lines of a word, a tab and its tags ("struck\tVBD|VBN"),
// sorted; after writing it, retrain the tagger (cmd/trainsyntax), whose
// weights depend on it.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model/atomicfile"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("mklexicon", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", filepath.Join("model", "syntax", "weights", "en.lexicon.gz"), "the lexicon to write")
	if fl.Parse(args) != nil {
		return 2
	}
	if fl.NArg() != 1 {
		fmt.Fprintln(stderr, "mklexicon: give en-lexicon's dist/lexicon.js")
		return 2
	}
	f, err := os.Open(fl.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "mklexicon:", err)
		return 1
	}
	lines, err := readLexicon(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "mklexicon: %s: %v\n", fl.Arg(0), err)
		return 1
	}
	if len(lines) == 0 {
		fmt.Fprintf(stderr, "mklexicon: %s: no entry found\n", fl.Arg(0))
		return 1
	}
	var b bytes.Buffer
	z, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	for _, l := range lines {
		z.Write([]byte(l))
		z.Write([]byte{'\n'})
	}
	if err := z.Close(); err != nil {
		fmt.Fprintln(stderr, "mklexicon:", err)
		return 1
	}
	if err := atomicfile.Write(*out, b.Bytes()); err != nil {
		fmt.Fprintln(stderr, "mklexicon:", err)
		return 1
	}
	fmt.Fprintf(stderr, "mklexicon: %d words written to %s (%d bytes)\n", len(lines), *out, b.Len())
	return 0
}

// entryLine matches one entry of lexicon.js: `    "word": "TAG|TAG",`.
var entryLine = regexp.MustCompile(`^\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*"),?\s*$`)

// readLexicon returns the entries of lexicon.js as sorted "word\ttags"
// lines, without emoji ("EM") and words holding a space or a tab.
func readLexicon(r io.Reader) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		m := entryLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		word, err1 := strconv.Unquote(m[1])
		tags, err2 := strconv.Unquote(m[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad entry %s", sc.Text())
		}
		if word == "" || tags == "" || tags == "EM" || strings.ContainsAny(word, " \t\n") || strings.ContainsAny(tags, " \t\n") || seen[word] {
			continue
		}
		seen[word] = true
		out = append(out, word+"\t"+tags)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	slices.Sort(out)
	return out, nil
}
