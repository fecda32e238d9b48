// Package corpus counts what many articles report: engagements by day and
// type, by pair of countries and by person, and articles by topic and week,
// with a compact table of every engagement that points back at its article
// and evidence sentence. It reads extract.Results only, never texts, so the
// figures of a run can be drawn from its JSON output (extract/OUTPUT.md) as
// well as from the Results in memory.
//
// The keys are defined once, here, for every consumer (the corpus page of
// package extract/html and examples/extract, and the tables of
// examples/beam --aggregates):
//
//   - the day of an engagement (EventDate): the event's own date
//     (events[].date), else the article's publication date, else none;
//   - its pairs of countries (Pairs): every pair of distinct countries among
//     its participants, each participant's country as the article gives it;
//     a participant with no country adds none, and an engagement within one
//     country has no pair;
//   - the week of an article's topics (TopicWeek): the Monday of the ISO
//     week of its publication date, else none.
//
// Every engagement an article reports counts once: two articles that report
// the same call count it twice, as two reports.
//
// A person is known across articles by their name as extracted
// (people[].name): "Ishaq Dar" and "Mohammad Ishaq Dar" are two rows.
//
// The functions are pure and safe for concurrent use; a Corpus is not (add
// to it from one goroutine). Dates are YYYY-MM-DD strings, as in a Result.
package corpus
