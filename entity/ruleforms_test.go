package entity

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions the rule table's forms were read by before
// isWindowName and parseSlot.
var (
	windowNameRE = regexp.MustCompile(`^[a-z][a-z-]*$`)
	slotElemRE   = regexp.MustCompile(`^\{([PQC])(\*)?(?:~([a-z][a-z-]*))?((?::[a-z]+)*)\}$`)
)

// TestRuleForms: isWindowName and parseSlot agree with the regular
// expressions on the table's own words, hand-made cases and 20,000 random
// strings of the forms' pieces.
func TestRuleForms(t *testing.T) {
	words := strings.Fields(strings.ReplaceAll(countryRulesText, "^", " "))
	words = append(words, "", "{", "}", "{}", "{P}", "{Q*}", "{C~}", "{P~reach}", "{P*~reach:placed:he}", "{P:}", "{P::a}",
		"{Q~a-b:office}", "{X}", "{P~Reach}", "{P~-a}", "{P*~a:b:c}", "{P~a:b}x", "x{P}", "{PQ}", "{P**}", "{P~a~b}", "a", "a-", "-a", "A", "a1")
	pieces := []string{"{", "}", "P", "Q", "C", "*", "~", ":", "a", "z", "reach", "-", "A", "1", " ", "é"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString("{")
		}
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if rng.Intn(2) == 0 {
			b.WriteString("}")
		}
		words = append(words, b.String())
	}
	slots := 0
	for _, w := range words {
		if got, want := isWindowName(w), windowNameRE.MatchString(w); got != want {
			t.Errorf("isWindowName(%q) = %v, want %v", w, got, want)
		}
		f, ok := parseSlot(w)
		m := slotElemRE.FindStringSubmatch(w)
		if ok != (m != nil) {
			t.Errorf("parseSlot(%q): ok %v, the expression %v", w, ok, m != nil)
			continue
		}
		if ok {
			slots++
			if got := []string{w, f.slot, f.every, f.window, f.flags}; strings.Join(got, "|") != strings.Join(m, "|") {
				t.Errorf("parseSlot(%q) = %q, want %q", w, got, m)
			}
		}
	}
	if slots < 100 {
		t.Errorf("only %d slots among the cases", slots)
	}
}
