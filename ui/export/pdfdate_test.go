package export

import (
	"bytes"
	"regexp"
	"testing"
	"time"
)

// pdfDates returns the creation and modification dates a PDF records.
func pdfDates(t *testing.T, pdf []byte) (created, modified time.Time) {
	t.Helper()
	parse := func(key string) time.Time {
		m := regexp.MustCompile(`/` + key + ` \(D:(\d{14})(Z|[+-]\d\d'\d\d'?)?`).FindSubmatch(pdf)
		if m == nil {
			t.Fatalf("the PDF has no %s", key)
		}
		zone := string(m[2])
		layout := "20060102150405"
		s := string(m[1])
		switch {
		case zone == "" || zone == "Z":
			return mustParse(t, layout, s, time.UTC)
		default:
			tm, err := time.Parse(layout+"-07'00'", s+zone[:6]+"'")
			if err != nil {
				t.Fatal(err)
			}
			return tm
		}
	}
	return parse("CreationDate"), parse("ModDate")
}

func mustParse(t *testing.T, layout, s string, loc *time.Location) time.Time {
	tm, err := time.ParseInLocation(layout, s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func TestPDFDates(t *testing.T) {
	tl := sampleTimeline()
	render := func(o Options) []byte {
		var buf bytes.Buffer
		o.Width, o.Height = 800, 600
		if err := Render(&buf, tl, PDF, o); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	epoch := time.Unix(1700000000, 0)
	given := time.Date(2024, 3, 5, 10, 20, 30, 0, time.UTC)
	tests := []struct {
		name     string
		env      string
		o        Options
		from, to time.Time // the dates must fall in [from, to]
	}{
		{"export time", "", Options{}, time.Now().Add(-time.Second), time.Now().Add(time.Minute)},
		{"SOURCE_DATE_EPOCH", "1700000000", Options{}, epoch, epoch},
		{"bad SOURCE_DATE_EPOCH is ignored", "soon", Options{}, time.Now().Add(-time.Second), time.Now().Add(time.Minute)},
		{"given date wins", "1700000000", Options{Created: given}, given, given},
	}
	for _, tt := range tests {
		t.Setenv("SOURCE_DATE_EPOCH", tt.env)
		pdf := render(tt.o)
		c, m := pdfDates(t, pdf)
		for _, d := range []time.Time{c, m} {
			if d.Before(tt.from.Truncate(time.Second)) || d.After(tt.to) {
				t.Errorf("%s: the PDF is dated %v, want %v to %v", tt.name, d, tt.from, tt.to)
			}
		}
		if tt.env == "1700000000" && !bytes.Equal(pdf, render(tt.o)) {
			t.Errorf("%s: two exports with the same SOURCE_DATE_EPOCH differ", tt.name)
		}
	}
}
