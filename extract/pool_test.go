package extract_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/extract"
)

// TestPooledDocs checks that a Result does not hold on to the memory of the
// Doc it was built from, which the Extractor parses the next texts into: two
// results, encoded as they come, encode the same after 100 extractions of
// other texts in goroutines (some of them cut short or refused), and every
// mention still quotes its own text.
func TestPooledDocs(t *testing.T) {
	ex := newExtractor(t)
	ids, texts := seedTexts(t)
	ctx := context.Background()
	type kept struct {
		text string
		json []byte
		r    *extract.Result
	}
	var keep []kept
	for _, id := range []string{ids[0], ids[len(ids)-1]} {
		r, err := ex.Extract(ctx, id, texts[id])
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		keep = append(keep, kept{texts[id], b, r})
	}
	others := []string{readHard(t, "html.txt"), readHard(t, "mixed_scripts.txt"), "", "Dar \xff met Rubio.",
		strings.Repeat("Foreign Minister Ishaq Dar met Secretary of State Marco Rubio in Washington. ", 300)}
	for _, id := range ids {
		others = append(others, strings.ToUpper(texts[id]), texts[id][len(texts[id])/3:])
	}
	var wg sync.WaitGroup
	for g := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := ctx
			if g%10 == 9 {
				// A context that has ended: the Doc goes back to the
				// pool with the text half read.
				c, cancel := context.WithCancel(ctx)
				cancel()
				ctx = c
			}
			_, _ = ex.Extract(ctx, "other", others[g%len(others)]) // only what it does to the pool matters
		}()
	}
	wg.Wait()
	for k, kp := range keep {
		b, err := json.Marshal(kp.r)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(kp.json) {
			t.Errorf("result %d changed after later extractions:\n got %.400s\nwant %.400s", k, b, kp.json)
		}
		var ms []extract.Mention
		for _, p := range kp.r.People {
			ms = append(ms, p.Mentions...)
		}
		for _, c := range kp.r.Countries {
			ms = append(ms, c.Mentions...)
		}
		for _, o := range kp.r.Organizations {
			ms = append(ms, o.Mentions...)
		}
		for _, tp := range kp.r.Topics {
			ms = append(ms, tp.Evidence...)
		}
		for _, e := range kp.r.Events {
			ms = append(ms, e.Evidence)
		}
		if len(ms) == 0 {
			t.Fatalf("result %d has no mentions to check", k)
		}
		for _, m := range ms {
			if m.Text != kp.text[m.Start:m.End] {
				t.Errorf("result %d: mention %q at %d-%d, the text there reads %q", k, m.Text, m.Start, m.End, kp.text[m.Start:m.End])
			}
		}
	}
}
