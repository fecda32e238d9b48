package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/extract"
)

// TestTextPrinter prints a result with every field, and one with none.
func TestTextPrinter(t *testing.T) {
	full := &extract.Result{ID: "a1", Published: "2031-02-03",
		Dateline: &extract.Dateline{Place: "Lima", Country: "PE"},
		People: []extract.Person{
			{Name: "Ana Ruiz", Country: "PE", Offices: []extract.Office{{Title: "Foreign Minister", Country: "PE"}, {Title: "Senator"}}},
			{Name: "Jon Berg", Country: "NO", Offices: []extract.Office{{Title: "Ambassador", Country: "PE"}}},
			{Name: "Kai Moe"},
			{Name: "Lena Vogt", Country: "DE", CountrySource: extract.FromKnown, KnownID: "Q1"},
			{Name: "Tomas Reyes", Country: "CL", CountrySource: extract.FromCorpus, CountryFrom: "007"},
			{Name: "Ilse Brandt", KnownID: "Q2"},
		},
		Countries:     []extract.Country{{Code: "PE", Name: "Peru"}, {Code: "NO", Name: "Norway"}},
		Organizations: []extract.Organization{{Name: "Andean Community", Acronym: "CAN"}, {Name: "Ministry of Energy", Country: "PE"}, {Name: "Red Cross"}},
		// In order of first evidence, as the JSON; the text form ranks them
		// by score, equal scores in this order.
		Topics: []extract.Topic{{Label: "minerals", Score: 0.63}, {Label: "trade", Score: 0.9}, {Label: "sanctions", Score: 0.63}},
		Events: []extract.Event{
			{Type: extract.Call, Participants: []string{"Ana Ruiz", "Jon Berg"}, Initiator: "Jon Berg", When: "Monday", Date: "2031-02-02"},
			{Type: extract.Meeting, Participants: []string{"Ana Ruiz", "Jon Berg", "Kai Moe"}, When: "last week"},
			{Type: extract.Letter, Participants: []string{"Ana Ruiz", "Jon Berg", "Kai Moe"}, Initiator: "Kai Moe"},
		},
	}
	want := `a1
  dateline       Lima (PE)
  published      2031-02-03
  people         Ana Ruiz (PE): Foreign Minister, Senator
                 Jon Berg (NO): Ambassador (PE)
                 Kai Moe
                 Lena Vogt (DE, known, id Q1)
                 Tomas Reyes (CL, corpus: 007)
                 Ilse Brandt (id Q2)
  countries      Peru (PE), Norway (NO)
  organisations  Andean Community (CAN), Ministry of Energy (PE), Red Cross
  topics         trade 0.90, minerals 0.63, sanctions 0.63
  events         Jon Berg → Ana Ruiz (call, 2031-02-02)
                 Ana Ruiz, Jon Berg and Kai Moe (meeting, last week)
                 Kai Moe → Ana Ruiz and Jon Berg (letter, date not stated)

b2
  dateline       none
  published      not stated
  people         none
  countries      none
  organisations  none
  topics         none
  events         none

c3
  error          text too large

`
	var b []byte
	var err error
	p := textPrinter{}
	for _, r := range []*extract.Result{full, {ID: "b2"}} {
		if b, err = p.result(b, r); err != nil {
			t.Fatal(err)
		}
	}
	if b, err = p.failure(b, "c3", "text too large"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
}

// TestFormats: -format and its aliases choose the printer; without one, the
// output is JSON (a test's stdout is not a terminal), JSON Lines with -in.
func TestFormats(t *testing.T) {
	paths, _ := seedFiles(t)
	in := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(in, []byte(`{"id": "x", "text": "Talks in Lima."}`+"\n"), 0o644)
	for _, tc := range []struct {
		args   []string
		prefix string
	}{
		{[]string{paths[0]}, "{\n  \"id\""},
		{[]string{"-json", paths[0]}, "{\n  \"id\""},
		{[]string{"-format", "json", paths[0]}, "{\n  \"id\""},
		{[]string{"-jsonl", paths[0]}, "{\"id\""},
		{[]string{"-format", "jsonl", paths[0]}, "{\"id\""},
		{[]string{"-in", in}, "{\"id\":\"x\""},
		{[]string{"-format", "json", "-in", in}, "{\n  \"id\": \"x\""},
		{[]string{"-format", "text", "-in", in}, "x\n  dateline       none\n"},
		{[]string{"-format", "text", paths[0]}, strings.TrimSuffix(filepath.Base(paths[0]), ".txt") + "\n  dateline       Islamabad (PK)\n"},
	} {
		code, out, errOut := runCLI(t, "", tc.args...)
		if code != 0 || errOut != "" || !strings.HasPrefix(out, tc.prefix) {
			t.Errorf("%v: exit %d, stderr %q, stdout %.60q; want 0, nothing, %q...", tc.args, code, errOut, out, tc.prefix)
		}
	}
}

// TestUsageErrors: each mistake on the command line stops the run with exit
// status 2, no output and one message that says what to do.
func TestUsageErrors(t *testing.T) {
	paths, _ := seedFiles(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"text": "x"}`+"\n"), 0o644)
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-in", in, paths[0]}, "extract: -in " + in + " and FILE arguments: give one or the other\n"},
		{[]string{"-workers", "-1", paths[0]}, "extract: -workers -1: want 0 (one per core) or more\n"},
		{[]string{paths[0], "-jsonl"}, "extract: flag -jsonl after the file names: put flags first (extract [flags] FILE...)\n"},
		{[]string{paths[0], "--workers=2"}, "extract: flag --workers=2 after the file names: put flags first (extract [flags] FILE...)\n"},
		{[]string{"-json", "-jsonl", paths[0]}, "extract: -jsonl and -format json: choose one format\n"},
		{[]string{"-format", "xml", paths[0]}, "extract: -format xml: want text, json or jsonl\n"},
		{[]string{"-in", filepath.Join(dir, "nope.jsonl")}, "extract: " + filepath.Join(dir, "nope.jsonl") + ": no such file or directory\n"},
		{[]string{"-in", dir}, "extract: " + dir + ": is a directory\n"},
	} {
		code, out, errOut := runCLI(t, "", tc.args...)
		if code != 2 || out != "" || errOut != tc.msg {
			t.Errorf("%v: exit %d, stdout %.60q, stderr %q; want 2, nothing, %q", tc.args, code, out, errOut, tc.msg)
		}
	}
	// After "--" every argument is a file, even one named like a flag.
	code, out, errOut := runCLI(t, "", "-jsonl", "--", paths[0], "-json")
	recs := lines(t, out)
	if code != 1 || len(recs) != 2 || recs[1]["id"] != "-json" || !strings.Contains(errOut, "extract: -json: no such file or directory") {
		t.Errorf("-- then -json: exit %d, ids %v, stderr %q", code, ids(recs), errOut)
	}
}

// TestStrictInput: with -in, a line that is not exactly {"id", "text"} gives
// an error record for that line, and the other lines still print.
func TestStrictInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.jsonl")
	lines0 := []struct{ line, id, err string }{
		{`{"id": "ok", "text": "Talks in Lima."}`, "ok", ""},
		{`{"id": "notext"}`, "notext", `no "text" key`},
		{`{"id": "typo", "txt": "Talks in Lima."}`, "typo", `unknown key "txt": want only "id" and "text"`},
		{`{"id": "case", "Text": "Talks in Lima."}`, "case", `unknown key "Text": want only "id" and "text"`},
		{`{"id": "extra", "text": "Talks in Lima.", "lang": "en", "date": 1}`, "extra", `unknown key "date", "lang": want only "id" and "text"`},
		{`{"id": "num", "text": 5}`, "num", `"text" is a number, not a string`},
		{`{"id": 7, "text": "x"}`, "bad.jsonl:8", `"id" is a number, not a string`},
		{`"just a string"`, "bad.jsonl:9", "not a JSON object"},
		{`{"text": ""}`, "bad.jsonl:10", ""},
		{`{"id": "null", "text": null}`, "null", `"text" is null, not a string`},
		{`{"id": null, "text": "x"}`, "bad.jsonl:12", `"id" is null, not a string`},
		// encoding/json would repair these to U+FFFD; a file holding the
		// same bytes is refused, and so is the line.
		{"{\"id\": \"raw\", \"text\": \"Talks in Lima.\xff\"}", "raw", "invalid input: invalid UTF-8 at offset 14"},
		{`{"id": "lone", "text": "Talks \ud800 in Lima."}`, "lone", "invalid input: invalid UTF-8 at offset 6"},
		{`{"id": "low", "text": "\\\udc00"}`, "low", "invalid input: invalid UTF-8 at offset 1"},
		{`{"id": "reversed", "text": "\ude00\ud83d"}`, "reversed", "invalid input: invalid UTF-8 at offset 0"},
		{"{\"id\": \"bad\xffid\", \"text\": \"x\"}", "bad.jsonl:17", `invalid input: "id" is not valid UTF-8`},
		{`{"id": "pair", "text": "Talks in Lima \ud83d\ude00 \u00e9\"\\\/\t."}`, "pair", ""},
	}
	var data string
	for i, l := range lines0 {
		data += l.line + "\n"
		if i == 5 {
			data += "\n" // a blank line, skipped but counted
		}
	}
	os.WriteFile(in, []byte(data), 0o644)
	code, out, errOut := runCLI(t, "", "-in", in)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	recs := lines(t, out)
	if len(recs) != len(lines0) {
		t.Fatalf("%d records for %d lines: %v", len(recs), len(lines0), ids(recs))
	}
	var wantErr []string
	for i, l := range lines0 {
		rec := recs[i]
		got, _ := rec["error"].(string)
		if rec["id"] != l.id || got != l.err {
			t.Errorf("line %d: record id %v, error %q; want %s, %q", i+1, rec["id"], got, l.id, l.err)
		}
		if l.err != "" {
			n := i + 1
			if i > 5 {
				n++
			}
			wantErr = append(wantErr, "extract: "+in+":"+strconv.Itoa(n)+": "+l.err)
		}
	}
	if diff := cmp.Diff(strings.Join(wantErr, "\n")+"\n", errOut); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
}

// TestSameBaseName: files with the same name in different folders get
// distinct ids; so does one file given twice.
func TestSameBaseName(t *testing.T) {
	_, texts := seedFiles(t)
	dir := t.TempDir()
	var args []string
	for _, sub := range []string{"a", "b"} {
		os.Mkdir(filepath.Join(dir, sub), 0o755)
		p := filepath.Join(dir, sub, "x.txt")
		os.WriteFile(p, []byte(texts[0]), 0o644)
		args = append(args, p)
	}
	other := filepath.Join(dir, "y.txt")
	os.WriteFile(other, []byte(texts[1]), 0o644)
	args = append(args, other, other)
	code, out, errOut := runCLI(t, "", append([]string{"-jsonl"}, args...)...)
	got := ids(lines(t, out))
	base := filepath.ToSlash(dir)
	want := []string{base + "/a/x", base + "/b/x", "y", "y#2"}
	if code != 0 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

// TestProgress: the progress line counts in words ("1 article"), and is
// rubbed out before an error message so that the message starts its line.
func TestProgress(t *testing.T) {
	paths, _ := seedFiles(t)
	dir := t.TempDir()
	code, _, errOut := runCLI(t, "", "-jsonl", "-progress", paths[0])
	if code != 0 || !strings.HasPrefix(errOut, "\r1 article, 0 failed") || !strings.Contains(errOut, "\r1 article, 0 failed in ") {
		t.Errorf("one article: exit %d, stderr %q", code, errOut)
	}
	missing := filepath.Join(dir, "missing.txt")
	code, _, errOut = runCLI(t, "", "-jsonl", "-progress", paths[0], missing, paths[1])
	if code != 1 || !strings.Contains(errOut, "\r3 articles, 1 failed in ") {
		t.Errorf("three articles: exit %d, stderr %q", code, errOut)
	}
	msg := "extract: " + missing + ": no such file or directory\n"
	i := strings.Index(errOut, msg)
	if i < 0 {
		t.Fatalf("no message %q in %q", msg, errOut)
	}
	// What precedes the message on its line, after the last carriage return,
	// must be nothing: the progress line was rubbed out with spaces.
	before := errOut[:i]
	if line := before[strings.LastIndexAny(before, "\r\n")+1:]; line != "" {
		t.Errorf("message shares its line with %q: %q", line, errOut)
	}
	if !strings.HasSuffix(before, "\r") || strings.Trim(before[strings.LastIndex(before[:len(before)-1], "\r")+1:len(before)-1], " ") != "" {
		t.Errorf("progress line not rubbed out before the message: %q", errOut)
	}
}

// TestExampleTopics: with the bundled examples/topics.json, "renewed
// Pakistan-US engagement" in seed 003 is no sign of energy: "renewable"
// matches as a word, not by its stem.
func TestExampleTopics(t *testing.T) {
	paths, _ := seedFiles(t)
	var seed string
	for _, p := range paths {
		if strings.HasPrefix(filepath.Base(p), "003") {
			seed = p
		}
	}
	code, out, errOut := runCLI(t, "", "-jsonl", "-topics", "../topics.json", seed)
	recs := lines(t, out)
	if code != 0 || len(recs) != 1 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	topics, _ := recs[0]["topics"].([]any)
	var labels []string
	for _, tp := range topics {
		labels = append(labels, tp.(map[string]any)["label"].(string))
	}
	if len(labels) == 0 || slices.Contains(labels, "energy") {
		t.Errorf("seed 003 topics %v: want some, and not energy", labels)
	}
}

// TestStdinError: a message about standard input says "stdin".
func TestStdinError(t *testing.T) {
	code, out, errOut := runCLI(t, "x\xff", "-jsonl")
	if code != 1 || out != `{"id":"-","error":"invalid input: invalid UTF-8 at offset 1"}`+"\n" ||
		errOut != "extract: stdin: invalid input: invalid UTF-8 at offset 1\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
