package entity

import (
	"cmp"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
)

// IsPlace reports whether name, in any case ("NEW DELHI", "Berlin"), is a
// city of the gazetteer or the name of a country, so a dateline may name it.
// A demonym ("Saudi") is not a place. It implements pipeline.Places, so the
// parser's header pass reads datelines with the tables this stage resolves
// them with; it is safe for concurrent use.
func (s *Stage) IsPlace(name string) bool {
	place := titleCase(name)
	if _, ok := cityCode(s.t.cities, strings.ToLower(place)); ok {
		return true
	}
	toks := pipeline.Tokenize(place)
	if len(toks) == 0 {
		return false
	}
	ref, end, ok := matchIndexed(s.t.countryPhr, s.words, startCountry, toks, 0, norm, false)
	return ok && end == len(toks) && (ref.kind == refName || ref.kind == refCapital)
}

// placeTable is the generated gazetteer, data/places.tsv: lines of a name,
// a tab and a country code, in the byte order of the lower-case names. It
// is searched in place by the generated hash table of its lines
// (lineindex.go), so that loading its twenty thousand lines costs nothing.
type placeTable struct {
	lineIndex
}

// readPlaces reads a gazetteer of places below the country level, checking
// each line's columns and order: a header of comments, then NAME<TAB>CODE
// lines. New takes the embedded gazetteer unchecked (loadTables);
// TestEmbeddedTables checks it with readPlaces.
func (t *tables) readPlaces(text, name string) error {
	prev, header := "", true
	for i, n := 0, 1; i < len(text); n++ {
		end := i + strings.IndexByte(text[i:], '\n')
		if end < i {
			end = len(text)
		}
		line := text[i:end]
		i = end + 1
		if header && strings.HasPrefix(line, "#") {
			continue
		}
		header = false
		place, code, ok := strings.Cut(line, "\t")
		switch {
		case !ok || place == "" || strings.IndexByte(code, '\t') >= 0:
			return fmt.Errorf("%w: %s:%d: %q: want NAME<TAB>CODE (no comment or empty line after the header)", ErrBadTable, name, n, line)
		case len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z':
			return fmt.Errorf("%w: %s:%d: country code %q is not two capital letters", ErrBadTable, name, n, code)
		case prev != "" && compareLower(prev, place) >= 0:
			return fmt.Errorf("%w: %s:%d: %q: not after %q in the order of lower-case names", ErrBadTable, name, n, place, prev)
		}
		prev = place
	}
	x, err := indexLines(text, name, true)
	if err != nil {
		return err
	}
	t.places = placeTable{x}
	return nil
}

// lookup returns the country of the place called name, in any case.
func (p *placeTable) lookup(name string) (code string, ok bool) {
	line, ok := p.find(name, keyHash(name, true))
	if !ok {
		return "", false
	}
	tab := strings.IndexByte(line, '\t')
	return line[tab+1 : tab+3], true
}

// compareLower compares strings.ToLower(a) with strings.ToLower(b), in
// byte order, without building them.
func compareLower(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra < utf8.RuneSelf && 'A' <= ra && ra <= 'Z' {
			ra += 'a' - 'A'
		} else if ra >= utf8.RuneSelf {
			ra = unicode.ToLower(ra)
		}
		if rb < utf8.RuneSelf && 'A' <= rb && rb <= 'Z' {
			rb += 'a' - 'A'
		} else if rb >= utf8.RuneSelf {
			rb = unicode.ToLower(rb)
		}
		if ra != rb {
			return cmp.Compare(ra, rb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// isPlace reports whether name, in any case, is a place of the gazetteer.
func (t *tables) isPlace(name string) bool {
	_, ok := t.places.lookup(name)
	return ok
}
