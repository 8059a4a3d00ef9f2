package text

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
)

// Span is lexis.Span: a half-open range [Start, End) of byte offsets in an
// article's decoded text.
type Span = lexis.Span

// Date is timex.Date: a calendar date with its precision, or a range of
// them.
type Date = timex.Date

// Problem is something wrong with one file of a set, said for a person.
type Problem struct {
	File string `json:"file"`
	Err  error  `json:"-"`
}

// Error implements error: "file: reason", the file name readable (see
// ReadableName).
func (p Problem) Error() string { return fmt.Sprintf("%s: %v", ReadableName(p.File), p.Err) }

// Unwrap returns the underlying error.
func (p Problem) Unwrap() error { return p.Err }

// Dropped is a span of an article that the loader set aside as not being part
// of the article (boilerplate, a repeated paragraph). Nothing in it becomes a
// claim; the source view shows it greyed.
type Dropped struct {
	Span   Span   `json:"span"`
	Reason string `json:"reason"`
}

// PublishedFrom tells where an article's publication date came from. Its
// JSON form is its string ("header", "text"; left out when unknown).
type PublishedFrom string

// Where a publication date came from.
const (
	// PublishedUnknown: no publication date was found; Published is zero.
	PublishedUnknown PublishedFrom = ""
	// PublishedInHeader: a date: line of the header block, the page's
	// metadata, or a by-line or dateline near the top ("Published April
	// 23, 2020", "22 mai 2012. -").
	PublishedInHeader PublishedFrom = "header"
	// PublishedInText: read from the article's own dates ("ce mardi 5
	// octobre" in a set about 2021), for an article without a dated header.
	PublishedInText PublishedFrom = "text"
)

// Article is one decoded text of a set.
type Article struct {
	// Name is the file name, relative to the folder the set was loaded from.
	Name string `json:"name"`
	// Aliases are other names under which the same text was found.
	Aliases []string `json:"aliases,omitempty"`
	// Title comes from a header line or from the first line of the text.
	Title string `json:"title"`
	// TitleBy tells where Title came from: "header" (a title: line or the
	// page's metadata), "headline" (the text's first line, read as a
	// headline), "sentence" (the start of the first sentence) or "name" (the
	// file's name, for a text with none of these).
	TitleBy string `json:"title_by,omitempty"`
	// Source is the publication, from a header line, when known.
	Source string `json:"source,omitempty"`
	// URL is the article's address, from a url: header line or the page's
	// metadata, when known.
	URL string `json:"url,omitempty"`
	// Lang is "fr" or "en".
	Lang string `json:"lang"`
	// Published is the publication date with its precision; zero when unknown.
	Published Date `json:"published"`
	// PublishedBy tells where Published came from: the header or a by-line
	// (PublishedInHeader), the article's own words (PublishedInText), or
	// nowhere (PublishedUnknown).
	PublishedBy PublishedFrom `json:"published_by,omitempty"`
	// Text is the decoded text (UTF-8, LF line ends); all spans index it.
	Text string `json:"-"`
	// Body is the part of Text after the header block.
	Body Span `json:"body"`
	// Dropped are the spans set aside by cleaning, in order.
	Dropped []Dropped `json:"dropped,omitempty"`
	// Sentences are the passages of the kept text, in order.
	Sentences []Span `json:"-"`

	// textHash is TextHash, computed when the article is read.
	textHash string
}

// TextHash returns the hex SHA-256 of the article's decoded text: what a
// review file names the article by.
func (a *Article) TextHash() string {
	if a.textHash != "" {
		return a.textHash
	}
	sum := sha256.Sum256([]byte(a.Text))
	return hex.EncodeToString(sum[:])
}

// Slice returns the article's text covered by s, clamped to the text.
func (a *Article) Slice(s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(a.Text) {
		s.End = len(a.Text)
	}
	if s.Start >= s.End {
		return ""
	}
	return a.Text[s.Start:s.End]
}

// IsDropped reports whether the span lies in a part that cleaning set aside.
func (a *Article) IsDropped(s Span) bool {
	for _, d := range a.Dropped {
		if d.Span.Overlaps(s) {
			return true
		}
	}
	return false
}
