package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
)

// stream extracts texts in order through Batch on workers goroutines with
// the options given, and returns the results.
func stream(t testing.TB, workers int, ids, texts []string, opts ...extract.Option) []*extract.Result {
	t.Helper()
	ex := newExtractor(t, opts...)
	i := 0
	var out []*extract.Result
	err := ex.Batch(context.Background(), workers, func() (extract.Source, bool) {
		if i == len(texts) {
			return extract.Source{}, false
		}
		i++
		return extract.Source{ID: ids[i-1], Text: texts[i-1]}, true
	}, func(o extract.Output) error {
		if o.Err != nil {
			return o.Err
		}
		out = append(out, o.Result)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// countries lists "id: name country source from" for every person of rs.
func countries(rs []*extract.Result) []string {
	var out []string
	for _, r := range rs {
		for _, p := range r.People {
			out = append(out, strings.TrimSpace(fmt.Sprintf("%s: %s %s %s %s", r.ID, p.Name, p.Country, p.CountrySource, p.CountryFrom)))
		}
	}
	return out
}

// The invented articles of the memory's tests, in stream order.
var memoryArticles = []struct{ id, text string }{
	{"a1", "Chilean Foreign Minister Tomas Reyes Palma met reporters in Santiago on Monday."},
	{"a2", "Tomas Reyes Palma arrived in Lima on Tuesday for talks on copper."},
	{"a3", "Kenyan President Amani Wekesa met Senator Ilse Brandt in Nairobi."},
	{"a4", "Amani Wekesa and Ilse Brandt spoke again on Friday."},
	{"a5", "Austrian Senator Ilse Brandt said the talks would go on."},
	{"a6", "Swiss Senator Ilse Brandt and Amani Wekesa flew home."},
	{"a7", "Ilse Brandt met Minister Wekesa in Vienna."},
}

func memoryTexts() (ids, texts []string) {
	for _, a := range memoryArticles {
		ids, texts = append(ids, a.id), append(texts, a.text)
	}
	return ids, texts
}

// TestMemoryOnline reads the invented stream with a memory online: an
// article gets only what earlier ones stated, a name stated with two
// countries is left alone, and a one-word name is filled through the
// surname.
func TestMemoryOnline(t *testing.T) {
	ids, texts := memoryTexts()
	m := extract.NewMemory()
	got := countries(stream(t, 4, ids, texts, extract.WithMemory(m, extract.MemoryOnline)))
	want := []string{
		"a1: Tomas Reyes Palma CL text",
		"a2: Tomas Reyes Palma CL corpus a1", // stated by a1
		"a3: Amani Wekesa KE text",
		"a3: Ilse Brandt", // nothing stated before
		"a4: Amani Wekesa KE corpus a3",
		"a4: Ilse Brandt",
		"a5: Ilse Brandt AT text",
		"a6: Ilse Brandt CH text",
		"a6: Amani Wekesa KE corpus a3",
		"a7: Ilse Brandt",         // AT once, CH once: left alone
		"a7: Wekesa KE corpus a3", // one word: the surname of one full name
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestMemoryTwoPasses learns from the whole stream first, then fills: an
// article gets what later ones state too.
func TestMemoryTwoPasses(t *testing.T) {
	ids, texts := memoryTexts()
	m := extract.NewMemory()
	learned := stream(t, 3, ids, texts, extract.WithMemory(m, extract.MemoryLearn))
	plain := stream(t, 1, ids, texts)
	if diff := cmp.Diff(plain, learned); diff != "" {
		t.Errorf("learning changed the results (-without +learning):\n%s", diff)
	}
	n := m.Len()
	got := countries(stream(t, 3, ids, texts, extract.WithMemory(m, extract.MemoryFill)))
	if m.Len() != n {
		t.Errorf("filling changed the memory: %d names, then %d", n, m.Len())
	}
	want := []string{
		"a1: Tomas Reyes Palma CL text",
		"a2: Tomas Reyes Palma CL corpus a1",
		"a3: Amani Wekesa KE text",
		"a3: Ilse Brandt",
		"a4: Amani Wekesa KE corpus a3",
		"a4: Ilse Brandt",
		"a5: Ilse Brandt AT text",
		"a6: Ilse Brandt CH text",
		"a6: Amani Wekesa KE corpus a3",
		"a7: Ilse Brandt",
		"a7: Wekesa KE corpus a3",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// Order does not matter to two passes: the stream backwards gives each
	// article the same.
	slices.Reverse(ids)
	slices.Reverse(texts)
	m2 := extract.NewMemory()
	stream(t, 2, ids, texts, extract.WithMemory(m2, extract.MemoryLearn))
	back := countries(stream(t, 2, ids, texts, extract.WithMemory(m2, extract.MemoryFill)))
	slices.Sort(back)
	slices.Sort(got)
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("backwards (-forwards +backwards):\n%s", diff)
	}
}

// TestMemoryAgreement checks the rule for a name stated with several
// countries: at least nine articles in ten must state the same one.
func TestMemoryAgreement(t *testing.T) {
	tests := []struct {
		name      string
		countries []extract.MemoryCountry
		want      string
	}{
		{"once", []extract.MemoryCountry{{Country: "AT", Articles: 1, From: "x"}}, "AT corpus x"},
		{"one each", []extract.MemoryCountry{{Country: "AT", Articles: 1, From: "x"}, {Country: "CH", Articles: 1, From: "y"}}, ""},
		{"nine to one", []extract.MemoryCountry{{Country: "AT", Articles: 9, From: "x"}, {Country: "CH", Articles: 1, From: "a"}}, "AT corpus x"},
		{"eight to one", []extract.MemoryCountry{{Country: "AT", Articles: 8, From: "x"}, {Country: "CH", Articles: 1, From: "a"}}, ""},
		{"twenty to two", []extract.MemoryCountry{{Country: "AT", Articles: 20, From: "x"}, {Country: "CH", Articles: 2, From: "a"}}, "AT corpus x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := extract.NewMemory()
			if err := m.Add(extract.MemoryEntry{Name: "Ilse Brandt", Countries: tt.countries}); err != nil {
				t.Fatal(err)
			}
			r := stream(t, 1, []string{"b"}, []string{"Ilse Brandt spoke in Vienna."}, extract.WithMemory(m, extract.MemoryFill))
			got := strings.TrimPrefix(countries(r)[0], "b: Ilse Brandt")
			if got = strings.TrimSpace(got); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMemoryForms checks which names meet: the forms of two words or more
// an article uses, hyphens and full stops aside, and a surname only when
// it ends one person's names.
func TestMemoryForms(t *testing.T) {
	tests := []struct {
		name     string
		articles []string // the last is filled from the others
		want     string   // the last article's first person
	}{
		{"a shorter form used in the stating article", []string{"Chilean Senator Tomas Reyes Palma spoke. Reyes Palma left.",
			"Reyes Palma met students in Lima."}, "Reyes Palma CL corpus 0"},
		{"hyphens and full stops", []string{"Kenyan Senator Amani Wekesa-Odhiambo spoke.", "Amani Wekesa Odhiambo spoke in Lima."},
			"Amani Wekesa Odhiambo KE corpus 0"},
		{"a surname of one person, in two forms", []string{"Kenyan President Amani Wekesa spoke.", "Kenyan President Amani J. Wekesa spoke.",
			"Minister Wekesa spoke in Lima."}, "Wekesa KE corpus 0"},
		{"a surname of two people", []string{"Kenyan President Amani Wekesa spoke.", "Kenyan Senator Baraka Wekesa spoke.",
			"Minister Wekesa spoke in Lima."}, "Wekesa"},
		{"another name ending alike", []string{"Kenyan President Amani Wekesa spoke.", "Baraka Wekesa spoke in Lima."}, "Baraka Wekesa"},
		{"a country the article states wins", []string{"Kenyan President Amani Wekesa spoke.", "Ugandan envoy Amani Wekesa spoke in Lima."},
			"Amani Wekesa UG text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for i := range tt.articles {
				ids = append(ids, fmt.Sprint(i))
			}
			rs := stream(t, 2, ids, tt.articles, extract.WithMemory(extract.NewMemory(), extract.MemoryOnline))
			last := rs[len(rs)-1]
			if len(last.People) == 0 {
				t.Fatalf("no one in %q", tt.articles[len(tt.articles)-1])
			}
			p := last.People[0]
			got := strings.TrimSpace(fmt.Sprintf("%s %s %s %s", p.Name, p.Country, p.CountrySource, p.CountryFrom))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMemoryInferred: a country the article only infers gives way to the
// one other articles state, and is not learned.
func TestMemoryInferred(t *testing.T) {
	m := extract.NewMemory()
	if err := m.Add(extract.MemoryEntry{Name: "Neema Mrema", Countries: []extract.MemoryCountry{{Country: "TZ", Articles: 3, From: "t"}}}); err != nil {
		t.Fatal(err)
	}
	text := "NAIROBI: Foreign Minister Neema Mrema arrived on Monday."
	plain := countries(stream(t, 1, []string{"k"}, []string{text}))
	if diff := cmp.Diff([]string{"k: Neema Mrema KE text"}, plain); diff != "" {
		t.Fatalf("the test needs a country the text infers (-want +got):\n%s", diff)
	}
	got := countries(stream(t, 1, []string{"k"}, []string{text}, extract.WithMemory(m, extract.MemoryOnline)))
	if diff := cmp.Diff([]string{"k: Neema Mrema TZ corpus t"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	want := []extract.MemoryEntry{{Name: "Neema Mrema", Countries: []extract.MemoryCountry{{Country: "TZ", Articles: 3, From: "t"}}}}
	if diff := cmp.Diff(want, m.Entries()); diff != "" {
		t.Errorf("learned from an inferred country (-want +got):\n%s", diff)
	}
}

// TestMemoryKnown: a known person keeps the caller's country, with source
// "known" and the caller's id, and is not learned.
func TestMemoryKnown(t *testing.T) {
	m := extract.NewMemory()
	known := extract.WithKnownPeople(entity.KnownPerson{Name: "Ilse Brandt", Country: "AT", ID: "Q99"})
	rs := stream(t, 1, []string{"a", "b"}, []string{"Swiss Senator Ilse Brandt spoke.", "Ilse Brandt spoke."},
		known, extract.WithMemory(m, extract.MemoryOnline))
	for _, r := range rs {
		p := r.People[0]
		if p.Country != "AT" || p.CountrySource != extract.FromKnown || p.CountryFrom != "" || p.KnownID != "Q99" {
			t.Errorf("%s: %+v", r.ID, p)
		}
	}
	if m.Len() != 0 {
		t.Errorf("learned %v from a known person", m.Entries())
	}
}

// TestMemoryDeterministic streams the seeds, the invented articles and the
// memory's articles, twice over, with a memory online on 1, 2 and 8
// workers and through Extract: every result is the same.
func TestMemoryDeterministic(t *testing.T) {
	ids, texts := corpus(t)
	ids, texts = append(ids, ids...), append(texts, texts...)
	for i := len(ids) / 2; i < len(ids); i++ {
		ids[i] += "-again"
	}
	encodeAll := func(rs []*extract.Result) string {
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	m := extract.NewMemory()
	ex := newExtractor(t, extract.WithMemory(m, extract.MemoryOnline))
	var seq []*extract.Result
	for i := range texts {
		r, err := ex.Extract(context.Background(), ids[i], texts[i])
		if err != nil {
			t.Fatal(err)
		}
		seq = append(seq, r)
	}
	want := encodeAll(seq)
	wantMemory := m.Entries()
	corpusCountries := 0
	for _, r := range seq {
		for _, p := range r.People {
			if p.CountrySource == extract.FromCorpus {
				corpusCountries++
			}
		}
	}
	if corpusCountries == 0 {
		t.Fatal("the memory filled no one: the test proves nothing")
	}
	for _, workers := range []int{1, 2, 8} {
		m := extract.NewMemory()
		got := stream(t, workers, ids, texts, extract.WithMemory(m, extract.MemoryOnline))
		if encodeAll(got) != want {
			t.Errorf("%d workers: results differ from sequential Extract", workers)
		}
		if diff := cmp.Diff(wantMemory, m.Entries()); diff != "" {
			t.Errorf("%d workers: memory differs (-sequential +batch):\n%s", workers, diff)
		}
	}
	t.Logf("%d articles, %d countries from the corpus, %d names", len(ids), corpusCountries, len(wantMemory))
}

// corpus returns the seeds, the invented articles of testdata/articles and
// the memory's articles, in that order.
func corpus(t testing.TB) (ids, texts []string) {
	t.Helper()
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/articles/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, strings.TrimSuffix(filepath.Base(p), ".txt"))
			texts = append(texts, string(b))
		}
	}
	mi, mt := memoryTexts()
	return append(ids, mi...), append(texts, mt...)
}

// withoutCountries is a result's JSON with every person's country and its
// source blanked.
func withoutCountries(t *testing.T, r *extract.Result) string {
	t.Helper()
	c := *r
	c.People = slices.Clone(r.People)
	for i := range c.People {
		c.People[i].Country, c.People[i].CountrySource, c.People[i].CountryFrom = "", "", ""
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMemoryInvariants checks over the seeds and testdata/articles that a
// result with a memory differs from the one without only in people's
// countries and their sources, however full the memory; and that an
// Extractor without a memory gives the same results before and after
// others with memories have run.
func TestMemoryInvariants(t *testing.T) {
	ids, texts := corpus(t)
	plain := stream(t, 2, ids, texts)
	plainJSON, err := json.Marshal(plain)
	if err != nil {
		t.Fatal(err)
	}
	// A memory that knows everyone: each name of the corpus with a country
	// (AQ, which no text states), so that every person it can fill is.
	full := extract.NewMemory()
	for _, r := range plain {
		for _, p := range r.People {
			if len(strings.Fields(p.Name)) > 1 {
				full.Add(extract.MemoryEntry{Name: p.Name, Countries: []extract.MemoryCountry{{Country: "AQ", Articles: 1, From: "z"}}})
			} else {
				full.Add(extract.MemoryEntry{Name: p.Name, Surname: true, Of: "Some " + p.Name,
					Countries: []extract.MemoryCountry{{Country: "AQ", Articles: 1, From: "z"}}})
			}
		}
	}
	changed := 0
	for _, tt := range []struct {
		name string
		m    *extract.Memory
		mode extract.MemoryMode
	}{
		{"online, empty", extract.NewMemory(), extract.MemoryOnline},
		{"learn", extract.NewMemory(), extract.MemoryLearn},
		{"fill from a memory of everyone", full, extract.MemoryFill},
		{"online from a memory of everyone", full, extract.MemoryOnline},
	} {
		got := stream(t, 2, ids, texts, extract.WithMemory(tt.m, tt.mode))
		for i := range got {
			if w, g := withoutCountries(t, plain[i]), withoutCountries(t, got[i]); w != g {
				t.Errorf("%s: %s differs in more than countries:\n without %.400s\n    with %.400s", tt.name, ids[i], w, g)
			}
			for k, p := range got[i].People {
				q := plain[i].People[k]
				if p.Country == q.Country {
					if p.CountrySource != q.CountrySource || p.CountryFrom != q.CountryFrom {
						t.Errorf("%s: %s: %s keeps %q but changes its source", tt.name, ids[i], p.Name, p.Country)
					}
					continue
				}
				changed++
				if p.CountrySource != extract.FromCorpus || q.CountrySource == extract.FromKnown {
					t.Errorf("%s: %s: %s: %q (%s) became %q (%s)", tt.name, ids[i], p.Name, q.Country, q.CountrySource, p.Country, p.CountrySource)
				}
			}
		}
	}
	if changed == 0 {
		t.Error("no country changed: the test proves nothing")
	}
	after, err := json.Marshal(stream(t, 2, ids, texts))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plainJSON, after) {
		t.Error("an Extractor without a memory gives other results after memories were used")
	}
	t.Logf("%d countries changed by the memories", changed)
}

// TestMemoryBound: a memory holds at most its limit, forgetting the name
// stated least recently.
func TestMemoryBound(t *testing.T) {
	m := extract.NewMemory(extract.MemoryLimit(3))
	add := func(name string) {
		t.Helper()
		if err := m.Add(extract.MemoryEntry{Name: name, Countries: []extract.MemoryCountry{{Country: "AT", Articles: 1, From: "x"}}}); err != nil {
			t.Fatal(err)
		}
	}
	add("Ana Duarte")
	add("Rui Duarte")
	add("Ilse Brandt")
	add("Ana Duarte") // stated again: now the latest
	add("Tomas Reyes")
	var names []string
	for _, e := range m.Entries() {
		names = append(names, e.Name)
	}
	if diff := cmp.Diff([]string{"Ilse Brandt", "Ana Duarte", "Tomas Reyes"}, names); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if m.Len() != 3 || m.Limit() != 3 {
		t.Errorf("Len %d, Limit %d", m.Len(), m.Limit())
	}
	if extract.NewMemory(extract.MemoryLimit(0)).Limit() != extract.DefaultMemoryLimit {
		t.Error("MemoryLimit(0) does not leave the default")
	}

	// A stream of 2,000 articles, each stating another invented person: the
	// memory stays at its limit.
	m = extract.NewMemory(extract.MemoryLimit(500))
	var ids, texts []string
	for i := range 2000 {
		ids = append(ids, fmt.Sprint(i))
		texts = append(texts, fmt.Sprintf("Kenyan Senator %s met reporters.", inventedName(i)))
	}
	stream(t, 2, ids, texts, extract.WithMemory(m, extract.MemoryOnline))
	if m.Len() != 500 {
		t.Errorf("Len %d after 2,000 people, limit 500", m.Len())
	}
}

// inventedName makes the i-th of many distinct invented names.
func inventedName(i int) string {
	syl := []string{"Ka", "Lo", "Mi", "Re", "Su", "Ta", "Vi", "Zo", "Ba", "De", "Fu", "Ni"}
	word := func(n int) string {
		return syl[n%12] + strings.ToLower(syl[n/12%12]) + strings.ToLower(syl[n/144%12])
	}
	return word(i%1728) + " " + word(i/1728+7)
}

func TestMemoryFile(t *testing.T) {
	ids, texts := memoryTexts()
	m := extract.NewMemory()
	stream(t, 2, ids, texts, extract.WithMemory(m, extract.MemoryOnline))
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	wantFile := `{"readout_memory": 1}
{"name":"Tomas Reyes Palma","countries":[{"country":"CL","articles":1,"from":"a1"}]}
{"surname":"Palma","of":"Tomas Reyes Palma","countries":[{"country":"CL","articles":1,"from":"a1"}]}
{"name":"Amani Wekesa","countries":[{"country":"KE","articles":1,"from":"a3"}]}
{"surname":"Wekesa","of":"Amani Wekesa","countries":[{"country":"KE","articles":1,"from":"a3"}]}
{"name":"Ilse Brandt","countries":[{"country":"AT","articles":1,"from":"a5"},{"country":"CH","articles":1,"from":"a6"}]}
{"surname":"Brandt","of":"Ilse Brandt","countries":[{"country":"AT","articles":1,"from":"a5"},{"country":"CH","articles":1,"from":"a6"}]}
`
	if diff := cmp.Diff(wantFile, buf.String()); diff != "" {
		t.Errorf("file (-want +got):\n%s", diff)
	}
	back, err := extract.ReadMemory(strings.NewReader(buf.String()), "mem.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m.Entries(), back.Entries()); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}

	path := filepath.Join(t.TempDir(), "mem.jsonl")
	if _, err := extract.LoadMemoryFile(path); !errors.Is(err, fs.ErrNotExist) || !errors.Is(err, extract.ErrBadMemory) {
		t.Errorf("a missing file: %v", err)
	}
	if err := m.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := extract.LoadMemoryFile(path, extract.MemoryLimit(2))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m.Entries()[4:], loaded.Entries()); diff != "" {
		t.Errorf("loaded with limit 2 (-want +got):\n%s", diff)
	}
	if left, _ := filepath.Glob(path + ".*"); len(left) > 0 {
		t.Errorf("SaveFile left %v", left)
	}

	// A surname seen in two people's names is written "of": null.
	amb := extract.NewMemory()
	amb.Add(extract.MemoryEntry{Name: "Wekesa", Surname: true, Of: "Amani Wekesa"},
		extract.MemoryEntry{Name: "Wekesa", Surname: true, Of: "Baraka Wekesa"})
	buf.Reset()
	amb.WriteTo(&buf)
	if want := "{\"readout_memory\": 1}\n{\"surname\":\"Wekesa\",\"of\":null,\"countries\":[]}\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestMemoryFileErrors(t *testing.T) {
	const head = "{\"readout_memory\": 1}\n"
	tests := []struct {
		name, file, want string
	}{
		{"empty", "", `m.jsonl: empty (want a first line {"readout_memory": 1})`},
		{"no header", `{"name": "A B", "countries": []}`, `m.jsonl:1: not a Readout memory file (want a first line {"readout_memory": 1})`},
		{"another version", `{"readout_memory": 2}`, `m.jsonl:1: readout_memory 2: this version reads version 1`},
		{"not JSON", head + "name,country\n", `m.jsonl:2: invalid character 'a' in literal null (expecting 'u')`},
		{"an unknown key", head + `{"name": "A B", "country": "AT"}`, `m.jsonl:2: unknown field "country"`},
		{"no name", head + `{"countries": []}`, `m.jsonl:2: no "name" or "surname"`},
		{"both", head + `{"name": "A B", "surname": "B"}`, `m.jsonl:2: "name" and "surname" on one line: give one`},
		{"of on a name", head + `{"name": "A B", "of": "A B"}`, `m.jsonl:2: "of" belongs to a surname's line`},
		{"a one-word name", head + `{"name": "Brandt", "countries": []}`,
			`m.jsonl:2: name: "Brandt": a name is two words or more (one word is a surname entry)`},
		{"a two-word surname", head + `{"surname": "Van Dyk", "countries": []}`, `m.jsonl:2: surname: "Van Dyk": a surname is one word`},
		{"a full name without the surname", head + `{"surname": "Dyk", "of": "Ana Brandt", "countries": []}`,
			`m.jsonl:2: of: "Ana Brandt" does not end with the surname "Dyk"`},
		{"a lower-case code", head + "\n" + `{"name": "A B", "countries": [{"country": "at", "articles": 1, "from": "x"}]}`,
			`m.jsonl:3: countries[0].country: "at": want an ISO 3166-1 alpha-2 code in upper case`},
		{"no articles", head + `{"name": "A B", "countries": [{"country": "AT", "articles": 0, "from": "x"}]}`,
			`m.jsonl:2: countries[0].articles: 0: want 1 or more`},
		{"a country twice", head + `{"name": "A B", "countries": [{"country": "AT", "articles": 1, "from": "x"}, {"country": "AT", "articles": 1, "from": "y"}]}`,
			`m.jsonl:2: countries[1].country: AT given twice`},
		{"negative others", head + `{"name": "A B", "countries": [], "others": -1}`, `m.jsonl:2: others: -1: negative`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.ReadMemory(strings.NewReader(tt.file), "m.jsonl")
			if !errors.Is(err, extract.ErrBadMemory) {
				t.Fatalf("error %v, want ErrBadMemory", err)
			}
			if got := strings.TrimPrefix(err.Error(), "extract: bad memory file: "); got != tt.want {
				t.Errorf("error\n got %s\nwant %s", got, tt.want)
			}
		})
	}
	if err := extract.NewMemory().Add(extract.MemoryEntry{Name: "X"}); !errors.Is(err, extract.ErrBadMemory) {
		t.Errorf("Add of a bad entry: %v", err)
	}
	if _, err := extract.New(extract.WithMemory(nil, extract.MemoryOnline)); !errors.Is(err, extract.ErrBadOption) {
		t.Errorf("WithMemory(nil): %v", err)
	}
	if _, err := extract.New(extract.WithMemory(extract.NewMemory(), 7)); !errors.Is(err, extract.ErrBadOption) {
		t.Errorf("WithMemory(m, 7): %v", err)
	}
}

// FuzzReadMemory reads arbitrary bytes as a memory file: never a panic,
// every error wraps ErrBadMemory, and what is read writes back to a file
// that reads the same.
func FuzzReadMemory(f *testing.F) {
	f.Add("{\"readout_memory\": 1}\n{\"name\":\"A B\",\"countries\":[{\"country\":\"AT\",\"articles\":2,\"from\":\"x\"}]}\n")
	f.Add("{\"readout_memory\": 1}\n{\"surname\":\"B\",\"of\":null,\"countries\":[]}\n")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := extract.ReadMemory(strings.NewReader(data), "f")
		if err != nil {
			if !errors.Is(err, extract.ErrBadMemory) {
				t.Fatalf("error %v does not wrap ErrBadMemory", err)
			}
			return
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := extract.ReadMemory(&buf, "f")
		if err != nil {
			t.Fatalf("written back, it does not read: %v\n%s", err, buf.String())
		}
		if diff := cmp.Diff(m.Entries(), back.Entries()); diff != "" {
			t.Fatalf("written back (-first +second):\n%s", diff)
		}
	})
}

func TestMemoryEntryKey(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"S. Jaishankar", "s jaishankar"},
		{"Abdel-Fattah  El-Sisi", "abdel fattah el sisi"},
		{"O’Brien, Jr.", "o'brien jr"},
	} {
		if got := (extract.MemoryEntry{Name: tt.name}).Key(); got != tt.want {
			t.Errorf("Key of %q = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestKnownPeopleFile reads known people from a file when New builds the
// Extractor; a bad file makes New fail, naming the line and field.
func TestKnownPeopleFile(t *testing.T) {
	ex := newExtractor(t, extract.WithKnownPeopleFile("../examples/people.jsonl"))
	r, err := ex.Extract(context.Background(), "v", "Ilse Brandt met Lena Vogt in Vienna.")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"v: Ilse Brandt AT known", "v: Lena Vogt DE known"}, countries([]*extract.Result{r})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	bad := filepath.Join(t.TempDir(), "p.csv")
	os.WriteFile(bad, []byte("name,country\nLena Vogt,XX\n"), 0o644)
	_, err = extract.New(extract.WithKnownPeopleFile(bad))
	if !errors.Is(err, entity.ErrBadPeople) || !errors.Is(err, extract.ErrBadOption) ||
		!strings.HasSuffix(err.Error(), bad+`:2: country: unknown country code "XX"`) {
		t.Errorf("a bad file: %v", err)
	}
}
