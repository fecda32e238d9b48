package entity

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// eachAnalysis calls check with the analysis of each text of testdata's
// seeds, articles and hard cases, on which the stage's passes before the
// pass named before have run (all of them if before is ""), and releases it
// after. It returns how many texts it read.
func eachAnalysis(t *testing.T, before string, check func(path string, a *analysis)) int {
	t.Helper()
	s := newStage(t)
	var paths []string
	for _, dir := range []string{"seeds", "articles", "hard"} {
		p, _ := filepath.Glob("../testdata/" + dir + "/*.txt")
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no texts in ../testdata")
	}
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := pipeline.Parse(context.Background(), string(text))
		if err != nil {
			t.Fatal(err)
		}
		a := newAnalysis(s, d)
		a.ctx = context.Background()
		for _, p := range a.s.passes {
			if p.name == before {
				break
			}
			if p.run == nil {
				a.runRules(p.name)
			} else {
				p.run(a)
			}
		}
		check(path, a)
		a.release()
	}
	return len(paths)
}

// TestNameWordFlagsFirst: nameWord, which reads a token's flags before its
// other tables, agrees with the tests in their first order at every token,
// on the tables every pass has left, and finds name words (the test is not
// empty).
func TestNameWordFlagsFirst(t *testing.T) {
	slow := func(a *analysis, i int) bool {
		tok := &a.toks[i]
		if a.skip[i] || tok.Kind != pipeline.Word || a.country[i] >= 0 || a.office[i] >= 0 || a.orgTok[i] {
			return false
		}
		return a.flags[i]&(tokCap|tokNotName|tokAllCaps) == tokCap && !tok.IsWeekday() && !tok.IsMonth()
	}
	yes := 0
	eachAnalysis(t, "", func(path string, a *analysis) {
		for i := range a.toks {
			got, want := a.nameWord(i), slow(a, i)
			if got != want {
				t.Errorf("%s: token %d %q: nameWord %v, want %v", path, i, a.toks[i].Text, got, want)
			}
			if got {
				yes++
			}
		}
	})
	if yes == 0 {
		t.Error("no name word in any text: the test checks nothing")
	}
}

// TestDelegationsPassOver: the delegations pass passes over a token whose
// word classes hold neither classRepresenting nor classDelegation, unless a
// side was named before and "the" precedes it; it may because sideAt finds
// no side at such a token. The test asks sideAt at every token of the texts
// before the pass runs, and fails where it finds a side that the pass
// would not see.
func TestDelegationsPassOver(t *testing.T) {
	sides := 0
	eachAnalysis(t, "delegations", func(path string, a *analysis) {
		for i := range a.toks {
			code, _ := a.sideAt(i)
			if code == "" {
				continue
			}
			sides++
			if a.cls[i]&(classRepresenting|classDelegation) == 0 {
				t.Errorf("%s: token %d %q: sideAt finds side %s at a token the pass passes over", path, i, a.toks[i].Text, code)
			}
		}
	})
	if sides == 0 {
		t.Error("no side in any text: the test checks nothing")
	}
}

// TestHandlesNeedAt: the handles pass, which walks no token of a text
// without an "@" byte, still reads a handle in a text with one.
func TestHandlesNeedAt(t *testing.T) {
	s := newStage(t)
	const text = "Prime Minister Kenji Sato of Japan spoke. PM @kenjisato said so."
	_, an := annotate(t, s, text)
	found := false
	for _, p := range an.People {
		for _, m := range p.Mentions {
			if text[m.Start:m.End] == "kenjisato" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("%q: the handle is no mention of Kenji Sato: %+v", text, an.People)
	}
}

// TestPhraseToks: the tokens findCountries and findOffices visit
// (analysis.phraseToks) are, in text order, every word whose classes say a
// country's or an office's phrase may start there; the anchors of the
// country rules are every token not skipped of a rule's word class or a
// possessive (when a rule reads one); and the skip table filled a sentence
// at a time agrees with Doc.InBoilerplate and the dateline.
func TestPhraseToks(t *testing.T) {
	n := 0
	eachAnalysis(t, "countries", func(path string, a *analysis) {
		var want []int32
		var anchors []int
		dl := a.d.Header.DatelineLead
		for i := range a.toks {
			tok := &a.toks[i]
			if !a.skip[i] && (a.cls[i]&a.t.rules.bits != 0 || a.t.rules.poss && tok.Kind == pipeline.Punct && tok.IsPossessive()) {
				anchors = append(anchors, i)
			}
			if tok.Kind == pipeline.Word && a.cls[i]&(classCountryStart|classOfficeStart) != 0 {
				want = append(want, int32(i))
			}
			if sk := a.d.InBoilerplate(i) || dl.Len() > 0 && dl.Contains(tok.Span); sk && !a.skip[i] {
				t.Errorf("%s: token %d %q: in boilerplate or the dateline, not skipped", path, i, tok.Text)
			}
		}
		if diff := cmp.Diff(want, a.phraseToks); diff != "" && len(want)+len(a.phraseToks) > 0 {
			t.Errorf("%s: phraseToks (-want +got):\n%s", path, diff)
		}
		if diff := cmp.Diff(anchors, a.anchors); diff != "" && len(anchors)+len(a.anchors) > 0 {
			t.Errorf("%s: anchors (-want +got):\n%s", path, diff)
		}
		n += min(len(want), len(anchors))
	})
	if n == 0 {
		t.Error("no phrase's first word in any text: the test checks nothing")
	}
}

// TestWritesLower: writesLower's walk of the tokens and the set it builds
// after maxLowerScans walks agree, for every word of the texts in lower
// case, and both hold of a word the text writes in lower case and not of
// one it writes only capitalised.
func TestWritesLower(t *testing.T) {
	yes, no, filtered := 0, 0, 0
	eachAnalysis(t, "", func(path string, a *analysis) {
		seen := map[string]bool{}
		for i := range a.toks {
			w := a.toks[i].Lower
			if seen[w] {
				continue
			}
			seen[w] = true
			a.loweredBuilt, a.lowerScans = false, 0
			walked := a.writesLower(w)
			a.lowerScans = maxLowerScans
			built := a.writesLower(w)
			bw, b := lowerBit(wordlist.Hash(w))
			if a.lowerBits[bw]&b != 0 && !a.loweredBuilt {
				t.Fatalf("%s: the set is not built after %d walks", path, maxLowerScans)
			}
			want := false // the walk by the words alone, not their hashes
			for i := range a.toks {
				if t := &a.toks[i]; t.Lower == w && t.Kind == pipeline.Word && !t.IsCap() && !a.skippedAt(i) {
					want = true
				}
			}
			if walked != want || built != want {
				t.Errorf("%s: %q: the walk says %v, the set %v, want %v", path, w, walked, built, want)
			}
			if built {
				yes++
			} else {
				no++
				if a.lowerBits[bw]&b == 0 {
					filtered++
				}
			}
		}
	})
	if yes == 0 || no == 0 || filtered == 0 {
		t.Errorf("%d words written in lower case, %d not (%d by their bits): the test checks nothing", yes, no, filtered)
	}
}

// TestTokenHashes: the hash newAnalysisCtx keeps of each token is
// wordlist.Hash of its lower-case form, and englishAt, which asks the
// lexicon by it, agrees with tables.english at every token of testdata's
// texts (and finds English words).
func TestTokenHashes(t *testing.T) {
	english := 0
	eachAnalysis(t, "", func(path string, a *analysis) {
		if len(a.hashes) != len(a.toks) {
			t.Fatalf("%s: %d hashes for %d tokens", path, len(a.hashes), len(a.toks))
		}
		for i := range a.toks {
			w := a.toks[i].Lower
			if a.hashes[i] != wordlist.Hash(w) {
				t.Fatalf("%s: token %d %q: hash %#x, want %#x", path, i, w, a.hashes[i], wordlist.Hash(w))
			}
			if got, want := a.englishAt(i), a.t.english(w); got != want {
				t.Errorf("%s: token %d %q: englishAt %v, english %v", path, i, w, got, want)
			}
			if a.t.english(w) {
				english++
			}
		}
	})
	if english == 0 {
		t.Error("no English word: the test checks nothing")
	}
}

// TestInWordSet: inWordSet agrees with a look-up of the class's word set at
// every token of testdata's texts, for every class with a set, and finds
// words of each (and "&", a name joiner that is no word); a word's
// tokNotName flag agrees with the not-names.
func TestInWordSet(t *testing.T) {
	found := map[wordClass]int{}
	amp, notNames := 0, 0
	eachAnalysis(t, "", func(path string, a *analysis) {
		for k := range a.toks {
			if a.toks[k].Kind != pipeline.Word {
				continue
			}
			if got, want := a.flags[k]&tokNotName != 0, a.t.words.notNames[a.toks[k].Lower]; got != want {
				t.Fatalf("%s: token %d %q: tokNotName %v, not-names %v", path, k, a.toks[k].Text, got, want)
			} else if got {
				notNames++
			}
		}
		for _, cs := range a.t.classSets() {
			c, set := cs.class, cs.set
			for k := range a.toks {
				got, want := a.inWordSet(k, c, set), set[a.toks[k].Lower]
				if got != want {
					t.Fatalf("%s: token %d %q: inWordSet(%#x) = %v, the set says %v", path, k, a.toks[k].Text, c, got, want)
				}
				if got {
					found[c]++
					if a.toks[k].Kind != pipeline.Word {
						amp++
					}
				}
			}
		}
	})
	for _, c := range []wordClass{classDefinite, classNameJoiner, classOrgHead, classPairLink, classNameParticle, classTitleModifier} { // those the passes ask
		if found[c] == 0 {
			t.Errorf("class %#x: no token of testdata's texts has it: the test checks nothing of it", c)
		}
	}
	if amp == 0 || notNames == 0 {
		t.Errorf("%d tokens that are no word in a class's set, %d not-names: the test checks nothing of them", amp, notNames)
	}
}

// TestNextParen: nextParen agrees with a walk of the tokens, from every
// token, on testdata's texts and on random texts thick with parentheses
// (glued to words, doubled, at the ends).
func TestNextParen(t *testing.T) {
	slow := func(a *analysis, j int) int {
		for ; j < len(a.toks); j++ {
			if a.toks[j].Text == "(" {
				return j
			}
		}
		return len(a.toks)
	}
	parens := 0
	check := func(name string, a *analysis) {
		for j := 0; j <= len(a.toks); j++ {
			got, want := a.nextParen(j), slow(a, j)
			if got != want {
				t.Fatalf("%s: nextParen(%d) = %d, want %d", name, j, got, want)
			}
			if j < len(a.toks) && want == j {
				parens++
			}
		}
	}
	eachAnalysis(t, "countries", check)
	s := newStage(t)
	rng := rand.New(rand.NewPCG(26, 3))
	pieces := []string{"(", ")", "((", "a(b", "Bank", " ", " ", "of", "(US)", ".", "x)", "\n"}
	for n := range 300 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		d, err := pipeline.Parse(context.Background(), b.String())
		if err != nil {
			continue
		}
		a := newAnalysis(s, d)
		check(fmt.Sprintf("random text %d %q", n, b.String()), a)
		a.release()
	}
	if parens == 0 {
		t.Error("no parenthesis in any text: the test checks nothing")
	}
}

// TestFillSkip: the skip table newAnalysisCtx fills by ranges (fillSkip)
// is skippedAt at every token of testdata's texts and of the cut-off
// rule's cases (testdata/cutoff.txt), which have tokens skipped for each
// of its three reasons.
func TestFillSkip(t *testing.T) {
	boiler, lead, cut := 0, 0, 0
	check := func(path string, a *analysis) {
		for i := range a.toks {
			if a.skip[i] != a.skippedAt(i) {
				t.Fatalf("%s: token %d %q: skip %v, skippedAt %v", path, i, a.toks[i].Text, a.skip[i], a.skippedAt(i))
			}
			if a.d.InBoilerplate(i) {
				boiler++
			}
			if dl := a.d.Header.DatelineLead; dl.Len() > 0 && dl.Contains(a.toks[i].Span) {
				lead++
			}
			if i >= a.cut {
				cut++
			}
		}
	}
	eachAnalysis(t, "countries", check)
	cases, err := os.ReadFile("testdata/cutoff.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t)
	for line := range strings.Lines(string(cases)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '=' {
			continue
		}
		d, err := pipeline.Parse(context.Background(), strings.ReplaceAll(line, `\n`, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		a := newAnalysis(s, d)
		check(line, a)
		a.release()
	}
	if boiler == 0 || lead == 0 || cut == 0 {
		t.Errorf("skipped tokens: %d in boilerplate, %d in a dateline's lead, %d cut off: the test checks nothing of a reason", boiler, lead, cut)
	}
}

// TestNextHead: newOrgMatcher's nextHead, filled from the head words
// newAnalysisCtx lists, is the first capitalised head word at or after
// each token (a walk back from the end), at every token of testdata's
// texts, which have head words.
func TestNextHead(t *testing.T) {
	heads := 0
	eachAnalysis(t, "organizations", func(path string, a *analysis) {
		m := newOrgMatcher(a)
		want := int32(len(a.toks) + maxOrgTokens + 1)
		if m.nextHead[len(a.toks)] != want {
			t.Fatalf("%s: nextHead at the end %d, want %d", path, m.nextHead[len(a.toks)], want)
		}
		for i := len(a.toks) - 1; i >= 0; i-- {
			if t := &a.toks[i]; t.Kind == pipeline.Word && a.cls[i]&classOrgHead != 0 && t.IsCap() {
				want = int32(i)
				heads++
			}
			if m.nextHead[i] != want {
				t.Fatalf("%s: token %d %q: nextHead %d, want %d", path, i, a.toks[i].Text, m.nextHead[i], want)
			}
		}
	})
	if heads == 0 {
		t.Error("no head word: the test checks nothing")
	}
}

// TestCaptionAnalysis: the caption analysis, whose tables of the tokens'
// words are copied from the body's analysis after the passes before
// captions, has the tables newAnalysisCtx makes of the document, at every
// text of testdata's with a caption (there are some), and the English
// flags the body's passes read agree with the lexicon.
func TestCaptionAnalysis(t *testing.T) {
	captioned := 0
	check := func(path string, a *analysis) {
		if !slices.ContainsFunc(a.d.Boilerplate, func(b pipeline.Boilerplate) bool { return b.Kind == pipeline.Caption }) {
			return
		}
		captioned++
		c := a.captionAnalysis()
		defer c.release()
		f := newAnalysisCtx(context.Background(), a.s, a.d)
		defer f.release()
		for _, tt := range []struct {
			name      string
			got, want any
		}{
			{"cls", c.cls, f.cls}, {"starts", c.starts, f.starts}, {"hashes", c.hashes, f.hashes},
			{"anchors", c.anchors, f.anchors}, {"phraseToks", c.phraseToks, f.phraseToks},
			{"headToks", c.headToks, f.headToks}, {"sideToks", c.sideToks, f.sideToks}, {"cut", c.cut, f.cut}, {"lowerBits", c.lowerBits, f.lowerBits},
		} {
			if diff := cmp.Diff(tt.want, tt.got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: %s differs (-made +copied):\n%s", path, tt.name, diff)
			}
		}
		const made = tokCap | tokAllCaps | tokNotName
		for k := range c.toks {
			if c.flags[k]&made != f.flags[k]&made {
				t.Fatalf("%s: token %d %q: flags %#x, made %#x", path, k, c.toks[k].Text, c.flags[k], f.flags[k])
			}
			if c.flags[k]&tokEnglishRead != 0 && (c.flags[k]&tokEnglish != 0) != f.englishAt(k) {
				t.Fatalf("%s: token %d %q: the English flag differs", path, k, c.toks[k].Text)
			}
		}
	}
	eachAnalysis(t, "captions", check)
	// The people cases (testdata/people.txt) have captions.
	cases, err := os.ReadFile("testdata/people.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t)
	for line := range strings.Lines(string(cases)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '=' {
			continue
		}
		d, err := pipeline.Parse(context.Background(), strings.ReplaceAll(line, `\n`, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		a := newAnalysis(s, d)
		for _, p := range a.s.passes {
			if p.name == "captions" {
				break
			}
			if p.run == nil {
				a.runRules(p.name)
			} else {
				p.run(a)
			}
		}
		check(line, a)
		a.release()
	}
	if captioned == 0 {
		t.Error("no text with a caption: the test checks nothing")
	}
}

// TestHeadRunOpens: the matcher proposes no head-word run at a token that
// is neither capitalised nor in a country's mention, which the resolver
// therefore does not ask it about (orgResolver.headRun), at every token of
// testdata's texts; it proposes runs at others.
func TestHeadRunOpens(t *testing.T) {
	asked, runs := 0, 0
	eachAnalysis(t, "organizations", func(path string, a *analysis) {
		m := newOrgMatcher(a)
		for i := range a.toks {
			_, ok := m.headRun(i)
			if ok {
				runs++
			}
			if !a.toks[i].IsCap() && a.country[i] < 0 {
				asked++
				if ok {
					t.Errorf("%s: token %d %q: a head-word run opens at a token neither capitalised nor a country's", path, i, a.toks[i].Text)
				}
			}
		}
	})
	if asked == 0 || runs == 0 {
		t.Errorf("%d tokens passed over, %d runs: the test checks nothing", asked, runs)
	}
}

// TestSideToks: newAnalysisCtx lists as sideToks exactly the tokens whose
// word has a class of sideClasses, and no other token's word is in the
// sets of those classes (the walks of hosts and delegations visit only
// the listed ones), at every token of testdata's texts, which have some.
func TestSideToks(t *testing.T) {
	listed := 0
	eachAnalysis(t, "countries", func(path string, a *analysis) {
		var want []int32
		w := &a.t.words
		for i := range a.toks {
			if a.cls[i]&sideClasses != 0 {
				want = append(want, int32(i))
				continue
			}
			if l := a.toks[i].Lower; w.visitWords[l] || w.invitationWords[l] || w.representingWords[l] || w.delegationNouns[l] {
				t.Errorf("%s: token %d %q: a side's or a host's word not listed", path, i, a.toks[i].Text)
			}
		}
		if diff := cmp.Diff(want, a.sideToks, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: sideToks (-walk +listed):\n%s", path, diff)
		}
		listed += len(a.sideToks)
	})
	if listed == 0 {
		t.Error("no token listed: the test checks nothing")
	}
}

// TestMentionFrom: sentenceCountries and coordinatedPair, which walk the
// country mentions from mentionFrom, agree with walks of every token of
// the range asking countryStart, over each sentence and 200 random ranges
// of each of testdata's texts, on the tables the passes before pairing
// leave; some ranges have countries and pairs.
func TestMentionFrom(t *testing.T) {
	walkCountries := func(a *analysis, first, end int) []string {
		var codes []string
		for k := first; k < end; k++ {
			cm := a.countryStart(k)
			if cm < 0 || a.cms[cm].ref.kind == refCapital || a.placeDemonym(cm) {
				continue
			}
			if code := a.code(cm); !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		return codes
	}
	walkPair := func(a *analysis, first, end int) []string {
		var pair []string
		for k := first; k < end; k++ {
			cm := a.countryStart(k)
			if cm < 0 {
				continue
			}
			j := a.cms[cm].end
			if j >= end || a.toks[j].Lower != "and" && a.toks[j].Text != "-" && a.toks[j].Text != "–" {
				continue
			}
			j++
			if j < end && a.toks[j].Lower == "the" && a.country[j] < 0 {
				j++
			}
			if j >= end {
				continue
			}
			cm2 := a.country[j]
			if cm2 < 0 || a.cms[cm2].first != j || a.cms[cm2].ref.kind == refNone || a.code(cm2) == a.code(cm) {
				continue
			}
			if pair != nil {
				return nil
			}
			pair = []string{a.code(cm), a.code(cm2)}
		}
		return pair
	}
	r := rand.New(rand.NewPCG(3, 4))
	countries, pairs := 0, 0
	eachAnalysis(t, "pairing", func(path string, a *analysis) {
		var ranges [][2]int
		for _, s := range a.d.Sentences {
			ranges = append(ranges, [2]int{s.FirstToken, s.EndToken})
		}
		for range 200 {
			first := r.IntN(len(a.toks) + 1)
			ranges = append(ranges, [2]int{first, first + r.IntN(len(a.toks)-first+1)})
		}
		for _, rg := range ranges {
			got, want := a.sentenceCountries(nil, rg[0], rg[1]), walkCountries(a, rg[0], rg[1])
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%s: tokens %v: sentenceCountries (-walk +mentions):\n%s", path, rg, diff)
			}
			countries += len(got)
			gotPair, wantPair := a.coordinatedPair(rg[0], rg[1]), walkPair(a, rg[0], rg[1])
			if diff := cmp.Diff(wantPair, gotPair); diff != "" {
				t.Fatalf("%s: tokens %v: coordinatedPair (-walk +mentions):\n%s", path, rg, diff)
			}
			if gotPair != nil {
				pairs++
			}
		}
	})
	if countries == 0 || pairs == 0 {
		t.Errorf("%d countries, %d pairs found: the test checks nothing", countries, pairs)
	}
}
