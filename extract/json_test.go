package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The reference JSON form: the result copied into plain structs that
// encoding/json writes by reflection, as the form was written before the
// hand-written encoder (json.go). Absent strings are nil pointers (null),
// lists are never nil ([]).
type (
	refMention struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	refDateline struct {
		Place   string  `json:"place"`
		Country *string `json:"country"`
		refMention
	}
	refOffice struct {
		Title   string  `json:"title"`
		Country *string `json:"country"`
	}
	refPerson struct {
		Name          string       `json:"name"`
		Country       *string      `json:"country"`
		CountrySource *string      `json:"country_source"`
		CountryFrom   *string      `json:"country_from"`
		KnownID       *string      `json:"known_id"`
		Offices       []refOffice  `json:"offices"`
		Mentions      []refMention `json:"mentions"`
		Confidence    float64      `json:"confidence"`
	}
	refCountry struct {
		Code     string       `json:"code"`
		Name     string       `json:"name"`
		Mentions []refMention `json:"mentions"`
	}
	refOrganization struct {
		Name       string       `json:"name"`
		Acronym    *string      `json:"acronym"`
		Country    *string      `json:"country"`
		Mentions   []refMention `json:"mentions"`
		Confidence float64      `json:"confidence"`
	}
	refTopic struct {
		Label    string       `json:"label"`
		Score    float64      `json:"score"`
		Evidence []refMention `json:"evidence"`
	}
	refEvent struct {
		Type         string     `json:"type"`
		Participants []string   `json:"participants"`
		Initiator    *string    `json:"initiator"`
		When         *string    `json:"when"`
		Date         *string    `json:"date"`
		Evidence     refMention `json:"evidence"`
	}
	refResult struct {
		ID            string            `json:"id"`
		Published     *string           `json:"published"`
		Dateline      *refDateline      `json:"dateline"`
		People        []refPerson       `json:"people"`
		Countries     []refCountry      `json:"countries"`
		Organizations []refOrganization `json:"organizations"`
		Topics        []refTopic        `json:"topics"`
		Events        []refEvent        `json:"events"`
	}
)

func refNullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func refMentions(ms []Mention) []refMention {
	out := []refMention{}
	for _, m := range ms {
		out = append(out, refMention{m.Text, m.Start, m.End})
	}
	return out
}

// reference returns r in the plain structs of the reference form.
func reference(r *Result) refResult {
	out := refResult{ID: r.ID, Published: refNullable(r.Published),
		People: []refPerson{}, Countries: []refCountry{}, Organizations: []refOrganization{}, Topics: []refTopic{}, Events: []refEvent{}}
	if d := r.Dateline; d != nil {
		out.Dateline = &refDateline{d.Place, refNullable(d.Country), refMention{d.Text, d.Start, d.End}}
	}
	for _, p := range r.People {
		rp := refPerson{Name: p.Name, Country: refNullable(p.Country), CountrySource: refNullable(p.CountrySource),
			CountryFrom: refNullable(p.CountryFrom), KnownID: refNullable(p.KnownID), Offices: []refOffice{},
			Mentions: refMentions(p.Mentions), Confidence: p.Confidence}
		for _, o := range p.Offices {
			rp.Offices = append(rp.Offices, refOffice{o.Title, refNullable(o.Country)})
		}
		out.People = append(out.People, rp)
	}
	for _, c := range r.Countries {
		out.Countries = append(out.Countries, refCountry{c.Code, c.Name, refMentions(c.Mentions)})
	}
	for _, o := range r.Organizations {
		out.Organizations = append(out.Organizations, refOrganization{o.Name, refNullable(o.Acronym), refNullable(o.Country),
			refMentions(o.Mentions), o.Confidence})
	}
	for _, t := range r.Topics {
		out.Topics = append(out.Topics, refTopic{t.Label, t.Score, refMentions(t.Evidence)})
	}
	for _, e := range r.Events {
		parts := append([]string{}, e.Participants...)
		out.Events = append(out.Events, refEvent{e.Type, parts, refNullable(e.Initiator), refNullable(e.When),
			refNullable(e.Date), refMention{e.Evidence.Text, e.Evidence.Start, e.Evidence.End}})
	}
	return out
}

// checkAgreement fails unless r's JSON form, written directly by
// MarshalJSON, through json.Marshal and through json.MarshalIndent, is
// byte for byte the reference form's.
func checkAgreement(t *testing.T, r *Result) {
	t.Helper()
	ref := reference(r)
	want, wantErr := json.Marshal(ref)
	direct, directErr := r.MarshalJSON()
	got, gotErr := json.Marshal(r)
	if (wantErr != nil) != (directErr != nil) || (wantErr != nil) != (gotErr != nil) {
		t.Fatalf("%q: errors differ: reference %v, MarshalJSON %v, json.Marshal %v", r.ID, wantErr, directErr, gotErr)
	}
	if wantErr != nil {
		b, err := r.AppendJSON([]byte("x\n"))
		if err == nil || string(b) != "x\n" {
			t.Errorf("%q: AppendJSON = %q, %v; want the buffer as it was and an error", r.ID, b, err)
		}
		return
	}
	if !bytes.Equal(direct, want) {
		t.Errorf("%q: MarshalJSON\n%s\nwant (encoding/json)\n%s", r.ID, direct, want)
	}
	// AppendJSON writes the same after what the buffer holds, in its spare
	// room or in a new one.
	for _, room := range []int{0, 8 << 10} {
		prefix := append(make([]byte, 0, 3+room), "x\n"...)
		appended, err := r.AppendJSON(prefix)
		if err != nil || !bytes.Equal(appended, append([]byte("x\n"), want...)) {
			t.Errorf("%q: AppendJSON after %q (room %d) = %q, %v; want that and\n%s", r.ID, prefix, room, appended, err, want)
		}
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%q: json.Marshal\n%s\nwant\n%s", r.ID, got, want)
	}
	wantIndent, _ := json.MarshalIndent(ref, "", "  ")
	gotIndent, _ := json.MarshalIndent(r, "", "  ")
	if !bytes.Equal(gotIndent, wantIndent) {
		t.Errorf("%q: json.MarshalIndent differs from the reference's", r.ID)
	}
	// Each part encodes by itself as it does inside the result (a nil list
	// aside, which is null by itself).
	for _, v := range []struct{ got, want any }{{r.People, ref.People}, {r.Countries, ref.Countries},
		{r.Organizations, ref.Organizations}, {r.Topics, ref.Topics}, {r.Events, ref.Events}} {
		g, _ := json.Marshal(v.got)
		w, _ := json.Marshal(v.want)
		if string(g) != "null" && !bytes.Equal(g, w) {
			t.Errorf("%q: part\n%s\nwant\n%s", r.ID, g, w)
		}
	}
}

// TestJSONAgreement checks the hand-written JSON form against encoding/json's
// on every seed and invented article, and on results made to hold every
// case of the encoders: absent values, nil lists, characters that need
// escaping, and numbers of every range.
func TestJSONAgreement(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/articles/*.txt"} {
		p, _ := filepath.Glob(glob)
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no articles")
	}
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ex.Extract(context.Background(), filepath.Base(path), string(text))
		if err != nil {
			t.Fatal(err)
		}
		checkAgreement(t, r)
	}
	checkAgreement(t, &Result{})
	for _, s := range []string{"", "plain", `q"b\s`, "<a href='x'>&amp;</a>", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"\u2028\u2029", "é – 東京", "bad \xff utf8 \xc3", "\xed\xa0\x80"} {
		for _, f := range []float64{0, 1, 0.63, 1.0 / 3, 1e-7, 1e-6, 123456789, 1e20, 1e21, 1.5e300, -0.25, math.Copysign(0, -1), 5e-324} {
			checkAgreement(t, sample(s, f))
		}
	}
	checkAgreement(t, sample("x", math.NaN()))
	checkAgreement(t, sample("x", math.Inf(1)))
}

// sample returns a result with s in every string and f in every number.
func sample(s string, f float64) *Result {
	m := Mention{Text: s, Span: Span{Start: 3, End: 3 + len(s)}}
	return &Result{ID: s, Published: s,
		Dateline:      &Dateline{Place: s, Country: s, Mention: m},
		People:        []Person{{Name: s, Country: s, CountrySource: s, CountryFrom: s, KnownID: s, Offices: []Office{{s, s}, {s, ""}}, Mentions: []Mention{m, m}, Confidence: f}, {Name: s}},
		Countries:     []Country{{Code: s, Name: s, Mentions: []Mention{m}}, {}},
		Organizations: []Organization{{Name: s, Acronym: s, Country: s, Mentions: []Mention{m}, Confidence: f}, {Name: s}},
		Topics:        []Topic{{Label: s, Score: f, Evidence: []Mention{m}}, {Label: s}},
		Events:        []Event{{Type: s, Participants: []string{s, s}, Initiator: s, When: s, Date: s, Rule: s, Evidence: m}, {Type: s}},
	}
}

// FuzzJSONAgreement checks the hand-written JSON form against encoding/json's
// for any string and number.
func FuzzJSONAgreement(f *testing.F) {
	f.Add("<b>Khan & Co</b>", 0.5)
	f.Add("\u2028\xff\x00", 1e-9)
	f.Add(strings.Repeat("é", 3), 1e22)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		checkAgreement(t, sample(s, x))
	})
}

// TestAppendStringBytes: every byte alone, and between plain letters, is
// written as encoding/json writes it (plainByte's table against the
// reference).
func TestAppendStringBytes(t *testing.T) {
	for c := range 256 {
		for _, s := range []string{string(byte(c)), "ab" + string(byte(c)) + "cd"} {
			want, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendString([]byte("x"), s); string(got) != "x"+string(want) {
				t.Errorf("byte %#x in %q: %s, want %s", c, s, got[1:], want)
			}
		}
	}
}

// BenchmarkAppendJSON encodes the results of the seeds into one buffer
// reused, as examples/extract -jsonl does; MB/s is bytes of JSON per second.
func BenchmarkAppendJSON(b *testing.B) {
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) == 0 {
		b.Fatal("no seeds")
	}
	var results []*Result
	var buf []byte
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		r, err := ex.Extract(context.Background(), filepath.Base(p), string(text))
		if err != nil {
			b.Fatal(err)
		}
		results = append(results, r)
		if buf, err = r.AppendJSON(buf); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for _, r := range results {
			if buf, err = r.AppendJSON(buf); err != nil {
				b.Fatal(err)
			}
		}
	}
}
