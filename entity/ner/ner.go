// Package ner puts prose's statistical named-entity model behind
// entity.NER, so that only a program that asks for it links the model.
//
//	m := ner.New()
//	ex, err := extract.New(extract.WithNER(m))
//
// A Model is immutable and safe for concurrent use.
package ner

import (
	"strings"

	"github.com/jdkato/prose/v2"
)

// Model is prose's named-entity model, loaded once.
type Model struct {
	m *prose.Model
}

// New loads prose's model. It takes some hundred milliseconds; do it once.
func New() *Model {
	return &Model{m: prose.ModelFromData("readout")}
}

// Persons returns the byte ranges [start, end) of sentence that the model
// labels PERSON, in order. A sentence the model cannot read gives none.
func (m *Model) Persons(sentence string) [][2]int {
	doc, err := prose.NewDocument(sentence, prose.WithSegmentation(false), prose.UsingModel(m.m))
	if err != nil {
		return nil
	}
	var out [][2]int
	cur, open := 0, -1 // cur: byte of sentence after the last token; open: the range being built
	for _, t := range doc.Tokens() {
		start, end, ok := locate(sentence, cur, t.Text)
		if !ok {
			open = -1
			continue
		}
		cur = end
		switch {
		case strings.HasSuffix(t.Label, "PERSON") && strings.HasPrefix(t.Label, "I") && open >= 0:
			out[open][1] = end
		case strings.HasSuffix(t.Label, "PERSON"):
			out = append(out, [2]int{start, end})
			open = len(out) - 1
		default:
			open = -1
		}
	}
	return out
}

// locate finds prose's token text in sentence at or a little after byte
// from; prose writes quotes as “ and ”.
func locate(sentence string, from int, text string) (start, end int, ok bool) {
	for _, w := range []string{text, strings.NewReplacer("``", `"`, "''", `"`).Replace(text)} {
		if w == "" {
			continue
		}
		if at := strings.Index(sentence[from:], w); at >= 0 && at <= 8 {
			return from + at, from + at + len(w), true
		}
	}
	return 0, 0, false
}
