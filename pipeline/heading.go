package pipeline

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
		// The sentence is the line but for the padding around it: a
		// token neither starts nor ends with padding, so the bytes
		// between the line's edges and the sentence's are all padding
		// exactly when the sentence is the line trimmed of it.
		l := lines[li]
		if s.Start < l.Start || !onlyPadding(d.Text[l.Start:s.Start]) || !onlyPadding(d.Text[s.End:l.End]) {
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

// onlyPadding reports whether s is only spaces, tabs and no-break spaces,
// the padding markHeadings trims off a line (strings.Trim(s, " \t\u00a0")
// == ""), read by byte.
func onlyPadding(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
		case 0xc2:
			if i+1 == len(s) || s[i+1] != 0xa0 {
				return false
			}
			i++
		default:
			return false
		}
	}
	return true
}
