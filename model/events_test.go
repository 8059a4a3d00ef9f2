package model

import (
	"slices"
	"strings"
	"testing"
)

// eventsOf builds a one-article set from text and returns its events
// without a figure.
func eventsOf(t *testing.T, lang, pub, text string) []Claim {
	t.Helper()
	a, err := ParseArticle("x.txt", []byte("title: Test\ndate: "+pub+"\nlang: "+lang+"\n\n"+text+"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	var out []Claim
	for _, c := range Build(&Set{Name: "x", Articles: []*Article{a}}).Claims {
		if !c.HasValue {
			out = append(out, c)
		}
	}
	return out
}

// Dated events read from the clause of their verb: its subject, its words
// and the date that modifies it.
func TestClauseEvents(t *testing.T) {
	for _, c := range []struct {
		name, lang, pub, text string
		// want holds the subject, a word of the label and the date of each
		// event the text must yield.
		want [][3]string
	}{
		{"l'objet d'un verbe qui gouverne un infinitif n'a encore rien fait", "fr", "2019-06-20",
			"La nouvelle loi oblige les banques à publier leurs comptes dès le 1er mars 2020.",
			[][3]string{{"La nouvelle loi", "La nouvelle loi oblige les banques à publier leurs comptes", "2020-03-01"}}},
		{"l'objet, puis ce qu'il doit faire", "fr", "2019-06-20",
			"Le texte impose notamment aux fabricants de smartphones d'afficher un indice de réparabilité à partir du 1er janvier 2021.",
			[][3]string{{"Le texte", "impose notamment aux fabricants de smartphones d'afficher un indice de réparabilité", "2021-01-01"}}},
		{"the object of a verb governing an infinitive did nothing yet", "en", "2019-06-20",
			"A Zorgville judge ordered Zorgon to close the plant on Tuesday. The Zorgon board asked him to step down on Monday.",
			[][3]string{{"Zorgville judge", "Zorgville judge ordered Zorgon to close the plant", "2019-06-18"}, {"Zorgon board", "asked him to step down", "2019-06-17"}}},
		{"«il» après une proposition ouverte par une personne après un point-virgule", "fr", "2012-11-10",
			"Les skippers sont partis samedi du port de Zorgville ; Bertrand de Zorgbroc est lui obligé de rentrer au port. Il a finalement pu prendre le départ dans la nuit.",
			[][3]string{{"Bertrand de Zorgbroc", "a finalement pu prendre le départ", "2012-11-10"}}},
		{"deux groupes nominaux coordonnés, chacun avec son déterminant", "fr", "2002-04-02",
			"Dimanche, la police des chemins de fer et les gendarmes locaux ont sécurisé la zone.",
			[][3]string{{"la police des chemins de fer et les gendarmes locaux", "ont sécurisé la zone", "2002-03-31"}}},
		{"un nom, ses adjectifs et le lieu dont il est", "fr", "2023-05-15",
			"Le Cercle nautique de Brest a remporté samedi la coupe Zorg face au Blorp Club.",
			[][3]string{{"Cercle nautique de Brest", "a remporté la coupe Zorg", "2023-05-13"}}},
		{"a common noun that introduces a name gives way to the name", "en", "2023-03-16",
			"The opposition Zorgic Renewal movement, led by former minister Hana Blorpova, called the vote last week.",
			[][3]string{{"Zorgic Renewal", "called the vote", "2023-03-06/2023-03-12"}}},
		{"an -ed verb after a fronted date is the clause's own", "en", "2002-04-02",
			"On Sunday, firefighters evacuated the Zorg building.",
			[][3]string{{"firefighters", "evacuated the Zorg building", "2002-03-31"}}},
		{"un adverbe en deux mots entre l'auxiliaire et le participe", "fr", "2025-03-12",
			"Le Zorgnes a par ailleurs annoncé mardi la nomination de Marc Zorgin.",
			// (the appointment is the person's event: TestSession34PersonOfAct)
			[][3]string{{"Marc Zorgin", "Zorgnes a par ailleurs annoncé", "2025-03-11"}}},
		{"l'antécédent est le nom que le participe qualifie, non le nom de son complément", "fr", "2019-01-04",
			"L'exposition consacrée à Zorgène Blorpacroix, qui s'est achevée le 23 juillet, a attiré 540 000 visiteurs.",
			[][3]string{{"L'exposition", "s'est achevée", "2018-07-23"}}},
		{"«fait» devant un infinitif reste l'auxiliaire du causatif", "fr", "2017-06-21",
			"En 2016, l'autorité avait fait échouer un projet de rapprochement entre Zorgon et Blorp Telecom.",
			[][3]string{{"l'autorité", "fait échouer un projet de rapprochement entre Zorgon et Blorp Telecom", "2016"}}},
		{"un participe que l'étiqueteur lit comme auxiliaire", "fr", "2017-06-21",
			"Jacques Zorgard quitte le ministère. Il remplace Richard Blorpand, élu lundi à la tête du groupe Zorg.",
			[][3]string{{"Richard Blorpand", "élu", "2017-06-19"}}},
		{"un verbe de parole suivi d'un nom n'annonce pas les chiffres d'une autre proposition", "fr", "2020-04-15",
			"La cour d'appel de Zorgville a confirmé mardi la sanction, tout en réduisant l'amende de 240 à 212 millions d'euros.",
			[][3]string{{"La cour d'appel de Zorgville", "a confirmé la sanction", "2020-04-14"}}},
		{"a speech verb's noun object, a figure in another clause", "en", "2016-11-30",
			"Zorgon first announced the deal in March, offering 4.10 euros per share in cash.",
			[][3]string{{"Zorgon", "announced the deal", "2016-03"}}},
		{"the object of a verb in the past, dated after it, is the verb's event", "en", "2025-06-12",
			"The Zorg Aviation Agency closed its investigation in late May.",
			[][3]string{{"Zorg Aviation Agency", "closed its investigation", "2025-05-21/2025-05-31"}}},
		{"a name in brackets inside an opening complement is no subject", "en", "2011-06-07",
			"At the company's own Zorg Developers Conference (ZDC) keynote in San Francisco, Zorgon chief executive Anna Zorg introduced the Z-Pad on Monday.",
			[][3]string{{"Anna Zorg", "introduced", "2011-06-06"}}},
		{"main verb before the words that report it", "en", "2012-06-22",
			"A Zorgon 6 rocket lifted off from Kourou on Tuesday, Zorgospace said.",
			[][3]string{{"Zorgon 6 rocket", "lifted", "2012-06-19"}}},
		{"le complément du nom contracté avec «du»", "fr", "2012-05-15",
			"Le spectacle permet de comparer les naufrages du Zorgonic survenu en 1912.",
			[][3]string{{"Zorgonic", "les naufrages du Zorgonic survenu", "1912"}}},
		{"a bare noun opening the sentence, its complement's name after modifiers", "en", "2010-06-17",
			"Pre-orders of the recently announced Zorgphone 4 began Tuesday, overwhelming Zorgon.",
			[][3]string{{"Zorgphone 4", "Pre-orders of the recently announced Zorgphone 4 began", "2010-06-15"}}},
		{"an English compound after the complement's adjective", "en", "2010-06-17",
			"The launch of the new Zorgon rocket was delayed on Monday.",
			[][3]string{{"Zorgon rocket", "The launch of the new Zorgon rocket was delayed", "2010-06-14"}}},
		{"une apposition après un nom qui finit par un numéro", "fr", "2012-05-22",
			"La fusée Zorg 9, développée par une société privée, a décollé sans problème ce matin depuis Kourou.",
			[][3]string{{"Zorg 9", "a décollé", "2012-05-22"}}},
		{"le chef d'un État est une fonction, non l'État", "fr", "2002-05-07",
			"Le chef de l'Etat a reçu hier Jean Zorg à Matignon.",
			[][3]string{{"Le chef de l'Etat", "a reçu", "2002-05-06"}}},
		{"un infinitif en -re après un verbe modal et un pronom", "fr", "1999-07-09",
			"La Commission se réunit. Jean Zorg devrait pouvoir en faire l'annonce officielle aujourd'hui vendredi.",
			[][3]string{{"Jean Zorg", "devrait pouvoir en faire l'annonce", "1999-07-09"}}},
		{"qui parle après le verbe qui rapporte ses mots", "fr", "2002-02-08",
			"Le projet sera abandonné, a annoncé mardi le ministre de l'Économie.",
			[][3]string{{"le ministre de l'Économie", "Le projet sera abandonné, a annoncé mardi le ministre", "2002-02-05"}}},
		{"la personne que nomme la fonction après le verbe", "fr", "2002-02-08",
			"Les Jeux sont une vitrine pour l'ouest, a indiqué jeudi la secrétaire à l'Intérieur, Zorga Norton.",
			[][3]string{{"Zorga Norton", "a indiqué jeudi la secrétaire", "2002-02-07"}}},
		{"the speaker after the verb that reports the words", "en", "2002-02-08",
			"The plant was closed last year, said Zorg Norton on Tuesday.",
			[][3]string{{"Zorg Norton", "The plant was closed last year, said Zorg Norton", "2002-02-05"}}},
		{"la fonction devant une entreprise nommée reste l'entreprise", "fr", "2002-05-07",
			"Le directeur de Zorgon a inauguré hier l'usine de Lyon.",
			[][3]string{{"Zorgon", "inauguré", "2002-05-06"}}},
		{"une longue apposition entre le sujet et son verbe", "fr", "1999-07-28",
			"Paul Durand, un des conseillers du ministre de la Culture Jean-Pierre Morel, a démissionné mercredi dernier de ses fonctions.",
			[][3]string{{"Paul Durand", "démissionné", "1999-07-21"}}},
		{"le complément du nom avec son article ou sa date", "fr", "2002-05-23",
			"Le nouveau ministre de l'intérieur se rend aujourd'hui à Calais. Les attentats du 11 septembre 2001 ont freiné le tourisme.",
			[][3]string{{"Le nouveau ministre de l'intérieur", "rend", "2002-05-23"}, {"Les attentats du 11 septembre 2001", "freiné", "2001-09-11"}}},
		{"what a speech verb says is in its label", "en", "2006-10-05",
			"Zorg Airlines said on Tuesday that it will be compensated by Airbus for the delay.",
			[][3]string{{"Zorg Airlines", "said that it will be compensated by Airbus", "2006-10-03"}}},
		{"what a speech verb at the sentence's end reports is in its label", "en", "2024-09-12",
			"Astronomers using the Zorg Space Telescope have detected water vapour on an exoplanet, Zorgsa said on Wednesday.",
			[][3]string{{"Zorgsa", "have detected water vapour on an exoplanet, Zorgsa said", "2024-09-11"}}},
		{"ce que dit le verbe de parole", "fr", "2006-10-05",
			"Le groupe Zorgon a annoncé mardi que l'usine de Dole fermera.",
			[][3]string{{"Zorgon", "a annoncé que l'usine de Dole fermera", "2006-10-03"}}},
		{"coordinated verb shares the subject", "en", "2008-01-09",
			"Zorgon is the maker of the Blip player and launched the Blip Store, an online shop, on April 28, 2003.",
			[][3]string{{"Zorgon", "launched", "2003-04-28"}}},
		{"a noun phrase the word limit cut ends with its nouns", "en", "2006-01-11",
			"Zorgon Computer announced on Tuesday the first generation of their products to use Blip processors.",
			[][3]string{{"Zorgon Computer", "to use Blip processors", "2006-01-10"}}},
		{"le participe apposé s'accorde avec son nom", "fr", "1999-05-27",
			"Le Sénat a voté hier la loi sur les retraites, adoptée le 6 mai dernier par les députés.",
			[][3]string{{"la loi", "adoptée", "1999-05-06"}}},
		{"une date isolée en fin de phrase date la proposition d'avant", "fr", "2003-02-23",
			"Dans le bourg, la fumée a attiré l'attention des voisins et des passants vers 15 h 30, hier.",
			[][3]string{{"la fumée", "attiré", "2003-02-22"}}},
		{"a date set off at the sentence's end dates the clause before", "en", "2010-06-16",
			"In a crowded hall, Zorgon unveiled the Blip tablet, on Monday.",
			[][3]string{{"Zorgon", "unveiled", "2010-06-14"}}},
		{"deux noms coordonnés après « par » sont l'agent", "fr", "1999-07-09",
			"Le budget des retraites a été adopté hier par Zorgland Unie et Parti Zorgiste.",
			[][3]string{{"Zorgland Unie et Parti Zorgiste", "adopté", "1999-07-08"}}},
		{"a gerund after a verb shares its subject, and the label its verbs", "en", "2009-06-18",
			"Zorg Eastern will buy twenty Zorgbus jets. The planes are expected to start delivering in 2011.",
			[][3]string{{"The planes", "are expected to start delivering", "2011"}}},
		{"initials are no sentence end", "en", "2010-06-16",
			"Zorgon announced the Blip 4 on June 7. It is slated for a U.S. release on June 24.",
			[][3]string{{"Zorgon", "is slated for a U.S. release", "2010-06-24"}}},
		{"a future launch in its own words, the name whole", "en", "2024-03-15",
			"Zorgspace said on Tuesday that its Zorg Heavy rocket will launch no earlier than September 2025.",
			[][3]string{{"Zorg Heavy rocket", "will launch", "2025-09"}}},
		// (a vote's tally is its figures' claim: see TestVoteTally)
		{"verbe coordonné", "fr", "2012-07-04",
			"Les Éditions Pirou ont racheté la librairie Marceau et ouvert un second magasin le 3 mai 2011.",
			[][3]string{{"Éditions Pirou", "ouvert", "2011-05-03"}}},
		{"parenthesis before the date", "en", "2010-06-08",
			"Zorgon OS will be available as a free update to owners of older phones (including the Z3) on June 21.",
			[][3]string{{"Zorgon OS", "available", "2010-06-21"}}},
		{"parenthèse avant la date", "fr", "2012-07-04",
			"Après la guerre, Marcel Pagnol lance la revue Fortunio (un mensuel littéraire) en 1945.",
			[][3]string{{"Marcel Pagnol", "lance", "1945"}}},
		{"dates coordonnées du même verbe", "fr", "2012-06-22",
			"La console Zap sortira en Europe le 28 juillet, et en Amérique, le 18 août.",
			[][3]string{{"Zap", "Europe", "2012-07-28"}, {"Zap", "en Amérique", "2012-08-18"}}},
		{"coordinated dates of one verb", "en", "2012-06-22",
			"Zorgon will open its store in Paris on July 28, and in Berlin, on August 18.",
			[][3]string{{"Zorgon", "open", "2012-07-28"}, {"Zorgon", "in Berlin", "2012-08-18"}}},
		{"une liste d'années", "fr", "2012-07-07",
			"Après 2002, 2003, 2009 et 2010, Marta Vieira remporte pour la cinquième fois le tournoi.",
			[][3]string{{"Marta Vieira", "remporte", "2002"}, {"Marta Vieira", "remporte", "2003"}, {"Marta Vieira", "remporte", "2009"}, {"Marta Vieira", "remporte", "2010"}}},
		{"un pronom s'accorde en genre", "fr", "2012-06-23",
			"Le mathématicien Alan Turing est honoré. La communauté scientifique internationale célèbre le 23 juin 2012 son centenaire. Après la guerre, il lance le programme ACE (Automatic Computing Engine) en 1945.",
			[][3]string{{"Alan Turing", "lance", "1945"}}},
		{"a date completes an event noun and its complement", "fr", "2012-07-04",
			"Le nombre d'allocataires a augmenté depuis la mise en application du revenu minimum rural en 2009.",
			[][3]string{{"revenu minimum rural", "mise en application", "2009"}}},
		{"la décision d'une organisation, datée entre virgules", "fr", "2012-07-04",
			"Les habitants ont salué la décision de l'OMPI, le 28 juin dernier, de classer le site.",
			[][3]string{{"OMPI", "décision", "2012-06-28"}}},
		{"an owner's event noun", "en", "2005-11-10",
			"The airline had planned to show the plane at Zorgair's 85th birthday celebrations on November 16.",
			[][3]string{{"Zorgair", "celebrations", "2005-11-16"}}},
		{"a relative clause's antecedent holds a name", "en", "2009-06-09",
			"The new phone will ship with the new Zorgon 3.0 software, which will be available on June 17.",
			[][3]string{{"Zorgon 3.0 software", "available", "2009-06-17"}}},
		{"a participle the date follows, and its agent after the date", "en", "2008-04-09",
			"Sales doubled last year, according to figures released April 3 by Zorgon Group.",
			[][3]string{{"Zorgon Group", "released", "2008-04-03"}}},
		{"a participle's noun phrase holds a name", "en", "2010-07-17",
			"A Zorgon update released Thursday came with a new way of counting signal bars.",
			[][3]string{{"Zorgon update", "released", "2010-07-15"}}},
		{"la personne qu'un titre désigne, entre virgules", "fr", "2023-11-03",
			"Le ministre de l'Intérieur, Gérald Darmanin, a annoncé jeudi la mort d'un chauffeur routier.",
			[][3]string{{"Gérald Darmanin", "annoncé", "2023-11-02"}}},
		{"the opening event beside a figure keeps its own date", "en", "2023-12-14",
			"The Zorgland parliament on Wednesday approved a bill raising the minimum wage by 5%.",
			[][3]string{{"The Zorgland parliament", "approved", "2023-12-13"}}},
		{"the person a title names, between commas", "en", "2024-01-10",
			"The chief executive of Zorgon, Dave Mills, announced on Monday that he would step down.",
			[][3]string{{"Dave Mills", "announced", "2024-01-08"}}},
		{"an incidental participle between the subject and its verb", "en", "2007-10-15",
			"Zorgon, founded in 2009 in Lyon, went public in May 2019. The first Z380 superjumbo, made by Zorgair, was delivered on Monday to Singapore Airlines.",
			[][3]string{{"Zorgon", "went public", "2019-05"}, {"Z380 superjumbo", "delivered", "2007-10-15"}}},
		{"une relative entre le sujet et son verbe", "fr", "2012-07-04",
			"Le groupe Zorgon, qui emploie 8 000 salariés, a fermé son usine de Lille le 2 juillet.",
			[][3]string{{"Zorgon", "fermé", "2012-07-02"}}},
		{"un tribunal et sa ville sont un seul sujet", "fr", "2023-06-14",
			"Le tribunal correctionnel de Lyon a condamné mardi l'ancien maire pour corruption.",
			[][3]string{{"Le tribunal correctionnel de Lyon", "condamné", "2023-06-13"}}},
		{"a body's place qualifies it", "en", "2023-06-14",
			"A federal jury in Boston convicted the former mayor on Tuesday. The Norwegian parliament approved the bill on Monday.",
			[][3]string{{"A federal jury", "convicted", "2023-06-13"}, {"The Norwegian parliament", "approved", "2023-06-12"}}},
		{"a title before a person's name is not the name", "en", "2024-03-15",
			"Governor Kim Zorg declared a state of emergency on Thursday. President Joe Zorgon met the governor on Friday.",
			[][3]string{{"Kim Zorg", "declared", "2024-03-14"}, {"Joe Zorgon", "met", "2024-03-15"}}},
		{"un nom à particule majuscule", "fr", "2024-02-15",
			"Le ministre de l'Économie, Bruno Le Maire, a présenté lundi un plan de relance.",
			[][3]string{{"Bruno Le Maire", "présenté", "2024-02-12"}}},
		{"a date before the auxiliary", "en", "2007-01-10",
			"Zorgon Inc. today has introduced the much-anticipated Zorgphone, at the Expo in San Francisco.",
			[][3]string{{"Zorgon Inc", "introduced", "2007-01-10"}}},
		{"the thing an infinitive after a noun tells of", "en", "2005-10-04",
			"Zorgon Computer announced today another special event to be held on October 12.",
			[][3]string{{"Zorgon Computer", "Zorgon Computer: another special event to be held", "2005-10-12"}}},
		{"a name the text spaced around its hyphen", "en", "2008-04-09",
			"Zorgon's music store in February passed Wal - Mart in sales.",
			[][3]string{{"Zorgon", "passed Wal - Mart", "2008-02"}}},
		{"un nom de famille à particule", "fr", "2024-02-15",
			"Selon la presse, Ursula von der Leyen a présenté lundi un plan de défense.",
			[][3]string{{"Ursula von der Leyen", "présenté", "2024-02-12"}}},
		{"a name in the complement «to» of the subject's noun, as written", "en", "2011-06-07",
			"Improvements to the mobile Zorgari browser were also announced on Monday.",
			[][3]string{{"Zorgari browser", "Improvements to the mobile Zorgari browser were also announced", "2011-06-06"}}},
		{"le nom qu'un participe qualifie, non son complément", "fr", "2012-10-18",
			"Le premier des 28 Groupements d'Intervention Zorgiens composé de policiers et de gendarmes sera installé demain.",
			[][3]string{{"Groupements d'Intervention Zorgiens", "Groupements d'Intervention Zorgiens sera installé", "2012-10-19"}}},
		{"the noun a participle qualifies, not its agent", "en", "2012-10-18",
			"The workers employed by Zorgon protested on Monday.",
			[][3]string{{"The workers", "protested", "2012-10-15"}}},
		{"the thing an apposition named before («the Z380, a twin-deck aircraft … the aircraft»)", "en", "2005-05-18",
			"Zorgbus unveiled plans for the Z380, a twin-deck aircraft that can carry up to 840 people. The first test flight of the aircraft took place on March 3.",
			[][3]string{{"Z380", "The first test flight of the aircraft took place", "2005-03-03"}}},
		{"la chose qu'une apposition a nommée («le Z380, un avion à deux ponts … l'avion»)", "fr", "2005-05-18",
			"Zorgbus a présenté le Z380, un avion à deux ponts. Le premier vol de l'avion a eu lieu le 3 mars.",
			[][3]string{{"Z380", "Le premier vol de l'avion a eu lieu", "2005-03-03"}}},
		{"the people of a place, as written", "en", "2024-03-15",
			"Voters in Zorgia will go to the polls on June 9 to elect a new parliament.",
			[][3]string{{"Zorgia", "Voters in Zorgia will go to the polls", "2024-06-09"}}},
		// Near misses of this session's rules, from its review.
		{"a finite verb before «with» is no participle", "en", "2012-06-10",
			"When rescuers arrived with boats the villagers were evacuated on Sunday.",
			[][3]string{{"the villagers", "were evacuated", "2012-06-10"}}},
		{"la date d'un participe est la sienne, non celle du verbe principal", "fr", "2012-06-10",
			"L'usine Zorgon fermée par le groupe en 2009 a rouvert lundi.",
			[][3]string{{"Zorgon", "fermée par le groupe", "2009"}, {"Zorgon", "a rouvert", "2012-06-04"}}},
		{"a phrase opening the sentence is no apposition", "en", "2012-06-10",
			"At Zorgon, a union official said the union would call a strike on Monday.",
			[][3]string{{"the union", "would call a strike", "2012-06-11"}}},
		{"le gouverneur d'une banque centrale, non la banque", "fr", "2012-06-10",
			"Le gouverneur de la banque centrale zorgienne a démissionné lundi.",
			[][3]string{{"Le gouverneur de la banque centrale zorgienne", "a démissionné", "2012-06-04"}}},
		{"une amende à qui la paie, nommé après le montant", "fr", "2024-03-15",
			"La Cnil a infligé mardi une amende de 20 millions d'euros à Zorgnet pour manquements.",
			[][3]string{{"Zorgnet", "Zorgnet", "2024-03-12"}}},
		{"une amende à qui la paie, nommé après un montant en plusieurs mots", "fr", "2024-03-15",
			"La Commission européenne a infligé lundi une amende de 1,8 milliard d'euros à Apple pour abus de position dominante.",
			[][3]string{{"Apple", "Apple", "2024-03-11"}}},
		{"une amende est celle de qui la paie", "fr", "2024-03-15",
			"La Commission européenne a infligé mercredi à Zorgon une amende de 2 milliards d'euros.",
			[][3]string{{"Zorgon", "Zorgon", "2024-03-13"}}},
		{"l'acheteur après «par» et ses qualificatifs", "fr", "2024-03-15",
			"La société Zorgon a été rachetée en 2019 par le groupe américain Zorgcorp.",
			[][3]string{{"Zorgon", "acquired by Zorgcorp", "2019"}}},
		{"the buyer after «by» and a country", "en", "2024-03-15",
			"Zorgon was acquired in 2019 by the US group Zorgcorp.",
			[][3]string{{"Zorgon", "acquired by Zorgcorp", "2019"}}},
		{"the whole name a group is at", "en", "2024-03-15",
			"Scientists at Zorgon University said on Monday they had sequenced the genome of the Zorg wheat.",
			[][3]string{{"Zorgon University", "Scientists at Zorgon University said", "2024-03-11"}}},
		{"the buyer named before an active verb", "en", "2024-03-15",
			"Zorgcorp is a software company. Zorgon is a startup. Zorgcorp acquired Zorgon in 2019 for $1.2 billion.",
			[][3]string{{"Zorgon", "Zorgon acquired by Zorgcorp", "2019"}}},
		{"l'acheteur nommé avant le verbe actif", "fr", "2024-03-15",
			"Zorgcorp est un éditeur. Zorgon est une start-up. Zorgcorp a racheté Zorgon en 2019.",
			[][3]string{{"Zorgon", "Zorgon acquired by Zorgcorp", "2019"}}},
		{"no buyer from an unrelated «by»", "en", "2024-03-15",
			"Zorgon acquired Zorgtel on Monday, a move welcomed by the Zorgian regulator Zorgreg.",
			[][3]string{{"Zorgtel", "Zorgtel acquired", "2024-03-11"}}},
		{"pas d'acheteur nommé par son complément", "fr", "2024-03-15",
			"Zorgon a été rachetée en 2019 par le fondateur de Zorgcorp.",
			[][3]string{{"Zorgon", "Zorgon acquired", "2019"}}},
		{"a relative clause set off by commas, its figure's comma too", "en", "2024-03-15",
			"The Zorgville plant, which employs 2,300 workers, will close in June, the company announced.",
			[][3]string{{"Zorgville plant", "will close", "2024-06"}}},
		{"an infinitive's object is not the next clause's subject", "en", "2012-06-10",
			"After a vote to end the strike the workers returned on Monday.",
			[][3]string{{"the workers", "returned", "2012-06-04"}}},
		{"the noun an infinitive completes, with its owner as written", "en", "2006-05-23",
			"Its future is uncertain as Zorgon's contract to produce the aircraft expires in 2008.",
			[][3]string{{"Zorgon", "Zorgon's contract to produce the aircraft expires", "2008"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.lang, c.pub, c.text)
			for _, w := range c.want {
				ok := false
				for _, e := range evs {
					if e.Subject == w[0] && strings.Contains(e.Label, w[1]) && e.Date.String() == w[2] && !e.AsOf {
						ok = true
					}
				}
				if !ok {
					var got []string
					for _, e := range evs {
						got = append(got, e.Subject+" | "+e.Label+" | "+e.Date.String())
					}
					t.Errorf("no event %q; got %q", w, got)
				}
			}
		})
	}
}

func TestGenderClash(t *testing.T) {
	for _, c := range []struct {
		pronoun, phrase string
		want            bool
	}{
		{"il", "la communauté scientifique", true},
		{"il", "Une entreprise", true},
		{"il", "le gouvernement", false},
		{"il", "Alan Turing", false},
		{"elle", "le gouvernement", true},
		{"elles", "Un avion de ligne", true},
		{"elle", "la commission", false},
		{"it", "la commission", false},
	} {
		if got := genderClash(c.pronoun, c.phrase); got != c.want {
			t.Errorf("genderClash(%q, %q) = %v, want %v", c.pronoun, c.phrase, got, c.want)
		}
	}
}

// The event an article opens with is read beside a figure of its first
// sentence, unless its verb only reports or carries that figure.
func TestLeadEventBesideFigure(t *testing.T) {
	for _, c := range []struct {
		lang, text, verb string // verb is "" when no event is wanted
	}{
		{"fr", "Le candidat Paul Martin a été élu président de la Lombardie avec 13 millions de voix.", "élu"},
		{"en", "Zorgon unveiled a new tablet with 64 gigabytes of storage.", "unveiled"},
		{"en", "Zorgon announced today that it sold 3 million phones.", ""},
		{"en", "Zorgon has won a $13 billion contract.", ""},
		// Through the verbs of its chain: the figure's claim says it.
		{"fr", "Air Zorgon a dû annuler 340 vols jeudi.", ""},
		{"fr", "Le groupe Zorgon va supprimer entre 200 et 300 emplois.", ""},
		{"en", "Zorgon plans to close 60 branches by the end of the year.", ""},
		{"en", "Zorgquest peaked at 842,000 simultaneous players on Sunday.", ""},
		// The thing the verb moves, then by how much.
		{"en", "The Zorgland central bank raised its key interest rate by 0.25 percentage points to 4.5%.", ""},
		{"fr", "La Banque de Zorgland a relevé sa prévision de croissance à 1,2 %.", ""},
		// A place or time between the verb and its object.
		{"fr", "Le Secours zorglandais a perdu dans l'incendie environ trois tonnes de linge.", ""},
		{"en", "Zorgon sold in Europe 3 million phones.", ""},
		// A named object between the verb and the figure.
		{"en", "Judge Lewis Zorg sentenced Sam Blip to 25 years in prison.", ""},
		// (A decision dated on its day, "The Zorg Senate passed the bill on
		// Sunday by a vote of 51 to 50", is an event beside its tally:
		// TestSession34EventsBesideFigures.)
	} {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, c.lang, "2012-06-24", c.text) {
				if e.AsOf && e.Date.String() == "2012-06-24" || c.verb == "" {
					got = append(got, e.What) // (no event at all when none is wanted)
				}
			}
			if c.verb == "" && len(got) > 0 || c.verb != "" && (len(got) != 1 || got[0] != c.verb) {
				t.Errorf("lead events %q, want %q", got, c.verb)
			}
		})
	}
}

// The lead event takes the date of the verb its verb governs ("agreed to
// buy … in January 2022"), and the price of a purchase is a price.
func TestLeadEventThroughItsVerbChain(t *testing.T) {
	tl := buildText(t, "en", "2024-03-14", "Zorgsoft agreed to buy Blizzco for $68.7 billion in January 2022. Blizzco makes games for Zorgsoft.")
	var events []string
	for _, c := range tl.Claims {
		if !c.HasValue {
			events = append(events, c.Label+" "+c.Date.String())
		}
	}
	if want := []string{"Zorgsoft agreed to buy Blizzco 2022-01"}; strings.Join(events, ";") != strings.Join(want, ";") {
		t.Errorf("events %q, want %q", events, want)
	}
	if got := figuresOf(tl, 68.7e9); len(got) != 1 || got[0].Measure != "price ($)" {
		t.Errorf("price: %v", got)
	}
}

// A date that completes an event noun dates that event: never the clause's
// verb, and never an event of an event.
func TestNominalEventsNot(t *testing.T) {
	for _, c := range []struct {
		name, lang, pub, text string
		// not holds a subject and a date no event may have.
		not [2]string
	}{
		{"the verb does not take the noun's date", "fr", "2012-07-04",
			"Le nombre d'allocataires a augmenté depuis la mise en application du revenu minimum rural en 2009.",
			[2]string{"Le nombre d'allocataires", "2009"}},
		{"an event of an event names no subject", "fr", "2012-07-04",
			"Des milliers de personnes ont fui le pays depuis le début de la contestation en mars 2011.",
			[2]string{"la contestation", "2011-03"}},
		{"après l'événement daté, pas à sa date", "fr", "1999-06-08",
			"Le Premier ministre zorgonien, Paul Durand, a remis sa démission au président à la suite des élections législatives du 30 mai.",
			[2]string{"Paul Durand", "1999-05-30"}},
		{"le participe masculin ne dit rien de la cérémonie", "fr", "1999-05-27",
			"La reine Elizabeth a présidé hier la cérémonie officielle d'ouverture du nouveau Parlement du Pays de Galles, élu le 6 mai dernier.",
			[2]string{"la cérémonie officielle d'ouverture", "1999-05-06"}},
		{"a launch to come is not told as done", "en", "2024-03-15",
			"Zorgspace said on Tuesday that its Zorg Heavy rocket will launch no earlier than September 2025.",
			[2]string{"Zorgspace", "2025-09"}},
		{"a thing's state is no event", "fr", "2003-02-23",
			"Un incendie a détruit l'entrepôt. L'origine de l'incendie était inconnue hier après-midi.",
			[2]string{"L'origine de l'incendie", "2003-02-22"}},
		{"a demonstrative's thing names no subject", "fr", "2002-09-01",
			"Un sondage Zorgop a été publié dimanche. Cette enquête montre le 26 septembre une hausse sensible de l'optimisme.",
			[2]string{"Cette enquête", "2002-09-26"}},
		{"following the dated event, not on its date", "en", "2010-07-04",
			"Paul Durand resigned following the merger of June 3.",
			[2]string{"Paul Durand", "2010-06-03"}},
		{"the report's date is not the verb's", "en", "2010-07-04",
			"Sales rose after the publication of the Zorgon report on June 3.",
			[2]string{"Sales", "2010-06-03"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range eventsOf(t, c.lang, c.pub, c.text) {
				if e.Subject == c.not[0] && e.Date.String() == c.not[1] {
					t.Errorf("event %q | %q | %s", e.Subject, e.Label, e.Date)
				}
			}
		})
	}
}

// Reported statements with no date of their own take the date of the
// occasion the article says they were made at, and only then.
func TestOccasionStatements(t *testing.T) {
	for _, c := range []struct {
		name, lang, pub, text string
		// want holds the speaker, the date and a word of the passage of
		// each statement the text must yield; none a word of a passage
		// that must yield no event.
		want [][3]string
		none string
	}{
		{"a later statement of the speaker named at the press conference", "en", "2011-03-12",
			"Zorgon Inc. held a press conference on Friday. During the event, company CEO Mara Quill apologised to customers. Mara Quill also said that buyers of the old charger will receive a full refund.",
			[][3]string{{"Mara Quill", "2011-03-11", "refund"}}, ""},
		{"an admission at a dated interview", "en", "2011-03-12",
			"In a March 3 interview, Mara Quill said that the plant in Ohio would stay open. Quill admitted that the plant was losing money.",
			[][3]string{{"Mara Quill", "2011-03-03", "losing"}}, ""},
		{"un discours daté, puis une autre déclaration de l'orateur", "fr", "2012-07-05",
			"Lors de son discours devant l'Assemblée nationale mardi 3 juillet, Jean-Paul Lavoine a annoncé une réforme des retraites. Jean-Paul Lavoine a précisé que la réforme concernerait tous les salariés.",
			[][3]string{{"Jean-Paul Lavoine", "2012-07-03", "concernerait"}}, ""},
		{"no occasion: an undated statement stays undated", "en", "2011-03-12",
			"Zorgon Inc. sold its plant in Ohio on Friday. Mara Quill said that the buyers would keep the staff.",
			nil, "staff"},
		{"another speaker than the occasion's", "en", "2011-03-12",
			"In a March 3 interview, Mara Quill said that the plant would stay open. Analyst Tom Berrow said that the plant was losing money.",
			nil, "losing"},
		{"pas d'occasion : une déclaration sans date reste sans date", "fr", "2012-07-05",
			"La société Pirou a fermé son usine de Lyon mardi. Jean-Paul Lavoine a déclaré que les salariés seraient reclassés.",
			nil, "reclassés"},
		{"the name after the verb is what is reported, not who speaks", "en", "2011-03-12",
			"Mara Quill held a press conference on Friday. The group said that Zorgon's offer was not enough.",
			nil, "enough"},
		{"a statement giving a figure is the figure's", "en", "2011-03-12",
			"Zorgon Inc. held a press conference on Friday. During the event, company CEO Mara Quill apologised to customers. Quill said that Zorgon sold 3 million chargers.",
			nil, "chargers"},
	} {
		t.Run(c.name, func(t *testing.T) {
			events := eventsOf(t, c.lang, c.pub, c.text)
			for _, w := range c.want {
				found := false
				for _, e := range events {
					if strings.Contains(e.Quote, w[2]) && e.Subject == w[0] && e.Date.String() == w[1] {
						found = true
					}
				}
				if !found {
					t.Errorf("no statement of %s on %s in the passage of «%s»", w[0], w[1], w[2])
				}
			}
			for _, e := range events {
				if c.none != "" && strings.Contains(e.Quote, c.none) {
					t.Errorf("event %q (%s, %s) read from «%s», want none", e.Label, e.Subject, e.Date, e.Quote)
				}
			}
			if t.Failed() {
				for _, e := range events {
					t.Logf("event %q %s %s %q", e.Label, e.Subject, e.Date, e.Reasons)
				}
			}
		})
	}
}

// TestFrontedParticipleEvents: a participle opening the sentence ("Créé il
// y a 30 ans, ce terminal…", "Founded in 1997, Zorgon…") tells of the
// subject of the clause after its comma, never of a name further on nor of
// the participle itself.
func TestFrontedParticipleEvents(t *testing.T) {
	for _, c := range []struct {
		lang, text, subject string // subject "" when no founding may be read
	}{
		{"fr", "Fondée en 1997, la société Zorgon emploie aujourd'hui 300 personnes.", "Zorgon"},
		{"en", "Founded in 1997, Zorgon now employs 300 people.", "Zorgon"},
		{"fr", "Le Zorgophone a cessé de fonctionner samedi. Créé il y a 30 ans, ce terminal destiné au service Zorgtel a compté 9 millions d'utilisateurs.", ""},
	} {
		tl := buildText(t, c.lang, "2012-06-22", c.text)
		var got []string
		for _, cl := range tl.Claims {
			if cl.What == "founded" {
				got = append(got, cl.Subject)
			}
		}
		if c.subject == "" && len(got) > 0 || c.subject != "" && (len(got) != 1 || got[0] != c.subject) {
			t.Errorf("%q: foundings of %q, want %q", c.text, got, c.subject)
		}
	}
}

// TestNegatedVerbsAreNoEvents: what did not happen is no event.
func TestNegatedVerbsAreNoEvents(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Depuis l'édition 2010 du tournoi, Zorga n'avait remporté aucun titre."},
		{"fr", "Zorgon n'a pas lancé son service le 3 mai 2011."},
		{"en", "Zorgon did not launch its service on May 3, 2011."},
		{"en", "Zorgon has never opened a store in Berlin since 2009."},
		{"fr", "Le 3 mai 2011, les Zorgois ne sont pas encore mobilisés par les élections."},
		// A present participle tells of no event either.
		{"fr", "Zorgix est un système libre dérivé du système Zorgian et incluant le noyau Zorg depuis 2004."},
	} {
		for _, cl := range buildText(t, c.lang, "2012-07-07", c.text).Claims {
			if !cl.HasValue && cl.What != "statement" {
				t.Errorf("%q: event %q", c.text, cl.Label)
			}
		}
	}
}

// An event's label never ends inside another date of its sentence: the
// words "on October" of "on October 12" are not left hanging.
func TestEventLabelsEndOutsideDates(t *testing.T) {
	for _, c := range []struct{ lang, pub, text string }{
		{"en", "2005-10-04", "Zorgon Computer announced today another special event to be held on October 12."},
		{"fr", "1999-06-08", "Le Premier ministre zorgonien, Paul Durand, a remis sa démission au président à la suite des élections législatives du 30 mai."},
	} {
		for _, e := range eventsOf(t, c.lang, c.pub, c.text) {
			for _, tail := range []string{" October", " on", " du 30", " du"} {
				if strings.HasSuffix(e.Label, tail) {
					t.Errorf("%q: label %q ends inside a date", c.text, e.Label)
				}
			}
		}
	}
}

// A teaser of a few words opening an article ("Jacques Chirac a fait
// vite.") tells no event of its own: the article tells it below.
func TestShortTeaserIsNoLeadEvent(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Jacques Zorg a fait vite. Le président a nommé mardi son Premier ministre."},
		{"en", "George Zorg has arrived. The president landed in Salt Lake City on Friday for the games."},
	} {
		for _, e := range eventsOf(t, c.lang, "2002-05-07", c.text) {
			if e.AsOf && strings.Contains(c.text, e.Label+".") {
				t.Errorf("%q: lead event %q", c.text, e.Label)
			}
		}
	}
}

// An acquisition's buyer is the agent of its verb, not a name after an
// unrelated "by" or "par", nor the organisation a person of it belongs to.
func TestNoBuyerFromAnotherClause(t *testing.T) {
	for _, c := range []struct{ lang, text, not string }{
		{"en", "Zorgon acquired Zorgtel on Monday, a move welcomed by the Zorgian regulator Zorgreg.", "by Zorgian"},
		{"en", "Zorgon bought Zorgtel on Tuesday after a bid was rejected by Zorgcorp.", "by Zorgcorp"},
		{"fr", "Zorgon a été rachetée en 2019 par le fondateur de Zorgcorp.", "by Zorgcorp"},
	} {
		for _, e := range eventsOf(t, c.lang, "2024-03-15", c.text) {
			if strings.Contains(e.Label, c.not) {
				t.Errorf("%q: %q", c.text, e.Label)
			}
		}
	}
}

// An infinitive of purpose ("pour lutter", "to fight") is no finite verb an
// article opens with; one after an auxiliary is ("is to close").
func TestLeadEventIsNoInfinitive(t *testing.T) {
	for _, text := range []string{"Zorgon is to close its plant in Zorgville, putting 900 jobs at risk.", "Zorgon est sur le point de racheter son concurrent Zorgix."} {
		lang := map[bool]string{true: "en", false: "fr"}[strings.HasPrefix(text, "Zorgon is")]
		if evs := eventsOf(t, lang, "2012-06-10", text); len(evs) == 0 {
			t.Errorf("%q: no lead event", text)
		}
	}
	for _, c := range []struct{ lang, text, verb string }{
		{"fr", "Le premier des 28 Groupements Zorgiens composé de policiers, gendarmes et agents du fisc pour lutter contre les réseaux, sera installé à Zorgville.", "lutter"},
		{"en", "The first of 28 Zorgian units made up of police and customs officers to fight crime networks, will be set up in Zorgville.", "fight"},
	} {
		for _, e := range eventsOf(t, c.lang, "2002-05-23", c.text) {
			if e.What == c.verb {
				t.Errorf("%q: lead event %q", c.text, e.Label)
			}
		}
	}
}

// A French finite verb agrees in number with its subject: a noun of the
// other number before it is not the one that acted; a singular noun
// completed by a plural one, or a coordination, may still be.
func TestSubjectAgreesWithItsVerb(t *testing.T) {
	for _, c := range []struct {
		text, subject string // subject "": no event with the label's verb
		verb          string
	}{
		{"Des centaines d'habitants du quartier, en colère contre le projet de la mairie, ont manifesté mardi à Zorgville.", "", "manifesté"},
		{"Les habitants, inquiets, ont manifesté mardi à Zorgville.", "Les habitants", "manifesté"},
		{"Le syndicat des cheminots a appelé mardi à la grève.", "Le syndicat des cheminots", "appelé"},
		{"Le maire et son adjoint ont inauguré mardi la nouvelle école.", "Le maire et son adjoint", "inauguré"},
		{"La plupart des salariés de l'usine ont cessé le travail mardi.", "", "cessé"},
		{"Une partie des élus ont quitté la séance mardi.", "", "quitté"},
		{"La nouvelle usine a ouvert ses portes mardi.", "La nouvelle usine", "ouvert"},
		{"Les nouveaux trains sont entrés en service mardi.", "Les nouveaux trains", "entrés"},
	} {
		found := ""
		for _, e := range eventsOf(t, "fr", "2012-07-04", c.text) {
			if strings.Contains(e.Label, c.verb) {
				found = e.Subject
			}
		}
		if c.subject == "" && found != "" && !strings.Contains(found, "des") && !strings.Contains(found, "salariés") && !strings.Contains(found, "élus") {
			t.Errorf("%q: event of %q, a noun its verb does not agree with", c.text, found)
		}
		if c.subject != "" && found != c.subject {
			t.Errorf("%q: subject %q, want %q", c.text, found, c.subject)
		}
	}
}

// The event an article opens with is its main clause's, not that of a
// relative clause inside its subject.
func TestLeadEventIsNoRelativeClause(t *testing.T) {
	for _, c := range []struct{ lang, text, not, want string }{
		{"fr", "Des milliers d'habitants, excédés par les groupes qui contrôlent la région depuis trois mois, ont manifesté à Zorgville.", "contrôlent", ""},
		{"en", "Zorgon, which makes batteries, opened a new plant in Zorgville.", "makes", "opened"},
	} {
		var got []string
		for _, e := range eventsOf(t, c.lang, "2012-07-04", c.text) {
			got = append(got, e.Label)
			if strings.Contains(e.Label, c.not) {
				t.Errorf("%q: lead event %q, a relative clause's", c.text, e.Label)
			}
		}
		if c.want != "" && !strings.Contains(strings.Join(got, "|"), c.want) {
			t.Errorf("%q: no lead event with %q; got %q", c.text, c.want, got)
		}
	}
}

// A word of a name tells no event: "Pentagon Acquisition Director" is no
// acquisition.
func TestEventWordInsideAName(t *testing.T) {
	for _, e := range eventsOf(t, "en", "2008-03-01", "The plan was approved on Monday by Pentagon Acquisition Director Michael Zorgne.") {
		if strings.Contains(e.Label, "acquired") {
			t.Errorf("event %q from a word of a name", e.Label)
		}
	}
}

// The end a past act set ("prolongée jusqu'au 31 janvier", "postponed
// until Saturday") is not when it was done; what will go on until a date
// is dated by it.
func TestUntilDatesNoPastAct(t *testing.T) {
	for _, c := range []struct{ lang, text, not, want string }{
		{"fr", "La campagne de vaccination a été prolongée jusqu'au 31 janvier.", "01-31", ""},
		{"en", "The Zorgland vote was postponed until Saturday.", "10-18", ""},
		{"fr", "Le terroriste Zorgo devra attendre jusqu'au 2 juin pour voir l'examen de sa demande.", "", "2026-06-02"},
	} {
		var got []string
		for _, e := range eventsOf(t, c.lang, "2025-10-15", c.text) {
			got = append(got, e.Date.String())
			if c.not != "" && strings.HasSuffix(e.Date.String(), c.not) {
				t.Errorf("%q: event %q dated %s, the end it set", c.text, e.Label, e.Date)
			}
		}
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: no event of %s; got %q", c.text, c.want, got)
		}
	}
}

// A date a thing is set for ("an election for July 4") is ahead, and not
// when the verb before it happened; what the next sentence tells in the
// past did not happen on it.
func TestDateSetFor(t *testing.T) {
	tl := buildText(t, "en", "2024-03-15", "Prime Minister Jan Zorg announced a general election for July 4. Storm Zelda killed at least 16 people across Europe.")
	for _, c := range tl.Claims {
		if c.Date.String() == "2023-07-04" {
			t.Errorf("%q dated a July 4 in the past", c.Label)
		}
		if c.Metric == MetricEvent && strings.Contains(c.Label, "announced") && !c.AsOf {
			t.Errorf("%q: the announcement dated %s, want as of the publication", c.Label, c.Date)
		}
		if c.HasValue && c.Value == 16 && c.Date.String() != "2024-03-15" {
			t.Errorf("%q dated %s by the election's day", c.Label, c.Date)
		}
	}
	tl = buildText(t, "fr", "2024-03-15", "Le gouvernement zorglandais a fixé un référendum pour le 4 juillet.")
	for _, c := range tl.Claims {
		if c.Date.String() == "2023-07-04" {
			t.Errorf("%q dated a July 4 in the past", c.Label)
		}
	}
}

// An undated clause that tells with "also" of what was done is an event of
// the day told before (the event just before, else the article's news);
// nothing else undated is, nor a state, nor what is to come.
func TestAlsoEvents(t *testing.T) {
	for _, c := range []struct {
		lang, text, label, date string // label "" when no event must be read
	}{
		{"en", "Zorgon unveiled the Z-Pad on Wednesday in San Francisco. Jobs also announced a new music service.", "announced a new music service", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday in San Francisco. A new version of Zorgtunes was also announced at the event.", "was also announced", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Jan Zorg, the chief executive, also revealed that the Z-Pad would ship with a stylus.", "revealed", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Chief executive Anna Zorg said it was thin. The Z-Pad market share is up 82%. She also announced a music service.", "Anna Zorg announced a music service", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. The Z-Pad market share is up 82%. He also announced a music service.", "", ""},
		{"en", "Steve Zorg unveiled the Z-Pad on Wednesday. The Z-Pad market share is up 82%. He also announced a music service.", "Steve Zorg announced a music service", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Zorgon has also launched a music service.", "launched a music service", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Zorgon also declined to comment.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. The company has also faced criticism over its pay policy.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Anna Zorg also said that buyers would get a refund.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Zorgon will also launch a new music service.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Zorgon also sells printers.", "", ""},
		{"fr", "Zorgon a présenté mercredi sa tablette. Jan Zorg a aussi annoncé un service de musique.", "annoncé un service de musique", "2010-10-20"},
		{"fr", "Zorgon a présenté mercredi sa tablette. Les prix sont également élevés.", "", ""},
		{"fr", "Une panne a privé mercredi la ville d'électricité. La plupart ont également été touchées par la panne.", "", ""},
		// what is told as coming right after: "ensuite", "aussitôt", "then"
		{"fr", "Zorgon a présenté mercredi sa tablette. Jan Zorg a ensuite inauguré une usine à Lyon.", "a ensuite inauguré une usine", "2010-10-20"},
		{"fr", "Jan Zorg a été réélu mercredi. Celui-ci s'est aussitôt lancé dans les consultations.", "Zorg s'est aussitôt lancé dans les consultations", "2010-10-20"},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Anna Zorg then opened a store in Paris.", "Anna Zorg opened a store", "2010-10-20"},
		{"fr", "Zorgon a présenté mercredi sa tablette. Les prix étaient alors élevés alors que la demande baissait.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Since then the company has hired staff.", "", ""},
		{"en", "Zorgon unveiled the Z-Pad on Wednesday. Anna Zorg later founded Zorgbank with the proceeds.", "", ""},
	} {
		tl := buildText(t, c.lang, "2010-10-23", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			if first, _, _ := strings.Cut(c.text, ". "); cl.Metric != MetricEvent || strings.HasPrefix(cl.Quote, first) {
				continue // (the first sentence's own event)
			}
			got = append(got, cl.Label+" @"+cl.Date.String())
			if c.label != "" && strings.Contains(cl.Label, c.label) && cl.Date.String() == c.date {
				found = true
			}
		}
		if c.label == "" && len(got) > 0 {
			t.Errorf("%q: events %q, want none", c.text, got)
		}
		if c.label != "" && !found {
			t.Errorf("%q: events %q, want one with %q of %s", c.text, got, c.label, c.date)
		}
	}
}

// The organisation named right before an event word's verb is the event's
// subject, not the one the set names most: "Zorgon Computer today launched
// a 3G version of its Zorgphone device".
func TestEventWordSubjectBeforeItsVerb(t *testing.T) {
	// (not an acquisition's: "Zorgsoft acquired Zorgin" is Zorgin's)
	acquired := false
	for _, c := range buildText(t, "en", "2016-06-14", "Zorgin shares rose. Zorgsoft acquired Zorgin in 2016.").Claims {
		if c.Metric == MetricEvent && strings.Contains(c.Label, "acquired") {
			acquired = true
			if c.Subject == "Zorgsoft" {
				t.Errorf("%q: the buyer as the acquisition's subject", c.Label)
			}
		}
	}
	if !acquired {
		t.Error("no acquisition read")
	}
	tl := buildText(t, "en", "2008-06-09", "Zorgphone sales rose in May. Zorgphone buyers queued. Zorgon Computer today launched a 3G version of its Zorgphone device.")
	found := false
	for _, c := range tl.Claims {
		if c.Metric == MetricEvent && strings.Contains(c.Label, "launched") {
			found = true
			if c.Subject != "Zorgon Computer" {
				t.Errorf("%q: subject %q, want Zorgon Computer", c.Label, c.Subject)
			}
		}
	}
	if !found {
		t.Error("no launch read")
	}
}

// "He" after a sentence about a person named by a role ("The prime
// minister") is that person, not the last one named in full.
func TestHeAfterARole(t *testing.T) {
	tl := buildText(t, "en", "2024-06-10", "John Zorg, an analyst at Zorgbank, said talks were hard. The prime minister arrived in Kyiv on Monday. He announced a new aid package on Monday.")
	found := false
	for _, c := range tl.Claims {
		if strings.Contains(c.Label, "aid package") {
			found = true
			if c.Subject != "The prime minister" {
				t.Errorf("%q: subject %q, want The prime minister", c.Label, c.Subject)
			}
		}
	}
	if !found {
		t.Error("no event of the aid package")
	}
}

// Who speaks after the verb is read only when the verb follows the comma
// that ends the words reported, and the speaker ends the sentence.
func TestSpeakerAfterTheVerbOnlyAtTheEnd(t *testing.T) {
	for _, text := range []string{
		"The minister met union leaders on Monday, then announced the closure of the Zorgange plant.",
		"The Lyon plant, said Zorg Norton on Tuesday, will close in December.",
	} {
		for _, cl := range eventsOf(t, "en", "2012-06-05", text) {
			if strings.Contains(cl.Subject, "closure") || cl.Subject == "Zorg Norton" {
				t.Errorf("%q: event %q with subject %q", text, cl.Label, cl.Subject)
			}
		}
	}
}

// A figure that a predicate of its own tells after the verb's words
// ("available on Mac computers for US$29") leaves the verb's event beside
// it; a figure the verb itself states ("lost $3.7 billion") is the claim.
func TestEventBesideAFigureOfItsOwnPredicate(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       string // the event's label, "" for none
	}{
		{"en", "Zorgsoft said its Quill OS will be shipped in July through the online Zorg Store available on Zorg computers for US$29.",
			"Quill OS will be shipped through the online Zorg Store"},
		{"en", "The Quill tablet will be released on July 12 in the United States, priced at $499 for the base model.",
			"Quill tablet will be released in the United States"},
		{"fr", "La tablette Quill sortira le 12 juillet en France, vendue à 499 euros.", "Quill sortira en France"},
		// A count of what the act is for is not what the verb states.
		{"fr", "Paul Zorgin comparaissait hier devant le tribunal correctionnel de Belfort pour deux affaires d'exhibition sexuelle.",
			"Paul Zorgin comparaissait devant le tribunal correctionnel de Belfort"},
		{"en", "Paul Zorgin appeared on Monday before a federal judge in Boston for two counts of fraud.",
			"Paul Zorgin appeared before a federal judge in Boston"},
		{"en", "Zorg Labs lost $3.7 billion in July.", ""},
		{"fr", "Zorg Labs a perdu 3,7 milliards de dollars en juillet.", ""},
	} {
		var events []string
		for _, c := range buildText(t, tc.lang, "2011-06-07", tc.text).Claims {
			if !c.HasValue && !c.Unsure {
				events = append(events, c.Label)
			}
		}
		if tc.want == "" && len(events) > 0 || tc.want != "" && !slices.Contains(events, tc.want) {
			t.Errorf("%q: events %q, want %q", tc.text, events, tc.want)
		}
	}
}

// The review's sentences for the predicate rule: a predicate inside the
// words a verb reports, or one that gives no figure, cuts no label and
// adds no event.
func TestPredicateRuleHoldsItsScope(t *testing.T) {
	for _, tc := range []struct{ lang, text, not string }{
		{"en", "Toyota said on Tuesday that sales of the Prius, popular in Japan, rose 20% in June.", "Toyota said that sales of the Prius"},
		{"en", "The ministry said on Friday that the number of people affected by the floods reached 30,000.", "The ministry said that the number of people"},
		{"fr", "Le ministère a indiqué lundi que le nombre de personnes touchées par les inondations atteint 30 000.", "Le ministère a indiqué que le nombre de personnes"},
		{"en", "Sony announced on Thursday that the PlayStation Vita, available in Japan since December, has sold 1.2 million units.", "Sony announced that the PlayStation Vita"},
		{"en", "Ford said on Wednesday that its plant located in Genk will close in 2014, cutting 4,300 jobs.", "Ford said that its plant"},
		{"en", "Police said on Monday that the men arrested in Leeds were charged with terrorism offences.", "Police said that the men"},
		{"en", "A federal jury on Friday declared the company liable for damages of $1.05 billion.", "A federal jury declared the company"},
		{"en", "Police on Sunday arrested a man suspected of the murder of a teenager.", "Police arrested a man"},
		{"fr", "Renault a annoncé mardi la fermeture de son usine située à Sandouville.", "Renault a annoncé la fermeture de son usine"},
	} {
		for _, c := range buildText(t, tc.lang, "2012-07-04", tc.text).Claims {
			if !c.HasValue && c.Label == tc.not {
				t.Errorf("%q: event %q", tc.text, c.Label)
			}
		}
	}
}

// An English present verb the tagger read as a plural noun ("ZorgAd
// launches on July 1", ", which launches on July 1"), "goes live", and a
// name inside a noun phrase for a thing ("The ZorgAd service will open")
// make the event and its subject.
func TestPresentEventsOfNamedThings(t *testing.T) {
	const first = "ZorgAd is an ad service. Zorgon unveiled the Z-Pad on Monday. "
	for _, c := range []struct{ text, subject, label, date string }{
		{"ZorgAd launches on July 1.", "ZorgAd", "launches", "2010-07-01"},
		{"ZorgAd, which launches on July 1, is free.", "ZorgAd", "launches", "2010-07-01"},
		{"ZorgAd goes live on July 1.", "ZorgAd", "goes live", "2010-07-01"},
		{"The ZorgAd service will open on July 1.", "ZorgAd", "will open", "2010-07-01"},
		{"The Paris company will open a store on July 1.", "", "", ""},
		{"Zorgon shares on Monday hit a record.", "", "", ""},
		{"Zorgon plants near Nagoya, in March 2011.", "", "", ""},
		{"Zorgon shares lower after the Gulf spill, on Monday.", "", "", ""},
	} {
		tl := buildText(t, "en", "2010-06-08", first+c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			if cl.Metric != MetricEvent || !strings.Contains(c.text, cl.Quote) && !strings.Contains(cl.Quote, c.text) {
				continue
			}
			got = append(got, cl.Subject+"|"+cl.Label+"@"+cl.Date.String())
			if c.label == "" && (cl.Subject == "Paris" || strings.Contains(cl.Label, "shares") || strings.Contains(cl.Label, "plants")) {
				t.Errorf("%q: event %q of %q", c.text, cl.Label, cl.Subject)
			}
			if c.label != "" && cl.Subject == c.subject && strings.Contains(cl.Label, c.label) && cl.Date.String() == c.date {
				found = true
			}
		}
		if c.label != "" && !found {
			t.Errorf("%q: events %q, want %q's %q of %s", c.text, got, c.subject, c.label, c.date)
		}
	}
}

// Words the tagger misread: "programme" after a name its article opens
// is a noun ("the ACE programme"), and "entre" before a preposition of
// place the verb "entrer" ("entre à l'université en 1948").
func TestTagRepairsForEvents(t *testing.T) {
	for _, c := range []struct{ lang, text, label, date string }{
		{"en", "Alan Zorg was born in 1912 in London. He launched the ACE programme in 1945 and joined the University of Manchester in 1948.", "Alan Zorg launched the ACE programme", "1945"},
		{"en", "Alan Zorg was born in 1912 in London. He launched the ACE programme in 1945 and joined the University of Manchester in 1948.", "Alan Zorg joined the University of Manchester", "1948"},
		{"fr", "Alan Zorg est né en 1912 à Londres. Après la guerre, il lance le programme ACE en 1945 et entre à l'université de Manchester en 1948.", "Alan Zorg entre à l'université de Manchester", "1948"},
		{"en", "The Democrats say in a statement that they won 52 seats on Monday.", "", ""},
	} {
		tl := buildText(t, c.lang, "2012-06-23", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			if cl.Metric == MetricEvent {
				got = append(got, cl.Label+"@"+cl.Date.String())
				found = found || strings.Contains(cl.Label, c.label) && cl.Date.String() == c.date
			}
		}
		if c.label != "" && !found {
			t.Errorf("%q: events %q, want %q of %s", c.text, got, c.label, c.date)
		}
		if c.label == "" {
			seats := false
			for _, cl := range tl.Claims {
				seats = seats || cl.HasValue && cl.Value == 52 && cl.Subject == "Democrats"
			}
			if !seats {
				t.Errorf("%q: the Democrats' 52 seats were not read", c.text)
			}
		}
	}
}

// A company named by what it belongs to ("The Star Alliance carrier", "the
// Bundesliga club") is the one named before, not the alliance or the
// league; "she" after a person's surname owning a figure is that person.
func TestNamedByWhatItBelongsTo(t *testing.T) {
	for _, c := range []struct{ text, subject, label string }{
		{"Zorghansa reported a loss in the third quarter. The Star Alliance carrier will cut 2,000 jobs next year.", "Zorghansa", "cut 2,000 jobs"},
		{"Zorgern Munich won the title in 2010. The Bundesliga club will open a new stadium on July 1.", "Zorgern Munich", "open a new stadium"},
		{"Angela Zorgel met Nicolas Sarkozy in Berlin. Zorgel's approval rating fell to 40% in May. She said on Monday that she would not resign.", "Zorgel", "would not resign"},
		{"Another Day Productions sold 3 million tickets in 2011.", "Another Day Productions", "3 million tickets"},
	} {
		tl := buildText(t, "en", "2012-07-05", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			got = append(got, cl.Subject+"|"+cl.Label)
			found = found || strings.Contains(cl.Label, c.label) && strings.Contains(cl.Subject, c.subject)
		}
		if !found {
			t.Errorf("%q: claims %q, want %q of %q", c.text, got, c.label, c.subject)
		}
	}
}

// A short quoted term with no verb («a “special charity-flight”», «un
// « Congrès national général »») is part of its clause, not a quotation
// that ends it.
func TestQuotedTermInItsClause(t *testing.T) {
	for _, c := range []struct{ lang, text, subject, label string }{
		{"en", "The first Z380 was delivered today to Zorg Airlines. The first flight will take off for a “special charity-flight” from Singapore and land in Sydney on October 25.", "The first flight", "land in Sydney"},
		{"fr", "Les Zorgiens votent samedi. Quelque 2 700 000 Zorgiens sont appelés aux urnes afin de choisir un « Congrès national général » de 200 membres.", "Congrès national général", "200 membres"},
	} {
		tl := buildText(t, c.lang, "2007-10-15", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			got = append(got, cl.Subject+"|"+cl.Label)
			found = found || cl.Subject == c.subject && strings.Contains(cl.Label, c.label)
		}
		if !found {
			t.Errorf("%q: claims %q, want %q of %q", c.text, got, c.label, c.subject)
		}
	}
}

// A noun whose complement names someone ("La grève chez Zorgon", "The
// meeting between Anna Zorgova and Peter Zorgin") is the event's subject, with
// its complement; the names are not what happened.
func TestEventOfANounWithItsComplement(t *testing.T) {
	for _, c := range []struct{ lang, text, label string }{
		{"fr", "La grève chez Zorgon a pris fin vendredi.", "La grève chez Zorgon a pris fin"},
		{"fr", "L'accord avec Zorgon a été signé lundi.", "L'accord avec Zorgon a été signé"},
		{"en", "The meeting between Anna Zorgova and Peter Zorgin took place on Monday in Mexico.", "The meeting between Anna Zorgova and Peter Zorgin took place"},
		{"en", "The talks with Zorgon ended on Friday.", "The talks with Zorgon ended"},
	} {
		tl := buildText(t, c.lang, "2012-06-10", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			got = append(got, cl.Label)
			found = found || strings.HasPrefix(cl.Label, c.label)
		}
		if !found {
			t.Errorf("%q: events %q, want %q", c.text, got, c.label)
		}
	}
}

// TestParticipleSetOffByItsAgent: a participle set off by commas after the
// subject ("The plant, bought by Zorgon in 2019,", «L'usine, rachetée par
// Zorgon en 2019,») is its agent's dated act, its date not the figure's of
// the main clause, and the French verb after it is the clause's verb.
func TestParticipleSetOffByItsAgent(t *testing.T) {
	for _, c := range []struct {
		lang, text         string
		event, eventDate   string
		value              float64
		measure, valueDate string
	}{
		{"en", "The plant, bought by Zorgon in 2019, employs 1,200 people.", "The plant, bought by Zorgon", "2019", 1200, "people employ", "as of 2024-03-12"},
		{"en", "The bridge, built by Vellport in 1998, carries 40,000 vehicles a day.", "The bridge, built by Vellport", "1998", 40000, "vehicle a day", "as of 2024-03-12"},
		{"fr", "L'usine, rachetée par Zorgon en 2019, emploie 1 200 personnes.", "L'usine, rachetée par Zorgon", "2019", 1200, "personne emploie", "as of 2024-03-12"},
		{"fr", "Le groupe Zorgon, fondé en 1950, compte 3 000 salariés.", "", "", 3000, "salarie", "as of 2024-03-12"},
	} {
		tl := buildText(t, c.lang, "2024-03-12", c.text)
		var events []string
		found := c.event == ""
		for _, cl := range tl.Claims {
			if cl.Metric == MetricEvent {
				events = append(events, cl.Subject+": "+cl.Label+"@"+cl.Date.String())
				found = found || cl.Label == c.event && cl.Subject == "Zorgon" || cl.Label == c.event && cl.Subject == "Vellport"
			}
		}
		if !found {
			t.Errorf("%q: events %q, want %q by its agent", c.text, events, c.event)
		}
		figs := figuresValued(t, c.lang, "2024-03-12", c.text, c.value)
		if len(figs) != 1 || figs[0].Measure != c.measure || dateOrAsOf(figs[0]) != c.valueDate {
			for _, f := range figs {
				t.Errorf("%q: figure %v %q %s, want %q %s", c.text, c.value, f.Measure, dateOrAsOf(f), c.measure, c.valueDate)
			}
		}
	}
}

func dateOrAsOf(c Claim) string {
	if c.AsOf {
		return "as of " + c.Date.String()
	}
	return c.Date.String()
}

// TestFrenchAdjectiveOpeningAndModal: a French sentence that opens with an
// adjective before its noun or figure («Bonne nouvelle pour…», «Seuls
// 46,2 %…») opens with no name, and the subject of an infinitive after a
// verb («Le gouvernement doit présenter») is that verb's.
func TestFrenchAdjectiveOpeningAndModal(t *testing.T) {
	tl := buildText(t, "fr", "2025-06-12", "Bonne nouvelle pour les ménages. Le tarif baissera de 15 % le 1er août, a annoncé jeudi la Commission de régulation de l'énergie. Seuls 46,2 % des plus de 65 ans étaient vaccinés au 31 décembre.")
	for _, c := range tl.Claims {
		if c.Subject == "Bonne" || c.Subject == "Seuls" || c.SaidBy == "Bonne" {
			t.Errorf("%q: subject %q", c.Label, c.Subject)
		}
	}
	for _, c := range []struct{ text, subject string }{
		{"Le gouvernement doit présenter un plan logement le 15 avril.", "Le gouvernement"},
		{"La ministre veut déposer un texte le 2 mai.", "La ministre"},
	} {
		found := false
		for _, cl := range buildText(t, "fr", "2025-04-10", c.text).Claims {
			found = found || cl.Metric == MetricEvent && cl.Subject == c.subject && !strings.Contains(cl.Label, "doit doit")
		}
		if !found {
			t.Errorf("%q: no event of %q", c.text, c.subject)
		}
	}
}

// TestNoEventOfAQuantityOrAZeroRelative: a noun phrase that names a
// quantity acts in no event ("the number distributed five years ago"), a
// relative clause without "that" inside a noun phrase is no news ("the
// people it helped last year were in work"), and a present relative's
// figure is of now, not of a deadline told before it.
func TestNoEventOfAQuantityOrAZeroRelative(t *testing.T) {
	for _, c := range []struct{ lang, text, not string }{
		{"en", "The trust handed out 3.1 million parcels last year, almost double the number distributed five years ago.", "number distributed"},
		{"en", "The trust said 34% of the people it helped last year were in work.", "helped"},
	} {
		for _, cl := range buildText(t, c.lang, "2025-06-12", c.text).Claims {
			if cl.Metric == MetricEvent && strings.Contains(cl.Label, c.not) {
				t.Errorf("%q: event %q", c.text, cl.Label)
			}
		}
	}
	for _, f := range figuresValued(t, "fr", "2025-06-12", "Le groupe Valfibre a annoncé mercredi la fermeture, d'ici la fin de l'année, de son usine de Golbey-Nord, qui emploie 260 salariés.", 260) {
		if f.Date.String() == "2025-10/2025-12" {
			t.Errorf("«qui emploie 260 salariés» dated by the closure's deadline")
		}
	}
}

// TestCoordinatedVerbAfterAFormLikeAParticiple: «Zorgon hired 300 workers
// and will open a plant»: the verb after "and" shares the subject of the
// one before, though a participle test reads that one as a participle.
func TestCoordinatedVerbAfterAFormLikeAParticiple(t *testing.T) {
	found := false
	var got []string
	for _, c := range buildText(t, "en", "2025-06-12", "Zorgon hired 300 workers and will open a new plant on Monday.").Claims {
		if c.Metric == MetricEvent {
			got = append(got, c.Subject+": "+c.Label)
			found = found || c.Subject == "Zorgon" && strings.Contains(c.Label, "open")
		}
	}
	if !found {
		t.Errorf("no event of Zorgon opening a plant; got %q", got)
	}
}

// An English "-ing" form with no "be" before it is no clause's verb: "the
// Z-OS operating system" tells no event of "operating".
func TestBareGerundIsNoEventVerb(t *testing.T) {
	for _, e := range eventsOf(t, "en", "2011-10-06", "In 1998 Zorgon introduced the Z-Mac personal computer, in 2001 the Z-Pod music player and the following year the Z-OS operating system was released.") {
		if strings.Contains(e.Label, "operating the") || e.What == "operating" {
			t.Errorf("an event of «operating»: %q", e.Label)
		}
	}
}

// A verb whose figure's claim does not read it (the figure counts what its
// object holds) tells its own event beside the figure; a verb that states
// the figure (rose, published, said, a share) does not.
func TestEventBesideAFigureThatDoesNotReadItsVerb(t *testing.T) {
	for _, c := range []struct {
		lang, text, label string
		want              bool
	}{
		{"fr", "Le Conseil zorgitutionnel a censuré jeudi cinq articles de la loi.", "a censuré cinq articles de la loi", true},
		{"fr", "En 2014, les électeurs avaient refusé l'achat de 22 avions Zorgen suédois, par 53,4 % de non.", "avaient refusé l'achat de 22 avions", true},
		{"fr", "Le groupe Zorgvanis a publié mercredi un bénéfice net de 412 millions d'euros.", "a publié", false},
		{"en", "The centre-left Zorg Union won 41% of the vote on Sunday.", "won 41%", false},
		{"fr", "Le Conseil zorgéral doit choisir au deuxième trimestre 2021 entre quatre appareils.", "doit choisir", false},
	} {
		got := false
		for _, e := range eventsOf(t, c.lang, "2019-10-03", c.text) {
			got = got || strings.Contains(e.Label, c.label)
		}
		if got != c.want {
			t.Errorf("%q: an event %q: %v, want %v", c.text, c.label, got, c.want)
		}
	}
}

// The noun a present participle qualifies is the subject, not the
// participle's object («Un pont enjambant l'Aveyron s'est effondré»); a
// form in -ing that works as a preposition ("including") qualifies nothing.
func TestSubjectBeforeAPresentParticiple(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"fr", "Le pont suspendu enjambant l'Aveyzorg s'est effondré mardi.", "Le pont"},
		{"en", "Retailers including fashion chain Zorglowe said on Tuesday they had switched deliveries to other carriers.", "Zorglowe"},
	} {
		got := false
		for _, e := range eventsOf(t, c.lang, "2022-04-13", c.text) {
			got = got || e.Subject == c.subject
		}
		if !got {
			t.Errorf("%q: no event of %q", c.text, c.subject)
		}
	}
}

// A verb of judging or warning right after a quote reports it («« … », a
// accusé mercredi le ministre»), not elsewhere ("accused Zorg of fraud");
// a minister's portfolio is no entity («le ministre de la Transition
// écologique», «Le ministre délégué chargé des Transports, X,»).
func TestQuoteVerbsAndPortfolios(t *testing.T) {
	for _, c := range []struct{ text, subject, label string }{
		{"« Ce navire fait partie de la flotte fantôme », a accusé mercredi le ministre de la Transition écologique, Mathieu Zorgfort.", "Mathieu Zorgfort", "Mathieu Zorgfort: “Ce navire"},
		{"Le ministre délégué chargé des Transports, Jean-Baptiste Zorgbari, s'est rendu sur place mercredi matin.", "Jean-Baptiste Zorgbari", "s'est rendu sur place"},
		{"Le ministre de la Santé a annoncé mercredi soir qu'un accès précoce serait ouvert.", "Le ministre de la Santé", "a annoncé"},
		{"Le parquet de Zorgville a accusé mercredi Mathieu Zorgfort de fraude.", "parquet de Zorgville", "a accusé Mathieu Zorgfort de fraude"},
	} {
		found := false
		var got []string
		for _, e := range eventsOf(t, "fr", "2023-02-09", c.text) {
			found = found || strings.Contains(e.Subject, c.subject) && strings.Contains(e.Label, c.label)
			got = append(got, e.Subject+" | "+e.Label)
		}
		if !found {
			t.Errorf("%q: no event %q of %q; got %q", c.text, c.label, c.subject, got)
		}
	}
}

// A list of names inside an apposition is not where the apposition opens:
// the subject of "The plaintiffs, 214 retired teachers who now live in
// Zorgida, Arizona and Tennessee, sued" is no place of the list; a name set
// alone between commas after a role still is the subject.
func TestListInsideAnApposition(t *testing.T) {
	for _, e := range eventsOf(t, "en", "2019-06-21", "The plaintiffs, 214 retired teachers who now live in Zorgida, Arizona and Tennessee, sued in 2016 after Ohio sent them tax bills.") {
		if e.Subject == "Zorgida" || e.Subject == "Arizona" || e.Subject == "Tennessee" {
			t.Errorf("a place of the list as the subject: %q", e.Label)
		}
	}
	found := false
	for _, e := range eventsOf(t, "fr", "2024-10-18", "Le ministre de l'Intérieur, Bruno Zorgstrade, s'est rendu sur place vendredi.") {
		found = found || e.Subject == "Bruno Zorgstrade"
	}
	if !found {
		t.Error("the name after the role is not the subject")
	}
}

// An appointment is the appointee's, told in the words of whoever made it:
// "Zorgair named Helen Zorgmarsh" is about Helen Zorgmarsh (not "a street
// named after him").
func TestAppointmentIsTheAppointees(t *testing.T) {
	for _, c := range []struct{ lang, text, subject, label string }{
		{"en", "On Monday, Zorgair named Helen Zorgmarsh, its head of investor relations, as its next chief financial officer.", "Helen Zorgmarsh", "Zorgair named Helen Zorgmarsh"},
		{"en", "On Monday, Tomas Zorgensky also named Jana Zorgova as labour minister.", "Jana Zorgova", "Tomas Zorgensky named Jana Zorgova"},
		{"fr", "Le président a nommé lundi Jean-Pierre Zorgarin au poste de Premier ministre.", "Jean-Pierre Zorgarin", ""},
	} {
		var got *Claim
		for _, cl := range buildText(t, c.lang, "2023-07-27", c.text).Claims {
			if cl.Metric == MetricEvent {
				got = &cl
			}
		}
		if got == nil {
			t.Errorf("%q: no event", c.text)
			continue
		}
		if got.Subject != c.subject || c.label != "" && !strings.HasPrefix(got.Label, c.label) {
			t.Errorf("%q: %q about %q, want %q about %q", c.text, got.Label, got.Subject, c.label, c.subject)
		}
	}
}
