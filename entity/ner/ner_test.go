package ner

import "testing"

func TestPersons(t *testing.T) {
	m := New()
	s := `Speaking later, Mark Carney told reporters that Canada would mark the date.`
	var got []string
	for _, r := range m.Persons(s) {
		if r[0] < 0 || r[1] > len(s) || r[0] >= r[1] {
			t.Fatalf("bad range %v in %q", r, s)
		}
		got = append(got, s[r[0]:r[1]])
	}
	found := false
	for _, g := range got {
		found = found || g == "Mark Carney" || g == "Carney"
	}
	if !found {
		t.Errorf("Persons(%q) = %q, want Mark Carney among them", s, got)
	}
	if got := m.Persons(""); len(got) != 0 {
		t.Errorf("Persons(\"\") = %v, want none", got)
	}
}
