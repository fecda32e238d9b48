package entity

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIsPlace(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name string
		want bool
	}{
		{"NEW DELHI", true},
		{"Berlin", true},
		{"KUALA LUMPUR", true},
		{"Brazil", true},
		{"UNITED STATES", true},
		{"Saudi", false}, // a demonym
		{"Paris Hilton", false},
		{"Staff", false},
		{"ASIATODAY.ID", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := s.IsPlace(tt.name); got != tt.want {
			t.Errorf("IsPlace(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestGazetteerPlaces shows that a first-level division or an airport of the
// generated gazetteer is no person and no organisation, and states no
// country: it only stops a run from being a name. People beside it, with a
// title or without, are still found, also where a name holds a division's
// word alone or one that the gazetteer leaves out as a possible name.
func TestGazetteerPlaces(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		people     []string
		countries  []string
	}{
		{"regions written without a division word",
			"Flood relief reached Akwa Ibom and Uttar Pradesh on Monday, said Chidi Okafor.",
			[]string{"Chidi Okafor||"}, nil},
		{"a region with its division word, a region joined by a hyphen",
			"Talks in Tomsk Oblast and Gilgit-Baltistan were held, and Minas Gerais sent Lucia Prado.",
			[]string{"Lucia Prado||"}, nil},
		{"airports with no word the stage knows as a place's",
			"The convoy left Jorge Newbery Airpark at dawn. Supplies reached Bagram Airfield later.",
			nil, nil},
		{"two regions joined by a hyphen",
			"Trucks crossed Kunar-Nangarhar at night, Imran Wardak said.",
			[]string{"Imran Wardak||"}, nil},
		{"a region in a sentence with a country: only the country counts",
			"Kenyan officials visited Khyber Pakhtunkhwa with Tariq Lodhi.",
			[]string{"Tariq Lodhi||"}, []string{"KE"}},
		// Negatives: the gazetteer does not take these from people.
		{"a titled name holding a region's word",
			"On Monday, Governor Daud Helmand visited Khyber Pakhtunkhwa.",
			[]string{"Daud Helmand||Governor/"}, nil},
		{"a region's word alone in an untitled name",
			"Rashid Helmand met reporters in Zagreb.",
			[]string{"Rashid Helmand||"}, []string{"HR"}},
		{"regions left out as possible names ('Sanchez Ramirez', Venezuela's 'Lara' and 'Miranda')",
			"Sanchez Ramirez and Sofia Lara-Miranda met the press in Lima.",
			[]string{"Sanchez Ramirez||", "Sofia Lara-Miranda||"}, []string{"PE"}},
		{"an airport's name without its airport word is a person's",
			"Kareem Nazari flew from Kandahar Airfield. Allama Iqbal was quoted.",
			[]string{"Kareem Nazari||", "Allama Iqbal||"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := annotate(t, s, tt.text)
			var people, countries []string
			for _, p := range a.People {
				people = append(people, brief(p))
			}
			for _, c := range a.Countries {
				countries = append(countries, c.Code)
			}
			if diff := cmp.Diff(tt.people, people); diff != "" {
				t.Errorf("%q: people (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.countries, countries); diff != "" {
				t.Errorf("%q: countries (-want +got):\n%s", tt.text, diff)
			}
			for _, o := range a.Organizations {
				t.Errorf("%q: organisation %q, want none", tt.text, o.Name)
			}
		})
	}
}

// TestReadPlaces checks that the gazetteer's reader refuses a malformed
// file: its lines must be NAME<TAB>CODE in the order lookup searches.
func TestReadPlaces(t *testing.T) {
	tests := []struct {
		name, text, err string
	}{
		{"good", "# header\nherat\tAF\nHerat Province\tAF\nİzmir\tTR\nKabul\tAF\n", ""},
		{"no tab", "Herat AF\n", "want NAME<TAB>CODE"},
		{"three columns", "Herat\tAF\tcity\n", "want NAME<TAB>CODE"},
		{"empty name", "\tAF\n", "want NAME<TAB>CODE"},
		{"lower-case code", "Herat\taf\n", "not two capital letters"},
		{"CRLF", "Herat\tAF\r\n", "not two capital letters"},
		{"out of order", "Kabul\tAF\nherat\tAF\n", "not after"},
		{"a name twice, in two cases", "Herat\tAF\nHERAT\tAF\n", "not after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tb tables
			err := tb.readPlaces(tt.text, "places.tsv")
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("readPlaces: %v", err)
			case tt.err != "" && (err == nil || !errors.Is(err, ErrBadTable) || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("readPlaces: %v, want an ErrBadTable with %q", err, tt.err)
			case err == nil:
				if code, ok := tb.places.lookup("IZMIR"); !ok || code != "TR" {
					t.Errorf("lookup(IZMIR) = %q, %v", code, ok)
				}
			}
		})
	}
}
