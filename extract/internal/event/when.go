package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/pipeline"
)

// whenRef is the time of an engagement as a sentence words it.
type whenRef struct {
	text    string     // as the text words it: "Tuesday", "April 8", "yesterday"
	weekday int        // 1 (Sunday) to 7 (Saturday) for a weekday, else 0
	rel     int        // days before the article's date for "yesterday" (1) and "today" (0); -1 if none
	month   time.Month // for a date
	day     int
	year    int // 0 when the text gives none
}

// when returns the day or date that clause s gives for the trigger at
// ("Wednesday", "July", "April 8", "8 April 2025", "yesterday"): of the
// days the clause names, the nearest to the trigger, but for those nearer
// to another trigger of the clause; the date of the dateline ("Lima, May 20:") only when
// the clause names no other day.
func (f *finder) when(s pipeline.Sentence, at int) whenRef {
	best, dist := whenRef{rel: -1}, -1
	dateline := whenRef{rel: -1}
	lead := f.d.Header.DatelineLead
	for i := s.FirstToken; i < s.EndToken; i++ {
		if f.sets[i]&dateBit == 0 {
			continue
		}
		w, ok := f.dateAt(i, s)
		if !ok {
			continue
		}
		if lead.Len() > 0 && lead.Contains(f.toks[i].Span) {
			if dateline.text == "" {
				dateline = w
			}
			continue
		}
		d := abs(i - at)
		if dist >= 0 && d >= dist || f.nearerTrigger(s, i, at, d) {
			continue
		}
		best, dist = w, d
	}
	if dist < 0 {
		// "Lima, 8 April 2025: X met Y": the dateline's date, when the
		// clause names no other day.
		return dateline
	}
	return best
}

// nearerTrigger reports whether a trigger of clause s other than at stands
// nearer to token i than d tokens; d is at most a clause's width.
func (f *finder) nearerTrigger(s pipeline.Sentence, i, at, d int) bool {
	for k := max(s.FirstToken, i-d+1); k < i+d && k < s.EndToken; k++ {
		if k != at && f.here[k] {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dateAt returns the day or date that starts at token i of sentence s, if
// one does: "yesterday", "today", a weekday (with the date after it, if
// any: "Tuesday, April 8"), a date ("April 8, 2025", "8 April"), a month
// after "in", "on" or "since".
func (f *finder) dateAt(i int, s pipeline.Sentence) (whenRef, bool) {
	t := &f.toks[i]
	switch {
	case t.Kind == pipeline.Number:
		// "on 8 April": a day number before the month.
		if len(t.Text) <= 2 && i+1 < s.EndToken && f.toks[i+1].IsMonth() && f.toks[i+1].IsCap() {
			if d := f.calendarDate(i, s.EndToken); d.month != 0 {
				d.text = f.d.Text[t.Start:f.dateEnd(i, s.EndToken)]
				return d, true
			}
		}
		return whenRef{}, false
	case t.Kind != pipeline.Word:
		return whenRef{}, false
	}
	switch t.Lower {
	case "yesterday":
		return whenRef{text: t.Text, rel: 1}, true
	case "today":
		return whenRef{text: t.Text, rel: 0}, true
	}
	if !t.IsCap() {
		return whenRef{}, false
	}
	if t.IsWeekday() {
		w := whenRef{text: t.Text, weekday: weekdayNumber(t.Lower), rel: -1}
		// "Tuesday, April 8, 2025", "Tuesday 8 April": the date itself.
		k := i + 1
		if k < s.EndToken && f.toks[k].Norm == "," {
			k++
		}
		if d := f.calendarDate(k, s.EndToken); d.month != 0 {
			d.text = f.d.Text[t.Start:f.dateEnd(k, s.EndToken)]
			return d, true
		}
		return w, true
	}
	if t.IsMonth() && (t.Lower != "may" || i+1 < s.EndToken && f.toks[i+1].Kind == pipeline.Number) {
		if d := f.calendarDate(i, s.EndToken); d.month != 0 {
			d.text = f.d.Text[t.Start:f.dateEnd(i, s.EndToken)]
			return d, true
		}
		if i > s.FirstToken && (f.toks[i-1].Lower == "in" || f.toks[i-1].Lower == "on" || f.toks[i-1].Lower == "since") {
			return whenRef{text: t.Text, rel: -1}, true
		}
	}
	return whenRef{}, false
}

// calendarDate reads a calendar date starting at token i: "April 8", "April 8,
// 2025", "8 April 2025", "8th April". The zero whenRef if none.
func (f *finder) calendarDate(i, end int) whenRef {
	tok := func(k int) *pipeline.Token {
		if k < end {
			return &f.toks[k]
		}
		return &pipeline.Token{}
	}
	var w whenRef
	k := i
	if m, ok := monthOf(tok(k)); ok && tok(k).IsCap() {
		d, ok := dayOf(tok(k + 1).Text)
		if !ok {
			return whenRef{}
		}
		w.month, w.day, k = m, d, k+2
	} else if d, ok := dayOf(tok(k).Text); ok && tok(k).Kind == pipeline.Number {
		m, ok := monthOf(tok(k + 1))
		if !ok || !tok(k+1).IsCap() {
			return whenRef{}
		}
		w.month, w.day, k = m, d, k+2
	} else {
		return whenRef{}
	}
	if tok(k).Norm == "," {
		k++
	}
	if tok(k).Kind == pipeline.Number && len(tok(k).Text) == 4 {
		if y, err := strconv.Atoi(tok(k).Text); err == nil {
			w.year = y
		}
	}
	w.rel = -1
	return w
}

// dateEnd returns the end offset of the date that calendarDate reads at token i.
func (f *finder) dateEnd(i, end int) int {
	e := f.toks[min(i+1, end-1)].End
	k := i + 2
	if k < end && f.toks[k].Norm == "," {
		k++
	}
	if k < end && f.toks[k].Kind == pipeline.Number && len(f.toks[k].Text) == 4 {
		e = f.toks[k].End
	}
	return e
}

// monthOf returns the month a token names in full ("April", "may").
func monthOf(t *pipeline.Token) (time.Month, bool) {
	if !t.IsMonth() {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(m.String(), t.Lower) {
			return m, true
		}
	}
	return 0, false
}

// dayOf reads a day of the month: "8", "08", "8th".
func dayOf(s string) (int, bool) {
	s = strings.TrimRight(strings.ToLower(s), "stndrh")
	if s == "" || s[0] != '+' && s[0] != '-' && (s[0] < '0' || s[0] > '9') {
		return 0, false // what strconv.Atoi refuses, without building its error
	}
	d, err := strconv.Atoi(s)
	return d, err == nil && d >= 1 && d <= 31
}

// weekdayNumber returns the day of the week whose lower-case name starts
// with the first three bytes of w (all of a shorter w), as
// time.Weekday+1 (Sunday 1), or 0 for none.
func weekdayNumber(w string) int {
	p := w[:min(3, len(w))]
	for d, name := range weekdayNames {
		if strings.HasPrefix(name, p) {
			return d + 1
		}
	}
	return 0
}

// weekdayNames are the lower-case names of the days of the week, by
// time.Weekday: weekdayNumber reads them with no lower-casing a call.
var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// articleDate returns the article's own date: its publication date, else
// "" (the header gives the date of a dateline as the publication date).
func articleDate(d *pipeline.Doc) string { return d.Header.Published }

// baseDate is the article's date (articleDate) as a time, read once per
// document: every comparison of two days counts from it.
type baseDate struct {
	t  time.Time
	ok bool // the article has a date, YYYY-MM-DD
}

// parseBase reads the article's date base (YYYY-MM-DD or "").
func parseBase(base string) baseDate {
	if base == "" { // no date to count from (and no error to build)
		return baseDate{}
	}
	t, err := time.Parse("2006-01-02", base)
	return baseDate{t: t, ok: err == nil}
}

// resolve returns the day w names as YYYY-MM-DD, counted from the article's
// date b: a weekday is the latest such day on or before b, "yesterday" the
// day before, "today" b; a full date as stated, a day and month in b's year
// (or the year before, if that puts it after b). "" when w fixes no day or
// there is nothing to count from.
func (w whenRef) resolve(b baseDate) string {
	if t, ok := w.date(b); ok {
		return t.Format("2006-01-02")
	}
	return ""
}

// date is resolve's day as a time (midnight UTC), and false where resolve
// gives "".
func (w whenRef) date(b baseDate) (time.Time, bool) {
	if w.month != 0 && w.year != 0 {
		return civil(w.year, w.month, w.day)
	}
	if !b.ok {
		return time.Time{}, false
	}
	switch {
	case w.month != 0:
		y := b.t.Year()
		if time.Date(y, w.month, w.day, 0, 0, 0, 0, time.UTC).After(b.t) {
			y--
		}
		return civil(y, w.month, w.day)
	case w.weekday != 0:
		back := (int(b.t.Weekday()) - (w.weekday - 1) + 7) % 7
		return b.t.AddDate(0, 0, -back), true
	case w.rel >= 0 && w.text != "":
		return b.t.AddDate(0, 0, -w.rel), true
	}
	return time.Time{}, false
}

// civil returns a date, or false if it does not exist (February 30).
func civil(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// sameDay reports whether v and w may name the same day, counted from b:
// false only when both fix a day and the days differ ("Monday" and
// "Wednesday", "April 7" and "April 9"); a day that resolves and one that
// does not ("6 August 2025" and "yesterday" with no article date) may be
// the same, and so may two of different kinds when there is no date to
// count from ("today" and "Thursday").
func (w whenRef) sameDay(v whenRef, b baseDate) bool {
	x, xok := w.date(b)
	y, yok := v.date(b)
	if xok || yok {
		return !xok || !yok || x.Equal(y)
	}
	// No date to count from: two days of one kind differ when they are
	// not the same ("Monday" and "Wednesday"); "today" and "Thursday" may
	// be the same day.
	switch {
	case w.weekday != 0 && v.weekday != 0:
		return w.weekday == v.weekday
	case w.day != 0 && v.day != 0:
		return w.day == v.day && w.month == v.month
	case w.rel >= 0 && w.text != "" && v.rel >= 0 && v.text != "":
		return w.rel == v.rel
	}
	return true
}

// fixesDay reports whether w names a day: a weekday, a date, yesterday, today.
func (w whenRef) fixesDay() bool {
	return w.weekday != 0 || w.day != 0 || w.rel >= 0 && w.text != ""
}
