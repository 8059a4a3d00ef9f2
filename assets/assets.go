// Package assets holds the files Claimline embeds: the default article set
// and the application icon.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed articles/*.txt
var articles embed.FS

// Articles returns the default article set: five French news articles about
// Telegram's growth in 2021, at the root of the returned file system.
func Articles() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		// The pattern above is compiled in; Sub fails only on a bad name.
		panic(err)
	}
	return sub
}

// ArticlesName is the name the default set goes by in titles.
const ArticlesName = "Telegram, October 2021"
