package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readRecord reads one line of -in as record does, with the same values and
// the same errors: the usual line, an object of a string "text" and an
// optional string "id", in one pass (scanRecord); any other, valid or not,
// through record, which says what is wrong with it.
func readRecord(line []byte) (id, text string, err error) {
	if id, text, ok := scanRecord(line); ok {
		return id, text, nil
	}
	return record(line)
}

// scanRecord reads a line of -in in one pass when it is the usual record: a
// JSON object whose keys are "text" and, optionally, "id", each once and
// written without escapes, each with a string value, "id" valid UTF-8, and
// nothing after the object but white space. It unescapes the strings as
// unquote does (invalid UTF-8 and lone surrogates kept as written) straight
// from the line into the strings it returns: no map, no second scan, no copy
// of the line. ok is false for any other line, valid JSON or not; record
// then reads it (an escaped key, a key twice) or says what is wrong.
func scanRecord(line []byte) (id, text string, ok bool) {
	i := skipSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return "", "", false
	}
	i = skipSpace(line, i+1)
	var haveID, haveText bool
	for {
		var isText bool
		switch {
		case bytes.HasPrefix(line[i:], []byte(`"text"`)) && !haveText:
			isText, haveText = true, true
			i += len(`"text"`)
		case bytes.HasPrefix(line[i:], []byte(`"id"`)) && !haveID:
			haveID = true
			i += len(`"id"`)
		default:
			return "", "", false
		}
		i = skipSpace(line, i)
		if i == len(line) || line[i] != ':' {
			return "", "", false
		}
		i = skipSpace(line, i+1)
		if i == len(line) || line[i] != '"' {
			return "", "", false
		}
		var s strings.Builder
		if isText {
			// The text is most of the line and never longer than what
			// is left of it: one allocation, which String does not copy.
			s.Grow(len(line) - i)
		}
		if i = scanString(&s, line, i); i < 0 {
			return "", "", false
		}
		if isText {
			text = s.String()
		} else if id = s.String(); !utf8.ValidString(id) {
			return "", "", false
		}
		i = skipSpace(line, i)
		if i == len(line) {
			return "", "", false
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return "", "", false
		}
		i = skipSpace(line, i+1)
	}
	if skipSpace(line, i+1) != len(line) || !haveText {
		return "", "", false
	}
	return id, text, true
}

// skipSpace returns the index of the first byte of line from i on that is
// not JSON white space (space, tab, line feed, carriage return), or
// len(line).
func skipSpace(line []byte, i int) int {
	for i < len(line) {
		switch line[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// scanString writes to s the JSON string whose opening quote is line[i],
// unescaped as unquote unescapes it: bytes as written, invalid UTF-8
// included; escapes decoded, a surrogate pair as its rune and a lone
// surrogate as its three-byte encoding. It returns the index after the
// closing quote, or -1 when the string is not valid JSON (a control
// character, a bad escape, no closing quote).
func scanString(s *strings.Builder, line []byte, i int) int {
	i++
	for {
		start := i
		for i+8 <= len(line) && !special8(binary.LittleEndian.Uint64(line[i:])) {
			i += 8
		}
		for i < len(line) {
			if c := line[i]; c == '"' || c == '\\' || c < 0x20 {
				break
			}
			i++
		}
		s.Write(line[start:i])
		if i == len(line) || line[i] < 0x20 {
			return -1
		}
		if line[i] == '"' {
			return i + 1
		}
		if i+1 == len(line) {
			return -1
		}
		c := line[i+1]
		i += 2
		switch c {
		case '"', '\\', '/':
			s.WriteByte(c)
		case 'b':
			s.WriteByte('\b')
		case 'f':
			s.WriteByte('\f')
		case 'n':
			s.WriteByte('\n')
		case 'r':
			s.WriteByte('\r')
		case 't':
			s.WriteByte('\t')
		case 'u':
			r, ok := hex4(line, i)
			if !ok {
				return -1
			}
			i += 4
			if !utf16.IsSurrogate(r) {
				s.WriteRune(r)
				continue
			}
			if i+1 < len(line) && line[i] == '\\' && line[i+1] == 'u' {
				if r2, ok := hex4(line, i+2); ok {
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						s.WriteRune(pair)
						i += 6
						continue
					}
				}
			}
			// A lone half: its three bytes, which are not UTF-8.
			s.Write([]byte{0xe0 | byte(r>>12), 0x80 | byte(r>>6)&0x3f, 0x80 | byte(r)&0x3f})
		default:
			return -1
		}
	}
}

// special8 reports whether one of the eight bytes of x (read little-endian)
// ends a run of plain string bytes: a quote, a backslash or a control
// character. Each of the three tests is the exact "has a zero byte" of
// Hacker's Delight, (v - 0x01...) &^ v & 0x80...: a borrow that could make
// it say true of another byte starts only at a byte that is a hit.
func special8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote := x ^ ones*'"'
	backslash := x ^ ones*'\\'
	return ((quote-ones)&^quote|(backslash-ones)&^backslash|(x-ones*0x20)&^x)&highs != 0
}

// hex4 reads the four hexadecimal digits of a \u escape at line[i:].
func hex4(line []byte, i int) (rune, bool) {
	if i+4 > len(line) {
		return 0, false
	}
	var r rune
	for _, c := range line[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// readLine returns the next line of br as br.ReadBytes('\n') does (its
// newline included; the bytes before an error, with the error), but without
// a copy when the line fits in br's buffer: the line is then valid only
// until the next read of br. A longer line is copied into a new slice.
func readLine(br *bufio.Reader) ([]byte, error) {
	b, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return b, err
	}
	long := append([]byte(nil), b...)
	for err == bufio.ErrBufferFull {
		b, err = br.ReadSlice('\n')
		long = append(long, b...)
	}
	return long, err
}
