package main

import (
	"encoding/csv"
	"slices"
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
)

// engagementKeys returns one key "date,country_a,country_b" (a < b, as CSV)
// for each pair of distinct countries among the participants of each event
// with a date (events[].date). Events with no date, and participants with no
// country, add nothing; an event of three countries adds three pairs.
func engagementKeys(r *extract.Result) []string {
	country := make(map[string]string, len(r.People))
	for _, p := range r.People {
		country[p.Name] = p.Country
	}
	var keys []string
	for _, ev := range r.Events {
		if ev.Date == "" {
			continue
		}
		var cs []string
		for _, name := range ev.Participants {
			if c := country[name]; c != "" {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		cs = slices.Compact(cs)
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				keys = append(keys, csvLine(ev.Date, cs[i], cs[j]))
			}
		}
	}
	return keys
}

// topicKeys returns one key "date,topic" (as CSV) for each topic of an
// article with a publication date: topics are counted per article and day.
func topicKeys(r *extract.Result) []string {
	if r.Published == "" {
		return nil
	}
	var keys []string
	for _, t := range r.Topics {
		keys = append(keys, csvLine(r.Published, t.Label))
	}
	return keys
}

// csvRow appends a count to a key made by csvLine.
func csvRow(key string, n int) string {
	return key + "," + strconv.Itoa(n)
}

// csvLine returns fields as one CSV record without its newline.
func csvLine(fields ...string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(fields) // cannot fail: a strings.Builder
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}
