package entity

import "strings"

// findHandles reads a social-media handle that spells a person's name as a
// mention of that person: "PM @kenjisato of Japan called PM @anacosta" is
// Kenji Sato and Ana Costa, once the text names them. A handle is the word
// glued to an "@"; it stands for the one person whose words, run together,
// or whose surname it equals, ignoring case. A handle that fits no one, or
// more than one person, is left alone.
func (a *analysis) findHandles() {
	if len(a.people) == 0 || strings.IndexByte(a.d.Text, '@') < 0 {
		return // no one to mention, or no "@" in the text to glue a handle to
	}
	var byHandle map[string][]*person
	for i := 1; i < len(a.toks); i++ {
		if a.haltedAt(i) {
			break
		}
		t := &a.toks[i]
		if a.claimed[i] || a.skip[i] || t.SpaceBefore || a.toks[i-1].Text != "@" || len(t.Lower) < handleMin {
			continue
		}
		if byHandle == nil {
			byHandle = a.handles()
		}
		if ps := byHandle[t.Lower]; len(ps) == 1 {
			a.claimed[i] = true
			ps[0].addMention(a.mention(i, i+1))
		}
	}
}

// handleMin is the shortest handle read as a name: "@un" or "@pm" is none.
const handleMin = 4

// handles maps the handles that could spell each person's name to the
// people they could spell.
func (a *analysis) handles() map[string][]*person {
	out := map[string][]*person{}
	add := func(h string, p *person) {
		for _, q := range out[h] {
			if q == p {
				return
			}
		}
		out[h] = append(out[h], p)
	}
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if len(p.words) == 0 {
			continue
		}
		add(strings.ToLower(strings.Join(p.words, "")), p)
		add(strings.ToLower(p.words[len(p.words)-1]), p)
	}
	return out
}
