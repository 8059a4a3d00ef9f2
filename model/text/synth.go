package text

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

// SynthSet makes n synthetic news articles, alternately French and English,
// for benchmarks: realistic sentences with dates, figures, organisations,
// quotes and boilerplate, in the proportions of real web articles (about
// 3 KB each). The same seed gives the same set.
func SynthSet(n int, seed int64) *Set {
	rng := rand.New(rand.NewSource(seed))
	set := &Set{Name: fmt.Sprintf("synthetic set of %d articles", n)}
	for i := 0; i < n; i++ {
		lang := "fr"
		if i%2 == 1 {
			lang = "en"
		}
		text := SynthArticle(rng, lang)
		a, err := ParseArticle(fmt.Sprintf("synth/%05d.txt", i), []byte(text), false)
		if err != nil {
			continue
		}
		set.Articles = append(set.Articles, a)
	}
	return set
}

// SynthText returns the concatenated text of n synthetic articles, for
// throughput benchmarks.
func SynthText(n int, seed int64, lang string) string {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(SynthArticle(rng, lang))
		b.WriteString("\n")
	}
	return b.String()
}

var (
	synthOrgs    = []string{"Telegram", "Signal", "Nebula", "Quartzly", "Orbital", "Helios", "Vantage", "Lumen", "Kestrel", "Arbor"}
	synthPeople  = []string{"Anna Petrova", "Marc Dubois", "Sofia Lindqvist", "James Okafor", "Léa Moreau", "Yuri Sokolov"}
	monthsFRList = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	weekFR       = []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
)

// SynthArticle writes one synthetic article in lang ("fr" or "en").
func SynthArticle(rng *rand.Rand, lang string) string {
	org := synthOrgs[rng.Intn(len(synthOrgs))]
	rival := synthOrgs[rng.Intn(len(synthOrgs))]
	person := synthPeople[rng.Intn(len(synthPeople))]
	year := 2015 + rng.Intn(10)
	pub := time.Date(year, time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)
	day := pub.AddDate(0, 0, -1-rng.Intn(5))
	m := 1 + rng.Intn(12)
	fig := 1 + rng.Intn(900)
	var b strings.Builder
	if lang == "fr" {
		fmt.Fprintf(&b, "date: %s\n\n", pub.Format("2006-01-02"))
		fmt.Fprintf(&b, "%s revendique %d millions de nouveaux utilisateurs\n", org, fig)
		fmt.Fprintf(&b, "Ce %s %d %s %d, %s a enregistré plus de %d millions de nouveaux utilisateurs en une seule journée. ",
			weekFR[day.Weekday()], day.Day(), monthsFRList[day.Month()-1], day.Year(), org, fig)
		fmt.Fprintf(&b, "La panne de %s a poussé des millions d'utilisateurs vers des alternatives.\n\n", rival)
		fmt.Fprintf(&b, "« Nous avons accueilli plus de %d millions de personnes en une journée », a déclaré %s, fondateur de %s. ", fig, person, org)
		fmt.Fprintf(&b, "L'application est passée de la %de à la %de place des applications les plus téléchargées.\n\n", 20+rng.Intn(80), 1+rng.Intn(10))
		fmt.Fprintf(&b, "En %s %d, %s comptait environ %d millions d'utilisateurs actifs par mois. ", monthsFRList[m-1], year-1, org, 100+rng.Intn(900))
		fmt.Fprintf(&b, "Fondée en %d, la société avait franchi la barre du milliard de téléchargements l'an dernier. ", 2005+rng.Intn(10))
		fmt.Fprintf(&b, "Plus tôt cette année, %s avait déjà gagné %d 000 abonnés en l'espace de trois semaines.\n\n", org, 10+rng.Intn(900))
		b.WriteString(strings.Repeat("Les analystes restent prudents sur la durée de cet afflux, car beaucoup d'utilisateurs reviennent vers leurs habitudes dès que le service est rétabli. ", 4))
		b.WriteString("\n\nÀ lire aussi\n-\nLa météo du week-end\n-\nLes résultats du championnat\n-\nUne recette de saison\n-\nLe programme télé\nCommentaires\n")
	} else {
		fmt.Fprintf(&b, "date: %s\n\n", pub.Format("2006-01-02"))
		fmt.Fprintf(&b, "%s claims %d million new users\n", org, fig)
		fmt.Fprintf(&b, "On %s, %s %d, %d, %s signed up more than %d million new users in a single day. ",
			day.Weekday(), day.Month(), day.Day(), day.Year(), org, fig)
		fmt.Fprintf(&b, "The %s outage pushed millions of people to look for alternatives.\n\n", rival)
		fmt.Fprintf(&b, "\"We welcomed more than %d million people in one day,\" said %s, the founder of %s. ", fig, person, org)
		fmt.Fprintf(&b, "The app jumped from %dth to %dth place among the most downloaded free apps.\n\n", 20+rng.Intn(80), 4+rng.Intn(6))
		fmt.Fprintf(&b, "In %s %d, %s had about %d million monthly active users. ", time.Month(m).String(), year-1, org, 100+rng.Intn(900))
		fmt.Fprintf(&b, "Founded in %d, the company passed a billion downloads last year. ", 2005+rng.Intn(10))
		fmt.Fprintf(&b, "Earlier this year, %s gained %d,000 subscribers in three weeks.\n\n", org, 10+rng.Intn(900))
		b.WriteString(strings.Repeat("Analysts remain cautious about how long the influx will last, since many users go back to their habits as soon as the service is restored. ", 4))
		b.WriteString("\n\nRead more\n-\nWeekend weather\n-\nLeague results\n-\nA seasonal recipe\n-\nTonight on TV\nComments\n")
	}
	return b.String()
}
