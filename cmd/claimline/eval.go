package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/claimline/claimline/model/eval"
)

// evalOptions are the flags of claimline eval.
type evalOptions struct {
	json, details bool
	corpora       string
	gold          []string
}

// parseEval reads eval's flags (before, between or after the gold files;
// "--" ends the flags).
func parseEval(args []string) (evalOptions, error) {
	o := evalOptions{corpora: eval.DefaultCorpora}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			o.gold = append(o.gold, args[i+1:]...)
			i = len(args)
		case a == "--json" || a == "-json":
			o.json = true
		case a == "--details" || a == "-details":
			o.details = true
		case a == "--corpora" || a == "-corpora":
			if i+1 >= len(args) {
				return o, errors.New("--corpora needs a folder")
			}
			i++
			o.corpora = args[i]
		case strings.HasPrefix(a, "--corpora="):
			o.corpora = strings.TrimPrefix(a, "--corpora=")
		case a == "-h" || a == "--help":
			return o, errHelp
		case strings.HasPrefix(a, "-") && len(a) > 1:
			return o, fmt.Errorf("unknown option %s", a)
		default:
			o.gold = append(o.gold, a)
		}
	}
	if len(o.gold) == 0 {
		return o, errors.New("give one or more gold files, e.g. claimline eval testdata/gold/*.jsonl")
	}
	if o.corpora == "" {
		return o, errors.New("--corpora needs a folder")
	}
	return o, nil
}

// runEval scores the program's claims against gold files: claimline eval
// [--json] [--details] [--corpora DIR] GOLD_FILE...
func runEval(args []string, stdout, stderr io.Writer) int {
	o, err := parseEval(args)
	if errors.Is(err, errHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline eval: %v\n\n%s", err, usage)
		return exitBadUsage
	}
	golds, err := eval.ReadGoldFiles(o.gold)
	if err != nil {
		fmt.Fprintf(stderr, "claimline eval: %v\n", err)
		return exitNothing
	}
	if info, err := os.Stat(o.corpora); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "claimline eval: the corpora folder %s is not there (use --corpora DIR)\n", o.corpora)
		return exitNothing
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	r, err := eval.Evaluate(ctx, o.corpora, golds)
	if err != nil {
		fmt.Fprintf(stderr, "claimline eval: %v\n", err)
		return exitNothing
	}
	for _, p := range r.Problems {
		fmt.Fprintf(stderr, "claimline: %s\n", p.Error())
	}
	switch {
	case o.json:
		err = eval.WriteJSON(stdout, r, o.details)
	case o.details:
		if err = eval.WriteDetails(stdout, r); err == nil {
			err = eval.WriteSummary(stdout, r)
		}
	default:
		err = eval.WriteSummary(stdout, r)
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline eval: %v\n", err)
		return exitNothing
	}
	if t := r.Totals["all"]; t.Missing == t.Articles {
		return exitNothing
	}
	return exitOK
}
