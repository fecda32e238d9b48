// Package pipeline is Readout's text model: it turns an article into a Doc of
// sentences and tokens, marks the boilerplate that is not part of the article,
// and runs the chain of stages (entities, topics, events) that annotate a Doc.
//
// Every position is a half-open byte offset into the exact input text, so that
// text[Start:End] is always the text a token, sentence or mark claims. Normalised
// forms (straight quotes, lower case) live in their own fields and never move an
// offset.
//
// Articles often arrive as scraped pages: the page around the article (site
// banners, bylines, captions and credits, share bars, cookie notices, lists of
// other stories) is marked as Boilerplate with its kind, and no stage takes an
// entity, a topic's evidence or an event from it. The header pass reads the
// lines above the body (headline, standfirst, captions and credits, bylines,
// date lines) for the dateline and the publication date, and tells the
// headline and caption lines among them apart (Header.Lines). A Parser built
// with WithPlaces checks dateline candidates against a gazetteer.
//
// Parse and a Parser are safe for concurrent use. A Doc belongs to the call that made it: the
// stages of one chain annotate it in turn, and it must not be shared between
// goroutines while they do.
package pipeline

import (
	"context"
	"fmt"
)

// Span is a half-open range [Start, End) of byte offsets into a text.
// The zero Span is empty. It is the one span type of the module: tokens,
// sentences, boilerplate lines, entity mentions and extract's result types
// embed it. In JSON it is {"start", "end"}.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the part of text the span covers.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Kind says what sort of token a Token is.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota + 1 // contains a letter: "Pakistan", "U.S.", "’s", "2021-era"
	Number                 // starts with a digit: "2025", "1,000", "3.5"
	Punct                  // a single punctuation or symbol rune: "," "(" "’" "$"
)

// Token is one word, number or punctuation mark of a text.
type Token struct {
	Span
	// Text is the token as it stands in the input: text[Start:End].
	Text string
	// Norm is Text with curly quotes, apostrophes and Unicode hyphens replaced by
	// their ASCII forms; it equals Text for most tokens.
	Norm string
	// Lower is Norm in lower case.
	Lower string
	// Kind says whether the token is a word, a number or punctuation.
	Kind Kind
	// SpaceBefore reports whether white space (or the start of the text) comes
	// right before the token; it is false inside "counter-terrorism" and "DPM/FM".
	SpaceBefore bool
	// cal says whether the word names a weekday or a month, set once by the
	// tokeniser (IsWeekday, IsMonth).
	cal calendar
	// lex holds the word's shape, set once by the tokeniser (IsCap,
	// IsAllCaps). It sits in the struct's padding: a Token is 80 bytes
	// with it as without it.
	lex lexFlags
	// Hash is wordlist.Hash(Lower), of every token, words or not, computed
	// once by the tokeniser as it reads the token, so that the stages'
	// word indexes (keyed on wordlist.Hash) find a token's word without
	// hashing it again. It too sits in the padding.
	Hash uint32
	// Sentence is the index of the sentence the token belongs to.
	Sentence int
}

// IsCap reports whether the token is a word that starts with an upper-case
// letter. The tokeniser decides it once per token.
func (t *Token) IsCap() bool { return t.lex&capStart != 0 }

// IsAllCaps reports whether the token is a word of at least two letters and
// no lower-case letter ("US", "NSA", "U.S."). The tokeniser decides it once
// per token.
func (t *Token) IsAllCaps() bool { return t.lex&allCaps != 0 }

// IsWeekday reports whether the token is the name of a day of the week, in
// any case ("Monday", "tuesday"). The tokeniser decides it once per token.
func (t *Token) IsWeekday() bool { return t.cal == weekday }

// IsMonth reports whether the token is the full name of a month, in any case
// ("July", "may"); abbreviations ("Jul.") are not. The tokeniser decides it
// once per token.
func (t *Token) IsMonth() bool { return t.cal == month }

// IsPossessive reports whether the token is a possessive ending split off
// its word: "’s" in "Pakistan’s", "’" in "the countries’".
func (t *Token) IsPossessive() bool { return t.Lower == "'s" || t.Norm == "'" && !t.SpaceBefore }

// Sentence is a run of tokens that ends at a full stop, a question or
// exclamation mark, or the end of a line or paragraph.
type Sentence struct {
	Span
	// FirstToken and EndToken delimit the sentence's tokens:
	// Doc.Tokens[FirstToken:EndToken].
	FirstToken, EndToken int
	// Boilerplate reports whether the sentence lies in a boilerplate line.
	Boilerplate bool
	// Heading reports whether the sentence is a line of its own that reads
	// as a headline or a heading: at most 25 words, not ending as a
	// sentence ends ("Minister X meets Y in Rome"). A stage that must not
	// take a fact from a headline alone reads it.
	Heading bool
}

// BoilerplateKind says why a line is not part of the article.
type BoilerplateKind uint8

// The kinds of boilerplate.
const (
	Banner    BoilerplateKind = iota + 1 // a site banner: "| Welcome to Global Village Space"
	Byline                               // "By: Agencies", "By Staff Reporter"
	Related                              // "Read More: ...", "Also Read: ..."
	SignOff                              // an agency sign-off on its own line: "IANS", "(Reuters)"
	Chrome                               // site chrome: menus, share and print bars, footers: "Advertisement", "Skip to main content"
	Caption                              // a photo caption or credit: "FILE - ...", "(Photo: A. Lee / Getty Images)"
	Notice                               // a cookie, consent or subscription notice
	StoryList                            // a list of other stories, with its heading: "Latest News", "Must Read"
	Markup                               // HTML a browser never shows: a <script> or <style> element, a <!-- comment --> (markup.go)
)

var boilerplateNames = [...]string{"", "banner", "byline", "related", "sign-off", "chrome", "caption", "notice", "story-list", "markup"}

// String returns the kind's name: "banner", "byline", "related", "sign-off",
// "chrome", "caption", "notice", "story-list" or "markup".
func (k BoilerplateKind) String() string {
	if int(k) < len(boilerplateNames) && k > 0 {
		return boilerplateNames[k]
	}
	return fmt.Sprintf("BoilerplateKind(%d)", int(k))
}

// Boilerplate marks a line that is not part of the article. Its span covers
// the line without its line break, or, for a line only part of which is
// markup (Markup), that part or another part of the line.
type Boilerplate struct {
	Span
	Kind BoilerplateKind
}

// Doc is a parsed article: its text, tokens, sentences, boilerplate marks and
// header, and the annotations the stages add.
type Doc struct {
	// Text is the exact input; every span refers to it.
	Text string
	// Tokens are all tokens of the text, in order, boilerplate included.
	Tokens []Token
	// Sentences are all sentences, in order; each token belongs to exactly one.
	Sentences []Sentence
	// Boilerplate lists the lines that are not part of the article, in order.
	Boilerplate []Boilerplate
	// Header holds what the top of the article says about itself.
	Header Header

	values []keyValue
}

// Header is what the top of an article says about itself.
type Header struct {
	// Dateline is the place of a dateline that opens the body's first
	// paragraph ("ISLAMABAD:", "Berlin (dpa) -", "Nairobi, March 3 (Reuters)
	// -"), without its punctuation, a site name or a weekday before it; the
	// zero Span if none.
	Dateline Span
	// DatelineLead is the whole dateline: from the start of its line, with
	// any source tag or site name, through its date, agency tag and
	// separator ("Berlin (dpa) -"); the zero Span if none. No stage takes
	// a person or an organisation from it.
	DatelineLead Span
	// Published is the publication date the article's own date line states,
	// as YYYY-MM-DD, or "" when no full date with a year is given. A
	// "Published" date beats an "Updated" one, and a site banner's date
	// above the headline counts only when no other is given; dates in
	// boilerplate (captions, lists of other stories) never count.
	Published string
	// PublishedSpan is where Published is stated.
	PublishedSpan Span
	// Lines are the article's lines above its body that read as a
	// headline or as a caption, in order (see HeaderLineKind); date
	// lines, bylines, boilerplate and the body's lines are not among
	// them. It is empty when the body opens the page, and when the first
	// lines do not show where the body starts (an article of short lines
	// with no dateline).
	Lines []HeaderLine
}

// HeaderLineKind says what a line above an article's body is.
type HeaderLineKind uint8

// The kinds of lines above the body.
const (
	// HeadlineLine reads as a headline, not a sentence: the headline, a
	// sub-headline, a caption's title, a source's name. Its words are
	// capitalised as a headline's are, so a capital letter in it is no
	// evidence of a name.
	HeadlineLine HeaderLineKind = iota + 1
	// CaptionLine is a paragraph above the body that a date line, a
	// byline, a photo credit or its own copy follows: a photo's caption
	// or a standfirst. Its people are the body's, as a rule.
	CaptionLine
)

var headerLineNames = [...]string{"", "headline", "caption"}

// String returns the kind's name: "headline" or "caption".
func (k HeaderLineKind) String() string {
	if int(k) < len(headerLineNames) && k > 0 {
		return headerLineNames[k]
	}
	return fmt.Sprintf("HeaderLineKind(%d)", int(k))
}

// HeaderLine is a line above the article's body: its span, without its
// line break (or, for a line that opens with a date, from where the line
// goes on after it), and its kind.
type HeaderLine struct {
	Span
	Kind HeaderLineKind
}

type keyValue struct {
	key, value any
}

// SetValue stores a stage's annotation under key, replacing any earlier value.
// Packages use an unexported key type and a typed accessor, as with
// context.Context values.
func (d *Doc) SetValue(key, value any) {
	for i := range d.values {
		if d.values[i].key == key {
			d.values[i].value = value
			return
		}
	}
	d.values = append(d.values, keyValue{key, value})
}

// Reset empties d for ParseInto: no text, tokens, sentences, marks, header
// or annotations. It lets go of the stages' annotations and keeps the
// memory of its tokens, sentences and marks, which the next ParseInto
// writes over.
func (d *Doc) Reset() {
	clear(d.values)
	*d = Doc{Tokens: d.Tokens[:0], Sentences: d.Sentences[:0], Boilerplate: d.Boilerplate[:0],
		values: d.values[:0]}
}

// Value returns the annotation stored under key, or nil.
func (d *Doc) Value(key any) any {
	for _, kv := range d.values {
		if kv.key == key {
			return kv.value
		}
	}
	return nil
}

// InBoilerplate reports whether token i lies in a boilerplate line.
func (d *Doc) InBoilerplate(i int) bool {
	return d.Sentences[d.Tokens[i].Sentence].Boilerplate
}

// Stage annotates a Doc. A stage reads the tokens and the annotations of the
// stages before it and adds its own with Doc.SetValue; it never re-tokenises.
// A Stage must be safe for concurrent use on different Docs.
type Stage interface {
	// Name names the stage in errors ("entities", "topics").
	Name() string
	// Annotate adds the stage's annotations to d.
	Annotate(ctx context.Context, d *Doc) error
}

// Chain is a sequence of stages run in order.
type Chain []Stage

// Run runs each stage on d in turn. It stops at the first error, which it
// wraps with the stage's name, and checks ctx before each stage.
func (c Chain) Run(ctx context.Context, d *Doc) error {
	for _, s := range c {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Annotate(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}
