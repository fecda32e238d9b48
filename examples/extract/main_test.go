package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout/readout/extract"
)

// seedFiles returns the seed articles' paths and texts, in name order.
func seedFiles(t *testing.T) ([]string, []string) {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return paths, texts
}

// runCLI runs the command in-process and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// want returns the JSON Lines record the library gives for text.
func want(t *testing.T, id, text string) string {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), id, text)
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lines splits JSON Lines output and checks that each line is one whole JSON object.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	if out != "" && !strings.HasSuffix(out, "\n") {
		t.Errorf("output does not end with a newline: %q", out[max(0, len(out)-40):])
	}
	var recs []map[string]any
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" && out == "" {
			break
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d is not one JSON object (%v): %.200q", i+1, err, l)
		}
		recs = append(recs, rec)
	}
	return recs
}

func ids(recs []map[string]any) []string {
	var out []string
	for _, r := range recs {
		out = append(out, fmt.Sprint(r["id"]))
	}
	return out
}

// TestFilesInOrder runs many files of different sizes on 4 workers: results
// come out in input order, each equal to the library's.
func TestFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	_, texts := seedFiles(t)
	var args, wantIDs, wantLines []string
	args = append(args, "-jsonl", "-workers", "4")
	for i := range 20 {
		text := texts[i%len(texts)]
		if i%6 == 0 {
			text = strings.Repeat(text, 30) // a slow one, so that workers finish out of order
		}
		id := fmt.Sprintf("art%02d", 19-i) // names not in sorted order
		path := filepath.Join(dir, id+".txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
		wantIDs = append(wantIDs, id)
		wantLines = append(wantLines, want(t, id, text))
	}
	code, out, errOut := runCLI(t, "", args...)
	if code != 0 || errOut != "" {
		t.Errorf("exit %d, stderr %q; want 0 and nothing", code, errOut)
	}
	recs := lines(t, out)
	if got := strings.Join(ids(recs), " "); got != strings.Join(wantIDs, " ") {
		t.Fatalf("ids\n got %s\nwant %s", got, strings.Join(wantIDs, " "))
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l != wantLines[i] {
			t.Errorf("%s: CLI result differs from the library's", wantIDs[i])
		}
	}
}

// TestBadFiles mixes good files with every kind of bad one: each bad one has
// an error record in its place and a message on stderr, the good ones are
// intact, and the exit status is 1.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	paths, texts := seedFiles(t)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binary, err := os.ReadFile("../../testdata/hard/binary.bin")
	if err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "adir")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	good0 := write("good0.txt", []byte(texts[0]))

	type entry struct {
		path, id string
		text     string // for a good file
		errHas   string // for a bad one: part of the error message
	}
	entries := []entry{
		{path: good0, id: "good0", text: texts[0]},
		{path: filepath.Join(dir, "missing.txt"), id: "missing", errHas: "no such file"},
		{path: sub, id: "adir", errHas: "is a directory"},
		{path: filepath.Join(good0, "child.txt"), id: "child", errHas: "not a directory"},
		{path: write("binary.png", binary), id: "binary", errHas: "invalid UTF-8 at offset 0"},
		{path: write("utf16.txt", []byte("\xff\xfeD\x00a\x00r\x00")), id: "utf16", errHas: "invalid UTF-8 at offset 0"},
		{path: write("utf16-nobom.txt", []byte("D\x00a\x00r\x00")), id: "utf16-nobom", errHas: "NUL byte at offset 1 (binary data?)"},
		{path: write("latin1.txt", []byte("Caf\xe9 in Islamabad")), id: "latin1", errHas: "invalid UTF-8 at offset 3"},
		{path: paths[1], id: strings.TrimSuffix(filepath.Base(paths[1]), ".txt"), text: texts[1]},
		{path: write("empty.txt", nil), id: "empty", text: ""},
		{path: write("big.txt", []byte(strings.Repeat("word ", 2001))), id: "big", errHas: "too large"},
		{path: paths[2], id: strings.TrimSuffix(filepath.Base(paths[2]), ".txt"), text: texts[2]},
	}
	if os.Geteuid() != 0 {
		p := write("secret.txt", []byte(texts[3]))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, entry{path: p, id: "secret", errHas: "permission denied"})
	} else {
		t.Log("running as root: a chmod 000 file stays readable, so the unreadable case is the path through a file (ENOTDIR)")
	}
	entries = append(entries, entry{path: paths[3], id: strings.TrimSuffix(filepath.Base(paths[3]), ".txt"), text: texts[3]})

	var args []string
	for _, e := range entries {
		args = append(args, e.path)
	}
	for _, mode := range [][]string{
		{"-jsonl"}, {"-jsonl", "-workers", "4"}, {"-jsonl", "-workers", "0"}, {"-workers", "3"},
	} {
		t.Run(strings.Join(mode, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append(append(mode, "-max-bytes", "10000"), args...)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			var recs []map[string]any
			if mode[0] == "-jsonl" {
				recs = lines(t, out)
			} else {
				dec := json.NewDecoder(strings.NewReader(out))
				for dec.More() {
					var rec map[string]any
					if err := dec.Decode(&rec); err != nil {
						t.Fatalf("output is not a sequence of JSON objects: %v", err)
					}
					recs = append(recs, rec)
				}
			}
			if len(recs) != len(entries) {
				t.Fatalf("%d records for %d files: %v", len(recs), len(entries), ids(recs))
			}
			stderrLines := strings.Split(strings.TrimSpace(errOut), "\n")
			bad := 0
			for i, e := range entries {
				rec := recs[i]
				if rec["id"] != e.id {
					t.Errorf("record %d: id %v, want %s", i, rec["id"], e.id)
					continue
				}
				if e.errHas == "" {
					if _, isErr := rec["error"]; isErr {
						t.Errorf("%s: error %v, want a result", e.id, rec["error"])
						continue
					}
					b, _ := json.Marshal(rec)
					var w map[string]any
					json.Unmarshal([]byte(want(t, e.id, e.text)), &w)
					wb, _ := json.Marshal(w)
					if string(b) != string(wb) {
						t.Errorf("%s: result differs from the library's", e.id)
					}
					continue
				}
				bad++
				if len(rec) != 2 || !strings.Contains(fmt.Sprint(rec["error"]), e.errHas) {
					t.Errorf("%s: record %v, want exactly {id, error} with %q", e.id, rec, e.errHas)
				}
				if !strings.Contains(errOut, "extract: "+e.path+": ") {
					t.Errorf("%s: no message on stderr:\n%s", e.id, errOut)
				}
			}
			for _, l := range stderrLines {
				// Each layer adds its context once: "extract: PATH: no such file or directory".
				if strings.Count(l, dir) != 1 || strings.Count(l, "extract:") != 1 {
					t.Errorf("message repeats its context: %q", l)
				}
			}
			if len(stderrLines) != bad {
				t.Errorf("%d stderr lines for %d bad files:\n%s", len(stderrLines), bad, errOut)
			}
		})
	}
}

// TestJSONLInput reads -in JSON Lines with a malformed line, a blank line and
// a record without id.
func TestJSONLInput(t *testing.T) {
	_, texts := seedFiles(t)
	dir := t.TempDir()
	var in bytes.Buffer
	rec := func(id, text string) {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		in.Write(b)
		in.WriteByte('\n')
	}
	rec("a", texts[0])
	in.WriteString("{\"id\": \"broken\", \"text\": \"unterminated\n") // line 2
	in.WriteString("\n")                                              // line 3: skipped
	rec("", texts[1])                                                 // line 4: no id
	in.WriteString("[1, 2]\n")                                        // line 5: not an object
	rec("d", "Bad \\u0000 nul")                                       // valid JSON, text with a backslash
	rec("e", texts[2])
	in.WriteString(`{"id": "f", "text": "no final newline"}`)
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-in", path}, {"-in", path, "-workers", "4"}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		recs := lines(t, out)
		wantIDs := "a in.jsonl:2 in.jsonl:4 in.jsonl:5 d e f"
		if got := strings.Join(ids(recs), " "); got != wantIDs {
			t.Fatalf("%v: ids %s, want %s", args, got, wantIDs)
		}
		for _, i := range []int{1, 3} {
			if e, _ := recs[i]["error"].(string); !strings.HasPrefix(e, "not a JSON object") {
				t.Errorf("record %d: error %q", i, e)
			}
			if msg := fmt.Sprintf("extract: %s:%d: not a JSON object", path, []int{0, 2, 0, 5}[i]); !strings.Contains(errOut, msg) {
				t.Errorf("stderr lacks %q:\n%s", msg, errOut)
			}
		}
		for _, i := range []int{0, 2, 4, 5, 6} {
			if _, isErr := recs[i]["error"]; isErr {
				t.Errorf("record %d %v: error %v", i, recs[i]["id"], recs[i]["error"])
			}
		}
		if n := strings.Count(errOut, "\n"); n != 2 {
			t.Errorf("%d stderr lines, want 2:\n%s", n, errOut)
		}
	}
	// -in - reads standard input.
	code, out, _ := runCLI(t, in.String(), "-in", "-")
	if code != 1 || len(lines(t, out)) != 7 {
		t.Errorf("-in -: exit %d, %d records", code, len(lines(t, out)))
	}
	// A missing -in file stops the run.
	code, out, errOut := runCLI(t, "", "-in", filepath.Join(dir, "nope.jsonl"))
	if code != 2 || out != "" || !strings.Contains(errOut, "nope.jsonl") {
		t.Errorf("missing -in: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestJSONLLongLine: a record longer than the buffer -in is read through
// reads as a short one does, and so does the record after it.
func TestJSONLLongLine(t *testing.T) {
	_, texts := seedFiles(t)
	long := strings.Join(texts, "\n\n")
	for len(long) <= 2*inBuffer {
		long += "\n\n" + long
	}
	var in bytes.Buffer
	for _, r := range []struct{ id, text string }{{"long", long}, {"short", texts[0]}} {
		b, _ := json.Marshal(map[string]string{"id": r.id, "text": r.text})
		in.Write(append(b, '\n'))
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "-jsonl", "-in", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got, want := out, want(t, "long", long)+"\n"+want(t, "short", texts[0])+"\n"; got != want {
		t.Errorf("a %d-byte line and a short one: got\n%.300s\nwant\n%.300s", len(long), got, want)
	}
}

func TestSingleFileIndented(t *testing.T) {
	paths, texts := seedFiles(t)
	code, out, errOut := runCLI(t, "", paths[0])
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "{\n  \"id\": ") || !strings.HasSuffix(out, "\n}\n") {
		t.Errorf("not one indented object: %.80q", out)
	}
	var buf bytes.Buffer
	id := strings.TrimSuffix(filepath.Base(paths[0]), ".txt")
	if err := json.Compact(&buf, []byte(out)); err != nil || buf.String() != want(t, id, texts[0]) {
		t.Errorf("indented result differs from the library's (%v)", err)
	}
}

func TestStdin(t *testing.T) {
	_, texts := seedFiles(t)
	for _, args := range [][]string{nil, {"-"}, {"-jsonl", "-"}} {
		code, out, errOut := runCLI(t, texts[0], args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, []byte(out)); err != nil || buf.String() != want(t, "-", texts[0]) {
			t.Errorf("%v: stdin result differs from the library's (%v)", args, err)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runCLI(t, "", "-h")
	if code != 0 || out != "" {
		t.Errorf("-h: exit %d, stdout %q; want 0 and nothing", code, out)
	}
	for _, f := range []string{"-format", "-json", "-jsonl", "-workers", "-in", "-topics", "-no-default-topics", "-max-bytes", "-progress", "usage:"} {
		if !strings.Contains(errOut, f) {
			t.Errorf("-h does not mention %s", f)
		}
	}
	code, out, errOut = runCLI(t, "", "-nosuchflag", "x.txt")
	if code != 2 || out != "" || !strings.Contains(errOut, "nosuchflag") {
		t.Errorf("bad flag: exit %d, stdout %q, stderr %.100q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "", "-max-bytes", "0", "x.txt")
	if code != 2 || out != "" || errOut != "extract: -max-bytes 0: want a positive number of bytes\n" {
		t.Errorf("-max-bytes 0: exit %d, stdout %q, stderr %.100q", code, out, errOut)
	}
}

// TestBadTopics: a taxonomy file with errors stops the run before any output,
// naming the file and the field.
func TestBadTopics(t *testing.T) {
	paths, _ := seedFiles(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"labels": [{"label": "energy", "terms": [{"text": "energy"}]}]}`), 0o644)
	for _, tc := range []struct {
		name, content, field string
	}{
		{"empty-label.json", `{"labels":[{"label":"","terms":[{"text":"x"}]}]}`, "labels[0].label"},
		{"bad-weight.json", `{"labels":[{"label":"a","terms":[{"text":"x","weight":1.5}]}]}`, "labels[0].terms[0].weight"},
		{"unknown-field.json", `{"labels":[{"label":"a","terms":[{"text":"x"}],"colour":1}]}`, "colour"},
		{"syntax.json", "{\"labels\": [\n  {\"label\": \"a\",,}]}", "syntax.json:2"},
		{"dup-builtin.json", `{"labels":[{"label":"trade","terms":[{"text":"x"}]}]}`, "trade"},
		{"missing.json", "", "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			if tc.name != "missing.json" {
				os.WriteFile(path, []byte(tc.content), 0o644)
			}
			code, out, errOut := runCLI(t, "", "-jsonl", "-topics", good, "-topics", path, paths[0], paths[1])
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %.80q; want 2 and no output", code, out)
			}
			if !strings.Contains(errOut, tc.name) && tc.name != "dup-builtin.json" {
				t.Errorf("stderr does not name the file: %q", errOut)
			}
			if !strings.Contains(errOut, tc.field) {
				t.Errorf("stderr does not name %q: %q", tc.field, errOut)
			}
		})
	}
	code, out, errOut := runCLI(t, "", "-jsonl", "-topics", good, paths[0])
	if code != 0 || len(lines(t, out)) != 1 {
		t.Errorf("good -topics: exit %d, stderr %q", code, errOut)
	}
}

// TestPipeClosedEarly runs the built command with its stdout into a pipe whose
// reader goes away after the first line: the command must exit, and what was
// read must be whole JSON objects.
func TestPipeClosedEarly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go tool: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "extract")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Skipf("cannot build the command: %v\n%s", err, out)
	}
	_, texts := seedFiles(t)
	// Enough JSON Lines to fill a pipe's buffer many times over.
	var in bytes.Buffer
	for i := range 600 {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint("doc", i), "text": texts[i%len(texts)]})
		in.Write(b)
		in.WriteByte('\n')
	}
	for _, workers := range []string{"1", "4"} {
		t.Run("workers="+workers, func(t *testing.T) {
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			var errOut bytes.Buffer
			cmd := exec.Command(bin, "-in", "-", "-workers", workers)
			cmd.Stdin = bytes.NewReader(in.Bytes())
			cmd.Stdout = pw
			cmd.Stderr = &errOut
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			pw.Close()
			br := bufio.NewReader(pr)
			first, err := br.ReadBytes('\n')
			if err != nil {
				t.Fatalf("first line: %v", err)
			}
			var rec map[string]any
			if err := json.Unmarshal(first, &rec); err != nil || rec["id"] != "doc0" {
				t.Errorf("first line is not the whole first record (%v): %.100q", err, first)
			}
			pr.Close()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				var exit *exec.ExitError
				if err == nil || !errors.As(err, &exit) {
					t.Errorf("command ended with %v; want a failure (broken pipe)", err)
				}
				t.Logf("command ended: %v; stderr %q", err, errOut.String())
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				t.Fatal("command did not exit after its stdout reader went away")
			}
		})
	}
}
