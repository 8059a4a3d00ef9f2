package exportui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/export"
)

// smallTimeline is a timeline of two events from one article.
func smallTimeline() *model.Timeline {
	a := &model.Article{Name: "a.txt", Title: "Telegram gagne des utilisateurs", Published: model.Day(2021, time.October, 5)}
	src := []model.Source{{Article: "a.txt", Title: a.Title}}
	return &model.Timeline{
		Name:     "Test set",
		Articles: []*model.Article{a},
		Events: []model.Event{
			{ID: "1", Date: model.Day(2021, time.October, 4), Metric: model.MetricEvent, Label: "Facebook outage", Sources: src},
			{ID: "2", Date: model.Day(2021, time.October, 5), Metric: model.MetricNewUsers, Label: "70 million new users", Sources: src},
		},
	}
}

func TestRequestOptions(t *testing.T) {
	from := time.Date(2021, time.October, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 1, 0)
	req := Request{Timeline: smallTimeline(), Matches: []int{1}, Query: "users", ViewFrom: from, ViewTo: to}
	tests := []struct {
		name string
		c    Choices
		want export.Options
	}{
		{"whole timeline, all events", Choices{Title: " T ", Width: 1920, Height: 1080},
			export.Options{Width: 1920, Height: 1080, Title: "T"}},
		{"current view", Choices{CurrentView: true, Width: 800, Height: 600, Theme: export.Dark},
			export.Options{Width: 800, Height: 600, Theme: export.Dark, From: from, To: to}},
		{"only matches", Choices{OnlyShown: true, Width: 800, Height: 600},
			export.Options{Width: 800, Height: 600, Events: []int{1}, Query: "users"}},
	}
	for _, tt := range tests {
		got := req.Options(tt.c)
		if got.Width != tt.want.Width || got.Height != tt.want.Height || got.Theme != tt.want.Theme ||
			got.Title != tt.want.Title || !got.From.Equal(tt.want.From) || !got.To.Equal(tt.want.To) ||
			got.Query != tt.want.Query || len(got.Events) != len(tt.want.Events) || (got.Events == nil) != (tt.want.Events == nil) {
			t.Errorf("%s: Options = %+v, want %+v", tt.name, got, tt.want)
		}
	}
	if c := req.DefaultChoices(); !c.OnlyShown || c.Title != "Test set" || c.Width != export.DefaultWidth {
		t.Errorf("DefaultChoices = %+v", c)
	}
	if c := (Request{Timeline: smallTimeline()}).DefaultChoices(); c.OnlyShown {
		t.Errorf("DefaultChoices without a search = %+v, want all events", c)
	}
	if c := (Request{Timeline: smallTimeline(), Matches: []int{}, Query: "zzz"}).DefaultChoices(); c.OnlyShown {
		t.Errorf("DefaultChoices for a search matching nothing = %+v, want all events", c)
	}
}

// exportWith fills the dialog for a file in dir and submits it; it returns
// the path and the error the export finished with.
func exportWith(t *testing.T, w fyne.Window, req Request, name string, edit func(f *form)) (string, error) {
	t.Helper()
	type result struct {
		path string
		err  error
	}
	done := make(chan result, 1)
	f := newForm(w, req)
	f.done = func(p string, err error) { done <- result{p, err} }
	f.name.SetText(name)
	if edit != nil {
		edit(f)
	}
	f.dlg.Show()
	f.Submit()
	select {
	case r := <-done:
		return r.path, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("the export did not finish")
	}
	return "", nil
}

func TestDialogExports(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	dir := t.TempDir()
	req := Request{Timeline: smallTimeline(), Folder: dir}
	tests := []struct {
		name string
		file string
		edit func(f *form)
	}{
		{"png at a preset", "t.png", func(f *form) { f.size.SetSelected(export.Presets[2].Name) }},
		{"svg dark", "t.svg", func(f *form) { f.theme.SetSelected(darkTheme) }},
		{"pdf custom size", "t.pdf", func(f *form) {
			f.size.SetSelected(customSize)
			f.width.SetText("1000")
			f.height.SetText("700")
		}},
	}
	for _, tt := range tests {
		path, err := exportWith(t, w, req, tt.file, tt.edit)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if path != filepath.Join(dir, tt.file) {
			t.Errorf("%s: wrote %s", tt.name, path)
		}
		if st, err := os.Stat(path); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestDialogValidates(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	f := newForm(w, Request{Timeline: smallTimeline(), Folder: t.TempDir()})
	tests := []struct {
		entry *escEntry
		text  string
		ok    bool
	}{
		{f.name, "timeline.svg", true},
		{f.name, "timeline.jpg", false},
		{f.name, "timeline", false},
		{f.name, "a/b.png", false},
		{f.folder, filepath.Join(t.TempDir(), "missing"), false},
		{f.width, "abc", false},
		{f.width, "100", false},
		{f.width, "2400", true},
	}
	for _, tt := range tests {
		tt.entry.SetText(tt.text)
		if err := tt.entry.Validate(); (err == nil) != tt.ok {
			t.Errorf("%q: Validate() = %v, want ok %v", tt.text, err, tt.ok)
		}
		tt.entry.SetText("")
	}
	if !f.events.Disabled() || !f.scope.Disabled() {
		t.Error("without a search or a view, the events and range choices should be disabled")
	}
}

// buttonNamed finds the button labelled text among the canvas's overlays.
func buttonNamed(c fyne.Canvas, text string) *widget.Button {
	for _, o := range c.Overlays().List() {
		for _, child := range append([]fyne.CanvasObject{o}, test.LaidOutObjects(o)...) {
			if b, ok := child.(*widget.Button); ok && b.Text == text {
				return b
			}
		}
	}
	return nil
}

func TestDialogAsksBeforeReplacing(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	dir := t.TempDir()
	path := filepath.Join(dir, "t.png")
	if err := os.WriteFile(path, []byte("old image"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	f := newForm(w, Request{Timeline: smallTimeline(), Folder: dir})
	f.done = func(_ string, err error) { done <- err }
	f.name.SetText("t.png")
	f.dlg.Show()
	f.Submit()
	if b, _ := os.ReadFile(path); string(b) != "old image" {
		t.Fatal("the file was replaced before the user agreed")
	}
	yes := buttonNamed(w.Canvas(), "Yes")
	if yes == nil {
		t.Fatal("no confirmation asked before replacing the file")
	}
	test.Tap(yes)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the export did not finish")
	}
	if b, _ := os.ReadFile(path); string(b) == "old image" {
		t.Error("the file was not replaced after the user agreed")
	}
}

func TestDialogReportsFailure(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	dir := t.TempDir()
	done := make(chan error, 1)
	f := newForm(w, Request{Timeline: smallTimeline(), Folder: dir})
	f.done = func(_ string, err error) { done <- err }
	c, err := f.choices()
	if err != nil {
		t.Fatal(err)
	}
	// The folder vanished after the dialog checked it.
	c.Path = filepath.Join(dir, "gone", "t.png")
	f.start(c)
	select {
	case err := <-done:
		var we *export.WriteError
		if !errors.As(err, &we) {
			t.Fatalf("error = %v, want an export.WriteError", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the export did not finish")
	}
	if buttonNamed(w.Canvas(), "OK") == nil {
		t.Error("no error dialog shown")
	}
	if got, _ := os.ReadDir(dir); len(got) != 0 {
		t.Errorf("the folder holds %d entries after a failed export", len(got))
	}
}

// threeEvents is smallTimeline with a third event, of a third lane.
func threeEvents() *model.Timeline {
	tl := smallTimeline()
	e := tl.Events[1]
	e.ID, e.Metric, e.Label = "3", model.MetricDownloads, "1 billion downloads"
	tl.Events = append(tl.Events, e)
	return tl
}

// TestExportWhatIsShown checks that the dialog offers, and chooses by
// default, what the timeline shows when lanes are hidden: the events of
// the lanes shown that the search matches, the image saying so.
func TestExportWhatIsShown(t *testing.T) {
	lanes := Request{Timeline: threeEvents(), Shown: []int{1, 2}, Lanes: []string{"new users", "downloads"}, AllLanes: 3}
	both := lanes
	both.Matches, both.Query = []int{0, 2}, "o"
	tests := []struct {
		name       string
		req        Request
		wantLabel  string
		wantEvents []int
		wantLanes  int
	}{
		{"lanes hidden", lanes, "Only what the timeline shows: 2 events (2 of 3 lanes)", []int{1, 2}, 2},
		{"lanes hidden and a search", both, "Only what the timeline shows: 1 event (2 of 3 lanes, matching “o”)", []int{2}, 2},
		{"a search only", Request{Timeline: threeEvents(), Matches: []int{0, 2}, Query: "o"},
			"Only what the timeline shows: 2 events (matching “o”)", []int{0, 2}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel("timeline"))
			w.Resize(fyne.NewSize(900, 700))
			tt.req.Folder = t.TempDir()
			f := newForm(w, tt.req)
			if f.events.Disabled() {
				t.Fatal("the events choice is disabled")
			}
			if f.events.Selected != tt.wantLabel {
				t.Errorf("the dialog chose %q, want %q", f.events.Selected, tt.wantLabel)
			}
			c, err := f.choices()
			if err != nil {
				t.Fatal(err)
			}
			o := tt.req.Options(c)
			if fmt.Sprint(o.Events) != fmt.Sprint(tt.wantEvents) || len(o.Lanes) != tt.wantLanes {
				t.Errorf("Options draw events %v of lanes %v, want %v of %d lanes", o.Events, o.Lanes, tt.wantEvents, tt.wantLanes)
			}
			f.events.SetSelected(allEvents)
			if c, _ := f.choices(); tt.req.Options(c).Events != nil {
				t.Errorf("all events chosen, but the export draws only %v", tt.req.Options(c).Events)
			}
		})
	}
}
