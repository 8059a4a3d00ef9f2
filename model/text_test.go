package model

import "github.com/claimline/claimline/model/text"

// The text room's steps under the names the tests of model call them by.

func clean(s string, body Span) []Dropped { return text.Clean(s, body) }

func sentences(s string, body Span, dropped []Dropped) []Span {
	return text.Sentences(s, body, dropped)
}
