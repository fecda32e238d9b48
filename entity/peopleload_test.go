package entity

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// examplePeople is what both example files of examples/ hold.
var examplePeople = []KnownPerson{
	{Name: "Lena Vogt", Aliases: []string{"Vogt", "L. Vogt"}, Country: "DE", Offices: []string{"Member of Parliament"},
		Terms: []Term{{Title: "Foreign Minister", From: "2021-12-08"}}, ID: "X-0001"},
	{Name: "Tomas Reyes Palma", Aliases: []string{"Tomas Reyes", "Reyes Palma"}, Country: "CL",
		Terms: []Term{{Title: "Senator", From: "2014-03", To: "2022-03-10"}, {Title: "Minister of Mines", From: "2022-03-11"}}, ID: "X-0002"},
	{Name: "Amina Okonkwo-Bello", Aliases: []string{"Okonkwo-Bello"}, Country: "NG",
		Terms: []Term{{Title: "National Security Advisor", From: "2023"}}, ID: "X-0003"},
	{Name: "Kaito Morimura", Aliases: []string{"Morimura"}, Country: "JP",
		Terms: []Term{{Title: "Prime Minister", From: "2024-10"}, {Title: "Defence Minister", From: "2019", To: "2021"}}, ID: "X-0004"},
	{Name: "Ilse Brandt", Country: "AT", Offices: []string{"Ambassador"}},
}

// TestExamplePeopleFiles reads the two example files, which say the same in
// the two formats, and checks what the stage makes of one of their people.
func TestExamplePeopleFiles(t *testing.T) {
	for _, path := range []string{"../examples/people.csv", "../examples/people.jsonl"} {
		got, err := LoadPeopleFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(examplePeople, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
	s := newStage(t, WithKnownPeople(examplePeople...))
	_, a := annotate(t, s, "2020-05-04\n\nKaito Morimura met Ilse Brandt in Vienna. Morimura left on Tuesday.")
	var got []string
	for _, p := range a.People {
		got = append(got, brief(p)+"|"+p.Known.ID)
	}
	want := []string{"Kaito Morimura|JP|Defence Minister/JP|X-0004", "Ilse Brandt|AT|Ambassador/AT|"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadPeople(t *testing.T) {
	tests := []struct {
		name, csv, jsonl string
		want             []KnownPerson
	}{
		{"the name alone", "name\nAna Duarte\n", `{"name": "Ana Duarte"}`, []KnownPerson{{Name: "Ana Duarte"}}},
		{"columns in any order, spaces and case ignored", " ID ,Name, country\nQ7, Ana Duarte ,PT\n",
			`{"id": "Q7", "name": " Ana Duarte ", "country": "PT"}`, []KnownPerson{{Name: "Ana Duarte", Country: "PT", ID: "Q7"}}},
		{"comments and blank lines", "# people\nname\n\n# one\nAna Duarte\n\n", "\n{\"name\": \"Ana Duarte\"}\n\n",
			[]KnownPerson{{Name: "Ana Duarte"}}},
		{"a byte-order mark", "\ufeffname\nAna Duarte\n", "", []KnownPerson{{Name: "Ana Duarte"}}},
		{"quoted cells", "name,offices\n\"Duarte, Ana\",\"Minister (acting)|Envoy (2020..)\"\n",
			`{"name": "Duarte, Ana", "offices": ["Minister (acting)", {"title": "Envoy", "from": "2020"}]}`,
			[]KnownPerson{{Name: "Duarte, Ana", Offices: []string{"Minister (acting)"}, Terms: []Term{{Title: "Envoy", From: "2020"}}}}},
		{"nulls and empty cells", "name,aliases,country,offices,id\nAna Duarte,,,,\n",
			`{"name": "Ana Duarte", "aliases": null, "country": null, "offices": null, "id": null}`, []KnownPerson{{Name: "Ana Duarte"}}},
		{"an object office without dates is an office", "", `{"name": "Ana Duarte", "offices": [{"title": "Envoy"}]}`,
			[]KnownPerson{{Name: "Ana Duarte", Offices: []string{"Envoy"}}}},
		{"an empty file", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.csv != "" || tt.jsonl == "" && tt.name != "an empty file" {
				got, err := ReadPeopleCSV(strings.NewReader(tt.csv), "p.csv")
				if err != nil {
					t.Fatalf("csv: %v", err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("csv (-want +got):\n%s", diff)
				}
			}
			if tt.jsonl != "" || tt.name == "an empty file" {
				got, err := ReadPeopleJSONL(strings.NewReader(tt.jsonl), "p.jsonl")
				if err != nil {
					t.Fatalf("jsonl: %v", err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("jsonl (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestReadPeopleErrors(t *testing.T) {
	tests := []struct {
		name, csv, want string
	}{
		{"no header", "", `p.csv: no header (want a first line such as "name,aliases,country,offices,id")`},
		{"an unknown column", "name,contry\nA,PT\n", `p.csv:1: header: column "contry": unknown (want name, aliases, country, offices, id)`},
		{"a column twice", "name,Name\n", `p.csv:1: header: column "name" given twice`},
		{"no name column", "country\nPT\n", `p.csv:1: header: no name column`},
		{"an empty name", "name,country\nA B,PT\n ,PT\n", `p.csv:3: name: empty`},
		{"a name without a letter", "name,aliases\nA B,-\n", `p.csv:2: aliases: "-": a name needs a letter`},
		{"a lower-case code", "name,country\nA B,pt\n", `p.csv:2: country: unknown country code "pt" (write it in upper case: "PT")`},
		{"an unknown code", "# c\nname,country\nA B,XX\n", `p.csv:3: country: unknown country code "XX"`},
		{"a bad date", "name,offices\nA B,Envoy (2020-13..)\n", `p.csv:2: offices: "Envoy (2020-13..)": from "2020-13": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"a term the wrong way round", "name,offices\nA B,Envoy (2020..2019)\n", `p.csv:2: offices: "Envoy (2020..2019)": from 2020 is after to 2019`},
		{"a term with no date", "name,offices\nA B,Envoy (..)\n", `p.csv:2: offices: "Envoy (..)": a term needs a from date, a to date or both: (2024..), (..2022), (2016..2022)`},
		{"a term with no title", "name,offices\nA B,(2020..)\n", `p.csv:2: offices: "(2020..)": empty title`},
		{"a row too long", "name,country\nA B,PT,x\n", `p.csv:2: wrong number of fields`},
		{"a broken quote", "name\n\"A B\n", `p.csv:2: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPeopleCSV(strings.NewReader(tt.csv), "p.csv")
			if !errors.Is(err, ErrBadPeople) {
				t.Fatalf("error %v, want ErrBadPeople", err)
			}
			if got := strings.TrimPrefix(err.Error(), "entity: bad people file: "); got != tt.want {
				t.Errorf("error\n got %s\nwant %s", got, tt.want)
			}
		})
	}
	jsonTests := []struct {
		name, jsonl, want string
	}{
		{"not JSON", "{\"name\": \"A B\"}\nname,country\n", `p.jsonl:2: invalid character 'a' in literal null (expecting 'u')`},
		{"no name", `{"country": "PT"}`, `p.jsonl:1: name: missing`},
		{"an unknown key", `{"name": "A B", "contry": "PT"}`, `p.jsonl:1: unknown field "contry"`},
		{"a wrong type", `{"name": "A B", "aliases": "B"}`, `p.jsonl:1: aliases: want []string, not a JSON string`},
		{"an office of a wrong type", `{"name": "A B", "offices": [3]}`,
			`p.jsonl:1: offices[0]: want a title or {"title", "from", "to"}, not a JSON number`},
		{"an office without a title", `{"name": "A B", "offices": [{"from": "2020"}]}`, `p.jsonl:1: offices[0].title: missing`},
		{"an unknown key in an office", `{"name": "A B", "offices": [{"title": "Envoy", "since": "2020"}]}`,
			`p.jsonl:1: offices[0]: unknown field "since"`},
		{"a bad date", "\n{\"name\": \"A B\", \"offices\": [{\"title\": \"Envoy\", \"to\": \"20\"}]}", `p.jsonl:2: offices[0]: to "20": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"an unknown code", `{"name": "A B", "country": "XX"}`, `p.jsonl:1: country: unknown country code "XX"`},
		{"an empty alias", `{"name": "A B", "aliases": [" "]}`, `p.jsonl:1: aliases: an empty alias`},
		{"two values on a line", `{"name": "A B"} {"name": "C"}`, `p.jsonl:1: more than one JSON value on the line`},
	}
	for _, tt := range jsonTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPeopleJSONL(strings.NewReader(tt.jsonl), "p.jsonl")
			if !errors.Is(err, ErrBadPeople) {
				t.Fatalf("error %v, want ErrBadPeople", err)
			}
			if got := strings.TrimPrefix(err.Error(), "entity: bad people file: "); got != tt.want {
				t.Errorf("error\n got %s\nwant %s", got, tt.want)
			}
		})
	}
	if _, err := LoadPeopleFile("people.txt"); err == nil || !errors.Is(err, ErrBadPeople) ||
		err.Error() != "entity: bad people file: people.txt: want a .csv or .jsonl file" {
		t.Errorf("LoadPeopleFile(people.txt) = %v", err)
	}
}

// FuzzReadPeople reads arbitrary bytes as either format: never a panic, and
// every error wraps ErrBadPeople; what is read can build a stage.
func FuzzReadPeople(f *testing.F) {
	f.Add("name,aliases,country,offices,id\nLena Vogt,Vogt,DE,Envoy (2020..)|Senator,Q1\n")
	f.Add(`{"name": "Lena Vogt", "offices": [{"title": "Envoy", "from": "2020"}]}`)
	f.Add("name\n\"a\"\"b\"\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, read := range []func() ([]KnownPerson, error){
			func() ([]KnownPerson, error) { return ReadPeopleCSV(strings.NewReader(data), "f.csv") },
			func() ([]KnownPerson, error) { return ReadPeopleJSONL(strings.NewReader(data), "f.jsonl") },
		} {
			people, err := read()
			if err != nil {
				if !errors.Is(err, ErrBadPeople) {
					t.Fatalf("error %v does not wrap ErrBadPeople", err)
				}
				continue
			}
			if _, err := New(WithKnownPeople(people...)); err != nil {
				t.Fatalf("people read without error refused by New: %v", err)
			}
		}
	})
}
