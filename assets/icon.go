package assets

import _ "embed" // for the icon

//go:embed icon.png
var iconPNG string

// IconName is the file name of the application icon, for the resource that
// wraps IconPNG (fyne.NewStaticResource(assets.IconName, assets.IconPNG())).
const IconName = "icon.png"

// IconPNG returns Claimline's application icon: a 512×512 PNG of a timeline
// with three events and the claim card of one, drawn by cmd/mkicon. Each call
// returns a fresh copy, so callers may keep or change it.
func IconPNG() []byte {
	return []byte(iconPNG)
}
