package model

import (
	"context"
	"io/fs"
	"math/rand"

	"github.com/claimline/claimline/model/text"
)

// Reading articles lives in package model/text; model names what its
// callers see again here, so that they need not import it.
type (
	// Article is text.Article: one decoded text of a set.
	Article = text.Article
	// Set is text.Set: a loaded article set.
	Set = text.Set
	// SetName is text.SetName: a set's name in parts.
	SetName = text.SetName
	// LoadOptions is text.LoadOptions: what tunes loading.
	LoadOptions = text.LoadOptions
	// Problem is text.Problem: something wrong with one file of a set.
	Problem = text.Problem
	// Dropped is text.Dropped: a span of an article set aside by cleaning.
	Dropped = text.Dropped
	// PublishedFrom is text.PublishedFrom: where an article's publication
	// date came from.
	PublishedFrom = text.PublishedFrom
	// NoFilesError is text.NoFilesError: no article file was found.
	NoFilesError = text.NoFilesError
	// HeaderDateError is text.HeaderDateError: a header's date the loader
	// cannot read.
	HeaderDateError = text.HeaderDateError
)

// Where a publication date came from (see text.PublishedFrom).
const (
	PublishedUnknown  = text.PublishedUnknown
	PublishedInHeader = text.PublishedInHeader
	PublishedInText   = text.PublishedInText
)

// MaxFileSize is text.MaxFileSize, the largest file the loader reads.
const MaxFileSize = text.MaxFileSize

// Reasons given for dropped spans (see text.Dropped).
const (
	ReasonRepeated    = text.ReasonRepeated
	ReasonHeadlines   = text.ReasonHeadlines
	ReasonPrompt      = text.ReasonPrompt
	ReasonBanner      = text.ReasonBanner
	ReasonBoilerplate = text.ReasonBoilerplate
	ReasonPublication = text.ReasonPublication
)

// Loader errors (see package model/text).
var (
	// ErrNothingLoaded is text.ErrNothingLoaded: no file of a set loaded.
	ErrNothingLoaded = text.ErrNothingLoaded
	// ErrTooLarge is text.ErrTooLarge: a file is over MaxFileSize.
	ErrTooLarge = text.ErrTooLarge
	// ErrUnsupported is text.ErrUnsupported: a file's extension is not
	// one the loader reads.
	ErrUnsupported = text.ErrUnsupported
	// ErrNotArticle is text.ErrNotArticle: a file holds data or code
	// rather than prose.
	ErrNotArticle = text.ErrNotArticle
	// ErrEmpty is text.ErrEmpty: the file is empty.
	ErrEmpty = text.ErrEmpty
	// ErrBinary is text.ErrBinary: the file is binary, not text.
	ErrBinary = text.ErrBinary
)

// Encoding names reported by Decode (see text.Decode).
const (
	EncUTF8    = text.EncUTF8
	EncUTF8BOM = text.EncUTF8BOM
	EncUTF16LE = text.EncUTF16LE
	EncUTF16BE = text.EncUTF16BE
	EncCP1252  = text.EncCP1252
)

// LoadFS loads every article file under fsys (text.LoadFS).
func LoadFS(ctx context.Context, fsys fs.FS, name string, opts LoadOptions) (*Set, error) {
	return text.LoadFS(ctx, fsys, name, opts)
}

// LoadPaths loads files and folders from disk (text.LoadPaths).
func LoadPaths(ctx context.Context, paths []string, opts LoadOptions) (*Set, error) {
	return text.LoadPaths(ctx, paths, opts)
}

// ParseArticle decodes one file's bytes into an Article (text.ParseArticle);
// Build infers its publication date from the text when the header has none.
func ParseArticle(name string, raw []byte, isHTML bool) (*Article, error) {
	return text.ParseArticle(name, raw, isHTML)
}

// Decode returns raw bytes as UTF-8 text with LF line ends, with the
// encoding it read them in (text.Decode).
func Decode(b []byte) (string, string, error) { return text.Decode(b) }

// DetectLang returns "fr" or "en" (text.DetectLang).
func DetectLang(s string) string { return text.DetectLang(s) }

// ReadableName returns a file name as a person may read it on a terminal or
// on screen, its control characters escaped (text.ReadableName).
func ReadableName(name string) string { return text.ReadableName(name) }

// NameBytes returns the exact bytes of a name that is not valid UTF-8, nil
// for one that is (text.NameBytes).
func NameBytes(name string) []byte { return text.NameBytes(name) }

// What the claim room reads of the text room under its own names.
type paragraph = text.Paragraph

func appendParagraphs(ps []paragraph, s string, body Span) []paragraph {
	return text.AppendParagraphs(ps, s, body)
}

func overlapsDropped(dropped []Dropped, s Span) bool { return text.OverlapsDropped(dropped, s) }

func shorten(s string, n int) string { return text.Shorten(s, n) }

func memoryWorkers(n int, available uint64) int { return text.MemoryWorkers(n, available) }

func availableMemory() uint64 { return text.AvailableMemory() }

// SynthSet makes n synthetic news articles for benchmarks (text.SynthSet).
func SynthSet(n int, seed int64) *Set { return text.SynthSet(n, seed) }

// SynthText returns the concatenated text of n synthetic articles
// (text.SynthText).
func SynthText(n int, seed int64, lang string) string { return text.SynthText(n, seed, lang) }

// SynthArticle returns one synthetic news article in lang, "fr" or "en"
// (text.SynthArticle).
func SynthArticle(rng *rand.Rand, lang string) string { return text.SynthArticle(rng, lang) }
