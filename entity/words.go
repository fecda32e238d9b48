package entity

import (
	"fmt"
	"maps"
	"strings"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// wordSets are the entity stage's small word lists (data/words.txt), one
// list each.
type wordSets struct {
	titleModifiers      map[string]bool // "acting", "former": between a country and a title
	internationalBodies map[string]bool // "UN", "NATO", as written: a title's holder serves no country
	nameParticles       map[string]bool // "bin", "von": inside a name in lower case
	notNames            map[string]bool // "the", "said": never start or make a name
	creditWords         map[string]bool // "photo", "credit": open a photo credit before a colon
	governmentBodies    map[string]bool // "ministry": a government's own body
	nationalHeads       map[string]bool // "court", "party": a country's national institution
	nationalOpeners     map[string]bool // "national", "central": open a national body's name
	partyWords          map[string]bool // "democratic", "labour": of a party's name
	internationalWords  map[string]bool // "european", "UN": make a body international
	memberNouns         map[string]bool // "member", "leader": a person's place in a body
	thingHeads          map[string]bool // "agreement", "summit": end a thing's name, no body's
	placePrepositions   map[string]bool // "at", "in": a capitalised run after one is a place
	complementWords     map[string]bool // "of", "for", "in": open a title's complement
	patronymics         map[string]bool // "bin": before a father's name
	delegationNouns     map[string]bool // "delegation": a country's party to talks
	leadVerbs           map[string]bool // "lead": its subject heads a delegation
	representingWords   map[string]bool // "representing": before a country, its side
	listEnds            map[string]bool // "while": ends the list of a side's members
	sideListCues        map[string]bool // "includes": opens the list of a side's members
	pairLinks           map[string]bool // "with", "met": two people named as two sides
	homeOfficeWords     map[string]bool // "minister", "spokesperson": a dateline government's office
	possessivePronouns  map[string]bool // "his", "their": make a title someone's, not a government's
	militaryRanks       map[string]bool // "admiral", "gen": a rank's last word
	visitWords          map[string]bool // "visit": go to a country as a guest
	invitationWords     map[string]bool // "invitation": the host's, before "of" or after a possessive
	elsewhereWords      map[string]bool // "to", "in": put a country away from a person described
	nameJoiners         map[string]bool // "of", "and": join the words of a body's name
	bodyConjunctions    map[string]bool // "and": join two bodies' names
	definiteArticles    map[string]bool // "the"
	ofWords             map[string]bool // "of": between a body's head and what it is of
	acronymFillers      map[string]bool // "of": inside a run its acronym does not spell
	countWords          map[string]bool // "two", "several": count what follows, which names no body
	legislatureNames    map[string]bool // "congress": a country's legislature, alone
	officeBodyHeads     map[string]bool // "office": after an office's title, a body named after it
	placedHeads         map[string]bool // "mission": a body's name goes on with "in" and a country
	officeGenericWords  map[string]bool // "minister", "ministry": name no portfolio
	roomNouns           map[string]bool // "room": after a body's name, a place named after it
	subjectPronouns     map[string]bool // "he", "she": open a sentence about the person named before
	titleConjunctions   map[string]bool // "and": join two titles of one person

	complementPrefixes []string // "counter", "anti": before an English word, a complement's word
	spokespersonWords  []string // "spokesman": a spokesperson's title, as one family

	// classes holds the bits of the country rules' passes that each of
	// their anchor words has (readCountryRules); the bits of the word
	// sets (classSets) and of the phrases' first words are added where the
	// word index is made (phraseClasses), so that New does not add them.
	classes map[string]wordClass
}

// readWords takes the entity stage's word lists (data/words.txt and
// data/run-words.txt): the sets of wordSets, by their list names, and the
// lists of non-names, place nouns and organisations' head words.
func (t *tables) readWords(lists *wordlist.Lists) error {
	w := &t.words
	sets := map[string]*map[string]bool{
		"title-modifiers": &w.titleModifiers, "international-bodies": &w.internationalBodies,
		"name-particles": &w.nameParticles, "not-names": &w.notNames, "credit-words": &w.creditWords,
		"government-bodies": &w.governmentBodies, "national-heads": &w.nationalHeads,
		"national-openers": &w.nationalOpeners, "party-words": &w.partyWords, "international-words": &w.internationalWords,
		"member-nouns": &w.memberNouns, "thing-heads": &w.thingHeads, "place-prepositions": &w.placePrepositions, "complement-words": &w.complementWords,
		"patronymics": &w.patronymics, "delegation-nouns": &w.delegationNouns,
		"lead-verbs": &w.leadVerbs, "representing-words": &w.representingWords,
		"list-ends": &w.listEnds, "side-list-cues": &w.sideListCues, "pair-links": &w.pairLinks, "home-office-words": &w.homeOfficeWords,
		"military-ranks": &w.militaryRanks,
		"visit-words":    &w.visitWords, "invitation-words": &w.invitationWords,
		"elsewhere-words": &w.elsewhereWords, "possessive-pronouns": &w.possessivePronouns,
		"subject-pronouns": &w.subjectPronouns, "title-conjunctions": &w.titleConjunctions,
		"name-joiners": &w.nameJoiners, "body-conjunctions": &w.bodyConjunctions,
		"definite-articles": &w.definiteArticles, "of-words": &w.ofWords, "acronym-fillers": &w.acronymFillers,
		"count-words": &w.countWords, "legislature-names": &w.legislatureNames,
		"office-body-heads": &w.officeBodyHeads, "placed-heads": &w.placedHeads,
		"office-generic-words": &w.officeGenericWords, "room-nouns": &w.roomNouns,
		"non-names": &t.nonNames, "place-nouns": &t.placeNouns, "organization-heads": &t.orgHeads,
	}
	t.listSets = make(map[string]map[string]bool, len(sets))
	for name, m := range sets {
		set, err := lists.Set(name)
		if err != nil {
			return err
		}
		*m = set
		t.listSets[name] = set
	}
	for name, l := range map[string]*[]string{"complement-prefixes": &w.complementPrefixes, "spokesperson-words": &w.spokespersonWords} {
		words, err := lists.Words(name)
		if err != nil {
			return err
		}
		*l = words
	}
	// Lists the stage matches against lower-cased tokens must be lower case.
	for _, name := range []string{"non-names", "place-nouns", "organization-heads"} {
		for word := range *sets[name] {
			if word != strings.ToLower(word) {
				return fmt.Errorf("%w: %s: list [%s]: %q is not lower case", ErrBadTable, lists.File(name), name, word)
			}
		}
	}
	// The country rules' anchors get their bits (readCountryRules); the
	// sets' bits are added where the classes are needed (phraseClasses).
	w.classes = map[string]wordClass{}
	return nil
}

// classSet is a word set with a class bit.
type classSet struct {
	class wordClass
	set   map[string]bool
}

// classSets returns the word sets with a class bit.
func (t *tables) classSets() []classSet {
	w := &t.words
	return []classSet{
		{classVisit, w.visitWords}, {classInvitation, w.invitationWords},
		{classRepresenting, w.representingWords}, {classDelegation, w.delegationNouns},
		{classOrgHead, t.orgHeads}, {classLegislature, w.legislatureNames},
		{classDefinite, w.definiteArticles}, {classNameJoiner, w.nameJoiners},
		{classPairLink, w.pairLinks}, {classNameParticle, w.nameParticles}, {classTitleModifier, w.titleModifiers},
	}
}

// A wordClass is a set of word sets, one bit a set, so that a pass that
// looks for the words of several sets reads a token's sets at once
// (analysis.cls) rather than looking each set up at every token.
type wordClass uint32 // widen when a set is added past the thirty-second

// The word sets with a bit.
const (
	classVisit         wordClass = 1 << iota // visit-words
	classInvitation                          // invitation-words
	classRepresenting                        // representing-words
	classDelegation                          // delegation-nouns
	classOrgHead                             // organization-heads
	classLegislature                         // legislature-names
	classDefinite                            // definite-articles
	classNameJoiner                          // name-joiners
	classPairLink                            // pair-links
	classNameParticle                        // name-particles
	classTitleModifier                       // title-modifiers
	// The first words of the tables' phrases, lower-cased: a token whose
	// word has none of these bits starts no country, office or organisation
	// of the tables, and its matcher is not asked.
	classCountryStart
	classOfficeStart
	classOrgStart
	// The words that anchor the rules of a pass of the country rule table,
	// one bit a pass from this one on (readCountryRules).
	classFirstRules
)

// phraseClasses returns the word classes of the rules' anchors
// (words.classes) with the word sets' (classSets) and the first words of
// the tables' phrases added, lower-cased (classCountryStart and the
// others): the classes the word index holds.
// Only newWordIndex needs them, when the index is not the generated one,
// so that New does not make them; the tables' own map is left as it is.
func (t *tables) phraseClasses() map[string]wordClass {
	matchers := []struct {
		firsts func(yield func(string) bool)
		n      int
		c      wordClass
	}{
		{t.countryPhr.firstWords, len(t.countryPhr.groups()), classCountryStart},
		{t.officePhr.firstWords, len(t.officePhr.groups()), classOfficeStart},
		{t.officeExact.firstWords, len(t.officeExact.groups()), classOfficeStart},
		{t.orgPhr.firstWords, len(t.orgPhr.groups()), classOrgStart},
	}
	// A map sized for the first words too, so that adding them does not
	// grow it step by step.
	sets := t.classSets()
	n := len(t.words.classes)
	for _, m := range matchers {
		n += m.n
	}
	for _, cs := range sets {
		n += len(cs.set)
	}
	classes := make(map[string]wordClass, n)
	maps.Copy(classes, t.words.classes)
	for _, cs := range sets {
		for w := range cs.set {
			classes[w] |= cs.class
		}
	}
	for _, m := range matchers {
		for w := range m.firsts {
			classes[strings.ToLower(w)] |= m.c
		}
	}
	return classes
}

// inWordSet reports whether token k's word is in set, the word set of the
// class c (readWords): by its word classes for a word, which newAnalysisCtx
// found once, and by the set for another token ("&"), which has none.
func (a *analysis) inWordSet(k int, c wordClass, set map[string]bool) bool {
	if a.toks[k].Kind == pipeline.Word {
		return a.cls[k]&c != 0
	}
	return set[a.toks[k].Lower]
}

// notName reports whether a word never starts or makes a name: a word of
// the table, a weekday or a month.
func (t *tables) notName(tok *pipeline.Token) bool {
	return tok.IsWeekday() || tok.IsMonth() || t.words.notNames[tok.Lower]
}

// stripParticle returns a name word without a hyphenated particle before it:
// "el-Sisi" gives "Sisi"; other words come back as they are.
func (t *tables) stripParticle(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && isLowerIn(t.words.nameParticles, w[:i]) && i+1 < len(w) {
		return w[i+1:]
	}
	return w
}
