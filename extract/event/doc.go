// Package event is Readout's event stage: it finds the diplomatic engagements
// (calls, meetings, letters) between the people the entity stage found, who
// initiated them when the text says so, and when they took place.
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
