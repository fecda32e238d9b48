// Package gold reads hand labels of articles: the gold files that Readout's
// accuracy is measured against, one JSON object per article in the form
// described in testdata/gold/SCHEMA.md. It is the one place in the module
// that decodes them; the benchmark and the tests that check a stage against
// the labels all use it.
package gold

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Label is the hand label of one article. A JSON null decodes as "".
type Label struct {
	Doc               string   `json:"doc"`
	Published         string   `json:"published"`
	Dateline          string   `json:"dateline"`
	People            []Person `json:"people"`
	OptionalPeople    []string `json:"optional_people"`
	Countries         []string `json:"countries"`
	OptionalCountries []string `json:"optional_countries"`
	Topics            []string `json:"topics"`
	OptionalTopics    []string `json:"optional_topics"`
	Events            []Event  `json:"events"`
	// Organizations is nil when the file has no "organizations" key: the
	// article's organisations are not labelled, and are not scored.
	Organizations         []Organization `json:"organizations"`
	OptionalOrganizations []string       `json:"optional_organizations"`
}

// Person is a person of the labels.
type Person struct {
	Name            string   `json:"name"`
	Variants        []string `json:"variants"`
	Country         string   `json:"country"`
	Offices         []string `json:"offices"`
	OptionalOffices []string `json:"optional_offices"`
}

// Event is an engagement of the labels.
type Event struct {
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Initiator    string   `json:"initiator"`
	When         string   `json:"when"`
	// Date is nil when the file has no "date" key (not labelled), and points
	// at "" for a JSON null (the text fixes no day).
	Date *string `json:"date"`
}

// Organization is an organisation of the labels.
type Organization struct {
	Name     string   `json:"name"`
	Variants []string `json:"variants"`
	Acronym  string   `json:"acronym"`
	Country  string   `json:"country"`
}

// eventTypes are the values of Event.Type.
var eventTypes = []string{"call", "meeting", "letter"}

// Parse decodes one gold file. name is the file's path, for errors; the
// document id is the file name without extension, and a "doc" field, when
// present, must agree with it. Unknown fields are errors, so that a typo
// ("optional_topic") cannot silently drop a label.
func Parse(data []byte, name string) (Label, error) {
	var g Label
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Label{}, fmt.Errorf("%s: %w", name, err)
	}
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if g.Doc == "" {
		g.Doc = id
	} else if g.Doc != id {
		return Label{}, fmt.Errorf("%s: doc %q does not match the file name", name, g.Doc)
	}
	names := map[string]bool{}
	for i, p := range g.People {
		if strings.TrimSpace(p.Name) == "" {
			return Label{}, fmt.Errorf("%s: people[%d]: empty name", name, i)
		}
		names[p.Name] = true
	}
	for i, o := range g.Organizations {
		if strings.TrimSpace(o.Name) == "" {
			return Label{}, fmt.Errorf("%s: organizations[%d]: empty name", name, i)
		}
	}
	for i, e := range g.Events {
		if !slices.Contains(eventTypes, e.Type) {
			return Label{}, fmt.Errorf("%s: events[%d]: type %q is not call, meeting or letter", name, i, e.Type)
		}
		if len(e.Participants) == 0 {
			return Label{}, fmt.Errorf("%s: events[%d]: no participants", name, i)
		}
		for _, p := range e.Participants {
			if !names[p] {
				return Label{}, fmt.Errorf("%s: events[%d]: participant %q is not the name of a person in people", name, i, p)
			}
		}
		if e.Initiator != "" && !slices.Contains(e.Participants, e.Initiator) {
			return Label{}, fmt.Errorf("%s: events[%d]: initiator %q is not a participant", name, i, e.Initiator)
		}
		if e.Date != nil && *e.Date != "" && !isISODate(*e.Date) {
			return Label{}, fmt.Errorf("%s: events[%d]: date %q is not YYYY-MM-DD", name, i, *e.Date)
		}
	}
	return g, nil
}

// isISODate reports whether s has the form YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Load reads every *.json file of dir, sorted by name.
func Load(dir string) ([]Label, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no gold files (*.json)", dir)
	}
	slices.Sort(paths)
	labels := make([]Label, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		g, err := Parse(data, p)
		if err != nil {
			return nil, err
		}
		labels = append(labels, g)
	}
	return labels, nil
}

// LoadFile reads the gold file at path.
func LoadFile(path string) (Label, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Label{}, err
	}
	return Parse(data, path)
}
