package pipeline

import (
	"context"
	"github.com/readout/readout/extract/gold"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/pipeline/wordlist"
)

func seeds(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return out
}

func parse(t testing.TB, text string) *Doc {
	t.Helper()
	d, err := Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkSpans checks that every token, sentence and mark covers what it claims.
func checkSpans(t *testing.T, d *Doc) {
	t.Helper()
	text := d.Text
	inBounds := func(what string, s Span) bool {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Errorf("%s span %v out of bounds (len %d)", what, s, len(text))
			return false
		}
		return true
	}
	prevEnd := 0
	for i, tok := range d.Tokens {
		if !inBounds("token", tok.Span) {
			continue
		}
		if got := tok.In(text); got != tok.Text || tok.Len() == 0 {
			t.Errorf("token %d: text[%d:%d] = %q, token says %q", i, tok.Start, tok.End, got, tok.Text)
		}
		if tok.Start < prevEnd {
			t.Errorf("token %d %q overlaps the one before", i, tok.Text)
		}
		if want := wordlist.Hash(tok.Lower); tok.Hash != want {
			t.Errorf("token %d %q: Hash %#x, want wordlist.Hash(%q) %#x", i, tok.Text, tok.Hash, tok.Lower, want)
		}
		// Only white space (as the tokeniser knows it: ZWSP and BOM too) lies between tokens.
		if gap := text[prevEnd:tok.Start]; strings.TrimFunc(gap, isSpace) != "" && i > 0 {
			t.Errorf("bytes %q between tokens lost", gap)
		}
		prevEnd = tok.End
	}
	next := 0
	for i, s := range d.Sentences {
		if !inBounds("sentence", s.Span) {
			continue
		}
		if s.FirstToken != next || s.EndToken <= s.FirstToken {
			t.Errorf("sentence %d covers tokens [%d,%d), want to start at %d", i, s.FirstToken, s.EndToken, next)
		}
		next = s.EndToken
		if s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
			t.Errorf("sentence %d span %v does not match its tokens", i, s.Span)
		}
		for k := s.FirstToken; k < s.EndToken; k++ {
			if d.Tokens[k].Sentence != i {
				t.Errorf("token %d says sentence %d, is in %d", k, d.Tokens[k].Sentence, i)
			}
		}
	}
	if next != len(d.Tokens) {
		t.Errorf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for _, b := range d.Boilerplate {
		if inBounds("boilerplate", b.Span) && strings.ContainsAny(b.In(text), "\r\n") {
			t.Errorf("boilerplate %q crosses a line", b.In(text))
		}
	}
	if h := d.Header; h.Dateline.Len() > 0 {
		inBounds("dateline", h.Dateline)
	}
	prevEnd = 0
	for _, l := range d.Header.Lines {
		if !inBounds("header line", l.Span) {
			continue
		}
		if l.Start < prevEnd || l.Len() == 0 || strings.ContainsAny(l.In(text), "\r\n") || strings.TrimSpace(l.In(text)) != l.In(text) {
			t.Errorf("header line %v %q: empty, out of order, across a line or with white space around it", l.Span, l.In(text))
		}
		if l.Kind != HeadlineLine && l.Kind != CaptionLine {
			t.Errorf("header line %q has kind %v", l.In(text), l.Kind)
		}
		if d.Header.Dateline.Len() > 0 && l.End > d.Header.Dateline.Start {
			t.Errorf("header line %q is not above the dateline", l.In(text))
		}
		prevEnd = l.End
	}
}

func TestSpansSeeds(t *testing.T) {
	for id, text := range seeds(t) {
		t.Run(id, func(t *testing.T) { checkSpans(t, parse(t, text)) })
	}
}

func TestSpansTricky(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"blank", " \n\t\r\n "},
		{"multibyte", "Ürümqi’s mayor met Zoë Ñúñez in São Paulo — “twice”… 日本語 and عربي."},
		{"crlf", "ISLAMABAD: One line.\r\nAnother line\r\n\r\nA paragraph."},
		{"lone cr", "IANS\rBy: Agencies\r\rAA   \r   00"},
		{"no trailing newline", "The end"},
		{"empty lines", "\n\n\nA.\n\n\nB.\n\n"},
		{"invalid utf8", "Bad \xff\xfe bytes \xc3 here."},
		{"abbreviations", "U.S. Gen. Smith met Dr. E. Jones of the U.K. at 3.5 p.m. on Jan. 5."},
		{"slashes and hyphens", "The DPM/FM praised counter-terrorism and Pakistan-US ties."},
		{"parentheses", "The Foreign Office (FO) said (in a statement) that ((nested))."},
		{"quotes", "He said, ‘It’s the countries’ view.’ “Yes,” she said."},
		{"only punctuation", "!!! ??? ... ---"},
		{"nul", "a\x00b"},
		{"long line of continuation bytes", strings.Repeat("\x80", 400)},
		{"glued date at the end", "Ruiz12/06/"},
		{"dateline only", "LIMA"},
		{"page furniture", "Latest News from\nHome\nWorld\nSport\nNews\nVideo\nBY\n-\nPublish Date : 2025-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, parse(t, tt.text)) })
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Pakistan’s efforts", []string{"Pakistan", "’s", "efforts"}},
		{"the countries’ ties", []string{"the", "countries", "’", "ties"}},
		{"U.S. and U.K.", []string{"U.S.", "and", "U.K."}},
		{"Gen. Asim Munir", []string{"Gen.", "Asim", "Munir"}},
		{"Michael E. Kurilla", []string{"Michael", "E.", "Kurilla"}},
		{"DPM/FM Dar", []string{"DPM", "/", "FM", "Dar"}},
		{"counter-terrorism", []string{"counter", "-", "terrorism"}},
		{"Foreign Office (FO)", []string{"Foreign", "Office", "(", "FO", ")"}},
		{"$500 million, 3.5% and 1,000", []string{"$", "500", "million", ",", "3.5", "%", "and", "1,000"}},
		{"O'Brien don't", []string{"O'Brien", "don't"}},
		{"It ended.", []string{"It", "ended", "."}},
		{"2013-18", []string{"2013", "-", "18"}},
		{"Ruiz12/06/2025 09:05:00", []string{"Ruiz", "12", "/", "06", "/", "2025", "09", ":", "05", ":", "00"}},
		{"Secretary3.5.24", []string{"Secretary", "3.5.24"}},
		{"envoy09:30", []string{"envoy", "09", ":", "30"}},
		{"Okafor2024-07-04", []string{"Okafor", "2024", "-", "07", "-", "04"}},
		{"talks2025 ended", []string{"talks", "2025", "ended"}},
		{"Ana RuizRead more", []string{"Ana", "Ruiz", "Read", "more"}},
		{"Tom LeePublished", []string{"Tom", "Lee", "Published"}},
		{"G20 F16 COVID19 A320neo", []string{"G20", "F16", "COVID19", "A320neo"}},
		{"MoReading iPhone McDonald", []string{"MoReading", "iPhone", "McDonald"}},
		{"x2025a", []string{"x2025a"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text) {
			got = append(got, tok.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNorm(t *testing.T) {
	toks := Tokenize("“Pakistan’s” counter‑terrorism")
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Norm)
	}
	want := []string{`"`, "Pakistan", "'s", `"`, "counter", "-", "terrorism"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Norm (-want +got):\n%s", diff)
	}
}

// TestCalendarWords checks the weekday and month marks the tokeniser sets:
// full names in any case, not abbreviations, plurals, longer words or
// numbers.
func TestCalendarWords(t *testing.T) {
	tests := []struct {
		text            string
		weekday, months []string
	}{
		{"On Monday, May 5 the SUNDAY talks", []string{"Monday", "SUNDAY"}, []string{"May"}},
		{"tuesday and july, in lower case", []string{"tuesday"}, []string{"july"}},
		{"Jul. 4, Sept. 9, Wed 3 and Mon", nil, nil},
		{"Mondays, Mayday, Marches, Augusta, Junes", nil, nil},
		{"Friday’s meeting in December", []string{"Friday"}, []string{"December"}},
		{"2025 ", nil, nil},
	}
	for _, tt := range tests {
		var weekday, months []string
		for _, tok := range Tokenize(tt.text) {
			if tok.IsWeekday() {
				weekday = append(weekday, tok.Text)
			}
			if tok.IsMonth() {
				months = append(months, tok.Text)
			}
		}
		if diff := cmp.Diff(tt.weekday, weekday); diff != "" {
			t.Errorf("weekdays of %q (-want +got):\n%s", tt.text, diff)
		}
		if diff := cmp.Diff(tt.months, months); diff != "" {
			t.Errorf("months of %q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stops", "Mr. Dar met Gen. Munir. They talked! Did they? Yes.",
			[]string{"Mr. Dar met Gen. Munir.", "They talked!", "Did they?", "Yes."}},
		{"quote after stop", "“It is good.” He left.", []string{"“It is good.”", "He left."}},
		{"initialism", "The U.S. Secretary of State arrived.", []string{"The U.S. Secretary of State arrived."}},
		{"headline line", "Pakistan, US Vow to Deepen Ties\nPakistan and the US met.",
			[]string{"Pakistan, US Vow to Deepen Ties", "Pakistan and the US met."}},
		{"wrapped line runs on", "The minister said the talks\nwere useful.",
			[]string{"The minister said the talks\nwere useful."}},
		{"lower case after stop", "It rose 3 p.m. today.", []string{"It rose 3 p.m. today."}},
		{"decimal", "Growth was 3.5 percent. Good.", []string{"Growth was 3.5 percent.", "Good."}},
		{"hard-wrapped name", "The talks were held by Peru's acting Foreign Minister, Ana\nRuiz after a meeting with the Deputy Chairman of the\ncabinet of ministers of Chile in the capital on a cold\nday.",
			[]string{"The talks were held by Peru's acting Foreign Minister, Ana\nRuiz after a meeting with the Deputy Chairman of the\ncabinet of ministers of Chile in the capital on a cold\nday."}},
		{"short line in wrapped text", "Talks\nThe talks were held by Peru's acting Foreign Minister in\nthe capital of Chile on a cold and windy day in the\nwinter.",
			[]string{"Talks", "The talks were held by Peru's acting Foreign Minister in\nthe capital of Chile on a cold and windy day in the\nwinter."}},
		{"unwrapped text breaks at a capital", "A line\nAnother line", []string{"A line", "Another line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.In(d.Text))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want BoilerplateKind
	}{
		{"| Welcome to Global Village Space", Banner},
		{"Welcome to The Daily Planet", Banner},
		{"By: Agencies", Byline},
		{"By Staff Reporter", Byline},
		{"BY REUTERS", Byline},
		{"Reporting by Aziz El Yaakoubi; Editing by Alison Williams", Byline},
		{"(With inputs from PTI)", Byline},
		{"By contrast, the talks failed.", 0},
		{"By 2030 exports will double", 0},
		{"Read More: Two US Teams Arriving Pakistan Diplomacy Gains Traction", Related},
		{"ALSO READ | Iran and Oman sign a deal", Related},
		{"Related: Saudi crown prince visits Ankara", Related},
		{"IANS", SignOff},
		{"(Reuters)", SignOff},
		{"— AFP", SignOff},
		{"APP/AFP", SignOff},
		{"Advertisement", Chrome},
		{"Follow us on X for updates", Chrome},
		{"Reuters reported that the talks failed.", 0},
		{"Related matters were discussed.", 0},
		{"BY", Byline},
		{"-", Chrome},
		{"Skip to main content", Chrome},
		{"|Printable version", Chrome},
		{"FILE - Foreign Minister Ana Ruiz", Caption},
		{"Minister Ruiz (centre). (Photo: Tom Lee / AFP)", Caption},
		{"Tom Lee/The Harbour Press", Caption},
		{"We use cookies to improve your experience.", Notice},
		{"Latest News", StoryList},
		{"More from Harbour Times", StoryList},
		{"Back in March, the talks stalled.", 0},
		{"Share prices rose.", 0},
		{"The latest news from Lima is good.", 0},
		{"Peru/Chile talks", 0},
		{"Harbourtimes logo", Chrome},
		{"Print | Email | Share on X", Chrome},
		{"Facebook • Twitter • WhatsApp", Chrome},
		{"Peru | Chile | Bolivia", 0},
		{"The minister unveiled the new ministry logo", 0},
	}
	for _, tt := range tests {
		if got := boilerplateKind(tt.line); got != tt.want {
			t.Errorf("boilerplateKind(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestBoilerplateSeeds(t *testing.T) {
	want := map[string][]string{
		"000_aa5c4228441c36f4": nil,
		"001_29090e6e36280182": {"byline: By: Agencies", "sign-off: IANS"},
		"002_3186a69dec831b6b": {"related: Read More: Two US Teams Arriving Pakistan Diplomacy Gains Traction"},
		"003_d8846142a825bda0": {"related: Read More: President Zardari hails China’s earthquake-safe bullet train"},
		"004_0669800c25a8c53b": {"banner: | Welcome to Global Village Space",
			"related: Read More: McDonald’s Repurchases Israeli Franchises Despite Boycott"},
	}
	for id, text := range seeds(t) {
		d := parse(t, text)
		var got []string
		for _, b := range d.Boilerplate {
			got = append(got, b.Kind.String()+": "+b.In(text))
		}
		if diff := cmp.Diff(want[id], got); diff != "" {
			t.Errorf("%s boilerplate (-want +got):\n%s", id, diff)
		}
		// Boilerplate sentences are exactly those inside a mark.
		for _, s := range d.Sentences {
			in := false
			for _, b := range d.Boilerplate {
				in = in || b.Contains(s.Span)
			}
			if in != s.Boilerplate {
				t.Errorf("%s: sentence %q boilerplate=%v, inside a mark=%v", id, s.In(text), s.Boilerplate, in)
			}
		}
	}
}

func TestHeaderSeeds(t *testing.T) {
	for id, text := range seeds(t) {
		gold, err := gold.LoadFile(filepath.Join("../testdata/gold", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		h := parse(t, text).Header
		if want := gold.Published; h.Published != want {
			t.Errorf("%s: published %q, want %q", id, h.Published, want)
		}
		place := h.Dateline.In(text)
		if want := gold.Dateline; !strings.EqualFold(place, want) {
			t.Errorf("%s: dateline %q, want %q", id, place, want)
		}
	}
}

func TestHeader(t *testing.T) {
	tests := []struct {
		name, text       string
		place, published string
	}{
		{"caps colon", "KABUL: The Taliban said.", "KABUL", ""},
		{"caps two words", "NEW DELHI: India said.", "NEW DELHI", ""},
		{"title and date", "Riyadh, March 3: Saudi Arabia said.", "Riyadh", ""},
		{"agency", "WASHINGTON (Reuters) - The US said.", "WASHINGTON", ""},
		{"date line", "Monday, 3 March 2025\nAnkara, March 3: Turkey said.", "Ankara", "2025-03-03"},
		{"date in dateline", "BEIJING, Jan. 9, 2024 (Xinhua) -- China said.", "BEIJING", "2024-01-09"},
		{"iso date", "2023-11-30\nTehran said it would talk.", "", "2023-11-30"},
		{"no year", "Friday, June 6\nOslo said.", "", ""},
		{"leading zero", "Tuesday, April 08, 2025\nOslo said.", "", "2025-04-08"},
		{"labelled date line", "Published: November 12, 2025\nAnkara said.", "", "2025-11-12"},
		{"updated with time", "Updated 08 Apr, 2025 07:33pm\nOslo said.", "", "2025-04-08"},
		{"updated with time zone", "Last Updated: Tuesday, April 8, 2025 3:45 PM PKT\nOslo said.", "", "2025-04-08"},
		{"bars and bullets", "Apr 8, 2025 | 10:45 AM\nOslo said.", "", "2025-04-08"},
		{"a headline that names a date is no date line", "Pakistan, US to hold talks on May 5, 2025\nOslo said.", "", ""},
		{"bad date", "February 30, 2024\nOslo said.", "", ""},
		{"acronym is no place", "NSA: the talks went well.", "", ""},
		{"date deep in body is not published", "Intro.\nMore.\nMore.\nMore.\nMore.\nMore.\nOn April 8, 2025 they met.", "", ""},
		{"label is no dateline", "Note: figures are rounded.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text)
			if got := d.Header.Dateline.In(d.Text); got != tt.place {
				t.Errorf("dateline %q, want %q", got, tt.place)
			}
			if d.Header.Published != tt.published {
				t.Errorf("published %q, want %q", d.Header.Published, tt.published)
			}
		})
	}
}

func TestParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Parse(ctx, strings.Repeat("Word. ", 100000)); err == nil {
		t.Error("Parse with a cancelled context: no error")
	}
}

func TestChain(t *testing.T) {
	d := parse(t, "Text.")
	var order []string
	chain := Chain{stageFunc{"a", func() error { order = append(order, "a"); return nil }},
		stageFunc{"b", func() error { order = append(order, "b"); return context.Canceled }},
		stageFunc{"c", func() error { order = append(order, "c"); return nil }}}
	err := chain.Run(context.Background(), d)
	if err == nil || !strings.HasPrefix(err.Error(), "b: ") {
		t.Errorf("Run error = %v, want one naming stage b", err)
	}
	if diff := cmp.Diff([]string{"a", "b"}, order); diff != "" {
		t.Errorf("stages run (-want +got):\n%s", diff)
	}
}

type stageFunc struct {
	name string
	fn   func() error
}

func (s stageFunc) Name() string                               { return s.name }
func (s stageFunc) Annotate(ctx context.Context, d *Doc) error { return s.fn() }

func FuzzParse(f *testing.F) {
	for _, text := range seeds(f) {
		f.Add(text)
	}
	for _, s := range []string{"", "\xff", "U.S.", "’s", "a\r\nb", "((((", "ISLAMABAD: x", "Mr. E. F. G.",
		"date 2021-07-11 LIMA: x", "Staff WriterPublished May 2, 2023 - Updated May 3, 2023 10:15am\nx",
		"Pact\nA caption of fifteen words or more that ends as a sentence ends, like this one does.\nMay 3, 2023\nLIMA — x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
	})
}

func BenchmarkParse(b *testing.B) {
	texts, n := seedTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Parse(context.Background(), t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseInto is BenchmarkParse into one Doc reused for every text,
// as extract.Extractor parses.
func BenchmarkParseInto(b *testing.B) {
	texts, n := seedTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	p := NewParser()
	d := new(Doc)
	for b.Loop() {
		for _, t := range texts {
			if err := p.ParseInto(context.Background(), d, t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestPageRulesData(t *testing.T) {
	rules, err := parsePageRules(pageRulesData)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules.rules) < 100 || len(rules.names) < 40 {
		t.Errorf("%d rules and %d names read from data/boilerplate.txt, want the whole file", len(rules.rules), len(rules.names))
	}
	for _, bad := range []string{"caption\tcontains", "nosuch\tline\tx", "chrome\tnosuch\tx", "chrome\tline\tUpper"} {
		if _, err := parsePageRules(bad); err == nil {
			t.Errorf("parsePageRules(%q): no error", bad)
		}
	}
}
