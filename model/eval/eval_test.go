package eval

import (
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

func fp(v float64) *float64 { return &v }
func sp(s string) *string   { return &s }

// gold returns a checked gold claim (its dates parsed).
func gold(t *testing.T, g Gold) *Gold {
	t.Helper()
	if g.Article == "" {
		g.Article = "set/a.txt"
	}
	if g.Lang == "" {
		g.Lang = "en"
	}
	if g.Kind == "" {
		g.Kind = KindFigure
	}
	if err := g.check(); err != nil {
		t.Fatalf("gold %+v: %v", g, err)
	}
	return &g
}

func mustDate(t *testing.T, s string) model.Date {
	t.Helper()
	d, err := model.ParseISODate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadGold(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr string
	}{
		{"figure, event, none and a blank line", `{"article":"w/a.html","lang":"fr","kind":"figure","value":8000,"date":"2012-05","precision":"month"}

{"article":"w/a.html","lang":"fr","kind":"event","trigger":"a décollé","value":null,"date":"2012-05-22T07:44","precision":"hour"}
{"article":"w/b.html","lang":"fr","pub_date":"2012-05-30","kind":"none"}
`, 3, ""},
		{"range and alt dates", `{"article":"w/a.txt","lang":"en","kind":"figure","value":1,"date":"2012-05-01/2012-05-31","alt_dates":["2012-06"]}`, 1, ""},
		{"undated", `{"article":"w/a.txt","lang":"en","kind":"figure","value":1,"date":null,"precision":null,"date_basis":"undated"}`, 1, ""},
		{"not JSON", `{"article":`, 0, "x.jsonl:1:"},
		{"unknown kind", `{"article":"w/a.txt","lang":"en","kind":"fact","value":1}`, 0, `kind "fact"`},
		{"figure without value", "\n" + `{"article":"w/a.txt","lang":"en","kind":"figure","value":null}`, 0, "x.jsonl:2: a figure needs a value"},
		{"event without trigger", `{"article":"w/a.txt","lang":"en","kind":"event"}`, 0, "needs a trigger"},
		{"bad lang", `{"article":"w/a.txt","lang":"de","kind":"none"}`, 0, `lang "de"`},
		{"absolute article", `{"article":"/w/a.txt","lang":"en","kind":"none"}`, 0, "below the corpora folder"},
		{"parent article", `{"article":"../a.txt","lang":"en","kind":"none"}`, 0, "below the corpora folder"},
		{"bad date", `{"article":"w/a.txt","lang":"en","kind":"figure","value":1,"date":"mai 2012"}`, 0, "date:"},
		{"bad alt date", `{"article":"w/a.txt","lang":"en","kind":"figure","value":1,"date":"2012","alt_dates":["2012-13"]}`, 0, "alt_dates:"},
		{"range backwards", `{"article":"w/a.txt","lang":"en","kind":"figure","value":1,"date":"2012-06/2012-05"}`, 0, "ends before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := ReadGold(strings.NewReader(tt.in), "x.jsonl")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one holding %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(gs) != tt.want {
				t.Fatalf("got %d claims, want %d", len(gs), tt.want)
			}
		})
	}
}

// TestReadGoldSignedUnit reads a fall written in its unit ("unit": "−%")
// as the negative value the README asks for.
func TestReadGoldSignedUnit(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{`{"article":"w/a.txt","lang":"en","kind":"figure","value":4.8,"unit":"−%"}`, -4.8},
		{`{"article":"w/a.txt","lang":"en","kind":"figure","value":-4.8,"unit":"−%"}`, -4.8},
		{`{"article":"w/a.txt","lang":"en","kind":"figure","value":-4.8,"unit":"%"}`, -4.8},
		{`{"article":"w/a.txt","lang":"en","kind":"figure","value":2.7,"unit":"+%"}`, 2.7},
	}
	for _, tt := range tests {
		gs, err := ReadGold(strings.NewReader(tt.in), "x.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		if *gs[0].Value != tt.want || gs[0].Unit != "%" {
			t.Errorf("%s: value %v unit %q, want %v %%", tt.in, *gs[0].Value, gs[0].Unit, tt.want)
		}
	}
}

func TestValueMatches(t *testing.T) {
	tests := []struct {
		name      string
		claim     model.Claim
		gold      Gold
		ok, exact bool
	}{
		{"equal", model.Claim{Value: 8000, HasValue: true}, Gold{Value: fp(8000)}, true, true},
		{"within 0.5%", model.Claim{Value: 1_004_000, HasValue: true}, Gold{Value: fp(1_000_000)}, true, false},
		{"beyond 0.5%", model.Claim{Value: 1_006_000, HasValue: true}, Gold{Value: fp(1_000_000)}, false, false},
		{"an alt value", model.Claim{Value: 100, HasValue: true}, Gold{Value: fp(150), AltValues: []float64{100}}, true, false},
		{"sign counts", model.Claim{Value: 6.5, HasValue: true}, Gold{Value: fp(-6.5)}, false, false},
		{"a fall is negative", model.Claim{Value: 6.5, Unit: "−%", HasValue: true}, Gold{Value: fp(-6.5)}, true, true},
		{"float rounding", model.Claim{Value: 0.1 + 0.2, HasValue: true}, Gold{Value: fp(0.3)}, true, true},
		{"a rank must be equal", model.Claim{Value: 201, HasValue: true, Metric: model.MetricRank}, Gold{Value: fp(200)}, false, false},
		{"an equal rank", model.Claim{Value: 5, HasValue: true, Metric: model.MetricRank}, Gold{Value: fp(5)}, true, true},
		{"no figure", model.Claim{}, Gold{Value: fp(0)}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, exact := valueMatches(&tt.claim, &tt.gold)
			if ok != tt.ok || exact != tt.exact {
				t.Errorf("valueMatches = %v, %v; want %v, %v", ok, exact, tt.ok, tt.exact)
			}
		})
	}
}

func TestNonEntity(t *testing.T) {
	tests := []struct {
		subject string
		want    bool
	}{
		{"", true},
		{"  ", true},
		{"mai", true},
		{"Mai", true},
		{"Août", true},
		{"December", true},
		{"lundi", true},
		{"Wednesday", true},
		{"UTC", true},
		{"GMT", true},
		{"%", true},
		{"GB", true},
		{"km/h", true},
		{"euros", true},
		{"the", true},
		{"Les", true},
		{"de la", true},
		{"last May", false}, // "last" is not closed-class here: an honest limit
		{"2012", true},
		{"SpaceX", false},
		{"le CAC 40", false},
		{"Apple", false},
		{"la NASA", false},
		{"Nicolas Sarkozy", false},
	}
	for _, tt := range tests {
		if got := nonEntity(tt.subject); got != tt.want {
			t.Errorf("nonEntity(%q) = %v, want %v", tt.subject, got, tt.want)
		}
	}
}

func TestSubjectAgrees(t *testing.T) {
	tests := []struct {
		prog    string
		subject string
		aliases []string
		want    bool
	}{
		{"SpaceX", "SpaceX", nil, true},
		{"spacex", "SpaceX", nil, true},
		{"Space X", "SpaceX", []string{"Space X"}, true},
		{"Apple Inc.", "Apple", nil, true},        // contains the gold
		{"Sarkozy", "Nicolas Sarkozy", nil, true}, // contained as a whole word
		{"Sarko", "Nicolas Sarkozy", nil, false},  // not a whole word
		{"Applebee's", "Apple", nil, false},       // not a whole word
		{"European Commission", "the European Commission", nil, true},
		{"EC", "the European Commission", []string{"EC"}, true},
		{"Microsoft", "Apple", nil, false},
		{"Airbus", "Airbus and Boeing", nil, false}, // a joint subject cut to one member
		{"Airbus and Boeing", "Airbus and Boeing", nil, true},
		{"Électricité de France", "electricite de France", nil, true}, // accents and case
		{"mai", "Mai Thi", nil, false},                                // a month is never an entity
		{"UTC", "UTC", nil, false},                                    // nor a time zone
		{"", "SpaceX", nil, false},
		{"the", "the European Commission", nil, false},
	}
	for _, tt := range tests {
		g := &Gold{Subject: tt.subject, SubjectAliases: tt.aliases}
		if got := subjectAgrees(tt.prog, g); got != tt.want {
			t.Errorf("subjectAgrees(%q, %q %v) = %v, want %v", tt.prog, tt.subject, tt.aliases, got, tt.want)
		}
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		name  string
		claim model.Claim
		keys  []string
		text  string
		want  bool
	}{
		{"Measure first", model.Claim{HasValue: true, Measure: "emploi", What: "salariés", Metric: model.MetricOther}, []string{"emploi", "job"}, "emploi", true},
		{"What and metric", model.Claim{HasValue: true, What: "utilisateurs", Metric: model.MetricNewUsers}, []string{"user"}, "utilisateurs new users", true},
		{"wrong thing counted", model.Claim{HasValue: true, What: "employees", Metric: model.MetricOther}, []string{"user", "utilisat"}, "employees", false},
		{"names nothing", model.Claim{HasValue: true, Metric: model.MetricOther}, []string{"song"}, "", false},
		{"event: label and what", model.Claim{Label: "Dragon décolle", What: "lancement"}, []string{"lanc", "launch"}, "Dragon décolle lancement", true},
		{"keys fold", model.Claim{Label: "Décollage", What: ""}, []string{"décoll"}, "Décollage", true},
		{"a plural key names its singular", model.Claim{HasValue: true, Measure: "sale (%)", Metric: model.MetricOther}, []string{"sales"}, "sale (%)", true},
		{"not a short one", model.Claim{HasValue: true, Measure: "new", Metric: model.MetricOther}, []string{"news"}, "new", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := measureText(&tt.claim); got != tt.text {
				t.Errorf("measureText = %q, want %q", got, tt.text)
			}
			if got := measureAgrees(&tt.claim, &Gold{WhatKeys: tt.keys}); got != tt.want {
				t.Errorf("measureAgrees = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDateAgrees(t *testing.T) {
	tests := []struct {
		name   string
		prog   string
		asOf   bool
		gold   *string
		alts   []string
		agrees bool
	}{
		{"same day", "2012-05-22", false, sp("2012-05-22"), nil, true},
		{"other day", "2012-05-21", false, sp("2012-05-22"), nil, false},
		{"day within the gold's month", "2012-05-03", false, sp("2012-05"), nil, true},
		{"day in another month", "2012-06-03", false, sp("2012-05"), nil, false},
		{"month too coarse for a day", "2012-05", false, sp("2012-05-22"), nil, false},
		{"month within the gold's year", "2012-05", false, sp("2012"), nil, true},
		{"year", "2011", false, sp("2012"), nil, false},
		{"an hour is compared at the day", "2012-05-22", false, sp("2012-05-22T07:44"), nil, true},
		{"an hour, other day", "2012-05-23", false, sp("2012-05-22T07:44"), nil, false},
		{"a range within the gold's month", "2012-05-09/2012-05-12", false, sp("2012-05"), nil, true},
		{"a range across months", "2012-05-30/2012-06-02", false, sp("2012-05"), nil, false},
		{"same range", "2012-05-01/2012-05-31", false, sp("2012-05-01/2012-05-31"), nil, true},
		{"same range, months", "2012-05/2012-07", false, sp("2012-05/2012-07"), nil, true},
		{"other end", "2012-05-01/2012-05-30", false, sp("2012-05-01/2012-05-31"), nil, false},
		{"whole months for days", "2010-07/2010-09", false, sp("2010-07-01/2010-09-30"), nil, true},
		{"whole months, other first day", "2010-07/2010-09", false, sp("2010-07-02/2010-09-30"), nil, false},
		{"whole months, other last day", "2010-07/2010-09", false, sp("2010-07-01/2010-09-29"), nil, false},
		{"whole years for days", "2018/2021", false, sp("2018-01-01/2021-12-31"), nil, true},
		{"whole years, other first day", "2018/2021", false, sp("2018-02-01/2021-12-31"), nil, false},
		{"whole years, other last day", "2018/2021", false, sp("2018-01-01/2021-11-30"), nil, false},
		{"a point for a range", "2012-05-15", false, sp("2012-05-01/2012-05-31"), nil, false},
		{"an alt date", "2012-05-21", false, sp("2012-05-22"), []string{"2012-05-21"}, true},
		{"undated program, dated gold", "", false, sp("2012-05-22"), nil, false},
		{"undated gold, undated program", "", false, nil, nil, true},
		{"undated gold, as of publication", "2012-05-22", true, nil, nil, true},
		{"undated gold, dated program", "2012-05-22", false, nil, nil, false},
		{"as of publication, gold at publication", "2012-05-22", true, sp("2012-05-22"), nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := gold(t, Gold{Value: fp(1), Date: tt.gold, AltDates: tt.alts})
			c := model.Claim{Date: mustDate(t, tt.prog), AsOf: tt.asOf}
			if got := dateAgrees(&c, g); got != tt.agrees {
				t.Errorf("dateAgrees(%s, %v) = %v, want %v", claimDate(&c), goldDateText(g), got, tt.agrees)
			}
		})
	}
}

func TestFoldTextSpans(t *testing.T) {
	text := "Le  premier étage du lan\u00adceur a décollé.\nIl  a DÉCOLLÉ."
	f := foldText(text)
	if want := "le premier etage du lanceur a decolle. il a decolle."; f.s != want {
		t.Fatalf("folded = %q, want %q", f.s, want)
	}
	tests := []struct {
		needle string
		want   []string
	}{
		{"a decolle", []string{"a décollé", "a DÉCOLLÉ"}},
		{"lanceur", []string{"lan\u00adceur"}},
		{"le premier", []string{"Le  premier"}},
		{"absent", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range f.spans(tt.needle) {
			got = append(got, text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("spans(%q) = %q, want %q", tt.needle, got, tt.want)
		}
	}
}

// article is a fake article whose sentences are the lines of text.
func article(name, text string, pub model.Date) *model.Article {
	a := &model.Article{Name: name, Lang: "en", Text: text, Published: pub, Body: model.Span{End: len(text)}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		a.Sentences = append(a.Sentences, model.Span{Start: start, End: start + len(line)})
		start += len(line)
	}
	return a
}

// claimIn returns a claim read from the sentence of a that holds passage.
func claimIn(a *model.Article, passage string, c model.Claim) model.Claim {
	i := strings.Index(a.Text, passage)
	if i < 0 {
		panic("no passage " + passage)
	}
	c.ArticleName = a.Name
	c.Passage = model.Span{Start: i, End: i + len(passage)}
	c.Quote = passage
	return c
}

func timeline(arts []*model.Article, claims ...model.Claim) *model.Timeline {
	t := &model.Timeline{Articles: arts}
	for i, c := range claims {
		c.ID = i
		for ai, a := range arts {
			if a.Name == c.ArticleName {
				c.Article = ai
			}
		}
		t.Claims = append(t.Claims, c)
	}
	return t
}

func TestScore(t *testing.T) {
	pub := model.Day(2012, time.May, 22)
	a := article("w/a.txt",
		"Acme sold 100 widgets in May 2012.\n"+
			"Globex sold 100 gadgets last year.\n"+
			"Acme's rocket was launched yesterday.\n"+
			"Acme employs 5000 people.\n", pub)
	b := article("w/b.txt", "Nothing to see.\n", pub)
	golds := []Gold{
		{Article: "w/a.txt", Lang: "en", Kind: KindFigure, Trigger: "Globex sold 100 gadgets", Subject: "Globex", WhatKeys: []string{"gadget"},
			Value: fp(100), Date: sp("2011")},
		{Article: "w/a.txt", Lang: "en", Kind: KindFigure, Trigger: "sold 100 widgets", Subject: "Acme", WhatKeys: []string{"widget"},
			Value: fp(100), Date: sp("2012-05")},
		{Article: "w/a.txt", Lang: "en", Kind: KindEvent, Trigger: "rocket was launched yesterday", Subject: "Acme", WhatKeys: []string{"launch"},
			Date: sp("2012-05-21")},
		{Article: "w/a.txt", Lang: "en", Kind: KindFigure, Trigger: "employs 5000 people", Subject: "Acme", WhatKeys: []string{"employ", "people"},
			Value: fp(5000), Date: sp("2012-05-22"), DateBasis: "pub"},
		{Article: "w/b.txt", Lang: "en", Kind: KindNone},
		{Article: "w/c.txt", Lang: "fr", Kind: KindFigure, Trigger: "x", Subject: "X", Value: fp(1)},
	}
	for i := range golds {
		if err := golds[i].check(); err != nil {
			t.Fatal(err)
		}
	}
	tl := timeline([]*model.Article{a, b},
		// Finds the widgets (trigger in passage) rather than the gadgets, with the wrong date.
		claimIn(a, "Acme sold 100 widgets in May 2012.", model.Claim{Subject: "Acme", Value: 100, HasValue: true, What: "widgets", Date: mustDate(t, "2012-06")}),
		// The event, right.
		claimIn(a, "Acme's rocket was launched yesterday.", model.Claim{Subject: "Acme", Label: "Acme launched", Date: mustDate(t, "2012-05-21")}),
		// A second event in the same passage: one claim finds one gold claim, this one is extra.
		claimIn(a, "Acme's rocket was launched yesterday.", model.Claim{Subject: "May", Label: "rocket launched", Date: mustDate(t, "2012-05-21")}),
		// 5000 read with a month as subject.
		claimIn(a, "Acme employs 5000 people.", model.Claim{Subject: "May", Value: 5000, HasValue: true, What: "people", Date: pub, AsOf: true}),
		// An unsure claim is not output: it finds nothing.
		claimIn(a, "Globex sold 100 gadgets last year.", model.Claim{Subject: "Globex", Value: 100, HasValue: true, What: "gadgets", Date: mustDate(t, "2011"), Unsure: true}),
		// A figure with no gold: extra.
		claimIn(b, "Nothing to see.", model.Claim{Subject: "Initech", Value: 3, HasValue: true}),
	)
	r := Score(golds, tl)
	got := map[string]string{}
	for _, ar := range r.Articles {
		for _, j := range ar.Judgements {
			v := "missed"
			if j.Claim != nil {
				v = "found"
				if j.Right {
					v = "right"
				}
				for _, w := range j.Wrong {
					v += " " + string(w)
				}
			}
			got[ar.Name+" "+j.Gold.Trigger] = v
		}
	}
	want := map[string]string{
		"w/a.txt Globex sold 100 gadgets":       "missed",
		"w/a.txt sold 100 widgets":              "found date",
		"w/a.txt rocket was launched yesterday": "right",
		"w/a.txt employs 5000 people":           "found subject",
		"w/c.txt x":                             "missed",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("judged %d gold claims, want %d: %v", len(got), len(want), got)
	}
	en, fr, all := r.Totals["en"], r.Totals["fr"], r.Totals["all"]
	checks := []struct {
		name      string
		got, want int
	}{
		{"en articles", en.Articles, 2},
		{"fr articles", fr.Articles, 1},
		{"fr missing", fr.Missing, 1},
		{"en gold figures", en.GoldFigures, 3},
		{"en gold events", en.GoldEvents, 1},
		{"en found figures", en.FoundFigures, 2},
		{"en found events", en.FoundEvents, 1},
		{"en right figures", en.RightFigures, 0},
		{"en right events", en.RightEvents, 1},
		{"en output", en.Output, 5},
		{"en wrong subject", en.WrongSubject, 1},
		{"en wrong date", en.WrongDate, 1},
		{"en wrong measure", en.WrongMeasure, 0},
		{"en non-entity", en.NonEntity, 2},
		{"all gold", all.Gold(), 5},
		{"all right", all.Right(), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	if p := en.Precision(); p != 0.2 {
		t.Errorf("en precision = %v, want 0.2", p)
	}
	var extra []string
	for _, ar := range r.Articles {
		for _, c := range ar.Extra {
			extra = append(extra, ar.Name+" "+c.Label+c.Subject)
		}
	}
	if w := "w/a.txt rocket launchedMay|w/b.txt Initech"; strings.Join(extra, "|") != w {
		t.Errorf("extra = %q, want %q", extra, w)
	}
}

func TestEventNeedsTrigger(t *testing.T) {
	pub := model.Day(2012, time.May, 22)
	a := article("w/a.txt", "La fusée a décollé ce ma\u00adtin.\nLa NASA a salué le lancement.\n", pub)
	golds := []Gold{{Article: "w/a.txt", Lang: "fr", Kind: KindEvent, Trigger: "a décollé ce matin", Subject: "la fusée",
		WhatKeys: []string{"decoll"}, Date: sp("2012-05-22")}}
	for i := range golds {
		if err := golds[i].check(); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		passage string
		claim   model.Claim
		want    string
	}{
		{"other passage", "La NASA a salué le lancement.", model.Claim{Subject: "la fusée", Label: "a décollé", Date: pub}, "missed"},
		{"a figure is not an event", "La fusée a décollé ce ma\u00adtin.", model.Claim{Subject: "la fusée", Value: 1, HasValue: true, Date: pub}, "missed"},
		{"trigger across a soft hyphen", "La fusée a décollé ce ma\u00adtin.", model.Claim{Subject: "fusée", Label: "la fusée décolle", Date: pub}, "right"},
		{"wrong measure", "La fusée a décollé ce ma\u00adtin.", model.Claim{Subject: "fusée", Label: "la fusée", Date: pub}, "wrong"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(golds, timeline([]*model.Article{a}, claimIn(a, tt.passage, tt.claim)))
			j := r.Articles[0].Judgements[0]
			got := "missed"
			if j.Right {
				got = "right"
			} else if j.Claim != nil {
				got = "wrong"
			}
			if got != tt.want {
				t.Errorf("got %s (%v), want %s", got, j.Why, tt.want)
			}
		})
	}
}

// A passage that says again what a found claim says is that claim: neither
// extra nor counted twice in the output; a different figure still is extra.
func TestRestatementsAreOneClaim(t *testing.T) {
	pub := model.Day(2012, time.May, 22)
	a := article("w/r.txt", "Acme employs 5000 people.\nAcme, with its 5000 people, grows.\nAcme employs 70 guards.\n", pub)
	golds := []Gold{{Article: "w/r.txt", Lang: "en", Kind: KindFigure, Trigger: "employs 5000 people", Subject: "Acme",
		WhatKeys: []string{"people"}, Value: fp(5000), Date: sp("2012-05-22"), DateBasis: "pub"}}
	first := claimIn(a, "Acme employs 5000 people.\n", model.Claim{Subject: "Acme", Measure: "people", Value: 5000, HasValue: true, Date: pub, AsOf: true})
	again := claimIn(a, "Acme, with its 5000 people, grows.\n", model.Claim{Subject: "Acme", Measure: "people", Value: 5000, HasValue: true, Date: pub, AsOf: true})
	other := claimIn(a, "Acme employs 70 guards.\n", model.Claim{Subject: "Acme", Measure: "guard", Value: 70, HasValue: true, Date: pub, AsOf: true})
	var gs []*Gold
	for i := range golds {
		gs = append(gs, gold(t, golds[i]))
	}
	r := scoreArticle(a, gs, []*model.Claim{&first, &again, &other})
	if r.Output != 2 || r.Restated != 1 || len(r.Extra) != 1 || r.Extra[0].Value != 70 {
		t.Errorf("output %d, restated %d, extra %d; want 2, 1, 1 (the 70 guards)", r.Output, r.Restated, len(r.Extra))
	}
}
