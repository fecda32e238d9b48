package main

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/readout/readout/pipeline"
)

// The HTML report: a summary table of every metric, then one section per
// article with its text, the predicted people, countries and organisations
// highlighted by their spans and boilerplate dimmed, and beside it gold
// against predicted for each metric, every match, miss, extra and wrong
// value marked in colour, like GATE's AnnotationDiff. The page is one
// self-contained file: inline CSS, no scripts, no fonts, no network.

// writeHTMLReport writes the report of docs and rep to path.
func writeHTMLReport(path, goldDir, textDir string, docs []Doc, rep *Report) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := renderReport(f, goldDir, textDir, docs, rep); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// renderReport writes the report's HTML to w.
func renderReport(w io.Writer, goldDir, textDir string, docs []Doc, rep *Report) error {
	page := reportPage{Title: fmt.Sprintf("Readout accuracy on %d documents", rep.Docs),
		Source: fmt.Sprintf("gold %s, texts %s", goldDir, textDir)}
	for _, m := range rep.Metrics {
		page.Metrics = append(page.Metrics, summaryRow(m))
	}
	page.Groups = errorGroups(rep.Issues)
	for _, d := range docs {
		page.Docs = append(page.Docs, docSection(d, rep))
	}
	return reportTemplate.Execute(w, page)
}

type reportPage struct {
	Title, Source string
	Metrics       []metricRow
	Groups        []errorGroup
	Docs          []docView
}

type metricRow struct {
	Name, P, R, F1, Acc, Interval, Counts string
	Headline, Topic, Fail                 bool
}

// errorGroup is one kind of error across all articles ("missed person"):
// how many, and in which articles.
type errorGroup struct {
	Name  string
	Count int
	Docs  []groupDoc
}

// Slug is the group's name as an HTML id: "missed-person".
func (g errorGroup) Slug() string { return strings.ReplaceAll(g.Name, " ", "-") }

// groupDoc is an article of an errorGroup, with its errors of that kind.
type groupDoc struct {
	ID    string
	Items []string
}

// errorGroups groups issues by kind (IssueGroup), the most frequent kind
// first, each listing its articles in the order of their first issue.
func errorGroups(issues []Issue) []errorGroup {
	var groups []errorGroup
	at := map[string]int{}
	for _, is := range issues {
		name := IssueGroup(is)
		gi, ok := at[name]
		if !ok {
			gi = len(groups)
			at[name] = gi
			groups = append(groups, errorGroup{Name: name})
		}
		g := &groups[gi]
		g.Count++
		if n := len(g.Docs); n == 0 || g.Docs[n-1].ID != is.Doc {
			g.Docs = append(g.Docs, groupDoc{ID: is.Doc})
		}
		d := &g.Docs[len(g.Docs)-1]
		d.Items = append(d.Items, is.Item)
	}
	slices.SortStableFunc(groups, func(a, b errorGroup) int { return b.Count - a.Count })
	return groups
}

func summaryRow(m Metric) metricRow {
	f := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	row := metricRow{Name: m.Name, Headline: m.Headline, Topic: strings.HasPrefix(m.Name, topicPrefix), Interval: m.Interval.String()}
	switch m.Kind {
	case KindPRF:
		row.P, row.R, row.F1 = f(m.Precision()), f(m.Recall()), f(m.F1())
		row.Counts = fmt.Sprintf("tp %d fp %d fn %d", m.TP, m.FP, m.FN)
	case KindAccuracy:
		row.Acc = f(m.Accuracy.Value())
		row.Counts = fmt.Sprintf("%d/%d correct", m.Correct, m.Total)
	default:
		row.Acc = fmt.Sprint(m.Count)
		row.Fail = m.Count > 0
	}
	return row
}

type docView struct {
	ID                         string
	Misses, Extras, Wrong, Err int
	Failed                     bool
	Segments                   []segment
	Groups                     []diffGroup
}

// diffGroup is one metric's rows in an article's diff.
type diffGroup struct {
	Metric string
	Rows   []diffRow
}

// diffRow is one value: Status is the CSS class ("match", "miss",
// "extra", "wrong"); Gold and Pred the two columns, Both a value that spans
// them.
type diffRow struct {
	Status, Gold, Pred, Both string
}

// segment is a run of the text with the same highlights.
type segment struct {
	Text, Class, Title string
}

// reportOrder is the order of the diff groups.
var reportOrder = []string{MPeople, MOffices, MPersonCountry, MCountries, MOrgs, MOrgCountry, MTopics,
	MEvents, MCallInitiator, MEventDates, MDateline, MPublished, MSpans}

func docSection(d Doc, rep *Report) docView {
	v := docView{ID: d.Gold.Doc, Failed: d.Result == nil}
	byMetric := map[string][]diffRow{}
	for _, is := range rep.Matches {
		if is.Doc == d.Gold.Doc {
			byMetric[is.Metric] = append(byMetric[is.Metric], diffRow{Status: "match", Gold: is.Item, Pred: is.Item})
		}
	}
	for _, is := range rep.Issues {
		if is.Doc != d.Gold.Doc {
			continue
		}
		row := diffRow{Status: is.Kind}
		switch is.Kind {
		case "miss":
			row.Gold = is.Item
			v.Misses++
		case "extra", "duplicate":
			row.Status, row.Pred = "extra", is.Item
			if is.Kind == "duplicate" {
				row.Pred = "duplicate: " + is.Item
			}
			v.Extras++
		default:
			row.Status, row.Both = "wrong", is.Item
			v.Wrong++
		}
		byMetric[is.Metric] = append(byMetric[is.Metric], row)
	}
	for _, m := range reportOrder {
		if rows := byMetric[m]; len(rows) > 0 {
			v.Groups = append(v.Groups, diffGroup{Metric: m, Rows: rows})
		}
	}
	v.Segments = segments(d)
	return v
}

// highlight is a span of the text to mark.
type highlight struct {
	start, end int
	class      string
	title      string
}

// highlights are the spans the report marks in d's text: predicted people
// (an extra or duplicate outlined), countries, organisations and event
// evidence, and boilerplate lines.
func highlights(d Doc) []highlight {
	var hs []highlight
	if doc, err := pipeline.Parse(context.Background(), d.Text); err == nil {
		for _, b := range doc.Boilerplate {
			hs = append(hs, highlight{b.Start, b.End, "bp", "boilerplate: " + b.Kind.String()})
		}
	}
	r := d.Result
	if r == nil {
		return hs
	}
	m := matchPeople(d.Gold.People, d.Gold.OptionalPeople, r.People)
	for i, p := range r.People {
		class, status := "p", "matches the gold"
		switch {
		case m.gold[i] == noPerson:
			class, status = "p bad", "extra: matches no gold person"
		case m.gold[i] == optionalPerson:
			status = "optional in the gold"
		case !m.primary[i]:
			class, status = "p bad", "duplicate of "+d.Gold.People[m.gold[i]].Name
		}
		var offices []string
		for _, o := range p.Offices {
			offices = append(offices, o.Title)
		}
		title := fmt.Sprintf("person: %s; country %s; offices: %s; %s", p.Name, orNull(p.Country),
			orNone(strings.Join(offices, ", ")), status)
		for _, mm := range p.Mentions {
			hs = append(hs, highlight{mm.Start, mm.End, class, title})
		}
	}
	for _, c := range r.Countries {
		for _, mm := range c.Mentions {
			hs = append(hs, highlight{mm.Start, mm.End, "c", "country: " + c.Code + " " + c.Name})
		}
	}
	for _, o := range r.Organizations {
		for _, mm := range o.Mentions {
			hs = append(hs, highlight{mm.Start, mm.End, "o", fmt.Sprintf("organisation: %s; country %s", o.Name, orNull(o.Country))})
		}
	}
	for _, e := range r.Events {
		hs = append(hs, highlight{e.Evidence.Start, e.Evidence.End, "ev",
			fmt.Sprintf("%s: %s", e.Type, strings.Join(e.Participants, " + "))})
	}
	return hs
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// segments cuts d's text at every highlight boundary; each run carries the
// classes and titles of the highlights that cover it. A highlight outside
// the text or inside a UTF-8 sequence is left out (the benchmark reports
// such spans as mismatches).
func segments(d Doc) []segment {
	text := d.Text
	var hs []highlight
	for _, h := range highlights(d) {
		if h.start >= 0 && h.start < h.end && h.end <= len(text) && runeStart(text, h.start) && runeStart(text, h.end) {
			hs = append(hs, h)
		}
	}
	cuts := []int{0, len(text)}
	for _, h := range hs {
		cuts = append(cuts, h.start, h.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	// Sweep: highlights sorted by start enter as the cut passes them.
	slices.SortFunc(hs, func(a, b highlight) int { return a.start - b.start })
	var out []segment
	var active []highlight
	next := 0
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		for next < len(hs) && hs[next].start <= a {
			active = append(active, hs[next])
			next++
		}
		active = slices.DeleteFunc(active, func(h highlight) bool { return h.end <= a })
		seg := segment{Text: text[a:b]}
		var classes, titles []string
		for _, h := range active {
			for c := range strings.FieldsSeq(h.class) {
				if !slices.Contains(classes, c) {
					classes = append(classes, c)
				}
			}
			if h.class != "ev" && h.class != "bp" || len(active) == 1 {
				titles = append(titles, h.title)
			}
		}
		slices.Sort(classes)
		seg.Class, seg.Title = strings.Join(classes, " "), strings.Join(titles, "\n")
		if n := len(out); n > 0 && out[n-1].Class == seg.Class && out[n-1].Title == seg.Title {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// runeStart reports whether offset i of s starts a rune (or is its end).
func runeStart(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}

var reportTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-top: 1px solid #ccc; padding-top: .8em; }
table { border-collapse: collapse; }
td, th { padding: 2px 8px; text-align: left; vertical-align: top; }
.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary tr.topic td:first-child { padding-left: 2em; }
.summary tr.head td:first-child { font-weight: bold; }
.summary tr.fail td { color: #b00; font-weight: bold; }
.docs a { margin-right: 1em; white-space: nowrap; }
.groups td { border-bottom: 1px solid #eee; }
.groups td.n { text-align: right; }
.groups a { margin-right: .6em; white-space: nowrap; }
.cols { display: flex; gap: 1.5em; align-items: flex-start; }
.text { flex: 3; white-space: pre-wrap; font: 13px/1.5 ui-monospace, monospace; background: #fafafa; padding: .8em; border: 1px solid #ddd; overflow-wrap: anywhere; }
.diff { flex: 2; font-size: 13px; }
.diff table { width: 100%; margin-bottom: .6em; }
.diff th { background: #eee; }
.diff td { border-bottom: 1px solid #eee; }
tr.match td, span.match { background: #e7f6e7; }
tr.miss td, span.miss { background: #fff0d6; }
tr.extra td, span.extra { background: #fde2e2; }
tr.wrong td, span.wrong { background: #eee4fb; }
.key span { padding: 0 .4em; margin-right: .6em; }
.p { background: #cfe3ff; } .c { background: #cdeccd; } .o { background: #ffe3b8; }
.bad { outline: 2px solid #d00; }
.ev { text-decoration: underline dotted #555; text-underline-offset: 3px; }
.bp { color: #999; background: #f0f0f0; }
.failed { color: #b00; font-weight: bold; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p>{{.Source}}. Strict scores: a name counts only when it equals the gold name or a variant. P is 1 when nothing was found, R is 1 when the gold has nothing; * marks a headline F1.</p>
<table class="summary">
<tr><th>metric</th><th>P</th><th>R</th><th>F1</th><th>acc</th><th>95% interval</th><th>counts</th></tr>
{{range .Metrics}}<tr class="{{if .Topic}}topic{{end}}{{if .Headline}} head{{end}}{{if .Fail}} fail{{end}}"><td>{{.Name}}{{if .Headline}} *{{end}}</td><td class="n">{{.P}}</td><td class="n">{{.R}}</td><td class="n">{{.F1}}</td><td class="n">{{.Acc}}</td><td class="n">{{.Interval}}</td><td>{{.Counts}}</td></tr>
{{end}}</table>
<p>95% interval: the range of the middle 95% of the figure over 1,000 bootstrap resamples of the articles; a change inside it may be chance.</p>
<h2 id="errors">Errors by kind</h2>
{{if .Groups}}<table class="groups">
<tr><th>kind</th><th>count</th><th>articles</th></tr>
{{range .Groups}}<tr id="kind-{{.Slug}}"><td>{{.Name}}</td><td class="n">{{.Count}}</td><td>{{range .Docs}}<a href="#{{.ID}}" title="{{range $i, $e := .Items}}{{if $i}}; {{end}}{{$e}}{{end}}">{{.ID}}{{if gt (len .Items) 1}} ({{len .Items}}){{end}}</a> {{end}}</td></tr>
{{end}}</table>{{else}}<p>No misses, extras or wrong values.</p>{{end}}
<p class="docs">{{range .Docs}}<a href="#{{.ID}}">{{.ID}} ({{.Misses}} missed, {{.Extras}} extra, {{.Wrong}} wrong)</a> {{end}}</p>
<p class="key">In the text: <span class="p">person</span><span class="p bad">extra or duplicate person</span><span class="c">country</span><span class="o">organisation</span><span class="ev">event evidence</span><span class="bp">boilerplate</span> (hover a mark for details). In the tables: <span class="match">match</span> <span class="miss">missed</span> <span class="extra">extra</span> <span class="wrong">wrong</span>.</p>
{{range .Docs}}
<section id="{{.ID}}">
<h2>{{.ID}}: {{.Misses}} missed, {{.Extras}} extra, {{.Wrong}} wrong{{if .Failed}} <span class="failed">(extraction failed: scored as empty)</span>{{end}}</h2>
<div class="cols">
<div class="text">{{range .Segments}}{{if .Class}}<span class="{{.Class}}" title="{{.Title}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</div>
<div class="diff">
{{range .Groups}}<table>
<tr><th colspan="2">{{.Metric}}</th></tr>
<tr><th>gold</th><th>predicted</th></tr>
{{range .Rows}}<tr class="{{.Status}}">{{if .Both}}<td colspan="2">{{.Both}}</td>{{else}}<td>{{.Gold}}</td><td>{{.Pred}}</td>{{end}}</tr>
{{end}}</table>
{{end}}</div>
</div>
</section>
{{end}}
</body>
</html>
`))
