package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// Intervals: how far a figure moves by chance. A set of a hundred articles
// is a sample; a figure computed on another sample of the same kind would
// differ. The bootstrap estimates by how much: it draws as many articles as
// the set has, with replacement, many times, scores each draw, and reports
// the range that holds the middle 95% of the draws' figures.

// The bootstrap's fixed settings, so that the output is deterministic.
const (
	resamples     = 1000
	bootstrapSeed = 20 // the seed of every run: same set, same intervals
)

// Interval is the range of a figure's middle 95% over bootstrap resamples
// of the articles.
type Interval struct {
	Low, High float64
}

// String is "low-high" with three decimals, or "" for a nil Interval.
func (iv *Interval) String() string {
	if iv == nil {
		return ""
	}
	return fmt.Sprintf("%.3f-%.3f", iv.Low, iv.High)
}

// AddIntervals sets the Interval of every F1 and accuracy row of rep, from
// perDoc, the reports of each document scored alone (Score of one Doc), in
// any order. Rows of other kinds keep none.
func AddIntervals(rep *Report, perDoc []*Report) {
	if len(perDoc) == 0 {
		return
	}
	// rows[d][m] is document d's row for metric m of rep (zero if it has none).
	rows := make([][]Metric, len(perDoc))
	for d, r := range perDoc {
		rows[d] = make([]Metric, len(rep.Metrics))
		for m, want := range rep.Metrics {
			rows[d][m], _ = r.Metric(want.Name)
		}
	}
	rng := rand.New(rand.NewPCG(bootstrapSeed, uint64(len(perDoc))))
	values := make([][]float64, len(rep.Metrics))
	sum := make([]Metric, len(rep.Metrics))
	for range resamples {
		for m := range sum {
			sum[m] = Metric{Kind: rep.Metrics[m].Kind}
		}
		for range perDoc {
			d := rng.IntN(len(perDoc))
			for m := range sum {
				x := &rows[d][m]
				sum[m].TP += x.TP
				sum[m].FP += x.FP
				sum[m].FN += x.FN
				sum[m].Correct += x.Correct
				sum[m].Total += x.Total
			}
		}
		for m := range sum {
			values[m] = append(values[m], sum[m].Value())
		}
	}
	for m := range rep.Metrics {
		if k := rep.Metrics[m].Kind; k != KindPRF && k != KindAccuracy {
			continue
		}
		v := values[m]
		slices.Sort(v)
		rep.Metrics[m].Interval = &Interval{Low: v[len(v)*25/1000], High: v[len(v)*975/1000-1]}
	}
}

// ScoreWithIntervals scores docs (Score) and adds the bootstrap intervals of
// its figures (AddIntervals).
func ScoreWithIntervals(docs []Doc, opts Options) *Report {
	rep := Score(docs, opts)
	perDoc := make([]*Report, len(docs))
	for i := range docs {
		perDoc[i] = Score(docs[i:i+1], opts)
	}
	AddIntervals(rep, perDoc)
	return rep
}
