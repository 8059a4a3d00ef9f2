package timex

import "testing"

func TestSession49DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2024-03-14", "She said supplies from a second plant would cover most of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
		{"en", "2024-03-14", "She said supplies from a second plant in Ireland would cover \"most\" of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
		{"en", "2024-03-14", "The chief executive told analysts on a conference call on Wednesday. She said supplies from a second plant would cover most of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
	})
}
