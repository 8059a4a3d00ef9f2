package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/claimline/claimline/model"
)

// statuses are the review statuses in the order the status filter lists
// them, as the model writes them ("" is unchecked).
var statuses = func() []string {
	var out []string
	for _, s := range model.Statuses {
		out = append(out, string(s))
	}
	return out
}()

// statusTitle names a review status in the UI language.
func statusTitle(s string) string {
	switch model.Status(s) {
	case model.Verified:
		return lang.L("Verified")
	case model.StatusDisputed:
		return lang.L("Disputed")
	case model.NeedsChecking:
		return lang.L("Needs checking")
	case model.Rejected:
		return lang.L("Rejected")
	}
	return lang.L("Unchecked")
}

// statusRank orders statuses for sorting: the ones that need work first.
func statusRank(s string) int {
	switch model.Status(s) {
	case model.NeedsChecking:
		return 0
	case model.StatusDisputed:
		return 1
	case model.Unchecked:
		return 2
	case model.Verified:
		return 3
	}
	return 4
}

// reviewOf copies an event's review (status, note, whether a person
// corrected it) into its table row.
func reviewOf(e *model.Event, r *eventRow) {
	r.status = string(e.Status)
	r.rejected = e.Status == model.Rejected
	r.note = e.Note
	r.edited = e.Edited()
}
