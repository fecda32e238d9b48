package html

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
)

// Doc is what the view shows: a text and the result read from it.
type Doc struct {
	// Title heads the view; the Result's ID when empty.
	Title string
	// Text is the exact text the Result was read from; every span of the
	// Result refers to it. When it is "" and the Result is not nil (the
	// result was read back from JSON, its text not at hand), the view shows
	// instead the sentences the Result quotes, the evidence of its events
	// and topics, each with its id and with the mentions found in it, and
	// says so.
	Text string
	// Result is what Readout read from Text. A nil Result shows the text alone.
	Result *extract.Result
	// Boilerplate are the lines shown dimmed, from FindBoilerplate; nil shows
	// none dimmed.
	Boilerplate []Boilerplate
}

//go:embed view.css
var style string

//go:embed view.js
var script string

// Style returns the CSS of the view. WritePage and WriteFragment write it
// inline; a page that shows several fragments may write it once itself.
func Style() string { return style }

// Script returns the view's script (the text of its inline <script>
// element), for a page that sets a Content-Security-Policy with its hash.
func Script() string { return script }

// WritePage writes d as a complete HTML document.
func WritePage(w io.Writer, d Doc) error {
	return write(w, "page", d)
}

// WriteFragment writes d as one <div class="ro-view"> element, with its
// style and script inline, to put inside a page of the caller's. Element
// ids in the fragment ("ro-s12-40") are those of the text's sentences: one
// page holds one fragment, or fragments of different texts may share ids.
func WriteFragment(w io.Writer, d Doc) error {
	return write(w, "fragment", d)
}

func write(w io.Writer, name string, d Doc) error {
	var buf bytes.Buffer
	if err := templates().ExecuteTemplate(&buf, name, newView(d)); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	// The Result's strings are the text's: make the page valid UTF-8 whatever
	// they hold (the article's text is already).
	_, err := w.Write(bytes.ToValidUTF8(buf.Bytes(), []byte("\uFFFD")))
	return err
}

// view is the data of the templates.
type view struct {
	Title       string
	Dateline    *extract.Dateline
	Place       string // the dateline's place and country, as shown
	Published   string
	People      []personView
	Countries   []entityView
	Orgs        []entityView
	Topics      []extract.Topic
	Events      []eventView
	Boilerplate int
	Quoted      bool // the body is the Result's quoted sentences, the text not at hand
	Body        template.HTML
	Style       template.CSS
	Script      template.JS
}

type personView struct {
	ID, Name, Country, Offices string
	// Source says where a country not from the text comes from ("known",
	// "corpus"), for the list; "" for the text's own.
	Source   string
	Mentions int
}

type entityView struct {
	ID, Name, Detail string
	Mentions         int
}

type eventView struct {
	Sentence             string // the evidence sentence's data-s value
	From, To, Type, Date string
}

func newView(d Doc) view {
	r := d.Result
	if r == nil {
		r = &extract.Result{}
	}
	v := view{Title: d.Title, Published: r.Published, Dateline: r.Dateline,
		Boilerplate: len(d.Boilerplate), Style: template.CSS(style), Script: template.JS(script)}
	if v.Title == "" {
		v.Title = r.ID
	}
	names := map[string]string{}
	for _, c := range r.Countries {
		names[c.Code] = c.Name
	}
	country := func(code string) string {
		if n := names[code]; n != "" {
			return n + " (" + code + ")"
		}
		return code
	}
	if r.Dateline != nil {
		v.Place = r.Dateline.Place
		if c := r.Dateline.Country; c != "" {
			v.Place += ", " + cmp.Or(names[c], c)
		}
	}

	text := d.Text
	var marks []mark
	add := func(start, end, rank int, open, first string) {
		if validSpan(text, start, end) {
			marks = append(marks, mark{start: start, end: end, rank: rank, open: open, first: first})
		}
	}
	var quotes []*quote
	if text == "" && d.Result != nil {
		v.Quoted = true
		quotes = quotesOf(r)
		add = func(start, end, rank int, open, first string) {
			if q := quoteOf(quotes, start, end); q != nil && validSpan(q.text, start-q.start, end-q.start) {
				q.marks = append(q.marks, mark{start: start - q.start, end: end - q.start, rank: rank, open: open, first: first})
			}
		}
	}
	mention := func(class string, rank int, id, tip string, m extract.Mention) {
		add(m.Start, m.End, rank,
			fmt.Sprintf(`<span class="m %s" data-e="%s" data-start="%d" data-end="%d" tabindex="0" data-tip="%s"`,
				class, id, m.Start, m.End, escape(tip)), "")
	}
	for _, b := range d.Boilerplate {
		add(b.Start, b.End, rankBoilerplate, fmt.Sprintf(`<span class="bp" title="boilerplate: %s"`, escape(b.Kind)), "")
	}

	for i, p := range r.People {
		offices := make([]string, len(p.Offices))
		for j, o := range p.Offices {
			offices[j] = o.Title
			if o.Country != "" {
				offices[j] += " (" + o.Country + ")"
			}
		}
		pv := personView{ID: "p" + strconv.Itoa(i), Name: p.Name, Country: cmp.Or(names[p.Country], p.Country),
			Offices: strings.Join(offices, ", "), Mentions: len(p.Mentions)}
		if p.Country != "" && p.CountrySource != "" && p.CountrySource != extract.FromText {
			pv.Source = p.CountrySource
		}
		v.People = append(v.People, pv)
		tip := lines(p.Name, pv.Offices, personCountry(p, country), plural(len(p.Mentions), "mention"),
			fmt.Sprintf("confidence %.2f", p.Confidence))
		for _, m := range p.Mentions {
			mention("per", rankPerson, pv.ID, tip, m)
		}
	}
	for i, c := range r.Countries {
		cv := entityView{ID: "c" + strconv.Itoa(i), Name: c.Name, Detail: c.Code, Mentions: len(c.Mentions)}
		v.Countries = append(v.Countries, cv)
		tip := lines(country(c.Code), "country · "+plural(len(c.Mentions), "mention"))
		for _, m := range c.Mentions {
			mention("cty", rankCountry, cv.ID, tip, m)
		}
	}
	for i, o := range r.Organizations {
		ov := entityView{ID: "o" + strconv.Itoa(i), Name: o.Name, Detail: o.Acronym, Mentions: len(o.Mentions)}
		v.Orgs = append(v.Orgs, ov)
		name := o.Name
		if o.Acronym != "" {
			name += " (" + o.Acronym + ")"
		}
		tip := lines(name, "organisation · "+plural(len(o.Mentions), "mention"), country(o.Country),
			fmt.Sprintf("confidence %.2f", o.Confidence))
		for _, m := range o.Mentions {
			mention("org", rankOrganization, ov.ID, tip, m)
		}
	}
	if dl := r.Dateline; dl != nil {
		tip := lines("dateline: "+dl.Place, country(dl.Country))
		mention("dl", rankDateline, "dl", tip, dl.Mention)
	}

	// Sentences: topic evidence and event evidence over the same span are
	// one element, with every label.
	type sentence struct {
		start, end int
		topics     []string
		events     bool
	}
	var sentences []*sentence
	byspan := map[[2]int]*sentence{}
	sent := func(m extract.Mention) *sentence {
		k := [2]int{m.Start, m.End}
		s := byspan[k]
		if s == nil {
			s = &sentence{start: m.Start, end: m.End}
			byspan[k] = s
			sentences = append(sentences, s)
		}
		return s
	}
	v.Topics = r.Topics
	for _, t := range r.Topics {
		for _, m := range t.Evidence {
			s := sent(m)
			s.topics = append(s.topics, t.Label)
		}
	}
	for _, e := range r.Events {
		s := sent(e.Evidence)
		s.events = true
		ev := newEventView(e, sentenceID(s.start, s.end))
		v.Events = append(v.Events, ev)
	}
	for _, s := range sentences {
		class := "sent"
		if len(s.topics) > 0 {
			class += " topic"
		}
		if s.events {
			class += " ev"
		}
		first := fmt.Sprintf(` id="ro-%s"`, sentenceID(s.start, s.end))
		if len(s.topics) > 0 {
			first += fmt.Sprintf(` data-topics="%s"`, escape(strings.Join(s.topics, " · ")))
		}
		add(s.start, s.end, rankSentence, fmt.Sprintf(`<span class="%s" data-s="%s"`, class, sentenceID(s.start, s.end)), first)
	}

	var b strings.Builder
	if v.Quoted {
		for _, q := range quotes {
			b.WriteString(`<p class="ro-quote">`)
			writeMarked(&b, q.text, q.marks)
			b.WriteString(`</p>`)
		}
		v.Body = template.HTML(b.String())
		return v
	}
	b.Grow(len(text) + len(text)/8 + 200*len(marks))
	writeMarked(&b, text, marks)
	v.Body = template.HTML(b.String())
	return v
}

// quote is a stretch of an article's text that its Result quotes, with the
// marks drawn over it (offsets into the quote).
type quote struct {
	start, end int
	text       string
	marks      []mark
}

// quotesOf returns the stretches of text r quotes in the evidence of its
// events and topics, in order, overlapping ones joined. A quote whose text
// does not fit its span, or disagrees with another where they overlap, is
// left out.
func quotesOf(r *extract.Result) []*quote {
	var ms []extract.Mention
	for _, e := range r.Events {
		ms = append(ms, e.Evidence)
	}
	for _, t := range r.Topics {
		ms = append(ms, t.Evidence...)
	}
	slices.SortStableFunc(ms, func(x, y extract.Mention) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(y.End, x.End))
	})
	var out []*quote
	for _, m := range ms {
		if m.Start < 0 || m.End-m.Start != len(m.Text) || m.Text == "" {
			continue
		}
		if n := len(out); n > 0 && m.Start < out[n-1].end {
			q := out[n-1]
			overlap := min(q.end, m.End) - m.Start
			if q.text[m.Start-q.start:m.Start-q.start+overlap] != m.Text[:overlap] {
				continue
			}
			if m.End > q.end {
				q.text += m.Text[overlap:]
				q.end = m.End
			}
			continue
		}
		out = append(out, &quote{start: m.Start, end: m.End, text: m.Text})
	}
	return out
}

// quoteOf returns the quote that holds text[start:end], or nil.
func quoteOf(quotes []*quote, start, end int) *quote {
	i, _ := slices.BinarySearchFunc(quotes, start, func(q *quote, at int) int {
		if q.end <= at {
			return -1
		}
		if q.start > at {
			return 1
		}
		return 0
	})
	if i < len(quotes) && quotes[i].start <= start && end <= quotes[i].end {
		return quotes[i]
	}
	return nil
}

// sentenceID names the sentence element over text[start:end].
func sentenceID(start, end int) string {
	return "s" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
}

// lines joins the non-empty strings with line breaks.
// personCountry is the tooltip's line for a person's country, with its
// source when it is not the text: "Chile (CL), from your known people (id
// Q1)", "Chile (CL), from the corpus: article a1".
func personCountry(p extract.Person, country func(string) string) string {
	if p.Country == "" {
		if p.KnownID != "" {
			return "known person, id " + p.KnownID
		}
		return ""
	}
	c := country(p.Country)
	switch p.CountrySource {
	case extract.FromKnown:
		c += ", from your known people"
		if p.KnownID != "" {
			c += " (id " + p.KnownID + ")"
		}
	case extract.FromCorpus:
		c += ", from the corpus: article " + cmp.Or(p.CountryFrom, "?")
	default:
		if p.KnownID != "" {
			c += " · known person, id " + p.KnownID
		}
	}
	return c
}

func lines(s ...string) string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, "\n")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// newEventView words an event for the summary; sentence is the data-s value
// of its evidence sentence.
func newEventView(e extract.Event, sentence string) eventView {
	ev := eventView{Sentence: sentence, Type: e.Type}
	var others []string
	for _, p := range e.Participants {
		if p != e.Initiator {
			others = append(others, p)
		}
	}
	if e.Initiator != "" {
		ev.From = e.Initiator
		ev.To = strings.Join(others, ", ")
	} else {
		ev.To = strings.Join(others, " · ")
	}
	switch {
	case e.Date != "" && e.When != "":
		ev.Date = e.Date + " (" + e.When + ")"
	case e.Date != "":
		ev.Date = e.Date
	case e.When != "":
		ev.Date = e.When
	default:
		ev.Date = "day not stated"
	}
	return ev
}
