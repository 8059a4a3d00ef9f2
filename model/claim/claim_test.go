package claim

import "testing"

func TestKindString(t *testing.T) {
	for _, tt := range []struct {
		k    Kind
		want string
	}{{Figure, "figure"}, {Statement, "statement"}, {ContextEvent, "context event"}, {ClauseEvent, "clause event"}} {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("%d: got %q, want %q", tt.k, got, tt.want)
		}
	}
}
