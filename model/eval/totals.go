package eval

// Totals are the counts of one scope (a language, or all).
type Totals struct {
	Articles int `json:"articles"`
	// Missing counts the articles that could not be loaded.
	Missing      int `json:"missing_articles,omitempty"`
	GoldFigures  int `json:"gold_figures"`
	GoldEvents   int `json:"gold_events"`
	FoundFigures int `json:"found_figures"`
	FoundEvents  int `json:"found_events"`
	RightFigures int `json:"right_figures"`
	RightEvents  int `json:"right_events"`
	// Output counts the claims the program puts on the timeline, but for
	// Restated, those that restate a found claim of their article (the
	// gold annotates a restated fact once).
	Output   int `json:"output"`
	Restated int `json:"restated"`
	// WrongSubject, WrongMeasure and WrongDate count the found claims that
	// are wrong for that reason (a claim can be wrong for several).
	WrongSubject int `json:"wrong_subject"`
	WrongMeasure int `json:"wrong_measure"`
	WrongDate    int `json:"wrong_date"`
	// NonEntity counts the output claims whose subject is not an entity.
	NonEntity int `json:"non_entity_subjects"`
}

func (t *Totals) add(a *ArticleResult) {
	t.Articles++
	if a.Missing {
		t.Missing++
	}
	t.Output += a.Output
	t.Restated += a.Restated
	t.NonEntity += a.NonEntity
	for _, j := range a.Judgements {
		fig := j.Gold.Kind == KindFigure
		count(fig, &t.GoldFigures, &t.GoldEvents)
		if j.Claim == nil {
			continue
		}
		count(fig, &t.FoundFigures, &t.FoundEvents)
		if j.Right {
			count(fig, &t.RightFigures, &t.RightEvents)
		}
		for _, w := range j.Wrong {
			switch w {
			case WrongSubject:
				t.WrongSubject++
			case WrongMeasure:
				t.WrongMeasure++
			case WrongDate:
				t.WrongDate++
			}
		}
	}
}

func count(figure bool, figures, events *int) {
	if figure {
		*figures++
	} else {
		*events++
	}
}

// Gold is the number of gold claims (figures and events).
func (t *Totals) Gold() int { return t.GoldFigures + t.GoldEvents }

// Found is the number of gold claims found.
func (t *Totals) Found() int { return t.FoundFigures + t.FoundEvents }

// Right is the number of gold claims found right; each is found by its own
// output claim, so it is also the number of right output claims.
func (t *Totals) Right() int { return t.RightFigures + t.RightEvents }

// FoundRate is Found over Gold, 0 when there is no gold.
func (t *Totals) FoundRate() float64 { return rate(t.Found(), t.Gold()) }

// RightRate is Right over Gold.
func (t *Totals) RightRate() float64 { return rate(t.Right(), t.Gold()) }

// Precision is the right output claims over all output claims (a lower
// bound: a true claim the gold lacks counts as wrong).
func (t *Totals) Precision() float64 { return rate(t.Right(), t.Output) }

func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
