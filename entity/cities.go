package entity

import (
	"strings"

	"github.com/readout/readout/pipeline/wordlist"
)

// cityTable is the gazetteer of dateline cities (data/cities.tsv): an
// open-addressing hash table of their lower-case names, each with its
// country code. For the embedded table it is made at build time
// (cities_data.go: static data, no code runs to make it); readCities makes
// it of any other text.
type cityTable struct {
	mask  uint32
	slots []citySlot
}

// citySlot is a slot of a cityTable.
type citySlot struct {
	name string // the city's name in lower case
	hash uint32 // wordlist.Hash(name)
	code string // its country's code
	used bool
}

// newCityTable makes the table of the cities names[i] (lower case), each
// in the country codes[i]; a name given twice takes its last code, as a
// map would.
func newCityTable(names, codes []string) *cityTable {
	size := 16
	for size < 2*len(names) {
		size *= 2
	}
	c := &cityTable{mask: uint32(size - 1), slots: make([]citySlot, size)}
	for i, name := range names {
		h := wordlist.Hash(name)
		for k := h & c.mask; ; k = (k + 1) & c.mask {
			s := &c.slots[k]
			if !s.used {
				*s = citySlot{name: name, hash: h, code: codes[i], used: true}
				break
			}
			if s.hash == h && s.name == name {
				s.code = codes[i]
				break
			}
		}
	}
	return c
}

// cityCode returns the country code of the city whose lower-case name is
// w, and whether c holds it.
func cityCode[W string | []byte](c *cityTable, w W) (string, bool) {
	h := wordlist.Hash(w)
	for k := h & c.mask; ; k = (k + 1) & c.mask {
		s := &c.slots[k]
		if !s.used {
			return "", false
		}
		if s.hash == h && s.name == string(w) {
			return s.code, true
		}
	}
}

// lookupLower is cityCode of w in lower case (strings.ToLower), without
// building the lower-case string of an ASCII name.
func (c *cityTable) lookupLower(w string) (string, bool) {
	if len(w) <= maxStackLower {
		var buf [maxStackLower]byte
		if b, ok := asciiLower(buf[:0], w); ok {
			return cityCode(c, b)
		}
	}
	return cityCode(c, strings.ToLower(w))
}

// compiledCityTable returns the city table made of data/cities.tsv at build
// time (cities_data.go, which TestCitiesFile writes: go generate), or nil
// when cities is not the text it was made of (readCities then makes it).
func compiledCityTable(cities string) *cityTable {
	if !compiledCitySource.matches(cities) {
		return nil
	}
	return &compiledCities
}
