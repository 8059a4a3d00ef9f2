package ui

import (
	"context"
	"fmt"
	"image/color"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

// onScreen returns o and the objects drawn inside it, with their current
// renderers (test.LaidOutObjects would make new ones).
func onScreen(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch c := o.(type) {
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			out = append(out, onScreen(child)...)
		}
	case *fyne.Container:
		for _, child := range c.Objects {
			out = append(out, onScreen(child)...)
		}
	}
	return out
}

// headerOf returns the header cell of column c as laid out on screen.
func headerOf(t *testing.T, w *Window, c column) *headerCell {
	t.Helper()
	w.events.table.ScrollTo(widget.TableCellID{Row: 0, Col: int(c)})
	w.win.Canvas().(test.WindowlessCanvas).Capture() // draws the headers on screen
	for _, o := range onScreen(w.events.table) {
		if h, ok := o.(*headerCell); ok && h.col == c && h.Visible() {
			return h
		}
	}
	t.Fatalf("no header for column %d", c)
	return nil
}

// cellAt returns the cell of row k, column c as laid out on screen.
func cellAt(t *testing.T, w *Window, k int, c column) *tableCell {
	t.Helper()
	w.events.table.ScrollTo(widget.TableCellID{Row: k, Col: int(c)})
	w.win.Canvas().(test.WindowlessCanvas).Capture() // draws the rows on screen
	for _, o := range onScreen(w.events.table) {
		if cell, ok := o.(*tableCell); ok && cell.row == k && cell.col == c && cell.Visible() {
			return cell
		}
	}
	t.Fatalf("no cell at row %d column %d", k, c)
	return nil
}

// shownEvents returns the IDs of the events in the table, in its order.
func shownEvents(w *Window) []string {
	var ids []string
	for k := range w.events.shown {
		ids = append(ids, w.current.Events[w.events.eventAt(k)].ID)
	}
	return ids
}

// click taps cell with the modifiers held, as a mouse press then release.
func click(cell *tableCell, mods fyne.KeyModifier) {
	cell.MouseDown(&desktop.MouseEvent{Modifier: mods, Button: desktop.MouseButtonPrimary})
	test.Tap(cell)
}

func TestTableShowsEventsInDateOrder(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	if got, want := shownEvents(h.w), []string{"e0", "e1", "e2", "e3"}; !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	tests := []struct {
		row  int
		col  column
		want string
	}{
		{0, colDate, "2013"},
		{3, colSubject, "Telegram"},
		{3, colLabel, "Telegram: 50 to 70 million new users"},
		{3, colSources, "2"},
		{3, colConflict, "⚠"},
		{2, colConflict, ""},
		{1, colStatus, "Unchecked"},
	}
	for _, tt := range tests {
		if got := cellAt(t, h.w, tt.row, tt.col).label.full; got != tt.want {
			t.Errorf("row %d column %d = %q, want %q", tt.row, tt.col, got, tt.want)
		}
	}
	if got := h.w.events.count.Text; got != "4 of 4 events shown" {
		t.Errorf("count = %q", got)
	}
}

func TestHeaderTapSortsAndReverses(t *testing.T) {
	tests := []struct {
		col  column
		taps int
		want []string
	}{
		{colDate, 1, []string{"e3", "e2", "e1", "e0"}}, // sorted by date already: reversed
		{colDate, 2, []string{"e0", "e1", "e2", "e3"}},
		{colLabel, 1, []string{"e2", "e0", "e1", "e3"}},
		{colLabel, 2, []string{"e3", "e1", "e0", "e2"}},
		{colSources, 2, []string{"e3", "e2", "e1", "e0"}},
		{colConflict, 1, []string{"e3", "e0", "e1", "e2"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d×%d", tt.col, tt.taps), func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			for range tt.taps {
				test.Tap(headerOf(t, h.w, tt.col))
			}
			if got := shownEvents(h.w); !slices.Equal(got, tt.want) {
				t.Errorf("rows %v, want %v", got, tt.want)
			}
			sort, icon := 1, theme.MenuDropUpIcon()
			if h.w.events.order.desc {
				sort, icon = -1, theme.MenuDropDownIcon()
			}
			hc := headerOf(t, h.w, tt.col)
			if hc.label.full != columnTitle(tt.col) || hc.sort != sort || !hc.arrow.Visible() || hc.arrow.Resource.Name() != icon.Name() {
				t.Errorf("header %q, sort %d, arrow %v %q; want %q, sort %d, arrow %q", hc.label.full, hc.sort, hc.arrow.Visible(), hc.arrow.Resource.Name(), columnTitle(tt.col), sort, icon.Name())
			}
			for c := range colNote { // (the notes' column is hidden while no event has a note)
				if o := headerOf(t, h.w, c); c != tt.col && (o.sort != 0 || o.arrow.Visible()) {
					t.Errorf("header %q shows a sort arrow", o.label.full)
				}
			}
		})
	}
}

func TestSearchFiltersTable(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"50 million", []string{"e3"}},
		{"telegram", []string{"e0", "e1", "e3"}},
		{"zzz", nil},
		{"", []string{"e0", "e1", "e2", "e3"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.typeQuery(t, tt.query)
			if got := shownEvents(h.w); !slices.Equal(got, tt.want) {
				t.Errorf("rows %v, want %v", got, tt.want)
			}
			// The table filters with the search's own results, the events
			// the timeline shows undimmed.
			if m, on := h.w.timeline.Matching(); on && m != len(h.w.events.shown) {
				t.Errorf("the table shows %d events, the timeline %d", len(h.w.events.shown), m)
			}
		})
	}
}

func TestChipsFilterTable(t *testing.T) {
	tests := []struct {
		name string
		set  func(p *eventsPanel)
		want []string
	}{
		{"disagree", func(p *eventsPanel) { p.disputed.SetChecked(true) }, []string{"e3"}},
		{"article b", func(p *eventsPanel) { p.article.SetSelected("b.txt") }, []string{"e1", "e3"}},
		{"subject", func(p *eventsPanel) { p.subject.SetSelected("Telegram") }, []string{"e0", "e1", "e2", "e3"}},
		{"status unchecked", func(p *eventsPanel) { p.status.SetSelected("Unchecked") }, []string{"e0", "e1", "e2", "e3"}},
		{"status verified", func(p *eventsPanel) { p.status.SetSelected("Verified") }, nil},
		{"article then all", func(p *eventsPanel) {
			p.article.SetSelected("c.txt")
			p.article.SetSelectedIndex(0)
		}, []string{"e0", "e1", "e2", "e3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			tt.set(h.w.events)
			if got := shownEvents(h.w); !slices.Equal(got, tt.want) {
				t.Errorf("rows %v, want %v", got, tt.want)
			}
			// The timeline dims what the chips leave out of the table;
			// with every chip back to "all", it dims nothing.
			m, on := h.w.timeline.Matching()
			if h.w.events.filter.chips() && (!on || m != len(tt.want)) {
				t.Errorf("the timeline stands out %d events (dimming %v), the table shows %d", m, on, len(tt.want))
			}
			if !h.w.events.filter.chips() && on {
				t.Errorf("the timeline dims events with no chip set")
			}
		})
	}
}

func TestSelectionFollowsBothWays(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	// A row's click selects its event on the timeline and shows its passages.
	click(cellAt(t, h.w, 3, colLabel), 0)
	if got := h.w.timeline.Selected(); got != 3 {
		t.Errorf("timeline selected %d after a click on row 3", got)
	}
	if got := h.w.source.headerText(); !strings.Contains(got, "Telegram: 50 to 70 million new users") {
		t.Errorf("source view shows %q", got)
	}
	if h.w.win.Canvas().Focused() != h.w.events.table {
		t.Error("a click on a row did not give the table the keyboard")
	}
	// The timeline's selection selects its row.
	h.w.timeline.Select(1)
	if got := h.w.events.selection(); !slices.Equal(got, []int{1}) || h.w.events.current != 1 {
		t.Errorf("table selection %v (current %d) after the timeline selected 1", got, h.w.events.current)
	}
	if got := cellAt(t, h.w, 1, colDate).bg.FillColor; got == color.Transparent {
		t.Error("the selected row is not highlighted")
	}
	if got := cellAt(t, h.w, 3, colDate).bg.FillColor; got != color.Transparent {
		t.Error("the row no longer selected is still highlighted")
	}
	// A search result's choice selects the row too.
	h.w.tabs.SelectIndex(1)
	h.typeQuery(t, "launched")
	h.w.search.list.Select(0)
	if h.w.events.current != 0 {
		t.Errorf("table current %d after choosing the result of event 0", h.w.events.current)
	}
}

func TestTimelineSelectionScrollsTableToRow(t *testing.T) {
	h := newHarness(t, &Engine{Default: func(context.Context) (*model.Timeline, error) { return manyEvents(300, 1), nil }})
	h.loaded(t)
	h.w.timeline.Select(250)
	if h.w.events.current != 250 {
		t.Fatalf("table current %d", h.w.events.current)
	}
	cellAt(t, h.w, h.w.events.rowOf(250), colLabel) // fails when not on screen
}

func TestCtrlAndShiftClickSelectMany(t *testing.T) {
	ctrl := fyne.KeyModifierShortcutDefault
	tests := []struct {
		name   string
		clicks []struct {
			row  int
			mods fyne.KeyModifier
		}
		want []int
	}{
		{"plain", []struct {
			row  int
			mods fyne.KeyModifier
		}{{0, 0}, {2, 0}}, []int{2}},
		{"ctrl adds", []struct {
			row  int
			mods fyne.KeyModifier
		}{{0, 0}, {2, ctrl}}, []int{0, 2}},
		{"ctrl removes", []struct {
			row  int
			mods fyne.KeyModifier
		}{{0, 0}, {2, ctrl}, {0, ctrl}}, []int{2}},
		{"shift range", []struct {
			row  int
			mods fyne.KeyModifier
		}{{1, 0}, {3, fyne.KeyModifierShift}}, []int{1, 2, 3}},
		{"shift back", []struct {
			row  int
			mods fyne.KeyModifier
		}{{3, 0}, {1, fyne.KeyModifierShift}}, []int{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			for _, c := range tt.clicks {
				click(cellAt(t, h.w, c.row, colSubject), c.mods)
			}
			if got := h.w.events.selection(); !slices.Equal(got, tt.want) {
				t.Errorf("selection %v, want %v", got, tt.want)
			}
			if len(tt.want) > 1 && !strings.Contains(h.w.events.count.Text, fmt.Sprintf("%d selected", len(tt.want))) {
				t.Errorf("count %q does not say how many are selected", h.w.events.count.Text)
			}
		})
	}
}

func TestTableKeyboard(t *testing.T) {
	tests := []struct {
		keys []fyne.KeyName
		want int // the event selected
	}{
		{[]fyne.KeyName{fyne.KeyDown}, 0},
		{[]fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown}, 2},
		{[]fyne.KeyName{fyne.KeyEnd}, 3},
		{[]fyne.KeyName{fyne.KeyEnd, fyne.KeyUp}, 2},
		{[]fyne.KeyName{fyne.KeyEnd, fyne.KeyHome}, 0},
		{[]fyne.KeyName{fyne.KeyEnd, fyne.KeyDown, fyne.KeyDown}, 3},
		{[]fyne.KeyName{fyne.KeyPageDown}, 3},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.keys), func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.win.Canvas().Focus(h.w.events.table)
			for _, k := range tt.keys {
				h.w.events.table.TypedKey(&fyne.KeyEvent{Name: k})
			}
			if got := h.w.timeline.Selected(); got != tt.want || h.w.events.current != tt.want {
				t.Errorf("timeline selected %d, table current %d, want %d", got, h.w.events.current, tt.want)
			}
		})
	}
}

func TestTableEnterOpensArticle(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.win.Canvas().Focus(h.w.events.table)
	h.w.events.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	before := len(h.w.win.Canvas().Overlays().List())
	h.w.events.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := len(h.w.win.Canvas().Overlays().List()); got != before+1 {
		t.Errorf("%d overlays after Enter, want %d (the article)", got, before+1)
	}
}

func TestTableMarkup(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(3)
	test.Tap(headerOf(t, h.w, colValue))
	assertMarkup(t, "events_table.xml", h.w.events.content)
}

// manyEvents returns n events over ten years with a figure each, a
// hundred subjects and twenty measures, one in seven with sources that
// disagree (seeded).
func manyEvents(n int, seed uint64) *model.Timeline {
	r := rand.New(rand.NewPCG(seed, 1))
	t := &model.Timeline{Name: "Big set"}
	for a := range 50 {
		t.Articles = append(t.Articles, &model.Article{Name: fmt.Sprintf("art%02d.txt", a), Title: fmt.Sprintf("Article %d", a), Lang: "en"})
	}
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		d := start.AddDate(0, 0, i*3650/max(n, 1))
		c := model.Claim{ID: i, Article: i % 50, ArticleName: t.Articles[i%50].Name, Subject: fmt.Sprintf("Company %d", r.IntN(100)),
			Measure: fmt.Sprintf("measure %d", r.IntN(20)), Metric: model.MetricOther, HasValue: true, Value: float64(r.IntN(1e6)),
			Date: model.Day(d.Year(), d.Month(), d.Day())}
		c.Label = fmt.Sprintf("%s: %.0f %s", c.Subject, c.Value, c.Measure)
		c.Quote = c.Label + "."
		t.Claims = append(t.Claims, c)
		e := model.Event{ID: fmt.Sprintf("e%d", i), Date: c.Date, Subject: c.Subject, Metric: c.Metric, Value: c.Value, HasValue: true,
			Label: c.Label, Claims: []int{i}, Sources: []model.Source{{Claim: i, Article: c.ArticleName, Quote: c.Quote}}}
		if i%7 == 0 {
			e.Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "they disagree"}}
		}
		t.Events = append(t.Events, e)
	}
	return t
}

// BenchmarkFilterSort10000 filters 10,000 events by a query matching half
// of them and a measure, then sorts them by label, as the table does on a
// keystroke. Target: under 16 ms per operation (one frame at 60 Hz) on one
// core of the 2-core test machine.
func BenchmarkFilterSort10000(b *testing.B) {
	test.NewTempApp(b)
	tl := manyEvents(10000, 1)
	rows := newEventRows(tl)
	match := make([]bool, len(rows))
	for i := range match {
		match[i] = i%2 == 0
	}
	orders := []rowOrder{{colLabel, false}, {colValue, true}, {colDate, true}, {colSubject, false}}
	ordered := dateOrdered(rows)
	var buf []int
	b.ResetTimer()
	for i := range b.N {
		f := rowFilter{match: match}
		if i%2 == 1 {
			f.measure = "measure 3"
		}
		buf = shownRows(rows, &f, orders[i%len(orders)], ordered, buf)
	}
}

// BenchmarkEventRows10000 writes the rows of 10,000 events, as the table
// does once per load and after each review action.
func BenchmarkEventRows10000(b *testing.B) {
	test.NewTempApp(b)
	tl := manyEvents(10000, 1)
	b.ResetTimer()
	for range b.N {
		newEventRows(tl)
	}
}

// TestStatusAndChipsInView checks that the status column shows without a
// sideways scroll in the first window, and that every filter chip is
// inside the panel in a small one (they wrap to more lines).
func TestStatusAndChipsInView(t *testing.T) {
	tests := []struct {
		name   string
		size   fyne.Size
		status bool // the status column must be in view
	}{
		{"default window", defaultSize(1), true},
		{"1366×768", fyne.NewSize(1366, 768-68), true},
		{"800×500", fyne.NewSize(800, 500), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.win.Resize(tt.size)
			h.w.win.Canvas().(test.WindowlessCanvas).Capture()
			p := h.w.events
			width := p.table.Size().Width
			if tt.status {
				var status *headerCell
				for _, o := range onScreen(p.table) {
					if hc, ok := o.(*headerCell); ok && hc.col == colStatus && hc.Visible() {
						status = hc
					}
				}
				if status == nil {
					t.Fatalf("no status header in a table %v wide", width)
				}
				if right := status.Position().X + status.Size().Width; right > width {
					t.Errorf("the status column ends at %v, past the table's width %v", right, width)
				}
				if got := status.label.text.Text; got != columnTitle(colStatus) {
					t.Errorf("the status header reads %q", got)
				}
			}
			// The count is with the chips or, when it fits, in the row of
			// the tabs; in view either way.
			if p.count.Visible() == p.tabCount.Visible() {
				t.Errorf("count shown with the chips: %v, in the tabs' row: %v", p.count.Visible(), p.tabCount.Visible())
			}
			if c := p.tabCount; c.Visible() {
				if right := c.Position().X + c.Size().Width; c.Size().Width < c.MinSize().Width || right > width+1 {
					t.Errorf("the count in the tabs' row ends at %v (%v wide), the table is %v wide", right, c.Size().Width, width)
				}
			}
			for _, o := range p.chips.Objects {
				if !o.Visible() {
					continue
				}
				pos, size := o.Position(), o.Size()
				if pos.X < 0 || pos.X+size.Width > p.chips.Size().Width || pos.Y+size.Height > p.chips.Size().Height {
					t.Errorf("%T at %v size %v is outside the chips' %v", o, pos, size, p.chips.Size())
				}
				if size.Width < o.MinSize().Width {
					t.Errorf("%T is %v wide, under its %v", o, size.Width, o.MinSize().Width)
				}
			}
			if p.chips.Size().Width > width {
				t.Errorf("the chips are %v wide, the table %v", p.chips.Size().Width, width)
			}
			if p.under.Position().Y < p.chips.Size().Height {
				t.Errorf("the table at %v overlaps the chips, %v high", p.under.Position().Y, p.chips.Size().Height)
			}
		})
	}
}

// The table writes a figure with its sign, qualifier and unit.
func TestValueText(t *testing.T) {
	for _, c := range []struct {
		e    model.Event
		want string
	}{
		{model.Event{Value: 22, Unit: "+%"}, "+22%"},
		{model.Event{Value: 6.5, Unit: "−%"}, "−6.5%"},
		{model.Event{Value: 19, Unit: "%"}, "19%"},
		{model.Event{Value: 70e6, Qualifier: model.AtLeast}, "> 70 million"},
		{model.Event{Value: 10000, Low: 8000}, "8,000–10,000"},
		{model.Event{Value: 4e9, Low: 3e9, Unit: "$"}, "3 billion–4 billion $"},
	} {
		if got := valueText(&c.e, "en"); got != c.want {
			t.Errorf("valueText(%v %q) = %q, want %q", c.e.Value, c.e.Unit, got, c.want)
		}
	}
}

// TestMeasureChipAcrossLanguages: the measure chip lists a measure once
// whatever the language its articles write it in ("emplois", "jobs",
// "postes"), and choosing it keeps the events of every language.
func TestMeasureChipAcrossLanguages(t *testing.T) {
	var arts []*model.Article
	for i, src := range []struct{ lang, date, text string }{
		{"fr", "2024-11-20", "Zorgmotors a annoncé mercredi la suppression de 4 500 emplois en Allemagne."},
		{"en", "2024-10-09", "Zorgtech said on Wednesday it would cut 1,200 jobs in France."},
		{"fr", "2024-09-11", "Zorgavia va supprimer 800 postes en Espagne, a annoncé mercredi le constructeur."},
	} {
		a, err := model.ParseArticle(fmt.Sprintf("a%d.txt", i), []byte("title: Test\ndate: "+src.date+"\nlang: "+src.lang+"\n\n"+src.text+"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	tl := model.Build(&model.Set{Name: "jobs", Articles: arts})
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return tl, nil },
		Load: func(context.Context, []string, func(int, int)) (*model.Timeline, error) {
			return nil, model.ErrNothingLoaded
		},
	})
	h.loaded(t)
	p := h.w.events
	var jobs []int
	for k, o := range p.measure.Options {
		if strings.Contains(o, "emplois") || strings.Contains(o, "jobs") || strings.Contains(o, "postes") { // "cut jobs", «suppression d'emplois»
			jobs = append(jobs, k)
		}
	}
	if len(jobs) != 1 {
		t.Fatalf("measure chip %q: want one entry for the jobs", p.measure.Options)
	}
	p.measure.SetSelectedIndex(jobs[0])
	if n := len(p.shown); n != 3 {
		t.Errorf("%d events of jobs shown, want 3", n)
	}
}
