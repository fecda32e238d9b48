package entity

import (
	"strings"
	"testing"
)

// TestOrganizationsTable checks data/organizations.tsv: no name or variant
// is given by two lines, an acronym two lines share is no line's name or
// variant, and every line's name and variants are found in a sentence as
// that body, named as written.
func TestOrganizationsTable(t *testing.T) {
	rows := gazetteerRows(t, "organizations.tsv", 4)
	forms := map[string]int{}    // name or variant -> line
	acronyms := map[string]int{} // acronym -> lines that give it
	for _, r := range rows {
		for _, f := range append([]string{r.fields[0]}, splitList(r.fields[3])...) {
			if prev, ok := forms[f]; ok {
				t.Errorf("organizations.tsv:%d: %q is also line %d's", r.line, f, prev)
			}
			forms[f] = r.line
		}
		if a := r.fields[1]; a != "" {
			acronyms[a]++
		}
	}
	for a, n := range acronyms {
		if line, ok := forms[a]; ok && n > 1 {
			t.Errorf("organizations.tsv:%d: %q is a name, and an acronym %d lines share", line, a, n)
		}
	}
	s := newStage(t)
	for _, r := range rows {
		for _, f := range append([]string{r.fields[0]}, splitList(r.fields[3])...) {
			_, a := annotate(t, s, "Officials said that "+f+" met on Monday.")
			var got []string
			for _, o := range a.Organizations {
				got = append(got, o.Name)
			}
			if len(got) != 1 || got[0] != strings.Join(strings.Fields(f), " ") && !a.lowerForm(f) {
				t.Errorf("organizations.tsv:%d: %q: found %q", r.line, f, got)
			}
		}
	}
}

// lowerForm reports whether a table's form holds a word in lower case, so
// that a body named by it is reported by the table's name.
func (a *Annotations) lowerForm(f string) bool {
	for _, w := range strings.Fields(f) {
		switch w {
		case "of", "the", "for", "and", "&":
			continue
		}
		if strings.ToLower(w[:1]) == w[:1] {
			return true
		}
	}
	return false
}
