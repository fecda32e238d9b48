package pipeline

import "strings"

// headingWords is the most words a heading may have; a longer line without
// final punctuation is a paragraph whose full stop is missing.
const headingWords = 25

// markHeadings sets Sentence.Heading on the sentences that are a line of
// their own, at most headingWords words, and do not end as a sentence ends.
// Lines and sentences are both in text order, so one walk over each is
// enough.
func markHeadings(d *Doc, lines []line) {
	li := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for li < len(lines) && lines[li].End < s.End {
			li++
		}
		if li == len(lines) {
			return
		}
		l := lines[li]
		text := l.In(d.Text)
		lead := len(text) - len(strings.TrimLeft(text, " \t\u00a0"))
		trail := len(text) - len(strings.TrimRight(text, " \t\u00a0"))
		if s.Start != l.Start+lead || s.End != l.End-trail {
			continue
		}
		s.Heading = isHeadingSentence(d.Tokens[s.FirstToken:s.EndToken])
	}
}

// isHeadingSentence reports whether the tokens of a line read as a heading:
// at most headingWords words, the last not a sentence's final mark or a
// closing quote or bracket.
func isHeadingSentence(toks []Token) bool {
	words := 0
	for i := range toks {
		if toks[i].Kind == Word {
			words++
		}
	}
	if words == 0 || words > headingWords {
		return false
	}
	switch toks[len(toks)-1].Norm {
	case ".", "!", "?", "…", `"`, "'", ")", "]", ";", ",":
		return false
	}
	return true
}
