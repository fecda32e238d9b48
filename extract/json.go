package extract

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The JSON form of a result is written by hand, field by field, into one
// buffer: encoding/json would reflect over every value, and call the
// MarshalJSON of every person, mention and topic, each into a buffer of its
// own that the caller's encoder scans again. What is written is byte for
// byte what json.Marshal writes for the same form (TestJSONAgreement,
// FuzzJSONAgreement): strings escaped as encoding/json escapes them, with
// <, > and & as \u003c, \u003e and \u0026, and numbers as it formats them.

// AppendJSON appends r's JSON form, byte for byte what MarshalJSON returns,
// to b and returns the extended buffer: a caller that writes many results
// (one per line of JSON Lines) can reuse one buffer instead of getting a new
// one for each. On an error (a score that is NaN or infinite, which JSON
// cannot write) it returns b as it was and the error.
func (r *Result) AppendJSON(b []byte) ([]byte, error) {
	out, err := r.appendJSON(b)
	if err != nil {
		return b, err
	}
	return out, nil
}

// appendJSON appends r's JSON form to b.
func (r *Result) appendJSON(b []byte) ([]byte, error) {
	var err error
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	b = append(b, `,"published":`...)
	b = appendNullable(b, r.Published)
	b = append(b, `,"dateline":`...)
	if d := r.Dateline; d == nil {
		b = append(b, "null"...)
	} else {
		b = d.appendJSON(b)
	}
	b = append(b, `,"people":[`...)
	for i := range r.People {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = r.People[i].appendJSON(b); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"countries":[`...)
	for i := range r.Countries {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.Countries[i].appendJSON(b)
	}
	b = append(b, `],"organizations":[`...)
	for i := range r.Organizations {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = r.Organizations[i].appendJSON(b); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"topics":[`...)
	for i := range r.Topics {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = r.Topics[i].appendJSON(b); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"events":[`...)
	for i := range r.Events {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.Events[i].appendJSON(b)
	}
	return append(b, "]}"...), nil
}

// appendJSON appends p's JSON form to b.
func (p *Person) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"name":`...)
	b = appendString(b, p.Name)
	b = append(b, `,"country":`...)
	b = appendNullable(b, p.Country)
	b = append(b, `,"country_source":`...)
	b = appendNullable(b, p.CountrySource)
	b = append(b, `,"country_from":`...)
	b = appendNullable(b, p.CountryFrom)
	b = append(b, `,"known_id":`...)
	b = appendNullable(b, p.KnownID)
	b = append(b, `,"offices":[`...)
	for i := range p.Offices {
		if i > 0 {
			b = append(b, ',')
		}
		b = p.Offices[i].appendJSON(b)
	}
	b = append(b, `],"mentions":`...)
	b = appendMentions(b, p.Mentions)
	b = append(b, `,"confidence":`...)
	b, err := appendFloat(b, p.Confidence)
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendJSON appends o's JSON form to b.
func (o *Office) appendJSON(b []byte) []byte {
	b = append(b, `{"title":`...)
	b = appendString(b, o.Title)
	b = append(b, `,"country":`...)
	b = appendNullable(b, o.Country)
	return append(b, '}')
}

// appendJSON appends e's JSON form to b.
func (e *Event) appendJSON(b []byte) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"participants":[`...)
	for i, p := range e.Participants {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, p)
	}
	b = append(b, `],"initiator":`...)
	b = appendNullable(b, e.Initiator)
	b = append(b, `,"when":`...)
	b = appendNullable(b, e.When)
	b = append(b, `,"date":`...)
	b = appendNullable(b, e.Date)
	b = append(b, `,"evidence":`...)
	b = e.Evidence.appendJSON(b)
	return append(b, '}')
}

// appendJSON appends d's JSON form to b: its mention's fields follow its
// own, as encoding/json writes an embedded struct's.
func (d *Dateline) appendJSON(b []byte) []byte {
	b = append(b, `{"place":`...)
	b = appendString(b, d.Place)
	b = append(b, `,"country":`...)
	b = appendNullable(b, d.Country)
	b = append(b, ',')
	b = d.Mention.appendFields(b)
	return append(b, '}')
}

// appendJSON appends c's JSON form to b.
func (c *Country) appendJSON(b []byte) []byte {
	b = append(b, `{"code":`...)
	b = appendString(b, c.Code)
	b = append(b, `,"name":`...)
	b = appendString(b, c.Name)
	b = append(b, `,"mentions":`...)
	b = appendMentions(b, c.Mentions)
	return append(b, '}')
}

// appendJSON appends o's JSON form to b.
func (o *Organization) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"name":`...)
	b = appendString(b, o.Name)
	b = append(b, `,"acronym":`...)
	b = appendNullable(b, o.Acronym)
	b = append(b, `,"country":`...)
	b = appendNullable(b, o.Country)
	b = append(b, `,"mentions":`...)
	b = appendMentions(b, o.Mentions)
	b = append(b, `,"confidence":`...)
	b, err := appendFloat(b, o.Confidence)
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendJSON appends t's JSON form to b.
func (t *Topic) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"label":`...)
	b = appendString(b, t.Label)
	b = append(b, `,"score":`...)
	b, err := appendFloat(b, t.Score)
	if err != nil {
		return nil, err
	}
	b = append(b, `,"evidence":`...)
	b = appendMentions(b, t.Evidence)
	return append(b, '}'), nil
}

// appendJSON appends m's JSON form to b.
func (m *Mention) appendJSON(b []byte) []byte {
	b = append(b, '{')
	b = m.appendFields(b)
	return append(b, '}')
}

// appendFields appends m's fields, without braces.
func (m *Mention) appendFields(b []byte) []byte {
	b = append(b, `"text":`...)
	b = appendString(b, m.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(m.End), 10)
}

// appendMentions appends a JSON array of mentions: [] for none.
func appendMentions(b []byte, ms []Mention) []byte {
	b = append(b, '[')
	for i := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = ms[i].appendJSON(b)
	}
	return append(b, ']')
}

// appendNullable appends s as a JSON string, or null for "".
func appendNullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendString(b, s)
}

// appendFloat appends f as encoding/json formats a float64: like
// strconv's shortest form, in exponent form below 1e-6 and from 1e21 up,
// with no leading zero in a negative exponent. NaN and infinities have no
// JSON form: an error, as encoding/json gives.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 becomes 1e-7
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// plainByte says which bytes a JSON string holds as they are: the ASCII
// ones from space on, except the quote, the backslash and the three HTML
// characters. Every other byte is escaped or, from 0x80 on, starts a
// character that appendString decodes.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// appendString appends s as a JSON string, escaped as json.Marshal escapes
// it: quotes, backslashes and control characters; <, > and & for HTML;
// U+2028 and U+2029 for JavaScript; each invalid UTF-8 byte as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
