package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
	"github.com/claimline/claimline/model/timex"
)

// prepositions never name what a figure counts.
var prepositions = lexis.SetOf("in", "to", "from", "on", "at", "by", "for", "with", "en", "a", "au", "aux", "dans", "sur", "pour",
	"par", "avec", "vers", "the", "le", "la", "les", "this", "that", "ce", "cette", "than", "que")

// personNouns are nouns for people counted by a figure.
var personNouns = lexis.SetOf("consumers", "consommateurs", "riders", "households", "foyers", "clients", "utilisateurs", "utilisatrices", "utilisateur", "usagers", "usager", "abonnes", "abonne",
	"participants", "participantes", "spectateurs", "telespectateurs", "viewers", "listeners", "auditeurs", "students",
	"etudiants", "passagers", "passengers", "voyageurs", "travellers", "travelers", "patients", "workers", "drivers",
	"chauffeurs", "creators", "createurs", "developers", "developpeurs", "merchants", "commercants", "sellers",
	"vendeurs", "buyers", "acheteurs", "adherents", "habitants", "residents", "citizens", "citoyens",
	"membres", "comptes", "inscrits", "clients", "personnes", "internautes", "refugies", "fans", "followers", "lecteurs",
	"joueurs", "visiteurs", "salaries", "employes", "users", "user", "people", "subscribers", "members", "accounts",
	"customers", "refugees", "visitors", "readers", "players", "individuals", "signups", "sign-ups", "registrations",
	"inscriptions", "installs", "employees", "mau", "dau")

// userNouns are the nouns that count the users of a service; the other
// person nouns count users only in a passage about using one (see
// userContext): "70 millions de réfugiés d'autres plateformes" are new
// users, "54 000 personnes" employed by a carmaker are not.
// («inscrits» are a service's users only where the passage is about one:
// a university's or an electoral roll's are not, see userCues.)
var userNouns = lexis.SetOf("utilisateurs", "utilisatrices", "utilisateur", "usagers", "usager", "abonnes", "abonne", "users",
	"user", "subscribers", "subscriber", "accounts", "comptes", "internautes", "signups", "sign-ups",
	"registrations", "inscriptions", "installs", "mau", "dau", "followers")

// travelNouns count the people a place, a carrier or a show receives
// ("la plateforme a accueilli 2,45 millions de voyageurs"): passengers,
// visitors, no users of a service.
var travelNouns = lexis.SetOf("passagers", "passengers", "voyageurs", "travellers", "travelers", "visiteurs", "visitors",
	"touristes", "tourists", "spectateurs", "spectators", "festivaliers", "pelerins", "pilgrims", "nuitees")

// userCues are the words that make a passage one about the users of a
// service.
// ("accounts", «comptes» are a company's books as often: "in its 2020
// accounts", «les comptes publics»; a figure counting them is still users,
// see userNouns)
var userCues = lexis.SetOf("utilisateurs", "utilisatrices", "utilisateur", "usagers", "abonnes", "users", "user", "subscribers",
	"internautes", "signups", "registrations", "telechargements", "app", "apps", "appli",
	"downloads", "participants", "plateformes", "plateforme", "platform", "platforms", "messagerie")

// usageVerbs say that the people a figure counts use a service ("3.96
// billion people used at least one of its apps").
var usageVerbs = lexis.SetOf("used", "use", "uses", "using", "utilisent", "utilisaient", "utilise", "utilisant")

// userContext reports whether the passage speaks of the users of a service:
// it names them, or the people the figure n counts use something.
func userContext(toks []lexis.Token, n quantity.NumberExpr) bool {
	for k, t := range toks {
		if userCues[t.Fold] || lexis.InSet(t.Fold, "application", "applications") && k+1 < len(toks) && toks[k+1].Upper() {
			return true // (and «l'application Zorgo»; not «l'application de la réforme»)
		}
	}
	for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+2; k++ {
		if usageVerbs[toks[k].Fold] {
			// "3.96 billion people used at least one of its apps" (not
			// "260,000 passengers use Meridian services": the
			// passengers a transport counts, in their own word)
			noun := lexis.FoldAt(toks, n.TokEnd)
			return !personNouns[noun] || lexis.InSet(noun, "people", "personnes", "individuals", "internautes")
		}
	}
	return false
}

var downloadNouns = lexis.SetOf("telechargements", "telechargement", "downloads", "download", "installations", "installs")

var downloadVerbs = lexis.SetOf("telechargee", "telecharge", "telechargees", "telecharges", "downloaded", "installed", "installee")

var activeWords = lexis.SetOf("actifs", "actives", "actif", "active", "mensuels", "mensuel", "quotidiens", "quotidien",
	"monthly", "daily", "mau", "dau", "weekly", "hebdomadaires")

var newWords = lexis.SetOf("nouveaux", "nouvelles", "nouveau", "new", "supplementaires", "additional", "inscriptions",
	"signups", "sign-ups", "registrations", "inscrits")

// lossVerbs say that a service lost the users a figure counts: "lost 1.2
// million subscribers", «a perdu 300 000 abonnés».
var lossVerbs = lexis.SetOf("lost", "lose", "loses", "losing", "shed", "sheds", "perdu", "perd", "perdent", "perdre", "perdait")

var gainVerbs = lexis.SetOf("gagne", "gagner", "gagnant", "rejoint", "rejoindre", "rejoignent", "accueilli", "accueillir",
	"attire", "attirer", "recrute", "recruter", "conquis", "seduit", "enregistre", "ajoute", "gained", "gain", "gains",
	"joined", "join", "welcomed", "welcome", "welcomes", "attracted", "attracts", "added", "adds", "adding", "signed", "onboarded", "acquired", "afflux", "arrivee",
	"arrivees", "bond", "hausse", "surge", "influx", "jump", "record")

// Words that make a figure a rank, or active users daily or monthly.
var (
	rankCues     = lexis.SetOf("top", "no", "numero", "number", "classement", "rang")
	dailyWords   = lexis.SetOf("daily", "quotidiens", "quotidien", "quotidiennes", "dau", "jour")
	monthlyWords = lexis.SetOf("monthly", "mensuels", "mensuel", "mensuelles", "mau", "mois")
)

// metricOf decides what a figure measures from the words around it, and
// returns the noun phrase it counts ("" when the figure is not a claim).
func metricOf(toks []lexis.Token, n quantity.NumberExpr) (Metric, string) {
	if n.Unit == "s" && n.TokEnd-n.TokStart >= 3 {
		// "in 2:01:48", "in 59 minutes 58 seconds": a race's or a
		// record's time, read whole.
		return MetricOther, "time"
	}
	after := func(k int) string { return lexis.FoldAt(toks, n.TokEnd+k) }
	// The noun the figure counts: skip "de", "d'", "of", adjectives.
	noun, nounAt := "", -1
	for k := 0; k < 4; k++ {
		w := after(k)
		if lexis.InSet(w, "de", "d'", "of", "du", "des", "nouveaux", "nouvelles", "new", "additional", "supplementaires", "seule", "seul") ||
			activeWords[w] || lexis.InSet(w, "registered", "paying", "payants", "unique", "uniques", "global", "worldwide") {
			continue
		}
		if w != "" && toks[n.TokEnd+k].Kind == lexis.Word {
			noun, nounAt = w, n.TokEnd+k
			// "300 million daily meeting participants": a person noun a
			// word or two further on is what is counted.
			for k2 := k + 1; k2 <= k+2; k2++ {
				if personNouns[after(k2)] && toks[n.TokEnd+k2-1].Kind == lexis.Word && !lexis.InSet(after(k2), "inscrits", "inscrites") {
					// (not "21 640 candidats inscrits": registered candidates)
					noun, nounAt = after(k2), n.TokEnd+k2
					break
				}
			}
		}
		break
	}
	window := func(from, to int, set map[string]bool) bool {
		for k := max(0, from); k < min(len(toks), to); k++ {
			if set[toks[k].Fold] {
				return true
			}
		}
		return false
	}
	if !n.Ordinal && numberSign(toks, n.TokStart) {
		// "the No. 1 music seller", "la tête de série n°6": a place.
		return MetricRank, "place"
	}
	if n.Ordinal {
		if w := rankOutOf(toks, n.TokEnd); w != "" {
			return MetricRank, w // "ranking 14th out of 21 European countries", «17e sur 27 pays»
		}
		if n.From > 0 || quantity.RankNouns[after(0)] || window(n.TokEnd, n.TokEnd+3, quantity.RankNouns) || window(n.TokStart-3, n.TokStart, rankCues) ||
			superlativeAfter(toks, n.TokEnd) || quantity.GluedSuperlative(toks[n.TokEnd-1].Fold) || scopedRank(toks, n.TokEnd) || copulaRank(toks, n) || finishedRank(toks, n) {
			if window(n.TokEnd, n.TokEnd+4, downloadNouns) {
				return MetricRank, "in downloads"
			}
			if g := toks[n.TokEnd-1].Fold; quantity.GluedSuperlative(g) {
				// "the country's third-largest egg producer": the
				// superlative, then what it ranks.
				_, sup, _ := strings.Cut(toks[n.TokEnd-1].Text, "-")
				if w := rankedAs(toks, n.TokEnd); w != "" {
					return MetricRank, sup + " " + w
				}
				return MetricRank, sup
			}
			if w := rankedAs(toks, n.TokEnd); w != "" {
				return MetricRank, w // "the fifth largest carmaker", "le cinquième distributeur de meubles"
			}
			return MetricRank, "place"
		}
		return "", ""
	}
	if lexis.InSet(noun, "fois", "times") && window(n.TokStart-6, n.TokEnd+4, downloadVerbs) {
		return MetricDownloads, "downloads"
	}
	if lexis.InSet(noun, "fois", "times", "x") || lexis.InSet(after(0), "fois", "times") {
		return "", "" // a multiplier, not a figure
	}
	if _, ok := delayAfter(toks, n); ok {
		return MetricOther, toks[n.TokEnd].Text // "18 months behind schedule", "18 mois de retard": a delay
	}
	if _, ok := prisonTermAfter(toks, n); ok {
		return MetricOther, toks[n.TokEnd].Text // "deux ans de prison", "10 years in prison": a prison term
	}
	if _, ok := lastingFor(toks, n); ok {
		return MetricOther, toks[n.TokEnd].Text // "lasted four hours", "retardé de quinze minutes": how long
	}
	if _, ok := measuredTime(toks, n); ok {
		return MetricOther, toks[n.TokEnd].Text // "a median of 22.4 months", «l'âge moyen … 31,2 ans»: what a length of time measures
	}
	if lexis.InSet(noun, "ans", "an", "annees", "years", "year", "mois", "jours", "semaines", "heures", "minutes", "months", "weeks", "days", "hours", "ago", "old") &&
		!(n.Unit == "%" && lexis.InSet(noun, "year", "an", "annee")) && !(noun == "an" && n.Unit != "" && n.Unit != "%" && n.TokEnd+1 < len(toks) && !quantity.TimeUnitNoun(toks[n.TokEnd+1])) {
		return "", "" // an age or a duration (not "up 11% year on year", "+3 % sur un an", nor "$31 an ounce", English's article)
	}
	if n.Unit != "" && n.Unit != "%" {
		noun = "" // "8 milliards de dollars des clients": an amount, not a count of them
	}
	if forecastOf(toks, n) {
		return MetricOther, toks[n.TokStart-2].Text // "beating analysts' forecasts of 6 million": what was expected, not a gain
	}
	if noun != "" && (downloadNouns[noun] || window(n.TokEnd, n.TokEnd+5, downloadNouns) && !personNouns[noun]) {
		return MetricDownloads, "downloads"
	}
	// (a share of people, "0.3% of vaccinated participants", is no count
	// of a service's users)
	// (nor a share of users, "41% of new sign-ups chose the cheaper plan",
	// nor users lost, "it lost 1.2 million subscribers": no count of those
	// a service has or gained)
	shareOf := n.Unit == "%" && lexis.InSet(after(0), "of", "des", "de", "d'", "du")
	lost := window(n.TokStart-3, n.TokStart, lossVerbs) && (n.Scaled || n.Value >= 1000) // (a small count, read below as a count of those lost)
	users := (n.Unit == "" || n.Unit == "%" && userNouns[noun] && !shareOf) && !lost && !travelNouns[noun] && (userNouns[noun] || (personNouns[noun] || (noun == "" || noun == "par") && n.Scaled) && userContext(toks, n))
	if users {
		perMonth := phraseWithin(toks, n.TokEnd, n.TokEnd+12, [][]string{{"every", "month"}, {"each", "month"}, {"a", "month"},
			{"per", "month"}, {"chaque", "mois"}, {"par", "mois"}, {"tous", "les", "mois"}})
		if perMonth {
			return MetricActiveUsers, "monthly active users"
		}
		if window(n.TokEnd, n.TokEnd+6, activeWords) || window(n.TokStart-3, n.TokStart, activeWords) {
			switch {
			case window(n.TokEnd, n.TokEnd+6, dailyWords):
				return MetricActiveUsers, "daily active users"
			case window(n.TokEnd, n.TokEnd+6, monthlyWords):
				return MetricActiveUsers, "monthly active users"
			}
			return MetricActiveUsers, "active users"
		}
		if window(n.TokStart-2, n.TokEnd+3, newWords) || window(n.TokStart-12, n.TokStart, gainVerbs) ||
			window(n.TokEnd, n.TokEnd+8, gainVerbs) || newWords[noun] {
			return MetricNewUsers, "new users"
		}
		if personNouns[noun] {
			return MetricActiveUsers, "users"
		}
	}
	if nounAt == n.TokEnd && n.Unit == "" && measureUnits[noun] != "" && noun != "in" && noun != "m" && toks[nounAt].Space {
		return MetricOther, nounPhrase(toks, nounAt) // «a atteint 449 TWh», «84,2 GW»: a quantity in its unit, whatever its size ("110,000 tonnes of lithium": and what it weighs)
	}
	if n.Unit != "" || n.Scaled || n.Value >= 1000 && !n.Year {
		if nounAt >= 0 && n.Unit == "" {
			return MetricOther, nounPhrase(toks, nounAt)
		}
		if n.Unit != "" {
			return MetricOther, n.Unit
		}
	}
	if w := bareCountOf(toks, n); w != "" {
		return MetricOther, w
	}
	return "", ""
}

// rankOutOf returns the words "out of N …", "of N …", «sur N …» that
// follow an ordinal at token k, to the noun of what N counts ("14th out of
// 21 European countries"), "" when no such whole follows it.
func rankOutOf(toks []lexis.Token, k int) string {
	from := k
	outOf := k+1 < len(toks) && toks[k].Fold == "out" && toks[k+1].Fold == "of"
	if outOf {
		k++
	}
	if k+1 >= len(toks) || k < 1 || !lexis.InSet(toks[k].Fold, "of", "sur") || toks[k+1].Kind != lexis.Number ||
		!outOf && !strings.ContainsAny(toks[from-1].Text, "0123456789") {
		return "" // (not "the first of 40 million euros": an ordinal in words, a part of a sum)
	}
	if k+2 < len(toks) && (quantity.CurrencyPrefix(toks, k+2) || lexis.InSet(toks[k+2].Fold, "million", "millions", "billion", "milliard", "milliards", "%", "euros", "dollars")) {
		return ""
	}
	words := func(a, b int) string {
		var sb strings.Builder
		for j := a; j < b; j++ {
			if j > a && toks[j].Space {
				sb.WriteByte(' ')
			}
			sb.WriteString(toks[j].Text)
		}
		return sb.String()
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if toks[j].Kind != lexis.Word {
			break
		}
		if !toks[j].Upper() && strings.HasSuffix(toks[j].Fold, "s") || lexis.InSet(toks[j].Fold, "pays", "clubs", "equipes") {
			return words(from, j+1) // "out of 21 European countries"
		}
	}
	return words(from, k+2) // "out of 21"
}

// bareCountOf returns what a small bare count with no noun of its own
// counts when its words say: the base of a count told just before ("will
// hold 29 of the 100 seats, up from 19": seats), or the whole an aggregate
// noun names ("taking its fleet to 142": the fleet); "" otherwise. (Not
// «contre 340 en 2019», whose noun may be further back than a clause.)
func bareCountOf(toks []lexis.Token, n quantity.NumberExpr) string {
	if n.Unit != "" || n.Ordinal || n.Year || n.Value < 2 || n.TokEnd < len(toks) && toks[n.TokEnd].Kind == lexis.Word && !lexis.InSet(toks[n.TokEnd].Fold, "a", "in", "en", "last", "this", "the") {
		return ""
	}
	k := n.TokStart - 1
	if k >= 1 && toks[k].Fold == "from" && lexis.InSet(toks[k-1].Fold, "up", "down", "rising", "falling") {
		// the count before it and the noun it counts, in the same clause
		for j := k - 1; j >= 1 && k-j <= 12; j-- {
			if toks[j].Text == "." || toks[j].Text == ";" {
				break
			}
			if toks[j].Kind == lexis.Number && j+1 < k {
				m := j + 1
				for m < k && lexis.InSet(toks[m].Fold, "of", "de", "d'", "the", "les", "des") || m < k && toks[m].Kind == lexis.Number {
					m++ // "29 of the 100 seats"
				}
				if m < k && toks[m].Kind == lexis.Word && !toks[m].Upper() && strings.HasSuffix(toks[m].Fold, "s") {
					return toks[m].Text
				}
				return ""
			}
		}
		return ""
	}
	if k >= 2 && lexis.InSet(toks[k].Fold, "to", "a") && aggregateNouns[toks[k-1].Fold] && lexis.InSet(toks[k-2].Fold, "its", "their", "the", "son", "sa", "ses", "leur") {
		return toks[k-1].Text // "taking its fleet to 142"
	}
	return ""
}

// determiners start the noun phrase a figure is about.
var determiners = lexis.SetOf("son", "sa", "ses", "leur", "leurs", "le", "la", "les", "l'", "its", "their", "the", "his", "her")

// auxiliaries and verbs between a noun phrase and its figure.
var figureVerbs = lexis.SetOf("a", "ont", "est", "sont", "etait", "atteint", "s'eleve", "eleve", "totalise", "represente",
	"has", "have", "had", "was", "were", "is", "are", "reached", "rose", "fell", "grew", "totalled", "totaled", "hit",
	"gagne", "perdu", "pris", "cede", "gained", "lost", "added", "shed", "ajoute",
	"climbed", "dropped", "jumped", "stood", "came", "amounted", "passe", "grimpe", "chute", "recule", "progresse")

// clauseStarts end the search for the noun phrase before a figure.
var clauseStarts = lexis.SetOf(",", ";", ":", "(", "«", "“", "\"", "as", "and", "but", "while", "that", "which", "when",
	"alors", "tandis", "et", "mais", "que", "qui", "dont", "car", "comme", "lorsque", "quand", "selon", "according")

// whatBefore returns the noun phrase a figure at token i measures when it
// stands before the verb: "Son chiffre d'affaires a atteint 25 milliards" →
// "chiffre d'affaires"; "as trips on its platform rose 22%" → "trips on its
// platform"; "analysts' estimates of $9.33 billion" → "analysts' estimates".
func whatBefore(text string, toks []lexis.Token, i int) string {
	v := i - 1
	for v >= 0 && v >= i-4 && (figureVerbs[toks[v].Fold] || lexis.InSet(toks[v].Text, "$", "€", "£") || quantity.CurrencyPrefix(toks, v) || riseWords[toks[v].Fold] || fallWords[toks[v].Fold] || lexis.InSet(toks[v].Fold, "to", "at", "a", "by", "de", "of", "d'", "about", "some", "around", "environ", "pres", "plus", "more", "than", "over", "just", "nearly", "almost", "as", "many", "much", "up", "least", "roughly", "quelque",
		"pas", "ne", "n'", "not", "never", "jamais", "depasse", "depassait", "exceeds", "exceeded", "passe", "franchi", "franchit")) {
		v--
	}
	// "le nombre d'emplois créés depuis 2017 ne dépasse pas": a date
	// between the noun phrase and its verb is not part of it.
	for v > 0 && v < i-1 && (toks[v].Kind == lexis.Number && len(toks[v].Text) == 4 || lexis.InSet(toks[v].Fold, "depuis", "since", "en", "in")) {
		v--
	}
	if v >= 0 && toks[v].Text == "," {
		// "le taux de chômage a reculé de 0,2 point au troisième trimestre,
		// à 7,4 %": the figure completes the clause's verb.
		for k := v - 1; k >= max(0, v-12); k-- {
			if figureVerbs[toks[k].Fold] || riseWords[toks[k].Fold] || fallWords[toks[k].Fold] {
				return whatBefore(text, toks, k+1)
			}
		}
		return ""
	}
	if v == i-1 && !lexis.InSet(lexis.FoldAt(toks, v), "of", "de", "d'") || v < 0 {
		return ""
	}
	if lexis.InSet(toks[v].Text, "'s", "’s") {
		return "" // "the Air Force's $40 billion tanker contract": the owner, and what follows
	}
	if lexis.InSet(toks[v].Fold, "percent", "pourcent", "cent", "points", "point", "%") {
		return "" // "added 1.4 percent to 6,012.3": the unit of the figure before, nothing it counts
	}
	if determiners[toks[v].Fold] || lexis.InSet(toks[v].Fold, "a", "an", "un", "une", "des") && toks[v].Text != "à" {
		return "" // "a annoncé lundi une baisse de 5 %": the article of the change, no noun before it
	}
	start := v
	for start > 0 && v-start < 6 && !clauseStarts[toks[start-1].Fold] && toks[start-1].Kind != lexis.Number && !toks[start-1].Is(timex.WeekdayName) {
		start-- // (not past a day: "said on Wednesday the government's offer would cost")
	}
	// "slightly below analysts' estimates": the noun phrase starts after a
	// comparison word, and never with an adverb or a determiner.
	for k := start; k < v; k++ {
		if lexis.InSet(toks[k].Fold, "below", "above", "under", "over", "than", "beyond", "sous", "au-dessus", "au-dela", "contre", "versus", "vs") {
			start = k + 1
		}
	}
	// "bringing its losses": the noun phrase follows a gerund.
	for k := start; k < v; k++ {
		if strings.HasSuffix(toks[k].Fold, "ing") || strings.HasSuffix(toks[k].Fold, "ant") && len(toks[k].Fold) > 5 {
			start = k + 1
		}
	}
	for start <= v && (determiners[toks[start].Fold] || lexis.InSet(toks[start].Fold, "a", "an", "un", "une", "des") ||
		(strings.HasSuffix(toks[start].Fold, "ly") || strings.HasSuffix(toks[start].Fold, "ment")) && !adverbIsNoun(toks, start)) {
		start++
	}
	for k := start + 1; k < v; k++ {
		if lexis.InSet(toks[k].Fold, "for", "pour") {
			v = k - 1 // "its support fund for the area": the fund, whatever it is for
			break
		}
	}
	if start > v || toks[v].Kind != lexis.Word || prepositions[toks[v].Fold] || lexis.InSet(toks[v].Fold, "for", "pour", "of", "de") {
		return ""
	}
	return text[toks[start].Start:toks[v].End]
}

// adverbIsNoun reports whether the word at k, with an adverb's ending, is a
// noun: after an article or a possessive («le gouvernement», "the
// government's offer"), or one the English lexicon knows as a noun only
// ("government", "payment").
func adverbIsNoun(toks []lexis.Token, k int) bool {
	if k > 0 && (determiners[toks[k-1].Fold] || lexis.InSet(toks[k-1].Fold, "a", "an", "un", "une", "des", "du", "de", "d'", "l'")) {
		return true
	}
	c, ok := syntax.LexiconFor("en").Classes(toks[k].Fold)
	return ok && strings.HasPrefix(c, "NN") && !strings.Contains(c, "RB")
}

// riseWords and fallWords say which way a share moved.
var (
	riseWords = lexis.SetOf("rose", "rise", "rises", "risen", "grew", "grow", "grows", "grown", "up", "increased", "jumped", "climbed",
		"gained", "gagne", "gagnant", "hausse", "augmente", "augmentation", "progresse", "progression", "bondi", "grimpe", "croissance",
		"added", "adds", "advanced", "rallied", "surged", "soared", "jumps", "climbs", "gains", "ajoute", "ajoutant", "bondit", "avance",
		"strengthened", "firmed", "appreciated", "apprecie")
	// raiseWords raise something by the figure after "by", «de»: "which it
	// raised by 5%", «relevé de 5 %» (not "raised 10% of its capital").
	raiseWords = lexis.SetOf("raised", "raises", "raise", "raising", "hiked", "releve", "relevee", "releves", "relevees", "relevait", "relever",
		"rehausse", "rehaussee", "rehausses", "rehaussees", "majore", "majoree", "majores", "majorees")
	// lowerWords lower something by the figure after "by", «de»: «a
	// abaissé son taux de 25 points de base».
	lowerWords = lexis.SetOf("lowered", "lowers", "lowering", "reduced", "reduces", "reducing", "abaisse", "abaissee", "abaisses", "abaissees", "abaissait", "abaisser", "reduit", "reduite", "reduits", "reduites")
	fallWords  = lexis.SetOf("fell", "fall", "falls", "fallen", "dropped", "drop", "declined", "down", "lost", "shrank", "perdu", "cut", "cuts", "shed", "slashed",
		"baisse", "recul", "recule", "chute", "diminue", "diminution", "cede", "cedant", "cedait", "cedaient", "cedent", "ceda", "perdant", "repli", "replie", "replient",
		"slid", "sliding", "slipped", "tumbled", "plunged", "plummeted", "sank", "slumped", "retreated", "falls", "drops", "loses", "lose", "losing",
		"weakened", "weakens", "depreciated", "deprecie")
)

// levelAfterFrom reports whether the figure at token i, after «de»,
// "from", is the level a change starts at, the level it reaches told
// after it: «a abaissé son taux de 4,5 % à 4,25 %».
func levelAfterFrom(toks []lexis.Token, i int) bool {
	if i < 1 || !lexis.InSet(toks[i-1].Fold, "de", "d'", "from") {
		return false // ("by 25 basis points to 3.85%": the change, then the level)
	}
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].Kind != lexis.Punct; k++ {
		if lexis.InSet(toks[k].Text, "à", "to") {
			return lexis.FoldAt(toks, k+1) != "" && toks[k+1].Kind == lexis.Number
		}
		if toks[k].Kind == lexis.Word && !lexis.InSet(toks[k].Fold, "%", "percent", "pour", "cent", "point", "points", "de", "base", "basis") {
			return false
		}
	}
	return false
}

// atLevel reports whether the figure at token i is the level a thing is
// at, told by a word for a level and "of" before it: "a record low of
// 1.5%", «un plus bas historique de 0,25 %».
func atLevel(toks []lexis.Token, i int) bool {
	return i >= 2 && lexis.InSet(toks[i-1].Fold, "of", "de", "d'") && levelWords[toks[i-2].Fold] && toks[i-2].Fold != "plus" // (not «augmenté de plus de 10 %»)
}

// possessedLevel reports whether the percentage at token i qualifies the
// noun after it, after a possessive or "the": "will cut its 3.6% cash
// rate" tells the rate's level, not a change (unlike "its 3% rise").
func possessedLevel(toks []lexis.Token, i int) bool {
	k := i + 1
	for k+1 < len(toks) && lexis.InSet(toks[k].Text, ".", ",") && toks[k+1].Kind == lexis.Number && !toks[k].Space && !toks[k+1].Space {
		k += 2 // (past the decimals: "its 3.6% cash rate")
	}
	return i >= 1 && lexis.InSet(toks[i-1].Fold, "its", "their", "his", "her", "the") && k+1 < len(toks) && lexis.InSet(toks[k].Text, "%", "percent") &&
		toks[k+1].Kind == lexis.Word && !toks[k+1].Upper() && !riseWords[toks[k+1].Fold] && !fallWords[toks[k+1].Fold] &&
		!lexis.InSet(toks[k+1].Fold, "rise", "increase", "gain", "jump", "surge", "growth", "fall", "drop", "decline", "decrease", "loss", "slump", "cut", "hike",
			"reduction", "of", "stake", "share", "lower", "higher", "less", "more", "fewer", "annual", "year-on-year", "year-over-year")
}

// direction returns "+" or "−" when the words just before a percentage say
// it is a rise or a fall ("ont augmenté de 46 %", "sales slumped 12%"), or
// the words right after it do ("15,2 % de moins", "12% lower"); ""
// otherwise.
func direction(toks []lexis.Token, i int) string {
	if i >= 2 && lexis.InSet(toks[i-1].Fold, "to", "a") && toks[i-1].Text != "a" ||
		i >= 3 && lexis.InSet(toks[i-1].Fold, "between", "entre") && lexis.InSet(toks[i-2].Fold, "to", "a") && toks[i-2].Text != "a" {
		return "" // "fell to 5.0%", "a reculé … à 7,4 %", "has fallen to between 0.2% and 0.3%": the level reached, not the change
	}
	if atLevel(toks, i) || i >= 1 && lexis.InSet(toks[i-1].Fold, "currently", "actuellement") {
		// "cut its key rate to a record low of 1.5%", «à un plus bas
		// historique de 0,25 %», "its main rate, currently 4.75%": the
		// level reached or held
		return ""
	}
	if possessedLevel(toks, i) {
		return "" // "will cut its 3.6% cash rate": the level the noun after it is at, not the change
	}
	if i >= 2 && toks[i-1].Fold == "from" {
		return "" // "4%, up from 3.5%", "fell from 93% in 2015 to 61%": the level before
	}
	if i >= 4 && toks[i-1].Fold == "of" && lexis.InSet(toks[i-2].Fold, "average") && lexis.InSet(toks[i-3].Fold, "an", "a") && toks[i-4].Fold == "by" {
		i -= 3 // "raised prices by an average of 8%": by that much
	}
	if i >= 2 && toks[i-1].Fold == "de" && strings.HasPrefix(toks[i-2].Fold, "superieur") {
		return "+" // «une hauteur de neige supérieure de 35 % à la normale»
	}
	if i >= 2 && toks[i-1].Fold == "de" && strings.HasPrefix(toks[i-2].Fold, "inferieur") {
		return "−" // «des prix inférieurs de 4 % à ceux de l'an dernier»
	}
	if i >= 2 && lexis.InSet(toks[i-1].Fold, "by", "de", "d'") && !levelAfterFrom(toks, i) {
		for k := i - 2; k >= 0 && k >= i-6 && toks[k].Kind == lexis.Word; k-- {
			if raiseWords[toks[k].Fold] {
				return "+" // "raised its dividend by 5%", «a relevé ses prix de 3 %»
			}
			if lowerWords[toks[k].Fold] {
				return "−" // "lowered its key rate by 25 basis points", «a abaissé mardi son taux directeur de 25 points de base»
			}
		}
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		if lexis.InSet(toks[k].Fold, "that", "que", "qu'", "saying", "disant") {
			break // "put turnout far lower, saying that 38% of teachers were absent": a clause of its own, whose figure is a level
		}
		if lexis.InSet(toks[k].Fold, "avec", "with") {
			return "" // «donnait M. Ménard gagnant avec au moins 52 %», "winning with 52%": a share, no change
		}
		switch f := toks[k].Fold; {
		case f == "up" && k > 0 && lexis.InSet(toks[k-1].Fold, "made", "make", "makes", "making", "took", "take", "takes", "taking"):
			return "" // "Gold made up 27% of the reserves": a share, no rise
		case f == "cru" && k > 0 && lexis.InSet(toks[k-1].Fold, "a", "ont", "avait", "avaient", "aura") && toks[k-1].Text != "à":
			return "+" // «a crû de 3,2 %» (not «un grand cru»)
		case lexis.InSet(f, "avance", "avancent", "avancait", "avancant") && lexis.InSet(lexis.FoldAt(toks, k+1), "un", "une", "le", "la", "les", "des", "l'", "pour", "quant"):
			return "" // «la direction avance un taux de 78 %»: puts forward a figure, no rise
		case riseWords[f] || hasStem(f, riseStems):
			return "+"
		case f == "retrait" && k > 0 && toks[k-1].Fold == "en":
			return "−" // «en retrait de 4 %»: down
		case fallWords[f] || hasStem(f, fallStems) && !notFallWords[f]:
			return "−"
		case lexis.EnglishPast(f):
			k = -1 // "the referendum on shrinking parliament passed with 69.6%": another verb's figure, no change
		}
	}
	k := i + 1
	for k+1 < len(toks) && lexis.InSet(toks[k].Text, ".", ",") && toks[k+1].Kind == lexis.Number && !toks[k].Space && !toks[k+1].Space {
		k += 2 // "a 0.4% decline": past the decimals
	}
	points := false
	for end := k + 3; k < len(toks) && k <= end && lexis.InSet(toks[k].Fold, "%", "percent", "pour", "cent", "pourcent", "point", "points"); k++ {
		points = points || lexis.InSet(toks[k].Fold, "point", "points") // (and «3 points de moins qu'en février»)
	}
	switch {
	case points && lexis.InSet(lexis.FoldAt(toks, k), "ahead", "above", "behind", "below"):
		return "" // "14 points behind the champions": a gap in a table, no change
	case lexis.FoldAt(toks, k) == "ahead" && lexis.FoldAt(toks, k+1) == "of", lexis.FoldAt(toks, k) == "above" && i >= 1 && !lexis.InSet(toks[i-1].Fold, "at", "to"):
		return "+" // "running 5% ahead of last year"
	case lexis.FoldAt(toks, k) == "behind", lexis.FoldAt(toks, k) == "below" && i >= 1 && !lexis.InSet(toks[i-1].Fold, "at", "to"):
		return "−" // "3% below 2024"
	case lexis.FoldAt(toks, k) == "de" && lexis.FoldAt(toks, k+1) == "moins", lexis.InSet(lexis.FoldAt(toks, k), "lower", "less", "fewer"):
		return "−"
	case lexis.FoldAt(toks, k) == "de" && lexis.FoldAt(toks, k+1) == "plus", lexis.FoldAt(toks, k) == "higher", lexis.FoldAt(toks, k) == "more" && lexis.FoldAt(toks, k+1) == "than":
		return "+"
	case lexis.InSet(lexis.FoldAt(toks, k), "rise", "increase", "gain", "jump", "surge", "growth") && i >= 1 && lexis.InSet(toks[i-1].Fold, "a", "an"):
		return "+" // "reported a 38% rise in profit"
	case lexis.InSet(lexis.FoldAt(toks, k), "fall", "drop", "decline", "decrease", "loss", "slump", "cut") && i >= 1 && lexis.InSet(toks[i-1].Fold, "a", "an"):
		return "−" // "a 23% drop in diagnoses"
	}
	return ""
}

// amountChange returns "+" or "−" when a figure other than a percentage
// is the amount by which a verb of rising or falling before it says
// something changed ("fell by 114 tonnes", "cut its holdings by 600
// million euros", «a reculé de 180 mètres»); "" otherwise.
func amountChange(toks []lexis.Token, n quantity.NumberExpr) string {
	if strings.HasSuffix(n.Unit, "%") || strings.Contains(n.Unit, "point") {
		return ""
	}
	k := n.TokStart - 1
	for k > 0 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Text, "$", "€", "£") || quantity.CurrencyPrefix(toks, k)) {
		k-- // "by about 600 million", «de près de 180 mètres», "by $5 billion", "by C$2 billion"
	}
	if k >= 1 && toks[k].Kind == lexis.Word && k < n.TokStart && levelAfter(toks, n.TokEnd) {
		// "Initial claims dropped 7,000 to 218,000", "rose 9,841 to
		// 242,563": the move right after its verb, then the level.
		switch f := toks[k].Fold; {
		case riseWords[f] || hasStem(f, riseStems):
			return "+"
		case fallWords[f] || hasStem(f, fallStems) && !notFallWords[f]:
			return "−"
		}
	}
	if k < 1 || !lexis.InSet(toks[k].Fold, "by", "de", "d'") || toks[k].Text == "De" {
		return ""
	}
	reach := 6 // "cut its property holdings by"
	if toks[k].Fold != "by" {
		reach = 1 // «a reculé de 180 mètres», not «avance pour sa part le chiffre de 185 000»
	}
	for j := k - 1; j >= 0 && k-j <= reach; j-- {
		f := toks[j].Fold
		switch {
		case toks[j].Kind == lexis.Punct || toks[j].Kind == lexis.Number:
			return ""
		case riseWords[f] || raiseWords[f] || hasStem(f, riseStems):
			return "+"
		case fallWords[f] || hasStem(f, fallStems) && !notFallWords[f]:
			return "−"
		}
	}
	return ""
}

// stockVerbs gain or lose members of a count a subject holds: "lost
// 40,000 visitors", «a gagné 12 000 habitants»; stockNouns are the
// counts a subject holds, whose gain or loss is a change, not its level.
var (
	stockGainVerbs = lexis.SetOf("gained", "gains", "gain", "gagne", "gagné", "gagnait", "gagnent", "gagnera", "added", "adds", "adding")
	stockLossVerbs = lexis.SetOf("lost", "loses", "lose", "losing", "perdu", "perd", "perdait", "perdent", "perdra")
	stockNouns     = lexis.SetOf("visitors", "visiteurs", "customers", "clients", "subscribers", "abonnes", "members", "membres", "adherents",
		"passengers", "passagers", "voyageurs", "residents", "inhabitants", "habitants", "readers", "lecteurs", "viewers",
		"telespectateurs", "spectateurs", "spectators", "students", "eleves", "etudiants", "pupils", "seats", "sieges", "followers", "users", "utilisateurs")
)

// stockChange is the sign of a count's change a verb of stockGainVerbs
// or stockLossVerbs tells right before it, of a noun of stockNouns: "The
// fair lost nearly 40,000 visitors", «Le salon a perdu près de 40 000
// visiteurs»; "" when there is none.
func stockChange(toks []lexis.Token, n quantity.NumberExpr) string {
	e := n.TokEnd
	for e < len(toks) && e < n.TokEnd+2 && toks[e].Kind == lexis.Word && !toks[e].Upper() && !stockNouns[toks[e].Fold] && e+1 < len(toks) &&
		(stockNouns[toks[e+1].Fold] || e+2 < len(toks) && e == n.TokEnd && stockNouns[toks[e+2].Fold] && toks[e+1].Kind == lexis.Word) &&
		!prepositions[toks[e].Fold] && !lexis.InSet(toks[e].Fold, "and", "et", "of", "de", "des", "d'", "more", "plus", "fewer", "moins") {
		e++ // "lost 340,000 mobile subscribers", "added 48,000 fixed-line customers"
	}
	jobs := e < len(toks) && jobNouns[toks[e].Fold] // «a perdu 4 200 emplois»: a loss of jobs only (gains are jobs created)
	if n.Unit != "" || e >= len(toks) || !stockNouns[toks[e].Fold] && !jobs {
		return ""
	}
	k := n.TokStart - 1
	for k > 0 && n.TokStart-k <= 3 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Fold, "de", "d'")) {
		k--
	}
	switch {
	case k < 0:
		return ""
	case stockGainVerbs[toks[k].Fold] && !jobs:
		return "+"
	case stockLossVerbs[toks[k].Fold]:
		return "−"
	}
	return ""
}

// levelAfter reports whether the level a move reached follows token k,
// past a noun: "to 218,000", "to a seasonally adjusted 218,000", "jobs to
// 1.2 million".
func levelAfter(toks []lexis.Token, k int) bool {
	if k < len(toks) && toks[k].Kind == lexis.Word && toks[k].Fold != "to" {
		k++ // "rose 40 tonnes to"
	}
	if k >= len(toks) || toks[k].Fold != "to" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Kind == lexis.Number {
			return true
		}
		if toks[j].Kind == lexis.Punct && !lexis.InSet(toks[j].Text, "$", "€", "£") {
			return false
		}
	}
	return false
}

// saysChange reports whether a measure already names a rise or a fall
// ("people fell", "perte", "fell (points)").
func saysChange(measure string) bool {
	for _, w := range strings.Fields(lexis.Fold(measure)) {
		w = strings.Trim(w, "()")
		if riseWords[w] || fallWords[w] || hasStem(w, riseStems) || hasStem(w, fallStems) && !notFallWords[w] || lexis.InSet(w, "perte", "loss", "change", "variation", "rise", "fall") {
			return true
		}
	}
	return false
}

// riseStems and fallStems begin the regular forms of the verbs and nouns
// of rising and falling in both languages ("augmenté", "augmentent",
// "increases", "reculer", "baissé", "decreasing"); riseWords and fallWords
// hold the irregular and short forms.
var (
	riseStems = []string{"augment", "hauss", "progress", "bondi", "grimp", "croiss", "accru", "accroi", "envol", "increas", "jump",
		"climb", "gain", "soar", "surg", "rebound", "rebond", "gagn"}
	fallStems = []string{"recul", "baiss", "chut", "diminu", "decroi", "plong", "effondr", "declin", "decreas", "drop", "slump", "tumbl", "perdai", "perdi", "perden",
		"plung", "shrink", "reduc", "redui", "slip", "slid", "dip", "sink", "sank", "fell", "fall", "lower", "eased", "ease", "recede",
		"contracte", "shrunk"}
	// (the stems' words that do not tell a fall: "slippers", "diploma")
	notFallWords = lexis.SetOf("slippers", "diploma", "diplomat", "diplomats", "diplomatic", "lowers", "fallout")
)

// hasStem reports whether word begins with one of stems.
func hasStem(word string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(word, s) {
			return true
		}
	}
	return false
}

// noNounAfter reports whether a figure is followed by no noun of its own
// ("up from 200 million earlier this month", "contre 200 millions").
func noNounAfter(toks []lexis.Token, n quantity.NumberExpr) bool {
	w := lexis.FoldAt(toks, n.TokEnd)
	if w == "" || toks[n.TokEnd].Kind == lexis.Punct || toks[n.TokEnd].Text == "dès" {
		return true // (and «8,1 % dès le quatrième trimestre»: when)
	}
	return lexis.InSet(w, "d'ici", "by", "fin", "earlier", "last", "a", "in", "en", "au", "the", "this", "that", "un", "une", "il", "y", "plus", "more",
		"before", "avant", "auparavant", "previously", "precedemment", "ago", "et", "and", "contre", "versus", "vs",
		"l'", "le", "la", "ce", "cette", "lors", "on", "at", "during", "one", "an", "sur", "over", "depuis", "since", "par", "compared") // («contre 661 l'année précédente»: a date)
}

// lowerInitial lowers the first letter of what when it is a common noun
// that starts its sentence ("Revenue grew 14%" → "revenue"), not a name's
// ("Mac OS X Lion will cost").
func lowerInitial(what string, toks []lexis.Token, text string) string {
	if what == "" || len(toks) == 0 || !strings.HasPrefix(text[toks[0].Start:], what) {
		return what
	}
	words := strings.Fields(what)
	w := words[0]
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return what // "Zorgon's board approved": a name's possessive
	}
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return what // "WhatsApp", "iPhone"
		}
	}
	if len(words) > 1 {
		if r, _ := utf8.DecodeRuneInString(words[1]); unicode.IsUpper(r) {
			return what // "Mac OS X Lion will cost", "Windows Vista": a name of several words
		}
	}
	r, n := utf8.DecodeRuneInString(what)
	return string(unicode.ToLower(r)) + what[n:]
}

// phraseWithin reports whether one of the phrases starts in toks[from:to].
func phraseWithin(toks []lexis.Token, from, to int, phrases [][]string) bool {
	for k := max(0, from); k < min(len(toks), to); k++ {
		for _, p := range phrases {
			if lexis.MatchWords(toks, k, p...) {
				return true
			}
		}
	}
	return false
}

// nounPhrase returns the noun at k with its complement: "demandeurs
// d'emploi", "barrels of oil", "tonnes de CO2".
func nounPhrase(toks []lexis.Token, k int) string {
	out := toks[k].Text
	if lexis.InSet(lexis.FoldAt(toks, k+1), "de", "d'", "of") && k+2 < len(toks) && toks[k+2].Kind == lexis.Word && !prepositions[toks[k+2].Fold] &&
		!lexis.InSet(toks[k+2].Fold, "ici", "here") && !toks[k+2].Is(timex.MonthName|timex.WeekdayName|quantity.TimeUnit) {
		// (not "agences d'ici la fin de l'année", "emplois d'ici 2026")
		sep := " "
		if lexis.InSet(toks[k+2].Fold, "l'", "la", "le", "les", "the") {
			// "sièges de l'assemblée": the complement with its article
			if k+3 < len(toks) && toks[k+3].Kind == lexis.Word && !prepositions[toks[k+3].Fold] {
				glue := " "
				if strings.HasSuffix(toks[k+2].Text, "'") || strings.HasSuffix(toks[k+2].Text, "’") {
					glue = ""
				}
				return out + " " + toks[k+1].Text + " " + toks[k+2].Text + glue + toks[k+3].Text
			}
			return out
		}
		if strings.HasSuffix(toks[k+1].Text, "'") || strings.HasSuffix(toks[k+1].Text, "’") {
			out += " " + toks[k+1].Text + toks[k+2].Text
			return out
		}
		out += sep + toks[k+1].Text + " " + toks[k+2].Text
	}
	return out
}

// numberSign reports whether the number at token k follows a sign that makes
// it a place: "No. 1", "n°6", "numéro 2".
func numberSign(toks []lexis.Token, k int) bool {
	j := k - 1
	if j >= 0 && lexis.InSet(toks[j].Text, ".", "°") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Text {
	case "No", "no", "n", "N", "Nº", "nº":
		return j+1 < k && lexis.InSet(toks[j+1].Text, ".", "°") && (toks[j].Text != "no" || toks[j+1].Text == "°")
	}
	if !lexis.InSet(toks[j].Fold, "numero", "number") || j+1 != k {
		return false
	}
	// "The union's members number 45,000", "they now number about 300":
	// the verb, and a count too large to be a place.
	digits := 0
	for _, r := range toks[k].Text {
		if r >= '0' && r <= '9' {
			digits++
		} else if r == ',' || r == ' ' {
			return false
		}
	}
	v := j - 1
	for v >= 0 && lexis.InSet(toks[v].Fold, "now", "still", "currently", "already", "together", "combined") {
		v--
	}
	return digits <= 3 && (v < 0 || !lexis.InSet(toks[v].Fold, "they", "who", "which", "that") && !(toks[j].Fold == "number" && strings.HasSuffix(toks[v].Text, "s") && len(toks[v].Text) > 4 && toks[v].Kind == lexis.Word && !toks[v].Upper()))
}

// rankWords say that an ordinal is a place in a ranking ("3e au classement
// ATP", "the third largest airline").
var rankWords = lexis.SetOf("classement", "ranking", "rankings", "classee", "classe", "palmares", "mondial", "world")

// copulaRank reports whether ordinal n ranks its clause's subject among
// the things the noun after it names: "Zorgon est le cinquième
// distributeur de meubles", "Zorgon is the third carmaker" (not "the third
// quarter", "la deuxième fois", "the first flight").
func copulaRank(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokStart - 1
	if k < 1 || !lexis.InSet(toks[k].Fold, "le", "la", "l'", "the") || n.TokEnd >= len(toks) || n.Value < 2 {
		return false // ("the first step", "le premier modèle": a beginning more than a rank)
	}
	if !lexis.InSet(toks[k-1].Fold, "est", "etait", "reste", "devient", "demeure", "is", "was", "remains", "became", "becomes") {
		return false
	}
	next := toks[n.TokEnd]
	return next.Kind == lexis.Word && !next.Upper() && !next.Is(quantity.TimeUnit|timex.MonthName|timex.WeekdayName) &&
		!lexis.InSet(next.Fold, "fois", "time", "times", "tour", "round", "etape", "stage", "edition", "session", "trimestre", "quarter", "semestre", "half", "vol", "flight", "place")
}

// finishedRank reports whether ordinal n says where someone finished: right
// after a verb of finishing ("Hartmann finished third", "came second", "a
// terminé deuxième", "est arrivé troisième", "se classe quatrième"), the
// ordinal ending its words.
func finishedRank(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokStart - 1
	if k >= 1 && (toks[k].Fold == "to" && lexis.InSet(toks[k-1].Fold, "climbed", "climbs", "rose", "rises", "moved", "moves", "fell", "falls", "dropped", "drops", "slipped", "slips", "jumped", "jumps") ||
		toks[k].Fold == "for" && lexis.InSet(toks[k-1].Fold, "tied", "tie", "ties")) {
		k = -2 // "climbed to ninth in the ATP rankings", "fell to second place", "finished tied for third"
	} else if k < 0 || !lexis.InSet(toks[k].Fold, "finished", "finishes", "finish", "finishing", "came", "comes", "placed", "ended", "termine", "terminee",
		"fini", "finie", "arrive", "arrivee", "classe", "classee", "finit", "termine", "terminait", "ranked", "ranks", "rank", "ranking") &&
		!(lexis.InSet(toks[k].Fold, "was", "is", "were", "are", "est", "etait", "sont", "etaient") && n.Value >= 2) {
		// (and a copula with no article: "Josphat Langat was third in
		// 2:02:30", "Lumora ranks third among streaming services")
		return false
	}
	if n.TokEnd < len(toks) {
		next := toks[n.TokEnd]
		return next.Kind == lexis.Punct || next.Is(timex.WeekdayName|timex.MonthName) || lexis.InSet(next.Fold, "in", "at", "with", "behind", "en", "avec", "derriere", "au", "du", "of", "de", "and", "et",
			"on", "last", "this", "ce", "le", "lors", "overall", "hier", "yesterday", "among", "parmi")
	}
	return true
}

// rankedAs returns the words after a rank's ordinal that say what it ranks
// among ("largest carmaker", "distributeur de meubles"), up to the first
// word that is not a superlative, an adjective-like word or a noun's
// complement; "" when none.
func rankedAs(toks []lexis.Token, k int) string {
	end := k
	for end < len(toks) && end-k < 4 && toks[end].Kind == lexis.Word && !toks[end].Upper() &&
		!lexis.InSet(toks[end].Fold, "in", "en", "au", "du", "of", "dans", "with", "avec", "selon", "behind", "derriere", "after", "apres", "and", "et", "with", "last", "this", "next", "dernier", "derniere", "prochain") &&
		!toks[end].Is(timex.WeekdayName|timex.MonthName) {
		end++
	}
	if end > k && lexis.InSet(toks[end-1].Fold, "de", "d'", "des", "plus", "most", "the", "le", "la") {
		end--
	}
	if end == k {
		return ""
	}
	return tokenRun(toks, k, end, false)
}

// standingRank reports whether ordinal n ranks its subject among others
// by a superlative or a scope ("third-largest", "the fifth largest",
// «troisième aéroport français»): where it stands, not a place it finished.
func standingRank(toks []lexis.Token, n quantity.NumberExpr) bool {
	return n.Ordinal && n.TokEnd > 0 && (quantity.GluedSuperlative(toks[n.TokEnd-1].Fold) || superlativeAfter(toks, n.TokEnd) || scopedRank(toks, n.TokEnd))
}

// scopedRank reports whether the French ordinal before token k ranks the
// noun it opens within a scope its next words name: «troisième aéroport
// français», «premier producteur mondial de foie gras», «deuxième acteur du
// marché», «quatrième employeur du pays».
func scopedRank(toks []lexis.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Kind != lexis.Word || toks[k].Upper() || lexis.InSet(toks[k].Fold, "de", "d'", "du", "des", "fois", "trimestre", "semestre", "tour", "jour", "annee", "mois", "semaine",
		"regiment", "bataillon", "division", "brigade", "escadron", "compagnie", "arrondissement", "circonscription", "etage", "siecle", "mandat", "edition") {
		// (nor a numbered unit or period: «le 1er régiment de tirailleurs
		// d'Épinal», «le 3e arrondissement de Paris»)
		return false
	}
	// The scope may come a few words on, past the noun's complement or an
	// adjective: «premier producteur de blé de l'Union européenne»,
	// «deuxième musée le plus fréquenté de France», «première destination
	// touristique mondiale».
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		f := toks[j].Fold
		if toks[j].Kind != lexis.Word || lexis.InSet(f, "et", "ou", "qui", "que", "avec", "pour", "en", "a", "dans", "sur", "apres", "depuis", "devant", "derriere",
			"contre", "chez", "par", "sous", "vers", "entre", "sans", "selon", "lors", "pendant", "au", "aux") {
			return false
		}
		if rankScopes[f] || rankScopes[strings.TrimSuffix(strings.TrimSuffix(f, "s"), "e")] {
			return true
		}
		if lexis.InSet(f, "plus", "moins") && j > k+1 && lexis.InSet(toks[j-1].Fold, "le", "la", "les") {
			return true // «le plus fréquenté»: a superlative after the noun
		}
		if j+1 < len(toks) && lexis.InSet(f, "du", "de", "d'") {
			g := toks[j+1].Fold
			if lexis.InSet(g, "la", "l'") && j+2 < len(toks) {
				g = toks[j+2].Fold
			}
			if lexis.InSet(g, "pays", "monde", "marche", "secteur", "zone", "union", "region", "planete") || toks[j+1].Upper() && gazetteer.IsPlaceName(toks[j+1].Text) {
				return true // «du pays», «de France», «d'Europe», «de la zone euro»
			}
		}
	}
	return false
}

// rankScopes are the French adjectives that say within what a rank holds
// («mondial», «européen», «français»), their masculine singular.
var rankScopes = lexis.SetOf("mondial", "europeen", "francais", "national", "regional", "hexagonal", "europeenn", "nationaux", "mondiaux")

// superlativeAfter reports whether an ordinal at token k is followed by a
// ranking word or a superlative ("third largest", "troisième plus haut").
func superlativeAfter(toks []lexis.Token, k int) bool {
	if k+1 < len(toks) && toks[k].Text == "-" && !toks[k].Space && k > 0 && toks[k-1].Kind == lexis.Number {
		k++ // "12th-largest"
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		f := toks[j].Fold
		if rankWords[f] {
			return true
		}
		if j == k && len(f) > 5 && strings.HasSuffix(f, "est") && !lexis.InSet(f, "interest", "request", "contest", "protest", "forest", "harvest", "manifest", "suggest", "arrest", "invest", "quest", "honest", "modest", "latest", "guest") {
			return true // "largest", "busiest"
		}
		if j == k && lexis.InSet(f, "plus", "most") && j+1 < len(toks) {
			return true // "troisième plus haut", "second most popular"
		}
	}
	return false
}

// delayAfter reports whether figure n counts a delay: a unit of time then
// "behind schedule", "late", "overdue", "de retard", "en retard" ("18
// months behind schedule", "avec 18 mois de retard"); unit is that time
// unit, folded.
func delayAfter(toks []lexis.Token, n quantity.NumberExpr) (unit string, ok bool) {
	return timeThen(toks, n, delayWords)
}

// prisonTermAfter reports whether figure n counts a prison term: a unit of
// time then "de prison", "d'emprisonnement", "de réclusion", "in prison",
// "in jail" ("condamné à deux ans de prison avec sursis", "sentenced to 10
// years in prison"); unit is that time unit, folded.
func prisonTermAfter(toks []lexis.Token, n quantity.NumberExpr) (unit string, ok bool) {
	return timeThen(toks, n, prisonWords)
}

// The words after a unit of time that make its count a delay or a prison
// term.
var (
	delayWords  = [][]string{{"behind", "schedule"}, {"late"}, {"overdue"}, {"de", "retard"}, {"en", "retard"}, {"d'", "retard"}}
	prisonWords = [][]string{{"de", "prison"}, {"d'", "emprisonnement"}, {"de", "reclusion"}, {"de", "detention"}, {"in", "prison"},
		{"in", "jail"}, {"of", "imprisonment"}, {"behind", "bars"}}
)

// timeThen reports whether figure n is followed by a unit of time and one
// of phrases; unit is that time unit, folded.
func timeThen(toks []lexis.Token, n quantity.NumberExpr, phrases [][]string) (unit string, ok bool) {
	k := n.TokEnd
	if k+1 >= len(toks) || !quantity.TimeUnitNoun(toks[k]) {
		return "", false
	}
	for _, ph := range phrases {
		if lexis.MatchWords(toks, k+1, ph...) {
			return toks[k].Fold, true
		}
	}
	return "", false
}

// delayed reports whether figure n counts a delay or a prison term
// (delayAfter, prisonTermAfter), which the date grammar reads as a duration.
func delayed(toks []lexis.Token, n quantity.NumberExpr) bool {
	_, ok := delayAfter(toks, n)
	_, term := prisonTermAfter(toks, n)
	_, lasts := lastingFor(toks, n)
	_, measured := measuredTime(toks, n)
	return ok || term || lasts || measured
}

// timeMeasures are the nouns of what a length of time measures: an age, a
// life expectancy, a survival, a wait («L'âge moyen des mères s'établit à
// 31,2 ans», "Median survival was 22.4 months").
var timeMeasures = lexis.SetOf("age", "expectancy", "esperance", "survival", "survie", "wait", "waiting", "attente", "tenure", "anciennete")

// measuredTime reports whether figure n, a unit of time, is the value of a
// measure rather than a date's length: a median or an average of it ("lived
// a median of 22.4 months", «en moyenne 4,8 minutes»), a rate ("4.8 minutes
// per flight", «2,3 minutes par vol»), the level of a noun of timeMeasures
// before it in its clause («L'âge moyen … s'établit à 31,2 ans»,
// «l'espérance de vie atteint 85,6 ans»), or set against such a figure
// ("against 15.1 months", «contre 29,8 ans»). measure is what it measures.
func measuredTime(toks []lexis.Token, n quantity.NumberExpr) (measure string, ok bool) {
	k := n.TokEnd
	if k >= len(toks) || !quantity.TimeUnitNoun(toks[k]) || toks[k].Fold == "ago" || n.Unit != "" || n.Year ||
		k+1 < len(toks) && lexis.InSet(toks[k+1].Fold, "ago", "later", "plus", "apres", "avant", "before", "after", "earlier", "auparavant", "old", "de", "d'", "of") && !lexis.MatchWords(toks, k+1, "de", "vie") {
		return "", false // (not "two years ago", «deux ans plus tard», "15 years old", «trois ans de prison», "six months of talks")
	}
	if j := n.TokStart - 1; j >= 1 && lexis.InSet(toks[j].Fold, "a", "to", "and", "et", "-") && toks[j].Text != "a" && toks[j-1].Kind == lexis.Number ||
		j >= 1 && lexis.InSet(toks[j].Fold, "de", "d'") && strings.HasPrefix(toks[j-1].Fold, "age") || j >= 0 && toks[j].Fold == "aged" {
		return "", false // «femmes âgées de 20 à 35 ans», "aged 20 to 35": who the people are, no measure
	}
	if lexis.InSet(lexis.FoldAt(toks, k+1), "shorter", "longer", "younger", "older", "less", "more", "fewer", "plus", "moins", "earlier", "later") {
		return "", false // "Life expectancy … is up to 10 years shorter": a gap, not the length
	}
	if lexis.InSet(lexis.FoldAt(toks, k+1), "per", "par") && k+2 < len(toks) && toks[k+2].Kind == lexis.Word && !quantity.TimeUnitNoun(toks[k+2]) && lexis.FoldAt(toks, k+2) != "l'" {
		return toks[k].Fold + " " + toks[k+1].Fold + " " + toks[k+2].Fold, true // "4.8 minutes per flight"
	}
	if j := n.TokStart - 1; j >= 1 && lexis.InSet(toks[j].Fold, "against", "contre", "versus", "vs") {
		// "a median of 22.4 months, against 15.1 months": set against a
		// measured time in the same unit
		for m := j - 2; m >= 0 && j-m <= 8; m-- {
			if toks[m].Kind == lexis.Number && toks[m+1].Fold == toks[k].Fold {
				a := m
				for a >= 2 && lexis.InSet(toks[a-1].Text, ".", ",") && !toks[a-1].Space && !toks[a].Space && toks[a-2].Kind == lexis.Number {
					a -= 2 // "22.4": the number's first digits
				}
				if w, ok := measuredTime(toks, quantity.NumberExpr{TokStart: a, TokEnd: m + 1}); ok {
					return w, true
				}
			}
		}
	}
	for j := n.TokStart - 1; j >= 0 && j >= n.TokStart-3; j-- {
		if lexis.InSet(toks[j].Fold, "for", "pendant", "durant", "during", "since", "depuis", "in", "within", "over", "after", "apres", "dans", "en", "sur") {
			return "", false // (a period: "for 22 months", «pendant trois ans», «sur les deux mois»)
		}
		if !lexis.InSet(toks[j].Fold, "the", "les", "la", "le", "these", "ces", "last", "past", "next", "first", "derniers", "dernieres", "premiers", "premieres") {
			break
		}
	}
	for j := n.TokStart - 1; j >= 0 && n.TokStart-j <= 18; j-- {
		f := toks[j].Fold
		if toks[j].Kind == lexis.Punct && f != "," && f != "'" {
			return "", false
		}
		if lexis.InSet(f, "median", "mediane", "average", "moyenne", "mean") && j >= n.TokStart-3 {
			if j >= 1 && timeMeasures[toks[j-1].Fold] {
				f = toks[j-1].Fold // «l'âge médian est de 58 ans»: the age
			}
			return f, true // "a median of 22.4 months", «en moyenne 4,8 minutes»
		}
		if timeMeasures[f] {
			switch {
			case lexis.MatchWords(toks, j+1, "de", "vie"):
				return f + " de vie", true // «l'espérance de vie»
			case j > 0 && toks[j-1].Fold == "life":
				return "life " + f, true // "life expectancy"
			}
			return f, true
		}
	}
	return "", false
}

// lastingVerbs say how long something lasted ("The test flight lasted four
// hours", «La grève a duré trois jours»); delayVerbs by how much it was
// put back ("delayed by 45 minutes", «retardé de quinze minutes»).
var (
	lastingVerbs = lexis.SetOf("last", "lasts", "lasted", "dure", "durent", "durait", "duraient", "durera", "dureront")
	delayVerbs   = lexis.SetOf("delayed", "postponed", "retarde", "retardee", "retardes", "retardees", "repousse", "repoussee", "reporte", "reportee")
	// approxBefore may stand between the verb and its length.
	approxBefore = lexis.SetOf("about", "around", "nearly", "almost", "some", "roughly", "over", "environ", "pres", "quelque", "plus", "moins", "more", "less", "than", "de", "d'", "only", "just", "seulement")
)

// lastingFor reports whether figure n, a unit of time, is how long its verb
// lasted or how long it was delayed by (lastingVerbs, delayVerbs, perhaps
// through "about", «près de»); delay tells which. ("lasted for three
// years" is a period of the verb, not a length it measures: "for" is not
// crossed.)
func lastingFor(toks []lexis.Token, n quantity.NumberExpr) (delay, ok bool) {
	if n.TokEnd >= len(toks) || !quantity.TimeUnitNoun(toks[n.TokEnd]) || lexis.InSet(toks[n.TokEnd].Fold, "ago") ||
		n.TokEnd+1 < len(toks) && lexis.InSet(toks[n.TokEnd+1].Fold, "ago", "later", "plus", "apres", "avant", "before", "after", "earlier", "auparavant") {
		return false, false
	}
	k := n.TokStart - 1
	for j := 0; j < 3 && k >= 0; j++ {
		if k > 0 && lexis.InSet(toks[k].Fold, "by", "de") && delayVerbs[toks[k-1].Fold] {
			return true, true
		}
		if lastingVerbs[toks[k].Fold] {
			// (not "in the last three months", an adjective; nor "a
			// final that lasted two hours", what a relative clause says
			// of a noun that is not its subject)
			j := k - 1
			if j > 0 && lexis.InSet(toks[j].Fold, "a", "avait", "aura", "ont", "avaient") && toks[j].Text != "à" {
				j-- // «qui a duré»
			}
			return false, j < 0 || !lexis.InSet(toks[j].Fold, "the", "its", "his", "her", "their", "this", "our", "in", "over", "for", "during", "that", "which", "qui")
		}
		if !approxBefore[toks[k].Fold] {
			break
		}
		k--
	}
	return false, false
}

// forecastNouns name what was expected of a figure: a number that
// completes them is a forecast, not a result.
var forecastNouns = lexis.SetOf("forecast", "forecasts", "estimate", "estimates", "expectations", "projection", "projections",
	"consensus", "prevision", "previsions", "estimation", "estimations", "attentes", "prevue", "objectif", "target", "targets")

// forecastOf reports whether figure n completes a noun of forecast
// ("forecasts of 6 million", "des prévisions de 1,2 %").
func forecastOf(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokStart - 1
	for k >= 1 && (lexis.InSet(toks[k].Text, "$", "€", "£", "US$") || quantity.CurrencyPrefix(toks, k) || qualifierWords[toks[k].Fold]) {
		k-- // "estimates of $38.1 billion", "forecasts of about 6 million"
	}
	return k >= 1 && lexis.InSet(toks[k].Fold, "of", "de", "d'") && forecastNouns[toks[k-1].Fold]
}

// timeSubject returns the words of what the length of time n measures is
// of: the complement of its measure's noun ("the median age of production
// workers at the country's three largest yards", «l'âge médian des
// visiteurs du Louvre»), what «dont» stands for («Les abonnés sont 475 000,
// dont l'âge médian est de 34 ans»), who a figure set against is for
// ("against 29 years for its plants in Asia"), or the clause's subject a
// median is told of ("Salmon now spend a median of 16 months"); "" when
// none is written.
func (p *parsed) timeSubject(text string, n quantity.NumberExpr) string {
	toks := p.toks
	phrase := func(a, b int) string { // the words of tokens [a, b), without a closing comma
		for b > a && toks[b-1].Kind == lexis.Punct {
			b--
		}
		if b <= a || b-a > 12 {
			return ""
		}
		return strings.TrimSpace(text[toks[a].Start:toks[b-1].End])
	}
	upTo := func(a int) int { // the end of a complement: the next verb, comma or end
		b := a
		for b < len(toks) && toks[b].Kind != lexis.Punct && !isVerb(p.tags[b]) && p.tags[b] != syntax.AUX && toks[b].Kind != lexis.Number {
			b++
		}
		return b
	}
	if j := n.TokStart - 1; j >= 1 && lexis.InSet(toks[j].Fold, "against", "contre", "versus", "vs") {
		if k := n.TokEnd + 1; k < len(toks) && lexis.InSet(toks[k].Fold, "for", "pour") {
			return phrase(k+1, upTo(k+1)) // "against 29 years for its plants in Asia"
		}
	}
	m := -1
	for j := n.TokStart - 1; j >= 0 && n.TokStart-j <= 18; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "," && toks[j].Text != "'" {
			break
		}
		if timeMeasures[toks[j].Fold] || lexis.InSet(toks[j].Fold, "median", "mediane", "average", "moyenne", "mean") {
			m = j
			break
		}
	}
	if m < 0 {
		return ""
	}
	if m >= 1 && timeMeasures[toks[m-1].Fold] {
		m-- // «l'âge médian»: the noun the adjective qualifies
	}
	e := m + 1
	for e < len(toks) && (p.tags[e] == syntax.ADJ || lexis.InSet(toks[e].Fold, "median", "mediane", "moyen", "moyenne", "average", "mean")) {
		e++ // «l'âge médian», «l'espérance de vie moyenne»
	}
	if lexis.MatchWords(toks, e, "de", "vie") {
		e += 2
	}
	if e < n.TokStart && lexis.InSet(toks[e].Fold, "of", "de", "des", "du", "d'") && toks[m-1].Fold != "a" {
		return phrase(e+1, upTo(e+1)) // «des visiteurs du Louvre», "of production workers at …"
	}
	if k := m - 1; k >= 2 && lexis.InSet(toks[k].Fold, "l'", "le", "la") && lexis.InSet(toks[k-1].Fold, "dont") && toks[k-2].Text == "," {
		// «Les abonnés sont 475 000, dont l'âge médian est de 34 ans»:
		// the people the clause before names
		for h := k - 3; h >= 0; h-- {
			if p.tags[h] == syntax.NOUN && !toks[h].Upper() {
				a := h
				for a > 0 && (p.tags[a-1] == syntax.NOUN || p.tags[a-1] == syntax.ADJ || p.tags[a-1] == syntax.DET) && toks[a-1].Kind == lexis.Word {
					a--
				}
				return phrase(a, h+1)
			}
			if toks[h].Kind == lexis.Punct && h < k-2 {
				break
			}
		}
		return ""
	}
	if m >= 1 && lexis.InSet(toks[m-1].Fold, "a", "an", "une", "un") {
		// "Salmon now spend a median of 16 months": the clause's subject,
		// a common noun
		v := -1
		for j := m - 2; j >= 0; j-- {
			if isVerb(p.tags[j]) {
				v = j
				break
			}
		}
		if v < 0 {
			return ""
		}
		h := p.subjectHead(v, p.clauseStart(v))
		if h < 0 || p.tags[h] != syntax.NOUN || p.named[h] || toks[h].Upper() && h > 0 && !p.clauseBreak(h-1) {
			return ""
		}
		a := h
		for a > 0 && (p.tags[a-1] == syntax.NOUN || p.tags[a-1] == syntax.ADJ) && !p.named[a-1] && toks[a-1].Kind == lexis.Word {
			a--
		}
		return phrase(a, h+1)
	}
	return ""
}

// restatingVerb returns the token that ends the words naming who gives
// figure n as their own count of what a figure before counts, with no
// noun of its own after it: "organisers claimed 60,000",
// "the ministry put the figure at 24.5%", "Westline gave a lower estimate
// of 800,000", «le ministère a avancé le chiffre de 24,5 %»; -1 otherwise.
// The token is the verb, or the auxiliary before it.
func restatingVerb(toks []lexis.Token, tags []syntax.Tag, n quantity.NumberExpr, lang string) int {
	at := n.TokStart
	k := at - 1
	for c := 0; k >= 0 && c < 3 && lexis.InSet(toks[k].Fold, "only", "just", "about", "around", "some", "nearly", "almost", "roughly", "approximately",
		"more", "fewer", "less", "than", "least", "over", "seulement", "environ", "quelque", "pres", "plus", "moins", "que", "qu'", "d'", "de") && toks[k].Text != "à"; c++ {
		if lexis.InSet(toks[k].Fold, "de", "d'") && !lexis.InSet(lexis.FoldAt(toks, k-1), "plus", "moins", "pres") {
			break // (the «de» of «le chiffre de», below)
		}
		k--
	}
	if k >= 1 && toks[k].Fold == "at" && lexis.FoldAt(toks, k+1) == "least" {
		k-- // "claimed at least 60,000"
	}
	if k < 1 {
		return -1
	}
	v := -1
	switch {
	case lang == "fr" && lexis.InSet(toks[k].Fold, "evoque", "evoquent", "avance", "avancent", "revendique", "revendiquent", "recense", "recensent", "denombre", "denombrent"):
		v = k // «le ministère évoque 138 copies», «la CGT revendique 20 000»
	case lang == "fr" && toks[k].Fold == "sur" && lexis.InSet(toks[k-1].Fold, "table", "tablent", "tablait", "tablaient", "mise", "misent", "misait"):
		v = k - 1 // «quand l'OFCE table sur 8,1 %»: another forecaster's figure of what the one before forecast
	case lang != "fr" && lexis.InSet(toks[k].Fold, "claimed", "claims", "claim", "claiming", "counted", "counts", "count", "reported", "reports", "recorded", "records", "tallied", "registered"):
		v = k // "organisers claimed 60,000"
	case lang != "fr" && lexis.InSet(toks[k].Fold, "was", "is", "were", "stood") && k >= 3 && restatingNouns[toks[k-1].Fold] && lexis.InSet(toks[k-2].Fold, "the", "its", "their") &&
		lexis.InSet(toks[k-3].Fold, "said", "says", "estimated", "estimates", "reported", "reports"):
		v = k - 3 // "The bank said the figure was 2,800"
	case lang != "fr" && toks[k].Fold == "as" && k >= 3 && restatingNouns[toks[k-1].Fold] && lexis.InSet(toks[k-2].Fold, "the", "its", "their") &&
		lexis.InSet(toks[k-3].Fold, "gave", "gives", "giving", "put", "puts", "putting", "cited", "cites", "citing"):
		v = k - 3 // "police gave the figure as 42,000"
	case lang != "fr" && toks[k].Fold == "at":
		j := k - 1
		if j >= 1 && toks[j].Fold == "it" && lexis.InSet(lexis.FoldAt(toks, j-1), "put", "puts", "putting", "pegged", "pegs", "pegging") {
			j-- // ("estimated it at": "it" may be anything told before)
		} else if j >= 2 && (restatingNouns[toks[j].Fold] || restatedChanges[toks[j].Fold]) && lexis.InSet(toks[j-1].Fold, "the", "its", "their", "this", "that") {
			j -= 2
		} else {
			return -1
		}
		if j >= 1 && lexis.InSet(toks[j].Fold, "put", "puts", "putting", "pegged", "pegs", "placed", "places", "estimated", "estimates", "set", "sets") {
			v = j // "put the figure at 24.5%", "estimated it at 1,100"
		}
	case lexis.InSet(toks[k].Fold, "of", "de", "d'") && k >= 2:
		j := k - 1
		if toks[j].Text == "," {
			j-- // «une estimation plus basse, de 800 000»
		}
		for c := 0; j >= 1 && c < 3 && lexis.InSet(toks[j].Fold, "lower", "higher", "smaller", "larger", "bigger", "different", "own", "separate", "much", "far", "slightly",
			"more", "conservative", "cautious", "official", "plus", "moins", "bas", "basse", "eleve", "elevee", "inferieur", "inferieure", "superieur", "superieure", "different", "differente", "officiel", "officielle", "propre"); c++ {
			j-- // "a lower estimate of", «une estimation plus basse de»
		}
		if j < 2 || !restatingNouns[toks[j].Fold] && !restatedChanges[toks[j].Fold] || tags[j] != syntax.NOUN {
			return -1
		}
		if lexis.InSet(toks[j-1].Fold, "lower", "higher", "own", "propre", "different", "differente", "separate") {
			j-- // "its own count of", «son propre décompte de»
		}
		if !lexis.InSet(toks[j-1].Fold, "a", "an", "its", "their", "le", "un", "une", "son", "sa", "leur") {
			return -1
		}
		j -= 2
		for c := 0; j >= 1 && c < 3 && lexis.InSet(toks[j].Fold, "pour", "sa", "son", "leur", "part", "de", "cote", "quant", "a", "lui", "elle", "eux", "meanwhile", "instead"); c++ {
			if toks[j].Fold == "a" && tags[j] == syntax.AUX {
				break
			}
			j-- // «a avancé pour sa part le chiffre de»
		}
		if j >= 1 && (lexis.InSet(toks[j].Fold, "gave", "gives", "giving", "offered", "offers", "provided", "provides", "issued", "issues", "released", "cited", "cites") ||
			lexis.InSet(toks[j].Fold, "avance", "avancent", "avancait", "avancaient", "donne", "donnent", "donnait", "retient", "retiennent", "retenu", "communique", "communiquent",
				"annonce", "annoncent", "fourni", "fournit", "evoque", "evoquent", "cite", "citent")) {
			v = j
		}
	}
	if v < 1 {
		return -1
	}
	if lang == "fr" && v >= 2 && lexis.InSet(toks[v-1].Fold, "a", "ont", "avait", "avaient") {
		v-- // «le ministère a avancé»
	}
	if lang != "fr" && toks[v-1].Text == "," && strings.HasSuffix(toks[v].Fold, "ing") && v >= 2 && toks[v-2].Kind == lexis.Word {
		return v // "the forestry ministry disputes that figure, putting it at 19%": the clause before's subject gives it
	}
	b := toks[v-1]
	if v >= 2 && lexis.InSet(b.Fold, "has", "have", "had") {
		b = toks[v-2] // "which has reported 41"
	}
	if b.Kind != lexis.Word || lexis.InSet(b.Fold, "and", "et", "which", "who", "qui", "que", "it", "they", "il", "ils", "elle", "elles") {
		return -1 // (a clause with a named source only: not "…, and counted 40")
	}
	return v
}

// colonRestating returns the verb of the words that, ending on a colon
// right before figure n, announce a source's own figure for what a figure
// before counts: «AAA Data avance un chiffre légèrement différent : 37 600
// voitures», "the union gives a higher estimate: 2,300"; -1 otherwise.
func colonRestating(toks []lexis.Token, tags []syntax.Tag, n quantity.NumberExpr) int {
	k := n.TokStart - 1
	for c := 0; k >= 0 && c < 3 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Fold, "de", "d'")) && toks[k].Text != ":"; c++ {
		k-- // «: près de 287 000 entrées», ": about 2,300"
	}
	if k < 3 || toks[k].Text != ":" {
		return -1
	}
	j := k - 1
	for c := 0; j >= 2 && c < 4 && lexis.InSet(toks[j].Fold, "lower", "higher", "smaller", "larger", "bigger", "different", "own", "separate", "much", "far", "slightly",
		"more", "conservative", "cautious", "official", "plus", "moins", "bas", "basse", "eleve", "elevee", "inferieur", "inferieure", "superieur", "superieure",
		"differente", "officiel", "officielle", "propre", "legerement", "nettement", "sensiblement", "favorable", "optimiste", "pessimiste", "prudent", "prudente"); c++ {
		j--
	}
	if !restatingNouns[toks[j].Fold] || tags[j] != syntax.NOUN {
		return -1
	}
	d := j - 1
	for c := 0; d >= 2 && c < 2 && lexis.InSet(toks[d].Fold, "lower", "higher", "smaller", "larger", "bigger", "different", "own", "separate", "official", "conservative", "much"); c++ {
		d-- // "a higher figure:"
	}
	if d < 1 || !lexis.InSet(toks[d].Fold, "a", "an", "its", "their", "un", "une", "son", "sa", "leur") {
		return -1
	}
	v := d - 1
	for c := 0; v >= 1 && c < 3 && lexis.InSet(toks[v].Fold, "pour", "sa", "son", "leur", "part", "de", "cote", "quant", "lui", "elle", "eux", "meanwhile", "instead"); c++ {
		v--
	}
	if v >= 1 && (lexis.InSet(toks[v].Fold, "gave", "gives", "giving", "offered", "offers", "provided", "provides", "issued", "issues", "released", "cited", "cites", "has", "had") ||
		lexis.InSet(toks[v].Fold, "avance", "avancent", "avancait", "avancaient", "donne", "donnent", "donnait", "retient", "retiennent", "retenu", "communique", "communiquent",
			"annonce", "annoncent", "fourni", "fournit", "evoque", "evoquent", "cite", "citent", "publie", "publient")) {
		return v
	}
	return -1
}

// restatingNouns stand for a figure given as a source's own.
// restatedChanges name the change a figure before tells, which a second
// source puts at its own figure: "the customs office put the decline at
// 14%", «les douanes évoquent pour leur part un recul de 14 %».
var restatedChanges = lexis.SetOf("decline", "fall", "drop", "rise", "increase", "recul", "baisse", "hausse", "chute", "repli", "progression")

var restatingNouns = lexis.SetOf("figure", "number", "total", "count", "tally", "estimate", "chiffre", "bilan", "nombre", "decompte", "estimation")
