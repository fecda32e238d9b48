package topic

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// ErrBadTaxonomy is wrapped by every error that Parse, LoadFile and Merge
// return for a taxonomy that cannot be used.
var ErrBadTaxonomy = errors.New("topic: bad taxonomy")

// DefaultThreshold is the threshold of a label whose file gives none.
const DefaultThreshold = 0.5

// fileSpec is a taxonomy file as read, before compilation.
type fileSpec struct {
	labels []labelSpec
}

type labelSpec struct {
	source      string // the file the label comes from
	name        string
	description string
	threshold   float64
	terms       []termSpec
	requires    [][]string
	excludes    []string
	context     []string
}

type termSpec struct {
	text     string
	weight   float64
	match    matchMode
	requires [][]string
	excludes []string
}

// Parse reads a taxonomy in the JSON format described in the package
// documentation and compiles it. name names the source in errors, usually
// the file name. Every error wraps ErrBadTaxonomy and names the field at
// fault: "my.json: labels[2].terms[0].weight: 1.5 outside (0, 1]".
func Parse(r io.Reader, name string) (*Taxonomy, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadTaxonomy, name, err)
	}
	spec, err := decode(data, name)
	if err != nil {
		return nil, err
	}
	return compile(spec.labels)
}

// LoadFile reads and compiles the taxonomy in the JSON file at path.
func LoadFile(path string) (*Taxonomy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadTaxonomy, err)
	}
	return Parse(bytes.NewReader(data), path)
}

// reader walks the decoded JSON value and reports errors with their path.
type reader struct {
	name string
}

func (r *reader) errorf(path, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s: %s", ErrBadTaxonomy, r.name, path, fmt.Sprintf(format, args...))
}

func decode(data []byte, name string) (*fileSpec, error) {
	r := &reader{name: name}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, r.syntaxError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(data, int(dec.InputOffset()))
		return nil, fmt.Errorf("%w: %s:%d:%d: data after the top-level object", ErrBadTaxonomy, name, line, col)
	}
	top, err := r.object("(top level)", v, "threshold", "labels")
	if err != nil {
		return nil, err
	}
	threshold := DefaultThreshold
	if tv, ok := top["threshold"]; ok {
		if threshold, err = r.fraction("threshold", tv); err != nil {
			return nil, err
		}
	}
	list, err := r.array("labels", top["labels"])
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, r.errorf("labels", "no labels")
	}
	spec := &fileSpec{}
	seen := map[string]int{}
	for i, lv := range list {
		l, err := r.label(fmt.Sprintf("labels[%d]", i), lv, threshold)
		if err != nil {
			return nil, err
		}
		if j, dup := seen[l.name]; dup {
			return nil, r.errorf(fmt.Sprintf("labels[%d].label", i), "duplicate label %q (also labels[%d])", l.name, j)
		}
		seen[l.name] = i
		spec.labels = append(spec.labels, l)
	}
	return spec, nil
}

func (r *reader) label(path string, v any, threshold float64) (labelSpec, error) {
	l := labelSpec{source: r.name, threshold: threshold}
	obj, err := r.object(path, v, "label", "description", "threshold", "terms", "requires", "excludes", "context")
	if err != nil {
		return l, err
	}
	if l.name, err = r.str(path+".label", obj["label"]); err != nil {
		return l, err
	}
	if strings.TrimSpace(l.name) == "" {
		return l, r.errorf(path+".label", "empty label")
	}
	if dv, ok := obj["description"]; ok {
		if l.description, err = r.str(path+".description", dv); err != nil {
			return l, err
		}
	}
	if tv, ok := obj["threshold"]; ok {
		if l.threshold, err = r.fraction(path+".threshold", tv); err != nil {
			return l, err
		}
	}
	terms, err := r.array(path+".terms", obj["terms"])
	if err != nil {
		return l, err
	}
	if len(terms) == 0 {
		return l, r.errorf(path+".terms", "empty term list")
	}
	for i, tv := range terms {
		t, err := r.term(fmt.Sprintf("%s.terms[%d]", path, i), tv)
		if err != nil {
			return l, err
		}
		l.terms = append(l.terms, t)
	}
	if l.requires, err = r.groups(path+".requires", obj["requires"]); err != nil {
		return l, err
	}
	if l.excludes, err = r.phrases(path+".excludes", obj["excludes"], false); err != nil {
		return l, err
	}
	if l.context, err = r.phrases(path+".context", obj["context"], false); err != nil {
		return l, err
	}
	return l, nil
}

func (r *reader) term(path string, v any) (termSpec, error) {
	t := termSpec{weight: 1, match: matchStem}
	obj, err := r.object(path, v, "text", "weight", "match", "exact", "requires", "excludes")
	if err != nil {
		return t, err
	}
	if t.text, err = r.str(path+".text", obj["text"]); err != nil {
		return t, err
	}
	if !hasWords(t.text) {
		return t, r.errorf(path+".text", "%q has no words", t.text)
	}
	if wv, ok := obj["weight"]; ok {
		if t.weight, err = r.fraction(path+".weight", wv); err != nil {
			return t, err
		}
	}
	if mv, ok := obj["match"]; ok {
		m, err := r.str(path+".match", mv)
		if err != nil {
			return t, err
		}
		if t.match, ok = matchModes[m]; !ok {
			return t, r.errorf(path+".match", "%q is not stem, word or exact", m)
		}
	}
	if ev, ok := obj["exact"]; ok {
		b, ok := ev.(bool)
		if !ok {
			return t, r.errorf(path+".exact", "%s is not true or false", describe(ev))
		}
		if _, both := obj["match"]; both && b != (t.match == matchExact) {
			return t, r.errorf(path+".exact", "exact: %v contradicts match: %q", b, t.match)
		}
		if b {
			t.match = matchExact
		}
	}
	if t.requires, err = r.groups(path+".requires", obj["requires"]); err != nil {
		return t, err
	}
	if t.excludes, err = r.phrases(path+".excludes", obj["excludes"], false); err != nil {
		return t, err
	}
	return t, nil
}

// groups reads a list of non-empty lists of phrases; a missing value is no groups.
func (r *reader) groups(path string, v any) ([][]string, error) {
	if v == nil {
		return nil, nil
	}
	list, err := r.array(path, v)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for i, gv := range list {
		g, err := r.phrases(fmt.Sprintf("%s[%d]", path, i), gv, true)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// phrases reads a list of phrases; a missing value is an empty list, which is
// an error when required is set.
func (r *reader) phrases(path string, v any, required bool) ([]string, error) {
	if v == nil && !required {
		return nil, nil
	}
	list, err := r.array(path, v)
	if err != nil {
		return nil, err
	}
	if required && len(list) == 0 {
		return nil, r.errorf(path, "empty term list")
	}
	out := make([]string, 0, len(list))
	for i, pv := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		s, err := r.str(p, pv)
		if err != nil {
			return nil, err
		}
		if !hasWords(s) {
			return nil, r.errorf(p, "%q has no words", s)
		}
		out = append(out, s)
	}
	return out, nil
}

func (r *reader) object(path string, v any, fields ...string) (map[string]any, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, r.errorf(path, "%s is not an object", describe(v))
	}
	var unknown []string
	for k := range obj {
		if !slices.Contains(fields, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		p := unknown[0]
		if path != "(top level)" {
			p = path + "." + p
		}
		return nil, r.errorf(p, "unknown field (want one of %s)", strings.Join(fields, ", "))
	}
	return obj, nil
}

func (r *reader) array(path string, v any) ([]any, error) {
	if v == nil {
		return nil, nil
	}
	a, ok := v.([]any)
	if !ok {
		return nil, r.errorf(path, "%s is not a list", describe(v))
	}
	return a, nil
}

func (r *reader) str(path string, v any) (string, error) {
	if v == nil {
		return "", r.errorf(path, "missing")
	}
	s, ok := v.(string)
	if !ok {
		return "", r.errorf(path, "%s is not a string", describe(v))
	}
	return s, nil
}

// fraction reads a number in (0, 1].
func (r *reader) fraction(path string, v any) (float64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, r.errorf(path, "%s is not a number", describe(v))
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsNaN(f) || f <= 0 || f > 1 {
		return 0, r.errorf(path, "%s outside (0, 1]", n)
	}
	return f, nil
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(v)
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func (r *reader) syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := position(data, int(se.Offset)-1) // Offset is just past the bad byte
		return fmt.Errorf("%w: %s:%d:%d: %w", ErrBadTaxonomy, r.name, line, col, err)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: %s: unexpected end of JSON", ErrBadTaxonomy, r.name)
	}
	return fmt.Errorf("%w: %s: %w", ErrBadTaxonomy, r.name, err)
}

// position returns the 1-based line and column of byte offset off in data.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = off - bytes.LastIndexByte(before, '\n')
	return line, col
}
