package entity

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// The word index must say of every word what the tables' maps say.
func TestWordIndexAgreesWithTables(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	x := newWordIndex(tb)
	classes := tb.phraseClasses()
	words := []string{"", "the", "said", "minister", "zzzz", "x"}
	for w := range classes {
		words = append(words, w, w+"s")
	}
	for w := range tb.words.notNames {
		words = append(words, w, "a"+w)
	}
	for _, w := range words {
		got := x.lookup(w, wordlist.Hash(w))
		want := wordInfo{cls: classes[w], notName: tb.words.notNames[w]}
		if got.cls != want.cls || got.notName != want.notName {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
	// Every matcher's first words, and only they, are found by their
	// lower-case word, with their phrases.
	matchers := [numStarts]map[string]phraseRange{
		startCountry: tb.countryPhr.groups(), startOffice: tb.officePhr.groups(),
		startOfficeExact: tb.officeExact.groups(), startOrg: tb.orgPhr.groups(),
	}
	n := 0
	for k, byFirst := range matchers {
		for w, r := range byFirst {
			info := x.lookup(strings.ToLower(w), wordlist.Hash(strings.ToLower(w)))
			j := numStarts*int(info.starts-1) + k
			if info.starts == 0 || !slices.Contains(x.forms[x.startAt[j]:x.startAt[j+1]], firstForm{w, r}) {
				t.Errorf("matcher %d: first word %q: not found by %q", k, w, strings.ToLower(w))
			}
			n++
		}
	}
	for j := range len(x.startAt) - 1 {
		k := j % numStarts
		for _, f := range x.forms[x.startAt[j]:x.startAt[j+1]] {
			if r, ok := matchers[k][f.word]; !ok || r != f.r {
				t.Errorf("matcher %d: %q %v is no first word's", k, f.word, f.r)
			}
			n--
		}
	}
	if n != 0 {
		t.Errorf("the index holds %d first words more or less than the matchers", -n)
	}
	if info := x.lookup("zzzz", wordlist.Hash("zzzz")); info.starts != 0 {
		t.Errorf("lookup(zzzz).starts = %d, want 0", info.starts)
	}
}

func TestWordSet(t *testing.T) {
	var s wordSet
	for round, n := range []int{40, 40, 3000, 40} { // the room is reused, and grows
		var words []string
		for i := range n {
			words = append(words, fmt.Sprint("w", i*(round+1)), fmt.Sprint("w", i*(round+1)))
		}
		toks := pipeline.Tokenize(strings.Join(words, " "))
		s.reset(toks)
		if s.has("w0") {
			t.Fatalf("round %d: a reset set holds a word", round)
		}
		for i := range toks {
			s.add(i, wordlist.Hash(toks[i].Lower))
		}
		for i := range 2 * n {
			w := fmt.Sprint("w", i)
			if want := i%(round+1) == 0 && i/(round+1) < n; s.has(w) != want {
				t.Errorf("round %d: has(%q) = %v, want %v", round, w, !want, want)
			}
		}
	}
}

// A matcher asked through the word index (matchForms) finds what it finds
// by the token's form (match), at every word of the seeds in every case.
func TestMatchFormsAgreesWithMatch(t *testing.T) {
	s := newStage(t)
	text := shuffledSeeds(t, 1<<16)
	for _, text := range []string{text, strings.ToUpper(text), strings.ToLower(text)} {
		d, err := pipeline.Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		a := newAnalysis(s, d)
		for i := range a.toks {
			if a.toks[i].Kind != pipeline.Word {
				continue
			}
			for k, m := range [numStarts]func(i int, forms []firstForm) (int, int, bool, int, int, bool){
				startCountry: func(i int, forms []firstForm) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.countryPhr.match(a.toks, i, norm, false)
					v2, e2, ok2 := s.t.countryPhr.matchForms(a.toks, i, forms, norm, false)
					return int(v1.country)<<4 | int(v1.kind), e1, ok1, int(v2.country)<<4 | int(v2.kind), e2, ok2
				},
				startOffice: func(i int, forms []firstForm) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.officePhr.match(a.toks, i, lower, true)
					v2, e2, ok2 := s.t.officePhr.matchForms(a.toks, i, forms, lower, true)
					return v1, e1, ok1, v2, e2, ok2
				},
				startOfficeExact: func(i int, forms []firstForm) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.officeExact.match(a.toks, i, norm, true)
					v2, e2, ok2 := s.t.officeExact.matchForms(a.toks, i, forms, norm, true)
					return v1, e1, ok1, v2, e2, ok2
				},
				startOrg: func(i int, forms []firstForm) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.orgPhr.match(a.toks, i, norm, false)
					v2, e2, ok2 := s.t.orgPhr.matchForms(a.toks, i, forms, norm, false)
					return v1, e1, ok1, v2, e2, ok2
				},
			} {
				v1, e1, ok1, v2, e2, ok2 := m(i, a.phraseStarts(i, k))
				if ok1 != ok2 || ok1 && (v1 != v2 || e1 != e2) {
					t.Fatalf("matcher %d at %q: match %v %d %v, matchForms %v %d %v", k, a.toks[i].Text, v1, e1, ok1, v2, e2, ok2)
				}
			}
		}
		a.release()
	}
}

// A matcher asked through the word index by a token's form (matchIndexed)
// finds what it finds by its own first words (match), at every token of
// the seeds in every case, words or not, and on the tables' own phrases.
func TestMatchIndexedAgreesWithMatch(t *testing.T) {
	s := newStage(t)
	text := shuffledSeeds(t, 1<<16)
	var phrases []string
	for _, m := range []map[string]phraseRange{s.t.countryPhr.groups(), s.t.officePhr.groups(), s.t.officeExact.groups(), s.t.orgPhr.groups()} {
		for w := range m {
			phrases = append(phrases, w)
		}
	}
	for _, ci := range s.t.countries {
		phrases = append(phrases, ci.Name, strings.ToUpper(ci.Name))
	}
	texts := []string{text, strings.ToUpper(text), strings.ToLower(text), strings.Join(phrases, " ; ")}
	found := 0
	for _, text := range texts {
		toks := pipeline.Tokenize(text)
		for i := range toks {
			for k, m := range [numStarts]func(i int) (int, int, bool, int, int, bool){
				startCountry: func(i int) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.countryPhr.match(toks, i, norm, false)
					v2, e2, ok2 := matchIndexed(s.t.countryPhr, s.words, startCountry, toks, i, norm, false)
					return int(v1.country)<<4 | int(v1.kind), e1, ok1, int(v2.country)<<4 | int(v2.kind), e2, ok2
				},
				startOffice: func(i int) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.officePhr.match(toks, i, lower, true)
					v2, e2, ok2 := matchIndexed(s.t.officePhr, s.words, startOffice, toks, i, lower, true)
					return v1, e1, ok1, v2, e2, ok2
				},
				startOfficeExact: func(i int) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.officeExact.match(toks, i, norm, true)
					v2, e2, ok2 := matchIndexed(s.t.officeExact, s.words, startOfficeExact, toks, i, norm, true)
					return v1, e1, ok1, v2, e2, ok2
				},
				startOrg: func(i int) (int, int, bool, int, int, bool) {
					v1, e1, ok1 := s.t.orgPhr.match(toks, i, norm, false)
					v2, e2, ok2 := matchIndexed(s.t.orgPhr, s.words, startOrg, toks, i, norm, false)
					return v1, e1, ok1, v2, e2, ok2
				},
			} {
				v1, e1, ok1, v2, e2, ok2 := m(i)
				if ok1 != ok2 || ok1 && (v1 != v2 || e1 != e2) {
					t.Fatalf("matcher %d at %q: match %v %d %v, matchIndexed %v %d %v", k, toks[i].Text, v1, e1, ok1, v2, e2, ok2)
				}
				if ok1 {
					found++
				}
			}
		}
	}
	if found < len(phrases)/2 {
		t.Errorf("%d phrases found, for %d first words", found, len(phrases))
	}
}
