package model

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
)

// learnRoles reads appositions that say who holds which role: "Pavel Durov,
// fondateur de Telegram", "Le PDG de Telegram, Pavel Durov", "son fondateur
// russe, Pavel Dourov", "Nikolaï Dourov le PDG de Telegram", "Telegram CEO
// Pavel Durov", "X, Telegram's founder".
func (x *extractor) learnRoles(r *registry) {
	x.reg = r
	orgCount := map[string]int{}
	first := map[string]int{}   // order of first mention
	firstIn := map[string]int{} // the sentence of the first mention
	for si, s := range x.sents {
		for _, m := range s.mentions {
			switch r.kindOf(&m) {
			case KindPerson:
				// Only full names count: a bare surname is resolved
				// against them, the article's own before any other's.
				if p := r.person(m.key, nil); p != "" && strings.Contains(m.key, " ") {
					x.localPersons[p]++
				}
			case KindOrg:
				if isNationality(lexis.Fold(m.text)) {
					continue // «les Britanniques», "the Germans": people of a country, no organisation the article is about
				}
				orgCount[m.key]++
				if _, ok := first[m.key]; !ok {
					first[m.key] = len(first)
					firstIn[m.key] = si
				}
			}
		}
	}
	// A company's full name counts for its short one, which the article
	// names it by the rest of the time ("Halvorsen Foods ASA" then
	// "Halvorsen's shares", "Halvorsen also said"): when what follows the
	// short name only says what kind of company it is (not "Ligue 1" for
	// "la Ligue").
	// So do the longer names of one line that start with a name the
	// article also uses ("Karoo Gold Mining", "Karoo Gold" in the title,
	// "Karoo" after: one company), but not the names of two ("Air" before
	// "Air France" and "Air Canada").
	family := map[string]int{}
	merged := map[[2]string]bool{}
	merge := func(short, k string) {
		if merged[[2]string{short, k}] {
			return
		}
		merged[[2]string{short, k}] = true
		family[short] += orgCount[k]
		if first[k] < first[short] {
			first[short], firstIn[short] = first[k], firstIn[k]
		}
	}
	for k := range orgCount {
		if short, rest, ok := strings.Cut(k, " "); ok && orgCount[short] > 0 && (companyForm(strings.Fields(rest)) || legalName(strings.Fields(rest))) {
			merge(short, k)
		}
	}
	for short := range orgCount {
		var line []string
		for k := range orgCount {
			if strings.HasPrefix(k, short+" ") {
				line = append(line, k)
			}
		}
		slices.SortFunc(line, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
		chain := true
		for i := 1; i < len(line); i++ {
			chain = chain && strings.HasPrefix(line[i], line[i-1]+" ")
		}
		if !chain || slices.ContainsFunc(line, func(k string) bool { return x.cited[k] > 0 }) {
			continue // (nor a source's: «Santé publique France» then «…et de la Santé»)
		}
		for _, k := range line {
			merge(short, k)
		}
	}
	for k, n := range family {
		orgCount[k] += n
	}
	// The article's main organisation: the one it names most, the first
	// named on a tie.
	for k, n := range orgCount {
		if 2*x.cited[k] >= n || r.watcher(k) && firstIn[k] > 0 {
			// a source the article cites, not what it is about (nor a firm
			// that watches others, "consultancy GrainScope", unless the
			// headline is about it)
			continue
		}
		if n < 2 && firstIn[k] > 0 {
			// "lors de son discours devant l'Assemblée nationale": named
			// once, and not in the title, it is not what the article is
			// about.
			continue
		}
		if x.focus == "" || n > orgCount[x.focus] || n == orgCount[x.focus] && first[k] < first[x.focus] {
			x.focus = k
		}
	}
	x.focusIn = firstIn[x.focus]
	for k, si := range firstIn {
		if si < x.focusIn && x.focus != "" && strings.Contains(" "+k+" ", " "+x.focus+" ") {
			x.focusIn = si // "Port of Valmere" in the title, "Valmere" after
		}
	}
	x.focusReports = x.focus != "" && 2*(x.cited[x.focus]+x.reporting[x.focus]) >= orgCount[x.focus]
	x.mainCountry, x.topCountry = "", ""
	{
		// The country the article names more than any other; with no
		// organisation the article is about, the one it opens on is its
		// main country.
		countries, firstAt := map[string]int{}, map[string]int{}
		for si, s := range x.sents {
			for _, m := range s.mentions {
				if !m.common && !m.nationOf && gazetteer.Countries[lexis.Fold(m.text)] {
					// (not "Kenya's Daniel Kipruto", "Kipruto of Kenya": a
					// person's country)
					countries[m.key]++
					if _, ok := firstAt[m.key]; !ok {
						firstAt[m.key] = si
					}
				}
			}
		}
		best, tie := "", false
		for k, n := range countries {
			switch {
			case best == "" || n > countries[best]:
				best, tie = k, false
			case n == countries[best]:
				tie = true
			}
		}
		if best != "" && !tie {
			x.topCountry = r.display(best)
		}
		if best != "" && !tie && firstAt[best] <= 1 && x.focus == "" {
			x.mainCountry = r.display(best)
		}
	}
	// (The set's main organisation is not the article's when the article
	// never names it: a set may hold articles on other subjects.)
	for _, c := range x.roleCands {
		p := r.person(c.person, x.localPersons)
		if p == "" {
			continue
		}
		org := ""
		for _, o := range c.orgs {
			if r.kind(o) == KindOrg {
				org = o
				break
			}
		}
		if org == "" {
			org = x.focus
		}
		x.setRole(r, c.role, org, p)
	}
}

// roleCand is a name next to a role word, and the names that may be the
// organisation of the role, in the order to try them once the set's names
// are known.
type roleCand struct {
	person, role string
	orgs         []string
}

// collectRoles notes the appositions of a sentence (see learnRoles).
func (x *extractor) collectRoles(s *sentence) {
	toks := s.toks
	for _, m := range s.mentions {
		// After the name: ", fondateur de Telegram", " le PDG de Telegram", ", Telegram's CEO".
		for k := m.end; k < min(len(toks), m.end+4); k++ {
			if role := roleOf(toks[k]); role != "" {
				x.roleCands = append(x.roleCands, roleCand{m.key, role, x.orgCandidates(toks, k, min(len(toks), k+5))})
				break
			}
			if !lexis.InSet(toks[k].Fold, ",", "le", "la", "l'", "the", "son", "sa", "its", "co-", "'s", "an", "a", "un", "une") && !isNameToken(toks[k]) {
				break
			}
		}
		// Before the name: "Le PDG de Telegram, ", "son fondateur russe, ", "Telegram CEO ".
		for k := m.tok - 1; k >= max(0, m.tok-6); k-- {
			if role := roleOf(toks[k]); role != "" {
				x.roleCands = append(x.roleCands, roleCand{m.key, role, x.orgCandidates(toks, k, m.tok)})
				break
			}
			if toks[k].Text == "." || toks[k].Text == ";" || lexis.IsSpeechVerb(toks, k) {
				break
			}
		}
	}
}

// roleOf returns the role a word names ("" for none).
func roleOf(t lexis.Token) string {
	if !t.Is(lexRole) {
		if i := strings.IndexByte(t.Fold, '-'); i > 0 && t.Kind == lexis.Word {
			return roleWords[t.Fold[:i]] // «son président-fondateur», «le président-directeur général»: the role the compound opens with
		}
		return ""
	}
	return roleWords[t.Fold]
}

// orgCandidates lists the names that orgNear would try for the role word at
// k, before it is known which names are organisations.
func (x *extractor) orgCandidates(toks []lexis.Token, k, j int) []string {
	var out []string
	for n := k + 1; n < min(j, k+4); n++ {
		if lexis.InSet(toks[n].Fold, "de", "d'", "of", "du", "chez", "at") {
			continue
		}
		if isNameToken(toks[n]) {
			out = append(out, x.ws.nameKey(toks[n].Text))
			break
		}
		if toks[n].Kind == lexis.Word && !lexis.InSet(toks[n].Fold, "russe", "americain", "francais", "general", "executive", "officer") {
			break
		}
	}
	for n := k - 1; n >= max(0, k-2); n-- {
		if isNameToken(toks[n]) {
			out = append(out, x.ws.nameKey(toks[n].Text))
		}
	}
	return out
}

func (x *extractor) setRole(r *registry, role, org, p string) {
	if _, ok := x.localRoles[role+"|"+org]; !ok {
		x.localRoles[role+"|"+org] = p
	}
	r.addRole(role, org, p)
}
