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
// are read (the subject and objects of a verb, or the people of a noun's
// clause), where the initiator sits, and the conditions and contexts that
// cancel it ("called for", "is calling"). data/words.txt holds the word sets
// the passes read (plan words, clause bounds, attendees' cues, pronouns).
// Both are embedded and read once by NewStage; a bad row is an error that
// names the file and line. A new way of reporting a call is one row in the
// table and one case in testdata/cases.txt; each event names its rule.
//
// For each sentence the stage runs, in this order (Stage.Annotate): the
// triggers (match.go), less plans (plan.go); for each trigger, its parties in
// the clause that holds it (parties.go), resolved through "he", "his", "the
// two leaders", "the call" (coref.go), and its initiator (initiator.go); the
// same engagement told again is merged, several told at once are split, and
// two on different days are kept apart (merge.go). Last, each event's day is
// resolved against the article's date (when.go).
//
// An engagement is reported only when the text says it happened: "a call is
// expected next week", "will meet" and "plans to write" are no events, and
// neither are "called for restraint", "calls on Israel to" or "so-called".
// One engagement reported several times (the headline, the lead, a later
// recap) is one event; its evidence is the first sentence that states it.
//
// Spans are byte offsets into the Doc's text. A Stage is immutable and safe
// for concurrent use; it needs the entity stage to have run before it.
package event
