package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// recordOutcome is what a reader of -in makes of a line, as one string to
// compare: the id, the text and the error's message.
func recordOutcome(id, text string, err error) string {
	msg := "<nil>"
	if err != nil {
		msg = err.Error()
	}
	return fmt.Sprintf("id %q text %q err %s", id, text, msg)
}

// checkReadRecord fails unless readRecord reads line as record does, and,
// when the line is read in one pass, as encoding/json reads it wherever its
// strings are valid UTF-8. It reports whether scanRecord read the line.
func checkReadRecord(t *testing.T, line []byte) bool {
	t.Helper()
	want := recordOutcome(record(line))
	got := recordOutcome(readRecord(line))
	if got != want {
		t.Errorf("line %q:\nreadRecord: %s\nrecord:     %s", line, got, want)
	}
	id, text, ok := scanRecord(line)
	if !ok {
		return false
	}
	var obj struct {
		ID   *string
		Text *string
	}
	if err := json.Unmarshal(line, &obj); err != nil {
		t.Errorf("scanRecord read %q, encoding/json refuses it: %v", line, err)
		return true
	}
	if obj.Text == nil || utf8.ValidString(text) && *obj.Text != text {
		t.Errorf("scanRecord read the text of %q as %q, encoding/json as %v", line, text, obj.Text)
	}
	if obj.ID == nil && id != "" || obj.ID != nil && *obj.ID != id {
		t.Errorf("scanRecord read the id of %q as %q, encoding/json as %v", line, id, obj.ID)
	}
	return true
}

// TestReadRecord: readRecord reads every line as record does, the usual
// records (fast below) in one pass, and the others (valid but unusual, or
// invalid) through record, with its message.
func TestReadRecord(t *testing.T) {
	for _, tc := range []struct {
		line string
		fast bool
	}{
		{`{"id": "a", "text": "Talks in Lima."}`, true},
		{`{"text": "Talks in Lima.", "id": "a"}` + "\n", true},
		{" \t{\"text\":\"x\"}\r\n", true},
		{`{"text": ""}`, true},
		{`{"id": "", "text": "t"}`, true},
		{`{"text": "caf\u00e9 \ud83d\ude00 \u4E2D"}`, true},
		{`{"text": "\"\\\/\b\f\n\r\t"}`, true},
		{`{"text": "\\u0041 a\\\u0041b \u0000"}`, true},
		{"{\"text\": \"a\xffb\"}", true},
		{`{"text": "\ud800"}`, true},
		{`{"text": "\udc00\ud800"}`, true},
		{`{"text": "\ud800\u0041"}`, true},
		{`{"text": "\ud800\ud800\udc00"}`, true},
		{`{"text": "end\ud83d"}`, true},
		{`{"text": "café ’quoted’ <b>&</b>"}`, true},
		{`{"id": "\u00e9", "text": "t"}`, true},
		// Valid, but not the usual form: record reads them.
		{`{"te\u0078t": "t"}`, false},
		{`{"text": "a", "text": "b"}`, false},
		{`{"id": "a", "id": "b", "text": "t"}`, false},
		{`{"id": null, "text": "t"}`, false},
		// Errors, each with record's message.
		{`{"id": "\ud800", "text": "t"}`, false},
		{"{\"id\": \"a\xff\", \"text\": \"t\"}", false},
		{`{"id": "a"}`, false},
		{`{}`, false},
		{`null`, false},
		{`[]`, false},
		{`"text"`, false},
		{`{"text": null}`, false},
		{`{"text": 1}`, false},
		{`{"text": ["a"]}`, false},
		{`{"text": {"a": 1}}`, false},
		{`{"text": true}`, false},
		{`{"id": 1, "text": "t"}`, false},
		{`{"text": "t", "lang": "en"}`, false},
		{`{"text": "t", "url": null, "b": 1}`, false},
		{`{"text": "t"`, false},
		{`{"text": "t`, false},
		{`{"text": "t",}`, false},
		{`{"text": "t"} x`, false},
		{`{"text": "t"}{}`, false},
		{`{"text" "t"}`, false},
		{`{"text": "a` + "\t" + `b"}`, false},
		{`{"text": "a\xb"}`, false},
		{`{"text": "a\u12"}`, false},
		{`{"text": "a\u12G4"}`, false},
		{`{"text": "a\`, false},
		{`{text: "t"}`, false},
		{`{'text': 't'}`, false},
		{"\xef\xbb\xbf{\"text\": \"t\"}", false},
		{`{"text": "t"}` + "\f", false},
		{`{"text": "t"} ` + "\u00a0", false},
	} {
		if fast := checkReadRecord(t, []byte(tc.line)); fast != tc.fast {
			t.Errorf("%q: read in one pass %v, want %v", tc.line, fast, tc.fast)
		}
	}
}

// TestReadRecordRandom: records built at random from the pieces that
// matter (escapes, surrogates, raw bytes, white space, key order, other
// keys and values), and the same records cut short or with a byte changed,
// are read by readRecord as record reads them; most whole records take the
// one pass.
func TestReadRecordRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 3))
	pieces := []string{
		"a", "Talks in Lima. ", "é", "中", "😀", "\xff", "\xe2\x80", `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`,
		`\u0041`, `\u00e9`, `\u4E2D`, `\ud83d\ude00`, `\ud800`, `\udc00`, `\ud800\u0041`, `\u0000`, `\u2028`,
		"<", "&", "\u2028",
	}
	str := func() string {
		var b strings.Builder
		b.WriteByte('"')
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteByte('"')
		return b.String()
	}
	space := func() string { return []string{"", "", " ", "\t", "\r\n", "  "}[rng.IntN(6)] }
	value := func() string {
		if rng.IntN(20) == 0 {
			return []string{"null", "1", "true", "[]", `{"a":"b"}`}[rng.IntN(5)]
		}
		return str()
	}
	fast, whole := 0, 0
	for range 5000 {
		var members []string
		for _, k := range []struct {
			key  string
			odds int // one in odds records has it
		}{{`"id"`, 1}, {`"text"`, 1}, {`"text"`, 10}, {`"lang"`, 10}, {`"te\u0078t"`, 20}} {
			if rng.IntN(k.odds) == 0 {
				members = append(members, space()+k.key+space()+":"+space()+value()+space())
			}
		}
		rng.Shuffle(len(members), func(i, j int) { members[i], members[j] = members[j], members[i] })
		line := []byte(space() + "{" + strings.Join(members, ",") + "}" + space() + "\n")
		whole++
		if checkReadRecord(t, line) {
			fast++
		}
		cut := line[:rng.IntN(len(line))]
		checkReadRecord(t, cut)
		changed := bytes.Clone(line)
		const bytesToTry = "{}[]:,\"\\ \x01\xffu0a"
		changed[rng.IntN(len(changed))] = bytesToTry[rng.IntN(len(bytesToTry))]
		checkReadRecord(t, changed)
	}
	t.Logf("%d of %d whole records in one pass", fast, whole)
	if fast < whole/4 {
		t.Errorf("only %d of %d whole records read in one pass", fast, whole)
	}
}

// TestSpecial8: special8 says whether eight bytes hold a quote, a backslash
// or a control character, exactly: each byte value at each place among plain
// bytes, and random words.
func TestSpecial8(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		want := false
		for _, c := range b {
			want = want || c < 0x20 || c == '"' || c == '\\'
		}
		if got := special8(binary.LittleEndian.Uint64(b)); got != want {
			t.Errorf("% x: special8 %v, want %v", b, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(8, 8))
	b := make([]byte, 8)
	for at := range 8 {
		for c := range 256 {
			for k := range b {
				b[k] = byte(0x23 + rng.IntN(0x80-0x23)) // plain: from '#' on
				if b[k] == '\\' {
					b[k] = 'a'
				}
			}
			b[at] = byte(c)
			check(b)
		}
	}
	for range 100000 {
		for k := range b {
			b[k] = byte(rng.IntN(256))
		}
		check(b)
	}
}

// TestReadLine: readLine returns what bufio.Reader.ReadBytes returns, line
// by line, for lines shorter and longer than the buffer, a last line without
// a newline, and a reader that fails.
func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100)
	for _, in := range []string{"", "\n", "a\nb\n", "a\n\nb", long + "\n" + long, "a\n" + long + long + "\nb\n"} {
		for _, fail := range []bool{false, true} {
			src := func() io.Reader {
				if fail {
					return io.MultiReader(strings.NewReader(in), iotest.ErrReader(io.ErrUnexpectedEOF))
				}
				return strings.NewReader(in)
			}
			want, got := bufio.NewReaderSize(src(), 16), bufio.NewReaderSize(src(), 16)
			for n := 0; ; n++ {
				wb, werr := want.ReadBytes('\n')
				gb, gerr := readLine(got)
				if string(gb) != string(wb) || gerr != werr {
					t.Fatalf("%q (failing %v), line %d: readLine %q, %v; ReadBytes %q, %v", in, fail, n, gb, gerr, wb, werr)
				}
				if werr != nil && len(wb) == 0 || n > 20 {
					break
				}
			}
		}
	}
}

// BenchmarkReadRecord reads the records of the benchmark corpus (see
// jsonlCorpus; READOUT_JSONL=FILE for another) from lines in memory:
// "record" through encoding/json and unquote, "readRecord" in one pass.
// MB/s is bytes of JSON Lines per second.
func BenchmarkReadRecord(b *testing.B) {
	path, size := jsonlCorpus(b)
	in, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	recs := bytes.SplitAfter(in, []byte("\n"))
	for _, read := range []struct {
		name string
		fn   func([]byte) (string, string, error)
	}{{"record", record}, {"readRecord", readRecord}} {
		b.Run(read.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, line := range recs {
					if len(line) == 0 {
						continue
					}
					if _, _, err := read.fn(line); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
