package extract

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/topic"
)

// DefaultMaxBytes is the largest text Extract accepts unless WithMaxBytes says
// otherwise.
const DefaultMaxBytes = 16 << 20

var (
	// ErrTooLarge is returned for a text longer than the Extractor's limit.
	ErrTooLarge = errors.New("extract: text too large")
	// ErrInvalidInput is returned for a text that is not UTF-8 prose: invalid
	// UTF-8 or NUL bytes.
	ErrInvalidInput = errors.New("extract: invalid input")
	// ErrBadOption is returned by New for an option with a bad value.
	ErrBadOption = errors.New("extract: bad option")
)

// An Option configures an Extractor: one of the With... functions below.
// Options are values; a nil Option is ignored, so that a slice of options
// may hold optional ones. An option with a bad value makes New fail with
// ErrBadOption.
type Option interface {
	apply(*config) error
}

// option is an Option made of a function.
type option func(*config) error

func (o option) apply(c *config) error { return o(c) }

// config is what the options set; its zero value is the default.
type config struct {
	maxBytes    int // 0: DefaultMaxBytes
	taxonomies  []*topic.Taxonomy
	noDefault   bool
	known       [][]entity.KnownPerson // each WithKnownPeople's, not copied: the stage copies them once
	peopleFiles []string               // WithKnownPeopleFile's
	ner         entity.NER
	memory      *Memory
	memoryMode  MemoryMode
	noPasses    []string // entity passes turned off (WithoutPasses)
	noRules     []string // event rules turned off (WithoutPasses)
}

// WithNER adds a statistical named-entity model as one more signal for
// names that stand alone (see entity.WithNER); package entity/ner wraps
// prose's: extract.WithNER(ner.New()). It is off by default: it makes
// extraction many times slower, and a program that does not use it does not
// link the model.
func WithNER(m entity.NER) Option {
	return option(func(c *config) error {
		if m == nil {
			return fmt.Errorf("%w: WithNER(nil)", ErrBadOption)
		}
		c.ner = m
		return nil
	})
}

// WithMaxBytes sets the largest text Extract accepts (default DefaultMaxBytes).
func WithMaxBytes(n int) Option {
	return option(func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("%w: WithMaxBytes(%d): limit must be positive", ErrBadOption, n)
		}
		c.maxBytes = n
		return nil
	})
}

// WithTaxonomy adds a topic taxonomy beside the built-in one; its labels must
// not repeat the built-in labels. Build it with topic.Parse or
// topic.LoadFile.
func WithTaxonomy(t *topic.Taxonomy) Option {
	return option(func(c *config) error {
		if t == nil {
			return fmt.Errorf("%w: WithTaxonomy(nil)", ErrBadOption)
		}
		c.taxonomies = append(c.taxonomies, t)
		return nil
	})
}

// WithoutDefaultTopics drops the built-in taxonomy, leaving only those added
// with WithTaxonomy (none: no topics).
func WithoutDefaultTopics() Option {
	return option(func(c *config) error {
		c.noDefault = true
		return nil
	})
}

// WithKnownPeople adds people found by name, for a caller's own domain. The
// default Extractor knows no person by name.
func WithKnownPeople(people ...entity.KnownPerson) Option {
	return option(func(c *config) error {
		c.known = append(c.known, people)
		return nil
	})
}

// WithKnownPeopleFile adds the known people of a CSV or JSON Lines file
// (see entity.LoadPeopleFile for the formats), read once when New builds
// the Extractor, with no copy of the list: the way to load a large file. A
// bad file makes New fail with an error that wraps entity.ErrBadPeople and
// names the file, line and field.
func WithKnownPeopleFile(path string) Option {
	return option(func(c *config) error {
		c.peopleFiles = append(c.peopleFiles, path)
		return nil
	})
}

// Extractor reads articles. It is immutable and safe for concurrent use.
type Extractor struct {
	maxBytes int
	parser   *pipeline.Parser
	chain    pipeline.Chain
	memory   *Memory // nil unless WithMemory
	memMode  MemoryMode
	// docs holds the *pipeline.Doc each Extract parses into and hands
	// back once its Result is built, so that a document's tokens and
	// sentences are written into an earlier document's memory.
	docs sync.Pool
}

// maxPooledTokens is the largest token slice, in tokens, a Doc keeps in
// Extractor.docs (about 5 MB): the Doc of a huge text is let go, not kept
// for the texts of common size that follow.
const maxPooledTokens = 1 << 16

// doc returns an empty Doc to parse into, from e.docs when it has one.
func (e *Extractor) doc() *pipeline.Doc {
	if d, ok := e.docs.Get().(*pipeline.Doc); ok {
		return d
	}
	return new(pipeline.Doc)
}

// release empties d and hands it back to e.docs. Nothing of d may be used
// after: a Result holds only substrings of the text and its own slices,
// never d's tokens, sentences or annotations.
func (e *Extractor) release(d *pipeline.Doc) {
	if cap(d.Tokens) > maxPooledTokens {
		return
	}
	d.Reset()
	e.docs.Put(d)
}

// New builds an Extractor: it loads and compiles every table and taxonomy,
// so that Extract does no set-up work.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o.apply(&c); err != nil {
			return nil, err
		}
	}
	if c.maxBytes == 0 {
		c.maxBytes = DefaultMaxBytes
	}
	var entOpts []entity.Option
	for _, path := range c.peopleFiles {
		entOpts = append(entOpts, entity.WithPeopleFile(path))
	}
	for _, people := range c.known {
		entOpts = append(entOpts, entity.WithKnownPeople(people...))
	}
	if c.ner != nil {
		entOpts = append(entOpts, entity.WithNER(c.ner))
	}
	if len(c.noPasses) > 0 {
		entOpts = append(entOpts, entity.WithoutPasses(c.noPasses...))
	}
	ents, err := entity.New(entOpts...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadOption, err)
	}
	taxes := c.taxonomies
	if !c.noDefault {
		taxes = append([]*topic.Taxonomy{topic.Default()}, taxes...)
	}
	tax, err := topic.Merge(taxes...)
	if err != nil {
		return nil, err
	}
	var evOpts []event.Option
	if len(c.noRules) > 0 {
		evOpts = append(evOpts, event.WithoutRules(c.noRules...))
	}
	evs, err := event.NewStage(evOpts...)
	if err != nil {
		if len(c.noRules) > 0 {
			return nil, fmt.Errorf("%w: %w", ErrBadOption, err)
		}
		return nil, err
	}
	return &Extractor{
		maxBytes: c.maxBytes,
		parser:   pipeline.NewParser(pipeline.WithPlaces(ents)),
		chain:    pipeline.Chain{ents, topic.NewStage(tax), evs},
		memory:   c.memory,
		memMode:  c.memoryMode,
	}, nil
}

// Extract reads one article. id is the caller's document id, copied into the
// result. It returns ErrTooLarge or ErrInvalidInput (wrapped, with detail) for
// text it refuses, and ctx's error if ctx ends first. Empty or blank text
// gives an empty result. With WithMemory, the memory fills the result and
// learns from it before Extract returns.
func (e *Extractor) Extract(ctx context.Context, id, text string) (*Result, error) {
	r, facts, err := e.extract(ctx, id, text)
	if err != nil {
		return nil, err
	}
	e.remember(id, r, facts)
	return r, nil
}

// remember hands r and its facts to the memory, if any.
func (e *Extractor) remember(id string, r *Result, facts []personFacts) {
	if e.memory != nil && r != nil {
		e.memory.remember(e.memMode, id, r, facts)
	}
}

// extract reads one article, and, with a memory, the facts the memory
// reads of its people.
func (e *Extractor) extract(ctx context.Context, id, text string) (*Result, []personFacts, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err // before scanning up to the limit's bytes for nothing
	}
	if err := e.check(text); err != nil {
		return nil, nil, err
	}
	d := e.doc()
	defer e.release(d)
	if err := e.parser.ParseInto(ctx, d, text); err != nil {
		return nil, nil, err
	}
	if err := e.chain.Run(ctx, d); err != nil {
		return nil, nil, err
	}
	r, facts := e.result(id, d)
	return r, facts, nil
}

// check refuses a text longer than e's limit, or one with a NUL byte or
// bytes that are not UTF-8, saying where the first bad byte is.
func (e *Extractor) check(text string) error {
	if len(text) > e.maxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), e.maxBytes)
	}
	// Nearly every text is good: strings.IndexByte and utf8.ValidString
	// read it many bytes at a time; badByte, byte by byte, runs only to
	// say where a text goes wrong.
	if strings.IndexByte(text, 0) < 0 && utf8.ValidString(text) {
		return nil
	}
	return badByte(text)
}

// badByte returns the error for text's first NUL byte or byte that is not
// UTF-8, whichever comes first, or nil if it has none.
func badByte(text string) error {
	for i := 0; i < len(text); {
		c := text[i]
		if c == 0 {
			return fmt.Errorf("%w: NUL byte at offset %d (binary data?)", ErrInvalidInput, i)
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("%w: invalid UTF-8 at offset %d", ErrInvalidInput, i)
		}
		i += size
	}
	return nil
}

func (e *Extractor) result(id string, d *pipeline.Doc) (*Result, []personFacts) {
	ents := entity.From(d)
	topics, events := topic.From(d), event.From(d)
	// Every mention, office and participant of the result is carved out of
	// one slice of each, counted first: a handful of allocations a document
	// instead of one an append.
	nMentions, nOffices, nParts := 0, 0, 0
	for _, p := range ents.People {
		nMentions += len(p.Mentions)
		nOffices += len(p.Offices)
	}
	for _, c := range ents.Countries {
		nMentions += len(c.Mentions)
	}
	for _, o := range ents.Organizations {
		nMentions += len(o.Mentions)
	}
	for _, m := range topics {
		nMentions += len(m.Evidence)
	}
	for _, ev := range events {
		nParts += len(ev.Participants)
	}
	mentions := make([]Mention, 0, nMentions)
	offices := make([]Office, 0, nOffices)
	parts := make([]string, 0, nParts)
	mention := func(s pipeline.Span) Mention { return Mention{Text: s.In(d.Text), Span: s} }
	// start marks where a part's mentions begin; carve returns those added
	// since, capped so that an append to them cannot reach the next part's.
	start := func() int { return len(mentions) }
	carve := func(from int) []Mention { return mentions[from:len(mentions):len(mentions)] }

	// The Result and its Dateline are one allocation.
	block := new(struct {
		r Result
		d Dateline
	})
	r := &block.r
	*r = Result{ID: id, Published: d.Header.Published,
		People: make([]Person, 0, len(ents.People)), Countries: make([]Country, 0, len(ents.Countries)),
		Organizations: make([]Organization, 0, len(ents.Organizations)),
		Topics:        make([]Topic, 0, len(topics)), Events: make([]Event, 0, len(events))}
	var facts []personFacts
	if e.memory != nil {
		facts = make([]personFacts, 0, len(ents.People))
	}
	if ents.Dateline != nil {
		block.d = Dateline{Place: ents.Dateline.Place, Country: ents.Dateline.Country,
			Mention: mention(ents.Dateline.Span)}
		r.Dateline = &block.d
	}
	for _, p := range ents.People {
		out := Person{Name: p.Name, Country: p.Country, Confidence: p.Confidence}
		if p.Known != nil {
			out.KnownID = p.Known.ID
		}
		switch {
		case p.Country == "":
		case p.Known != nil && p.Known.Country == p.Country:
			out.CountrySource = FromKnown
		default:
			out.CountrySource = FromText
		}
		from := len(offices)
		for _, o := range p.Offices {
			offices = append(offices, Office{Title: o.Title, Country: o.Country})
		}
		out.Offices = offices[from:len(offices):len(offices)]
		k := start()
		for _, m := range p.Mentions {
			mentions = append(mentions, mention(m.Span))
		}
		out.Mentions = carve(k)
		if e.memory != nil {
			texts := make([]string, len(out.Mentions))
			for i, m := range out.Mentions {
				texts[i] = m.Text
			}
			facts = append(facts, factsOf(p.Name, texts, p.CountryStated && out.CountrySource == FromText))
		}
		r.People = append(r.People, out)
	}
	for _, c := range ents.Countries {
		k := start()
		for _, m := range c.Mentions {
			mentions = append(mentions, mention(m.Span))
		}
		r.Countries = append(r.Countries, Country{Code: c.Code, Name: c.Name, Mentions: carve(k)})
	}
	for _, o := range ents.Organizations {
		k := start()
		for _, m := range o.Mentions {
			mentions = append(mentions, mention(m.Span))
		}
		r.Organizations = append(r.Organizations, Organization{Name: o.Name, Acronym: o.Acronym, Country: o.Country,
			Mentions: carve(k), Confidence: o.Confidence})
	}
	for _, m := range topics {
		k := start()
		for _, s := range m.Evidence {
			mentions = append(mentions, mention(s))
		}
		r.Topics = append(r.Topics, Topic{Label: m.Label, Score: m.Score, Evidence: carve(k)})
	}
	for _, ev := range events {
		from := len(parts)
		parts = append(parts, ev.Participants...)
		ps := parts[from:len(parts):len(parts)]
		sort.Strings(ps)
		r.Events = append(r.Events, Event{Type: ev.Type, Participants: ps,
			Initiator: ev.Initiator, When: ev.When, Date: ev.Date, Rule: ev.Rule, Evidence: mention(ev.Evidence)})
	}
	return r, facts
}
