package export

import (
	"testing"

	"github.com/claimline/claimline/model"
)

// TestLegendNamesTheOneOtherMeasure: an export whose other figures all
// measure one thing names it in the legend, as the screen's lane does;
// figures of several measures keep the metric's name.
func TestLegendNamesTheOneOtherMeasure(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Zorgville a connu 38 °C lundi. Zorgtown a connu 40 °C mardi.", "température (°C)", "Other figure"},
		{"Zorgville a connu 38 °C lundi. Zorgon a supprimé 300 emplois mardi.", "Other figure", "température (°C)"},
	} {
		a, err := model.ParseArticle("x.txt", []byte("title: Test\ndate: 2024-03-15\nlang: fr\n\n"+c.text+"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		tl := model.Build(&model.Set{Name: "x", Articles: []*model.Article{a}})
		fonts, err := NewFonts()
		if err != nil {
			t.Fatal(err)
		}
		o, err := Options{Width: 1920, Height: 1080}.normalized(tl)
		if err != nil {
			t.Fatal(err)
		}
		d := newDrawing(tl, o, fonts)
		var got []string
		for _, it := range d.lay.Legend {
			got = append(got, it.Text)
		}
		has := func(s string) bool {
			for _, g := range got {
				if g == s {
					return true
				}
			}
			return false
		}
		if !has(c.want) || has(c.not) {
			t.Errorf("%q: legend %q, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}
