package syntax

import "strings"

// Rel is a Universal Dependencies relation, without its language-specific
// subtype ("nsubj:pass" is Nsubj), as in the CoNLL 2018 shared task's LAS.
type Rel uint8

// The 37 universal dependency relations.
const (
	Root Rel = iota
	Acl
	Advcl
	Advmod
	Amod
	Appos
	Aux
	Case
	Cc
	Ccomp
	Clf
	Compound
	Conj
	Cop
	Csubj
	Dep
	Det
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	Goeswith
	Iobj
	List
	Mark
	Nmod
	Nsubj
	Nummod
	Obj
	Obl
	Orphan
	Parataxis
	Punct
	Reparandum
	Vocative
	Xcomp
	numRels = iota
)

var relNames = [numRels]string{"root", "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp",
	"clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
	"goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct",
	"reparandum", "vocative", "xcomp"}

// String returns the relation's UD name ("nsubj").
func (r Rel) String() string {
	if int(r) < len(relNames) {
		return relNames[r]
	}
	return "Rel(?)"
}

// ParseRel returns the relation named s, its subtype dropped ("nsubj:pass"
// is Nsubj), and whether there is one.
func ParseRel(s string) (Rel, bool) {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	for i, n := range relNames {
		if n == s {
			return Rel(i), true
		}
	}
	return Dep, false
}
