package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
)

// Ablation: what each pass buys. The set is scored once with everything
// on, then once with each entity pass and each event rule turned off in
// turn (extract.WithoutPasses). A pass earns its place by the errors it
// removes across many articles; one that changes a single article, or adds
// as many errors as it removes, is a rule for a file.

// ablationMetrics are the figures each row compares: every headline F1 and
// accuracy of the report.
var ablationMetrics = []string{MPeople, MOffices, MPersonCountry, MCountryPrecision, MCountries, MOrgs,
	MOrgCountry, MTopics, MCalls, MEvents, MCallInitiator, MEventDates, MDateline, MPublished}

// ablationHeads are the short column heads of ablationMetrics.
var ablationHeads = []string{"people", "office", "p.ctry", "p.prec", "ctry", "orgs",
	"o.ctry", "topic", "calls", "events", "init", "dates", "dline", "publ"}

// Ablation is one row: what turning one pass off does.
type Ablation struct {
	// Pass is the pass's or rule's name, as extract.Passes gives it.
	Pass string `json:"pass"`
	// Removes counts the errors (misses, extras, wrong values) of the run
	// without the pass that the full run does not make; Adds the errors
	// the full run makes that the run without it does not.
	Removes int `json:"removes"`
	Adds    int `json:"adds"`
	// Buys is full minus without, for each figure of ablationMetrics: what
	// the pass buys (negative: what it costs).
	Buys map[string]float64 `json:"buys"`
	// Changed are the ids of the documents whose output the pass changes.
	Changed []string `json:"changed"`
	// Err is set when the extractor could not be built without the pass.
	Err string `json:"error,omitempty"`
}

// Net is the errors the pass removes less those it adds.
func (a Ablation) Net() int { return a.Removes - a.Adds }

// AblationReport is the outcome of -ablate.
type AblationReport struct {
	Docs int        `json:"docs"`
	Full *Report    `json:"full"`
	Rows []Ablation `json:"rows"`
}

// extractFunc fills the Result of each doc (nil for a failure) with an
// extractor built without the passes named, and returns the number of
// failures; err says the extractor could not be built.
type extractFunc func(docs []Doc, without ...string) (failed int, err error)

// Ablate scores docs with every pass on, then without each of passes in
// turn, and returns the rows sorted by what each buys: net errors removed,
// then the sum of the figures it lifts, then by name.
func Ablate(docs []Doc, passes []string, run extractFunc, opts Options) (*AblationReport, error) {
	full := cloneDocs(docs)
	if _, err := run(full); err != nil {
		return nil, err
	}
	base := Score(full, opts)
	rep := &AblationReport{Docs: len(docs), Full: base}
	for _, p := range passes {
		row := Ablation{Pass: p, Buys: map[string]float64{}}
		off := cloneDocs(docs)
		if _, err := run(off, p); err != nil {
			row.Err = err.Error()
			rep.Rows = append(rep.Rows, row)
			continue
		}
		without := Score(off, opts)
		row.Removes, row.Adds = issueDiff(without.Issues, base.Issues)
		for _, name := range ablationMetrics {
			a, _ := base.Metric(name)
			b, _ := without.Metric(name)
			row.Buys[name] = a.Value() - b.Value()
		}
		for i := range full {
			if !reflect.DeepEqual(full[i].Result, off[i].Result) {
				row.Changed = append(row.Changed, full[i].Gold.Doc)
			}
		}
		rep.Rows = append(rep.Rows, row)
	}
	slices.SortStableFunc(rep.Rows, func(a, b Ablation) int {
		if a.Net() != b.Net() {
			return b.Net() - a.Net()
		}
		if sa, sb := sumBuys(a), sumBuys(b); sa != sb {
			if sb > sa {
				return 1
			}
			return -1
		}
		return strings.Compare(a.Pass, b.Pass)
	})
	return rep, nil
}

func sumBuys(a Ablation) float64 {
	s := 0.0
	for _, v := range a.Buys {
		s += v
	}
	return s
}

// cloneDocs copies docs without their results.
func cloneDocs(docs []Doc) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		out[i] = Doc{Gold: d.Gold, Text: d.Text}
	}
	return out
}

// issueDiff counts the issues of a that b lacks and those of b that a
// lacks, as multisets of (document, metric, kind, item).
func issueDiff(a, b []Issue) (onlyA, onlyB int) {
	count := map[Issue]int{}
	for _, is := range a {
		count[is]++
	}
	for _, is := range b {
		count[is]--
	}
	for _, n := range count {
		if n > 0 {
			onlyA += n
		} else {
			onlyB -= n
		}
	}
	return onlyA, onlyB
}

// printAblation prints one row per pass, then the passes that change one
// article, those that add as many errors as they remove, and those that
// change nothing.
func printAblation(w io.Writer, r *AblationReport, source string) {
	fmt.Fprintf(w, "Ablation on %d documents (%s): each row turns one pass or rule off.\n", r.Docs, source)
	fmt.Fprintf(w, "removes/adds: errors the pass removes and adds; the figures are full minus without it (+: what it buys);\n")
	fmt.Fprintf(w, "sorted by net errors removed.\n\n")
	width := len("pass")
	for _, a := range r.Rows {
		width = max(width, len(a.Pass))
	}
	cell := func(v string, head string) string { return fmt.Sprintf("%*s", max(len(head), 6), v) }
	line := func(pass, net, removes, adds string, cols []string, docs, changed string) {
		b := []string{fmt.Sprintf("%-*s", width, pass), cell(net, "net"), cell(removes, "removes"), cell(adds, "adds")}
		for i, c := range cols {
			b = append(b, cell(c, ablationHeads[i]))
		}
		b = append(b, cell(docs, "docs"), changed)
		fmt.Fprintln(w, strings.TrimRight(strings.Join(b, " "), " "))
	}
	line("pass", "net", "removes", "adds", ablationHeads, "docs", "articles changed")
	var one, costly, none, failed []string
	for _, a := range r.Rows {
		if a.Err != "" {
			failed = append(failed, a.Pass+": "+a.Err)
			continue
		}
		cols := make([]string, len(ablationMetrics))
		for i, m := range ablationMetrics {
			cols[i] = signed(a.Buys[m])
		}
		line(a.Pass, fmt.Sprintf("%+d", a.Net()), fmt.Sprint(a.Removes), fmt.Sprint(a.Adds), cols,
			fmt.Sprint(len(a.Changed)), strings.Join(a.Changed, " "))
		switch {
		case len(a.Changed) == 0:
			none = append(none, a.Pass)
		case len(a.Changed) == 1:
			one = append(one, a.Pass+" ("+a.Changed[0]+")")
		case a.Net() <= 0:
			costly = append(costly, fmt.Sprintf("%s (%+d)", a.Pass, a.Net()))
		}
	}
	list := func(what string, l []string) {
		if len(l) == 0 {
			l = []string{"none"}
		}
		fmt.Fprintf(w, "\n%s (%d): %s\n", what, len(l), strings.Join(l, ", "))
	}
	fmt.Fprintln(w)
	list("change one article: a rule for a file, generalise or delete", one)
	list("change several but remove no more errors than they add", costly)
	list("change nothing here", none)
	if len(failed) > 0 {
		list("could not be turned off", failed)
	}
}

// signed formats a difference of figures: "." for none.
func signed(v float64) string {
	if v > -0.0005 && v < 0.0005 {
		return "."
	}
	return fmt.Sprintf("%+.3f", v)
}

// writeAblationJSON writes r as indented JSON.
func writeAblationJSON(w io.Writer, r *AblationReport) error {
	r.Full.Issues = nil
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
