package quantity

import (
	"strconv"

	"github.com/claimline/claimline/model/lexis"
)

// durationSeconds are the units of an elapsed time, in seconds, folded.
var durationSeconds = map[string]float64{
	"hour": 3600, "hours": 3600, "h": 3600, "hr": 3600, "hrs": 3600, "heure": 3600, "heures": 3600,
	"minute": 60, "minutes": 60, "min": 60, "mins": 60, "mn": 60,
	"second": 1, "seconds": 1, "s": 1, "sec": 1, "secs": 1, "seconde": 1, "secondes": 1,
}

// durationAt reads an elapsed time of several parts at token i, a race's or
// a record's: "2:01:48", "60:14" (minutes past the hour's 59: no time of
// day), "2 hours, 0 minutes and 12 seconds", "59 minutes 58 seconds",
// «2 h 00 min 12 s». Its value is in seconds, its unit "s". A single part
// ("12 seconds") is no compound, and "10:30" is a time of day.
func durationAt(text string, toks []lexis.Token, i int) (NumberExpr, bool) {
	if i >= len(toks) || toks[i].Kind != lexis.Number {
		return NumberExpr{}, false
	}
	if n, ok := colonDuration(text, toks, i); ok {
		return n, true
	}
	total, parts, last, end := 0.0, 0, 1e9, i
	for k := i; k+1 < len(toks); {
		if toks[k].Kind != lexis.Number {
			break
		}
		v, err := strconv.Atoi(toks[k].Text)
		if parts > 0 && k+3 < len(toks) && lexis.InSet(toks[k+1].Text, ".", ",") && !toks[k+1].Space && toks[k+2].Kind == lexis.Number && !toks[k+2].Space &&
			durationSeconds[toks[k+3].Fold] == 1 && toks[k+3].Kind == lexis.Word && err == nil {
			// "28 minutes 54.14 seconds", «1 min 52,31 s»: the seconds,
			// and only they, to the hundredth
			f, ferr := strconv.ParseFloat(toks[k].Text+"."+toks[k+2].Text, 64)
			if ferr == nil && last > 1 {
				total += f
				parts, last, end = parts+1, 1, k+4
			}
			break
		}
		unit, ok := durationSeconds[toks[k+1].Fold]
		if err != nil || !ok || unit >= last || toks[k+1].Kind != lexis.Word {
			break
		}
		total += float64(v) * unit
		parts, last, end = parts+1, unit, k+2
		k += 2
		if k < len(toks) && lexis.InSet(toks[k].Text, ",", "and", "et") {
			k++
		}
		if k < len(toks) && lexis.InSet(toks[k].Text, "and", "et") {
			k++
		}
	}
	if parts < 2 {
		return NumberExpr{}, false
	}
	n := NumberExpr{Value: total, Unit: "s", TokStart: i, TokEnd: end, Span: lexis.Span{Start: toks[i].Start, End: toks[end-1].End}}
	n.Text = text[n.Span.Start:n.Span.End]
	return n, true
}

// colonDuration reads "2:01:48" (hours, minutes, seconds) or "60:14"
// (minutes and seconds, the minutes past 23) at token i.
func colonDuration(text string, toks []lexis.Token, i int) (NumberExpr, bool) {
	var parts []int
	k := i
	for {
		v, err := strconv.Atoi(toks[k].Text)
		if err != nil || len(parts) > 0 && (len(toks[k].Text) != 2 || v > 59) {
			return NumberExpr{}, false
		}
		parts = append(parts, v)
		if k+2 < len(toks) && toks[k+1].Text == ":" && !toks[k+1].Space && !toks[k+2].Space && toks[k+2].Kind == lexis.Number && len(parts) < 3 {
			k += 2
			continue
		}
		break
	}
	var secs float64
	switch {
	case len(parts) == 3:
		secs = float64(parts[0]*3600 + parts[1]*60 + parts[2])
	case len(parts) == 2 && parts[0] >= 24:
		secs = float64(parts[0]*60 + parts[1])
	default:
		return NumberExpr{}, false
	}
	n := NumberExpr{Value: secs, Unit: "s", TokStart: i, TokEnd: k + 1, Span: lexis.Span{Start: toks[i].Start, End: toks[k].End}}
	n.Text = text[n.Span.Start:n.Span.End]
	return n, true
}
