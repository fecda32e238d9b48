package entity

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/entity/ner"
	"github.com/readout/readout/extract/gold"
	"github.com/readout/readout/pipeline"
)

func annotate(t testing.TB, s *Stage, text string) (*pipeline.Doc, *Annotations) {
	t.Helper()
	d, err := pipeline.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d, From(d)
}

func newStage(t testing.TB, opts ...Option) *Stage {
	t.Helper()
	s, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// brief is a person as the tests compare it: "Name|CC|Office/CC,Office/CC".
func brief(p *Person) string {
	var offices []string
	for _, o := range p.Offices {
		offices = append(offices, o.Title+"/"+o.Country)
	}
	return p.Name + "|" + p.Country + "|" + strings.Join(offices, ",")
}

func TestPeople(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title and name, demonym country",
			"Chinese Foreign Minister Wang Yi held talks in Beijing.",
			[]string{"Wang Yi|CN|Foreign Minister/CN"}},
		{"initial and possessive country",
			"India's External Affairs Minister S Jaishankar arrived in Riyadh.",
			[]string{"S Jaishankar|IN|Foreign Minister/IN"}},
		{"particles, honorific is no office",
			"Saudi Foreign Minister Prince Faisal bin Farhan met the press. Prince Faisal smiled.",
			[]string{"Faisal bin Farhan|SA|Foreign Minister/SA"}},
		{"hyphenated particle",
			"Iraqi Prime Minister Mohammed Shia al-Sudani spoke.",
			[]string{"Mohammed Shia al-Sudani|IQ|Prime Minister/IQ"}},
		{"compound office and apposition",
			"Turkey's Vice President and Foreign Minister, Dr. Ayla Demir, said so.",
			[]string{"Ayla Demir|TR|Vice President/TR,Foreign Minister/TR"}},
		{"office of country after",
			"The Prime Minister of Japan Kenji Sato visited Seoul.",
			[]string{"Kenji Sato|JP|Prime Minister/JP"}},
		{"abbreviations and slash",
			"Egypt's DPM/FM Karim Adel met reporters. The DPM/FM said ties were strong.",
			[]string{"Karim Adel|EG|Deputy Prime Minister/EG,Foreign Minister/EG"}},
		{"rank is no office",
			"Nigerian army chief Gen. Musa Bello inspected troops. Gen Bello left.",
			[]string{"Musa Bello|NG|Chief of Army Staff/NG"}},
		{"name in apposition after",
			"Lena Vogt, Germany's foreign minister, said the talks went well.",
			[]string{"Lena Vogt|DE|Foreign Minister/DE"}},
		{"standalone name, surname merge",
			"Brazil and Argentina signed a pact. Carlos Mendes welcomed it. Mendes said Brasilia was ready.",
			[]string{"Carlos Mendes||"}},
		{"first name of surname-first name",
			"Chinese Premier Li Qiang met Kenyan President William Ruto. Li said Beijing was ready.",
			[]string{"Li Qiang|CN|Premier/CN", "William Ruto|KE|President/KE"}},
		{"international official has no country",
			"UN Secretary-General Antonio Guterres called for calm in Sudan.",
			[]string{"Antonio Guterres||Secretary-General/"}},
		{"organisations and places are no people",
			"The Frontier Works Organisation and the Red Sea Company met at Global Trade Centre in Oman.",
			nil},
		{"administration is no person",
			"The Biden Administration and the Kremlin traded barbs.",
			nil},
		{"office reference resolves to the holder",
			"Kenyan Foreign Minister Musalia Mudavadi met Indian officials. The foreign minister said Kenya sought trade.",
			[]string{"Musalia Mudavadi|KE|Foreign Minister/KE"}},
		{"no country where the text states none",
			"Qatari Prime Minister Mohammed Al Thani met Bruno Lemaire in Paris on Monday. Lemaire praised Qatar's mediation.",
			[]string{"Mohammed Al Thani|QA|Prime Minister/QA", "Bruno Lemaire||"}},
		{"office written out, not in the tables",
			"Britain's Business and Trade Secretary Jonathan Reynolds welcomed the move.",
			[]string{"Jonathan Reynolds|GB|Business and Trade Secretary/GB"}},
		{"generic title at a sentence start is no office; of a country after the name",
			"Minister Hakan Fidan of Turkey spoke.",
			[]string{"Hakan Fidan|TR|"}},
		{"modifier between country and title, first name like a title",
			"Afghanistan's acting Foreign Minister Amir Khan Muttaqi met reporters.",
			[]string{"Amir Khan Muttaqi|AF|Foreign Minister/AF"}},
		{"ambassador to a country, in apposition",
			"Iran's Ambassador to Kabul, Alireza Bikdeli, attended.",
			[]string{"Alireza Bikdeli|IR|Ambassador/IR"}},
		{"lower-case role nouns",
			"US envoy Steve Witkoff and Russian negotiator Kirill Dmitriev met in Riyadh.",
			[]string{"Steve Witkoff|US|Envoy/US", "Kirill Dmitriev|RU|Negotiator/RU"}},
		{"an office's body is no name, its abbreviation no name",
			"The PM Office said that the DG ISPR, Lt Gen Ahmed Sharif Chaudhry, of Pakistan would speak.",
			[]string{"Ahmed Sharif Chaudhry|PK|DG/PK"}},
		{"initials before a name",
			"US Vice President JD Vance arrived in Tokyo.",
			[]string{"JD Vance|US|Vice President/US"}},
		{"an honorific that ends a name is its surname",
			"Pakistan's Ambassador Rizwan Saeed Sheikh spoke. Sheikh Tamim bin Hamad listened, and Sheikh said more.",
			[]string{"Rizwan Saeed Sheikh|PK|Ambassador/PK", "Tamim bin Hamad||"}},
		{"retired rank, office in apposition after a titled name",
			"Kenya's Lt Gen (retd) Peter Njoroge, the National Security Adviser, attended.",
			[]string{"Peter Njoroge|KE|National Security Advisor/KE"}},
		{"capitalised things, places and events are no people",
			"The Strategic Dialogue and the Joint Statement covered the Middle East, South Asia, " +
				"the Belt and Road Initiative and Eid ul Adha, said the Holy See.",
			nil},
		{"honorifics of the bar and lower-case leaders",
			"Awami Tehreek-e-Adl leader Barrister Gohar Ali Khan criticised the budget.",
			[]string{"Gohar Ali Khan||"}},
		{"the dateline's country is its first prime minister's, not the second's",
			"ISLAMABAD: Prime Minister Shehbaz Sharif spoke in Lahore. Pakistan and India traded charges. " +
				"Later, Prime Minister Narendra Modi answered.",
			[]string{"Shehbaz Sharif|PK|Prime Minister/PK", "Narendra Modi||Prime Minister/"}},
		{"a capital acting in a sentence does not take an office holder abroad",
			"ISLAMABAD: Prime Minister Shehbaz Sharif had written to President Trump. " +
				"The premier's letter, delivered by Ambassador Rizwan Saeed Sheikh, was acknowledged by the White House.",
			[]string{"Shehbaz Sharif|PK|Prime Minister/PK", "Trump||President/", "Rizwan Saeed Sheikh||Ambassador/"}},
		{"the teller of an engagement is no party to it",
			"ISLAMABAD: Finance Minister Muhammad Aurangzeb told reporters that Prime Minister Shehbaz Sharif " +
				"had written to President Trump about tariffs on Pakistani textiles and the US market.",
			[]string{"Muhammad Aurangzeb|PK|Finance Minister/PK", "Shehbaz Sharif|PK|Prime Minister/PK", "Trump||President/"}},
		{"boilerplate names nothing",
			"Read More: President Zardari hails ties\nBy: Staff Reporter\nOslo was quiet.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := annotate(t, s, tt.text)
			var got []string
			for _, p := range a.People {
				got = append(got, brief(p))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	s := newStage(t)
	text := "Egypt's DPM/FM Karim Adel met reporters. Adel said the deputy prime minister's trip to Cairo mattered. Mr Adel left."
	d, a := annotate(t, s, text)
	if len(a.People) != 1 {
		t.Fatalf("people %v, want one", a.People)
	}
	var got []string
	for _, m := range a.People[0].Mentions {
		got = append(got, m.In(d.Text))
	}
	want := []string{"Karim Adel", "Adel", "deputy prime minister", "Adel"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func TestCountries(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"names, short forms, demonyms, capitals",
			"The U.S. and the UK met Afghan and Chinese envoys in Islamabad; Washington and Beijing agreed.",
			[]string{"US", "GB", "AF", "CN", "PK"}},
		{"hyphenated pair", "Pakistan-US ties and India-China talks.", []string{"PK", "US", "IN", "CN"}},
		{"words that only look like a country",
			"USSM and Asian markets rose; Latin American and North American traders met in New Mexico.",
			nil},
		{"all caps headline", "PAKISTAN AND INDIA AGREE", []string{"PK", "IN"}},
		{"lower-case words are no countries", "they ate turkey and china plates in chad-like heat", nil},
		{"longest match", "South Korea, North Korea and South Sudan.", []string{"KR", "KP", "SS"}},
		{"a currency is not its country", "Oman got US$500 million, paid in US dollars, from the U.S. Treasury.", []string{"OM", "US"}},
		{"seats of government", "The Kremlin and the White House traded barbs.", []string{"RU", "US"}},
		{"boilerplate counts for nothing", "Read More: Israeli firms boycotted\nOslo said.", []string{"NO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := annotate(t, s, tt.text)
			var got []string
			for _, c := range a.Countries {
				got = append(got, c.Code)
				for _, m := range c.Mentions {
					if m.Start < 0 || m.End > len(d.Text) || m.In(d.Text) == "" {
						t.Errorf("bad mention span %v", m.Span)
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	s := newStage(t)
	tests := []struct{ text, place, country string }{
		{"KARACHI: Trade rose.", "Karachi", "PK"},
		{"NEW DELHI: India said.", "New Delhi", "IN"},
		{"Geneva, March 3: Talks began.", "Geneva", "CH"},
		{"WASHINGTON (Reuters) - The US said.", "Washington", "US"},
		{"ATLANTIS: Nothing.", "Atlantis", ""},
	}
	for _, tt := range tests {
		_, a := annotate(t, s, tt.text)
		if a.Dateline == nil {
			t.Errorf("%q: no dateline", tt.text)
			continue
		}
		if a.Dateline.Place != tt.place || a.Dateline.Country != tt.country {
			t.Errorf("%q: dateline %q %q, want %q %q", tt.text, a.Dateline.Place, a.Dateline.Country, tt.place, tt.country)
		}
	}
}

func TestKnownPeople(t *testing.T) {
	s := newStage(t, WithKnownPeople(KnownPerson{Name: "Jane Roe", Aliases: []string{"Roe"}, Country: "CA", Offices: []string{"Foreign Minister"}}))
	_, a := annotate(t, s, "Yesterday jane said nothing, but Jane Roe spoke. Roe left.")
	var got []string
	for _, p := range a.People {
		got = append(got, brief(p))
	}
	if diff := cmp.Diff([]string{"Jane Roe|CA|Foreign Minister/CA"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := New(WithKnownPeople(KnownPerson{Name: "X", Country: "ZZ"})); err == nil {
		t.Error("unknown country code accepted")
	}
}

func TestSeeds(t *testing.T) {
	s := newStage(t)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, path := range paths {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(id, func(t *testing.T) {
			text, _ := os.ReadFile(path)
			gold, err := gold.LoadFile(filepath.Join("../testdata/gold", id+".json"))
			if err != nil {
				t.Fatal(err)
			}
			_, a := annotate(t, s, string(text))
			// Every person of the gold, and no other; a person's country, when
			// the stage gives one, is the gold's (it gives none where the text
			// states none).
			var want, got []string
			for _, g := range gold.People {
				want = append(want, g.Name)
			}
			for _, p := range a.People {
				name := p.Name
				gi := -1
				for i := range gold.People {
					if gold.People[i].Name == name || slices.Contains(gold.People[i].Variants, name) {
						gi = i
					}
				}
				if gi >= 0 {
					name = gold.People[gi].Name
					if want := gold.People[gi].Country; p.Country != "" && p.Country != want {
						t.Errorf("%s: country %s, want %s", name, p.Country, want)
					}
				}
				got = append(got, name)
			}
			sort.Strings(want)
			sort.Strings(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
			var codes []string
			for _, c := range a.Countries {
				if !slices.Contains(gold.OptionalCountries, c.Code) {
					codes = append(codes, c.Code)
				}
			}
			sort.Strings(codes)
			if diff := cmp.Diff(gold.Countries, codes); diff != "" {
				t.Errorf("countries (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNER(t *testing.T) {
	text := "The talks were led by Rose Gottemoeller, who said the rose garden was closed. " +
		"Speaking later, Mark Carney told reporters that Canada would mark the date."
	names := func(s *Stage) []string {
		_, a := annotate(t, s, text)
		var got []string
		for _, p := range a.People {
			got = append(got, p.Name)
		}
		return got
	}
	// The rules doubt names whose words also stand in lower case ...
	if got := names(newStage(t)); len(got) != 0 {
		t.Errorf("without NER: %q, want none", got)
	}
	// ... and prose's model vouches for them.
	if diff := cmp.Diff([]string{"Rose Gottemoeller", "Mark Carney"}, names(newStage(t, WithNER(ner.New())))); diff != "" {
		t.Errorf("with NER (-want +got):\n%s", diff)
	}
}

func TestMentionWithoutParticle(t *testing.T) {
	text := "Egyptian President Abdel Fattah el-Sisi arrived. Sisi said Cairo was ready."
	d, a := annotate(t, newStage(t), text)
	if len(a.People) != 1 {
		t.Fatalf("people %v, want one", a.People)
	}
	var got []string
	for _, m := range a.People[0].Mentions {
		got = append(got, m.In(d.Text))
	}
	if diff := cmp.Diff([]string{"Abdel Fattah el-Sisi", "Sisi"}, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// badNER returns ranges out of bounds, empty and reversed.
type badNER struct{}

func (badNER) Persons(s string) [][2]int {
	return [][2]int{{-5, 3}, {4, 4}, {9, 2}, {0, len(s) + 10}, {0, len(s)}}
}

func TestNERBadRanges(t *testing.T) {
	s := newStage(t, WithNER(badNER{}))
	// Nothing may panic, and a model's whole-sentence range names no one
	// the rules would not accept.
	_, a := annotate(t, s, "Rose Gottemoeller said the rose garden was closed.")
	for _, p := range a.People {
		if p.Name != "Rose Gottemoeller" {
			t.Errorf("person %q from a bad range", p.Name)
		}
	}
	if _, err := New(WithNER(nil)); err == nil {
		t.Error("WithNER(nil): no error")
	}
}

func TestConfidence(t *testing.T) {
	s := newStage(t)
	_, a := annotate(t, s, "Foreign Minister Omar Haddad met Carlos Mendes in Lima. Haddad and Mendes spoke. "+
		"The Federal Board of Levies (FBL) and the IMF agreed.")
	conf := map[string]float64{}
	for _, p := range a.People {
		conf[p.Name] = p.Confidence
	}
	for _, o := range a.Organizations {
		conf[o.Name] = o.Confidence
	}
	for name, c := range conf {
		if c <= 0 || c > 1 {
			t.Errorf("%s: confidence %v, want in (0, 1]", name, c)
		}
	}
	// A titled name is surer than a bare run, a known body than a run
	// ending with a head word.
	if conf["Omar Haddad"] <= conf["Carlos Mendes"] {
		t.Errorf("titled %v <= bare %v", conf["Omar Haddad"], conf["Carlos Mendes"])
	}
	if conf["IMF"] <= conf["Federal Board of Levies"]-0.05 {
		t.Errorf("known body %v, head-word run %v", conf["IMF"], conf["Federal Board of Levies"])
	}
}
