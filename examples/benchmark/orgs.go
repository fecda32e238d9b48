package main

import (
	"strings"

	"github.com/readout/readout/extract"
)

// Organisations are matched as people are, by name, but a gold
// organisation has more forms to match: its name, its variants and its
// acronym, each compared without a leading "the" and a leading country,
// demonym or capital ("the U.S. State Department" is "State Department").

// orgKeys are the forms in which an organisation name is compared: whole
// (without a leading "the"), and without a leading country too; stripped is
// "" when no country opens the name.
func (s *scorer) orgKeys(name string) (whole, stripped string) {
	name = strings.TrimSpace(name)
	if rest, ok := cutPrefixFold(name, "the "); ok {
		name = strings.TrimSpace(rest)
	}
	whole = NormName(name)
	if s.opts.CountryPrefix == nil {
		return whole, ""
	}
	n := s.opts.CountryPrefix(name)
	if n <= 0 || n >= len(name) {
		return whole, ""
	}
	rest := strings.TrimSpace(name[n:])
	for _, poss := range []string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, poss); ok {
			rest = strings.TrimSpace(r)
		}
	}
	return whole, NormName(rest)
}

// orgIndex finds gold organisations by their forms. A form without its
// country that two organisations share ("Army" of the Pakistan Army and of
// the Indian Army) finds neither.
type orgIndex map[string]int

const ambiguousOrg = -1

func (ix orgIndex) add(key string, j int) {
	if key == "" {
		return
	}
	if old, ok := ix[key]; ok && old != j {
		ix[key] = ambiguousOrg
		return
	}
	ix[key] = j
}

// find returns the organisation of the first form of names that finds one:
// whole forms before forms without their country.
func (s *scorer) findOrg(ix orgIndex, names ...string) (int, bool) {
	var stripped []string
	for _, n := range names {
		if n == "" {
			continue
		}
		w, st := s.orgKeys(n)
		if j, ok := ix[w]; ok && j != ambiguousOrg {
			return j, true
		}
		stripped = append(stripped, st, w)
	}
	for _, k := range stripped {
		if j, ok := ix[k]; ok && j != ambiguousOrg && k != "" {
			return j, true
		}
	}
	return 0, false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// scoreOrgs scores the organisations of r against the gold's: one to one,
// first come first matched; a second entry for a gold organisation and a
// name that matches nothing are errors; one that matches only an optional
// organisation is neither. A matched organisation's country is scored too.
func (s *scorer) scoreOrgs(g Gold, r *extract.Result) {
	ix := orgIndex{}
	for j, o := range g.Organizations {
		for _, n := range append([]string{o.Name, o.Acronym}, o.Variants...) {
			if n != "" {
				w, st := s.orgKeys(n)
				ix.add(w, j)
				ix.add(st, j)
			}
		}
	}
	optional := orgIndex{}
	for _, o := range g.OptionalOrganizations {
		w, st := s.orgKeys(o)
		optional.add(w, 0)
		optional.add(st, 0)
	}
	matched := make([]int, len(g.Organizations))
	for j := range matched {
		matched[j] = -1
	}
	for i, o := range r.Organizations {
		j, ok := s.findOrg(ix, o.Name, o.Acronym)
		_, isOptional := s.findOrg(optional, o.Name, o.Acronym)
		switch {
		case ok && matched[j] < 0:
			matched[j] = i
			s.orgs.TP++
			s.match(MOrgs, "%s", o.Name)
			s.orgCountry.Total++
			if want := g.Organizations[j].Country; strings.EqualFold(o.Country, want) {
				s.orgCountry.Correct++
				s.match(MOrgCountry, "%s: %s", o.Name, orNull(o.Country))
			} else {
				s.issue(MOrgCountry, "wrong", "%s: got %s, want %s", g.Organizations[j].Name, orNull(o.Country), orNull(want))
			}
		case ok:
			s.orgs.FP++
			s.issue(MOrgs, "duplicate", "%s (a second entry for %s)", o.Name, r.Organizations[matched[j]].Name)
		case isOptional:
		default:
			s.orgs.FP++
			s.issue(MOrgs, "extra", "%s", o.Name)
		}
	}
	for j, o := range g.Organizations {
		if matched[j] < 0 {
			s.orgs.FN++
			s.issue(MOrgs, "miss", "%s", o.Name)
		}
	}
}
