package lexis

import (
	"slices"
	"sync"
)

// conceptGroups are the words of both languages, folded, that mean the same
// measure or month: a word and its translation share one concept, so that
// search finds "emplois" for "jobs" and the timeline sets a French and an
// English figure of jobs side by side. Kept small and unambiguous:
// "may"/"mai" is left out, and so is "share" (of a market, or of a
// company's stock). Measures are keyed by lemmas (model.lemma), so each
// group holds the singular too.
var conceptGroups = map[string][]string{
	"rank": {"rank", "ranks", "ranked", "ranking", "rankings", "classement", "classements", "classe", "classee",
		"place", "places", "position", "positions", "rang", "rangs", "chart", "charts", "palmares"},
	"download": {"download", "downloads", "downloaded", "telechargement", "telechargements", "telecharge",
		"telecharges", "telechargee", "telechargees", "install", "installs", "installations"},
	"user": {"user", "users", "utilisateur", "utilisateurs", "utilisatrice", "utilisatrices", "usager", "usagers"},
	"subscriber": {"subscriber", "subscribers", "abonne", "abonnes", "abonnee", "abonnees", "inscription",
		"inscriptions", "signup", "signups", "registrations"},
	"job":       {"job", "jobs", "emploi", "emplois", "poste", "postes"},
	"employee":  {"employee", "employees", "salarie", "salaries", "employe", "employes", "staff", "worker", "workers"},
	"active":    {"active", "actif", "actifs", "actives"},
	"new":       {"new", "nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles"},
	"outage":    {"outage", "outages", "panne", "pannes", "downtime", "blackout"},
	"founded":   {"founded", "founder", "founders", "fonde", "fondee", "fondateur", "fondateurs", "fondatrice"},
	"launch":    {"launch", "launched", "launches", "lancement", "lance", "lancee"},
	"acquired":  {"acquired", "acquisition", "acquires", "bought", "buys", "rachat", "rachete", "rachetee"},
	"revenue":   {"revenue", "revenues", "sales", "sale", "vente", "ventes", "recettes"},
	"profit":    {"profit", "profits", "benefice", "benefices"},
	"loss":      {"loss", "losses", "perte", "pertes"},
	"death":     {"death", "deaths", "dead", "killed", "kill", "mort", "morts", "deces", "tue", "tues", "tuee", "tuees"},
	"injured":   {"injured", "injure", "wounded", "blesse", "blesses", "blessee", "blessees"},
	"vote":      {"vote", "votes", "voix", "ballot", "ballots", "suffrage", "suffrages"},
	"seat":      {"seat", "seats", "siege", "sieges"},
	"percent":   {"percent", "pourcent", "pourcentage", "percentage"},
	"people":    {"people", "personne", "personnes", "persons", "person"},
	"passenger": {"passenger", "passengers", "passager", "passagers"},
	"soldier":   {"soldier", "soldiers", "soldat", "soldats", "troop", "troops"},
	"aircraft":  {"aircraft", "plane", "planes", "avion", "avions", "appareil", "appareils", "airliner", "airliners"},
	"order":     {"order", "orders", "commande", "commandes"},
	"customer":  {"customer", "customers", "client", "clients"},
	"price":     {"price", "prices", "prix", "tarif", "tarifs"},
	"cost":      {"cost", "costs", "cout", "couts"},
	"growth":    {"growth", "croissance"},
	"rise":      {"rise", "increase", "hausse", "augmentation"},
	"fall":      {"fall", "decline", "drop", "baisse", "recul", "chute"},
	"tax":       {"tax", "taxes", "impot", "impots"},
	"case":      {"case", "cases", "cas"},
	"cut": {"cut", "cuts", "cutting", "shed", "sheds", "eliminate", "eliminated", "axe", "axed", "slash", "slashed", "layoff", "layoffs",
		"dismissal", "dismissals", "suppression", "suppressions", "supprimer", "supprime", "supprimes", "supprimee", "supprimees", "supprimera",
		"licenciement", "licenciements", "licencier", "licencie", "licencies"},
	"create": {"create", "creates", "created", "creation", "creations", "creer", "cree", "crees", "creera"},
	"hire": {"hire", "hires", "hired", "hiring", "recruitment", "embauche", "embauches", "embaucher", "embauchera", "recruter", "recrute",
		"recrutera", "recrutement", "recrutements"},
	"vehicle": {"vehicle", "vehicles", "vehicule", "vehicules", "car", "cars", "voiture", "voitures"},
	"m1":      {"january", "janvier"}, "m2": {"february", "fevrier"}, "m3": {"march", "mars"},
	"m4": {"april", "avril"}, "m6": {"june", "juin"}, "m7": {"july", "juillet"}, "m8": {"august", "aout"},
	"m9": {"september", "septembre"}, "m10": {"october", "octobre"}, "m11": {"november", "novembre"},
	"m12": {"december", "decembre"},
}

var concepts = sync.OnceValues(func() (map[string]string, []string) {
	m := map[string]string{}
	for c, ws := range conceptGroups {
		for _, w := range ws {
			m[w] = c
		}
	}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	return m, words
})

// Concept returns the concept the folded word w means in either language
// ("job" for "emplois", "postes" and "jobs"), "" when it has none.
func Concept(w string) string {
	m, _ := concepts()
	return m[w]
}

// ConceptWords returns the words that have a concept, sorted. The slice is
// shared: callers must not change it.
func ConceptWords() []string {
	_, ws := concepts()
	return ws
}
