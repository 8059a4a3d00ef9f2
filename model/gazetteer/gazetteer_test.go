package gazetteer

import "testing"

func TestNames(t *testing.T) {
	for _, c := range []struct {
		name  string
		place bool
	}{
		{"France", true}, {"Roumanie", true}, {"Kenya", true}, {"Latin America", true}, {"Minnesota", true},
		{"Coventry", true}, {"Zorgon", false}, {"Jordan", false}, {"Hollande", false},
	} {
		if got := IsPlaceName(c.name); got != c.place {
			t.Errorf("IsPlaceName(%q) = %v, want %v", c.name, got, c.place)
		}
	}
	if !Countries["peru"] || Countries["paris"] || Countries["europe"] {
		t.Errorf("Countries: peru %v, paris %v, europe %v", Countries["peru"], Countries["paris"], Countries["europe"])
	}
	if !GivenNames()["lionel"] || !Demonyms["kenyan"] || !Holidays["noel"] {
		t.Error("given names, demonyms or feasts missing")
	}
}
