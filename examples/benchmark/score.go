package main

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/gold"
	"golang.org/x/text/unicode/norm"
)

// This file holds the scoring: pure functions from gold labels (SCHEMA.md)
// and extraction results to figures. Nothing here runs the extractor.

// The gold labels, as package gold reads them.
type (
	Gold             = gold.Label
	GoldPerson       = gold.Person
	GoldEvent        = gold.Event
	GoldOrganization = gold.Organization
)

// Doc is one scored article: its gold labels, its exact text and what the
// extractor returned (nil when extraction failed: scored as an empty result).
type Doc struct {
	Gold   Gold
	Text   string
	Result *extract.Result
}

// Issue is one miss, extra or error, for -v.
type Issue struct {
	Doc    string `json:"doc"`
	Metric string `json:"metric"`
	// Kind is "miss" (in the gold, not found), "extra" (found, not in the
	// gold), "wrong" (a value that differs), "duplicate" (a second entry for
	// one gold person or organisation: a false positive) or "mismatch" (a
	// span whose text is not the input's).
	Kind string `json:"kind"`
	Item string `json:"item"`
}

// issueNouns name what each metric's issues are about.
var issueNouns = map[string]string{
	MPeople: "person", MOffices: "office", MPersonCountry: "person country", MCountries: "country",
	MOrgs: "organization", MOrgCountry: "organization country", MTopics: "topic", MEvents: "event",
	MCallInitiator: "call initiator", MEventDates: "event date", MDateline: "dateline",
	MPublished: "publication date", MSpans: "span",
}

// issueVerbs say what happened, by Issue.Kind.
var issueVerbs = map[string]string{"miss": "missed", "extra": "extra", "wrong": "wrong",
	"duplicate": "duplicate", "mismatch": "mismatched"}

// groupNames name the groups whose kind and noun do not say it.
var groupNames = map[[2]string]string{
	{MEvents, "wrong"}: "wrong event participants",
}

// IssueGroup names the group of an issue for -v: its kind and what it is
// about, "missed person", "extra event", "wrong person country".
func IssueGroup(is Issue) string {
	if name, ok := groupNames[[2]string{is.Metric, is.Kind}]; ok {
		return name
	}
	noun, verb := issueNouns[is.Metric], issueVerbs[is.Kind]
	if noun == "" {
		noun = is.Metric
	}
	if verb == "" {
		verb = is.Kind
	}
	return verb + " " + noun
}

// Counts are the true positives, false positives and false negatives of a
// set-valued metric, summed over documents (micro-averaged).
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), or 1 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 1 when the gold has nothing.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Accuracy counts correct values among those scored.
type Accuracy struct {
	Correct, Total int
}

// Value is Correct/Total, or 1 when nothing was scored.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

// The kinds of Metric.
const (
	KindPRF      = "prf"
	KindAccuracy = "accuracy"
	KindCount    = "count"
)

// Metric is one row of the report.
type Metric struct {
	// Name is the metric's name, as -min takes it ("people", "topic:trade").
	Name string
	// Kind is KindPRF, KindAccuracy or KindCount.
	Kind string
	// Headline marks the F1 rows that -min-f1 checks.
	Headline bool
	Counts
	Accuracy
	// Duplicates counts predicted people that are a second entry for a gold
	// person already matched (people row only); they are among the FP.
	Duplicates int
	// Count is the value of a KindCount row.
	Count int
	// Interval is the 95% bootstrap interval of Value over the articles
	// (AddIntervals), or nil.
	Interval *Interval
}

// Value is the figure thresholds compare: F1, accuracy, or the count.
func (m Metric) Value() float64 {
	switch m.Kind {
	case KindPRF:
		return m.F1()
	case KindAccuracy:
		return m.Accuracy.Value()
	}
	return float64(m.Count)
}

// MarshalJSON writes the fields of the metric's kind, with the figures
// rounded to 4 decimals.
func (m Metric) MarshalJSON() ([]byte, error) {
	type out struct {
		Name       string   `json:"name"`
		Kind       string   `json:"kind"`
		Headline   bool     `json:"headline,omitempty"`
		Precision  *float64 `json:"precision,omitempty"`
		Recall     *float64 `json:"recall,omitempty"`
		F1         *float64 `json:"f1,omitempty"`
		TP         *int     `json:"tp,omitempty"`
		FP         *int     `json:"fp,omitempty"`
		FN         *int     `json:"fn,omitempty"`
		Duplicates *int     `json:"duplicates,omitempty"`
		Accuracy   *float64 `json:"accuracy,omitempty"`
		Correct    *int     `json:"correct,omitempty"`
		Total      *int     `json:"total,omitempty"`
		Count      *int     `json:"count,omitempty"`
		// Interval95 is [low, high], the 95% bootstrap interval of the
		// F1 or accuracy.
		Interval95 []float64 `json:"interval95,omitempty"`
	}
	f := func(v float64) *float64 { v = math.Round(v*1e4) / 1e4; return &v }
	i := func(v int) *int { return &v }
	o := out{Name: m.Name, Kind: m.Kind, Headline: m.Headline}
	switch m.Kind {
	case KindPRF:
		o.Precision, o.Recall, o.F1 = f(m.Precision()), f(m.Recall()), f(m.F1())
		o.TP, o.FP, o.FN = i(m.TP), i(m.FP), i(m.FN)
		if m.Name == MPeople {
			o.Duplicates = i(m.Duplicates)
		}
	case KindAccuracy:
		o.Accuracy, o.Correct, o.Total = f(m.Accuracy.Value()), i(m.Correct), i(m.Total)
	default:
		o.Count = i(m.Count)
	}
	if m.Interval != nil {
		o.Interval95 = []float64{*f(m.Interval.Low), *f(m.Interval.High)}
	}
	return json.Marshal(o)
}

// The names of the fixed metrics, in report order. Per-label topic rows,
// named "topic:LABEL", follow "topics".
const (
	MPeople        = "people"
	MOffices       = "offices"
	MPersonCountry = "person_country"
	// MCountryPrecision is the share of right countries among the countries
	// given to matched people: a wrong country is worse than none.
	MCountryPrecision = "person_country_precision"
	MCountries        = "countries"
	MOrgs             = "organizations"
	MOrgCountry       = "org_country"
	MTopics           = "topics"
	MCalls            = "calls"
	MEvents           = "events"
	MCallInitiator    = "call_initiator"
	MEventDates       = "event_dates"
	MDateline         = "dateline"
	MPublished        = "published"
	MSpans            = "span_mismatches"
	topicPrefix       = "topic:"
)

// Headline lists the metrics whose F1 -min-f1 checks.
var Headline = []string{MPeople, MOffices, MCountries, MOrgs, MTopics, MCalls, MEvents, MEventDates}

// metricNames lists every metric of a report, in its order, for -min;
// topic:LABEL stands for one per label.
var metricNames = []string{MPeople, MOffices, MPersonCountry, MCountryPrecision, MCountries, MOrgs, MOrgCountry,
	MTopics, topicPrefix + "LABEL", MCalls, MEvents, MCallInitiator, MEventDates, MDateline, MPublished}

// Report is the outcome of scoring a set of documents.
type Report struct {
	Docs    int      `json:"docs"`
	Metrics []Metric `json:"metrics"`
	// WrongCountries counts the matched people given a country that is not
	// the gold's: another one, or one where the gold has null. (The other
	// misses of person_country are nulls where the gold has a country.)
	WrongCountries int     `json:"wrong_person_countries"`
	Issues         []Issue `json:"issues,omitempty"`
	// Matches are the values scored right, with Kind "match", for the HTML
	// report.
	Matches []Issue `json:"-"`
}

// Metric returns the row called name.
func (r *Report) Metric(name string) (Metric, bool) {
	for _, m := range r.Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// SpanMismatches is the number of spans whose text is not the input's.
func (r *Report) SpanMismatches() int {
	m, _ := r.Metric(MSpans)
	return m.Count
}

// scorer accumulates counts over documents.
type scorer struct {
	opts                                                          Options
	people, offices, countries, orgs, topics, calls, events       Counts
	eventDates                                                    Counts
	duplicates                                                    int
	personCountry, orgCountry, callInitiator, dateline, published Accuracy
	countryGiven                                                  Accuracy // person countries given: right among them
	spans                                                         int
	labels                                                        map[string]*Counts
	issues, matches                                               []Issue
	doc                                                           string
}

// Options adjust scoring.
type Options struct {
	// CountryPrefix returns the length in bytes of the country, demonym or
	// capital that opens name ("U.S. " of "U.S. State Department"), or 0.
	// Organisation names are compared without it. Nil compares names whole.
	CountryPrefix func(name string) int
}

func (s *scorer) issue(metric, kind, format string, args ...any) {
	s.issues = append(s.issues, Issue{s.doc, metric, kind, fmt.Sprintf(format, args...)})
}

// match records a value scored right, for the HTML report.
func (s *scorer) match(metric, format string, args ...any) {
	s.matches = append(s.matches, Issue{s.doc, metric, "match", fmt.Sprintf(format, args...)})
}

// Score scores docs against their gold labels.
func Score(docs []Doc, opts Options) *Report {
	s := &scorer{opts: opts, labels: map[string]*Counts{}}
	for _, d := range docs {
		s.doc = d.Gold.Doc
		r := d.Result
		if r == nil {
			r = &extract.Result{ID: d.Gold.Doc}
		}
		m := matchPeople(d.Gold.People, d.Gold.OptionalPeople, r.People)
		s.scorePeople(d.Gold, r, m)
		s.scoreSet(MCountries, &s.countries, nil, d.Gold.Countries, d.Gold.OptionalCountries, countryCodes(r), strings.ToUpper)
		if d.Gold.Organizations != nil {
			s.scoreOrgs(d.Gold, r)
		}
		s.scoreSet(MTopics, &s.topics, s.labels, d.Gold.Topics, d.Gold.OptionalTopics, topicLabels(r), strings.ToLower)
		s.scoreEvents(d.Gold, r, m)
		s.scoreHeader(d.Gold, r)
		s.checkSpans(d.Text, r)
	}

	rep := &Report{Docs: len(docs), Issues: s.issues, Matches: s.matches, WrongCountries: s.countryGiven.Total - s.countryGiven.Correct}
	prf := func(name string, c Counts) Metric {
		return Metric{Name: name, Kind: KindPRF, Headline: slices.Contains(Headline, name), Counts: c}
	}
	acc := func(name string, a Accuracy) Metric { return Metric{Name: name, Kind: KindAccuracy, Accuracy: a} }
	people := prf(MPeople, s.people)
	people.Duplicates = s.duplicates
	rep.Metrics = append(rep.Metrics, people, prf(MOffices, s.offices), acc(MPersonCountry, s.personCountry),
		acc(MCountryPrecision, s.countryGiven), prf(MCountries, s.countries), prf(MOrgs, s.orgs), acc(MOrgCountry, s.orgCountry), prf(MTopics, s.topics))
	labels := make([]string, 0, len(s.labels))
	for l := range s.labels {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for _, l := range labels {
		rep.Metrics = append(rep.Metrics, prf(topicPrefix+l, *s.labels[l]))
	}
	rep.Metrics = append(rep.Metrics, prf(MCalls, s.calls), prf(MEvents, s.events),
		acc(MCallInitiator, s.callInitiator), prf(MEventDates, s.eventDates),
		acc(MDateline, s.dateline), acc(MPublished, s.published),
		Metric{Name: MSpans, Kind: KindCount, Count: s.spans})
	return rep
}

// Person matching.

// Unmatched values of peopleMatch.gold.
const (
	noPerson       = -1 // an extra: matches no gold person
	optionalPerson = -2 // matches an optional person: ignored
)

// peopleMatch maps predicted people to gold people.
type peopleMatch struct {
	// gold[i] is the index of the gold person predicted person i stands for,
	// or noPerson, or optionalPerson.
	gold []int
	// primary[i] reports whether predicted person i is the first one matched
	// to its gold person; the others mapped to the same gold person are
	// duplicates.
	primary []bool
	// pred[g] is the primary predicted person of gold person g, or -1.
	pred []int
}

// NormName is the form in which names are compared: Unicode NFKD with
// combining marks dropped, lower case, full stops and commas removed, a
// typographic apostrophe as a plain one, and runs of white space as one
// space. "S. Jaishankar" and "S Jaishankar" are equal, and so are
// "Šefčovič" and "Sefcovic"; "Treasury Scott Bessent" and "Scott Bessent"
// are not.
func NormName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == ',':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// personKeys maps the normalised name and variants of each gold person to
// its index; the first person to claim a form keeps it.
func personKeys(gold []GoldPerson) map[string]int {
	keys := map[string]int{}
	for j, g := range gold {
		for _, n := range append([]string{g.Name}, g.Variants...) {
			if k := NormName(n); k != "" {
				if _, ok := keys[k]; !ok {
					keys[k] = j
				}
			}
		}
	}
	return keys
}

// matchPeople matches predicted people to gold people strictly: a predicted
// person stands for the gold person whose name or variant equals its name
// (compared as NormName). The first predicted person of a gold person is
// its match; a later one is a duplicate. A name that matches only an
// optional person is ignored; any other is an extra.
func matchPeople(gold []GoldPerson, optional []string, pred []extract.Person) peopleMatch {
	m := peopleMatch{gold: make([]int, len(pred)), primary: make([]bool, len(pred)), pred: make([]int, len(gold))}
	for j := range m.pred {
		m.pred[j] = -1
	}
	keys := personKeys(gold)
	opt := map[string]bool{}
	for _, o := range optional {
		opt[NormName(o)] = true
	}
	for i, p := range pred {
		k := NormName(p.Name)
		j, ok := keys[k]
		switch {
		case ok && m.pred[j] < 0:
			m.gold[i], m.primary[i], m.pred[j] = j, true, i
		case ok:
			m.gold[i] = j
		case opt[k]:
			m.gold[i] = optionalPerson
		default:
			m.gold[i] = noPerson
		}
	}
	return m
}

func (s *scorer) scorePeople(g Gold, r *extract.Result, m peopleMatch) {
	for i, p := range r.People {
		switch {
		case m.gold[i] == noPerson:
			s.people.FP++
			s.issue(MPeople, "extra", "%s", p.Name)
		case m.gold[i] >= 0 && !m.primary[i]:
			s.people.FP++
			s.duplicates++
			s.issue(MPeople, "duplicate", "%s (a second entry for %s)", p.Name, r.People[m.pred[m.gold[i]]].Name)
		}
	}
	for j, gp := range g.People {
		if m.pred[j] < 0 {
			s.people.FN++
			s.issue(MPeople, "miss", "%s", gp.Name)
			continue
		}
		s.people.TP++
		p := r.People[m.pred[j]]
		s.match(MPeople, "%s", p.Name)
		s.personCountry.Total++
		if p.Country != "" {
			s.countryGiven.Total++
		}
		if strings.EqualFold(p.Country, gp.Country) {
			s.personCountry.Correct++
			if p.Country != "" {
				s.countryGiven.Correct++
			}
			s.match(MPersonCountry, "%s: %s", gp.Name, orNull(p.Country))
		} else {
			kind := "wrong" // a country the text does not give them
			if p.Country == "" {
				kind = "miss"
			}
			s.issue(MPersonCountry, kind, "%s: got %s, want %s", gp.Name, orNull(p.Country), orNull(gp.Country))
		}
	}

	// Offices: (gold person, title) pairs. A gold person's predicted titles
	// are those of every predicted person mapped to it, duplicates included.
	titles := make([][]string, len(g.People))
	for i, p := range r.People {
		switch j := m.gold[i]; {
		case j >= 0:
			for _, o := range p.Offices {
				if !containsFold(titles[j], o.Title) {
					titles[j] = append(titles[j], o.Title)
				}
			}
		case j == noPerson:
			var seen []string
			for _, o := range p.Offices {
				if !containsFold(seen, o.Title) {
					seen = append(seen, o.Title)
					s.offices.FP++
					s.issue(MOffices, "extra", "%s: %s", p.Name, o.Title)
				}
			}
		}
	}
	for j, gp := range g.People {
		for _, t := range titles[j] {
			switch {
			case containsFold(gp.Offices, t):
				s.offices.TP++
				s.match(MOffices, "%s: %s", gp.Name, t)
			case containsFold(gp.OptionalOffices, t):
			default:
				s.offices.FP++
				s.issue(MOffices, "extra", "%s: %s", gp.Name, t)
			}
		}
		for _, t := range gp.Offices {
			if !containsFold(titles[j], t) {
				s.offices.FN++
				s.issue(MOffices, "miss", "%s: %s", gp.Name, t)
			}
		}
	}
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(s)) })
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// Sets: countries and topics.

func countryCodes(r *extract.Result) []string {
	out := make([]string, 0, len(r.Countries))
	for _, c := range r.Countries {
		out = append(out, c.Code)
	}
	return out
}

func topicLabels(r *extract.Result) []string {
	out := make([]string, 0, len(r.Topics))
	for _, t := range r.Topics {
		out = append(out, t.Label)
	}
	return out
}

// scoreSet scores a set of values against the gold's, ignoring optional
// values; norm puts values in canonical case. With perValue, it also counts
// each value on its own row.
func (s *scorer) scoreSet(metric string, c *Counts, perValue map[string]*Counts, gold, optional, pred []string, norm func(string) string) {
	set := func(l []string) []string {
		out := make([]string, 0, len(l))
		for _, v := range l {
			if v = norm(strings.TrimSpace(v)); !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
		slices.Sort(out)
		return out
	}
	g, o, p := set(gold), set(optional), set(pred)
	row := func(v string) *Counts {
		if perValue == nil {
			return &Counts{}
		}
		if perValue[v] == nil {
			perValue[v] = &Counts{}
		}
		return perValue[v]
	}
	for _, v := range o {
		row(v) // an optional label still gets its row
	}
	for _, v := range p {
		switch {
		case slices.Contains(g, v):
			c.TP++
			row(v).TP++
			s.match(metric, "%s", v)
		case slices.Contains(o, v):
		default:
			c.FP++
			row(v).FP++
			s.issue(metric, "extra", "%s", v)
		}
	}
	for _, v := range g {
		if !slices.Contains(p, v) {
			c.FN++
			row(v).FN++
			s.issue(metric, "miss", "%s", v)
		}
	}
}

// Events.

// scoreEvents matches predicted events to gold events, one to one, by type
// and participant set, after mapping each predicted participant to the gold
// person it stands for. Among candidates, a gold event with the same
// initiator is preferred (two letters between the same people, each way).
func (s *scorer) scoreEvents(g Gold, r *extract.Result, m peopleMatch) {
	keys := personKeys(g.People)
	mapName := func(name string) string { // the gold name it stands for, else itself
		if j, ok := keys[NormName(name)]; ok {
			return g.People[j].Name
		}
		return name
	}
	type ev struct {
		key, initiator string
		desc           string
		matched        int
	}
	key := func(typ string, parts []string) string {
		set := make([]string, 0, len(parts))
		for _, p := range parts {
			if p = strings.ToLower(p); !slices.Contains(set, p) {
				set = append(set, p)
			}
		}
		slices.Sort(set)
		return typ + "\x00" + strings.Join(set, "\x00")
	}
	describe := func(typ string, parts []string, initiator string) string {
		return fmt.Sprintf("%s %s, initiator %s", typ, strings.Join(parts, " + "), orNull(initiator))
	}
	golds := make([]ev, len(g.Events))
	for i, e := range g.Events {
		golds[i] = ev{key(e.Type, e.Participants), strings.ToLower(e.Initiator), describe(e.Type, e.Participants, e.Initiator), -1}
	}
	preds := make([]ev, len(r.Events))
	predInit := make([]string, len(r.Events))
	for i, e := range r.Events {
		parts := make([]string, len(e.Participants))
		for k, p := range e.Participants {
			parts[k] = mapName(p)
		}
		slices.Sort(parts)
		predInit[i] = mapName(e.Initiator)
		preds[i] = ev{key(e.Type, parts), strings.ToLower(predInit[i]), describe(e.Type, parts, predInit[i]), -1}
	}
	for pass := range 2 {
		for i := range preds {
			if preds[i].matched >= 0 {
				continue
			}
			for j := range golds {
				if golds[j].matched < 0 && golds[j].key == preds[i].key && (pass == 1 || golds[j].initiator == preds[i].initiator) {
					preds[i].matched, golds[j].matched = j, i
					break
				}
			}
		}
	}
	// An extra and a miss of one type that share a party are reported as
	// one engagement with the wrong participants: the counts stay those of
	// an extra and a miss.
	wrongOf := make([]int, len(preds))
	paired := make([]bool, len(golds))
	for i := range preds {
		wrongOf[i] = -1
		if preds[i].matched >= 0 {
			continue
		}
		for j := range golds {
			if golds[j].matched < 0 && !paired[j] && g.Events[j].Type == r.Events[i].Type && sharesParty(preds[i].key, golds[j].key) {
				wrongOf[i], paired[j] = j, true
				break
			}
		}
	}
	for i, p := range preds {
		isCall := r.Events[i].Type == extract.Call
		if p.matched < 0 {
			s.events.FP++
			if j := wrongOf[i]; j >= 0 {
				s.issue(MEvents, "wrong", "got %s; want %s", p.desc, golds[j].desc)
			} else {
				s.issue(MEvents, "extra", "%s", p.desc)
			}
			if isCall {
				s.calls.FP++
			}
			continue
		}
		s.events.TP++
		s.match(MEvents, "%s", p.desc)
		if isCall {
			s.calls.TP++
		}
	}
	for j, ge := range golds {
		e := g.Events[j]
		if ge.matched >= 0 && e.Date != nil {
			s.scoreDate(ge.desc, *e.Date, r.Events[ge.matched].Date)
		}
		if ge.matched < 0 {
			s.events.FN++
			if !paired[j] {
				s.issue(MEvents, "miss", "%s", ge.desc)
			}
			if e.Type == extract.Call {
				s.calls.FN++
			}
			continue
		}
		if e.Type == extract.Call && e.Initiator != "" {
			s.callInitiator.Total++
			if got := predInit[ge.matched]; strings.EqualFold(got, e.Initiator) {
				s.callInitiator.Correct++
				s.match(MCallInitiator, "%s", ge.desc)
			} else {
				s.issue(MCallInitiator, valueKind(got, e.Initiator), "%s: got initiator %s", ge.desc, orNull(got))
			}
		}
	}
}

// sharesParty reports whether two event keys (type, then participants,
// NUL-separated) name a participant in common.
func sharesParty(a, b string) bool {
	pa, pb := strings.Split(a, "\x00")[1:], strings.Split(b, "\x00")[1:]
	return slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) })
}

// valueKind is the Issue.Kind of a value scored wrong: "miss" when none
// was given, "extra" when the gold has none, else "wrong".
func valueKind(got, want string) string {
	switch {
	case got == "":
		return "miss"
	case want == "":
		return "extra"
	}
	return "wrong"
}

// scoreDate scores the date of a found event: a right date counts, a date
// where the gold has none or another is an error, a gold date missed is a
// miss (a wrong date is both).
func (s *scorer) scoreDate(desc, want, got string) {
	switch {
	case got != "" && got == want:
		s.eventDates.TP++
		s.match(MEventDates, "%s: %s", desc, got)
		return
	case got == "" && want == "":
		return
	}
	if got != "" {
		s.eventDates.FP++
	}
	if want != "" {
		s.eventDates.FN++
	}
	s.issue(MEventDates, valueKind(got, want), "%s: got date %s, want %s", desc, orNull(got), orNull(want))
}

// Header: dateline and publication date.

func (s *scorer) scoreHeader(g Gold, r *extract.Result) {
	got := ""
	if r.Dateline != nil {
		got = r.Dateline.Place
	}
	s.dateline.Total++
	if strings.EqualFold(strings.TrimSpace(got), strings.TrimSpace(g.Dateline)) {
		s.dateline.Correct++
		s.match(MDateline, "%s", orNull(got))
	} else {
		s.issue(MDateline, valueKind(got, g.Dateline), "got %s, want %s", orNull(got), orNull(g.Dateline))
	}
	s.published.Total++
	if r.Published == g.Published {
		s.published.Correct++
		s.match(MPublished, "%s", orNull(r.Published))
	} else {
		s.issue(MPublished, valueKind(r.Published, g.Published), "got %s, want %s", orNull(r.Published), orNull(g.Published))
	}
}

// Spans.

// checkSpans counts the spans of r whose text is not text[Start:End].
func (s *scorer) checkSpans(text string, r *extract.Result) {
	check := func(where string, m extract.Mention) {
		if m.Start >= 0 && m.Start <= m.End && m.End <= len(text) && text[m.Start:m.End] == m.Text {
			return
		}
		s.spans++
		have := "out of range"
		if m.Start >= 0 && m.Start <= m.End && m.End <= len(text) {
			have = strconv.Quote(text[m.Start:m.End])
		}
		s.issue(MSpans, "mismatch", "%s [%d:%d] text %q, input has %s", where, m.Start, m.End, m.Text, have)
	}
	if r.Dateline != nil {
		check("dateline", r.Dateline.Mention)
	}
	for i, p := range r.People {
		for k, m := range p.Mentions {
			check(fmt.Sprintf("people[%d].mentions[%d]", i, k), m)
		}
	}
	for i, c := range r.Countries {
		for k, m := range c.Mentions {
			check(fmt.Sprintf("countries[%d].mentions[%d]", i, k), m)
		}
	}
	for i, o := range r.Organizations {
		for k, m := range o.Mentions {
			check(fmt.Sprintf("organizations[%d].mentions[%d]", i, k), m)
		}
	}
	for i, t := range r.Topics {
		for k, m := range t.Evidence {
			check(fmt.Sprintf("topics[%d].evidence[%d]", i, k), m)
		}
	}
	for i, e := range r.Events {
		check(fmt.Sprintf("events[%d].evidence", i), e.Evidence)
	}
}

// Thresholds.

// ParseMin parses a -min list: comma-separated NAME=VALUE pairs, each NAME a
// metric of the report ("people", "topic:trade", "call_initiator") and VALUE
// in [0, 1].
func ParseMin(s string) (map[string]float64, error) {
	out := map[string]float64{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for item := range strings.SplitSeq(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(item), "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("-min: %q is not NAME=VALUE", item)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("-min: %s: value %q is not a number in [0, 1]", name, val)
		}
		if !isMetricName(name) {
			return nil, fmt.Errorf("-min: unknown metric %q (known: %s, %sLABEL)", name, strings.Join(thresholdNames, ", "), topicPrefix)
		}
		out[name] = v
	}
	return out, nil
}

// thresholdNames are the fixed metrics -min accepts.
var thresholdNames = []string{MPeople, MOffices, MPersonCountry, MCountryPrecision, MCountries, MOrgs, MOrgCountry, MTopics,
	MCalls, MEvents, MCallInitiator, MEventDates, MDateline, MPublished}

func isMetricName(name string) bool {
	if l, ok := strings.CutPrefix(name, topicPrefix); ok {
		return l != ""
	}
	return slices.Contains(thresholdNames, name)
}

// Check returns a message for each threshold r fails: every headline F1
// below minF1 (0: none), every metric of mins below its value, and any span
// mismatch, always. A topic label in mins that neither the gold nor the
// results use fails too, so that a misspelt label cannot pass unnoticed.
func Check(r *Report, minF1 float64, mins map[string]float64) []string {
	var fails []string
	if minF1 > 0 {
		for _, name := range Headline {
			if m, _ := r.Metric(name); m.F1() < minF1 {
				fails = append(fails, fmt.Sprintf("%s F1 %.3f < %g (-min-f1)", name, m.F1(), minF1))
			}
		}
	}
	names := make([]string, 0, len(mins))
	for n := range mins {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		m, ok := r.Metric(name)
		if !ok {
			fails = append(fails, fmt.Sprintf("%s: no such metric in this report (-min)", name))
			continue
		}
		what := "F1"
		if m.Kind == KindAccuracy {
			what = "accuracy"
		}
		if v := m.Value(); v < mins[name] {
			fails = append(fails, fmt.Sprintf("%s %s %.3f < %g (-min)", name, what, v, mins[name]))
		}
	}
	if n := r.SpanMismatches(); n > 0 {
		fails = append(fails, fmt.Sprintf("%d span(s) do not match the text", n))
	}
	return fails
}
