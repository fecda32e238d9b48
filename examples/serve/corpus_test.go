package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
	"github.com/readout/readout/extract/html"
)

// scaleArticles is the size of the corpus the corpus page must carry: it
// renders in under 2 s in Chromium and weighs under 10 MB.
const scaleArticles = 10_000

// syntheticResults returns n invented results, as a year of news would give
// them: 150 countries, 4,000 people (a few far more often in the news than
// the rest), 3 to 8 people, 0 to 6 engagements and 0 to 3 topics an
// article, four in five articles dated, half the engagements on a day of
// their own. Each result's evidence spans point into a text that does not
// exist: the corpus page never reads texts.
func syntheticResults(n int) []*extract.Result {
	rng := rand.New(rand.NewPCG(25, 2031))
	var countries []string
	for i := 0; len(countries) < 150; i++ {
		countries = append(countries, string(rune('A'+i/26%26))+string(rune('A'+i%26)))
	}
	offices := []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister",
		"Ambassador", "National Security Advisor", "Finance Minister", "Chief of Army Staff", "Interior Minister"}
	type person struct{ name, country, office string }
	people := make([]person, 4000)
	for i := range people {
		people[i] = person{fmt.Sprintf("Person%04d Surname%d", i, i%97), countries[rng.IntN(len(countries))], offices[rng.IntN(len(offices))]}
	}
	// A person's chance to be in an article falls with their number.
	zipf := rand.NewZipf(rand.New(rand.NewPCG(1, 2)), 1.2, 4, uint64(len(people)-1))
	labels := []string{"trade", "counterterrorism", "minerals", "energy", "climate", "migration",
		"security", "health", "fisheries", "technology", "elections", "sanctions"}
	types := []string{extract.Call, extract.Meeting, extract.Meeting, extract.Call, extract.Letter}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*extract.Result, n)
	for i := range out {
		r := &extract.Result{ID: fmt.Sprintf("%s/article-%05d", start.Format("2006"), i)}
		day := start.AddDate(0, 0, rng.IntN(365))
		if rng.IntN(5) > 0 {
			r.Published = day.Format("2006-01-02")
		}
		seen := map[int]bool{}
		for k := 3 + rng.IntN(6); len(r.People) < k; {
			j := int(zipf.Uint64())
			if seen[j] {
				continue
			}
			seen[j] = true
			p := people[j]
			r.People = append(r.People, extract.Person{Name: p.name, Country: p.country,
				Offices: []extract.Office{{Title: p.office, Country: p.country}}})
			r.Countries = append(r.Countries, extract.Country{Code: p.country, Name: "Country " + p.country})
		}
		for e, k := 0, rng.IntN(7); e < k; e++ {
			a, b := rng.IntN(len(r.People)), rng.IntN(len(r.People)-1)
			if b >= a {
				b++
			}
			ev := extract.Event{Type: types[rng.IntN(len(types))],
				Participants: []string{r.People[a].Name, r.People[b].Name},
				Evidence:     extract.Mention{Span: extract.Span{Start: 200 * e, End: 200*e + 150}}}
			if rng.IntN(10) == 0 {
				c := rng.IntN(len(r.People))
				if c != a && c != b {
					ev.Participants = append(ev.Participants, r.People[c].Name)
				}
			}
			if rng.IntN(2) == 0 {
				ev.Initiator = ev.Participants[0]
			}
			if rng.IntN(2) == 0 {
				ev.Date = day.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02")
			}
			slices.Sort(ev.Participants)
			r.Events = append(r.Events, ev)
		}
		for t, k := 0, rng.IntN(4); t < k; t++ {
			r.Topics = append(r.Topics, extract.Topic{Label: labels[rng.IntN(len(labels))], Score: 0.5})
		}
		out[i] = r
	}
	return out
}

// scalePage returns the corpus page of n synthetic results.
func scalePage(t testing.TB, n int) ([]byte, *corpus.Summary) {
	t.Helper()
	var c corpus.Corpus
	for i, r := range syntheticResults(n) {
		c.Add(r.ID, "a"+strconv.Itoa(i)+".html", r, nil)
	}
	s := c.Summary()
	var b bytes.Buffer
	if err := html.WriteCorpus(&b, plural(n, "synthetic article"), s, html.CorpusOptions{ArticleList: "articles.html"}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// The corpus page of 10,000 articles stays under 10 MB.
func TestCorpusPageSize(t *testing.T) {
	page, s := scalePage(t, scaleArticles)
	if len(s.Engagements) < 2*scaleArticles || len(s.People) < 2000 || len(s.Pairs) < 2000 {
		t.Fatalf("the synthetic corpus is too small to measure: %d engagements, %d people, %d pairs",
			len(s.Engagements), len(s.People), len(s.Pairs))
	}
	const limit = 10 << 20
	if len(page) > limit {
		t.Errorf("the corpus page of %d articles is %d bytes, over %d", scaleArticles, len(page), limit)
	}
	data := bytes.Index(page, []byte(`<script type="application/json"`))
	t.Logf("%d articles, %d engagements, %d people, %d pairs, %d days: page %.2f MB (data %.2f MB)",
		scaleArticles, len(s.Engagements), len(s.People), len(s.Pairs), len(s.Days),
		float64(len(page))/(1<<20), float64(len(page)-data)/(1<<20))
}

// TestBrowserCorpusScale measures how long Chromium, started and past its
// first page, takes to render the corpus page of 10,000 synthetic articles,
// three times, and to redraw it for a range of days. It reports and does not judge (a wall-clock threshold would make
// a flaky test): READOUT_SCALE=1 go test -run TestBrowserCorpusScale -v ./examples/serve
func TestBrowserCorpusScale(t *testing.T) {
	if os.Getenv("READOUT_SCALE") == "" {
		t.Skip("set READOUT_SCALE=1 to measure the corpus page of 10,000 articles")
	}
	page, s := scalePage(t, scaleArticles)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "blank.html"), []byte("<!DOCTYPE html><title>blank</title><script>0</script>"), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(ts.Close)
	ctx := startBrowser(t)
	failOnExceptions(t, ctx)
	type timing struct {
		Ready, Load, Paint float64 // ms from the start of navigation
	}
	// The browser is started and has shown a page, as a reader's would be.
	// The renderer's main thread counts its time in CPU time (thread
	// ticks): on a loaded machine the wall clock says more of the load than
	// of the page.
	err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/blank.html"), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	for run := 1; run <= 3; run++ {
		before := mainThread(t, ctx)
		err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`html[data-ready="1"] #ro-range`)))
		if err != nil {
			t.Fatal(err)
		}
		tm := await[timing](t, ctx, `new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done({
			Ready: performance.getEntriesByName("ro-ready")[0].startTime,
			Load: performance.getEntriesByType("navigation")[0].loadEventEnd,
			Paint: performance.now()}))))`)
		cpu := mainThread(t, ctx)
		if cpu >= before { // the same document's counters: else a new one's, from 0
			cpu -= before
		}
		before = mainThread(t, ctx)
		// A range of a month, typed: every table is redrawn.
		redraw := await[float64](t, ctx, `new Promise(done => {
			const t0 = performance.now(), from = document.getElementById("ro-from"), to = document.getElementById("ro-to");
			from.value = "2025-03-01"; from.dispatchEvent(new Event("change"));
			to.value = "2025-03-31"; to.dispatchEvent(new Event("change"));
			requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
		})`)
		redrawCPU := mainThread(t, ctx) - before
		shown := eval[string](t, ctx, `document.getElementById("ro-showing").textContent`)
		if !strings.Contains(shown, "from 2025-03-01 to 2025-03-31") {
			t.Errorf("after the range: %q", shown)
		}
		t.Logf("run %d: script ready %.0f ms, load %.0f ms, painted %.0f ms after the start of navigation (main thread CPU %.0f ms); a month's range redrawn in %.0f ms (CPU %.0f ms) (%s)",
			run, tm.Ready, tm.Load, tm.Paint, cpu, redraw, redrawCPU, shown)
	}
	t.Logf("%d articles, %d engagements: page %.2f MB", scaleArticles, len(s.Engagements), float64(len(page))/(1<<20))
}

// mainThread returns the time the page's renderer has spent in tasks on its
// main thread, in milliseconds of CPU time.
func mainThread(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	var ms float64
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		res, err := cdp.Call(ctx, tg, performance.GetMetrics, cdp.Empty{})
		for _, m := range res.Metrics {
			if m.Name == "TaskDuration" {
				ms = m.Value * 1000
			}
		}
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// await returns the value of a JavaScript promise in the page.
func await[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}
