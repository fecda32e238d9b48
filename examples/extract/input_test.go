package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUnquote: on a valid JSON string, unquote gives what encoding/json
// gives; on invalid UTF-8 or a lone surrogate, the bytes as written.
func TestUnquote(t *testing.T) {
	for _, raw := range []string{
		`""`, `"plain"`, `"café"`, `"\u00e9\u4e2d\ud83d\ude00"`, `"\"\\\/\b\f\n\r\t"`,
		`"\\u0041"`, `"a\\\u0041b"`, `"\u0000"`, `"\uFFFD"`, `"end\ud83d\ude00"`,
	} {
		var want string
		if err := json.Unmarshal([]byte(raw), &want); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		got, err := unquote(json.RawMessage(raw))
		if err != nil || got != want {
			t.Errorf("unquote(%s) = %q, %v; want %q", raw, got, err, want)
		}
	}
	for raw, want := range map[string]string{
		"\"a\xffb\"":           "a\xffb",
		`"a\ud800b"`:           "a\xed\xa0\x80b",
		`"\udfff"`:             "\xed\xbf\xbf",
		`"\ud800\u0041"`:       "\xed\xa0\x80A",
		`"\ud800\ud800\udc00"`: "\xed\xa0\x80\U00010000",
	} {
		if got, err := unquote(json.RawMessage(raw)); err != nil || got != want {
			t.Errorf("unquote(%s) = %q, %v; want %q", raw, got, err, want)
		}
	}
}

// TestBadUTF8Alike: a text with invalid UTF-8 is refused alike, with the
// same message, whether it comes as a file or as a line of -in (a raw byte
// or a lone surrogate escape).
func TestBadUTF8Alike(t *testing.T) {
	dir := t.TempDir()
	text := "ISLAMABAD: Dar met Rubio.\xff"
	file := filepath.Join(dir, "a.txt")
	os.WriteFile(file, []byte(text), 0o644)
	code, _, errFile := runCLI(t, "", "-jsonl", file)
	if code != 1 || !strings.HasPrefix(errFile, "extract: "+file+": ") {
		t.Fatalf("file: exit %d, %q", code, errFile)
	}
	want := strings.TrimPrefix(errFile, "extract: "+file+": ")
	for _, line := range []string{
		"{\"text\": \"ISLAMABAD: Dar met Rubio.\xff\"}",
		`{"text": "ISLAMABAD: Dar met Rubio.\udbff"}`,
	} {
		in := filepath.Join(dir, "in.jsonl")
		os.WriteFile(in, []byte(line+"\n"), 0o644)
		code, out, errOut := runCLI(t, "", "-in", in)
		if code != 1 || errOut != "extract: "+in+":1: "+want || !strings.Contains(out, `"error"`) {
			t.Errorf("-in %s: exit %d, stderr %q, stdout %q; want 1, the file's message %q", line, code, errOut, out, want)
		}
	}
}

// FuzzRecord: a line of -in never panics record; a text it returns is what
// encoding/json reads, unless the line's "text" holds invalid UTF-8 or a
// lone surrogate, which it keeps as written (and extract then refuses).
// readRecord, the one-pass reader, reads every line as record does
// (checkReadRecord).
func FuzzRecord(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Talks in Lima."}`, `{"text": "caf\u00e9 \ud83d\ude00"}`, `{"text": "\ud800"}`,
		"{\"text\": \"a\xffb\"}", `{"text": null}`, `{"text": "\\\"\/\b\f\n\r\t"}`, `{"id": 1}`, `[]`, `{"text": "\udc00\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkReadRecord(t, line)
		_, text, err := record(line)
		if err != nil {
			return
		}
		var obj struct{ Text string }
		if err := json.Unmarshal(line, &obj); err != nil {
			t.Fatalf("record read %q, encoding/json refuses it: %v", line, err)
		}
		if utf8.ValidString(text) && text != obj.Text {
			t.Errorf("record read %q as %q, encoding/json as %q", line, text, obj.Text)
		}
		if !utf8.ValidString(text) && !strings.ContainsRune(obj.Text, utf8.RuneError) {
			t.Errorf("record kept invalid UTF-8 in %q (%q) where encoding/json found none (%q)", line, text, obj.Text)
		}
	})
}
