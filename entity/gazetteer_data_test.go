package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// gazetteerRow is one data line of a gazetteer TSV file.
type gazetteerRow struct {
	line   int
	fields []string
}

// gazetteerRows reads the non-empty, non-comment lines of a TSV file under
// data/ and checks that each has the given number of tab-separated fields.
func gazetteerRows(t *testing.T, name string, fields int) []gazetteerRow {
	t.Helper()
	f, err := os.Open("data/" + name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	var rows []gazetteerRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasSuffix(line, "\r") {
			t.Errorf("%s:%d: CRLF line ending", name, n)
			line = strings.TrimRight(line, "\r")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != fields {
			t.Errorf("%s:%d: %d tab-separated fields, want %d: %q", name, n, len(parts), fields, line)
			continue
		}
		rows = append(rows, gazetteerRow{line: n, fields: parts})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return rows
}

func gazetteerCodeOK(code string) bool {
	if len(code) != 2 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return false
		}
	}
	return true
}

// gazetteerItems splits a '|' list, reporting empty items, surrounding spaces,
// curly quotes and duplicates within the list.
func gazetteerItems(t *testing.T, where, col, s string) []string {
	t.Helper()
	if s == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, it := range strings.Split(s, "|") {
		switch {
		case it == "":
			t.Errorf("%s: %s has an empty '|' item: %q", where, col, s)
			continue
		case it != strings.TrimSpace(it):
			t.Errorf("%s: %s item %q has leading or trailing space", where, col, it)
		case strings.ContainsAny(it, "\u2018\u2019\u201c\u201d"):
			t.Errorf("%s: %s item %q has a curly quote; use straight quotes", where, col, it)
		}
		if seen[it] {
			t.Errorf("%s: %s repeats %q", where, col, it)
		}
		seen[it] = true
		out = append(out, it)
	}
	return out
}

func TestGazetteerFiles(t *testing.T) {
	codes := map[string]bool{}
	surface := map[string]string{} // lower-cased surface form -> code
	owner := map[string]string{}   // lower-cased surface form -> form as written
	countries := gazetteerRows(t, "countries.tsv", 5)
	for _, r := range countries {
		where := "countries.tsv:" + itoaGazetteer(r.line)
		code, name := r.fields[0], r.fields[1]
		if !gazetteerCodeOK(code) {
			t.Errorf("%s: code %q is not two upper-case ASCII letters", where, code)
		}
		if codes[code] {
			t.Errorf("%s: code %s repeated", where, code)
		}
		codes[code] = true
		if name == "" || name != strings.TrimSpace(name) || strings.Contains(name, "|") {
			t.Errorf("%s: bad name %q", where, name)
		}
		forms := []string{name}
		for i, col := range []string{"ALIASES", "DEMONYMS", "CAPITALS"} {
			forms = append(forms, gazetteerItems(t, where, col, r.fields[2+i])...)
		}
		inRow := map[string]bool{}
		for _, s := range forms {
			// The loader also matches upper-case variants (headlines), so forms
			// must not clash even when case is ignored.
			if inRow[s] {
				t.Errorf("%s: %q appears twice in the row", where, s)
			}
			inRow[s] = true
			k := strings.ToLower(s)
			if c, ok := surface[k]; ok && c != code {
				t.Errorf("%s: %q maps to %s but %q already maps to %s", where, s, code, owner[k], c)
				continue
			}
			surface[k], owner[k] = code, s
		}
	}
	if len(codes) < 240 {
		t.Errorf("countries.tsv has %d countries, want at least 240", len(codes))
	}

	cities := gazetteerRows(t, "cities.tsv", 2)
	seen := map[string]string{}
	for _, r := range cities {
		where := "cities.tsv:" + itoaGazetteer(r.line)
		city, code := r.fields[0], r.fields[1]
		if city == "" || city != strings.TrimSpace(city) || strings.Contains(city, "|") {
			t.Errorf("%s: bad city %q", where, city)
		}
		if strings.ContainsAny(city, "\u2018\u2019\u201c\u201d") {
			t.Errorf("%s: city %q has a curly quote", where, city)
		}
		if !gazetteerCodeOK(code) {
			t.Errorf("%s: code %q is not two upper-case ASCII letters", where, code)
		} else if !codes[code] {
			t.Errorf("%s: code %s is not in countries.tsv", where, code)
		}
		// The loader keys cities by their lower-case form.
		k := strings.ToLower(city)
		if prev, ok := seen[k]; ok {
			t.Errorf("%s: city %q repeated (first for %s)", where, city, prev)
		}
		seen[k] = code
		if c, ok := surface[k]; ok && c != code {
			t.Errorf("%s: city %q is %s but countries.tsv maps %q to %s", where, city, code, owner[k], c)
		}
	}
	if len(seen) < 300 {
		t.Errorf("cities.tsv has %d cities, want at least 300", len(seen))
	}
}

func itoaGazetteer(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
