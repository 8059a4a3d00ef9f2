package assets

import (
	"bufio"
	"bytes"
	"image/png"
	"os"
	"strings"
	"testing"
)

// tomlDetail returns the value of key in the [Details] table of a FyneApp.toml
// (quotes removed), or "" when it is not there.
func tomlDetail(toml []byte, key string) string {
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(toml))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if ok && section == "Details" && strings.TrimSpace(k) == key {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return ""
}

func TestTomlDetail(t *testing.T) {
	toml := []byte("Website = \"x\"\nVersion = \"9\"\n[Details]\nName = \"App\"\nVersion = \"1.2.3\"\nBuild = 4\n[Other]\nVersion = \"5\"\n")
	tests := []struct{ key, want string }{
		{"Version", "1.2.3"},
		{"Name", "App"},
		{"Build", "4"},
		{"ID", ""},
	}
	for _, tt := range tests {
		if got := tomlDetail(toml, tt.key); got != tt.want {
			t.Errorf("tomlDetail(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestVersionMatchesFyneApp keeps the version in one place: the packages get
// theirs from FyneApp.toml, the program from Version.
func TestVersionMatchesFyneApp(t *testing.T) {
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if got := tomlDetail(toml, "Version"); got != Version {
		t.Errorf("FyneApp.toml has Version %q, assets.Version is %q: change both", got, Version)
	}
	if got := tomlDetail(toml, "Icon"); got != "assets/"+IconName {
		t.Errorf("FyneApp.toml has Icon %q, want %q", got, "assets/"+IconName)
	}
}

func TestIconPNG(t *testing.T) {
	icon := IconPNG()
	cfg, err := png.DecodeConfig(bytes.NewReader(icon))
	if err != nil {
		t.Fatalf("icon is not a PNG: %v", err)
	}
	if cfg.Width < 512 || cfg.Width != cfg.Height {
		t.Errorf("icon is %dx%d, want a square of 512 px or more", cfg.Width, cfg.Height)
	}
	icon[0] = 0
	if IconPNG()[0] == 0 {
		t.Error("changing the returned bytes changed the icon")
	}
}
