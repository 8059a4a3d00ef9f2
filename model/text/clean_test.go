package text

import (
	"hash/fnv"
	"strings"
	"testing"
	"unicode"

	"github.com/claimline/claimline/model/lexis"
)

// The one-pass keys and words read text as the slower forms they replace.
func TestWordKeyIsJoinedWords(t *testing.T) {
	for _, s := range []string{"", "  Hello, World! ", "L'Été à Paris — 25 000 € ; aujourd’hui", "«Déjà» vu...x", "ÀÉÎ øß ﬁ İstanbul 12,5%", "l`été l´été ſ"} {
		if got, want := wordKey(s), strings.Join(lexis.Words(s), " "); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
		want := fnv.New64a()
		want.Write([]byte(wordKey(s)))
		if h, n := wordKeyHash(s); h != want.Sum64() || n != len(wordKey(s)) {
			t.Errorf("%q: hash %x, %d bytes; want %x, %d", s, h, n, want.Sum64(), len(wordKey(s)))
		}
	}
}

func TestLowerWordsIsFieldsOfLower(t *testing.T) {
	for _, s := range []string{"", "Le chat", "L'ÉTÉ, à Paris: 25 000 € !", "İstanbul ǅemal ΣΊΣΥΦΟΣ", "x\xffy", "abc"} {
		var got []string
		for _, w := range lowerWords(s) {
			got = append(got, string(w))
		}
		want := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// The boilerplate expressions are tried only on lines holding one of their
// words: every line they match holds one.
func TestQuickReWords(t *testing.T) {
	lines := []string{"Commentaires", "12 comments", "Réagir", "Connectez-vous pour commenter", "Se connecter",
		"S'identifier", "Créez votre espace", "Crée un compte", "Déjà abonné ?", "Log in", "Login", "Sign in", "Sign up for our newsletter",
		"Subscribe", "Abonnez-vous", "Newsletter", "Inscrivez-vous", "Partager", "Share this", "Suivez-nous", "Follow us",
		"Publicité", "Advertisement", "Lire aussi", "Lire la suite", "Read more", "Read also", "Related stories",
		"Sur le même sujet", "Voir aussi", "See also", "À lire aussi", "Accepter les cookies", "Cookies", "Leave a comment",
		"Laisser un commentaire", "All rights reserved", "Tous droits réservés", "Podcast du jour", "Écouter l'épisode",
		"Listen now", "Télécharger le fichier", "Download the app", "Fichier (12,5 Mo)", "ÉCOUTER", "LISTEN", "liſten", "(3 KB)"}
	for _, set := range []*Set{SynthSet(20, 3)} {
		for _, a := range set.Articles {
			lines = append(lines, strings.Split(a.Text, "\n")...)
		}
	}
	for _, l := range lines {
		for _, q := range []quickRe{prompt, promptAnywhere, banner} {
			if q.re.MatchString(l) && !q.match(l, lexis.Fold(l)) {
				t.Errorf("%q matches %s but holds none of its words", l, q.re)
			}
		}
	}
}
