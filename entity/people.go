package entity

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ErrBadPeople is wrapped by every error that ReadPeopleCSV, ReadPeopleJSONL
// and LoadPeopleFile return for a file of known people that cannot be used.
// The message names the file, the line and the field at fault:
// "entity: bad people file: people.csv:4: country: unknown country code "XX"".
var ErrBadPeople = errors.New("entity: bad people file")

// peopleColumns are the columns of a people CSV file, in the order the doc
// lists them.
var peopleColumns = []string{"name", "aliases", "country", "offices", "id"}

// ReadPeopleCSV reads known people from a CSV file (RFC 4180, comma
// separated, UTF-8); name names the source in errors, usually the file name.
//
// The first record is a header naming the columns, in any order: name (the
// only one required), aliases, country, offices, id. Every other record is
// one person:
//
//		name,aliases,country,offices,id
//		Lena Vogt,Vogt|L. Vogt,DE,Foreign Minister (2021-12-08..)|Member of Parliament,Q000001
//		Tomas Reyes,Reyes,CL,Senator (..2022-03-10),
//
//	  - name: the full name to report;
//	  - aliases: other names the text may use, separated by "|";
//	  - country: the ISO 3166-1 alpha-2 code of the country the person serves
//	    (upper case), or empty;
//	  - offices: office titles separated by "|"; a title may end with the
//	    term it is held for in brackets, "(FROM..TO)", each date YYYY, YYYY-MM
//	    or YYYY-MM-DD and either one left out for an open end: "Prime
//	    Minister (2024-03..)" is held from March 2024 on, "Senator
//	    (2016..2022)" from 2016 to the end of 2022. An office with a term goes
//	    to KnownPerson.Terms, and is given only in an article whose
//	    publication date falls within it; one without goes to Offices;
//	  - id: the caller's own id for the person (a Wikidata id, say), carried
//	    into the results.
//
// Blank lines and lines that start with "#" are skipped; white space around
// a value is ignored. Every error wraps ErrBadPeople.
func ReadPeopleCSV(r io.Reader, name string) ([]KnownPerson, error) {
	t, err := defaultTables()
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.ReuseRecord = true
	bad := func(line int, field, format string, a ...any) error {
		return fmt.Errorf("%w: %s:%d: %s: %s", ErrBadPeople, name, line, field, fmt.Sprintf(format, a...))
	}
	readErr := func(err error) error {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("%w: %s:%d: %w", ErrBadPeople, name, pe.Line, pe.Err)
		}
		return fmt.Errorf("%w: %s: %w", ErrBadPeople, name, err)
	}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: %s: no header (want a first line such as %q)", ErrBadPeople, name, strings.Join(peopleColumns, ","))
	}
	if err != nil {
		return nil, readErr(err)
	}
	line, _ := cr.FieldPos(0)
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(peopleColumns, h) {
			return nil, bad(line, "header", "column %q: unknown (want %s)", h, strings.Join(peopleColumns, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, bad(line, "header", "column %q given twice", h)
		}
		col[h] = i
	}
	if _, ok := col["name"]; !ok {
		return nil, bad(line, "header", "no name column")
	}
	cell := func(rec []string, c string) string {
		if i, ok := col[c]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var people []KnownPerson
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return people, nil
		}
		if err != nil {
			return nil, readErr(err)
		}
		line, _ := cr.FieldPos(0)
		p := KnownPerson{Name: cell(rec, "name"), Aliases: splitList(cell(rec, "aliases")),
			Country: cell(rec, "country"), ID: cell(rec, "id")}
		for _, o := range splitList(cell(rec, "offices")) {
			title, term, err := parseOffice(o)
			if err != nil {
				return nil, bad(line, "offices", "%q: %v", o, err)
			}
			if term != nil {
				p.Terms = append(p.Terms, *term)
			} else {
				p.Offices = append(p.Offices, title)
			}
		}
		if field, err := t.checkPerson(p); err != nil {
			return nil, bad(line, field, "%v", err)
		}
		people = append(people, p)
	}
}

// ReadPeopleJSONL reads known people from a JSON Lines file: one JSON object
// per line; name names the source in errors. The keys are those of the CSV
// form (ReadPeopleCSV), with lists as JSON arrays, and an office either a
// title or an object with its term:
//
//	{"name": "Lena Vogt", "aliases": ["Vogt", "L. Vogt"], "country": "DE",
//	 "offices": [{"title": "Foreign Minister", "from": "2021-12-08"}, "Member of Parliament"],
//	 "id": "Q000001"}
//
// (one line in the file). Only "name" is required; "country" and "id" may be
// null, "from" and "to" left out for an open end. Any other key is an error,
// so that a misspelt one is not silently ignored. Blank lines are skipped.
// Every error wraps ErrBadPeople.
func ReadPeopleJSONL(r io.Reader, name string) ([]KnownPerson, error) {
	t, err := defaultTables()
	if err != nil {
		return nil, err
	}
	type office struct {
		Title *string `json:"title"`
		From  string  `json:"from"`
		To    string  `json:"to"`
	}
	type row struct {
		Name    *string           `json:"name"`
		Aliases []string          `json:"aliases"`
		Country *string           `json:"country"`
		Offices []json.RawMessage `json:"offices"`
		ID      *string           `json:"id"`
	}
	bad := func(line int, field, format string, a ...any) error {
		return fmt.Errorf("%w: %s:%d: %s: %s", ErrBadPeople, name, line, field, fmt.Sprintf(format, a...))
	}
	deref := func(s *string) string {
		if s == nil {
			return ""
		}
		return strings.TrimSpace(*s)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var people []KnownPerson
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rw row
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rw); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %s", ErrBadPeople, name, line, jsonMessage(err))
		}
		if dec.More() {
			return nil, fmt.Errorf("%w: %s:%d: more than one JSON value on the line", ErrBadPeople, name, line)
		}
		if rw.Name == nil {
			return nil, bad(line, "name", "missing")
		}
		p := KnownPerson{Name: deref(rw.Name), Country: deref(rw.Country), ID: deref(rw.ID)}
		for _, a := range rw.Aliases {
			p.Aliases = append(p.Aliases, strings.TrimSpace(a))
		}
		for i, raw := range rw.Offices {
			field := fmt.Sprintf("offices[%d]", i)
			var title string
			if err := json.Unmarshal(raw, &title); err == nil {
				p.Offices = append(p.Offices, strings.TrimSpace(title))
				continue
			}
			var o office
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&o); err != nil {
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) && te.Field == "" {
					return nil, bad(line, field, "want a title or {\"title\", \"from\", \"to\"}, not a JSON %s", te.Value)
				}
				return nil, bad(line, field, "%s", jsonMessage(err))
			}
			if o.Title == nil {
				return nil, bad(line, field+".title", "missing")
			}
			term := Term{Title: strings.TrimSpace(*o.Title), From: strings.TrimSpace(o.From), To: strings.TrimSpace(o.To)}
			if term.From == "" && term.To == "" {
				p.Offices = append(p.Offices, term.Title)
				continue
			}
			if err := checkTerm(term); err != nil {
				return nil, bad(line, field, "%v", err)
			}
			p.Terms = append(p.Terms, term)
		}
		if field, err := t.checkPerson(p); err != nil {
			return nil, bad(line, field, "%v", err)
		}
		people = append(people, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadPeople, name, err)
	}
	return people, nil
}

// LoadPeopleFile reads the known people of the file at path: CSV for a name
// ending in .csv, JSON Lines for .jsonl or .ndjson (see ReadPeopleCSV and
// ReadPeopleJSONL). Every error wraps ErrBadPeople.
func LoadPeopleFile(path string) ([]KnownPerson, error) {
	var read func(io.Reader, string) ([]KnownPerson, error)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		read = ReadPeopleCSV
	case ".jsonl", ".ndjson":
		read = ReadPeopleJSONL
	default:
		return nil, fmt.Errorf("%w: %s: want a .csv or .jsonl file", ErrBadPeople, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadPeople, err)
	}
	defer f.Close()
	return read(bufio.NewReaderSize(f, 1<<16), path)
}

// checkPerson says which field of a person read from a file is wrong, and
// why, or returns a nil error.
func (t *tables) checkPerson(p KnownPerson) (field string, err error) {
	if p.Name == "" {
		return "name", errors.New("empty")
	}
	if !hasLetter(p.Name) {
		return "name", fmt.Errorf("%q: a name needs a letter", p.Name)
	}
	for _, a := range p.Aliases {
		if a == "" {
			return "aliases", errors.New("an empty alias")
		}
		if !hasLetter(a) {
			return "aliases", fmt.Errorf("%q: a name needs a letter", a)
		}
	}
	if p.Country != "" {
		if _, ok := t.byCode[p.Country]; !ok {
			hint := ""
			if _, ok := t.byCode[strings.ToUpper(p.Country)]; ok {
				hint = fmt.Sprintf(" (write it in upper case: %q)", strings.ToUpper(p.Country))
			}
			return "country", fmt.Errorf("unknown country code %q%s", p.Country, hint)
		}
	}
	for _, o := range p.Offices {
		if o == "" {
			return "offices", errors.New("an empty title")
		}
	}
	return "", nil
}

// parseOffice reads an office of the CSV form: "Title" or "Title (FROM..TO)".
// It returns the title alone, or a term when the office has one.
func parseOffice(s string) (string, *Term, error) {
	open := strings.LastIndex(s, "(")
	if !strings.HasSuffix(s, ")") || open < 0 || !strings.Contains(s[open:], "..") {
		return s, nil, nil // brackets without "..", such as "Minister (acting)", are part of the title
	}
	from, to, _ := strings.Cut(s[open+1:len(s)-1], "..")
	t := Term{Title: strings.TrimSpace(s[:open]), From: strings.TrimSpace(from), To: strings.TrimSpace(to)}
	if t.From == "" && t.To == "" {
		return "", nil, errors.New("a term needs a from date, a to date or both: (2024..), (..2022), (2016..2022)")
	}
	if err := checkTerm(t); err != nil {
		return "", nil, err
	}
	return t.Title, &t, nil
}

// jsonMessage words a decoding error of one line, without the decoder's
// "json: " prefix.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("%s: want %s, not a JSON %s", te.Field, te.Type, te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
