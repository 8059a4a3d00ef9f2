package layout

import "github.com/claimline/claimline/model"

// SureThreshold is the confidence below which an event is drawn as less
// sure. The model rates a subject read from the claim's own clause, its
// agent, owner or pronoun at 0.8 to 0.95 (0.72 and up when the date is the
// publication's); one taken from the passage at large, the article's topic
// or its context, a guess, at 0.6 or less.
const SureThreshold = 0.7

// Confidence returns how sure the reading of event e is, from 0 to 1: the
// surest reading among its claims (one passage read with confidence is
// enough to place the event). ok is false when claims does not hold the
// event's claims, which then cannot be rated.
func Confidence(e *model.Event, claims []model.Claim) (conf float64, ok bool) {
	for _, c := range e.Claims {
		if c < 0 || c >= len(claims) {
			continue
		}
		if !ok || claims[c].Confidence > conf {
			conf, ok = claims[c].Confidence, true
		}
	}
	return conf, ok
}

// LessSure reports whether event e is drawn as less sure: its surest
// reading is below SureThreshold and no person has verified it (a verdict
// outweighs the reading).
func LessSure(e *model.Event, claims []model.Claim) bool {
	if e.Status == model.Verified {
		return false
	}
	conf, ok := Confidence(e, claims)
	return ok && conf < SureThreshold
}

// lessSure returns one entry per event, true for those LessSure, and
// whether any is; nil without claims.
func lessSure(events []model.Event, claims []model.Claim) ([]bool, bool) {
	if claims == nil {
		return nil, false
	}
	out := make([]bool, len(events))
	any := false
	for i := range events {
		out[i] = LessSure(&events[i], claims)
		any = any || out[i]
	}
	return out, any
}
