package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/topic"
)

// hangBound is how long one extraction may take before a test calls it a
// hang. It is deliberately generous: the race detector slows the pipeline
// tenfold, and no test asserts a speed.
const hangBound = 60 * time.Second

// newExtractor builds the default Extractor or fails the test.
func newExtractor(t testing.TB, opts ...extract.Option) *extract.Extractor {
	t.Helper()
	ex, err := extract.New(opts...)
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return ex
}

// seedTexts returns the seed articles by id, in id order.
func seedTexts(t testing.TB) (ids []string, texts map[string]string) {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	texts = map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		ids = append(ids, id)
		texts[id] = string(b)
	}
	return ids, texts
}

// checkResult checks what every Result must satisfy whatever its text: every
// span lies within text and covers exactly its Text, every list is non-nil,
// every event's participants are people of the result and its initiator one
// of them, and the result encodes as JSON (valid UTF-8, lists as [] not
// null).
func checkResult(t testing.TB, text string, r *extract.Result) {
	t.Helper()
	if r == nil {
		t.Fatal("nil result without an error")
	}
	span := func(where string, m extract.Mention) {
		t.Helper()
		if m.Start < 0 || m.End > len(text) || m.Start > m.End {
			t.Errorf("%s: span [%d,%d) out of bounds (len %d), text %.40q", where, m.Start, m.End, len(text), m.Text)
			return
		}
		if got := text[m.Start:m.End]; got != m.Text {
			t.Errorf("%s: text[%d:%d] = %.60q, span says %.60q", where, m.Start, m.End, got, m.Text)
		}
		if m.Start == m.End {
			t.Errorf("%s: empty span at %d", where, m.Start)
		}
	}
	if r.People == nil || r.Countries == nil || r.Organizations == nil || r.Topics == nil || r.Events == nil {
		t.Errorf("nil list in result: people %v countries %v organizations %v topics %v events %v",
			r.People == nil, r.Countries == nil, r.Organizations == nil, r.Topics == nil, r.Events == nil)
	}
	if d := r.Dateline; d != nil {
		span("dateline", d.Mention)
	}
	for i, p := range r.People {
		if p.Name == "" {
			t.Errorf("people[%d]: empty name", i)
		}
		if len(p.Mentions) == 0 {
			t.Errorf("people[%d] %q: no mentions", i, p.Name)
		}
		for j, m := range p.Mentions {
			span("people["+itoa(i)+"].mentions["+itoa(j)+"] "+p.Name, m)
		}
	}
	for i, c := range r.Countries {
		if len(c.Mentions) == 0 {
			t.Errorf("countries[%d] %q: no mentions", i, c.Code)
		}
		for j, m := range c.Mentions {
			span("countries["+itoa(i)+"].mentions["+itoa(j)+"] "+c.Code, m)
		}
	}
	for i, o := range r.Organizations {
		checkOrganization(t, "organizations["+itoa(i)+"] "+o.Name, o, span)
	}
	for i, tp := range r.Topics {
		if tp.Score < 0 || tp.Score > 1 {
			t.Errorf("topics[%d] %q: score %v outside [0, 1]", i, tp.Label, tp.Score)
		}
		for j, m := range tp.Evidence {
			span("topics["+itoa(i)+"].evidence["+itoa(j)+"] "+tp.Label, m)
		}
	}
	names := map[string]bool{}
	for _, p := range r.People {
		names[p.Name] = true
	}
	for i, ev := range r.Events {
		span("events["+itoa(i)+"].evidence "+ev.Type, ev.Evidence)
		for _, n := range ev.Participants {
			if !names[n] {
				t.Errorf("events[%d]: participant %q is no person of the result", i, n)
			}
		}
		if ev.Initiator != "" && !slices.Contains(ev.Participants, ev.Initiator) {
			t.Errorf("events[%d]: initiator %q is not a participant %q", i, ev.Initiator, ev.Participants)
		}
		switch ev.Type {
		case extract.Call, extract.Meeting, extract.Letter:
		default:
			t.Errorf("events[%d]: type %q", i, ev.Type)
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	if !utf8.Valid(b) {
		t.Errorf("JSON is not valid UTF-8")
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("JSON does not decode: %v", err)
	}
	for _, k := range []string{"people", "countries", "organizations", "topics", "events"} {
		if _, ok := back[k].([]any); !ok {
			t.Errorf("JSON %q is %v, want a list", k, back[k])
		}
	}
}

// checkOrganization checks one organisation of a result: a name, at least
// one mention, every mention's span (span), a confidence in [0, 1], and an
// acronym, if it has one, that the text gives: as one of its mentions
// (full stops and case aside) or inside its name.
func checkOrganization(t testing.TB, where string, o extract.Organization, span func(string, extract.Mention)) {
	t.Helper()
	if strings.TrimSpace(o.Name) == "" {
		t.Errorf("%s: empty name", where)
	}
	if len(o.Mentions) == 0 {
		t.Errorf("%s: no mentions", where)
	}
	for j, m := range o.Mentions {
		span(where+" mentions["+itoa(j)+"]", m)
	}
	if o.Confidence < 0 || o.Confidence > 1 {
		t.Errorf("%s: confidence %v outside [0, 1]", where, o.Confidence)
	}
	if o.Acronym == "" {
		return
	}
	// "U.N." gives the acronym "UN", "CENTCOM" "Centcom".
	bare := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }
	given := strings.Contains(bare(o.Name), bare(o.Acronym))
	for _, m := range o.Mentions {
		given = given || bare(m.Text) == bare(o.Acronym)
	}
	if !given {
		t.Errorf("%s: acronym %q is neither a mention nor in the name", where, o.Acronym)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// hardCase is one class of hostile input and the decision for it: either an
// error matching wantErr, or a result that checkResult accepts (and, if
// check is set, that check accepts too).
type hardCase struct {
	name    string
	why     string
	text    string
	wantErr error
	check   func(t *testing.T, text string, r *extract.Result)
	// bug, if set, skips the case: it describes a known bug outside this
	// package that the case exposes.
	bug string
}

func emptyResult(t *testing.T, text string, r *extract.Result) {
	t.Helper()
	if len(r.People)+len(r.Countries)+len(r.Topics)+len(r.Events) != 0 || r.Dateline != nil || r.Published != "" {
		t.Errorf("blank text gave a non-empty result: %+v", r)
	}
	b, _ := json.Marshal(r)
	for _, k := range []string{`"people":[]`, `"countries":[]`, `"topics":[]`, `"events":[]`, `"dateline":null`, `"published":null`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON %s lacks %s", b, k)
		}
	}
}

// wantPeople returns a check that the named people are found.
func wantPeople(names ...string) func(*testing.T, string, *extract.Result) {
	return func(t *testing.T, _ string, r *extract.Result) {
		t.Helper()
		got := map[string]bool{}
		for _, p := range r.People {
			got[p.Name] = true
		}
		for _, n := range names {
			if !got[n] {
				t.Errorf("person %q not found; people: %v", n, peopleNames(r))
			}
		}
	}
}

// wantCountries returns a check that the given country codes are found.
func wantCountries(codes ...string) func(*testing.T, string, *extract.Result) {
	return func(t *testing.T, _ string, r *extract.Result) {
		t.Helper()
		got := map[string]bool{}
		for _, c := range r.Countries {
			got[c.Code] = true
		}
		for _, c := range codes {
			if !got[c] {
				t.Errorf("country %q not found", c)
			}
		}
	}
}

func all(checks ...func(*testing.T, string, *extract.Result)) func(*testing.T, string, *extract.Result) {
	return func(t *testing.T, text string, r *extract.Result) {
		t.Helper()
		for _, c := range checks {
			c(t, text, r)
		}
	}
}

func peopleNames(r *extract.Result) []string {
	var out []string
	for _, p := range r.People {
		out = append(out, p.Name)
	}
	return out
}

// readHard reads a fixed hostile input from testdata/hard.
func readHard(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "hard", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// repeatTo repeats s until the result is at least n bytes long.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)
}

const englishPara = "ISLAMABAD: Foreign Minister Ishaq Dar met US Secretary of State Marco Rubio in Washington on Tuesday. " +
	"The two discussed counter-terrorism cooperation and trade between Pakistan and the United States.\n"

func hardCases(t *testing.T) []hardCase {
	big := repeatTo("the minister said that talks would continue next week and ", hardBig)
	mb := fmt.Sprintf("%dMB", hardBig>>20)
	return []hardCase{
		// Refused input: a clear, errors.Is-testable error.
		{name: "invalid utf8", why: "not text: refused, error names the offset",
			text: "ISLAMABAD: Dar met Rubio.\xff\xfe more", wantErr: extract.ErrInvalidInput},
		{name: "truncated rune", why: "a multi-byte rune cut short at the end",
			text: "Prime Minister Shehbaz Sharif \xe2\x80", wantErr: extract.ErrInvalidInput},
		{name: "surrogate half", why: "UTF-8 encoded surrogate is invalid UTF-8",
			text: "Sharif \xed\xa0\x80 said", wantErr: extract.ErrInvalidInput},
		{name: "nul byte", why: "a NUL means binary data: refused",
			text: "Prime Minister Shehbaz Sharif\x00 said", wantErr: extract.ErrInvalidInput},
		{name: "binary", why: "a binary file (PNG header and noise) is refused",
			text: readHard(t, "binary.bin"), wantErr: extract.ErrInvalidInput},

		// Blank input: an empty result, every list [].
		{name: "empty", why: "empty text: empty result", text: "", check: emptyResult},
		{name: "whitespace", why: "only white space: empty result",
			text: " \t\r\n\n \u00a0\u2003\u200b\ufeff\n", check: emptyResult},
		{name: "punctuation only", why: "no words at all",
			text: strings.Repeat("!?.,;:-—()[]{}\"'“”‘’ ", 500)},

		// Big and repetitive input: a correct result in bounded time.
		{name: mb + " single line", why: "one " + mb + " line of words, no line break",
			text: big},
		{name: mb + " single line of capitals", why: "one " + mb + " line of capitalised words: every token a name candidate",
			text: repeatTo("Foreign Minister Ishaq Dar Met Prime Minister Of The United States ", hardBig)},
		{name: "repeated titles", why: "5,000 repeats of two titled names on one line",
			text:  strings.Repeat("President Donald Trump and Prime Minister Shehbaz Sharif ", 5000),
			check: all(wantPeople("Donald Trump", "Shehbaz Sharif"))},
		{name: "repeated titles as sentences", why: "5,000 repeats, each its own sentence and line",
			text:  strings.Repeat("President Donald Trump spoke to Prime Minister Shehbaz Sharif on the phone.\n", 5000),
			check: all(wantPeople("Donald Trump", "Shehbaz Sharif"))},
		{name: "thousands of capitalised words", why: "20,000 distinct-looking capitalised words",
			text: capitalised(20000)},
		{name: "many short lines", why: "200,000 one-word lines",
			text: strings.Repeat("Islamabad\n", 200000)},

		// Brackets and quotes.
		{name: "nested brackets", why: "10,000 nested parentheses around a sentence",
			text:  strings.Repeat("(", 10000) + englishPara + strings.Repeat(")", 10000),
			check: wantPeople("Ishaq Dar", "Marco Rubio")},
		{name: "unbalanced brackets", why: "10,000 opening brackets of three kinds, never closed",
			text:  englishPara + strings.Repeat("([{", 10000) + englishPara,
			check: wantPeople("Ishaq Dar")},
		{name: "unbalanced quotes", why: "10,000 opening quotes of every kind",
			text:  strings.Repeat("\"“‘'«", 10000) + englishPara + strings.Repeat("”", 7),
			check: wantPeople("Ishaq Dar")},
		{name: "quotes around names", why: "names inside quotes and brackets",
			text:  "“Prime Minister Shehbaz Sharif” said (President Donald Trump) was ‘right’. " + `"Dar's"` + " view [Marco Rubio].",
			check: wantPeople("Shehbaz Sharif", "Donald Trump")},

		// Runs that once made the pipeline quadratic (fixed in pipeline).
		{name: "run of closers", why: "1 MB of ')' then '\"': segment walked back over every closer for every token",
			text: strings.Repeat(")", 1<<19) + strings.Repeat("\"", 1<<19) + englishPara},
		{name: "initialism chain", why: "1 MB of \"a.b.c.\" ending in a word: the tokenizer rescanned the chain at every letter",
			text:  strings.Repeat("a.", 1<<18) + "ab " + strings.Repeat("U.", 1<<18) + "Sx\n" + englishPara,
			check: wantPeople("Ishaq Dar")},

		// Mixed scripts.
		{name: "mixed scripts", why: "Urdu, Arabic and Chinese inside an English article with real names",
			text:  readHard(t, "mixed_scripts.txt"),
			check: all(wantPeople("Ishaq Dar", "Wang Yi"), wantCountries("PK", "CN"))},
		{name: "rtl and combining marks", why: "bidi controls, combining marks and emoji beside names",
			text: "Prime Minister \u202bشہباز شریف\u202c (Shehbaz Sharif) met Zoë Ñúñez 🇵🇰🤝🇨🇳 in Bei\u0301jing. " +
				"e\u0301\u0301\u0301 \u200d\u200c.\n"},

		// HTML left in the text.
		{name: "html", why: "tags and entities left in the text: read as punctuation, spans stay on the raw text",
			text:  readHard(t, "html.txt"),
			check: all(wantPeople("Ishaq Dar"), wantCountries("PK"))},
		{name: "html inline", why: "the issue's example",
			text:  "<p>ISLAMABAD: <b>Foreign Minister Ishaq Dar</b> met <i>Chinese Foreign Minister Wang Yi</i> in Beijing on Monday.</p>&nbsp;",
			check: all(wantPeople("Ishaq Dar", "Wang Yi"))},

		// Control characters other than NUL are text, not binary.
		{name: "control characters", why: "C0 controls other than NUL, and DEL, are kept as punctuation",
			text: "Foreign Minister\x01Ishaq Dar\x07 met\x1b[0m Marco Rubio\x7f.\x0b\x0c\n"},
		{name: "line separators", why: "CR only, U+2028 and U+0085 line breaks",
			text: "ISLAMABAD: Dar met Rubio.\rThen Sharif spoke.\u2028Trump replied.\u0085End."},
		{name: "organisations by full name", why: "bodies of the tables named in full: an acronym the text never gives is none",
			text:  "The European Union and the International Monetary Fund warned on Monday, the Associated Press said.",
			check: wantOrganizations("European Union", "International Monetary Fund", "Associated Press")},
		{name: "organisations at the edges", why: "bodies and acronyms at the text's first and last tokens, in brackets left open",
			text:  "Tarrant Board of Levies (TBL) met ((the TBL and the Volta Trade Authority (VTA",
			check: wantOrganizations("Tarrant Board of Levies")},
	}
}

// wantOrganizations returns a check that the named organisations are found.
func wantOrganizations(names ...string) func(*testing.T, string, *extract.Result) {
	return func(t *testing.T, _ string, r *extract.Result) {
		t.Helper()
		got := map[string]bool{}
		for _, o := range r.Organizations {
			got[o.Name] = true
		}
		for _, n := range names {
			if !got[n] {
				t.Errorf("organisation %q not found; organisations: %v", n, r.Organizations)
			}
		}
	}
}

// errorRecorder is a testing.TB that keeps the errors reported to it.
type errorRecorder struct {
	testing.TB
	errs []string
}

func (r *errorRecorder) Helper() {}

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestCheckOrganization: the checker behind the fuzz and golden tests
// rejects each broken organisation, and accepts a sound one.
func TestCheckOrganization(t *testing.T) {
	text := "The Tarrant Board of Levies (TBL) met."
	m := func(start, end int) extract.Mention {
		return extract.Mention{Text: text[start:end], Span: extract.Span{Start: start, End: end}}
	}
	board, tbl := m(4, 27), m(29, 32)
	for _, c := range []struct {
		name string
		o    extract.Organization
		want string // a word of the error, or "" for none
	}{
		{"sound", extract.Organization{Name: "Tarrant Board of Levies", Acronym: "TBL", Mentions: []extract.Mention{board, tbl}, Confidence: 0.8}, ""},
		{"acronym in its name", extract.Organization{Name: "TBL Levies Board", Acronym: "TBL", Mentions: []extract.Mention{board}}, ""},
		{"acronym written otherwise", extract.Organization{Name: "Tarrant Board of Levies", Acronym: "T.b.l.", Mentions: []extract.Mention{board, tbl}}, ""},
		{"empty name", extract.Organization{Name: " ", Mentions: []extract.Mention{board}}, "empty name"},
		{"no mentions", extract.Organization{Name: "Tarrant Board of Levies"}, "no mentions"},
		{"a span off its text", extract.Organization{Name: "Tarrant Board of Levies",
			Mentions: []extract.Mention{{Text: "Tarrant Board", Span: extract.Span{Start: 5, End: 18}}}}, "span says"},
		{"a span out of the text", extract.Organization{Name: "Tarrant Board of Levies",
			Mentions: []extract.Mention{{Text: "x", Span: extract.Span{Start: 30, End: 90}}}}, "out of bounds"},
		{"an acronym the text never gives", extract.Organization{Name: "Tarrant Board of Levies", Acronym: "TBOL",
			Mentions: []extract.Mention{board}}, "acronym"},
		{"a confidence past 1", extract.Organization{Name: "Tarrant Board of Levies", Mentions: []extract.Mention{board}, Confidence: 1.5}, "confidence"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := &errorRecorder{TB: t}
			r := &extract.Result{People: []extract.Person{}, Countries: []extract.Country{}, Topics: []extract.Topic{},
				Events: []extract.Event{}, Organizations: []extract.Organization{c.o}}
			checkResult(rec, text, r)
			switch got := strings.Join(rec.errs, "; "); {
			case c.want == "" && got != "":
				t.Errorf("sound organisation rejected: %s", got)
			case c.want != "" && !strings.Contains(got, c.want):
				t.Errorf("want an error with %q, got %q", c.want, got)
			}
		})
	}
	rec := &errorRecorder{TB: t}
	checkResult(rec, text, &extract.Result{People: []extract.Person{}, Countries: []extract.Country{}, Topics: []extract.Topic{}, Events: []extract.Event{}})
	if !strings.Contains(strings.Join(rec.errs, "; "), "organizations true") {
		t.Errorf("a nil list of organisations passed: %q", rec.errs)
	}
}

// capitalised returns n capitalised pseudo-words separated by spaces.
func capitalised(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteByte(byte('A' + i%26))
		b.WriteByte(byte('a' + i/26%26))
		b.WriteByte(byte('a' + i/676%26))
		b.WriteString("ov ")
		if i%40 == 39 {
			b.WriteString("said. ")
		}
	}
	return b.String()
}

// extractBounded runs Extract with a context that ends after hangBound, and
// fails the test if Extract has not returned hangBound after that: a stage
// that neither finishes nor heeds its context.
func extractBounded(t testing.TB, ex *extract.Extractor, id, text string) (*extract.Result, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangBound)
	defer cancel()
	type outcome struct {
		r   *extract.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		r, err := ex.Extract(ctx, id, text)
		done <- outcome{r, err}
	}()
	select {
	case o := <-done:
		if errors.Is(o.err, context.DeadlineExceeded) {
			t.Fatalf("%s: did not finish within %v: hang", id, hangBound)
		}
		return o.r, o.err
	case <-time.After(2 * hangBound):
		t.Fatalf("%s: did not return %v after its deadline: hang that ignores the context", id, hangBound)
		return nil, nil
	}
}

func TestHardInputs(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range hardCases(t) {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			if tc.bug != "" {
				t.Skip("bug: " + tc.bug)
			}
			start := time.Now()
			r, err := extractBounded(t, ex, tc.name, tc.text)
			took := time.Since(start)
			t.Logf("%s (%d bytes): %v (%s)", tc.name, len(tc.text), took.Round(time.Millisecond), tc.why)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if r != nil {
					t.Errorf("result %v beside error", r)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v, want a result", err)
			}
			if r.ID != tc.name {
				t.Errorf("ID = %q, want %q", r.ID, tc.name)
			}
			checkResult(t, tc.text, r)
			if tc.check != nil {
				tc.check(t, tc.text, r)
			}
			t.Logf("%d people, %d countries, %d topics, %d events", len(r.People), len(r.Countries), len(r.Topics), len(r.Events))
		})
	}
}

// TestInvalidInputOffset checks that a refusal says where the bad byte is.
func TestInvalidInputOffset(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		text, want string
	}{
		{"abc\xffdef", "offset 3"},
		{"Zoë \xc3", "offset 5"},
		{"ab\x00", "offset 2"},
		{"ab\x00", "binary data?"},
	} {
		_, err := ex.Extract(context.Background(), "x", tc.text)
		if !errors.Is(err, extract.ErrInvalidInput) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%q) = %v, want ErrInvalidInput with %q", tc.text, err, tc.want)
		}
	}
}

func TestMaxBytes(t *testing.T) {
	ex := newExtractor(t, extract.WithMaxBytes(100))
	text := strings.Repeat("a", 100)
	if _, err := ex.Extract(context.Background(), "at limit", text); err != nil {
		t.Errorf("text of exactly the limit: %v", err)
	}
	_, err := ex.Extract(context.Background(), "over", text+"b")
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("101 bytes with limit 100: err = %v, want ErrTooLarge", err)
	}
	if err != nil && !strings.Contains(err.Error(), "101") {
		t.Errorf("error %q does not give the size", err)
	}
	// The size check comes before any other: a huge invalid text is too large, not invalid.
	_, err = ex.Extract(context.Background(), "over", strings.Repeat("\xff", 200))
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("200 invalid bytes with limit 100: err = %v, want ErrTooLarge", err)
	}
}

func TestDefaultMaxBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 16 MB")
	}
	ex := newExtractor(t)
	start := time.Now()
	huge := strings.Repeat("a", extract.DefaultMaxBytes+1)
	_, err := ex.Extract(context.Background(), "huge", huge)
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("DefaultMaxBytes + 1: err = %v, want ErrTooLarge", err)
	}
	t.Logf("refused DefaultMaxBytes + 1 in %v", time.Since(start))
	if _, err := ex.Extract(context.Background(), "at the limit", huge[:extract.DefaultMaxBytes]); err != nil {
		t.Errorf("exactly DefaultMaxBytes: err = %v, want none", err)
	}
}

func TestBadOption(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  extract.Option
	}{
		{"WithMaxBytes(0)", extract.WithMaxBytes(0)},
		{"WithMaxBytes(-1)", extract.WithMaxBytes(-1)},
		{"WithTaxonomy(nil)", extract.WithTaxonomy(nil)},
	} {
		ex, err := extract.New(tc.opt)
		if !errors.Is(err, extract.ErrBadOption) || ex != nil {
			t.Errorf("New(%s) = %v, %v; want nil, ErrBadOption", tc.name, ex, err)
		}
	}
}

// TestCancelLarge checks that a cancelled context stops extraction of a
// ~10 MB text: at once when cancelled before, and soon when cancelled during.
func TestCancelLarge(t *testing.T) {
	ex := newExtractor(t)
	text := repeatTo(englishPara, 10<<20)

	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		r, err := ex.Extract(ctx, "big", text)
		t.Logf("cancelled before: returned in %v", time.Since(start))
		if !errors.Is(err, context.Canceled) || r != nil {
			t.Errorf("Extract = %v, %v; want nil, context.Canceled", r, err)
		}
	})

	t.Run("during", func(t *testing.T) {
		// A full run takes seconds (tens under -race): cancel well inside it.
		const after = 200 * time.Millisecond
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(after, cancel)
		defer timer.Stop()
		start := time.Now()
		done := make(chan error, 1)
		go func() {
			_, err := ex.Extract(ctx, "big", text)
			done <- err
		}()
		select {
		case err := <-done:
			took := time.Since(start)
			t.Logf("cancelled after %v, returned after %v (latency %v)",
				after, took.Round(time.Millisecond), (took - after).Round(time.Millisecond))
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
		case <-time.After(hangBound):
			t.Fatalf("Extract did not return within %v of cancellation", hangBound)
		}
	})

	// Each stage gives up when its context has ended: the stages before it
	// run on 1 MB, then it runs with a cancelled context and must say so.
	t.Run("each stage", func(t *testing.T) {
		ctx := context.Background()
		ended, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := pipeline.Parse(ended, text[:1<<20]); !errors.Is(err, context.Canceled) {
			t.Errorf("pipeline.Parse: err = %v, want context.Canceled", err)
		}
		ents, err := entity.New()
		if err != nil {
			t.Fatal(err)
		}
		evs, err := event.NewStage()
		if err != nil {
			t.Fatal(err)
		}
		chain := pipeline.Chain{ents, topic.NewStage(topic.Default()), evs}
		for i, stage := range chain {
			d, err := pipeline.Parse(ctx, text[:1<<20])
			if err != nil {
				t.Fatal(err)
			}
			if err := chain[:i].Run(ctx, d); err != nil {
				t.Fatal(err)
			}
			if err := stage.Annotate(ended, d); !errors.Is(err, context.Canceled) {
				t.Errorf("stage %s: err = %v, want context.Canceled", stage.Name(), err)
			}
		}
	})

	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
		defer cancel()
		_, err := ex.Extract(ctx, "big", text)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want context.DeadlineExceeded", err)
		}
	})
}
