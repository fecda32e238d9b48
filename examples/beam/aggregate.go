package main

import (
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
)

// engagementKeys returns one key "date,country_a,country_b" (as CSV) for
// each pair of countries of each event of r: corpus.PairKeys, the
// definition the corpus page of examples/extract counts by too. The date is
// the event's own, else the article's publication date, else empty.
func engagementKeys(r *extract.Result) []string {
	var keys []string
	for _, k := range corpus.PairKeys(r) {
		keys = append(keys, csvLine(k.Date, k.A, k.B))
	}
	return keys
}

// topicKeys returns one key "week,topic" (as CSV) for each topic of r:
// corpus.TopicKeys, counted per article and week (the Monday of its
// publication date's ISO week; empty when it states none).
func topicKeys(r *extract.Result) []string {
	var keys []string
	for _, k := range corpus.TopicKeys(r) {
		keys = append(keys, csvLine(k.Week, k.Topic))
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
