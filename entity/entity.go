package entity

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/readout/readout/pipeline"
)

// Mention is a span of the text that refers to a person or a country, with
// the range of tokens it covers: Doc.Tokens[FirstToken:EndToken].
type Mention struct {
	pipeline.Span
	FirstToken, EndToken int
}

// Office is a position a person holds.
type Office struct {
	// Title is the canonical office name ("Foreign Minister"), or the title
	// as written, in title case, when the tables have none.
	Title string
	// Country is the ISO 3166-1 alpha-2 code of the office's country, or "".
	Country string
}

// Person is one person named in the article, with all mentions merged.
type Person struct {
	// Name is the fullest form of the name used in the text, without titles.
	Name string
	// Country is the ISO 3166-1 alpha-2 code of the country the person serves, or "".
	Country string
	// CountryStated says that the text states Country outright (an office's
	// country, a country before a title or the name: "US President X",
	// "Pakistan's X"), or that it is a known person's, rather than making it
	// plain from the rest of the article (a pairing, a sole country, a
	// fellow's). It is false when Country is "".
	CountryStated bool
	// Offices are the positions the text gives the person, by first mention.
	Offices []Office
	// Mentions are every mention of the person, in text order.
	Mentions []Mention
	// Confidence in [0, 1] says how strongly the text supports the name: a
	// caller's known person or a name after a title scores high, a name in
	// apposition less, a bare capitalised run or the NER model's guess low;
	// a name mentioned again scores a little higher. A caller may drop the
	// people under a threshold to trade recall for precision.
	Confidence float64
	// Known is the caller's known person (WithKnownPeople) that this person
	// was found as, or nil. It points to the Stage's own copy: read it, do
	// not change it.
	Known *KnownPerson
}

// Country is a country the article refers to.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code.
	Code string
	// Name is the country's usual English name.
	Name string
	// Mentions are its names, short forms, demonyms and capitals, in text order.
	Mentions []Mention
}

// Organization is an organisation the article names: a ministry, an armed
// force, an international body, a company, a party, a news agency.
type Organization struct {
	// Name is the fullest form of the name used in the text.
	Name string
	// Acronym is the acronym the text gives for it ("FBR"), or "".
	Acronym string
	// Country is the ISO 3166-1 alpha-2 code of the country it belongs to,
	// when the text states or makes it plain, else "".
	Country string
	// Mentions are its names and acronyms in the text, in text order.
	Mentions []Mention
	// Confidence in [0, 1] says how strongly the text supports it: a body
	// of the tables scores high, a run ending with a head word less, more
	// with an acronym given or a second mention.
	Confidence float64
}

// Dateline is the place an article is filed from.
type Dateline struct {
	pipeline.Span
	// Place is the place in title case ("Islamabad").
	Place string
	// Country is the place's ISO 3166-1 alpha-2 code, or "" when unknown.
	Country string
}

// Annotations are what the entity stage adds to a Doc.
type Annotations struct {
	// Dateline is the article's dateline, or nil.
	Dateline *Dateline
	// People are the people named in the article, by first mention.
	People []*Person
	// Countries are the countries referred to, by first mention.
	Countries []*Country
	// Organizations are the organisations named, by first mention.
	Organizations []*Organization

	// The layers say, for each token of the Doc, who or what is mentioned
	// there: the index in People (PersonAt), Organizations
	// (OrganizationAt) or Countries (CountryAt) plus one, 0 for none (a new
	// layer needs no filling); nil when no one is. The person layer is
	// built with the annotations, the two others at the first call that
	// reads them (others): the later stages read only PersonAt.
	persons, orgs, countries []int32
	tokens                   int // the Doc's
	others                   sync.Once
}

// at returns the index layer holds at token i, or -1.
func at(layer []int32, i int) int {
	if i < 0 || i >= len(layer) {
		return -1
	}
	return int(layer[i]) - 1
}

// PersonAt returns the index in People of the person a mention of whom
// covers token i of the Doc, or -1.
func (a *Annotations) PersonAt(i int) int { return at(a.persons, i) }

// OrganizationAt returns the index in Organizations of the organisation a
// mention of which covers token i of the Doc, or -1.
func (a *Annotations) OrganizationAt(i int) int {
	a.others.Do(a.layOthers)
	return at(a.orgs, i)
}

// CountryAt returns the index in Countries of the country a mention of
// which covers token i of the Doc, or -1.
func (a *Annotations) CountryAt(i int) int {
	a.others.Do(a.layOthers)
	return at(a.countries, i)
}

// layOthers builds the organisation and country layers.
func (a *Annotations) layOthers() {
	var l layer
	for _, o := range a.Organizations {
		l.add(a.tokens, o.Mentions)
	}
	a.orgs = l.refs
	l = layer{}
	for _, c := range a.Countries {
		l.add(a.tokens, c.Mentions)
	}
	a.countries = l.refs
}

// KnownPerson describes a person a caller knows of, for their own domain: the
// stage then finds the person by any of the names, even with no title. A file
// of them is read by ReadPeopleCSV, ReadPeopleJSONL or LoadPeopleFile.
type KnownPerson struct {
	// Name is the full name to report.
	Name string
	// Aliases are other names the text may use ("Ishaq Dar", "Dar").
	Aliases []string
	// Country is the ISO 3166-1 alpha-2 code of the country the person
	// serves, or "" when the caller gives none.
	Country string
	// Offices are canonical office titles the person holds, whatever the
	// article's date.
	Offices []string
	// Terms are offices the person holds for a time only: each is given to
	// the person in an article whose publication date falls within the term,
	// and in no other (an article that states no date gets none of them).
	Terms []Term
	// ID is the caller's own id for the person (a Wikidata id such as
	// "Q1234567", say), or "". The stage only carries it: Person.Known
	// points to the KnownPerson a person was found as.
	ID string
}

// Term is an office held from one date to another, both included. A date is
// written YYYY, YYYY-MM or YYYY-MM-DD; "" leaves that end open: {Title:
// "Prime Minister", From: "2024-03"} is held from March 2024 on.
type Term struct {
	Title    string
	From, To string
}

// Covers reports whether the term includes date, a YYYY-MM-DD date; it is
// false for "", an article with no date.
func (t Term) Covers(date string) bool {
	if len(date) != len("2006-01-02") {
		return false
	}
	return (t.From == "" || date[:len(t.From)] >= t.From) && (t.To == "" || date[:len(t.To)] <= t.To)
}

// Option configures a Stage.
type Option func(*Stage) error

// WithKnownPeople adds people the stage finds by name. The default stage
// knows no person by name: it finds people from the text alone. The stage
// keeps a copy of the list (the KnownPerson values), whose Aliases, Offices
// and Terms it shares with the caller: do not change them after New. Their
// names are indexed by first word when the stage is built, so that finding
// them costs time in proportion to the text, not to the number of people.
func WithKnownPeople(people ...KnownPerson) Option {
	return func(s *Stage) error {
		for i, p := range people {
			if err := s.t.checkKnown(p); err != nil {
				if strings.TrimSpace(p.Name) == "" {
					return fmt.Errorf("entity: known person %d: %w", i, err)
				}
				return fmt.Errorf("entity: known person %q: %w", p.Name, err)
			}
		}
		s.known = append(s.known, people...)
		return nil
	}
}

// WithPeopleFile adds the known people of the file at path, read with
// LoadPeopleFile, as WithKnownPeople does; the stage keeps the list it reads
// with no copy, which saves a large file's memory. A bad file makes New fail
// with an error that wraps ErrBadPeople.
func WithPeopleFile(path string) Option {
	return func(s *Stage) error {
		people, err := LoadPeopleFile(path)
		if err != nil {
			return err
		}
		if s.known == nil {
			s.known = people // read here: no one else holds it
			return nil
		}
		return WithKnownPeople(people...)(s)
	}
}

// Stage is the entity stage: it finds people, their offices and countries,
// the countries the article refers to, and the dateline. A Stage is immutable
// and safe for concurrent use.
type Stage struct {
	t     *tables
	words *wordIndex // the tables' words, each looked up once a document
	known []KnownPerson
	// knownBy holds, for the first word of a known name, the range of
	// knownNames that start with it; knownWords the words of every known
	// name, end to end.
	knownBy    map[string][2]int32
	knownNames []knownName
	knownWords []string
	ner        NER    // nil unless WithNER
	passes     []pass // the passes that run, in order: passes, less WithoutPasses
	// off holds the rules of the country rule table turned off
	// (WithoutPasses); fired, when set (by tests), is told the name of each
	// rule that gives a person a country.
	off     map[string]bool
	keepCut bool // WithoutPasses("cut-off"): the last word of a cut-off text is read as any other
	fired   func(rule string)
}

var defaultTables = sync.OnceValues(loadTables)

// New compiles the entity stage with its knowledge tables.
func New(opts ...Option) (*Stage, error) {
	t, err := defaultTables()
	if err != nil {
		return nil, err
	}
	s := &Stage{t: t, words: defaultWordIndex(), passes: passes}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	if err := s.indexKnown(); err != nil {
		return nil, err
	}
	return s, nil
}

// Name returns "entities".
func (s *Stage) Name() string { return "entities" }

type annotationsKey struct{}

// From returns the entity annotations of d, or nil if the stage has not run.
func From(d *pipeline.Doc) *Annotations {
	a, _ := d.Value(annotationsKey{}).(*Annotations)
	return a
}

// Annotate finds the entities of d and stores them for From.
func (s *Stage) Annotate(ctx context.Context, d *pipeline.Doc) error {
	a := newAnalysisCtx(ctx, s, d)
	defer a.release()
	if err := a.run(ctx, nil); err != nil {
		return err
	}
	ann := a.annotations()
	if a.err != nil {
		return a.err // halted cut annotations short
	}
	d.SetValue(annotationsKey{}, ann)
	return nil
}
