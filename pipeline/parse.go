package pipeline

import (
	"context"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse turns text into a Doc: tokens, sentences, boilerplate marks and header.
// It accepts any string; bytes that are not valid UTF-8 become one-byte
// punctuation tokens. It returns ctx's error if ctx ends first.
//
// The passes, in order: lines; the scripts, styles and HTML comments left in
// the text (markup.go); boilerplate, line by line (boilerplate.go,
// with the phrases of data/boilerplate.txt) and then runs of lines (runs.go);
// tokens (tokenize.go); sentences, which never cross a boilerplate line's
// edge; headings (heading.go); the header: the dateline (dateline.go), the
// publication date and the headline and caption lines above the body
// (header.go), read outside boilerplate. A byte-order mark that opens the
// text is passed over, and every span counts its bytes (bom.go).
func (p *Parser) Parse(ctx context.Context, text string) (*Doc, error) {
	d := new(Doc)
	if err := p.ParseInto(ctx, d, text); err != nil {
		return nil, err
	}
	return d, nil
}

// ParseInto is Parse into d: it empties d (see Doc.Reset) and parses text
// into it, writing the tokens and sentences into the memory of d's earlier
// slices when they are large enough. A caller that parses many texts one
// after another reuses one Doc so, and saves allocating (and the garbage
// collector scanning) a token slice a text; nothing may hold on to d's
// earlier Tokens, Sentences or annotations. On error, d is left empty.
func (p *Parser) ParseInto(ctx context.Context, d *Doc, text string) error {
	d.Reset()
	err := p.parseInto(ctx, d, text)
	if err != nil {
		d.Reset()
	}
	return err
}

// parseInto parses text into d, which Reset has emptied.
func (p *Parser) parseInto(ctx context.Context, d *Doc, text string) error {
	if n := bomLen(text); n > 0 {
		if err := p.parseInto(ctx, d, text[n:]); err != nil {
			return err
		}
		d.shift(text, n)
		return nil
	}
	d.Text = text
	sc, _ := p.scratch.Get().(*parseScratch)
	if sc == nil {
		sc = new(parseScratch)
	}
	defer p.scratch.Put(sc)
	lines := splitLinesInto(sc.lines, text)
	sc.lines = lines
	markup := findMarkup(text)
	markupLines(text, lines, markup)
	lower := asciiLower(text) // the boilerplate pass and the tokens read it
	marks, heads := markBoilerplateInto(d.Boilerplate, sc.heads, text, lower, lines)
	sc.heads = heads
	d.Boilerplate = addMarkup(text, lines, marks, markup)
	if err := ctx.Err(); err != nil {
		return err
	}
	toks, err := tokenizeLower(ctx, text, lower, d.Tokens)
	if err != nil {
		return err
	}
	d.Tokens = toks
	if err := d.segment(ctx, lines); err != nil {
		return err
	}
	markHeadings(d, lines)
	d.Header = p.readHeader(d, lines)
	return nil
}

// parseScratch is the memory Parse reads a text's lines through, kept in
// Parser.scratch for the next text.
type parseScratch struct {
	lines []line
	heads []lineHead
}

// line is one line of the text, without its line break.
type line struct {
	Span
	blankBefore bool            // an empty line (or the start of the text) comes before it
	boiler      BoilerplateKind // why the line is boilerplate, or 0
}

// splitLines splits text at "\n", "\r\n" and a lone "\r" (old Mac files).
// A line starts after the byte-order marks that open it. It drops the lines
// that are only white space.
func splitLines(text string) []line { return splitLinesInto(nil, text) }

// splitLinesInto is splitLines into dst's memory when it has room for a
// line a "\n" of text.
func splitLinesInto(dst []line, text string) []line {
	lines := dst[:0]
	if n := strings.Count(text, "\n") + 1; cap(lines) < n {
		lines = make([]line, 0, n)
	}
	// The next "\n" and "\r" at or after the current line's start, each
	// found by strings.IndexByte and kept until the line passes it, so
	// that a text without one of them is searched for it once.
	nl, cr := -1, -1
	next := func(c byte, from int, at *int) int {
		if *at < from {
			if k := strings.IndexByte(text[from:], c); k >= 0 {
				*at = from + k
			} else {
				*at = len(text)
			}
		}
		return *at
	}
	blank := true
	for start := 0; start <= len(text); {
		end := min(next('\n', start, &nl), next('\r', start, &cr))
		after := end + 1
		if end < len(text) && text[end] == '\r' && after < len(text) && text[after] == '\n' {
			after++
		}
		// A byte-order mark that opens a line (texts saved on Windows,
		// joined into one) is no part of it: "\ufeffBy: Agencies".
		from := start + bomLen(text[start:end])
		if isBlank(text[from:end]) {
			blank = true
		} else {
			lines = append(lines, line{Span: Span{from, end}, blankBefore: blank})
			blank = false
		}
		start = after
	}
	return lines
}

// isBlank reports whether s is only white space: strings.TrimSpace(s) == "",
// read by byte up to the first rune beyond ASCII.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s[i:]) == ""
		case c != ' ' && (c < '\t' || c > '\r'):
			return false
		}
	}
	return true
}

// firstLines returns the first n lines of text[:end] as splitLines(text[:end])
// gives them (fewer if it has fewer), read from lines, the lines of the whole
// text, when they all end by end. Only a text cut inside its first n lines
// is split again: there the cut may make a line of the rest, or of half a
// rune of white space.
func firstLines(text string, lines []line, end, n int) []line {
	if end < len(text) && (len(lines) < n || lines[n-1].End > end) {
		cut := splitLines(text[:end])
		return cut[:min(n, len(cut))]
	}
	return lines[:min(n, len(lines)):min(n, len(lines))]
}

// segment splits the tokens into sentences. A sentence ends at '.', '!' or '?'
// (with any closing quotes or brackets) before a token that does not start in
// lower case, at a blank line, at a boilerplate line's edge or a mark of markup's, and at a line
// break unless the line runs on (no final punctuation, next line in lower case).
func (d *Doc) segment(ctx context.Context, lines []line) error {
	toks := d.Tokens
	if len(toks) == 0 {
		return nil
	}
	// A sentence has a dozen tokens or more, as a rule: room for as many
	// sentences as that allows saves growing the slice.
	if n := len(toks)/12 + 1; cap(d.Sentences) < n {
		d.Sentences = make([]Sentence, 0, n)
	} else {
		d.Sentences = d.Sentences[:0]
	}
	wrap := wrapWidth(d.Text, lines)
	bp := 0 // next boilerplate mark
	li := 0 // line of the current token
	first := 0
	sentence := func(end int) {
		if end <= first {
			return
		}
		s := Sentence{Span: Span{toks[first].Start, toks[end-1].End}, FirstToken: first, EndToken: end}
		for bp < len(d.Boilerplate) && d.Boilerplate[bp].End <= s.Start {
			bp++
		}
		s.Boilerplate = bp < len(d.Boilerplate) && d.Boilerplate[bp].Contains(s.Span)
		for k := first; k < end; k++ {
			toks[k].Sentence = len(d.Sentences)
		}
		d.Sentences = append(d.Sentences, s)
		first = end
	}
	// stop says whether the token before i, stepped back over the closers
	// that touch it, is a full stop, a question or exclamation mark or an
	// ellipsis (endsSentence's test of it), kept as segment goes: walking
	// back made a run of closers quadratic.
	stop := false
	cuts := markupCuts(d.Boilerplate)
	cut := 0 // the next of cuts
	// next is where the next line or cut starts: a token before it opens
	// neither, one test a token.
	nextAt := func() int {
		n := math.MaxInt
		if li+1 < len(lines) {
			n = lines[li+1].Start
		}
		if cut < len(cuts) {
			n = min(n, cuts[cut])
		}
		return n
	}
	next := nextAt()
	for i := range toks {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		t := &toks[i]
		if t.Start >= next {
			for li+1 < len(lines) && t.Start >= lines[li+1].Start {
				li++
				// t opens a new line.
				if breaksAt(toks, i, lines[li-1], lines[li], wrap) {
					sentence(i)
				}
			}
			for cut < len(cuts) && cuts[cut] <= t.Start {
				sentence(i) // a mark of markup starts or ends inside the line
				cut++
			}
			next = nextAt()
		}
		if stop && i > first && t.SpaceBefore && !startsLower(t.Text) {
			sentence(i)
		}
		// isCloser holds only of a token of one rune of two bytes at
		// most: most tokens are passed over on their length.
		if len(t.Norm) > len("»") || !isCloser(t.Norm) || t.SpaceBefore {
			stop = isStop(t.Text)
		}
	}
	sentence(len(toks))
	return nil
}

// isStop reports whether a token is a full stop, a question or exclamation
// mark or an ellipsis, after which a sentence may end.
func isStop(s string) bool {
	if len(s) > len("…") {
		return false
	}
	switch s {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// startsLower reports whether s starts with a lower-case letter
// (unicode.IsLower of its first rune), read by byte for ASCII.
func startsLower(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return isLower(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isCloser(s string) bool {
	switch s {
	case `"`, "'", ")", "]", "»":
		return true
	}
	return false
}

// breaksAt reports whether the line break before token i, which opens line l
// after line prev, ends a sentence. wrap is the width the text is hard-wrapped
// at, or 0.
func breaksAt(toks []Token, i int, prev, l line, wrap int) bool {
	if l.blankBefore || i == 0 || l.boiler != 0 || prev.boiler != 0 {
		return true
	}
	last := toks[i-1].Text
	switch last {
	case ".", "!", "?", ":", ";", "…", `"`, "”", "’", "'", ")":
		return true
	}
	if wrap > 0 && prev.Len()*10 >= wrap*7 {
		// A hard-wrapped paragraph: "Foreign Minister, Anna Maria" /
		// "Keller after a meeting" is one sentence and one name.
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i].Text)
	return !unicode.IsLower(r)
}

// wrapWidth returns the width in bytes a text is hard-wrapped at, judged by
// its line breaks inside sentences (a line that does not end a sentence,
// then one that starts in lower case), or 0 when fewer than two such breaks
// show that it is wrapped.
func wrapWidth(text string, lines []line) int {
	n, width := 0, 0
	for k := 1; k < len(lines); k++ {
		if lines[k].blankBefore {
			continue
		}
		prev := strings.TrimSpace(lines[k-1].In(text))
		next := strings.TrimSpace(lines[k].In(text))
		last, _ := utf8.DecodeLastRuneInString(prev)
		first, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(first) && (unicode.IsLetter(last) || unicode.IsDigit(last)) {
			n++
			width = max(width, lines[k-1].Len())
		}
	}
	if n < 2 {
		return 0
	}
	return width
}
