package main

import (
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
	"github.com/readout/readout/extract/html"
)

var update = flag.Bool("update", false, "copy the browser tests' screenshots to testdata/screenshot.png and testdata/corpus.png")

// browserArticle is an invented article, with non-ASCII text so that a
// wrong byte/character offset would show.
const browserArticle = `BRASÍLIA: Brazil’s Foreign Minister Tomás Ribeiro received a telephone call from Japanese Foreign Minister Kenji Mori on Wednesday, and the two discussed trade and climate cooperation.
Mr Ribeiro said Brasília valued its partnership with Tokyo and hoped to expand investment in clean energy.
Later in the week, Ribeiro met Chilean President Ana Solís in Santiago to discuss regional trade.
`

// hostileArticle tries to run script through the page.
const hostileArticle = `Kenya's Foreign Minister Amina Wekesa met Lars Tveit. <script>window.pwned = 1</script>
<img src=x onerror="window.pwned = 2"> "><svg onload="window.pwned = 3"> </textarea><script>window.pwned = 4</script>
<a href="javascript:window.pwned = 5" id="evil">click</a> <style>body{display:none}</style>
`

// startBrowser starts headless Chromium and returns a context to drive it.
// When Chromium is missing or cannot start, the test fails under CI (CI=true)
// and is skipped elsewhere, saying why.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	cannot := func(format string, args ...any) {
		t.Helper()
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			t.Fatalf("browser test: "+format, args...)
		}
		t.Skipf("browser test skipped: "+format, args...)
	}
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		cannot("no Chromium in PATH (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// The test's network is closed: without these, Chromium tries to
		// reach its services and misbehaves.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("font-render-hinting", "none"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		cannot("Chromium (%s) does not start: %v", path, err)
	}
	// A headless page need not have the window's focus (Chromium 148 gives
	// it none): without it, no element matches :focus and no focusin
	// fires, so the test of focusing a mention could not pass.
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	}))
	if err != nil {
		t.Fatalf("focus emulation: %v", err)
	}
	return ctx
}

// mark is a highlighted mention as the browser sees it.
type mark struct {
	Kind, Entity, Text string
	Start, End         int // the data-start and data-end attributes (bytes)
	Offset             int // where the element is in the article's text (UTF-16 units)
}

const marksJS = `(() => {
  const t = document.querySelector(".ro-text");
  return [...t.querySelectorAll(".m")].map(el => {
    const r = document.createRange();
    r.setStart(t, 0);
    r.setEndBefore(el);
    return {Kind: el.classList[1], Entity: el.dataset.e, Text: el.textContent,
      Start: +el.dataset.start, End: +el.dataset.end, Offset: r.toString().length};
  });
})()`

// submit pastes text into the page's text area, reads it, and waits for the view.
func submit(t *testing.T, ctx context.Context, url, text string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), text),
		chromedp.Click(chromedp.ID("read")),
		chromedp.WaitVisible(chromedp.CSS(".ro-view .ro-text")),
	)
	if err != nil {
		t.Fatal(err)
	}
}

// eval returns the value of a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func TestBrowser(t *testing.T) {
	began := time.Now()
	_, ts := testServer(t, config{})
	ctx := startBrowser(t)
	started := time.Now()

	// The people and countries of the article, each at its place.
	submit(t, ctx, ts.URL+"/", browserArticle)
	marks := eval[[]mark](t, ctx, marksJS)
	want := []struct {
		kind, text string
		nth        int // which occurrence of text
	}{
		{"per", "Tomás Ribeiro", 0}, {"per", "Ribeiro", 1}, {"per", "Ribeiro", 2},
		{"per", "Kenji Mori", 0}, {"per", "Ana Solís", 0},
		{"cty", "Brazil", 0}, {"cty", "Brasília", 0}, {"cty", "Japanese", 0}, {"cty", "Tokyo", 0},
		{"cty", "Chilean", 0}, {"cty", "Santiago", 0},
	}
	entity := map[string]string{} // the text of a person's first mention -> data-e
	for _, w := range want {
		start := nthIndex(browserArticle, w.text, w.nth)
		found := false
		for _, m := range marks {
			if m.Kind == w.kind && m.Start == start {
				found = true
				offset := len(utf16.Encode([]rune(browserArticle[:start])))
				if m.Text != w.text || m.End != start+len(w.text) || m.Offset != offset {
					t.Errorf("%s %q #%d: element %+v, want text %q at bytes %d-%d, offset %d",
						w.kind, w.text, w.nth, m, w.text, start, start+len(w.text), offset)
				}
				if w.kind == "per" && strings.HasSuffix(w.text, "Ribeiro") {
					entity[w.text+string(rune('0'+w.nth))] = m.Entity
				}
			}
		}
		if !found {
			t.Errorf("%s %q #%d (byte %d) is not highlighted; marks: %+v", w.kind, w.text, w.nth, start, marks)
		}
	}
	if e := entity["Tomás Ribeiro0"]; e == "" || entity["Ribeiro1"] != e || entity["Ribeiro2"] != e {
		t.Errorf("Ribeiro's mentions are not one person: %v", entity)
	}

	// Focusing a mention shows its tooltip and highlights the person's
	// other mentions (the view's script runs under the page's CSP).
	err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`.ro-text .m.per[data-start="`+strconv.Itoa(nthIndex(browserArticle, "Ribeiro", 1))+`"]`)))
	if err != nil {
		t.Fatal(err)
	}
	tip := eval[string](t, ctx, `getComputedStyle(document.activeElement, "::after").content`)
	linked := eval[int](t, ctx, `document.querySelectorAll(".ro-text .m.per.ro-hl").length`)
	if !strings.Contains(tip, "Tomás Ribeiro") || !strings.Contains(tip, "Foreign Minister") {
		t.Errorf("tooltip = %s, want the person's name and office", tip)
	}
	if linked != 3 {
		t.Errorf("%d mentions highlighted with the focused one, want Ribeiro's 3", linked)
	}

	// Selecting the call highlights its evidence sentence.
	callSentence := browserArticle[:strings.Index(browserArticle, "\n")]
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.ro-events li:first-child a`))); err != nil {
		t.Fatal(err)
	}
	selected := eval[string](t, ctx, `[...document.querySelectorAll(".ro-text .sent.ro-sel")].map(e => e.textContent).join("")`)
	targeted := eval[string](t, ctx, `(document.querySelector(".ro-text .sent:target") || {}).textContent || ""`)
	background := eval[string](t, ctx, `getComputedStyle(document.querySelector(".ro-text .sent.ro-sel")).backgroundColor`)
	if selected != callSentence || targeted != callSentence {
		t.Errorf("selected sentence %q (target %q), want %q", selected, targeted, callSentence)
	}
	if background != "rgb(253, 230, 138)" {
		t.Errorf("selected sentence background %s, want the highlight rgb(253, 230, 138)", background)
	}

	// A hostile article stays text: nothing in it runs or becomes markup.
	submit(t, ctx, ts.URL+"/", hostileArticle)
	pwned := eval[bool](t, ctx, `"pwned" in window`)
	images := eval[int](t, ctx, `document.querySelectorAll("img, svg, #evil, .ro-text *:not(span)").length`)
	scripts := eval[int](t, ctx, `document.scripts.length`)
	links := eval[int](t, ctx, `document.querySelectorAll(".ro-text a").length`)
	text := eval[string](t, ctx, `document.querySelector(".ro-text").textContent`)
	if pwned || images != 0 || scripts != 2 || links != 0 {
		t.Errorf("the hostile article ran or made markup: pwned %v, %d img/svg/link or other elements in the text, %d scripts (want the page's 2), %d links",
			pwned, images, scripts, links)
	}
	if !strings.Contains(text, `<script>window.pwned = 1</script>`) || !strings.Contains(text, `<img src=x onerror="window.pwned = 2">`) {
		t.Errorf("the hostile article is not shown as text: %q", text)
	}
	// The screenshot: the bundled article as the page first shows it, read,
	// with its call selected and a person's mention focused (its tooltip
	// shown, the person's other mentions highlighted).
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.Click(chromedp.ID("read")),
		chromedp.WaitVisible(chromedp.CSS(".ro-view .ro-text")),
		chromedp.Click(chromedp.CSS(`.ro-events li:first-child a`)),
		chromedp.Evaluate[chromedp.Void](`document.querySelectorAll(".ro-text .m.per")[1].focus({preventScroll: true}); window.scrollTo(0, 0)`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, `(() => {
		const a = document.getElementById("download"), json = document.getElementById("json").textContent;
		return a.download === "text.json" && a.href.startsWith("data:application/json;charset=utf-8,") &&
			decodeURIComponent(a.href.slice(a.href.indexOf(",") + 1)) === json + "\n" && JSON.parse(json).people.length > 0;
	})()`) {
		t.Errorf("the Download link does not hold the JSON shown")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".ro-text .m.per.ro-hl").length`); n < 2 {
		t.Errorf("bundled article: %d mentions highlighted with the focused one, want its person's mentions", n)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "screenshot.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)
	if *update {
		if err := os.WriteFile(filepath.Join("testdata", "screenshot.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// With scripts off the page still works: the form posts, the view
	// shows, and selecting an event highlights its sentence (:target).
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}),
		chromedp.Navigate(ts.URL+"/"),
		chromedp.Click(chromedp.ID("read")),
		chromedp.WaitVisible(chromedp.CSS(".ro-view .ro-text")),
		chromedp.Click(chromedp.CSS(`.ro-events li:first-child a`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".ro-sel, .ro-hl, #copy:not([hidden])").length`); n != 0 {
		t.Errorf("scripts off: %d elements changed by a script", n)
	}
	if bg := eval[string](t, ctx, `getComputedStyle(document.querySelector(".ro-text .sent:target")).backgroundColor`); bg != "rgb(253, 230, 138)" {
		t.Errorf("scripts off: the selected event's sentence has background %s, want rgb(253, 230, 138)", bg)
	}

	t.Logf("browser test: %v (Chromium start %v)", time.Since(began).Round(time.Millisecond), started.Sub(began).Round(time.Millisecond))
}

func nthIndex(s, sub string, n int) int {
	at := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(s[at+1:], sub)
		if j < 0 {
			return -1
		}
		at += 1 + j
	}
	return at
}

// hostileID is the id of the hostile article in the corpus test: ids come
// from the caller (a JSON Lines "id"), and the corpus page shows them.
const hostileID = `<script>window.pwned = 9</script>`

// corpusSite writes the pages of the seeds, the invented articles and the
// hostile article into a folder, as examples/extract -html does, and
// returns the folder and its figures.
func corpusSite(t *testing.T) (string, *corpus.Summary, map[string]*extract.Result) {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	site, err := html.NewSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/articles/*.txt")
	if len(paths) != 5 || len(more) < 10 {
		t.Fatalf("seeds %d, invented articles %d: testdata is missing", len(paths), len(more))
	}
	results := map[string]*extract.Result{}
	add := func(id, text string) {
		r, err := ex.Extract(context.Background(), id, text)
		if err != nil {
			t.Fatal(err)
		}
		href, err := site.Add(id, html.Doc{Text: text, Result: r}, nil)
		if err != nil {
			t.Fatal(err)
		}
		results[href] = r
	}
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		add(strings.TrimSuffix(filepath.Base(p), ".txt"), string(b))
	}
	add(hostileID, hostileArticle)
	if err := site.Close("Seeds and invented articles"); err != nil {
		t.Fatal(err)
	}
	return dir, site.Summary(), results
}

// row is a table row as the browser shows it.
type row []string

const rowsJS = `((sel) => [...document.querySelectorAll(sel)].map(tr => [...tr.cells].map(c => c.textContent)))`

func TestBrowserCorpus(t *testing.T) {
	began := time.Now()
	dir, s, results := corpusSite(t)
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(ts.Close)
	ctx := startBrowser(t)
	failOnExceptions(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`html[data-ready="1"] #ro-range`))); err != nil {
		t.Fatal(err)
	}
	name := map[string]string{}
	for _, c := range s.Countries {
		name[c.Code] = c.Name
	}
	events := 0
	for _, r := range results {
		events += len(r.Events)
	}
	if len(s.Engagements) != events || events < 30 {
		t.Fatalf("%d engagements in the figures, %d in the results", len(s.Engagements), events)
	}
	if got := eval[string](t, ctx, `document.getElementById("ro-showing").textContent`); got != strconv.Itoa(events)+" engagements" {
		t.Errorf("the page shows %q, want %d engagements", got, events)
	}

	// The timeline: one group of bars per day, each bar as tall as its
	// count, the tallest day's stack the full height.
	type bar struct {
		Day   string
		Kinds []string
		Tall  []float64
	}
	bars := eval[[]bar](t, ctx, `[...document.querySelectorAll("#ro-tl .ro-bars > g")].map(g => ({Day: g.dataset.d,
		Kinds: [...g.querySelectorAll("rect")].map(r => r.getAttribute("class")),
		Tall: [...g.querySelectorAll("rect")].map(r => r.getBBox().height)}))`)
	if len(bars) != len(s.Days) || len(bars) < 3 {
		t.Fatalf("%d days on the timeline, want %d", len(bars), len(s.Days))
	}
	most := 0
	for _, d := range s.Days {
		most = max(most, d.Total())
	}
	unit := 0.0
	for i, d := range s.Days {
		var wantKinds []string
		var counts []int
		for _, k := range []struct {
			n    int
			kind string
		}{{d.Calls, "call"}, {d.Meetings, "meeting"}, {d.Letters, "letter"}} {
			if k.n > 0 {
				wantKinds, counts = append(wantKinds, k.kind), append(counts, k.n)
			}
		}
		b := bars[i]
		if b.Day != d.Date || strings.Join(b.Kinds, " ") != strings.Join(wantKinds, " ") {
			t.Errorf("timeline day %d: %s %v, want %s %v", i, b.Day, b.Kinds, d.Date, wantKinds)
			continue
		}
		for j, n := range counts {
			if unit == 0 {
				unit = b.Tall[j] / float64(n)
			}
			if diff := b.Tall[j] - unit*float64(n); diff > 0.01 || diff < -0.01 {
				t.Errorf("timeline %s: the %s bar is %.2f tall for %d, want %.2f (%.2f per engagement)", d.Date, wantKinds[j], b.Tall[j], n, unit*float64(n), unit)
			}
		}
	}
	if full := float64(140-18-4) / float64(most); unit-full > 0.01 || full-unit > 0.01 {
		t.Errorf("timeline: %.2f per engagement, want the tallest day (%d) at full height, %.2f", unit, most, full)
	}

	// The pairs of countries and the matrix.
	pairs := eval[[]row](t, ctx, rowsJS+`("#ro-pairs tbody tr")`)
	if len(pairs) != len(s.Pairs) || len(pairs) < 5 {
		t.Fatalf("%d pairs shown, want %d", len(pairs), len(s.Pairs))
	}
	for i, p := range s.Pairs {
		want := row{name[p.A] + " – " + name[p.B] + " " + p.A + " " + p.B, strconv.Itoa(p.Engagements)}
		if diff := cmp.Diff(want, pairs[i]); diff != "" {
			t.Errorf("pair %d (-want +got):\n%s", i, diff)
		}
	}
	top := s.Pairs[0]
	cell := eval[string](t, ctx, `document.querySelector('#ro-matrix td[data-pair="0"]').textContent`)
	if cell != strconv.Itoa(top.Engagements) {
		t.Errorf("matrix cell of %v shows %q, want %d", top.Pair, cell, top.Engagements)
	}

	// The people, most engaged first.
	people := eval[[]row](t, ctx, rowsJS+`("#ro-people tbody tr")`)
	if len(people) != len(s.People) {
		t.Fatalf("%d people shown, want %d", len(people), len(s.People))
	}
	for i, p := range s.People[:10] {
		if people[i][0] != p.Name || people[i][3] != strconv.Itoa(p.Engagements) || people[i][4] != strconv.Itoa(p.Articles) ||
			!strings.Contains(people[i][1], p.Country) {
			t.Errorf("person %d: %q, want %s (%s) with %d engagements in %d articles", i, people[i], p.Name, p.Country, p.Engagements, p.Articles)
		}
	}

	// Selecting the top pair lists its engagements, by day, each linking
	// to its article at its evidence sentence.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-pairs tbody tr:first-child`))); err != nil {
		t.Fatal(err)
	}
	listed := eval[[]row](t, ctx, rowsJS+`("#ro-events tbody tr")`)
	if len(listed) != top.Engagements {
		t.Errorf("selecting %v lists %d engagements, want %d", top.Pair, len(listed), top.Engagements)
	}
	for _, r := range listed {
		if !strings.Contains(r[3], top.A) || !strings.Contains(r[3], top.B) {
			t.Errorf("engagement %q listed for %v", r, top.Pair)
		}
	}
	checkByDay(t, listed)
	if label := eval[string](t, ctx, `document.getElementById("ro-selection").textContent`); !strings.HasPrefix(label, name[top.A]+" – "+name[top.B]) {
		t.Errorf("selection label %q, want the pair's names", label)
	}
	// A cell of the matrix selects its pair too.
	second := s.Pairs[1]
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-matrix td[data-pair="1"]`))); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#ro-events tbody tr").length`); n != second.Engagements {
		t.Errorf("selecting the cell of %v lists %d engagements, want %d", second.Pair, n, second.Engagements)
	}
	// So does a person, whose engagements are listed by day.
	person := s.People[0]
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-people tbody tr:first-child`))); err != nil {
		t.Fatal(err)
	}
	listed = eval[[]row](t, ctx, rowsJS+`("#ro-events tbody tr")`)
	if len(listed) != person.Engagements {
		t.Errorf("selecting %s lists %d engagements, want %d", person.Name, len(listed), person.Engagements)
	}
	for _, r := range listed {
		if !strings.Contains(r[2], person.Name) {
			t.Errorf("engagement %q listed for %s", r, person.Name)
		}
	}
	checkByDay(t, listed)
	// Sorting the people by their articles.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-people th[data-sort="3"]`))); err != nil {
		t.Fatal(err)
	}
	people = eval[[]row](t, ctx, rowsJS+`("#ro-people tbody tr")`)
	for i := 1; i < len(people); i++ {
		a, _ := strconv.Atoi(people[i-1][4])
		b, _ := strconv.Atoi(people[i][4])
		if a < b {
			t.Fatalf("sorted by articles, row %d has %d after %d", i, b, a)
		}
	}

	// Brushing: a drag across the timeline from its first day to the middle
	// of its span keeps those days' engagements everywhere below.
	first, _ := time.Parse("2006-01-02", s.Days[0].Date)
	last, _ := time.Parse("2006-01-02", s.Days[len(s.Days)-1].Date)
	span := int(last.Sub(first).Hours()/24) + 1
	mid := first.AddDate(0, 0, span/2)
	box := eval[[]float64](t, ctx, `(() => { window.scrollTo(0, 0); const r = document.getElementById("ro-tl").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	x := func(day int) float64 { return box[0] + (float64(day)+0.5)/float64(span)*box[2] }
	y := box[1] + box[3]/2
	err := chromedp.Do(ctx,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x(0), y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x(span/4), y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x(span/2), y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
	)
	if err != nil {
		t.Fatal(err)
	}
	from, to := s.Days[0].Date, mid.Format("2006-01-02")
	if got := eval[[]string](t, ctx, `[document.getElementById("ro-from").value, document.getElementById("ro-to").value]`); got[0] != from || got[1] != to {
		t.Fatalf("the drag chose %v, want %s to %s", got, from, to)
	}
	inRange, pairCount := 0, map[int]int{}
	for _, e := range s.Engagements {
		if e.Date != "" && e.Date >= from && e.Date <= to {
			inRange++
			for _, p := range e.Pairs {
				pairCount[p]++
			}
		}
	}
	if inRange == 0 || inRange == events {
		t.Fatalf("the test's range holds %d of %d engagements: choose another", inRange, events)
	}
	if got := eval[string](t, ctx, `document.getElementById("ro-showing").textContent`); !strings.HasPrefix(got, strconv.Itoa(inRange)+" engagements from "+from+" to "+to) {
		t.Errorf("after the drag the page shows %q, want %d engagements from %s to %s", got, inRange, from, to)
	}
	pairs = eval[[]row](t, ctx, rowsJS+`("#ro-pairs tbody tr")`)
	if len(pairs) != len(pairCount) {
		t.Errorf("%d pairs in the range, want %d", len(pairs), len(pairCount))
	}
	for _, r := range pairs {
		var found bool
		for i, n := range pairCount {
			p := s.Pairs[i]
			if strings.HasSuffix(r[0], p.A+" "+p.B) {
				found = true
				if r[1] != strconv.Itoa(n) {
					t.Errorf("pair %s in the range: %s engagements, want %d", r[0], r[1], n)
				}
			}
		}
		if !found {
			t.Errorf("pair %q shown, not in the range", r)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-unselect`))); err != nil {
		t.Fatal(err)
	}
	listed = eval[[]row](t, ctx, rowsJS+`("#ro-events tbody tr")`)
	for _, r := range listed {
		if r[0] < from || r[0] > to {
			t.Errorf("engagement of %s listed for the range %s to %s", r[0], from, to)
		}
	}
	if len(listed) != inRange {
		t.Errorf("%d engagements listed in the range, want %d", len(listed), inRange)
	}
	weeks := eval[[]string](t, ctx, `[...document.querySelectorAll("#ro-topics-chart rect[data-w]:not(.ro-out)")].map(r => r.dataset.w)`)
	for _, w := range weeks {
		if wk, _ := time.Parse("2006-01-02", w); wk.AddDate(0, 0, 6).Format("2006-01-02") < from || w > to {
			t.Errorf("topic week %s kept for the range %s to %s", w, from, to)
		}
	}

	// The screenshot: all days, the top pair selected.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#ro-all`)),
		chromedp.Click(chromedp.CSS(`#ro-pairs tbody tr:first-child`)),
		chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`),
	)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, ctx, "corpus.png", chromedp.CaptureScreenshot())

	// The hostile article's id is text on the corpus page, and its page
	// shows its <script> as text.
	if eval[bool](t, ctx, `"pwned" in window`) {
		t.Errorf("the corpus page ran the hostile article's script")
	}
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll(".ro-articles tbody tr td:first-child")].map(td => td.textContent)`)
	if !slices.Contains(ids, hostileID) {
		t.Errorf("the hostile id is not shown as text among %q", ids)
	}
	if n := eval[int](t, ctx, `document.scripts.length`); n != 2 {
		t.Errorf("%d scripts on the corpus page, want its 2", n)
	}

	// Following an engagement's link opens its article at its evidence
	// sentence.
	href := eval[string](t, ctx, `document.querySelector("#ro-events tbody a").getAttribute("href")`)
	page, anchor, _ := strings.Cut(href, "#")
	var evidence string
	for _, e := range results[page].Events {
		if "ro-s"+strconv.Itoa(e.Evidence.Start)+"-"+strconv.Itoa(e.Evidence.End) == anchor {
			evidence = e.Evidence.Text
		}
	}
	if evidence == "" {
		t.Fatalf("link %s names no evidence sentence of %s", href, page)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#ro-events tbody a`)), chromedp.WaitVisible(chromedp.CSS(`.ro-text`))); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `(document.querySelector(".ro-text .sent:target") || {}).textContent || ""`); got != evidence {
		t.Errorf("the link %s opens at %q, want the evidence %q", href, got, evidence)
	}
	if top := eval[float64](t, ctx, `document.querySelector(".ro-text .sent:target").getBoundingClientRect().top`); top < 0 || top > 1000 {
		t.Errorf("the evidence sentence is at %.0f px, not in view", top)
	}
	var hostile string
	for href, r := range results {
		if r.ID == hostileID {
			hostile = href
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"+hostile), chromedp.WaitVisible(chromedp.CSS(`.ro-text`))); err != nil {
		t.Fatal(err)
	}
	if text := eval[string](t, ctx, `document.querySelector(".ro-text").textContent`); !strings.Contains(text, "<script>window.pwned = 1</script>") {
		t.Errorf("the hostile article's page does not show its <script> as text: %q", text)
	}
	if eval[bool](t, ctx, `"pwned" in window`) || eval[int](t, ctx, `document.querySelectorAll(".ro-text script, .ro-text img").length`) != 0 {
		t.Errorf("the hostile article's page ran its script or made its markup")
	}

	// With scripts off the corpus page still shows its tables.
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}),
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#ro-pairs`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := eval[[]int](t, ctx, `["#ro-pairs tbody tr", "#ro-people tbody tr", "#ro-events tbody tr", "#ro-tl .ro-bars > g", ".ro-articles tbody tr"].map(s => document.querySelectorAll(s).length)`); !slices.Equal(got, []int{len(s.Pairs), len(s.People), len(s.Engagements), len(s.Days), len(s.Articles)}) {
		t.Errorf("scripts off: %v pairs, people, engagements, days and articles, want %d %d %d %d %d", got, len(s.Pairs), len(s.People), len(s.Engagements), len(s.Days), len(s.Articles))
	}
	if eval[bool](t, ctx, `!document.getElementById("ro-range").hidden`) {
		t.Errorf("scripts off: the range form, which needs the script, is shown")
	}
	// A corpus with no engagement at all: the page's script runs, and the
	// range says so.
	var empty corpus.Corpus
	empty.Add("quiet", "", &extract.Result{ID: "quiet"}, nil)
	var b strings.Builder
	if err := html.WriteCorpus(&b, "Quiet", empty.Summary(), html.CorpusOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.html"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
			return err
		}),
		chromedp.Navigate(ts.URL+"/empty.html"),
		chromedp.WaitVisible(chromedp.CSS(`html[data-ready="1"] #ro-range`)),
		chromedp.SetValue(chromedp.CSS(`#ro-from`), "2031-01-01"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("ro-from").dispatchEvent(new Event("change"))`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.getElementById("ro-showing").textContent`); !strings.HasPrefix(got, "0 engagements from 2031-01-01") {
		t.Errorf("empty corpus: the range shows %q", got)
	}
	t.Logf("corpus browser test: %v", time.Since(began).Round(time.Millisecond))
}

// failOnExceptions fails t for every exception a page's script throws.
func failOnExceptions(t *testing.T, ctx context.Context) {
	t.Helper()
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			t.Errorf("the page's script threw at %s:%d: %s", d.URL, d.LineNumber, msg)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkByDay fails t unless the listed engagements are by day, those with
// no day last.
func checkByDay(t *testing.T, rows []row) {
	t.Helper()
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1][0], rows[i][0]
		if b != "no day" && (a == "no day" || a > b) {
			t.Errorf("engagements not by day: %s before %s", a, b)
		}
	}
}

// saveScreenshot takes a screenshot (a PNG) into the test's temp dir and,
// with -update, into testdata/name.
func saveScreenshot(t *testing.T, ctx context.Context, name string, take chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(ctx, take)
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)
	if *update {
		if err := os.WriteFile(filepath.Join("testdata", name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
