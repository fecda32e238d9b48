// Command benchmark measures Readout: its accuracy against hand labels, or,
// with -speed, its speed beside prose's.
//
//	go run ./examples/benchmark                      # accuracy on the seeds
//	go run ./examples/benchmark -v                   # ... and every miss and extra
//	go run ./examples/benchmark -min-f1 0.9          # exit 1 below the line (CI)
//	go run ./examples/benchmark -gold g/ -texts t/   # another labelled set
//	go run ./examples/benchmark -speed               # throughput, memory, first result
//
// Run with -h for every flag.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/readout/readout/entity/ner"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/gold"
)

const usage = `usage: benchmark [flags]

Scores Readout's default extractor against hand labels and prints a table,
strictly, as a user reads the output:

  people         a name counts only when it equals the gold name or a variant,
                 compared without case, diacritics, full stops and commas; a
                 second entry for the same person is a false positive
  offices        (person, office) pairs, through the people matched
  person_country the country of each matched person (accuracy)
  person_country_precision
                 among the matched people given a country, the right ones:
                 a wrong country is worse than none
  countries      ISO codes, as a set
  organizations  by name, variant or acronym, without a leading "the" and a
                 leading country, demonym or capital; org_country through it
  topics         labels, overall and per label as topic:LABEL
  calls, events  by type and participants (mapped through the people match)
  call_initiator over matched gold calls that name one (accuracy)
  event_dates    over matched gold events: a right date counts, a date where
                 the gold has none or another is an error, a missed one a miss
  dateline       the place, ignoring case; published: the date, exactly
  span_mismatches spans whose text is not the input's: must be 0

Figures are summed over documents (micro-averaged). Each F1 and accuracy
comes with its 95% interval: the middle 95% of the figure over 1,000
bootstrap resamples of the documents (fixed seed, so the output is the same
on every run). A change inside the interval may be chance.

With -ablate, scores the set once with everything on, then once with each
entity pass and each event rule turned off in turn (extract.Passes), and
prints one row per pass: the errors it removes and adds, the change in each
figure (full minus without: what the pass buys), and the documents whose
output it changes, sorted by net errors removed; then the passes that change
a single document (rules for a file), those that add as many errors as they
remove, and those that change nothing. -passes limits it to some.

Items in the gold's optional_* lists are neither required nor penalised; a
gold file without "organizations" or an event without "date" is not scored
for them.

Gold labels are the *.json files of -gold in the format of SCHEMA.md; the
text of NAME.json is NAME.txt in -texts.

Exit status: 0; 1 when a threshold (-min-f1, -min, -floors) fails, a span does not
match the text, or a document fails to extract; 2 for bad flags or files.

With -speed, measures speed instead, on the *.txt files of -texts: documents
per second and MB/s (1 MB = 10^6 bytes) on one core (GOMAXPROCS=1) and on
all cores (Extractor.Batch), allocations per document, the ratio to prose's
NewDocument with default options and with a model loaded once, the time from
process start to the first result (in a fresh child process: the program
examples/benchmark/firstresult, built with the go command, which links
only package extract; this program itself, which links prose, when it
cannot be built), and peak memory (runtime.MemStats.Sys). It takes about 4 x -speed-time plus the slow
prose baseline (about 0.5 s per document). It ends with the targets of the
README, each "ok" or "MISSED": TARGETS.

Flags:
`

// childEnv, when set to a file name, makes the program build an extractor,
// extract that file, print its timings as JSON and exit: -speed runs itself
// so to time a fresh process.
const childEnv = "READOUT_BENCHMARK_FIRST_RESULT"

func main() {
	if path := os.Getenv(childEnv); path != "" {
		os.Exit(firstResultChild(path, os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("benchmark", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldDir := fs.String("gold", filepath.Join("testdata", "gold"), "read gold labels from the *.json files of `DIR`")
	textDir := fs.String("texts", filepath.Join("testdata", "seeds"), "read the article NAME.txt of each gold NAME.json from `DIR`")
	verbose := fs.Bool("v", false, "list every miss, extra, wrong value and span mismatch, one a line, with the document id")
	asJSON := fs.Bool("json", false, "print the figures as JSON instead of a table")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when a headline F1 ("+strings.Join(Headline, ", ")+") is below `X`")
	minList := fs.String("min", "", "exit 1 when a metric is below its threshold; `LIST` of NAME=X, comma-separated, NAME one of\n"+wrap(strings.Join(metricNames, ", "), 90)+"\n(F1 or accuracy)")
	floors := fs.String("floors", "", "exit 1 when a metric is below its floor in `FILE` (lines of SET METRIC VALUE; see -set)")
	floorSet := fs.String("set", "", "with -floors, the `NAME` of the labelled set whose floors apply (seeds, dev)")
	htmlOut := fs.String("html", "", "write a self-contained HTML report of every document to `FILE`")
	useNER := fs.Bool("ner", false, "score the extractor with prose's NER model as an extra signal (extract.WithNER)")
	useMemory := fs.Bool("memory", false, "read the documents as one stream in file-name order with a memory of people's countries\n(extract.WithMemory, online) and score that; also print person_country and the wrong countries\nwithout the memory, online, and in two passes (learn from all, then fill)")
	ablate := fs.Bool("ablate", false, "score the set with everything on, then with each entity pass and event rule off in turn,\nand print what each buys (one row a pass, sorted), instead of the table")
	ablatePasses := fs.String("passes", "", "with -ablate, only the passes of `LIST` (comma-separated names as -ablate prints them)")
	speed := fs.Bool("speed", false, "measure speed and memory instead of accuracy (about 15 s)")
	speedTime := fs.Duration("speed-time", 2*time.Second, "with -speed, run each timed loop for `D`")
	fs.Usage = func() {
		fmt.Fprint(stderr, strings.Replace(usage, "TARGETS", wrap(targetList(), 76), 1))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "benchmark: unexpected argument %q (see -h)\n", fs.Arg(0))
		return 2
	}
	mins, err := ParseMin(*minList)
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 2
	}
	if (*floors == "") != (*floorSet == "") {
		fmt.Fprintln(stderr, "benchmark: -floors and -set go together")
		return 2
	}
	if *floors != "" {
		f, err := LoadFloors(*floors, *floorSet)
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 2
		}
		for name, v := range f {
			if _, given := mins[name]; !given {
				mins[name] = v
			}
		}
	}
	if *minF1 < 0 || *minF1 > 1 {
		fmt.Fprintf(stderr, "benchmark: -min-f1 %g: not in [0, 1]\n", *minF1)
		return 2
	}
	if *speed {
		if *verbose || *minF1 > 0 || len(mins) > 0 || *htmlOut != "" {
			fmt.Fprintln(stderr, "benchmark: -speed measures speed only: -v, -min, -min-f1, -floors and -html do not apply")
			return 2
		}
		if *speedTime <= 0 {
			fmt.Fprintln(stderr, "benchmark: -speed-time must be positive")
			return 2
		}
		return runSpeed(*textDir, *speedTime, *asJSON, stdout, stderr)
	}

	if *ablatePasses != "" && !*ablate {
		fmt.Fprintln(stderr, "benchmark: -passes goes with -ablate")
		return 2
	}
	if *ablate && (*verbose || *minF1 > 0 || len(mins) > 0 || *htmlOut != "") {
		fmt.Fprintln(stderr, "benchmark: -ablate prints what each pass buys: -v, -min, -min-f1, -floors and -html do not apply")
		return 2
	}

	docs, err := loadDocs(*goldDir, *textDir)
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 2
	}
	var opts []extract.Option
	if *useNER {
		opts = append(opts, extract.WithNER(ner.New()))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 2
	}
	if *ablate {
		passes := extract.Passes()
		if *ablatePasses != "" {
			passes = strings.Split(*ablatePasses, ",")
		}
		run := func(docs []Doc, without ...string) (int, error) {
			ex, err := extract.New(append(slices.Clone(opts), extract.WithoutPasses(without...))...)
			if err != nil {
				return 0, err
			}
			return extractAll(ex, docs, stderr), nil
		}
		rep, err := Ablate(docs, passes, run, Options{CountryPrefix: countryPrefix(ex)})
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 2
		}
		if *asJSON {
			if err := writeAblationJSON(stdout, rep); err != nil {
				fmt.Fprintf(stderr, "benchmark: %v\n", err)
				return 2
			}
		} else {
			printAblation(stdout, rep, *goldDir+", "+*textDir)
		}
		return 0
	}
	failed := extractAll(ex, docs, stderr)
	scoreOpts := Options{CountryPrefix: countryPrefix(ex)}
	var memRows []memoryRow
	if *useMemory {
		without := newMemoryRow("without memory", Score(docs, scoreOpts))
		_, err := extractWithMemory(opts, "two passes", docs, stderr)
		twoPasses := Score(docs, scoreOpts)
		if err == nil {
			// Online last: the table and the thresholds are the online stream's.
			failed, err = extractWithMemory(opts, "online", docs, stderr)
		}
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 2
		}
		memRows = []memoryRow{without, newMemoryRow("online", Score(docs, scoreOpts)), newMemoryRow("two passes", twoPasses)}
	}
	rep := ScoreWithIntervals(docs, scoreOpts)
	if *htmlOut != "" {
		if err := writeHTMLReport(*htmlOut, *goldDir, *textDir, docs, rep); err != nil {
			fmt.Fprintf(stderr, "benchmark: -html: %v\n", err)
			return 2
		}
	}
	if !*verbose {
		rep.Issues = nil
	}
	if *asJSON {
		var v any = rep
		if *useMemory {
			v = struct {
				*Report
				Memory []memoryRow `json:"memory"`
			}{rep, memRows}
		}
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 2
		}
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		if *verbose {
			printIssues(stdout, rep.Issues)
		}
		fmt.Fprintf(stdout, "Readout accuracy on %d documents (%s, %s)", rep.Docs, *goldDir, *textDir)
		if *useMemory {
			fmt.Fprint(stdout, ", read as one stream with a memory of people's countries (online)")
		}
		fmt.Fprint(stdout, "\n\n")
		printTable(stdout, rep)
		if *useMemory {
			printMemoryRows(stdout, memRows)
		}
	}
	status := 0
	for _, f := range Check(rep, *minF1, mins) {
		fmt.Fprintf(stderr, "benchmark: FAIL %s\n", f)
		status = 1
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "benchmark: FAIL %d document(s) failed to extract (scored as empty)\n", failed)
		status = 1
	}
	return status
}

// loadDocs reads the gold labels of goldDir and their texts from textDir.
func loadDocs(goldDir, textDir string) ([]Doc, error) {
	golds, err := gold.Load(goldDir)
	if err != nil {
		return nil, err
	}
	docs := make([]Doc, len(golds))
	for i, g := range golds {
		b, err := os.ReadFile(filepath.Join(textDir, g.Doc+".txt"))
		if err != nil {
			return nil, fmt.Errorf("text of gold %s: %w", g.Doc, err)
		}
		docs[i] = Doc{Gold: g, Text: string(b)}
	}
	return docs, nil
}

// countryPrefix backs Options.CountryPrefix with the extractor's own
// gazetteer: the length of the country mention that opens name, or 0.
func countryPrefix(ex *extract.Extractor) func(string) int {
	return func(name string) int {
		r, err := ex.Extract(context.Background(), "", name)
		if err != nil {
			return 0
		}
		for _, c := range r.Countries {
			for _, m := range c.Mentions {
				if m.Start == 0 {
					return m.End
				}
			}
		}
		return 0
	}
}

// extractAll fills each doc's Result, on all cores, and returns the number
// of documents that failed.
func extractAll(ex *extract.Extractor, docs []Doc, stderr io.Writer) int {
	i, failed := 0, 0
	err := ex.Batch(context.Background(), 0, func() (extract.Source, bool) {
		if i == len(docs) {
			return extract.Source{}, false
		}
		i++
		return extract.Source{ID: docs[i-1].Gold.Doc, Text: docs[i-1].Text}, true
	}, func(o extract.Output) error {
		for k := range docs {
			if docs[k].Gold.Doc == o.ID {
				docs[k].Result = o.Result
			}
		}
		if o.Err != nil {
			failed++
			fmt.Fprintf(stderr, "benchmark: %s: %v\n", o.ID, o.Err)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		failed++
	}
	return failed
}

// memoryRow is person_country scored one way with -memory.
type memoryRow struct {
	Mode           string  `json:"mode"`
	PersonCountry  float64 `json:"person_country"`
	Correct        int     `json:"correct"`
	Total          int     `json:"total"`
	WrongCountries int     `json:"wrong_person_countries"`
}

func newMemoryRow(mode string, rep *Report) memoryRow {
	m, _ := rep.Metric(MPersonCountry)
	return memoryRow{Mode: mode, PersonCountry: math.Round(m.Accuracy.Value()*1e4) / 1e4, Correct: m.Correct, Total: m.Total,
		WrongCountries: rep.WrongCountries}
}

// extractWithMemory extracts docs as one stream, in their order, with a
// fresh memory of people's countries, online or in two passes.
func extractWithMemory(opts []extract.Option, mode string, docs []Doc, stderr io.Writer) (int, error) {
	m := extract.NewMemory()
	modes := []extract.MemoryMode{extract.MemoryOnline}
	if mode == "two passes" {
		modes = []extract.MemoryMode{extract.MemoryLearn, extract.MemoryFill}
	}
	failed := 0
	for _, mm := range modes {
		ex, err := extract.New(append(slices.Clip(opts), extract.WithMemory(m, mm))...)
		if err != nil {
			return 0, err
		}
		failed = extractAll(ex, docs, stderr)
	}
	return failed, nil
}

// printMemoryRows prints person_country and the wrong countries without
// the memory and with it.
func printMemoryRows(w io.Writer, rows []memoryRow) {
	fmt.Fprint(w, "\nMemory of people's countries (-memory): person_country, and the matched people given a\n"+
		"country that is not the gold's (another, or one where the gold has null)\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "mode\tperson_country\t\twrong countries")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.3f\t%d/%d\t%d\n", r.Mode, r.PersonCountry, r.Correct, r.Total, r.WrongCountries)
	}
	tw.Flush()
}

// printIssues prints the misses and extras grouped by kind ("extra
// person", "missed event", "wrong country"), the most frequent kind first,
// each with its count and then one line per item with its document.
func printIssues(w io.Writer, issues []Issue) {
	if len(issues) == 0 {
		fmt.Fprint(w, "no misses or extras\n\n")
		return
	}
	groups := map[string][]Issue{}
	var order []string
	for _, is := range issues {
		g := IssueGroup(is)
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], is)
	}
	slices.SortStableFunc(order, func(a, b string) int { return len(groups[b]) - len(groups[a]) })
	for _, g := range order {
		fmt.Fprintf(w, "%s (%d)\n", g, len(groups[g]))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, is := range groups[g] {
			fmt.Fprintf(tw, "  %s\t%s\n", is.Doc, is.Item)
		}
		tw.Flush()
	}
	fmt.Fprintln(w)
}

// countryPrecisionCounts says how many countries the matched people were
// given and how many of them are wrong, also per 100 matched people.
func countryPrecisionCounts(m Metric, r *Report) string {
	wrong := m.Total - m.Correct
	out := fmt.Sprintf("%d given, %d wrong", m.Total, wrong)
	if pc, ok := r.Metric(MPersonCountry); ok && pc.Total > 0 {
		out += fmt.Sprintf(" (%.1f per 100 people)", 100*float64(wrong)/float64(pc.Total))
	}
	return out
}

// printTable prints the report as an aligned table; headline rows carry a *.
func printTable(w io.Writer, r *Report) {
	f := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	label := func(m Metric) string {
		name := m.Name
		if m.Headline {
			name += " *"
		}
		if strings.HasPrefix(m.Name, topicPrefix) {
			name = "  " + name
		}
		return name
	}
	width := len("metric")
	for _, m := range r.Metrics {
		width = max(width, len(label(m)))
	}
	row := fmt.Sprintf("%%-%ds %%6s %%6s %%6s %%6s  %%-11s  %%s\n", width)
	fmt.Fprintf(w, row, "metric", "P", "R", "F1", "acc", "95% interval", "counts")
	for _, m := range r.Metrics {
		name := label(m)
		switch m.Kind {
		case KindPRF:
			counts := fmt.Sprintf("tp %d  fp %d  fn %d", m.TP, m.FP, m.FN)
			if m.Name == MPeople && m.Duplicates > 0 {
				counts += fmt.Sprintf("  (%d of the fp are duplicates)", m.Duplicates)
			}
			fmt.Fprintf(w, row, name, f(m.Precision()), f(m.Recall()), f(m.F1()), "", m.Interval.String(), counts)
		case KindAccuracy:
			counts := fmt.Sprintf("%d/%d correct", m.Correct, m.Total)
			if m.Name == MCountryPrecision {
				counts = countryPrecisionCounts(m, r)
			}
			fmt.Fprintf(w, row, name, "", "", "", f(m.Accuracy.Value()), m.Interval.String(), counts)
		default:
			status := "ok"
			if m.Count > 0 {
				status = "FAIL: must be 0"
			}
			fmt.Fprintf(w, row, name, "", "", "", fmt.Sprint(m.Count), "", status)
		}
	}
	fmt.Fprintf(w, "\n* headline F1 (%s), checked by -min-f1.\nP is 1 when nothing was found, R is 1 when the gold has nothing.\n", strings.Join(Headline, ", "))
	fmt.Fprintf(w, "95%% interval: of the F1 or accuracy, from %d bootstrap resamples of the documents (fixed seed):\na change inside it may be chance.\n", resamples)
}

// Speed.

// rate is the outcome of one timed run.
type rate struct {
	Docs         int     `json:"docs"`
	Bytes        int64   `json:"bytes"`
	Seconds      float64 `json:"seconds"`
	DocsPerSec   float64 `json:"docs_per_sec"`
	MBPerSec     float64 `json:"mb_per_sec"`
	AllocsPerDoc float64 `json:"allocs_per_doc"`
	BytesPerDoc  float64 `json:"alloc_bytes_per_doc"`
}

func newRate(docs int, bytes int64, el time.Duration, before, after *runtime.MemStats) rate {
	s := el.Seconds()
	return rate{Docs: docs, Bytes: bytes, Seconds: s,
		DocsPerSec:   float64(docs) / s,
		MBPerSec:     float64(bytes) / 1e6 / s,
		AllocsPerDoc: float64(after.Mallocs-before.Mallocs) / float64(docs),
		BytesPerDoc:  float64(after.TotalAlloc-before.TotalAlloc) / float64(docs)}
}

// firstResult is what the child process reports.
type firstResult struct {
	// ProcessMS is the wall time from starting the child process to reading
	// its first result (measured by the parent).
	ProcessMS float64 `json:"process_ms"`
	// NewMS and ExtractMS are extract.New and the first Extract, in the child.
	NewMS     float64 `json:"new_ms"`
	ExtractMS float64 `json:"extract_ms"`
	// SysMB is the child's runtime.MemStats.Sys after its first result.
	SysMB float64 `json:"sys_mb"`
	// Child says which program ran as the child (childFirstResult or
	// childSelf).
	Child string `json:"child,omitempty"`
}

type target struct {
	Name string  `json:"name"`
	Want string  `json:"want"`
	Got  float64 `json:"got"`
	OK   bool    `json:"ok"`
}

type speedReport struct {
	CPU        string `json:"cpu"`
	NumCPU     int    `json:"num_cpu"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	GoVersion  string `json:"go_version"`
	Texts      int    `json:"texts"`
	TextBytes  int64  `json:"text_bytes"`
	// FirstResult is the median of three fresh processes.
	FirstResult firstResult `json:"first_result"`
	// InProcessFirstMS is extract.New plus the first Extract in this process.
	InProcessFirstMS float64 `json:"in_process_first_ms"`
	OneCore          rate    `json:"one_core"`
	AllCores         rate    `json:"all_cores"`
	// PeakSysMB is runtime.MemStats.Sys (all memory the Go runtime holds from
	// the OS, which never shrinks) after the extraction runs, before prose.
	PeakSysMB      float64  `json:"peak_sys_mb"`
	ProseDefault   rate     `json:"prose_default"`
	ProseModelLoad float64  `json:"prose_model_load_ms"`
	ProseModel     rate     `json:"prose_model_once"`
	RatioDefault   float64  `json:"ratio_to_prose_default"`
	RatioModel     float64  `json:"ratio_to_prose_model_once"`
	Targets        []target `json:"targets"`
}

func runSpeed(textDir string, d time.Duration, asJSON bool, stdout, stderr io.Writer) int {
	paths, err := filepath.Glob(filepath.Join(textDir, "*.txt"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("%s: no texts (*.txt)", textDir)
	}
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 2
	}
	sort.Strings(paths)
	var texts []string
	rep := speedReport{CPU: cpuModel(), NumCPU: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0), GoVersion: runtime.Version()}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 2
		}
		texts = append(texts, string(b))
		rep.TextBytes += int64(len(b))
	}
	rep.Texts = len(texts)
	progress := func(s string) { fmt.Fprintf(stderr, "benchmark: %s...\n", s) }

	// First result: in this process first, before anything is loaded.
	ctx := context.Background()
	t0 := time.Now()
	ex, err := extract.New()
	if err == nil {
		_, err = ex.Extract(ctx, "0", texts[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 1
	}
	rep.InProcessFirstMS = msf(time.Since(t0))
	progress("first result in fresh processes")
	if rep.FirstResult, err = measureFirstResult(paths[0]); err != nil {
		fmt.Fprintf(stderr, "benchmark: first result: %v\n", err)
		return 1
	}

	progress("one core")
	prev := runtime.GOMAXPROCS(1)
	rep.OneCore, err = timed(texts, d, len(texts), func(i int) error {
		_, err := ex.Extract(ctx, "x", texts[i])
		return err
	})
	runtime.GOMAXPROCS(prev)
	if err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 1
	}

	progress("all cores")
	if rep.AllCores, err = timedBatch(ex, texts, d); err != nil {
		fmt.Fprintf(stderr, "benchmark: %v\n", err)
		return 1
	}
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	rep.PeakSysMB = float64(mem.Sys) / 1e6

	// prose, on one core like the one-core figure.
	runtime.GOMAXPROCS(1)
	progress("prose.NewDocument with defaults (slow)")
	rep.ProseDefault, _ = timed(texts, 0, len(texts), func(i int) error {
		_, err := prose.NewDocument(texts[i])
		return err
	})
	progress("prose.NewDocument with a model loaded once")
	t0 = time.Now()
	model := prose.ModelFromData("en")
	rep.ProseModelLoad = msf(time.Since(t0))
	rep.ProseModel, _ = timed(texts, d, len(texts), func(i int) error {
		_, err := prose.NewDocument(texts[i], prose.UsingModel(model))
		return err
	})
	runtime.GOMAXPROCS(prev)
	rep.RatioDefault = rep.OneCore.MBPerSec / rep.ProseDefault.MBPerSec
	rep.RatioModel = rep.OneCore.MBPerSec / rep.ProseModel.MBPerSec

	rep.Targets = checkTargets(&rep)
	if asJSON {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "benchmark: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return 0
	}
	printSpeed(stdout, &rep)
	return 0
}

func msf(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }

// timed calls fn on the texts in turn, at least minDocs times and for at
// least d, and measures the rate and allocations.
func timed(texts []string, d time.Duration, minDocs int, fn func(i int) error) (rate, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	n, bytes := 0, int64(0)
	for n < minDocs || time.Since(start) < d {
		i := n % len(texts)
		if err := fn(i); err != nil {
			return rate{}, err
		}
		bytes += int64(len(texts[i]))
		n++
	}
	el := time.Since(start)
	runtime.ReadMemStats(&after)
	return newRate(n, bytes, el, &before, &after), nil
}

// timedBatch extracts the texts in turn with Extractor.Batch on all cores
// for d.
func timedBatch(ex *extract.Extractor, texts []string, d time.Duration) (rate, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	n, done, bytes := 0, 0, int64(0)
	err := ex.Batch(context.Background(), 0, func() (extract.Source, bool) {
		if time.Since(start) >= d && n >= len(texts) {
			return extract.Source{}, false
		}
		t := texts[n%len(texts)]
		n++
		bytes += int64(len(t))
		return extract.Source{ID: "x", Text: t}, true
	}, func(o extract.Output) error {
		done++
		return o.Err
	})
	el := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		return rate{}, err
	}
	return newRate(done, bytes, el, &before, &after), nil
}

// firstResultPkg is the child that measureFirstResult builds and runs: a
// program that links only package extract.
const firstResultPkg = "github.com/readout/readout/examples/benchmark/firstresult"

// firstResultChildren names the two children measureFirstResult may run
// (firstResult.Child).
const (
	childFirstResult = "examples/benchmark/firstresult (links extract only)"
	childSelf        = "this program (links prose: its package initialisation counted)"
)

// childCommand returns a function that makes the command of one fresh
// child extracting path, and which child it runs: the firstresult program,
// built with the go command into a temporary directory (cleanup removes
// it), or, when it cannot be built (no go command, not in this module's
// tree), this program itself with childEnv set.
func childCommand(path string) (mk func() *exec.Cmd, child string, cleanup func(), err error) {
	cleanup = func() {}
	if gobin, lerr := exec.LookPath("go"); lerr == nil {
		if dir, terr := os.MkdirTemp("", "readout-firstresult"); terr == nil {
			exe := filepath.Join(dir, "firstresult")
			build := exec.Command(gobin, "build", "-o", exe, firstResultPkg)
			out, berr := build.CombinedOutput()
			if berr == nil {
				return func() *exec.Cmd { return exec.Command(exe, path) }, childFirstResult,
					func() { os.RemoveAll(dir) }, nil
			}
			fmt.Fprintf(os.Stderr, "benchmark: cannot build %s (%v: %s); timing this program instead\n", firstResultPkg, berr, bytes.TrimSpace(out))
			os.RemoveAll(dir)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, "", cleanup, err
	}
	return func() *exec.Cmd {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		return cmd
	}, childSelf, cleanup, nil
}

// measureFirstResult runs a fresh child that extracts path once, three
// times, and returns the median by process time. The child is the
// firstresult program when the go command can build it (see childCommand),
// so that the time is a program's that links only package extract.
func measureFirstResult(path string) (firstResult, error) {
	mk, child, cleanup, err := childCommand(path)
	defer cleanup()
	if err != nil {
		return firstResult{}, err
	}
	var runs []firstResult
	for range 3 {
		cmd := mk()
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			return firstResult{}, err
		}
		start := time.Now()
		if err := cmd.Start(); err != nil {
			return firstResult{}, err
		}
		line, rerr := bufio.NewReader(out).ReadBytes('\n')
		el := time.Since(start)
		werr := cmd.Wait()
		if werr != nil {
			return firstResult{}, werr
		}
		if rerr != nil {
			return firstResult{}, rerr
		}
		var fr firstResult
		if err := json.Unmarshal(line, &fr); err != nil {
			return firstResult{}, err
		}
		fr.ProcessMS, fr.Child = msf(el), child
		runs = append(runs, fr)
	}
	slices.SortFunc(runs, func(a, b firstResult) int {
		switch {
		case a.ProcessMS < b.ProcessMS:
			return -1
		case a.ProcessMS > b.ProcessMS:
			return 1
		}
		return 0
	})
	return runs[len(runs)/2], nil
}

// firstResultChild is the child of measureFirstResult.
func firstResultChild(path string, stdout, stderr io.Writer) int {
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "benchmark child: %v\n", err)
		return 1
	}
	t0 := time.Now()
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "benchmark child: %v\n", err)
		return 1
	}
	t1 := time.Now()
	if _, err := ex.Extract(context.Background(), "first", string(b)); err != nil {
		fmt.Fprintf(stderr, "benchmark child: %v\n", err)
		return 1
	}
	t2 := time.Now()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	out, _ := json.Marshal(firstResult{NewMS: msf(t1.Sub(t0)), ExtractMS: msf(t2.Sub(t1)), SysMB: float64(m.Sys) / 1e6})
	fmt.Fprintf(stdout, "%s\n", out)
	return 0
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for line := range strings.Lines(string(b)) {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOOS + "/" + runtime.GOARCH
}

// speedTargets are the README's targets of speed ("The bar"), in the order
// -speed prints them: the figure of a report each reads and its bound.
var speedTargets = []struct {
	name   string
	atMost bool // the figure must be below bound, else at least bound
	bound  float64
	got    func(*speedReport) float64
}{
	{"one-core MB/s", false, 8, func(r *speedReport) float64 { return r.OneCore.MBPerSec }},
	{"ratio to prose defaults", false, 100, func(r *speedReport) float64 { return r.RatioDefault }},
	{"extract.New ms (fresh process)", true, 50, func(r *speedReport) float64 { return r.FirstResult.NewMS }},
	{"peak memory MB (MemStats.Sys)", true, 100, func(r *speedReport) float64 { return r.PeakSysMB }},
}

// checkTargets returns how r stands against each of speedTargets.
func checkTargets(r *speedReport) []target {
	var out []target
	for _, t := range speedTargets {
		got := t.got(r)
		want, ok := fmt.Sprintf(">= %g", t.bound), got >= t.bound
		if t.atMost {
			want, ok = fmt.Sprintf("< %g", t.bound), got < t.bound
		}
		out = append(out, target{Name: t.name, Want: want, Got: got, OK: ok})
	}
	return out
}

// targetList words speedTargets for -h: "one-core MB/s >= 8, ...".
func targetList() string {
	var parts []string
	for _, t := range checkTargets(&speedReport{}) {
		parts = append(parts, t.Name+" "+t.Want)
	}
	return strings.Join(parts, ", ")
}

// wrap breaks a comma-separated list into lines of at most width bytes.
func wrap(list string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Split(list, " ") {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

func printSpeed(w io.Writer, r *speedReport) {
	fmt.Fprintf(w, "Readout speed on %d texts, %d bytes (%s, %d CPUs, GOMAXPROCS %d, %s)\n\n",
		r.Texts, r.TextBytes, r.CPU, r.NumCPU, r.GOMAXPROCS, r.GoVersion)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "run\tdocs/s\tMB/s\tallocs/doc\tKB alloc/doc\tdocs\tseconds\t\n")
	line := func(name string, x rate) {
		fmt.Fprintf(tw, "%s\t%.1f\t%.2f\t%.0f\t%.0f\t%d\t%.2f\t\n", name, x.DocsPerSec, x.MBPerSec, x.AllocsPerDoc, x.BytesPerDoc/1e3, x.Docs, x.Seconds)
	}
	line("readout, one core", r.OneCore)
	line(fmt.Sprintf("readout, all cores (%d)", r.GOMAXPROCS), r.AllCores)
	line("prose defaults, one core", r.ProseDefault)
	line("prose model once, one core", r.ProseModel)
	tw.Flush()
	fmt.Fprintf(w, "\nratio to prose.NewDocument with defaults:   %.0fx\n", r.RatioDefault)
	fmt.Fprintf(w, "ratio to prose with a model loaded once:    %.1fx (model load %.0f ms, not counted)\n", r.RatioModel, r.ProseModelLoad)
	fmt.Fprintf(w, "first result, fresh process (median of 3):  %.1f ms (extract.New %.1f ms + Extract %.1f ms; Sys %.1f MB)\n",
		r.FirstResult.ProcessMS, r.FirstResult.NewMS, r.FirstResult.ExtractMS, r.FirstResult.SysMB)
	fmt.Fprintf(w, "  (the fresh process: %s)\n", r.FirstResult.Child)
	fmt.Fprintf(w, "first result in this process:               %.1f ms (extract.New + first Extract)\n", r.InProcessFirstMS)
	fmt.Fprintf(w, "peak memory (MemStats.Sys after the runs):  %.1f MB\n\n", r.PeakSysMB)
	for _, t := range r.Targets {
		status := "ok"
		if !t.OK {
			status = "MISSED"
		}
		fmt.Fprintf(w, "target %-33s %-7s %10.2f  %s\n", t.Name, t.Want, t.Got, status)
	}
}
