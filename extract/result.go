package extract

import (
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
)

// Result is what Readout reads from one article. Its JSON form is the public
// contract described in OUTPUT.md (see the package doc): empty lists encode as
// [], absent values as null. A value is absent when its Go field is "" (or
// nil for Dateline); null decodes back to "" and nil, so a Result survives
// json.Marshal and json.Unmarshal unchanged (Event.Rule aside, which is not
// in the JSON form).
type Result struct {
	// ID is the caller's document id.
	ID string
	// Published is the publication date stated in the text, YYYY-MM-DD, or
	// "" when absent (null in JSON).
	Published string
	// Dateline is the dateline that opens the article, or nil when absent
	// (null in JSON).
	Dateline *Dateline
	// People are the people named in the article, by first mention.
	People []Person
	// Countries are the countries the article refers to, by first mention.
	Countries []Country
	// Organizations are the organisations the article names, by first mention.
	Organizations []Organization
	// Topics are the topics the article discusses, by first evidence.
	Topics []Topic
	// Events are the calls, meetings and letters between named people, by evidence.
	Events []Event
}

// Span is a half-open range [Start, End) of byte offsets into the input
// text. It is pipeline.Span, named here so that a user of extract need not
// import package pipeline: extract.Mention{Text: "Pakistan", Span:
// extract.Span{Start: 20, End: 28}}.
type Span = pipeline.Span

// Mention is a span of the input text with the text it covers:
// input[Start:End] == Text. Its JSON form is {"text", "start", "end"}.
type Mention struct {
	Text string `json:"text"`
	Span
}

// Dateline is the place an article is filed from ("ISLAMABAD:").
type Dateline struct {
	// Place is the place in title case ("Islamabad").
	Place string `json:"place"`
	// Country is the place's ISO 3166-1 alpha-2 code, or "" when absent
	// (null in JSON).
	Country string `json:"country"`
	Mention
}

// Person is one person named in the article, with every mention merged.
type Person struct {
	// Name is the fullest form of the name used, without titles.
	Name string
	// Country is the ISO 3166-1 alpha-2 code of the country the person
	// serves, or "" when absent (null in JSON).
	Country string
	// CountrySource says where Country comes from: FromText, FromKnown or
	// FromCorpus; "" (null in JSON) when Country is "".
	CountrySource string `json:"country_source"`
	// CountryFrom is, for a country from the corpus, the id of an article
	// that stated it (see Memory); else "" (null in JSON).
	CountryFrom string `json:"country_from"`
	// KnownID is, for one of the caller's known people (WithKnownPeople),
	// the id the caller gave them (entity.KnownPerson.ID: a Wikidata id,
	// say); else "" (null in JSON).
	KnownID string `json:"known_id"`
	// Offices are the positions the text gives the person.
	Offices []Office
	// Mentions are every mention: names, surnames, titles and office references.
	Mentions []Mention
	// Confidence in [0, 1]: higher where a title or apposition supports the
	// name than for a bare capitalised run (see entity.Person.Confidence).
	Confidence float64
}

// The values of Person.CountrySource (the JSON "country_source").
const (
	// FromText: the article's own text states the country or makes it
	// plain ("US President X", "X, the head of Polish diplomacy").
	FromText = "text"
	// FromKnown: the person is one of the caller's known people
	// (WithKnownPeople), whose country the caller gave.
	FromKnown = "known"
	// FromCorpus: the article gives none, or only one it infers, and other
	// articles of the stream stated it (WithMemory); CountryFrom names one.
	FromCorpus = "corpus"
)

// Office is a position a person holds.
type Office struct {
	// Title is the canonical office name ("Foreign Minister"), or the title as
	// written when it has none.
	Title string
	// Country is the office's ISO 3166-1 alpha-2 code, or "" when absent
	// (null in JSON).
	Country string
}

// Country is a country the article refers to.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code.
	Code string `json:"code"`
	// Name is the country's usual English name.
	Name string `json:"name"`
	// Mentions are its names, short forms, demonyms and capitals in the text.
	Mentions []Mention `json:"mentions"`
}

// Organization is an organisation the article names.
type Organization struct {
	// Name is the fullest form of the name used in the text.
	Name string
	// Acronym is the acronym the text gives for it, or "" when absent (null
	// in JSON).
	Acronym string
	// Country is the ISO 3166-1 alpha-2 code of the country it belongs to,
	// or "" when absent (null in JSON).
	Country string
	// Mentions are its names and acronyms in the text.
	Mentions []Mention
	// Confidence in [0, 1] (see entity.Organization.Confidence).
	Confidence float64
}

// Topic is a topic the article discusses.
type Topic struct {
	// Label is the topic's label in the taxonomy.
	Label string `json:"label"`
	// Score in [0, 1] grows with the weight of the evidence.
	Score float64 `json:"score"`
	// Evidence are the sentences that support the label.
	Evidence []Mention `json:"evidence"`
}

// The event types: the values of Event.Type (the JSON "type").
const (
	Call    = event.Call
	Meeting = event.Meeting
	Letter  = event.Letter
)

// Event is a diplomatic engagement between named people.
type Event struct {
	// Type is Call, Meeting or Letter.
	Type string
	// Participants are the people's names, sorted.
	Participants []string
	// Initiator is who placed the call or wrote the letter, as the text
	// says, or "" when absent (null in JSON).
	Initiator string
	// When is the day or date as the text words it, or "" when absent (null
	// in JSON).
	When string
	// Date is the day the engagement took place, YYYY-MM-DD, when the text
	// fixes it, or "" when absent (null in JSON).
	Date string
	// Rule names the rule that found the event: a row of the event stage's
	// rule table, extract/internal/event/data/triggers.tsv. It is not part
	// of the JSON form; the command prints it with -explain.
	Rule string
	// Evidence is the sentence that states the event.
	Evidence Mention
}

// Person returns the person of r whose Name is name, or nil: an event's
// participants and initiator are people's names, so that
// r.Person(ev.Initiator) reaches the caller's offices, country and mentions.
func (r *Result) Person(name string) *Person {
	if name == "" {
		return nil
	}
	for i := range r.People {
		if r.People[i].Name == name {
			return &r.People[i]
		}
	}
	return nil
}

// MarshalJSON encodes the result in the JSON form of the package doc.
func (r Result) MarshalJSON() ([]byte, error) { return r.appendJSON(make([]byte, 0, 4096)) }

// MarshalJSON encodes the person in the JSON form of the package doc.
func (p Person) MarshalJSON() ([]byte, error) { return p.appendJSON(nil) }

// MarshalJSON encodes the office in the JSON form of the package doc.
func (o Office) MarshalJSON() ([]byte, error) { return o.appendJSON(nil), nil }

// MarshalJSON encodes the event in the JSON form of the package doc.
func (e Event) MarshalJSON() ([]byte, error) { return e.appendJSON(nil), nil }

// MarshalJSON encodes the dateline in the JSON form of the package doc.
func (d Dateline) MarshalJSON() ([]byte, error) { return d.appendJSON(nil), nil }

// MarshalJSON encodes the country in the JSON form of the package doc.
func (c Country) MarshalJSON() ([]byte, error) { return c.appendJSON(nil), nil }

// MarshalJSON encodes the organisation in the JSON form of the package doc.
func (o Organization) MarshalJSON() ([]byte, error) { return o.appendJSON(nil) }

// MarshalJSON encodes the topic in the JSON form of the package doc.
func (t Topic) MarshalJSON() ([]byte, error) { return t.appendJSON(nil) }
