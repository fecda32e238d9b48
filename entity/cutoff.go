package entity

import "github.com/readout/readout/pipeline"

// The cut-off rule, read once as an analysis is set up (newAnalysis), before
// every pass: a text that stops in the middle of a sentence was cut
// short, by a scraper, a length limit or a copy and paste, and may have
// stopped in the middle of a word: "... spoke with Prime Minister Prime
// Mini", "... attended by Prime Minister Shehb". Its last word is then no
// evidence of a name, and neither is the capitalised run it ends: a name
// cut short is no name. The analysis skips those tokens, as it skips
// boilerplate, so that no pass takes a person, a country or a body from
// them.
//
// A text stops mid-sentence when its last token outside boilerplate is a
// word, or a word with an ellipsis touching it ("Shehb…", "Shehb..."), in a
// sentence that is no line above the body (Header.Lines). A line of its own
// that reads as a heading (pipeline.Sentence.Heading) ends without a full
// stop as a rule: a headline, "Photo: John Smith", "Reporting by X; Editing
// by Y"; such a last line counts as cut off only when a body comes before it
// and its last run holds a title ("... were attended by Prime Minister Rosa
// Quis"): a text of one such line is a headline. The last word is taken as
// whole, and nothing is skipped, when the text uses it elsewhere ("... met
// Prime Minister Shehbaz Sharif" in a text that names Sharif before).

// cutRunMax is the most tokens before the last word that its run takes: a
// name has at most five words (readName), and a run of capitalised words
// that goes on further is no name.
const cutRunMax = 6

// cutFrom returns the first token of the run a cut-off text may have cut
// short (see above), or len(d.Tokens) when the text is not cut off. x is
// the stage's word index (the words that start an office's title).
func (t *tables) cutFrom(d *pipeline.Doc, x *wordIndex) int {
	toks := d.Tokens
	n := len(toks)
	last := n - 1
	for last >= 0 && d.InBoilerplate(last) {
		last--
	}
	// "Shehb…", "Shehb...": an ellipsis that touches the word.
	for k := last; k >= 0 && k > last-3 && (toks[k].Text == "…" || toks[k].Text == "."); k-- {
		if !toks[k].SpaceBefore && k > 0 && toks[k-1].Kind == pipeline.Word &&
			(toks[k].Text == "…" && k == last || last-k == 2 && toks[k+1].Text == "." && toks[k+2].Text == ".") {
			last = k - 1
			break
		}
	}
	if last < 0 || toks[last].Kind != pipeline.Word {
		return n
	}
	si := toks[last].Sentence
	s := d.Sentences[si]
	for _, l := range d.Header.Lines {
		if l.Contains(s.Span) {
			return n
		}
	}
	first := last
	for first > s.FirstToken && last-first < cutRunMax && t.inCutRun(&toks[first-1], &toks[first]) {
		first--
	}
	if s.Heading && (!titled(toks[first:last], x) || !bodyBefore(d, si)) {
		return n
	}
	for k := range toks {
		if k != last && toks[k].Lower == toks[last].Lower {
			return n // a whole word, used elsewhere
		}
	}
	return first
}

// titled reports whether a word of run may begin an office's title: the
// word index x gives it classOfficeStart.
func titled(run []pipeline.Token, x *wordIndex) bool {
	for i := range run {
		if run[i].Kind == pipeline.Word && x.lookup(run[i].Lower, run[i].Hash).cls&classOfficeStart != 0 {
			return true
		}
	}
	return false
}

// bodyBefore reports whether a sentence of the body, no heading and no
// boilerplate, comes before sentence si.
func bodyBefore(d *pipeline.Doc, si int) bool {
	for _, s := range d.Sentences[:si] {
		if !s.Heading && !s.Boilerplate {
			return true
		}
	}
	return false
}

// inCutRun reports whether prev goes with the run of capitalised words
// that next begins: a capitalised word, a particle ("bin Zay"), a hyphen
// inside a name ("al-Sud").
func (t *tables) inCutRun(prev, next *pipeline.Token) bool {
	switch {
	case prev.Kind == pipeline.Word:
		return prev.IsCap() || t.words.nameParticles[prev.Lower]
	case prev.Text == "-":
		return !prev.SpaceBefore && !next.SpaceBefore
	}
	return false
}
