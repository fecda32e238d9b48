package html

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
)

//go:embed corpus.css
var corpusStyle string

//go:embed corpus.js
var corpusScript string

// How much of each table the corpus page writes as HTML. The script draws
// the rest on demand from the page's data; with scripts off the page says
// how many rows it leaves out.
const (
	corpusPeopleRows = 100 // people, most engaged first
	corpusPairRows   = 60  // pairs of countries, most engaged first
	corpusEventRows  = 200 // engagements, by day
	corpusMatrixSide = 12  // countries of the matrix, most engaged first
	// articles, by id: a table of 10,000 rows would double the time the
	// page takes to show, so the full list is a page of its own
	// (WriteArticleList).
	corpusArticleRows = 300
)

// The drawing boxes of the page's charts, in SVG user units.
const (
	timelineWidth, timelineHeight = 1000, 140
	timelineAxis                  = 18 // below the bars, for the labels
	topicRowHeight                = 34
	topicLabelWidth               = 170
)

// CorpusScript returns the script of the corpus page (the text of its last
// inline <script> element), for a page that sets a Content-Security-Policy
// with its hash.
func CorpusScript() string { return corpusScript }

// CorpusOptions are the settings of WriteCorpus. The zero value is fine.
type CorpusOptions struct {
	// ArticleList is the address of the page that lists every article
	// (WriteArticleList), linked from the corpus page, which lists the
	// first few hundred; "" links none.
	ArticleList string
}

// WriteCorpus writes the corpus page of s: a self-contained HTML document
// (inline CSS and script, no network) that shows the engagements by day
// (calls, meetings and letters stacked), the pairs of countries that engage
// as a matrix and a table, the people most engaged, the articles per topic
// and week, the engagements themselves, each linked to its article's page at
// its evidence sentence (Article.Href + "#ro-sSTART-END", the id WritePage
// gives that sentence), and the first articles.
//
// With scripts off the page shows all of that as drawn when written, the
// longest tables cut to their first rows. Its script adds a range of days
// (dragged on the timeline, or typed) that filters everything below it,
// selection of a pair, a matrix cell or a person to list their engagements,
// and sorting of the people. It ships the corpus's compact table of
// engagements (a few numbers each), never the texts or results: the page of
// 10,000 articles weighs about 3 MB.
func WriteCorpus(w io.Writer, title string, s *corpus.Summary, opts CorpusOptions) error {
	v, err := newCorpusView(title, s)
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	v.ArticleList = opts.ArticleList
	var buf bytes.Buffer
	if err := corpusTemplate().ExecuteTemplate(&buf, "corpus", v); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err = w.Write(bytes.ToValidUTF8(buf.Bytes(), []byte("\uFFFD")))
	return err
}

// WriteArticleList writes a page that lists every article of s, by id, with
// its date, its numbers of people and engagements, its topics or its error,
// each linked to its page: the full list of the corpus page, without script.
func WriteArticleList(w io.Writer, title string, s *corpus.Summary) error {
	v := &corpusView{Title: title, Articles: len(s.Articles), ArticleRows: articleRows(s.Articles), Style: template.CSS(corpusStyle)}
	var buf bytes.Buffer
	if err := corpusTemplate().ExecuteTemplate(&buf, "list", v); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err := w.Write(bytes.ToValidUTF8(buf.Bytes(), []byte("\uFFFD")))
	return err
}

func articleRows(articles []corpus.Article) []articleRow {
	rows := make([]articleRow, 0, len(articles))
	for _, a := range articles {
		row := articleRow{ID: a.ID, Published: a.Published, Topics: strings.Join(a.Topics, ", "), Err: a.Err,
			People: a.People, Events: a.Events}
		if a.Href != "" {
			row.Href = template.URL(escapePath(a.Href))
		}
		rows = append(rows, row)
	}
	return rows
}

type corpusView struct {
	Title                              string
	Articles, Failed                   int
	Engagements, Calls, Meetings, Lett int
	People, Pairs, Undated             int
	First, Last                        string // the first and last day with an engagement
	Timeline, TopicChart               template.HTML
	Days                               []corpus.Day
	Matrix                             matrixView
	PairRows                           []pairRow
	PeopleRows                         []personRow
	EventRows                          []eventRow
	ArticleRows                        []articleRow
	ArticleList                        string // the address of the full list, or ""
	Topics                             []topicTotal
	TopicUndated                       int // articles with a topic and no date
	Data                               template.JS
	Style                              template.CSS
	Script                             template.JS
}

type matrixView struct {
	Codes []string
	Names []string
	Rows  []matrixRow
}

type matrixRow struct {
	Code, Name string
	Cells      []matrixCell
}

type matrixCell struct {
	Pair  int // index in Summary.Pairs, -1 for none
	N     int
	Heat  int // 0-5
	Self  bool
	Title string
}

type pairRow struct {
	Index       int
	Names, Pair string
	Engagements int
}

type personRow struct {
	Index                  int
	Name, Country, Offices string
	Engagements, Articles  int
}

type eventRow struct {
	Date, Type, From, To, Countries, ID string
	Href                                template.URL
}

type articleRow struct {
	ID, Published, Topics, Err string
	Href                       template.URL
	People, Events             int
}

type topicTotal struct {
	Label    string
	Articles int
}

// eventTypes are the types the timeline stacks, bottom first; their index
// is the type's number in the page's data.
var eventTypes = []string{extract.Call, extract.Meeting, extract.Letter}

func newCorpusView(title string, s *corpus.Summary) (*corpusView, error) {
	v := &corpusView{Title: title, Articles: len(s.Articles), Failed: s.Failed,
		Engagements: len(s.Engagements), People: len(s.People), Pairs: len(s.Pairs), Undated: s.Undated,
		Days: s.Days, Style: template.CSS(corpusStyle), Script: template.JS(corpusScript)}
	for _, d := range s.Days {
		v.Calls += d.Calls
		v.Meetings += d.Meetings
		v.Lett += d.Letters
	}
	if len(s.Days) > 0 {
		v.First, v.Last = s.Days[0].Date, s.Days[len(s.Days)-1].Date
	}
	names := map[string]string{}
	for _, c := range s.Countries {
		names[c.Code] = c.Name
	}
	pairName := func(p corpus.Pair) string {
		return cmp.Or(names[p.A], p.A) + " – " + cmp.Or(names[p.B], p.B)
	}
	for i, p := range s.Pairs[:min(len(s.Pairs), corpusPairRows)] {
		v.PairRows = append(v.PairRows, pairRow{Index: i, Names: pairName(p.Pair), Pair: p.A + " " + p.B, Engagements: p.Engagements})
	}
	v.Matrix = newMatrix(s, names)
	for i, p := range s.People[:min(len(s.People), corpusPeopleRows)] {
		v.PeopleRows = append(v.PeopleRows, personRow{Index: i, Name: p.Name, Country: countryLabel(p.Country, names),
			Offices: offices(p.Offices), Engagements: p.Engagements, Articles: p.Articles})
	}
	for _, e := range s.Engagements[:min(len(s.Engagements), corpusEventRows)] {
		v.EventRows = append(v.EventRows, newEventRow(s, e))
	}
	v.ArticleRows = articleRows(s.Articles[:min(len(s.Articles), corpusArticleRows)])
	totals := map[string]int{}
	for _, t := range s.Topics {
		totals[t.Topic] += t.Articles
		if t.Week == "" {
			v.TopicUndated += t.Articles
		}
	}
	for label, n := range totals {
		v.Topics = append(v.Topics, topicTotal{Label: label, Articles: n})
	}
	slices.SortFunc(v.Topics, func(x, y topicTotal) int {
		return cmp.Or(cmp.Compare(y.Articles, x.Articles), cmp.Compare(x.Label, y.Label))
	})
	var err error
	if v.Timeline, err = timelineSVG(s.Days); err != nil {
		return nil, err
	}
	if v.TopicChart, err = topicSVG(s.Topics, v.Topics); err != nil {
		return nil, err
	}
	data, err := corpusData(s, names)
	if err != nil {
		return nil, err
	}
	v.Data = template.JS(data)
	return v, nil
}

// countryLabel is a country as the tables show it: "Kenya (KE)".
func countryLabel(code string, names map[string]string) string {
	if code == "" {
		return ""
	}
	if n := names[code]; n != "" && n != code {
		return n + " (" + code + ")"
	}
	return code
}

// offices is a person's offices as the table shows them: the three most
// frequent.
func offices(titles []string) string {
	return strings.Join(titles[:min(len(titles), 3)], ", ")
}

func newEventRow(s *corpus.Summary, e corpus.Engagement) eventRow {
	a := s.Articles[e.Article]
	row := eventRow{Date: cmp.Or(e.Date, "no day"), Type: e.Type, Countries: strings.Join(e.Countries, " "), ID: a.ID}
	var others []string
	for _, p := range e.People {
		if p != e.Initiator {
			others = append(others, s.People[p].Name)
		}
	}
	if e.Initiator >= 0 {
		row.From = s.People[e.Initiator].Name
		row.To = strings.Join(others, ", ")
	} else {
		row.To = strings.Join(others, " · ")
	}
	if a.Href != "" {
		row.Href = template.URL(escapePath(a.Href) + "#ro-" + sentenceID(e.Evidence.Start, e.Evidence.End))
	}
	return row
}

// newMatrix returns the matrix of the countries with the most engagements.
func newMatrix(s *corpus.Summary, names map[string]string) matrixView {
	total := map[string]int{}
	index := map[corpus.Pair]int{}
	for i, p := range s.Pairs {
		total[p.A] += p.Engagements
		total[p.B] += p.Engagements
		index[p.Pair] = i
	}
	codes := make([]string, 0, len(total))
	for c := range total {
		codes = append(codes, c)
	}
	slices.SortFunc(codes, func(x, y string) int { return cmp.Or(cmp.Compare(total[y], total[x]), cmp.Compare(x, y)) })
	codes = codes[:min(len(codes), corpusMatrixSide)]
	most := 0
	for _, p := range s.Pairs {
		most = max(most, p.Engagements)
	}
	m := matrixView{Codes: codes}
	for _, c := range codes {
		m.Names = append(m.Names, cmp.Or(names[c], c))
	}
	for i, a := range codes {
		row := matrixRow{Code: a, Name: cmp.Or(names[a], a)}
		for j, b := range codes {
			cell := matrixCell{Pair: -1, Self: i == j}
			p := corpus.Pair{A: min(a, b), B: max(a, b)}
			if k, ok := index[p]; ok && !cell.Self {
				cell.Pair, cell.N = k, s.Pairs[k].Engagements
				cell.Heat = heat(cell.N, most)
				cell.Title = fmt.Sprintf("%s – %s: %s", cmp.Or(names[a], a), cmp.Or(names[b], b), plural(cell.N, "engagement"))
			}
			row.Cells = append(row.Cells, cell)
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// heat buckets n of at most most into 1-5 (0 for none), the shades of the
// matrix; corpus.js buckets the same way.
func heat(n, most int) int {
	if n <= 0 || most <= 0 {
		return 0
	}
	return 1 + (n*5-1)/most
}

// dayNumber returns the days since 1970-01-01 of a YYYY-MM-DD date.
func dayNumber(date string) (int, error) {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return 0, err
	}
	return int(t.Unix() / 86400), nil
}

// timelineSVG draws the days as bars of calls, meetings and letters stacked,
// on an axis from the first day to the last.
func timelineSVG(days []corpus.Day) (template.HTML, error) {
	if len(days) == 0 {
		return "", nil
	}
	first, err := dayNumber(days[0].Date)
	if err != nil {
		return "", err
	}
	last, err := dayNumber(days[len(days)-1].Date)
	if err != nil {
		return "", err
	}
	span := last - first + 1
	slot := float64(timelineWidth) / float64(span)
	width := min(slot*0.9, 40)
	if width < 4 && len(days)*8 < span {
		// Few days far apart: bars as thin as their slots would not show.
		width = 4
	}
	most := 0
	for _, d := range days {
		most = max(most, d.Total())
	}
	barsHeight := float64(timelineHeight - timelineAxis - 4)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="ro-tl" id="ro-tl" viewBox="0 0 %d %d" preserveAspectRatio="none" data-first="%s" data-span="%d" role="img" aria-label="Engagements by day, %s to %s">`,
		timelineWidth, timelineHeight, days[0].Date, span, days[0].Date, days[len(days)-1].Date)
	b.WriteString(`<g class="ro-ticks">`)
	for _, t := range ticks(first, last) {
		x := (float64(t.day-first) + 0.5) * slot
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="0" y2="%d"></line>`, x, x, timelineHeight-timelineAxis)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`, x+2, timelineHeight-5, t.label)
	}
	b.WriteString(`</g><g class="ro-bars">`)
	for _, d := range days {
		n, err := dayNumber(d.Date)
		if err != nil {
			return "", err
		}
		x := (float64(n-first)+0.5)*slot - width/2
		fmt.Fprintf(&b, `<g data-d="%s"><title>%s: %s</title>`, d.Date, d.Date, dayTitle(d))
		y := barsHeight + 4
		for i, c := range []int{d.Calls, d.Meetings, d.Letters, d.Other} {
			if c == 0 {
				continue
			}
			h := float64(c) / float64(most) * barsHeight
			y -= h
			class := "other"
			if i < len(eventTypes) {
				class = eventTypes[i]
			}
			fmt.Fprintf(&b, `<rect class="%s" x="%.2f" y="%.2f" width="%.2f" height="%.2f"></rect>`, class, x, y, width, h)
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</g><rect class="ro-brush" x="0" y="0" width="0" height="` + strconv.Itoa(timelineHeight-timelineAxis) + `"></rect></svg>`)
	return template.HTML(b.String()), nil
}

// dayTitle words a day's engagements: "2 calls, 1 letter".
func dayTitle(d corpus.Day) string {
	var parts []string
	for _, p := range []struct {
		n    int
		noun string
	}{{d.Calls, "call"}, {d.Meetings, "meeting"}, {d.Letters, "letter"}, {d.Other, "other"}} {
		if p.n > 0 {
			parts = append(parts, plural(p.n, p.noun))
		}
	}
	return strings.Join(parts, ", ")
}

type tick struct {
	day   int
	label string
}

// ticks returns the labelled days of an axis from first to last (day
// numbers): Mondays over a few weeks, the first of each month over a few
// years, the first of each year beyond; at most about 12 labels.
func ticks(first, last int) []tick {
	date := func(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }
	var all []tick
	span := last - first
	for n := first; n <= last; n++ {
		t := date(n)
		switch {
		case span <= 70 && t.Weekday() == time.Monday:
			all = append(all, tick{n, t.Format("2 Jan")})
		case span > 70 && span <= 1100 && t.Day() == 1:
			all = append(all, tick{n, t.Format("Jan 2006")})
		case span > 1100 && t.YearDay() == 1:
			all = append(all, tick{n, t.Format("2006")})
		}
	}
	step := (len(all) + 11) / 12
	var out []tick
	for i := 0; i < len(all); i += max(step, 1) {
		out = append(out, all[i])
	}
	return out
}

// topicSVG draws one row per topic (the most frequent first): a bar per
// week with the articles of that topic, from the first week to the last.
func topicSVG(counts []corpus.TopicCount, topics []topicTotal) (template.HTML, error) {
	var weeks []string
	for _, t := range counts {
		if t.Week != "" && !slices.Contains(weeks, t.Week) {
			weeks = append(weeks, t.Week)
		}
	}
	if len(weeks) == 0 {
		return "", nil
	}
	slices.Sort(weeks)
	first, err := dayNumber(weeks[0])
	if err != nil {
		return "", err
	}
	last, err := dayNumber(weeks[len(weeks)-1])
	if err != nil {
		return "", err
	}
	nweeks := (last-first)/7 + 1
	plot := float64(timelineWidth - topicLabelWidth)
	slot := plot / float64(nweeks)
	width := min(slot*0.85, 40)
	most := 0
	for _, t := range counts {
		if t.Week != "" {
			most = max(most, t.Articles)
		}
	}
	row := map[string]int{}
	for i, t := range topics {
		row[t.Label] = i
	}
	height := len(topics)*topicRowHeight + timelineAxis
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="ro-topics-chart" id="ro-topics-chart" viewBox="0 0 %d %d" role="img" aria-label="Articles per topic per week, weeks of %s to %s">`,
		timelineWidth, height, weeks[0], weeks[len(weeks)-1])
	for i, t := range topics {
		y := i*topicRowHeight + topicRowHeight - 4
		fmt.Fprintf(&b, `<text class="ro-topic-label" x="0" y="%d">%s</text>`, y-6, escape(t.Label))
		fmt.Fprintf(&b, `<line class="ro-base" x1="%d" x2="%d" y1="%d" y2="%d"></line>`, topicLabelWidth, timelineWidth, y, y)
	}
	for _, tk := range ticks(first, last+6) {
		x := float64(topicLabelWidth) + float64(tk.day-first)/7*slot
		fmt.Fprintf(&b, `<text class="ro-tick" x="%.1f" y="%d">%s</text>`, x, height-5, tk.label)
	}
	for _, t := range counts {
		if t.Week == "" {
			continue
		}
		n, err := dayNumber(t.Week)
		if err != nil {
			return "", err
		}
		x := float64(topicLabelWidth) + (float64((n-first)/7)+0.5)*slot - width/2
		h := float64(t.Articles) / float64(most) * float64(topicRowHeight-8)
		y := float64(row[t.Topic]*topicRowHeight+topicRowHeight-4) - h
		fmt.Fprintf(&b, `<rect data-w="%s" data-n="%d" data-t="%d" x="%.2f" y="%.2f" width="%.2f" height="%.2f"><title>%s, week of %s: %s</title></rect>`,
			t.Week, t.Articles, row[t.Topic], x, y, width, h, escape(t.Topic), t.Week, plural(t.Articles, "article"))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()), nil
}

// corpusData returns the page's data, the JSON its script reads: the
// articles' ids and addresses, the people, the pairs, the country names and
// one row per engagement, [article, day, type, initiator, [people], [pairs],
// evidence start, evidence end, countries], where day is "" for none, type
// indexes types (eventTypes first, then any other type met), initiator is -1
// for none and countries are the codes joined by spaces. json.Marshal
// escapes <, > and &, so the data cannot end its <script> element.
func corpusData(s *corpus.Summary, names map[string]string) ([]byte, error) {
	type data struct {
		Articles  [][2]string       `json:"articles"`
		People    [][3]string       `json:"people"`
		Pairs     [][2]string       `json:"pairs"`
		Countries map[string]string `json:"countries"`
		Events    [][]any           `json:"events"`
		Types     []string          `json:"types"`
		Limits    map[string]int    `json:"limits"`
	}
	d := data{Countries: names, Types: slices.Clone(eventTypes),
		Limits:   map[string]int{"pairs": corpusPairRows, "people": corpusPeopleRows, "events": corpusEventRows, "matrix": corpusMatrixSide},
		Articles: make([][2]string, len(s.Articles)), People: make([][3]string, len(s.People)),
		Pairs: make([][2]string, len(s.Pairs)), Events: make([][]any, len(s.Engagements))}
	for i, a := range s.Articles {
		href := ""
		if a.Href != "" {
			href = escapePath(a.Href)
		}
		d.Articles[i] = [2]string{a.ID, href}
	}
	for i, p := range s.People {
		d.People[i] = [3]string{p.Name, p.Country, offices(p.Offices)}
	}
	for i, p := range s.Pairs {
		d.Pairs[i] = [2]string{p.A, p.B}
	}
	for i, e := range s.Engagements {
		typ := slices.Index(d.Types, e.Type)
		if typ < 0 {
			typ = len(d.Types)
			d.Types = append(d.Types, e.Type)
		}
		d.Events[i] = []any{e.Article, e.Date, typ, e.Initiator,
			orNone(e.People), orNone(e.Pairs), e.Evidence.Start, e.Evidence.End, strings.Join(e.Countries, " ")}
	}
	return json.Marshal(d)
}

func orNone(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}
