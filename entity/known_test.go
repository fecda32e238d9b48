package entity

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/pipeline"
)

// TestKnownTerms checks that an office held for a term is given only in an
// article whose publication date falls within it, and an undated office in
// every article.
func TestKnownTerms(t *testing.T) {
	s := newStage(t, WithKnownPeople(KnownPerson{Name: "Lena Vogt", Country: "DE", ID: "Q1",
		Offices: []string{"Member of Parliament"},
		Terms: []Term{{Title: "Foreign Minister", From: "2021-12-08"},
			{Title: "Finance Minister", From: "2017", To: "2021-12"}}}))
	tests := []struct {
		name, date string
		want       string
	}{
		{"within the open term", "2024-05-01", "Lena Vogt|DE|Member of Parliament/DE,Foreign Minister/DE"},
		{"on the first day of a term", "2021-12-08", "Lena Vogt|DE|Member of Parliament/DE,Foreign Minister/DE,Finance Minister/DE"},
		{"the day before a term", "2021-12-07", "Lena Vogt|DE|Member of Parliament/DE,Finance Minister/DE"},
		{"a year-long from", "2017-01-01", "Lena Vogt|DE|Member of Parliament/DE,Finance Minister/DE"},
		{"the last month of a term", "2021-12-31", "Lena Vogt|DE|Member of Parliament/DE,Foreign Minister/DE,Finance Minister/DE"},
		{"after a term", "2022-01-01", "Lena Vogt|DE|Member of Parliament/DE,Foreign Minister/DE"},
		{"before every term", "2016-12-31", "Lena Vogt|DE|Member of Parliament/DE"},
		{"no date: no term", "", "Lena Vogt|DE|Member of Parliament/DE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Lena Vogt spoke to reporters in Lisbon."
			if tt.date != "" {
				text = tt.date + "\n\n" + text
			}
			d, a := annotate(t, s, text)
			if d.Header.Published != tt.date {
				t.Fatalf("published %q, want %q", d.Header.Published, tt.date)
			}
			var got []string
			for _, p := range a.People {
				got = append(got, brief(p))
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(a.People) == 1 && (a.People[0].Known == nil || a.People[0].Known.ID != "Q1") {
				t.Errorf("Known = %+v, want the known person Q1", a.People[0].Known)
			}
		})
	}
}

func TestTermCovers(t *testing.T) {
	tests := []struct {
		term Term
		date string
		want bool
	}{
		{Term{From: "2024"}, "2024-01-01", true},
		{Term{From: "2024"}, "2023-12-31", false},
		{Term{To: "2019"}, "2019-12-31", true},
		{Term{To: "2019"}, "2020-01-01", false},
		{Term{From: "2019-06", To: "2019-06"}, "2019-06-30", true},
		{Term{From: "2019-06", To: "2019-06"}, "2019-07-01", false},
		{Term{From: "2019-06-02", To: "2019-06-02"}, "2019-06-02", true},
		{Term{}, "2019-06-02", true},
		{Term{From: "2019"}, "", false},
		{Term{From: "2019"}, "2019", false}, // not a full date
	}
	for _, tt := range tests {
		if got := tt.term.Covers(tt.date); got != tt.want {
			t.Errorf("%+v.Covers(%q) = %v, want %v", tt.term, tt.date, got, tt.want)
		}
	}
}

// TestKnownOrder checks how known people share the text: each in the
// caller's order, and a place claimed by one is not another's.
func TestKnownOrder(t *testing.T) {
	tests := []struct {
		name   string
		people []KnownPerson
		text   string
		want   []string // brief, then the mentions
	}{
		{"an alias adds mentions", []KnownPerson{{Name: "Tomas Reyes", Aliases: []string{"Reyes"}, Country: "CL"}},
			"Tomas Reyes met the press. Reyes left early.", []string{"Tomas Reyes|CL|", "Tomas Reyes", "Reyes"}},
		{"the first person takes the place", []KnownPerson{{Name: "Ana Duarte", Country: "PT"}, {Name: "Duarte", Country: "BR"}},
			"Ana Duarte arrived.", []string{"Ana Duarte|PT|", "Ana Duarte"}},
		{"the longest name wins, whatever the order", []KnownPerson{{Name: "Duarte", Country: "BR"}, {Name: "Ana Duarte", Country: "PT"}},
			"Ana Duarte arrived.", []string{"Ana Duarte|PT|", "Ana Duarte"}},
		{"the leftmost name wins", []KnownPerson{{Name: "Duarte Silva", Country: "BR"}, {Name: "Ana Duarte", Country: "PT"}},
			"Ana Duarte Silva arrived.", []string{"Ana Duarte|PT|", "Ana Duarte"}},
		{"each place once; people by first mention", []KnownPerson{{Name: "Ana Duarte", Country: "PT"}, {Name: "Rui Duarte", Aliases: []string{"Duarte"}, Country: "BR"}},
			"Duarte spoke. Ana Duarte and Rui Duarte left.", []string{"Rui Duarte|BR|", "Duarte", "Rui Duarte", "Ana Duarte|PT|", "Ana Duarte"}},
		{"a name found only by an alias", []KnownPerson{{Name: "Kofi Mensah Owusu", Aliases: []string{"Kofi Owusu"}, Country: "GH"}},
			"Kofi Owusu spoke.", []string{"Kofi Mensah Owusu|GH|", "Kofi Owusu"}},
		{"case counts", []KnownPerson{{Name: "Ilse Brandt", Country: "AT"}},
			"ilse brandt spoke.", nil},
		{"a name at the end of the text", []KnownPerson{{Name: "Ilse Brandt", Country: "AT"}},
			"They met Ilse Brandt", []string{"Ilse Brandt|AT|", "Ilse Brandt"}},
		{"a name cut off by the end of the text", []KnownPerson{{Name: "Ilse Brandt Weber", Country: "AT"}},
			"They met Ilse Brandt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := annotate(t, newStage(t, WithKnownPeople(tt.people...)), tt.text)
			var got []string
			for _, p := range a.People {
				if p.Known == nil {
					continue
				}
				got = append(got, brief(p))
				for _, m := range p.Mentions {
					got = append(got, m.In(d.Text))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestKnownPeopleRefused(t *testing.T) {
	tests := []struct {
		p    KnownPerson
		want string
	}{
		{KnownPerson{Name: " "}, "entity: known person 0: empty name"},
		{KnownPerson{Name: "A B", Country: "ZZ"}, `entity: known person "A B": unknown country code "ZZ"`},
		{KnownPerson{Name: "A B", Aliases: []string{"  "}}, `entity: known person "A B": alias 0: empty`},
		{KnownPerson{Name: "--"}, `entity: known person "--": a name needs a letter`},
		{KnownPerson{Name: "A B", Offices: []string{""}}, `entity: known person "A B": office 0: empty title`},
		{KnownPerson{Name: "A B", Terms: []Term{{Title: "Envoy", From: "2024-13"}}},
			`entity: known person "A B": term 0: from "2024-13": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{KnownPerson{Name: "A B", Terms: []Term{{Title: "Envoy", From: "2024", To: "2023-05"}}},
			`entity: known person "A B": term 0: from 2024 is after to 2023-05`},
		{KnownPerson{Name: "A B", Terms: []Term{{From: "2024"}}}, `entity: known person "A B": term 0: empty title`},
	}
	for _, tt := range tests {
		_, err := New(WithKnownPeople(tt.p))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%+v: error %v, want %s", tt.p, err, tt.want)
		}
	}
}

// TestKnownCopied checks that the stage keeps its own list: a caller that
// changes its slice of people after New changes nothing.
func TestKnownCopied(t *testing.T) {
	people := []KnownPerson{{Name: "Ilse Brandt", Aliases: []string{"Brandt"}, Country: "AT", Offices: []string{"Envoy"}}}
	s := newStage(t, WithKnownPeople(people...))
	people[0] = KnownPerson{Name: "Nobody"}
	d, a := annotate(t, s, "Ilse Brandt spoke. Brandt left.")
	if len(a.People) != 1 || len(a.People[0].Mentions) != 2 || a.People[0].Offices[0].Title != "Envoy" {
		t.Errorf("people %v in %q", a.People, d.Text)
	}
}

// synthPeople writes n invented known people to a CSV file in dir: names
// made of syllables, so that no two are alike and none is real.
func synthPeople(t testing.TB, dir string, n int) string {
	t.Helper()
	syl := []string{"ka", "lo", "mi", "ren", "su", "ta", "vi", "zor", "ba", "de", "fu", "ni"}
	word := func(i int) string {
		var b strings.Builder
		for k := 0; k < 3; k++ {
			b.WriteString(syl[i%len(syl)])
			i /= len(syl)
		}
		return strings.ToUpper(b.String()[:1]) + b.String()[1:]
	}
	codes := []string{"DE", "CL", "GH", "PT", "AT", "KE", "VN", "NZ"}
	var b strings.Builder
	b.WriteString("name,aliases,country,offices,id\n")
	for i := range n {
		first, last := word(i%1728), word(i/1728+5) // 12^3 = 1728 words: each pair once
		fmt.Fprintf(&b, "%s %s %s,%s %s|%s,%s,Minister of Works (2020..2023)|Senator,Q%d\n",
			first, word(i+1), last, first, last, last, codes[i%len(codes)], i)
	}
	path := filepath.Join(dir, "people.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// BenchmarkLoadPeople loads a generated file of 100,000 people into a stage
// (WithPeopleFile: the file read and the index of the names built),
// reporting the heap the stage keeps (MB-kept) and the heap the process
// holds from the system at the end (MB-peak, HeapSys, which never shrinks;
// it includes the generated file's own garbage).
func BenchmarkLoadPeople(b *testing.B) {
	path := synthPeople(b, b.TempDir(), 100_000)
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	b.ReportAllocs()
	var kept, peak float64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		s, err := New(WithPeopleFile(path))
		if err != nil {
			b.Fatal(err)
		}
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		peak = max(peak, float64(after.HeapSys)/(1<<20))
		runtime.GC()
		var live runtime.MemStats
		runtime.ReadMemStats(&live)
		kept = float64(live.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(kept, "MB-kept")
	b.ReportMetric(peak, "MB-peak")
}

// TestLoadManyPeople loads a generated file of 100,000 people, builds the
// stage, and checks that one of them is found in a text, that the stage
// keeps under 100 MB for them, and that an article costs no more than a
// few times what it costs with no known people (compared within the run,
// not against a clock).
func TestLoadManyPeople(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and loads 100,000 people")
	}
	path := synthPeople(t, t.TempDir(), 100_000)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	people, err := LoadPeopleFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 100_000 {
		t.Fatalf("%d people", len(people))
	}
	want := people[4242]
	people = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := newStage(t, WithPeopleFile(path))
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if kept := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20); kept > 100 {
		t.Errorf("the stage keeps %.0f MB for 100,000 people", kept)
	} else {
		t.Logf("the stage keeps %.1f MB for 100,000 people", kept)
	}
	_, a := annotate(t, s, "2021-06-01\n\nOn Monday "+want.Name+" spoke. Later "+want.Aliases[0]+" left.")
	var got []string
	for _, p := range a.People {
		got = append(got, brief(p))
	}
	wantBrief := want.Name + "|" + want.Country + "|Senator/" + want.Country + ",Minister of Works/" + want.Country
	if diff := cmp.Diff([]string{wantBrief}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	plain := newStage(t)
	text := strings.Repeat("Minister Ana Duarte met Chile's envoy on Monday and said the talks went well. ", 50)
	// The best of three runs each, alternated, so that a noisy moment of
	// the machine does not weigh on one side only.
	best := map[*Stage]float64{}
	for range 3 {
		for _, st := range []*Stage{s, plain} {
			r := testing.Benchmark(func(b *testing.B) {
				for b.Loop() {
					annotate(b, st, text)
				}
			})
			if ns := float64(r.NsPerOp()); best[st] == 0 || ns < best[st] {
				best[st] = ns
			}
		}
	}
	if ratio := best[s] / best[plain]; ratio > 3 {
		t.Errorf("an article costs %.1fx with 100,000 known people", ratio)
	} else {
		t.Logf("an article costs %.2fx with 100,000 known people", ratio)
	}
}

func TestErrBadPeopleIs(t *testing.T) {
	_, err := LoadPeopleFile("testdata/no-such-file.csv")
	if !errors.Is(err, ErrBadPeople) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v: want ErrBadPeople and os.ErrNotExist", err)
	}
}

// TestPlainWords checks that a plain name's words, split at spaces, are
// exactly the tokeniser's.
func TestPlainWords(t *testing.T) {
	names := []string{"Lena Vogt", "NATO", "L Vogt", "de la Cruz", "  Ana   Duarte ", "A B C D E F", "ALLCAPS Name x"}
	for i := range 3000 {
		names = append(names, inventedName(i), strings.ToUpper(inventedName(i)), strings.ToLower(inventedName(i)))
	}
	for _, n := range names {
		if !plainWords(n) {
			t.Errorf("%q is not plain", n)
			continue
		}
		var tok []string
		for _, tk := range pipeline.Tokenize(n) {
			tok = append(tok, tk.Norm)
		}
		if diff := cmp.Diff(tok, appendWords(nil, n)); diff != "" {
			t.Errorf("%q (-tokeniser +split):\n%s", n, diff)
		}
	}
	for _, n := range []string{"McDonald", "L. Vogt", "O'Brien", "Okonkwo-Bello", "Zürich", "Ana2", "a\tb"} {
		if plainWords(n) {
			t.Errorf("%q is plain", n)
		}
	}
}

// inventedName makes the i-th of many invented names.
func inventedName(i int) string {
	syl := []string{"Ka", "Lo", "Mi", "Re", "Su", "Ta", "Vi", "Zo", "Ba", "De", "Fu", "Ni"}
	word := func(n int) string { return syl[n%12] + strings.ToLower(syl[n/12%12]) + strings.ToLower(syl[n/144%12]) }
	return word(i%1728) + " " + word(i/1728+7)
}

func TestWithPeopleFile(t *testing.T) {
	s := newStage(t, WithPeopleFile("../examples/people.csv"), WithPeopleFile("../examples/people.jsonl"),
		WithKnownPeople(KnownPerson{Name: "Ana Duarte", Country: "PT"}))
	if diff := cmp.Diff(append(append(slices.Clone(examplePeople), examplePeople...), KnownPerson{Name: "Ana Duarte", Country: "PT"}), s.known); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err := New(WithPeopleFile("testdata/people.txt"))
	if !errors.Is(err, ErrBadPeople) {
		t.Errorf("a .txt file: %v", err)
	}
}
