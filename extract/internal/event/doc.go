// Package event is Readout's event stage: it finds the diplomatic engagements
// (calls, meetings, letters) between the people the entity stage found, who
// initiated them when the text says so, and when they took place.
//
// It is internal to package extract, which runs it after the entity and
// topic stages and turns its annotations into extract.Event, the one public
// event type; Event here is the stage's annotation on a pipeline.Doc.
//
// The engagement vocabulary is data. data/triggers.tsv is a table of rules:
// for a trigger word (or words around it) the event type, how the parties
// are read (the subjects and objects of a verb, the subjects of a verb of
// talking and whom it was with, or the people of a noun's clause), where the
// initiator sits, and the conditions and contexts that cancel it ("called
// for", "called on X to"). The word sets the passes read
// (plan words, clause bounds, attendees' cues, pronouns) are lists of
// pipeline/wordlist/data/event.txt, where every stage's word lists live.
// Both are embedded and read once; a bad row is an error that names the
// file and line. A new way of reporting a call is one row in the
// table and one case in testdata/cases.txt; each event names its rule.
//
// For each sentence the stage runs, in this order (Stage.Annotate): the
// triggers (match.go), less plans, wishes and engagements called off, and the
// triggers in the clause of a plan (plan.go), and photo captions
// (caption.go); for each trigger, its parties in the clause that holds it
// (parties.go): the subjects and objects of a verb, whom a verb of talking
// was with or to, a noun's complements or owner, with speakers ("..., Z
// said"), attendees, couriers and describers left out; resolved through
// "he", "his", "they", "the two leaders", "his counterpart", "the call"
// (coref.go) and the entity stage's layer of people, whose mentions include
// titles such as "the foreign minister"; and its initiator (initiator.go).
// The same engagement told again is merged, several told at once are split
// ("separate calls with Y and Z", calls to leaders of different countries,
// "with Y and later with Z"), and two on different days are kept apart
// (merge.go). Last, each event's day, the one its clause names nearest the
// trigger, is resolved against the article's date (when.go).
//
// An engagement is reported only when the body says it happened: "a call is
// expected next week", "will meet", "plans to write", "called for talks", "a
// possible meeting" and "the meeting was scrapped" are no events, and
// neither are "called on Israel to" or "so-called". One engagement reported
// several times (the headline, the lead, a later recap) is one event; one
// that only a headline, a heading or a caption reports (Sentence.Heading,
// Header.Lines) is none; its evidence is the first sentence of the body that
// states it.
//
// Spans are byte offsets into the Doc's text. A Stage is immutable and safe
// for concurrent use; it needs the entity stage to have run before it.
package event
