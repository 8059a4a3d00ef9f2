package syntax

import "testing"

// TestTableFindsEveryFeature checks that the table's filter of present keys
// lets every feature of the embedded taggers through, with its weights, and
// that keys it does not hold add nothing.
func TestTableFindsEveryFeature(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		tb := Tagger(lang).t
		feats := tb.features()
		held := map[uint32]bool{}
		for _, f := range feats {
			held[f.key] = true
			var got, want [numTags]int32
			tb.add(got[:], f.key)
			for j, c := range f.classes {
				want[c] += int32(f.weights[j])
			}
			if got != want {
				t.Fatalf("%s: feature %#x adds %v, want %v", lang, f.key, got, want)
			}
		}
		rejected := 0
		for k := uint32(1); k < 200000; k++ {
			key := k * 2654435761
			if held[key] || key == 0 {
				continue
			}
			var got [numTags]int32
			tb.add(got[:], key)
			if got != ([numTags]int32{}) {
				t.Fatalf("%s: absent key %#x adds %v", lang, key, got)
			}
			if b := key >> tb.filterShift; tb.present[b>>6]&(1<<(b&63)) == 0 {
				rejected++
			}
		}
		t.Logf("%s: %d features; the filter turns away %.0f%% of absent keys", lang, len(feats), float64(rejected)/2000)
	}
}
