package model

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/timex"
)

// Entity kinds.
const (
	KindOrg    = "org"
	KindPerson = "person"
	KindPlace  = "place"
)

// mention is a capitalised name found in an article.
type mention struct {
	tok, end int // token range
	text     string
	key      string // folded, transliteration-normalised
	initial  bool   // starts a sentence
	// common is true for a sentence-initial word that is an ordinary word:
	// the article also writes it in lower case, or it reads as a participle.
	common bool
	// nationOf is true when the name is written as a person's country
	// ("Kenya's Daniel Kipruto", "Kipruto of Kenya").
	nationOf bool
	// cue is true when the words around mark a person: a title, a role, a
	// speech verb ("Durov a ajouté", "said Brian Acton").
	cue bool
	// orgCue is true when the words around mark a name rather than an
	// ordinary word at the start of a sentence: an apposition after it
	// ("Disney+, son concurrent"), a possessive, a speech verb ("Apple
	// said"), inner capitals or digits ("WhatsApp", "Web3").
	orgCue bool
	// placeCue is true after a preposition of place ("in San Francisco").
	placeCue bool
	// placeNoun is true beside a noun of a kind of place ("Narino
	// province", «la province de Narino»).
	placeNoun bool
	// companyNoun is true after a noun for a company (see
	// companyNounBefore).
	companyNoun bool
	// watcher is true when words around the name say it is a firm that
	// watches others (see watcherAround).
	watcher bool
	// term is true for the letters of a term in brackets after its words
	// ("twenty-foot equivalent units (TEU)"): never an entity, wherever
	// the set writes them.
	term bool
	// ent is the registry's entity of key, once the mention is registered
	// (registry.kindOf): what the rules ask of a mention's name is then
	// found without looking its key up.
	ent *entity
}

// capitalised words that are not names.
var notNames = lexis.SetOf("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "il", "elle",
	"ils", "elles", "on", "nous", "vous", "je", "j'", "en", "au", "aux", "a", "avec", "pour", "par", "selon", "mais", "et",
	"ou", "donc", "or", "ni", "car", "si", "quand", "pendant", "apres", "avant", "depuis", "dans", "sur", "sous", "outre",
	"plus", "moins", "tres", "c'", "qu'", "n'", "s'", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
	"mon", "ma", "mes", "tous", "tout", "toute", "toutes", "certains", "certaines", "personne", "rien", "aucun", "aucune", "chacun", "chacune", "nul", "nobody", "nothing", "everyone", "everybody", "someone", "somebody", "anyone", "hier", "aujourd'hui", "demain", "face",
	"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "in", "on",
	"at", "for", "with", "by", "from", "of", "and", "but", "or", "as", "after", "before", "since", "during", "while",
	"according", "more", "less", "some", "many", "most", "all", "his", "her", "their", "our", "my", "your", "there",
	"here", "what", "when", "where", "who", "why", "how", "if", "yesterday", "today", "tomorrow", "last", "next",
	"neanmoins", "cependant", "toutefois", "ainsi", "alors", "enfin", "puis", "ensuite", "meme", "deja", "encore",
	"however", "meanwhile", "also", "still", "yet", "then", "so", "now", "rappelons", "privé", "prive", "profitant",
	"presentant", "assurez-vous", "voici", "ceci", "cela", "celui", "celle", "pas", "non", "oui", "bien", "bon",
	"quelque", "quelques", "environ", "pres", "madame", "monsieur", "mr", "mrs", "ms", "dr", "m", "mme", "me", "maitre", "sir", "lord", "saint", "st",
	"commentaires", "temoignage", "video", "photo", "lire", "voir", "read", "watch", "see", "update", "mise", "ong", "ngo",
	// prepositions, conjunctions and adverbs that open a sentence ("Lors de la
	// première période", "Despite the strike"), never a name's first word
	"lors", "durant", "parmi", "malgre", "vers", "hormis", "comme", "combien", "comment", "pourquoi", "sauf", "concernant", "afin", "lorsque", "puisque", "tandis",
	"aussi", "chaque", "certes", "desormais", "dorenavant", "pourtant", "notamment", "surtout", "jusqu'a", "jusqu'au",
	"loin", "autour", "entre", "contre", "derriere", "devant", "despite", "although", "though", "whereas", "amid", "amidst",
	"following", "among", "unlike", "besides", "throughout", "within", "without", "against", "toward", "towards", "upon",
	"across", "behind", "because", "unless", "until", "whether", "once",
	// determiners that open a sentence ("Autre mesure : …"; not the
	// English ones, which open names: "Another Day Productions")
	"autre", "autres",
	// quantifiers that open a sentence ("Plusieurs équipes européennes
	// ont réduit…", "Several airlines cut…")
	"plusieurs", "nombreux", "nombreuses", "divers", "diverses", "several", "various", "numerous", "few", "both", "each", "every",
	// the measures an economy's figures are shares of ("4,5 % du PIB",
	// "3% of GDP"): never whom a figure is about
	"pib", "gdp", "pnb", "gnp")

// nameTails are words of notNames that end a name written before them
// ("Human Rights Watch", "Apple Watch").
var nameTails = lexis.SetOf("watch", "video", "update")

// roleWords name a position in an organisation, normalised to one key.
var roleWords = map[string]string{
	"fondateur": "founder", "fondatrice": "founder", "cofondateur": "founder", "co-fondateur": "founder",
	"founder": "founder", "co-founder": "founder", "cofounder": "founder", "createur": "founder", "creator": "founder",
	"pdg": "ceo", "ceo": "ceo", "patron": "ceo", "patronne": "ceo", "boss": "ceo", "dirigeant": "ceo",
	"chef": "head", "cheffe": "head", "directeur": "director", "directrice": "director", "director": "director", "chief": "ceo",
	"president": "president", "presidente": "president", "chairman": "president", "chair": "president",
	"porte-parole": "spokesperson", "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"ministre": "minister", "minister": "minister", "analyste": "analyst", "analyst": "analyst",
	"milliardaire": "", "billionaire": "", "entrepreneur": "", "homme": "", "man": "", "executive": "ceo",
	"maire": "mayor", "mayor": "mayor", "depute": "", "deputee": "", "senateur": "", "senatrice": "", "senator": "",
	"prefet": "", "prefete": "", "governor": "", "gouverneur": "", "juge": "", "judge": "", "procureur": "",
	"prosecutor": "", "chancelier": "", "chancellor": "", "councillor": "", "conseillere": "", "economiste": "",
	"economist": "", "chercheur": "", "chercheuse": "", "researcher": "", "professeur": "", "professor": "",
	"fellow": "", "strategist": "", "scientist": "", "epidemiologist": "", "lecturer": "", "sociologue": "", "politologue": "",
	"demographe": "", "historien": "", "historienne": "", "epidemiologiste": "",
	"delegue": "", "deleguee": "", "rapporteur": "", "rapporteure": "", "mediateur": "", "mediatrice": "",
}

// personRoles are words of a person's standing that no role of an
// organisation resolves to, and that mark the name right after them as a
// person's: "Opposition leader John Smith", "Democratic candidate Ann
// Lee", «l'avocate Claire Martin».
var personRoles = lexis.SetOf("leader", "candidate", "candidat", "lawyer", "attorney", "avocat", "avocate", "coach",
	"entraineur", "entraineuse", "commissioner", "commissaire")

// nameKey folds a name and evens out transliterations, so that "Dourov"
// and "Durov", "Nikolaï" and "Nikolai", "Tchaïkovski" and "Chaikovsky" meet.
func nameKey(s string) string {
	var fbuf, buf [64]byte
	f := lexis.AppendFold(fbuf[:0], s)
	b, space := buf[:0], false
	emit := func(w string) {
		for i := 0; i < len(w); i++ {
			switch c := w[i]; c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				space = len(b) > 0
			default:
				if space {
					b, space = append(b, ' '), false
				}
				b = append(b, c)
			}
		}
	}
	// translit in one pass, then the fields joined by one space: no two of
	// its patterns match at one place, and (ASCII) the spaces are bytes.
	for i := 0; i < len(f); {
		c, next := f[i], byte(0)
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(translit.Replace(string(f))), " ")
		}
		if i+1 < len(f) {
			next = f[i+1]
		}
		out, n := asciiString(c), 1
		switch {
		case c == 'o' && next == 'u':
			out, n = "u", 2
		case (c == 't' || c == 's') && next == 'c' && i+2 < len(f) && f[i+2] == 'h':
			out, n = "ch", 3
			if c == 's' {
				out = "sh"
			}
		case c == 'k' && next == 'h':
			out, n = "h", 2
		case c == 'y', c == 'j':
			out = "i"
		case c == 'w':
			out = "v"
		case c == 'f' && next == 'f':
			out, n = "v", 2
		case c == 'p' && next == 'h':
			out, n = "f", 2
		case c == 'z' && next == 'h':
			out, n = "i", 2
		case c == 'c' && next == 'k':
			out, n = "k", 2
		case c == '\'':
			out = ""
		case c == '-':
			out = " "
		case c == 's' && next == 's':
			out, n = "s", 2
		case c == 'l' && next == 'l':
			out, n = "l", 2
		}
		emit(out)
		i += n
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

// asciiStrings holds the one-byte strings of ASCII.
var asciiStrings = func() (s [utf8.RuneSelf]string) {
	for i := range s {
		s[i] = string(rune(i))
	}
	return s
}()

// asciiString is the one-byte string of ASCII byte c.
func asciiString(c byte) string { return asciiStrings[c] }

// cachedNameKey is nameKey(text), looked up in and added to keys (nil: no
// cache).
func cachedNameKey(keys nameForms, text string) string {
	f, ok := keys[text]
	if !ok {
		f = nameForm{text, nameKey(text)}
		if keys != nil {
			keys[text] = f
		}
	}
	return f.key
}

// translit evens out the spellings of transliterated names.
var translit = strings.NewReplacer("ou", "u", "tch", "ch", "sch", "sh", "kh", "h", "y", "i", "w", "v", "ff", "v",
	"ph", "f", "j", "i", "zh", "i", "ck", "k", "'", "", "-", " ", "ss", "s", "ll", "l")

// isNameToken reports whether token t can be part of a proper name.
func isNameToken(t lexis.Token) bool {
	if t.Kind != lexis.Word || !t.Upper() && !t.InnerUpper() || len(t.Fold) < 2 && t.Text != "X" {
		return false // (a brand name may start small: "iTunes", "eBay")
	}
	// (but "WHO", an acronym the pronoun's letters spell; not "ONG", "NGO":
	// a kind of body, whose name follows)
	return (!t.Is(lexNotName) || len(t.Text) >= 3 && strings.ToUpper(t.Text) == t.Text && !lexis.InSet(t.Fold, "ong", "ngo")) && !compoundAdjective(t.Text)
}

// gluedAmpersand reports whether the capitals at token i open a name an
// ampersand glues to the next ("S&P", "AT&T"), which no word of theirs
// alone would make a name.
func gluedAmpersand(toks []lexis.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Text == "&" && !toks[i+1].Space && !toks[i+2].Space && toks[i+2].Kind == lexis.Word && toks[i+2].Upper() &&
		toks[i].Kind == lexis.Word && len(toks[i].Text) <= 3 && strings.ToUpper(toks[i].Text) == toks[i].Text
}

// compoundAdjective reports whether a hyphenated word ends in a word in
// lower case: "Low-cost", "State-owned", "Dublin-based", «Porte-parole»
// are no names ("Coca-Cola", «Montbrison-sur-Loire» are).
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+3 > len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	if !unicode.IsLower(r) {
		return false
	}
	// (a participle or a word compounds are made of: not the syllables of
	// "Son Heung-min", "Kim Jong-un", "Tsai Ing-wen")
	last := lexis.Fold(w[i+1:])
	return strings.HasSuffix(last, "ed") || compoundHeads[last] || fixedCompounds[lexis.Fold(w)]
}

// fixedCompounds are common hyphenated words that end in a particle a
// name's syllable may also be ("All-in sustaining costs", "sit-in"; not
// "Moon Jae-in").
var fixedCompounds = lexis.SetOf("all-in", "sit-in", "check-in", "plug-in", "add-on", "drive-in", "walk-in", "lock-in", "buy-in", "follow-on",
	"knock-on", "stand-in", "log-in", "built-in", "take-on")

// compoundHeads end hyphenated adjectives and common compounds.
var compoundHeads = lexis.SetOf("cost", "run", "led", "born", "made", "level", "term", "scale", "wide", "time", "old", "style", "like",
	"free", "class", "rate", "range", "haul", "size", "grade", "parole", "making", "laden", "end", "top", "line", "hand", "back", "up",
	"down", "off", "out", "over", "year", "month", "day", "week", "hour", "minute", "mile", "page", "point", "party", "state", "wing")

// innerOrgWords inside a name of three words or more make it an
// organisation's ("Crédit Mutuel Alliance Fédérale", "Banco Popular Group
// Holdings").
var innerOrgWords = lexis.SetOf("alliance", "aliance", "group", "groupe", "bank", "banque", "banco", "mutual", "mutuel", "mutuelle",
	"cooperative", "federation", "holding", "holdings", "capital", "insurance", "assurances", "partners", "trust")

// industryWords name a trade after a company's first word, never a
// person's family name: "Orsted Power UK", "Aurora Bread", "Lumen Energy".
var industryWords = lexis.SetOf("power", "energy", "energie", "energies", "foods", "food", "bread", "pharma", "pharmaceuticals",
	"airways", "shipping", "logistics", "mining", "minerals", "resources", "telecom", "telecoms", "steel", "oil", "petroleum",
	"chemicals", "chemical", "electric", "solar", "semiconductor", "semiconductors", "software", "systems", "industries",
	"brewing", "textiles", "aerospace", "automotive", "retail", "hotels", "resorts", "cosmetics", "beverages")

// titles stand before a person's name.
var titles = lexis.SetOf("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "monsieur", "madame", "sir", "dame", "lord", "prof")

// orgSuffix are last words that make a name an organisation's.
var orgSuffix = lexis.SetOf("foundation", "fondation", "ratings", "tover", "tower", "store", "inc", "corp", "corporation", "group", "groupe",
	"bank", "banque", "universite", "universiti", "institute", "institut", "agenci", "agence", "asociation", "company",
	"ltd", "sa", "sas", "media", "capital", "ventures", "labs", "lab", "technologies", "technologi", "sistems", "games",
	"studios", "news", "times", "post", "iurnal", "journal", "airlines", "motors", "netvork", "fund", "partners",
	"council", "conseil", "comision", "ministeri", "ministere", "parti", "parti", "league", "club", "fc", "united",
	"mesenger", "messenger", "play", "music", "cloud", "pai", "pay", "tv", "plus", "app", "apps", "center", "centre",
	// the heads of public bodies and of companies' names: "the Commerce
	// Department said", "Meta Platforms reported"
	"department", "departement", "ministry", "office", "commission", "authority", "autorite", "administration", "board",
	"court", "police", "army", "armee", "forces", "union", "committee", "comite", "federation", "organisation",
	"organization", "parliament", "parlement", "assembly", "assemblee", "senate", "senat", "reserve", "exchange",
	"airways", "airport", "aeroport", "energy", "energie", "electric", "pharmaceuticals", "pharma", "holdings", "holding",
	"industries", "systems", "networks", "platforms", "brands", "foods", "petroleum", "automotive", "entertainment",
	"pictures", "records", "university", "college", "hospital", "hopital", "museum", "musee", "railways", "telecom",
	"telecoms", "software", "electronics", "insurance", "assurances", "securities", "investments", "laboratories",
	"laboratoires", "agency", "association", "institution", "service", "services", "trust", "lines", "line", "charity", "chariti",
	"alliance", "aliance", "partnership", "mutual", "cooperative", "coalition", "railway", "development", "developpement",
	"railvai", "guild", "bancorp", "bancshares", "bankshares", "financial",
	// trades a company's name ends on: "Marlow Books", "Halloway Press",
	// "Brayford Water", "Norhaven Ferries", "Kestrel Mining"
	"books", "press", "publishing", "water", "ferries", "events", "mining", "minerals", "metals", "steel", "shipping", "logistics",
	"bakers", "brewery", "breweries", "chemicals", "textiles", "seafood", "farms", "resorts", "hotels", "gaming", "esports", "sports",
	"marine", "shipyards", "shipbuilding", "heavy", "engineering", "construction", "recycling", "batteries", "solar", "wind", "gas", "oil",
	"interactive", "digital", "productions", "films", "robotics", "therapeutics", "biotech", "aerospace", "resources", "solutions", "studio",
	"semiconductors", "materials")

// roleWithin reports whether a title or a role's word stands among tokens
// [a, b).
func roleWithin(toks []lexis.Token, a, b int) bool {
	for k := max(a, 0); k < b; k++ {
		if titleWords[toks[k].Fold] || toks[k].Is(lexRole) && roleWords[toks[k].Fold] != "" || lexis.InSet(toks[k].Fold, "secretary", "secretaire", "leader", "head", "chief", "spokesman", "spokeswoman", "porte-parole", "adjoint", "adjointe", "ministre", "minister", "maire", "mayor", "rapporteur", "rapporteure", "deputy", "depute", "deputee", "senateur", "senator") {
			return true
		}
	}
	return false
}

// orgKindNouns name a kind of organisation, in apposition before its name.
var orgKindNouns = lexis.SetOf("charity", "charities", "association", "organisation", "organization", "agency", "union",
	"bank", "fund", "foundation", "ngo", "ong", "regulator", "club", "team", "party", "parti", "syndicat", "entreprise",
	"societe", "banque", "fondation", "agence", "equipe", "operateur")

// acronymSpelled returns where a name ends when the run [i, j) goes on with
// «de», «du», «des», «d'» (and «la», «l'») and capitalised words that an
// acronym in brackets right after spells with the run's ("le RC Vallée de
// l'Adour (RCVA)", «la Fédération nationale des Producteurs de Lait
// (FNPL)»); j when there is none.
func acronymSpelled(toks []lexis.Token, i, j int) int {
	e := j
	for n := 0; n < 3 && e < len(toks) && lexis.InSet(toks[e].Fold, "de", "du", "des", "d'", "of", "the", "la", "l'"); n++ {
		e++
		for e < len(toks) && lexis.InSet(toks[e].Fold, "la", "l'", "the") {
			e++
		}
		if e >= len(toks) || !toks[e].Upper() || toks[e].Kind != lexis.Word {
			return j
		}
		for e < len(toks) && toks[e].Upper() && toks[e].Kind == lexis.Word && e-i < 12 {
			e++
		}
	}
	if e == j || e+2 >= len(toks) || toks[e].Text != "(" || toks[e+2].Text != ")" || !isAllCaps(toks[e+1].Text) {
		return j
	}
	var initials strings.Builder
	for k := i; k < e; k++ {
		switch t := toks[k]; {
		case !t.Upper() || t.Kind != lexis.Word:
		case isAllCaps(t.Text) && len(t.Text) <= 4:
			initials.WriteString(t.Text) // "RC": its letters
		default:
			r, _ := utf8.DecodeRuneInString(t.Text)
			initials.WriteRune(unicode.ToUpper(r))
		}
	}
	if lexis.Fold(initials.String()) != lexis.Fold(toks[e+1].Text) {
		return j
	}
	return e
}

// smallNumberInName reports whether the number right after the name run
// [i, j) is part of the name: a one-word name after an article or a
// preposition, then a number of at most three digits that nothing counts
// («en Top 14», «du Top 14», «en Ligue 1», "in Formula 1"), not a score or
// an amount ("beat Chelsea 2 to 1", "Zorgon 12%").
func smallNumberInName(toks []lexis.Token, i, j int) bool {
	if j != i+1 || j >= len(toks) || i == 0 || toks[j].Kind != lexis.Number || !toks[j].Space || len(toks[j].Text) > 3 || toks[j].Suffix() != "" ||
		!lexis.InSet(toks[i-1].Fold, "en", "du", "au", "de", "in", "of") {
		return false // (after an article the name may be the subject of a figure's verb, which reads its number apart: «le CAC 40 gagnant 1,42 %»)
	}
	if k := j + 1; k < len(toks) && (toks[k].Kind == lexis.Number || !toks[k].Space || lexis.InSet(toks[k].Fold, "a", "à", "to", "et", "and", "-", "–", "%", "percent", "pour", "points", "point", "ans", "years") ||
		quantity.Scale(toks[k].Fold) > 0 || currencyWords[toks[k].Fold] || measureUnits[toks[k].Fold] != "") {
		return false
	}
	return true
}

// openingParticiple reports whether the capitalised word at i, opening its
// sentence, is a French participle a preposition follows, which sets the
// scene before the clause's subject («Promu en Top 14 l'été dernier, le
// club…», «Élue en 2020, la maire…», «Fondée à Lyon en 1998, l'enseigne…»).
func openingParticiple(toks []lexis.Token, i int) bool {
	if i+1 >= len(toks) || !lexis.InSet(toks[i+1].Fold, "en", "par", "au", "aux", "a", "dans", "depuis", "sur", "lors", "pour") || toks[i+1].Upper() || gazetteer.Places[toks[i].Fold] {
		return false
	}
	w := toks[i].Text
	return hasAnySuffix(w, "é", "ée", "és", "ées", "u", "ue", "ues", "i", "ie", "is", "ies") && !strings.HasSuffix(w, "us") && len(w) > 3 &&
		slices.ContainsFunc(toks[i+1:min(len(toks), i+12)], func(t lexis.Token) bool { return t.Text == "," })
}

// kindBeforeName reports whether the word before a name run at token i says
// what kind of organisation it names («la chaîne Pain d'Aurore», «la
// coopérative Terres d'Ouest», "the retailer Maison du Monde").
func kindBeforeName(toks []lexis.Token, i int) bool {
	k := i - 1
	if k >= 3 && toks[k].Kind == lexis.Word && !toks[k].Upper() && lexis.InSet(toks[k-1].Fold, "de", "d'") {
		k -= 2 // «la chaîne de boulangeries Pain d'Aurore»: the kind and what it sells
	} else if k >= 2 && toks[k].Kind == lexis.Word && !toks[k].Upper() && frenchAdjective(toks[k].Fold) {
		k-- // «l'enseigne lyonnaise Pain d'Aurore»
	}
	if k < 1 || toks[k].Upper() || !lexis.InSet(toks[k-1].Fold, "la", "le", "l'", "the", "une", "un", "a", "sa", "son", "its") {
		return false
	}
	f := toks[k].Fold
	return orgKindNouns[f] || companyKinds[f] || companyHeads[f] || nameKindWords[f]
}

// nameKindWords are French words for a kind of organisation written before
// its name, besides orgKindNouns and companyKinds.
var nameKindWords = lexis.SetOf("chaine", "cooperative", "enseigne", "groupe", "marque", "maison", "federation", "fonds", "mutuelle",
	"compagnie", "firme", "cabinet", "reseau", "start-up", "startup", "institut", "confederation", "coop", "festival", "salon")

// personCue reports whether the words around toks[i:j] mark a person.
func personCue(toks []lexis.Token, i, j int) bool {
	if i >= 2 && toks[i-1].Text == "," && (orgKindNouns[toks[i-2].Fold] || companyKinds[toks[i-2].Fold] || companyHeads[toks[i-2].Fold]) && !roleWithin(toks, i-6, i-2) {
		// (not "the general secretary of the union, Sharon Graham": the
		// role's holder)
		return false // "Another charity, Shelter Line, reported": an organisation the noun before it says it is
	}
	if i > 0 && (titles[strings.TrimSuffix(toks[i-1].Fold, ".")] || lawyerTitle(toks[i-1])) || i > 1 && toks[i-1].Text == "." && titles[toks[i-2].Fold] {
		return true
	}
	if i >= 2 && lexis.InSet(toks[i-1].Fold, "of", "from") && toks[i-2].Upper() && toks[i-2].Kind == lexis.Word {
		return false // "Senator Margaret Hollis of Minnesota called": the name before "of" speaks
	}
	if i >= 2 && lexis.InSet(toks[i-1].Fold, "of", "at") && toks[i-2].Is(lexRole) && (!toks[i-2].Upper() || lexis.InSet(toks[i-2].Fold, "ceo", "pdg")) {
		return false // "Chris Weston, chief executive of Thames Water, said": the role's organisation
	}
	if i >= 2 && toks[i-1].Text == "," {
		// «la ministre du Logement, Zorga Vasseur,»: a role and its
		// complement set before the name.
		for k := i - 2; k >= 0 && i-k <= 7 && toks[k].Kind != lexis.Punct; k-- {
			if toks[k].Is(lexRole) {
				return true
			}
		}
	}
	after := j + 4
	if (lexis.MatchWords(toks, j, ",", "the") || lexis.MatchWords(toks, j, ",", "its")) && j+3 < len(toks) && toks[j+3].Fold == "'s" {
		// "Sarah Smith, the company's chief executive,": a role the
		// apposition's possessive puts further
		after = j + 6
	}
	for k := max(0, i-3); k < min(len(toks), after); k++ {
		if (k < i || k >= j) && toks[k].Is(lexRole) {
			return true
		}
	}
	if i > 0 && personRoles[toks[i-1].Fold] && !toks[i-1].Upper() {
		return true // "Opposition leader John Smith": a person's standing right before the name
	}
	for k := j; k < min(len(toks), j+3); k++ {
		if k == j && lexis.IsSpeechVerb(toks, k) && reportsObject(toks, k) {
			break // "Nordvik Air posted a quarterly loss", «Valtronic annonce 1 150 suppressions»: an organisation's results, no one's words
		}
		if lexis.IsSpeechVerb(toks, k) && !lexis.InSet(toks[k].Fold, "selon", "according", "d'apres") {
			for m := k + 1; m < min(len(toks), k+6) && toks[m].Kind != lexis.Punct; m++ {
				if toks[m].Fold == "its" {
					return false // "Corvel Apparel said on Tuesday its exports fell": a company speaks of its own
				}
				if toks[m].Fold == "it" && m+2 < len(toks) && !lexis.InSet(toks[m+1].Fold, "was", "is", "seems", "seemed") && !lexis.InSet(toks[m+2].Fold, "be", "been") && !gazetteer.GivenNames()[toks[i].Fold] {
					// "Brewhouse Coffee said on Tuesday it expected…": a
					// company that speaks of itself (not "it was", "it
					// would be": words of no one)
					return false
				}
			}
			return true
		}
	}
	from := i - 2
	for from > 0 && i-from < 5 && (toks[from].Is(timex.WeekdayName) || lexis.InSet(toks[from].Fold, "soir", "matin", "apres-midi", "midi", "hier", "evening", "morning", "afternoon", "night", "yesterday")) {
		from-- // «a réagi vendredi soir Karima Benali»: past the day the verb is dated
	}
	for k := max(0, from); k < i; k++ {
		if lexis.IsSpeechVerb(toks, k) && !lexis.InSet(toks[k].Fold, "selon", "according", "d'apres") {
			return true
		}
	}
	return lexis.MatchWords(toks, j, ",", "qui") || lexis.MatchWords(toks, j, ",", "who") || lexis.MatchWords(toks, j, ",", "age") || ageAfter(toks, j)
}

// reportsObject reports whether the verb of reporting at token k takes a
// noun phrase or a figure as its object ("posted a loss", "reported
// revenue of", «annonce 1 150 suppressions», «a publié un bénéfice»), as
// an organisation reports its results, rather than a clause of words.
func reportsObject(toks []lexis.Token, k int) bool {
	if !lexis.InSet(toks[k].Fold, "reported", "reports", "posted", "announced", "announces", "showed", "shows", "revealed", "reveals", "annonce", "annoncent", "publie") || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return next.Kind == lexis.Number || quantity.CurrencyPrefix(toks, k+1) ||
		lexis.InSet(next.Fold, "a", "an", "its", "their", "record", "net", "revenue", "sales", "profit", "profits", "earnings", "un", "une", "des", "son", "sa", "ses", "leur", "leurs")
}

// ageAfter reports whether a person's age is set off after a name ending at
// token j: "Nazarov, 24, told", "Langat, 29, who", «Camille Vernet, 31
// ans,».
func ageAfter(toks []lexis.Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Text != "," || toks[j+1].Kind != lexis.Number || len(toks[j+1].Text) != 2 || toks[j+1].Suffix() != "" {
		return false
	}
	if n := atoiToken(toks[j+1].Text); n < 14 {
		return false
	}
	next := toks[j+2]
	if next.Fold == "ans" {
		return j+3 < len(toks) && lexis.InSet(toks[j+3].Text, ",", ")", ".")
	}
	return next.Text == "," || next.Text == ")" || next.Fold == "and" || next.Fold == "et"
}

// atoiToken reads a token of digits; -1 when it is not one.
func atoiToken(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = 10*n + int(c-'0')
	}
	return n
}

// openingModifier reports whether the English dictionary reads folded word
// w only as an adjective, an adverb or a participle ("neighbouring",
// "nearby", "landlocked"), never as a noun: a word that opens a sentence
// before a place's name, written capitalised only there.
func openingModifier(w string) bool {
	return everyEnglishClass(w, func(t string) bool { return lexis.InSet(t, "JJ", "RB", "VBG", "VBN") })
}

// modifierBeforePlace reports whether toks[i] is a word of the dictionary
// only a modifier can be, before a place's name the gazetteer knows without
// it: "Neighbouring New Mexico", "Landlocked Malawi" (not "New Mexico",
// "Northern Ireland": the place's own name).
func modifierBeforePlace(toks []lexis.Token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].Upper() || toks[i+1].Kind != lexis.Word || !toks[i+1].Space || !openingModifier(toks[i].Fold) {
		return false
	}
	place := false
	for n := i + 2; n <= min(len(toks), i+4); n++ {
		if gazetteer.IsPlaceName(foldedRun(toks, i, n)) {
			return false
		}
		place = place || gazetteer.IsPlaceName(foldedRun(toks, i+1, n))
	}
	return place
}

// placePrepositions introduce places.
// placeNounAround reports whether the name at tokens [i, j) stands beside
// a noun of a kind of place: "Narino province", «la province de Narino».
func placeNounAround(toks []lexis.Token, i, j int) bool {
	if j < len(toks) && placeKindNouns[toks[j].Fold] && !toks[j].Upper() {
		return true
	}
	if i >= 1 && roadNouns[toks[i-1].Fold] && !toks[i-1].Upper() {
		return true // «l'autoroute A75», "the M25 motorway" (above): a road
	}
	if i >= 2 && featureNouns[toks[i-1].Fold] && !toks[i-1].Upper() && lexis.InSet(toks[i-2].Fold, "le", "la", "l'", "du", "au", "the") {
		return true // «le fleuve Sénégal», "the river Severn"
	}
	if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" && gazetteer.IsRegion(toks[j+1].Fold) {
		return true // «au large de Calvi (Haute-Corse)», «Valloire (Savoie)»: a town and its region
	}
	if j+1 < len(toks) && toks[j].Text == "," {
		// «Brest, deuxième ville de la région,», "Rennes, the regional
		// capital,": an apposition that says the name is a town's
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k].Kind == lexis.Word && !toks[k].Upper(); k++ {
			if lexis.InSet(toks[k].Fold, "ville", "city", "town", "capitale", "capital", "commune", "village", "metropole", "prefecture") {
				return true
			}
		}
	}
	return i >= 2 && lexis.InSet(toks[i-1].Fold, "de", "du", "d'", "of") && (placeKindNouns[toks[i-2].Fold] || seatNouns[toks[i-2].Fold]) && !toks[i-2].Upper()
}

// roadNouns name roads, before their code or name.
var roadNouns = lexis.SetOf("autoroute", "route", "nationale", "departementale", "motorway", "highway", "freeway", "interstate", "rocade")

// roadCode reports whether folded word w is shaped like a road's code: one
// or two letters and up to four digits ("a75", "m25", "i-95", "rn88").
func roadCode(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	if i < len(w) && w[i] == '-' {
		i++
	}
	n := len(w) - i
	if n < 1 || n > 4 {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// nationOfPerson reports whether the name at tokens [i, j) is written as
// the country of the name beside it: "Kenya's Daniel Kipruto", "Kipruto of
// Kenya".
func nationOfPerson(toks []lexis.Token, i, j int) bool {
	return j+1 < len(toks) && lexis.InSet(toks[j].Text, "'s", "’s") && toks[j+1].Upper() && toks[j+1].Kind == lexis.Word ||
		i >= 2 && toks[i-1].Fold == "of" && toks[i-2].Upper() && toks[i-2].Kind == lexis.Word
}

// seatNouns name what a town is the seat of («l'hôpital de Mende», «le
// maire de Dole», "the mayor of Split"): the name after them is a town's.
var seatNouns = lexis.SetOf("hopital", "hopitaux", "hospital", "hospitals", "hospitalier", "hospitaliere", "mairie", "maire", "mayor", "prefecture", "prefet", "sous-prefecture", "tribunal",
	"gare", "aeroport", "airport", "eveque", "bishop")

// placeKindNouns name kinds of places.
var placeKindNouns = lexis.SetOf("province", "provinces", "region", "regions", "county", "district", "prefecture", "departement", "state",
	"canton", "oblast", "governorate", "gouvernorat", "municipality", "commune", "island", "ile", "valley", "vallee", "town", "village",
	"motorway", "highway", "freeway",
	"bourg",
	// natural features: "the Meghna river", "the Kariba dam", "Pacaya volcano"
	"river", "rivers", "lake", "lakes", "bay", "gulf", "coast", "peninsula", "strait", "delta", "estuary", "basin", "desert",
	"forest", "glacier", "volcano", "reservoir", "canal", "dam", "mountains", "plateau")

// featureNouns name natural features before their name («le fleuve
// Sénégal», «le lac Léman», "the river Severn"): the name after them is a
// place's.
var featureNouns = lexis.SetOf("fleuve", "riviere", "lac", "baie", "golfe", "mer", "massif", "mont", "volcan", "canal", "delta", "desert",
	"foret", "glacier", "plateau", "estuaire", "barrage", "river", "lake")

var placePrepositions = lexis.SetOf("in", "en", "a", "au", "aux", "near", "pres", "dans")

// placeCueAt reports whether the word before toks[i] is a preposition of
// place ("in Boston", «à Lyon»), not the "in" of shares ("Shares in Halden
// Foods fell", which only a company has).
func placeCueAt(toks []lexis.Token, i int) bool {
	return i > 0 && placePrepositions[toks[i-1].Fold] && !sharesIn(toks, i)
}

// sharesIn reports whether toks[i] follows "shares in", "a stake in": a
// company's name.
func sharesIn(toks []lexis.Token, i int) bool {
	return i > 1 && toks[i-1].Fold == "in" && lexis.InSet(toks[i-2].Fold, "shares", "share", "stock", "stocks", "stake", "stakes") && !gazetteer.Places[toks[i].Fold]
}

// orgCue reports whether the words around toks[i:j] mark a name.
func orgCue(toks []lexis.Token, i, j int) bool {
	if sharesIn(toks, i) {
		return true
	}
	if j < len(toks) && toks[j].Text == "," && (cityAfterPreposition(toks, i, j) || j == i+1 && placeNounAround(toks, i, j)) {
		// "Fondée en 2009 à Toulouse, Aéro Garonne…", «dans les rues de
		// Vesoul, à l'appel…», "southwest of the town of Puquio, the
		// U.S. Geological Survey said": a comma after a city a
		// preposition or a kind of place introduces ends a phrase of
		// place; it marks no company's name.
		return false
	}
	if j < len(toks) && (toks[j].Text == "," || toks[j].Text == "+" || toks[j].Fold == "'s" || lexis.IsSpeechVerb(toks, j) ||
		j+1 < len(toks) && lexis.IsSpeechVerb(toks, j+1)) {
		return true
	}
	for k := i; k < j; k++ {
		t := toks[k].Text
		for n, r := range t {
			if n > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
				return true
			}
		}
	}
	return false
}

// cityAfterPreposition reports whether the name of tokens [i, j) is a
// city's after a preposition of place or of origin ("in Boston", «à
// Toulouse», «de Vesoul», "from Lyon").
func cityAfterPreposition(toks []lexis.Token, i, j int) bool {
	if i == 0 || !(placePrepositions[toks[i-1].Fold] || lexis.InSet(toks[i-1].Fold, "de", "d'", "du", "of", "from")) || sharesIn(toks, i) {
		return false
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, toks[k].Fold)
	}
	return gazetteer.IsCity(strings.Join(words, " "))
}

// commonStarters are common nouns that start English news sentences bare
// ("Revenue grew 14%", "Shares fell"), which a name test would otherwise take
// for names. French sentences start with an article, which is not a name.
var commonStarters = lexis.SetOf("revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "losses", "loss",
	"shares", "stocks", "stock", "analysts", "investors", "officials", "users", "customers", "consumers", "people",
	"prices", "experts", "researchers", "critics", "demand", "growth", "spending", "traffic", "downloads", "subscribers",
	"markets", "inflation", "unemployment", "employees", "workers", "staff", "executives", "regulators", "lawmakers",
	"police", "authorities", "residents", "students", "teachers", "doctors", "scientists", "data", "figures", "results",
	"sources", "reports", "estimates", "forecasts", "costs", "fees", "rates", "rents", "wages", "salaries", "exports",
	"imports", "orders", "deliveries", "shipments", "bookings", "trips", "rides", "visits", "views", "subscriptions",
	"membership", "attendance", "turnout", "production", "output", "supply", "debt", "funding", "investment", "valuation",
	"margins", "cash", "operating", "net", "total", "overall", "globally", "worldwide", "meanwhile", "separately",
	"elsewhere", "overall", "still", "instead", "moreover", "furthermore", "additionally", "last", "next", "earlier",
	"later", "recently", "currently", "today", "yesterday", "tomorrow", "many", "most", "some", "several", "few",
	"both", "each", "every", "other", "others", "another", "such", "much", "more", "less", "fewer", "nearly", "about",
	"around", "almost", "over", "under", "roughly", "only", "just", "even", "also", "yet", "so", "thus", "hence")

// participle reports whether a folded word ends like a French or English
// participle or gerund: such words start sentences without being names.
func participle(w string) bool {
	for _, suf := range []string{"ee", "ees", "es", "ant", "ing", "ed"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// frontedParticiple reports whether token i is a short French past
// participle opening a phrase before its clause ("Créé il y a 30 ans, ce
// terminal…", "Lancé en 2003, le service…"), which participle's suffixes
// miss: a word ending in "é" followed by a preposition or an article.
func frontedParticiple(toks []lexis.Token, i int) bool {
	w := toks[i].Text
	if i+1 >= len(toks) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	return (strings.HasSuffix(stem, "é") || lexis.FrenchIrregularParticiple(toks[i].Fold)) && lexis.InSet(toks[i+1].Fold, "en", "par", "a", "au", "aux", "il", "le", "la", "les", "l'", "dans", "depuis", "pour", "sur", "lors", "des", "du", "de", "d'", "voici", ",", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
}

// ofName returns the end of a name that an institution's word opening it
// continues with "of", "for", "de", "du", "des", "de la", "de l'" and the
// words they introduce ("Bank of England", "Office for National
// Statistics", "Tour de France", "Ministère de l'Intérieur", "Cour des
// comptes", "Institut national de la statistique", "Commission de
// régulation de l'énergie"); j when it does not. A French name's words may
// be in lower case, and adjectives may follow the institution's word.
func ofName(toks []lexis.Token, i, j int, initial bool) int {
	if j <= i {
		return j
	}
	plural := pluralHead(toks, i, j, initial) || determinedHead(toks, i, j)
	if !institutionWords[toks[j-1].Fold] && !plural && !(j == i+2 && institutionWords[toks[i].Fold] && !toks[j-1].Upper() && frenchAdjective(toks[j-1].Fold)) {
		// (but "Agence européenne du médicament": the adjective its
		// head's name goes on with)
		return j // ("International Organization for Migration": the last word so far opens the rest)
	}
	k := j
	for n := 0; n < 2 && k < len(toks) && toks[k].Kind == lexis.Word && !toks[k].Upper() && frenchAdjective(toks[k].Fold); n++ {
		k++ // "Institut national", "Cour régionale"
	}
	end := j
	if k > j && !lexis.InSet(lexis.FoldAt(toks, k), "de", "du", "des", "d'") {
		k = j // adjectives count only with what follows them ("Institut national de la statistique")
	}
	for rounds := 0; rounds < 3; rounds++ {
		c := k
		f := lexis.FoldAt(toks, c)
		if f == "et" && end > j && lexis.InSet(lexis.FoldAt(toks, c+1), "de", "du", "des", "d'") {
			// "Bureau d'enquêtes et d'analyses", "Commission nationale de
			// l'informatique et des libertés": a second complement
			c++
			f = lexis.FoldAt(toks, c)
		}
		if !lexis.InSet(f, "of", "for", "de", "du", "des", "d'") {
			break
		}
		french := lexis.InSet(f, "de", "du", "des", "d'")
		c++
		if lexis.InSet(lexis.FoldAt(toks, c), "the", "la", "l'") {
			c++
		}
		if c >= len(toks) || toks[c].Kind != lexis.Word || (!french || plural) && !toks[c].Upper() || notNames[toks[c].Fold] ||
			toks[c].Is(timex.WeekdayName) || toks[c].Is(timex.MonthName) {
			break // (not "le Conseil des ministres de mercredi": its date)
		}
		c++
		for c < len(toks) && c-i < 12 && toks[c].Kind == lexis.Word && (toks[c].Upper() && isNameToken(toks[c]) || french && !toks[c].Upper() && frenchAdjective(toks[c].Fold)) {
			c++ // "Office for National Statistics", "études économiques"
		}
		k, end = c, c
	}
	if end-i > 12 {
		return j
	}
	return end
}

// pluralHead reports whether the capitalised word at token i is the plural
// common noun that opens a French body's name going on with "de" and a
// capitalised name: "les Chantiers de l'Atlantique", "les Éditions du
// Seuil", and without the article inside a sentence, "selon Terres du
// Ponant", "Voies Navigables de France" (not "Renault de Sandouville", a
// brand and its site, nor "Les Échos", which opens the sentence as a
// title, nor "Ventes de Renault" opening a headline). initial is whether
// the word opens its sentence; a name read again alone, on the words it
// spans, is not.
func pluralHead(toks []lexis.Token, i, j int, initial bool) bool {
	if !toks[i].Upper() || strings.ToUpper(toks[i].Text) == toks[i].Text {
		return false
	}
	if j != i+1 || i == 0 || toks[i-1].Fold != "les" {
		if initial || j > i+2 || !lexis.InSet(lexis.FoldAt(toks, j), "de", "du", "des", "d'") {
			return false
		}
		for k := i + 1; k < j; k++ {
			if !toks[k].Upper() || gazetteer.Places[toks[k].Fold] {
				return false
			}
		}
		c := j + 1
		if lexis.InSet(lexis.FoldAt(toks, c), "la", "l'") {
			c++
		}
		if c < len(toks) && isAllCaps(toks[c].Text) {
			return false // (not «le réseau Loup-Lynx de l'OFB»: a part of the body its acronym names)
		}
	}
	f := toks[i].Fold
	return len(f) > 4 && (strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x")) && !gazetteer.Places[f] && roleOf(toks[i]) == "" && !gazetteer.GivenNames()[f]
}

// determinedHead reports whether the one capitalised word at token i,
// after a French article, is the common noun that opens the name of an
// event, a place or a body going on with «de» and a capitalised name: «le
// Mondial de l'Automobile», «la Cité de l'Espace», «la Fête de la
// Musique»: the name after «de» has its article (not «la Métropole de
// Valbrune», «la France de …»).
func determinedHead(toks []lexis.Token, i, j int) bool {
	if j != i+1 || i == 0 || !lexis.InSet(toks[i-1].Fold, "le", "la", "l'", "du", "au") || !toks[i].Upper() || strings.ToUpper(toks[i].Text) == toks[i].Text {
		return false
	}
	f := toks[i].Fold
	if gazetteer.Places[f] || roleOf(toks[i]) != "" || gazetteer.GivenNames()[f] {
		return false
	}
	c := j
	switch {
	case lexis.InSet(lexis.FoldAt(toks, c), "du", "des"):
		c++
	case lexis.FoldAt(toks, c) == "de" && lexis.InSet(lexis.FoldAt(toks, c+1), "la", "l'"):
		c += 2
	default:
		return false // (not «la Métropole de Valbrune», «la République de Cahors»: a place's body, read otherwise)
	}
	return c < len(toks) && toks[c].Kind == lexis.Word && toks[c].Upper() && !gazetteer.Places[toks[c].Fold]
}

// frenchAdjective reports whether a lower-case word has the ending of a
// French adjective that may continue an institution's name ("national",
// "régionale", "européenne", "économiques").
func frenchAdjective(w string) bool {
	for _, suf := range []string{"al", "ale", "ales", "aux", "ien", "ienne", "iennes", "iens", "ique", "iques", "aire", "aires", "el", "elle", "elles", "els", "eenne", "een", "ais", "aise", "ain", "aine", "ier", "iere", "iers", "ieres"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// particleName returns the end of a person's name that goes on after the
// name token before j with a family-name particle and a capitalised name
// ("Luca de Meo", "Charles de Gaulle", "Ursula von der Leyen"); j when it
// does not. The name must open where a person's name is written (after a
// role word, a title, punctuation or a function word, not at the start of
// a sentence: not "l'usine PSA de Sochaux", "Panne de Facebook"), and the
// name after the particle must not be a place or a role.
func particleName(toks []lexis.Token, i, j int) int {
	k := j
	for k < len(toks) && k-j < 2 && nameParticles[toks[k].Text] {
		k++
	}
	if k == j || k >= len(toks) || !isNameToken(toks[k]) || !toks[k].Upper() || gazetteer.Places[toks[k].Fold] || !toks[j].Space {
		return j
	}
	for t := j - 2; t >= i; t-- {
		if titleWords[toks[t].Fold] && toks[t].Upper() {
			i = t + 1 // "Commission President Ursula von der Leyen": the given name after the title's words
			break
		}
	}
	if roleOf(toks[i]) != "" || roleOf(toks[k]) != "" || j != i+1 || strings.ToUpper(toks[i].Text) == toks[i].Text {
		return j // "Le PDG de Telegram", "Nikolaï Dourov le PDG", "BNP de Paris"
	}
	if first, _, _ := strings.Cut(toks[i].Fold, "-"); i == 0 && !gazetteer.GivenNames()[first] {
		return j // "Panne de Facebook : …": a capital that opens a sentence may be any word's ("Ursula von der Leyen said": a given name's is a name's)
	}
	if i == 0 {
		// (a given name opens the sentence)
	} else if prev := toks[i-1]; prev.Kind == lexis.Word && !(prev.Is(lexRole) || personTitles[prev.Fold] || lawyerTitle(prev) || particleOpeners[prev.Fold] || prev.Is(lexis.SpeechVerb)) {
		// (and a verb of saying before the speaker: «a assuré Luca de Meo»)
		return j
	}
	for k < len(toks) && isNameToken(toks[k]) && toks[k].Upper() && k-i < 6 {
		k++
	}
	return k
}

// hyphenTail returns the last part of a hyphenated word ("france" in
// "meteo-france"), the word itself when it has no hyphen.
func hyphenTail(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// titledRun reports whether the name run [i, j) holds a title's word after
// its first word ("Zorgon Chief Executive …").
func titledRun(toks []lexis.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if titleWords[toks[k].Fold] || toks[k].Is(lexRole) && roleWords[toks[k].Fold] != "" {
			return true
		}
	}
	return false
}

// titlesThenName reports whether tokens [i, e) are a title's words, every
// one, then two or three words of a name no list may know: "Chief
// Financial Officer Raj Mehta".
func titlesThenName(toks []lexis.Token, i, e int) bool {
	t := i
	for t < e && titleWords[toks[t].Fold] {
		t++
	}
	return t-i >= 2 && e-t >= 2 && e-t <= 3 && !titleWords[toks[e-1].Fold]
}

// titleRanks qualify a title: "Adjunct Senior Commissioner", "Deputy
// Police Chief", "Acting Director".
var titleRanks = lexis.SetOf("senior", "deputy", "adjunct", "acting", "assistant", "associate", "vice", "former", "interim", "junior",
	"principal", "police", "regional", "provincial", "district", "first", "second", "chief", "general", "lead", "head", "fire")

// allRanks reports whether toks[i:t] are all rank words.
func allRanks(toks []lexis.Token, i, t int) bool {
	for k := i; k < t; k++ {
		if !titleRanks[toks[k].Fold] {
			return false
		}
	}
	return t > i
}

// titledPerson returns the token where a person's name starts inside the
// name run [i, j) that a title opens or completes: "Foreign Minister Sergei
// Lavrov", "Secretary of State Hillary Clinton", "ministre de l'Intérieur
// Manuel Valls", "président du Sénat Jean-Pierre Bel". The person is a given
// name and at least one more capitalised word ending the run; i when there
// is none ("Hôpital Georges Pompidou" stays whole).
func titledPerson(toks []lexis.Token, i, j int) int {
	if namedAfterHeads[toks[i].Fold] {
		return i // "l'Institut Gustave Roussy", "le Centre Georges Pompidou": named after a person
	}
	g := -1
	for k := i + 1; k < j-1; k++ {
		first, _, _ := strings.Cut(toks[k].Fold, "-")
		if toks[k].Upper() && gazetteer.GivenNames()[first] {
			g = k
			break
		}
	}
	if g < 0 {
		// "Agriculture Minister Michalis Andreou": an office's title, then
		// two or three words of a name the gazetteer does not know.
		t := -1
		for k := i; k < j; k++ {
			if (titleWords[toks[k].Fold] || toks[k].Is(lexRole) && roleWords[toks[k].Fold] != "") && toks[k].Upper() {
				t = k
			}
		}
		if t < 0 || j-(t+1) < 2 || j-(t+1) > 3 || !officeWords[toks[t].Fold] && !lexis.InSet(toks[t].Fold, "president", "presidente", "chancellor", "secretary", "senator", "commissioner", "ambassador") {
			return i
		}
		for k := t + 1; k < j; k++ {
			if !toks[k].Upper() || !isNameToken(toks[k]) || orgSuffix[toks[k].Fold] || gazetteer.Places[toks[k].Fold] || toks[k].Is(lexRole) || titleWords[toks[k].Fold] {
				return i
			}
		}
		return t + 1
	}
	for k := g + 1; k < j; k++ {
		if nameParticles[toks[k].Text] && k+1 < j {
			continue // "Commission President Ursula von der Leyen": a particle inside the family name
		}
		if !toks[k].Upper() || !isNameToken(toks[k]) {
			return i
		}
	}
	for k := i; k < g; k++ {
		if titleWords[toks[k].Fold] || toks[k].Is(lexRole) && roleWords[toks[k].Fold] != "" {
			return g
		}
	}
	if g == i+1 && isAllCaps(toks[i].Text) && len(toks[i].Text) >= 2 && j-g >= 2 && i > 0 && (lexis.InSet(toks[i-1].Text, "à", "au", "to", "told") ||
		i > 1 && lexis.InSet(toks[i-1].Fold, "l'", "la", "le", "the") && lexis.InSet(toks[i-2].Text, "à", "to")) {
		return g // «a déclaré à l'AFP Jérôme Lavaud», "told AFP Jane Doe": the agency told, then the person who spoke
	}
	// "le ministre de l'Intérieur", "president of the Senate": a title in
	// lower case before the words of its office.
	k := i - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "l'", "la", "le", "the") {
		k--
	}
	if k >= 1 && lexis.InSet(toks[k].Fold, "de", "du", "d'", "des", "of") && !toks[k-1].Upper() &&
		(titleWords[toks[k-1].Fold] || toks[k-1].Is(lexRole) && roleWords[toks[k-1].Fold] != "") {
		return g
	}
	return i
}

// namedWithS reports whether the word at k, after a name and "'s", shows
// the "'s" ends the name rather than making it a possessive: a punctuation
// mark, or a verb (English "said", "cut", "downgraded"; French "a", "ont",
// which no English possessive is followed by in news).
func namedWithS(toks []lexis.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if t.Kind == lexis.Punct {
		return lexis.InSet(t.Text, ",", ".", ";", ":", ")", "»", "”", "\"", "!", "?")
	}
	f := t.Fold
	if t.Kind == lexis.Word && !t.Upper() && f != strings.ToLower(t.Text) {
		return true // "Moody's dégrade": a French word (its accents fold away), and French has no "'s"
	}
	return lexis.InSet(f, "said", "says", "has", "had", "is", "was", "will", "would", "cut", "a", "ont", "avait", "estime", "indique", "a-t-il",
		"a-t-elle", "et", "and", "also", "aussi", "qui", "which", "who", "ne", "n'", "se", "s'", "dit", "juge", "prevoit") || !t.Upper() && len(f) > 4 && strings.HasSuffix(f, "ed")
}

// namedAfterHeads open the names of places and institutions named after a
// person: "Institut Gustave Roussy", "Lycée Victor Hugo", "Stade Pierre
// Mauroy", "Fondation Jean Jaurès".
var namedAfterHeads = lexis.SetOf("institut", "institute", "centre", "center", "fondation", "foundation", "lycee", "college",
	"ecole", "school", "hopital", "hospital", "musee", "museum", "universite", "university", "stade", "stadium", "aeroport",
	"airport", "prix", "prize", "rue", "avenue", "boulevard", "place", "pont", "bridge", "gare", "station", "square", "parc", "park")

// titleWords are capitalised titles written before a person's name.
var titleWords = lexis.SetOf("president", "presidente", "prime", "premier", "minister", "ministre", "chancellor", "governor",
	"senator", "mayor", "secretary", "general", "chief", "executive", "director", "chairman", "chairwoman", "ceo", "judge",
	"king", "queen", "prince", "princess", "pope", "representative", "rep", "sen", "gov", "professor", "commissioner",
	"ambassador", "archbishop", "bishop", "sheikh", "emir", "sultan", "colonel", "major", "captain", "lieutenant", "sergeant",
	"capt", "lt", "col", "sgt", "maj", "gen", "adm", "cmdr", "cpl", "supt", "insp", "det",
	// and the words of a company officer's title: "Chief Financial Officer
	// Colette Kress", "Vice President", "Managing Director", "Acting
	// Chief Economist"
	"officer", "financial", "operating", "operations", "technology", "technical", "commercial", "marketing", "economist",
	"strategist", "vice", "deputy", "managing", "acting", "interim")

// occupationNoun reports whether folded word w is an English noun for a
// person's trade ("pollster", "striker", "economist"): a noun the
// dictionary knows, ending as agent nouns do.
func occupationNoun(w string) bool {
	if !hasAnySuffix(w, "er", "or", "ist", "ian", "ant", "ent") || len(w) < 5 {
		return false
	}
	return slices.Contains(strings.Split(englishClasses(w), "|"), "NN")
}

// partyAdherents are the capitalised words for a party's member written
// before a person's name ("Democrat Teresa Harlow", "Labour MP…").
var partyAdherents = lexis.SetOf("democrat", "republican", "independent", "labour", "conservative", "tory", "liberal", "socialist",
	"communist", "centrist", "socialiste", "communiste", "ecologiste", "republicain", "republicaine", "centriste")

// nameParticles join a given name to a family name ("de Meo", "von der
// Leyen", "da Silva"), written in lower case.
var nameParticles = lexis.SetOf("de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "della", "dos", "das", "la", "le", "bin", "ben")

// personTitles are written before a person's name.
var personTitles = lexis.SetOf("m.", "m", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "pr", "sir", "dame", "lord")

// lawyerTitle reports whether t is the French title of a lawyer or a
// notary before a name, «Me» or «Maître» (written so, capitalised: "me" is
// English's pronoun).
func lawyerTitle(t lexis.Token) bool {
	return t.Text == "Me" || t.Text == "Maître" || t.Text == "Maitre"
}

// particleOpeners are function words a person's name may follow.
var particleOpeners = lexis.SetOf("par", "selon", "pour", "avec", "et", "que", "qui", "dont", "by", "and", "with", "said", "says", "a", "à", "de", "d'", "told")

// institutionBefore returns the first token of an institution's word
// written in lower case that a name at token i completes with "de", "du",
// "de la", "de l'" ("ministère de la Santé", "préfecture du Nord"), -1 when
// none.
func institutionBefore(toks []lexis.Token, i int) int {
	k := i - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "la", "l'") && toks[k-1].Fold == "de" {
		k--
	}
	if k < 1 || !lexis.InSet(toks[k].Fold, "de", "du", "d'", "des") {
		return -1
	}
	if w := toks[k-1]; w.Kind == lexis.Word && !w.Upper() && lowerInstitutions[w.Fold] {
		return k - 1
	}
	return -1
}

// lowerInstitutions are institutions' words a French name often follows in
// lower case.
var lowerInstitutions = lexis.SetOf("ministere", "prefecture", "universite", "mairie", "conseil", "tribunal", "cour",
	"parquet", "ambassade", "academie", "region", "departement", "musee", "banque", "chambre", "agence", "office", "institut")

// institutionWords open the names of institutions, events and bodies that
// go on with "of"/"de" ("Bank of England", "Tour de France").
var institutionWords = lexis.SetOf("bank", "banque", "house", "ministry", "ministere", "department", "departement", "university", "organization", "organisation", "observatoire", "autorite", "authority",
	"universite", "court", "cour", "council", "conseil", "tour", "coupe", "cup", "institute", "institut", "office", "agency",
	"agence", "commission", "chambre", "chamber", "parti", "party", "federation", "union", "league", "ligue", "bourse",
	"port", "gare", "musee", "museum", "prefecture", "senate", "senat", "assemblee", "assembly", "state", "secretary",
	"syndicat", "societe", "interprofession", "caisse", "bureau", "compagnie", "regie", "centre", "center", "fondation",
	"foundation", "association", "groupement", "confederation", "comite", "committee", "pays", "conservatoire",
	"laboratoire", "laboratory", "division", "directorate", "administration", "tribunal", "inspectorate", "city", "town", "county", "borough", "ville",
	"salon", "festival", "fonds", "fund", "theatre", "opera", "ecole", "hopital", "mutuelle", "observatory", "college",
	"banco", "banca", "instituto", "istituto", "ministerio", "ministero", "agencia", "agenzia", "consejo", "consiglio", "turismo", "camara", "club", "institution")

// possessivePlaceHeads end a place's name after a possessive: "St
// James's Park", "Guy's Hospital", "King's College".
var possessivePlaceHeads = lexis.SetOf("park", "hospital", "college", "church", "cathedral", "square", "cross", "road", "street",
	"bridge", "island", "bay", "gate", "wharf", "school", "palace", "court", "field", "hill", "green", "wood")

// placeInName reports whether the place word at token j goes on the
// one-word name at token i: "Air France", "Microsoft France", "the European
// Union" (not "Paris France", two places, nor "French Union").
func placeInName(toks []lexis.Token, i, j int) bool {
	if j > i+1 && j <= i+3 && !gazetteer.GivenNames()[toks[i].Fold] && !slices.ContainsFunc(toks[i:j], func(t lexis.Token) bool {
		return gazetteer.Places[t.Fold] || gazetteer.Demonyms[t.Fold] || !t.Upper() || t.Is(lexRole) || titleWords[t.Fold]
	}) {
		return true // "Thyssen Steel Europe", "Amazon Web Services Europe": a company's branch in a place
	}
	return j == i+1 && !gazetteer.Places[toks[i].Fold] && !gazetteer.Demonyms[toks[i].Fold] || j == i+1 && toks[i].Fold == "european" && lexis.InSet(toks[j].Fold, "union", "commission") ||
		j == i+2 && !gazetteer.Places[toks[i].Fold] && frenchNameTails[toks[i+1].Fold] && !toks[i+1].Upper() // "Santé publique France"
}

// placePair reports whether the place word at token j ends, with the one
// at i before it, one place's name: "New York", "Hong Kong" (a city of the
// gazetteer, or of it with "City"), "South Africa" (a country), not "Paris
// France".
func placePair(toks []lexis.Token, i, j int) bool {
	if j == i+1 {
		pair := toks[i].Fold + " " + toks[j].Fold
		if gazetteer.IsCity(pair) || gazetteer.IsCity(pair+" city") || gazetteer.Places[pair] {
			return true // (and "South Africa", "North Korea": a country in two place words)
		}
	}
	return j > i && j-i <= 3 && gazetteer.IsRegion(foldedRun(toks, i, j+1)) // "New South Wales": a region the gazetteer names whole
}

// foldedRun returns the folded words of tokens [i, j) joined by spaces.
func foldedRun(toks []lexis.Token, i, j int) string { return tokenRun(toks, i, j, true) }

// tokenRun returns the words of tokens [i, j), folded or as written, with a
// space where the text has one between them.
func tokenRun(toks []lexis.Token, i, j int, folded bool) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		if folded {
			b.WriteString(toks[k].Fold)
		} else {
			b.WriteString(toks[k].Text)
		}
	}
	return b.String()
}

// openingPrepositions are prepositions that, capitalised at the start of a
// sentence, stand before a name without being part of it.
var openingPrepositions = lexis.SetOf("chez", "sans", "selon", "malgre", "outre", "parmi", "envers", "contre", "avec",
	"despite", "unlike", "besides", "amid", "among", "across", "against", "towards", "toward", "over", "during", "pendant", "durant")

// findMentions appends the capitalised names of the given sentences' tokens
// to out.
// numberSignAt reports whether token j is the sign «No.», «Nº», «N°»
// before a number.
func numberSignAt(toks []lexis.Token, j int) bool {
	if j+2 >= len(toks) || !lexis.InSet(toks[j].Text, "No", "Nº", "N", "Nr") {
		return false
	}
	return lexis.InSet(toks[j+1].Text, ".", "°") && toks[j+2].Kind == lexis.Number
}

// weekdaysPlural reports whether t is a weekday's name in the plural: "12
// Sundays a year", "on Mondays" (no name).
func weekdaysPlural(t lexis.Token) bool {
	f := t.Fold
	if len(f) < 7 || len(f) > 10 || f[len(f)-1] != 's' || f[len(f)-4:len(f)-1] != "day" || t.Kind != lexis.Word {
		return false // (most words, at once)
	}
	return lexis.InSet(f[:len(f)-1], "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// possessiveOrgHeads head the names of bodies that open on a group's
// possessive: "Children's Fund", "People's Bank", "Women's Institute".
var possessiveOrgHeads = lexis.SetOf("fund", "bank", "party", "institute", "union", "hospital", "trust", "council", "society", "foundation", "federation",
	"alliance", "front", "army", "republic", "commission", "committee", "congress", "league", "association", "aid", "museum", "liberation", "daily", "forum", "network")

func findMentions(out []mention, toks []lexis.Token, sentenceStarts map[int]bool, keys nameForms) []mention {
	for i := 0; i < len(toks); {
		if initialsEnd(toks, i) == i && !isNameToken(toks[i]) && !gluedAmpersand(toks, i) || numberSignAt(toks, i) || toks[i].Is(timex.WeekdayName) || weekdaysPlural(toks[i]) || toks[i].Is(timex.MonthName) && timex.MonthFR(toks[i].Fold)+timex.MonthEN(toks[i].Fold) > 0 && toks[i].Fold != "may" {
			i++
			continue
		}
		if (i == 0 || sentenceStarts[i]) && i+2 < len(toks) && toks[i+1].Kind == lexis.Word && !toks[i+1].Upper() && (companyHeads[toks[i+1].Fold] || companyKinds[toks[i+1].Fold]) &&
			isNameToken(toks[i+2]) && toks[i+2].Upper() && !titleWords[toks[i+2].Fold] {
			i++ // "Supermarket chain Brightmart", "Shipping group Orion Lines": the kind of business before the name, no name
			continue
		}
		if (i == 0 || sentenceStarts[i]) && i+1 < len(toks) && roleAdjectives[toks[i].Fold] && toks[i+1].Is(lexRole) && !toks[i+1].Upper() && toks[i+1].Kind == lexis.Word {
			i++ // «Ancienne directrice des marchés, Mme Nguyen…», "Former chief executive Jan Blenk": an adjective before a role, no name
			continue
		}
		if gazetteer.Holidays[toks[i].Fold] && (i+1 >= len(toks) || !toks[i+1].Upper()) {
			i++ // "les vacances de Noël", "Christmas sales": a feast, no name (not "Noël Le Graët")
			continue
		}
		if quantity.CurrencyPrefix(toks, i) && !toks[i+1].Space {
			i++ // "NZ$99,000", "C$78.50": the country of a currency, no name
			continue
		}
		if (i == 0 || sentenceStarts[i]) && modifierBeforePlace(toks, i) {
			i++ // "Neighbouring New Mexico has confirmed…", "Nearby Oklahoma": the place, without the word that opens the sentence
			continue
		}
		if sentenceStarts[i] && openingParticiple(toks, i) {
			i++ // «Promu en Top 14 l'été dernier, le club…»: a participle opening the sentence, no name
			continue
		}
		if openingPrepositions[toks[i].Fold] && i+1 < len(toks) && toks[i+1].Upper() {
			i++ // "Chez ADM, …", "Malgré Zorgon": a preposition opening the sentence, not part of the name
			continue
		}
		if _, ok := quantity.OrdinalWord(toks[i].Fold); ok && (i+1 >= len(toks) || !toks[i+1].Upper() || !toks[i+1].Space) {
			i++ // "Premier doublé de la Scuderia", "le Premier ministre": an ordinal, not a name ("Premier League" stays)
			continue
		}
		if _, ok := quantity.UnitWord(toks[i].Fold); ok && (i+1 >= len(toks) || !toks[i+1].Upper()) {
			i++ // "Douze régions sont…", "Two people died": a number, not a name ("Formula One" stays)
			continue
		}
		j := i + 1
		if k := initialsEnd(toks, i); k > i {
			j = k + 1 // "B. Obama", "J. K. Rowling": a name that opens with initials
		}
		// "le président du CRIF de France Roger Cukierman": a place after
		// "de", "of" ends there; the name after it is another.
		placeOf := gazetteer.Places[toks[i].Fold] && i > 0 && lexis.InSet(toks[i-1].Fold, "de", "du", "d'", "of")
		if i+1 < len(toks) && toks[i+1].Upper() && toks[i+1].Space {
			// A place the gazetteer names in several words, whatever they
			// are ("New South Wales", "West Bengal"), then what goes on.
			for n := min(len(toks), i+4); n > i+1; n-- {
				if toks[n-1].Upper() && toks[n-1].Kind == lexis.Word && gazetteer.IsPlaceName(foldedRun(toks, i, n)) {
					j = max(j, n)
					break
				}
			}
		}
		for j < len(toks) && (j-i < 4 || j-i < 7 && toks[j].Space && toks[j].Upper() && isNameToken(toks[j]) && orgSuffix[toks[j].Fold]) && !(placeOf && j == i+1) && !numberSignAt(toks, j) {
			// (and past four words to the word that ends an organisation's
			// name: "Manchester University NHS Foundation Trust")
			// (not over "No." before a number: "Reactor No. 2" is a
			// reactor's number, "No" no name)
			if isNameToken(toks[j]) && toks[j].Space && (!gazetteer.Places[toks[j].Fold] || placeInName(toks, i, j) || placePair(toks, i, j)) {
				j++
				continue
			}
			if k := initialsEnd(toks, j); k > j && toks[j].Space {
				j = k + 1 // "George W. Bush": an initial inside a name
				continue
			}
			if nameTails[toks[j].Fold] && toks[j].Upper() && toks[j].Space {
				j++ // "Human Rights Watch", "Apple Watch": a word of the web's boilerplate ending a name
				continue
			}
			if frenchNameTails[toks[j].Fold] && !toks[j].Upper() && toks[j].Space && toks[j].Kind == lexis.Word && !toks[j-1].Is(lexNationality) {
				j++ // "Pôle emploi", "Crédit agricole", "le Rassemblement national": a French name goes on in lower case (not "a French national")
				continue
			}
			if j == i+1 && i > 0 && lexis.InSet(toks[i-1].Fold, "la", "le", "l'") && relationalTail(toks[j]) && !isAllCaps(toks[i].Text) &&
				!gazetteer.Places[toks[i].Fold] && !gazetteer.GivenNames()[toks[i].Fold] && !toks[i].Is(lexNationality) {
				j++ // «la Coopération laitière», «la Sécurité routière»: a French body's name goes on with the adjective of its field
				continue
			}
			if frenchNameTails[toks[j-1].Fold] && toks[j].Is(lexNationality) && !toks[j].Upper() && toks[j].Space && toks[j].Kind == lexis.Word {
				j++ // «la Banque nationale suisse»: and the country's adjective after
				continue
			}
			if lexis.InSet(toks[j].Text, "'s", "’s") && !toks[j].Space && j+1 < len(toks) && isNameToken(toks[j+1]) && toks[j+1].Upper() && toks[j+1].Space && possessivePlaceHeads[toks[j+1].Fold] &&
				(j-i == 1 || lexis.InSet(toks[i].Fold, "st", "saint", "sainte")) {
				j += 2 // "St James's Park", "Guy's Hospital", "King's College": a possessive inside a place's name
				continue
			}
			if lexis.InSet(toks[j].Text, "'s", "’s") && !toks[j].Space && j+1 < len(toks) && isNameToken(toks[j+1]) && toks[j+1].Upper() && toks[j+1].Space &&
				lexis.InSet(toks[j-1].Fold, "children", "women", "men", "people", "peoples") && possessiveOrgHeads[toks[j+1].Fold] {
				j += 2 // "the United Nations Children's Fund", "the People's Bank of China": a plural's possessive inside a body's name
				continue
			}
			if lexis.InSet(toks[j].Text, "'", "’") && !toks[j].Space && strings.HasSuffix(toks[j-1].Text, "s") && j+1 < len(toks) && isNameToken(toks[j+1]) && toks[j+1].Upper() && toks[j+1].Space &&
				!(gazetteer.GivenNames()[toks[j+1].Fold] && j+2 < len(toks) && isNameToken(toks[j+2]) && toks[j+2].Upper()) {
				// (not "Redmere Securities' Priya Natarajan": the firm's
				// person, a given name and a family name after it)
				j += 2 // "the Citizens' List", "the Workers' Party": a plural possessive inside a name
				continue
			}
			if e := acronymSpelled(toks, i, j); e > j {
				j = e // «le RC Vallée de l'Adour (RCVA)»: the name its acronym spells, its «de l'» and all
				break
			}
			if (kindBeforeName(toks, i) || (institutionWords[toks[i].Fold] || nameKindWords[toks[i].Fold]) && j-i == 2) && j-i <= 2 && toks[j].Fold == "d'" && j+1 < len(toks) && isNameToken(toks[j+1]) && toks[j+1].Upper() &&
				!toks[j+1].Is(timex.MonthName) && !toks[j+1].Is(timex.WeekdayName) {
				// «la chaîne Pain d'Aurore», «la coopérative Terres d'Ouest»,
				// «la Compagnie Maritime d'Iroise»: the name an
				// organisation's kind announces or opens goes on past «d'» (not past «de»: «le réseau Oscour de Santé publique
				// France» is another's)
				j += 2
				continue
			}
			if j == i+1 && toks[j].Fold == "d'" && j+1 < len(toks) && (isNameToken(toks[j+1]) || toks[j+1].Kind == lexis.Word && len(toks[j+1].Text) == 2) && toks[j+1].Upper() && toks[i].Upper() && !isAllCaps(toks[i].Text) &&
				roleOf(toks[i]) == "" && !toks[j+1].Is(timex.MonthName) && !toks[j+1].Is(timex.WeekdayName) && !gazetteer.IsPlaceName(toks[i].Text) && len(toks[i].Text) >= 3 {
				// «Pain d'Or emploie 6 800 salariés», «la Maison d'Arlette»:
				// one name, its «d'» and all (not «PDG d'Airbus», a role's;
				// not «Paris d'…»)
				j += 2
				continue
			}
			if toks[j].Fold == "d'" && j+1 < len(toks) && isNameToken(toks[j+1]) && toks[j+1].Upper() && gazetteer.IsPlaceName(foldedRun(toks, i, j+2)) {
				j += 2 // «Provence-Alpes-Côte d'Azur», «Côte d'Ivoire»: a place the gazetteer names with its «d'»
				continue
			}
			if toks[j].Text == "&" && j+1 < len(toks) && (isNameToken(toks[j+1]) || !toks[j].Space && !toks[j+1].Space && toks[j+1].Kind == lexis.Word) && toks[j+1].Upper() && j-i < 4 {
				// (and "PG&E", "AT&T": a letter glued after it)
				j += 2 // "Standard & Poor's", "Procter & Gamble", "Johnson & Johnson"
				continue
			}
			if j == i+1 && j+1 < len(toks) && lexis.InSet(toks[j].Text, "Le", "La", "De", "Du", "Van", "Von", "Di", "Da") && toks[j].Space &&
				isNameToken(toks[j+1]) && toks[j+1].Upper() && toks[j+1].Space && !gazetteer.Places[toks[j+1].Fold] && i > 0 {
				j += 2 // "Bruno Le Maire", "Marine Le Pen", "Yves Le Drian"
				continue
			}
			if n := particleName(toks, i, j); n > j {
				j = n // "Luca de Meo", "Ursula von der Leyen", "Lula da Silva"
				continue
			}
			if n := ofName(toks, i, j, sentenceStarts != nil && (i == 0 || sentenceStarts[i])); n > j {
				j = n // "Bank of England", "House of Representatives", "Tour de France", "Banque de France"
				break
			}
			break
		}
		if j < len(toks) && toks[j].Text == "+" && !toks[j].Space && (j+1 >= len(toks) || toks[j+1].Space || toks[j+1].Kind == lexis.Punct) {
			j++ // "OPEC+", "Canal+", "Disney+": a name its plus sign ends, another than the name without it
		}
		if e := bodyAfterAnd(toks, i, j); e > j {
			j = e // "the Securities and Exchange Commission", "the National Snow and Ice Data Center": one body
		}
		if smallNumberInName(toks, i, j) {
			j++ // «en Top 14», «en Ligue 1»: a name and its number, one name
		}
		if numberSignAt(toks, j) && toks[j].Space {
			j += 3 // "Reactor No. 2", "Unit No. 3": the thing's name with its number
		}
		if j-i == 4 && titledRun(toks, i, j) {
			// "Zorgon Chief Executive Jan Blenk", "Pentagon Acquisition
			// Director Michael Wynne": a title's words before a person's
			// name make a longer run, which the title then divides (when
			// it does not, the run stops where it did: "Zorgland Central
			// Bank Governor | Lia Mottram").
			e := j
			for e < len(toks) && e-i < 7 && toks[e].Space && (isNameToken(toks[e]) && toks[e].Upper() && !gazetteer.Places[toks[e].Fold] ||
				nameParticles[toks[e].Text] && e+1 < len(toks) && (isNameToken(toks[e+1]) && toks[e+1].Upper() || nameParticles[toks[e+1].Text])) {
				e++ // (and a family name's particles: "European Commission President Ursula von der Leyen")
			}
			if e > j && (titledPerson(toks, i, e) > i || titlesThenName(toks, i, e)) {
				j = e
			}
		}
		if j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") && !toks[j].Space && namedWithS(toks, j+1) {
			j++ // "Moody's a dégradé", "according to Moody's.": a name ending in 's, not a possessive
		}
		if g := titledPerson(toks, i, j); g > i {
			// "Foreign Minister Sergei Lavrov", "le ministre de l'Intérieur
			// Manuel Valls": the person after the title's words; and
			// "Boeing CEO Dave Calhoun": the organisation before the title,
			// a name of its own.
			for t := i + 1; t < g; t++ {
				if titleWords[toks[t].Fold] || toks[t].Is(lexRole) && roleWords[toks[t].Fold] != "" {
					if !titleWords[toks[i].Fold] && !(toks[i].Is(lexRole) && roleWords[toks[i].Fold] != "") && !lexis.InSet(toks[t].Fold, "minister", "secretary") &&
						!allRanks(toks, i, t) {
						// (nor "Adjunct Senior Commissioner": the rank
						// words of a title)
						// (not "Agriculture Minister", "Health Secretary": a
						// portfolio, no organisation)
						text, key := keys.name(toks, i, t)
						out = append(out, mention{tok: i, end: t, text: text, key: key, initial: sentenceStarts[i],
							orgCue: orgCue(toks, i, t), placeCue: placeCueAt(toks, i)})
					}
					break
				}
			}
			i = g
		}
		for j-i >= 3 && titleWords[toks[i].Fold] && !orgSuffix[toks[j-1].Fold] {
			i++ // "President Joe Biden", "Prime Minister Élisabeth Borne": the person, without the title
		}
		if j-i >= 3 && (toks[i].Is(lexNationality) || demonymShape(toks[i].Fold)) && (gazetteer.GivenNames()[strings.SplitN(toks[i+1].Fold, "-", 2)[0]] ||
			i > 0 && lexis.InSet(toks[i-1].Fold, "la", "le", "l'") && !orgSuffix[toks[j-1].Fold]) {
			// "la Française Amandine Roucher", "la Polonaise Agnieszka
			// Radwanska" (a nationality's noun after its article): the
			// person, without the word for her nationality
			i++
		}
		if j-i >= 3 && partyAdherents[toks[i].Fold] && gazetteer.GivenNames()[strings.SplitN(toks[i+1].Fold, "-", 2)[0]] {
			i++ // "Democrat Teresa Harlow", "Republican Dennis Colby": the person, without her party
		} else if j-i >= 3 && (i == 0 || sentenceStarts[i]) && gazetteer.GivenNames()[strings.SplitN(toks[i+1].Fold, "-", 2)[0]] && !gazetteer.GivenNames()[toks[i].Fold] &&
			occupationNoun(toks[i].Fold) {
			i++ // "Pollster John Curtice said", "Striker Daniel Zorgafor scored": the person, without the noun of his trade
		}
		if j-i >= 2 && companyKinds[toks[i].Fold] && toks[i+1].Upper() && (i == 0 || sentenceStarts[i] || toks[i-1].Kind == lexis.Punct) {
			i++ // "Carmaker Zorgmotors said", "Drugmaker Pfizer": the company, without the word for its kind
		}
		if a := institutionBefore(toks, i); a >= 0 {
			i = a // "le ministère de la Santé", "l'université de Lyon": the institution, not its domain or town
		} else if portfolioAt(toks, i) {
			i = j // «le ministre de la Transition écologique»: a minister's portfolio, no entity
			continue
		}
		text, key := keys.name(toks, i, j)
		initial := sentenceStarts[i] || i > 0 && (toks[i-1].Text == "«" || toks[i-1].Text == "“" || toks[i-1].Text == "\"")
		out = append(out, mention{tok: i, end: j, text: text, key: key, initial: initial, cue: personCue(toks, i, j),
			orgCue: orgCue(toks, i, j), placeCue: placeCueAt(toks, i) || basedAfter(toks, j), placeNoun: placeNounAround(toks, i, j), companyNoun: companyNounBefore(toks, i), watcher: watcherAround(toks, i, j),
			nationOf: nationOfPerson(toks, i, j)})
		i = j
	}
	return out
}

// publicBodyHeads are the last words of the names of public bodies whose
// first words "and" may join: "the Food and Drug Administration".
var publicBodyHeads = lexis.SetOf("center", "centre", "commission", "administration", "agency", "institute", "foundation",
	"council", "authority", "board", "bureau", "department", "office", "service", "society", "association", "committee",
	"federation", "organization", "organisation", "fund", "museum", "survey", "laboratory")

// bodyAfterAnd returns where the name of a public body ends when the run of
// name words from i to j is its first half, joined by "and" to a second
// that ends on a body's head: "the Securities and Exchange Commission",
// "the National Oceanic and Atmospheric Administration". Only after "the",
// and not when the first half is a place or an organisation of its own
// ("the Netherlands and Ice Data Center", "the Ford and Ice Foundation"
// stay two); else j.
func bodyAfterAnd(toks []lexis.Token, i, j int) int {
	if publicBodyHeads[toks[i].Fold] && j-i >= 3 && j+1 < len(toks) && toks[j].Text == "and" && lexis.InSet(toks[i+1].Fold, "of", "for") {
		// "the Department for Energy Security and Net Zero", "the
		// Department of Housing and Urban Development": a body its head
		// opens names the whole run.
		e := j + 1
		for e < len(toks) && e-j <= 4 && isNameToken(toks[e]) && toks[e].Upper() && !gazetteer.Places[toks[e].Fold] {
			e++
		}
		if e > j+1 {
			return e
		}
	}
	if !theBefore(toks, i) || j >= len(toks) || toks[j].Text != "and" || !toks[j].Space || j-i > 3 ||
		orgSuffix[toks[j-1].Fold] && j-i > 1 || gazetteer.Places[toks[j-1].Fold] || gazetteer.IsPlaceName(foldedRun(toks, i, j)) {
		// (a single word may be a body's head too: "the Securities and
		// Exchange Commission")
		return j
	}
	e := j + 1
	for e < len(toks) && e-j <= 4 && isNameToken(toks[e]) && toks[e].Upper() && toks[e].Space && !gazetteer.Places[toks[e].Fold] {
		e++
	}
	if e > j+1 && publicBodyHeads[toks[e-1].Fold] {
		return e
	}
	return j
}

// theBefore reports whether "the" comes right before token i, or before a
// country's initials that come right before it ("the U.S. Food and Drug
// Administration", "the UK Office for National Statistics").
func theBefore(toks []lexis.Token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].Kind == lexis.Word && isAllCaps(toks[k].Text) && len(toks[k].Text) <= 3 {
		k-- // "UK", "EU"
	} else {
		for k >= 1 && (toks[k].Text == "." && !toks[k].Space || toks[k].Kind == lexis.Word && len(toks[k].Text) == 1 && toks[k].Upper() && k+1 < len(toks) && toks[k+1].Text == ".") {
			k-- // "U.S.", "U.K."
		}
	}
	return k >= 0 && toks[k].Fold == "the"
}

// demonymShape reports whether a French word, folded, has the ending of a
// people's noun («Kényan», «Éthiopienne», «Sri-Lankais», «Norvégien»): one
// written before a person's name after its article («le Kényan Eliud
// Kipchoge») is the person's nationality, not part of the name.
func demonymShape(w string) bool {
	for _, suf := range []string{"ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "an", "ane", "in", "ine", "ote", "ite", "ole"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// roleAdjectives qualify a role before it, and open sentences in capitals
// («Ancienne directrice des marchés, Mme Nguyen…», "Former chief executive
// Jan Blenk said"): no names.
var roleAdjectives = lexis.SetOf("former", "interim", "acting", "outgoing", "incoming", "ancien", "ancienne", "anciens", "anciennes",
	"nouveau", "nouvelle", "actuel", "actuelle", "futur", "future", "ex")

// companyNounBefore reports whether a noun for a company opens the noun
// phrase the name at token i ends, after its determiner and before
// adjectives in lower case: «la compagnie aérienne régionale Aéro
// Garonne», "the Danish airline Zorgair" (not «le groupe de Jean Zorg»).
func companyNounBefore(toks []lexis.Token, i int) bool {
	for k := i - 1; k >= 1 && i-k <= 6; k-- {
		t := toks[k]
		if k < i-1 && lexis.InSet(t.Fold, "de", "d'") && !toks[k+1].Upper() {
			continue // «l'éditeur de jeux vidéo montpelliérain Oréade Interactive»: the kind's complement
		}
		if t.Kind != lexis.Word || t.Upper() || lexis.InSet(t.Fold, "de", "du", "des", "d'", "of", "for", "pour", "et", "and", "a", "au") || t.Is(lexRole) {
			return false // (nor "The company spokeswoman Ayumi Zorgata": a role before the name)
		}
		if companyWords[t.Fold] || companyKinds[t.Fold] {
			return lexis.InSet(toks[k-1].Fold, "la", "le", "l'", "un", "une", "the", "a", "an", "sa", "son", "its")
		}
		if k == i-1 && lexis.InSet(t.Fold, "club", "team", "side") && toks[k-1].Upper() && toks[k-1].Kind == lexis.Word {
			return true // "Championship club Southampton", "Premier League side Everton": the club, not the city
		}
	}
	return false
}

// portfolioAt reports whether the name at token i names a minister's
// portfolio: «ministre de la Transition écologique», «ministre délégué
// chargé des Transports», "Minister of Finance".
func portfolioAt(toks []lexis.Token, i int) bool {
	j := i - 1
	if j >= 0 && lexis.InSet(toks[j].Fold, "la", "l'", "le", "les", "the") {
		j--
	}
	if j < 1 || !lexis.InSet(toks[j].Fold, "de", "du", "des", "d'", "of", "aux", "au", "a") {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		if lexis.InSet(toks[k].Fold, "ministre", "ministres", "minister", "ministers", "charge", "chargee", "delegue", "deleguee") ||
			toks[k].Fold == "etat" && k >= 2 && lexis.FoldAt(toks, k-2) == "secretaire" {
			return true // (and «secrétaire d'État au Numérique»; not «secrétaire général de l'Élysée»)
		}
		if toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// relationalTail reports whether token t is a French adjective in lower
// case that names a field («laitière», «routière», «bancaire»,
// «numérique»), which a body's name one capitalised word long goes on with
// (not a nationality: «l'Association française contre…» keeps its own
// rule).
func relationalTail(t lexis.Token) bool {
	return t.Kind == lexis.Word && !t.Upper() && t.Space && !t.Is(lexNationality) && len(t.Fold) > 5 &&
		hasAnySuffix(t.Fold, "iere", "ieres", "aire", "aires", "ologique", "ologiques", "omique", "omiques")
}

// frenchNameTails are the words in lower case that French names of bodies
// end with, after their capitalised word.
var frenchNameTails = lexis.SetOf("emploi", "agricole", "generale", "nationale", "national", "populaire", "centrale",
	"europeenne", "federale", "mutuelle", "constitutionnel", "republicain", "republicains", "insoumise", "socialiste",
	"publique", "sociale", "civile", "ouvriere")

// entity is a name known across the set.
type entity struct {
	name  string // display name
	key   string
	kind  string
	count int // mentions not at a sentence start
	// initial counts sentence-initial mentions that may be names.
	initial int
	// cues counts mentions with a person cue around them.
	cues int
	// orgCues and placeCues count mentions with those cues; mentions all;
	// terms, those that spell a term (see mention.term).
	orgCues, placeCues, mentions, terms int
	// placeNouns counts mentions beside a noun of a kind of place;
	// companyNouns those a noun for a company introduces.
	placeNouns, companyNouns int
	// watchers counts mentions that say it is a firm that watches others.
	watchers int
	// forms counts the uses of each surface form, and the articles that
	// use it, to choose the display name.
	forms map[string]*formUse
	// canonical is the entity the name stands for when it has an alias
	// (registry.alias), nil otherwise.
	canonical *entity
}

// registry holds the set's names and roles.
type registry struct {
	byKey map[string]*entity
	// surname key -> person keys
	surnames map[string][]string
	// role key "role|orgkey" -> person key -> count
	roles map[string]map[string]int
	focus string // key of the set's most frequent organisation
	// alias maps a longer organisation name to the short one the set uses
	// alone: "Uber Technologies" → "Uber", "Zoom Video Communications" → "Zoom".
	alias map[string]string
	// statistics holds the keys of the statistics offices (see
	// statisticsBody).
	statistics map[string]bool
}

// watcher reports whether the organisation of key k is a firm that watches
// others and puts figures on them (a consultancy, a research or data firm,
// a modeller, a tracker: see watcherAround), by one of its mentions.
func (r *registry) watcher(k string) bool {
	e := r.byKey[r.canon(k)]
	return e != nil && e.kind == KindOrg && e.watchers > 0
}

// watcherKinds name a firm that watches others: "consultancy GrainScope",
// "research firm Kantar", «le cabinet Xerfi».
var watcherKinds = lexis.SetOf("consultancy", "consultancies", "consultant", "consultants", "researcher", "tracker", "pollster", "modeller", "modeler",
	"analysts", "analyst", "cabinet", "broker", "brokerage", "forecaster", "forecasters")

// watcherFirms say what a "firm", «société» or agency watches: "research
// firm", "data provider", "rating agency".
var watcherFirms = lexis.SetOf("research", "analytics", "data", "consulting", "advisory", "modelling", "modeling", "intelligence", "rating",
	"ratings", "forecasting", "market", "risk", "etudes", "conseil", "notation")

// watcherAround reports whether the words right before the name at tokens
// [i, j) or its apposition say it is a firm that watches others:
// "consultancy GrainScope", "research firm Ampere", "analysts at Brandt",
// "A rival modeller, Northwind Risk,", «le cabinet d'études Vélomètre»,
// "Meridian, a consultancy,".
func watcherAround(toks []lexis.Token, i, j int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		t := toks[k]
		if t.Kind == lexis.Punct && !(t.Text == "," && k == i-1) && t.Text != "'" {
			break
		}
		if t.Upper() && k < i-1 && t.Kind == lexis.Word && k > 0 {
			break // (another name before)
		}
		f := t.Fold
		if watcherKinds[f] || lexis.InSet(f, "firm", "provider", "agency", "agence", "institut", "bureau", "societe") && k > 0 && watcherFirms[toks[k-1].Fold] ||
			lexis.InSet(f, "agence", "institut", "bureau", "cabinet") && k+2 < i && lexis.InSet(toks[k+1].Fold, "de", "d'") && watcherFirms[toks[k+2].Fold] {
			return !(f == "analyst" || f == "analysts") || lexis.InSet(lexis.FoldAt(toks, i-1), "at", "chez", "de", "d'", "from")
		}
	}
	if j+2 < len(toks) && toks[j].Text == "," && lexis.InSet(toks[j+1].Fold, "a", "an", "the", "un", "une", "le") {
		for k := j + 2; k < len(toks) && k <= j+5 && toks[k].Kind == lexis.Word; k++ {
			if watcherKinds[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "analyst", "analysts") || toks[k].Fold == "firm" && watcherFirms[toks[k-1].Fold] {
				return true // "Meridian, a consultancy, estimated"
			}
		}
	}
	return false
}

// statisticsBody reports whether the organisation of key k is a statistics
// office, by one of its names ("Office for National Statistics", "Eurostat",
// «Institut national de la statistique»): a source of others' figures,
// never what they are about (read once, by classify).
func (r *registry) statisticsBody(k string) bool {
	return r.statistics[r.canon(k)]
}

// statisticsName reports whether a name holds the stem of statistics
// ("Statistics Norway", «Institut national de la statistique») or ends
// with "stat" ("Eurostat", "Istat").
func statisticsName(name string) bool {
	f := lexis.Fold(name)
	return strings.Contains(f, "statisti") || strings.HasSuffix(f, "stat") || statisticsOffices[f]
}

// statisticsOffices are the national statistics offices news cites by an
// abbreviation that holds no stem of statistics: France's, Germany's,
// Britain's, Brazil's, Mexico's, Belgium's, Luxembourg's.
var statisticsOffices = lexis.SetOf("insee", "destatis", "ons", "ibge", "inegi", "statbel", "statec")

// canon returns the key a name stands for.
func (r *registry) canon(k string) string {
	if a, ok := r.alias[k]; ok {
		return a
	}
	return k
}

func newRegistry() *registry {
	return &registry{byKey: map[string]*entity{}, surnames: map[string][]string{}, roles: map[string]map[string]int{}, alias: map[string]string{}}
}

// add records a mention in article art and returns its entity.
func (r *registry) add(m mention, art int) *entity {
	e := r.byKey[m.key]
	if e == nil {
		e = &entity{key: m.key, forms: map[string]*formUse{}}
		r.byKey[m.key] = e
	}
	switch {
	case !m.initial:
		e.count++
	case !m.common:
		e.initial++
	}
	if m.cue {
		e.cues++
	}
	if m.orgCue {
		e.orgCues++
	}
	if m.placeNoun {
		e.placeNouns++
	}
	if m.companyNoun {
		e.companyNouns++
	}
	if m.watcher {
		e.watchers++
	}
	if m.placeCue {
		e.placeCues++
	}
	if m.term {
		e.terms++
	}
	e.mentions++
	u := e.forms[m.text]
	if u == nil {
		u = &formUse{last: -1}
		e.forms[m.text] = u
	}
	u.n++
	if u.last != art {
		u.articles, u.last = u.articles+1, art
	}
	return e
}

// formUse counts the uses of a name's surface form: n mentions in articles
// articles, the last of them article last (add is called article by
// article).
type formUse struct{ n, articles, last int }

// givenAndSurname reports whether a two-word name reads as a given name
// and a surname ("Lionel Jospin"), not two given names ("Morgan Stanley",
// "Ralph Lauren": brands as often as people).
func (r *registry) givenAndSurname(folded []string) bool {
	switch {
	case len(folded) == 2:
		return gazetteer.GivenNames()[folded[0]] && !gazetteer.GivenNames()[folded[1]]
	case len(folded) == 3:
		// "Bertrand de Broc", "Ludwig van Beethoven": a given name, a
		// surname's particle and the surname.
		return gazetteer.GivenNames()[folded[0]] && surnameParticles[folded[1]] && !gazetteer.GivenNames()[folded[2]]
	}
	return false
}

// pluralNounWord reports whether folded word w is shaped as the plural of
// a common noun of trade or place no given name takes («Chantiers»,
// «Laboratoires», «Éditions», «Brasseries», «Établissements», "Industries"):
// a name it opens is a company's, whoever speaks after it («Chantiers
// Atlantique a annoncé mardi…»).
func pluralNounWord(w string) bool {
	return len(w) >= 6 && hasAnySuffix(w, "iers", "ieres", "ments", "ages", "eries", "ions", "ateurs", "oires", "ies", "ines", "eaux")
}

// waterWords end the names of seas, oceans, gulfs and straits ("the Baltic
// Sea"; "the Strait of Hormuz" is told by its first word).
var waterWords = lexis.SetOf("sea", "ocean", "gulf", "strait", "straits", "lagoon")

// surnameParticles open a surname after a given name ("Charles de Gaulle",
// "Vincent van Gogh").
var surnameParticles = lexis.SetOf("de", "du", "des", "van", "von", "da", "di", "del", "della", "dos", "das", "ibn", "bin", "ben", "al", "ter", "den", "der", "le", "la")

// classify decides each name's kind and display form once every article was read.
func (r *registry) classify() {
	for _, e := range r.byKey {
		words := strings.Fields(e.key)
		var folded []string
		for f := range e.forms {
			folded = strings.Fields(lexis.Fold(f))
			break
		}
		acronymFirst := len(e.forms) > 0 // every form opens on letters in capitals before a word that is not: "BNP Paribas", "FAIR Plan"
		for f := range e.forms {
			cut := strings.IndexAny(f, " -")
			if cut < 2 || !isAllCaps(f[:cut]) || strings.Contains(f[:cut], ".") || cut+1 >= len(f) || f[cut] == ' ' && isAllCaps(f[cut+1:]) {
				acronymFirst = false // (nor "MARIE DUPONT" in a headline in capitals; "CFE-CGC", "AEA-E" are)
			}
		}
		switch {
		case len(folded) == 1 && gazetteer.Demonyms[folded[0]]:
			e.kind = "" // "a Chinese investor": a nationality
		case len(folded) == 1 && measureUnits[folded[0]] != "" && len(folded[0]) <= 4:
			e.kind = "" // "19,400 MW", "4.2 TWh": a unit in capitals, no name
		case e.terms > 0:
			e.kind = "" // "twenty-foot equivalent units (TEU)": a term
		case len(folded) == 1 && roleWords[folded[0]] != "" && (e.count == 0 || lexis.InSet(folded[0], "pdg", "ceo")):
			// "Chief executive Laura Pike told staff": a title opening the
			// sentence; "le PDG de Zorgon": a title in capitals
			e.kind = ""
		case len(folded) > 0 && (gazetteer.Places[strings.Join(folded, " ")] || gazetteer.Places[folded[0]] && len(folded) == 2 && gazetteer.Places[folded[1]] || gazetteer.IsRegion(strings.Join(folded, " ")) && (e.cues == 0 || !gazetteer.GivenNames()[folded[0]])):
			// (and a region: «le Gard», "Texas", "Minnesota has
			// reported"; not a given name a person's cue marks,
			// "Virginia said")
			e.kind = KindPlace
		case len(folded) >= 2 && (waterWords[folded[len(folded)-1]] && !lexis.InSet(folded[0], "the", "of") || lexis.InSet(folded[0], "lac", "golfe", "ocean", "mer", "lake", "strait", "gulf") && e.companyNouns == 0):
			// "the Baltic Sea", "the Gulf of Mexico", "Lake Victoria",
			// «le golfe du Lion»: a sea, a gulf or a lake
			e.kind = KindPlace
		case len(words) >= 2 && !r.isOrgWord(words[0]) && !gazetteer.Demonyms[folded[0]] && !(acronymFirst && !gazetteer.GivenNames()[words[1]]) && !orgSuffix[folded[len(folded)-1]] && !orgSuffix[words[len(words)-1]] && (e.cues > 0 || r.givenAndSurname(folded)) &&
			!(len(folded) >= 3 && e.orgCues > 0 && !gazetteer.GivenNames()[folded[0]] && slices.ContainsFunc(folded[1:len(folded)-1], func(w string) bool { return innerOrgWords[w] })) &&
			!(pluralNounWord(folded[0]) && !gazetteer.GivenNames()[folded[0]]) && !slices.Contains(words, "&") && !nameKindWords[folded[0]] &&
			!slices.ContainsFunc(folded[1:], func(w string) bool { return industryWords[w] }) &&
			!(len(folded) > 2 && institutionWords[folded[0]] && lexis.InSet(folded[1], "of", "for", "de", "du", "des")) &&
			!(e.companyNouns > 0 && !gazetteer.GivenNames()[folded[0]]) && !(e.cues == 0 && e.placeCues == e.mentions) &&
			(gazetteer.GivenNames()[folded[0]] || !gazetteer.Places[folded[len(folded)-1]] && !gazetteer.Places[hyphenTail(folded[len(folded)-1])]) &&
			(2*e.cues > e.mentions || !gazetteer.IsCity(strings.Join(folded, " "))):
			// (not "the Bank of Ghana said": an institution's word opening
			// a name with "of" makes no given name; nor «la compagnie
			// aérienne Aéro Garonne, qui…»: a company's noun introduces
			// a name with no given name)
			// (nor «Maison Verlaine», «Groupe Dorval»: a name that opens on
			// a kind of organisation, which a list of given names may hold)
			// (nor "Crédit Mutuel Alliance Fédérale": an organisation's
			// word inside a name of three words or more, no given name)
			// (orgSuffix holds some words as keys spell them, "agenci",
			// "asociation": "The International Energy Agency said" is an
			// organisation speaking; a city a person's cue marks once is
			// still the city: "born in San Francisco"; nor is a name that
			// ends with a country after no given name: "Air Canada said")
			e.kind = KindPerson
		case e.placeNouns > 0 && e.cues == 0 && (e.orgCues == 0 || e.placeNouns > e.orgCues || roadCode(folded[0])) && len(folded) == 1:
			// "in the jungle of Narino province", «la province de
			// Narino»: the name of a place of that kind («l'hôpital de
			// Mende» twice outweighs «de Mende, Cédric Vallat»; a road's
			// code, whose digits mark a name, after «l'autoroute A75»).
			e.kind = KindPlace
		case e.placeCues == e.mentions && e.mentions <= 2 && e.cues == 0:
			// Named only after "in", "à", "en": a place ("in San Francisco").
			e.kind = KindPlace
		case 4*(e.cues+e.orgCues+e.companyNouns) < e.mentions+e.placeCues && gazetteer.IsCity(strings.Join(folded, " ")):
			// A city that little around marks as a company or a person:
			// "the Coventry plant", "près de Bochum" (not "Orange a
			// annoncé…, a indiqué Orange").
			e.kind = KindPlace
		case e.count == 0 && e.initial == 0:
			// A single capitalised word seen only at the start of sentences,
			// and there written in lower case elsewhere or shaped like a
			// participle ("Fondée en 1997, …"), is an ordinary word.
			e.kind = ""
		default:
			e.kind = KindOrg
		}
		// Display: the form used by the most articles, then the most often.
		best, bestA, bestN := "", -1, -1
		for f, u := range e.forms {
			a, n := u.articles, u.n
			if a > bestA || a == bestA && n > bestN || a == bestA && n == bestN && f < best {
				best, bestA, bestN = f, a, n
			}
		}
		e.name = best
	}
	for k, e := range r.byKey {
		if e.kind == KindPerson {
			words := strings.Fields(k)
			last := words[len(words)-1]
			r.surnames[last] = append(r.surnames[last], k)
		}
	}
	for _, ks := range r.surnames {
		sort.Strings(ks)
	}
	// A name of two words whose first is no given name the gazetteer
	// knows ("Tsion Abera", "Arvid Holmqvist") is a person's when its last
	// word, written alone, is used like a person's name ("Abera told
	// reporters", "Nazarov, 24,"), and nothing makes it a company's.
	for k, e := range r.byKey {
		words := strings.Fields(k)
		if e.kind != KindOrg || len(words) != 2 || e.companyNouns > 0 || e.orgCues > 0 || orgSuffix[words[1]] || r.isOrgWord(words[0]) ||
			companyForm(words[1:]) || legalName(words[1:]) || gazetteer.Places[words[1]] || gazetteer.Places[words[0]] {
			continue
		}
		if short := r.byKey[words[1]]; short != nil && short.kind == KindOrg && short.cues > 0 && short.companyNouns == 0 {
			e.kind, short.kind = KindPerson, KindPerson
			r.surnames[words[1]] = append(r.surnames[words[1]], k)
		}
	}
	// A single word that is a person's surname, and is used like a person's
	// name, is that person, not an organisation (not "Ford sold" beside
	// "Bill Ford": the surname alone is as often the company).
	for k, e := range r.byKey {
		if e.kind == KindOrg && len(r.surnames[k]) > 0 && e.cues > 0 {
			e.kind = KindPerson
		}
	}
	for k, e := range r.byKey {
		if words := strings.Fields(k); e.kind == KindOrg && len(words) > 2 && legalName(words) {
			// "Harlan Creek Egg Co. … Harlan Creek": a company's short
			// name of two words or more is the company's, even when it
			// reads as a given name and a surname.
			for n := len(words) - 2; n >= 2; n-- {
				if short := r.byKey[strings.Join(words[:n], " ")]; short != nil && short.kind == KindPerson && short.cues == 0 && legalName(words[n:]) {
					short.kind = KindOrg
					break
				}
			}
		}
	}
	for k, e := range r.byKey {
		if words := strings.Fields(k); e.kind == KindOrg && len(words) > 1 && r.byKey[words[0]] != nil && r.byKey[words[0]].kind == KindOrg && (companyForm(words[1:]) || legalName(words[1:]) || acronymGlossed(r.byKey[words[0]].name, words[1:])) {
			r.alias[k] = words[0]
			e.canonical = r.byKey[words[0]]
		}
	}
	for k, e := range r.byKey {
		if !entityName(k) {
			e.kind = "" // "UTC", "Celsius": never an entity
		}
	}
	best := -1
	for k, e := range r.byKey {
		if e.kind == KindOrg && (e.count > best || e.count == best && k < r.focus) {
			best, r.focus = e.count, k
		}
	}
	r.statistics = map[string]bool{}
	for k, e := range r.byKey {
		stat := statisticsName(e.name)
		for f := range e.forms {
			stat = stat || statisticsName(f)
		}
		if stat {
			r.statistics[r.canon(k)] = true
		}
	}
}

// companyForm reports whether the words after a company's short name, as
// name keys, only say what kind of company it is ("Apple Computer", "Zoom
// Video Communications", "Uber Technologies", "Airbus SAS"): the same
// company. A product's or another body's name is not ("Windows Vista", "Mac
// OS X Lion", "Apple Corps", "Facebook Messenger").
func companyForm(words []string) bool {
	for _, w := range words {
		if !companyForms()[w] {
			return false
		}
	}
	return true
}

// legalName reports whether the words after a company's short name end
// with its legal form: "Goldman Sachs Group Inc", "Exxon Mobil Corp",
// "Berkshire Hathaway Inc" are Goldman, Exxon and Berkshire.
func legalName(words []string) bool {
	return len(words) > 1 && legalForms()[words[len(words)-1]]
}

// legalForms are the name keys of the words a company's legal name ends
// with.
var legalForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("inc incorporated corp corporation co company ltd limited llc plc sa sas ag gmbh nv bv spa se group groupe holding holdings asa ab oyj kk pty pte srl sarl lp") {
		m[nameKey(w)] = true
	}
	return m
})

// acronymGlossed reports whether a company's short name is an acronym
// followed, in its longer name, by the names it stands for: "PSA Peugeot
// Citroën", "LVMH Moët Hennessy" (not a product: "IBM ThinkPad", "BMW X5").
func acronymGlossed(short string, words []string) bool {
	if len(words) < 2 || len(short) < 2 || strings.ToUpper(short) != short || strings.ToLower(short) == short {
		return false
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// companyForms are the name keys of the words of companyForm.
var companyForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`inc incorporated corp corporation co company ltd limited llc plc sa sas ag gmbh nv bv spa se
		group groupe holding holdings technologies technology communications video systems computer computers industries
		international motors airlines airways entertainment networks software labs electronics telecom telecommunications
		pharmaceuticals pharma platforms asa ab oyj kk pty pte srl sarl lp foods energy mining chemicals automotive brands
		retail resources petroleum oil gas steel semiconductor semiconductors biotech therapeutics insurance financial air shipping logistics`) {
		m[nameKey(w)] = true
	}
	return m
})

// isOrgWord reports whether a single word is itself a known organisation,
// mentioned alone mid-sentence ("Facebook" in "Facebook Messenger").
func (r *registry) isOrgWord(w string) bool {
	e := r.byKey[w]
	return e != nil && e.count >= 2 && len(strings.Fields(w)) == 1
}

// entity returns the entity that the name with key k stands for: that of
// r.canon(k), found with one lookup (nil when unknown).
func (r *registry) entity(k string) *entity {
	e := r.byKey[k]
	if e != nil && e.canonical != nil {
		return e.canonical
	}
	return e
}

// kind returns the kind of the name with key k ("" when unknown).
func (r *registry) kind(k string) string {
	if e := r.entity(k); e != nil {
		return e.kind
	}
	return ""
}

// kindOf is kind(m.key), read from the entity register found for m when
// it has one: the same answer without a lookup in byKey.
func (r *registry) kindOf(m *mention) string {
	e := m.ent
	if e == nil {
		return r.kind(m.key)
	}
	if e.canonical != nil {
		e = e.canonical
	}
	return e.kind
}

// onlyInitial reports whether the set writes name k only at the start of
// sentences ("Autre mesure : …"): a capital there says nothing of a name.
func (r *registry) onlyInitial(k string) bool {
	e := r.entity(k)
	return e != nil && e.count == 0
}

// display returns the display name of key k.
func (r *registry) display(k string) string {
	if e := r.entity(k); e != nil {
		return e.name
	}
	return k
}

// weight scores an organisation by how often the set names it.
func (r *registry) weight(k string) float64 {
	if e := r.byKey[k]; e != nil {
		return math.Log2(1 + float64(e.count+len(e.forms)))
	}
	return 0
}

// person resolves a person mention (full name or surname alone) to a
// person key; candidates lists the persons named in the same article, which
// break ties between brothers who share a surname.
func (r *registry) person(key string, local map[string]int) string {
	_, last, n := fieldSpan(key)
	if r.kind(key) == KindPerson && n >= 2 {
		return key
	}
	if n == 0 || n >= 2 && (r.kind(key) == KindOrg || r.kind(key) == KindPlace) {
		return "" // (not "Santé publique France" for "Météo-France": a name of its own, not a surname)
	}
	cands := r.surnames[last]
	switch len(cands) {
	case 0:
		return ""
	case 1:
		return cands[0]
	}
	best, bestN := "", 0
	for _, c := range cands {
		if n := local[c]; n > bestN {
			best, bestN = c, n
		}
	}
	if best == "" && local != nil {
		// Several people of the set bear the name and the article names
		// none of them in full: the surname alone, not a guess.
		return key
	}
	if best == "" {
		best = cands[0]
	}
	return best
}

// addRole records that the person with key p holds role at org.
func (r *registry) addRole(role, org, p string) {
	k := role + "|" + org
	if r.roles[k] == nil {
		r.roles[k] = map[string]int{}
	}
	r.roles[k][p]++
}

// role returns the person the set names most often for role at org.
func (r *registry) role(role, org string) string {
	best, bestN := "", 0
	for p, n := range r.roles[role+"|"+org] {
		if n > bestN || n == bestN && p < best {
			best, bestN = p, n
		}
	}
	return best
}

// nameInitial reports whether token k is a person's initial: one capital
// letter with its full stop glued ("W." in "George W. Bush").
func nameInitial(toks []lexis.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Text != "." || toks[k+1].Space {
		return false
	}
	r, n := utf8.DecodeRuneInString(toks[k].Text)
	return n == len(toks[k].Text) && unicode.IsUpper(r)
}

// initialsEnd returns the token after the initials that start at token k
// when a name follows them ("J. K. Rowling" from "J": "Rowling"), k when
// none start there.
func initialsEnd(toks []lexis.Token, k int) int {
	if k > 0 && !toks[k].Space {
		return k // "S" in "U.S. Senate": a letter glued to the one before
	}
	if toks[k].Text == "M" && (k == 0 || !isNameToken(toks[k-1])) {
		return k // "M. Dupont": Monsieur, a title, not an initial
	}
	j := k
	for nameInitial(toks, j) && (j == k || toks[j].Space) {
		j += 2
	}
	if j == k || j >= len(toks) || !isNameToken(toks[j]) || !toks[j].Upper() || !toks[j].Space {
		return k
	}
	return j
}

// companyHeads are the nouns that, after a word for a trade, name a kind
// of business before its name ("Supermarket chain Brightmart", "data firm
// Fuelwatch", "Energy giant Zorgoil").
var companyHeads = lexis.SetOf("chain", "group", "firm", "giant", "company", "major", "operator", "provider", "maker", "producer",
	"developer", "startup", "start-up", "specialist", "outfit", "supplier", "distributor", "carrier", "retailer", "lender", "insurer", "airline")

// companyKinds are the words for a kind of company that news puts, with a
// capital, before the company's name at a sentence's start ("Carmaker
// Stellantis", "Retailer Walmart"), or for a company's place among others
// ("Rival Ostrander Lithium"): not part of the name.
var companyKinds = lexis.SetOf("carmaker", "automaker", "drugmaker", "chipmaker", "planemaker", "retailer", "lender", "insurer",
	"conglomerate", "manufacturer", "airline", "broadcaster", "miner", "brewer", "constructeur", "distributeur", "fabricant",
	"assureur", "rival", "competitor", "concurrent", "editeur", "publisher", "transporteur", "armateur", "equipementier", "negociant",
	"exploitant", "brasseur", "siderurgiste", "chimiste", "developpeur", "studio", "hotelier", "laboratoire", "voyagiste", "telco", "steelmaker",
	"shipbuilder", "homebuilder", "streamer", "refiner", "jeweller", "jeweler", "bottler", "consultancy", "pollster", "modeller", "modeler", "tracker")
