package entity

import "github.com/readout/readout/pipeline"

// captions reads the titles that photo captions give people the article's
// body names: "Saudi Minister of Industry Bandar X held talks with US Energy
// Secretary Chris Y. X/@handle" gives the body's Bandar X and Chris Y those
// offices and countries. A caption is page furniture: it adds no person, no
// country and no mention of its own, and a caption's name that is no form
// of exactly one person of the body is passed over. It runs after the
// people are merged and before their countries are given, which then read
// the caption's offices and stated countries as the body's.
//
// The captions are read on an analysis of their own, which sees only their
// tokens (captionAnalysis): the stage's passes marked captions in the list
// of passes (countries, offices, titled names) run on it, through the
// stage's one runner, in their order; a pass turned off (WithoutPasses) is
// off there too.
func (a *analysis) captions() {
	var c *analysis
	for _, b := range a.d.Boilerplate {
		if b.Kind == pipeline.Caption {
			c = a.captionAnalysis()
			break
		}
	}
	if c == nil {
		return
	}
	defer c.release()
	if err := c.run(a.ctx, func(p pass) bool { return p.captions }); err != nil {
		a.stop(err) // the call is cancelled: run reports it after this pass
		return
	}
	// The body's people by each word of their names: a form of a name
	// shares a word with it (see samePerson), so each caption name is
	// compared with a few people, not all.
	byWord := a.newWordPeople()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, w := range p.words {
			byWord.add(a.lowerOf(w), p)
		}
	}
	for _, cp := range c.people {
		if len(cp.words) < 2 || len(cp.offices) == 0 && cp.stated == "" {
			continue
		}
		var match *person
		n := 0
		seen := map[*person]bool{}
		for _, w := range cp.words {
			for _, p := range byWord.get(a.lowerOf(w)) {
				if !seen[p] && a.t.samePerson(p.words, cp.words) {
					seen[p] = true
					match = p
					n++
				}
			}
		}
		if n != 1 || match.intl || cp.intl {
			continue
		}
		for _, o := range cp.offices {
			match.addOffice(o)
		}
		if match.stated == "" {
			match.stated = cp.stated
		}
	}
}

// captionAnalysis returns an analysis of a's document that sees only the
// tokens of its captions. The tables of the tokens' words, which depend on
// the document alone, are copied from a, not made again (newAnalysisCtx
// would make the same: TestCaptionAnalysis); the flags carry what a's
// passes have read of the words (englishAt), the same for both.
func (a *analysis) captionAnalysis() *analysis {
	c := emptyAnalysis(a.ctx, a.s, a.d)
	copy(c.cls, a.cls)
	copy(c.starts, a.starts)
	copy(c.flags, a.flags)
	copy(c.hashes, a.hashes)
	c.cut, c.lowerBits = a.cut, a.lowerBits
	// In c's own scratch, which its release keeps.
	c.anchors = append(c.anchors, a.anchors...)
	c.phraseToks = append(c.scratch.phraseToks[:0], a.phraseToks...)
	c.headToks = append(c.scratch.headToks[:0], a.headToks...)
	c.sideToks = append(c.scratch.sideToks[:0], a.sideToks...)
	for i := range c.skip {
		c.skip[i] = true
	}
	i := 0 // tokens and boilerplate lines are both in text order
	for _, b := range a.d.Boilerplate {
		for i < len(a.toks) && a.toks[i].Start < b.Start {
			i++
		}
		for ; i < len(a.toks) && a.toks[i].End <= b.End; i++ {
			if b.Kind == pipeline.Caption && !a.d.Header.DatelineLead.Contains(a.toks[i].Span) {
				c.skip[i] = false
			}
		}
	}
	return c
}
