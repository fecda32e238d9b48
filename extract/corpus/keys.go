package corpus

import (
	"slices"
	"time"

	"github.com/readout/readout/extract"
)

// dateLayout is the form of every date in a Result and here.
const dateLayout = "2006-01-02"

// Pair is a pair of distinct countries, ISO 3166-1 alpha-2 codes, A < B.
type Pair struct {
	A, B string
}

// PairKey is what one engagement adds to the table of engagements by day and
// pair of countries: one key per pair of its countries.
type PairKey struct {
	// Date is EventDate's: "" when the engagement has no day.
	Date string
	Pair
}

// TopicKey is what one article adds to the table of articles by week and
// topic: one key per topic it discusses.
type TopicKey struct {
	// Week is TopicWeek's: "" when the article has no publication date.
	Week  string
	Topic string
}

// EventDate returns the day e is counted on: e.Date, else the publication
// date of r (the article that reports it), else "". A value that is not a
// valid YYYY-MM-DD date counts as absent.
func EventDate(r *extract.Result, e *extract.Event) string {
	if validDate(e.Date) {
		return e.Date
	}
	if validDate(r.Published) {
		return r.Published
	}
	return ""
}

// Countries returns the distinct countries of e's participants, sorted, each
// participant's country as r gives it (people[].country); a participant with
// no country, or who is not among r's people, adds none.
func Countries(r *extract.Result, e *extract.Event) []string {
	var cs []string
	for _, name := range e.Participants {
		if p := r.Person(name); p != nil && p.Country != "" {
			cs = append(cs, p.Country)
		}
	}
	slices.Sort(cs)
	return slices.Compact(cs)
}

// Pairs returns every pair of distinct countries among e's participants
// (Countries), in order: an engagement of three countries has three pairs,
// one within a single country none.
func Pairs(r *extract.Result, e *extract.Event) []Pair {
	return pairsOf(Countries(r, e))
}

// pairsOf returns the pairs of the sorted, distinct countries cs.
func pairsOf(cs []string) []Pair {
	var out []Pair
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			out = append(out, Pair{cs[i], cs[j]})
		}
	}
	return out
}

// Week returns the Monday that starts the ISO week of date, YYYY-MM-DD, or
// "" when date is not a valid date.
func Week(date string) string {
	t, err := time.Parse(dateLayout, date)
	if err != nil {
		return ""
	}
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -back).Format(dateLayout)
}

// TopicWeek returns the week r's topics are counted in: the Week of its
// publication date, or "" when it states none.
func TopicWeek(r *extract.Result) string {
	return Week(r.Published)
}

// PairKeys returns the keys r adds to the table of engagements by day and
// pair: one per pair of each of its events (Pairs), on the event's day
// (EventDate), in the order of the events. Counting equal keys over a corpus
// gives its table.
func PairKeys(r *extract.Result) []PairKey {
	var keys []PairKey
	for i := range r.Events {
		e := &r.Events[i]
		date := EventDate(r, e)
		for _, p := range Pairs(r, e) {
			keys = append(keys, PairKey{Date: date, Pair: p})
		}
	}
	return keys
}

// TopicKeys returns the keys r adds to the table of articles by week and
// topic: one per distinct topic label, in the week of TopicWeek. Counting
// equal keys over a corpus gives its table.
func TopicKeys(r *extract.Result) []TopicKey {
	week := TopicWeek(r)
	var keys []TopicKey
	for _, t := range r.Topics {
		k := TopicKey{Week: week, Topic: t.Label}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

func validDate(s string) bool {
	if len(s) != len(dateLayout) {
		return false
	}
	_, err := time.Parse(dateLayout, s)
	return err == nil
}
