package model

import "testing"

// TestPublicBodyJoinedByAnd: "and" inside the name of a public body after
// "the" does not cut it in two; a place or a company before "and" stays a
// name of its own.
func TestPublicBodyJoinedByAnd(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"agency", "en", "2021-09-23", "The National Snow and Ice Data Center said on Tuesday that sea ice reached 17.02 million square kilometres on Sept. 12.", 17.02e6, "National Snow and Ice Data Center", "Ice Data Center"},
		{"agency's count", "en", "2021-09-23", "The National Snow and Ice Data Center recorded 412 stations in 2020.", 412, "National Snow and Ice Data Center", "Ice Data Center"},
		{"commission", "en", "2021-09-23", "The Securities and Exchange Commission fined the broker $12 million on Tuesday.", 12e6, "", "Exchange Commission"},
		{"place first", "en", "2021-09-23", "Tensions between the Netherlands and Ice Data Center rose. Ice Data Center said on Tuesday it had cut 140 jobs.", 140, "Ice Data Center", ""},
	})
}
