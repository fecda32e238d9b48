package main

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var update = flag.Bool("update", false, "copy the browser test's screenshot to testdata/screenshot.png")

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
