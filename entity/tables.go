package entity

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

//go:generate go run ./internal/gendata/gendata.go -out data

//go:embed data/countries.tsv data/noncountries.txt data/cities.tsv data/offices.tsv data/organizations.tsv
var dataFS embed.FS

// lexiconText is the English lexicon of package wordlist, searched in
// place (see lexicon).
var lexiconText = wordlist.English()

// placesText is data/places.tsv, searched in place (see placeTable).
//
//go:embed data/places.tsv
var placesText string

// ErrBadTable is wrapped by every error about a malformed knowledge table.
var ErrBadTable = errors.New("entity: bad table")

// countryInfo is one line of countries.tsv.
type countryInfo struct {
	Code, Name string
}

// The kinds of country reference.
const (
	refName = iota + 1
	refDemonym
	refCapital
	refNone // a phrase that looks like a country but is not one ("Latin American")
)

// countryRef is the value of a country phrase: which country, and how it is named.
type countryRef struct {
	country int // index into tables.countries
	kind    int
}

// The kinds of office table rows, by the mark of their TITLE column.
const (
	officeCanonical = iota // a title of SCHEMA.md's list: reported by its canonical name
	officeWritten          // "~Title": reported as the text writes it ("Deputy Economy Minister")
	officeRank             // "-": a rank or honorific, which introduces a name but is no office
	officeGeneric          // "+": a title word that makes an office with a complement or modifier
	officeModifier         // "^": a word that joins the title written after it ("principal")
)

// officeInfo is one line of offices.tsv.
type officeInfo struct {
	Title   string // the canonical title; "" for ranks, generic words and modifiers
	Country string // the country the office implies by itself, or ""
	Kind    int
}

// tables are the compiled knowledge tables.
type tables struct {
	countries   []countryInfo
	byCode      map[string]int
	countryPhr  *matcher[countryRef]
	cities      map[string]string // lower-case city name -> code
	nonNames    map[string]bool   // lower-case words that make a run no person's name
	offices     []officeInfo
	officePhr   *matcher[int]   // value: index into offices
	officeExact *matcher[int]   // capitalised variants, matched as written
	modifiers   map[string]bool // lower-case words that join a written title after them
	places      placeTable      // places below the country level (data/places.tsv)
	placeNouns  map[string]bool // lower-case nouns that make the run before them a place
	orgHeads    map[string]bool // lower-case head words of organisations\' names
	orgs        []orgInfo       // organisations known by name
	orgPhr      *matcher[int]   // their names, variants and acronyms -> index into orgs
	lexicon     lexicon         // English words
	words       wordSets        // the small word lists of package wordlist
}

func loadTables() (*tables, error) {
	t := &tables{byCode: map[string]int{}, cities: map[string]string{}}
	lists, err := wordlist.Load()
	if err != nil {
		return nil, err
	}
	if err := t.readWords(lists); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		read func(io.Reader, string) error
	}{
		{"countries.tsv", t.readCountries},
		{"noncountries.txt", t.readNonCountries},
		{"cities.tsv", t.readCities},
		{"offices.tsv", t.readOffices},
		{"organizations.tsv", t.readOrgs},
	} {
		r, err := dataFS.Open("data/" + f.name)
		if err != nil {
			return nil, err
		}
		err = f.read(r, f.name)
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := t.readLexicon(lexiconText, "wordlist/data/english/lexicon.txt"); err != nil {
		return nil, err
	}
	if err := t.readPlaces(placesText, "places.tsv"); err != nil {
		return nil, err
	}
	t.markPhraseStarts()
	return t, nil
}

// eachLine calls fn with the tab-separated fields of every line of r that is
// neither empty nor a comment, and wraps its errors with the file and line.
func eachLine(r io.Reader, name string, fields int, fn func(f []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("%w: %s:%d: %d fields, want %d", ErrBadTable, name, n, len(f), fields)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%w: %s:%d: %v", ErrBadTable, name, n, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (t *tables) readCountries(r io.Reader, name string) error {
	t.countryPhr = newMatcher[countryRef]()
	err := eachLine(r, name, 5, func(f []string) error {
		code := f[0]
		if len(code) != 2 || strings.ToUpper(code) != code {
			return fmt.Errorf("country code %q is not two capital letters", code)
		}
		if _, dup := t.byCode[code]; dup {
			return fmt.Errorf("country code %s repeated", code)
		}
		idx := len(t.countries)
		t.byCode[code] = idx
		t.countries = append(t.countries, countryInfo{Code: code, Name: f[1]})
		add := func(forms []string, kind int) {
			for _, s := range forms {
				t.countryPhr.add(words(s), countryRef{idx, kind})
				if up := strings.ToUpper(s); up != s && len([]rune(s)) >= 4 {
					t.countryPhr.add(words(up), countryRef{idx, kind})
				}
			}
		}
		add(append([]string{f[1]}, splitList(f[2])...), refName)
		add(splitList(f[3]), refDemonym)
		add(splitList(f[4]), refCapital)
		return nil
	})
	return err
}

// readNonCountries reads the phrases that hold a country's name or demonym
// without referring to the country ("Latin American", "New Mexico"); it
// runs after readCountries.
func (t *tables) readNonCountries(r io.Reader, name string) error {
	return eachLine(r, name, 1, func(f []string) error {
		t.countryPhr.add(words(strings.TrimSpace(f[0])), countryRef{-1, refNone})
		return nil
	})
}

func (t *tables) readCities(r io.Reader, name string) error {
	return eachLine(r, name, 2, func(f []string) error {
		t.cities[strings.ToLower(f[0])] = f[1]
		return nil
	})
}

// lexicon is the generated English lexicon: lines of one lower-case word,
// with a tab and "N" when the word list also writes it as a name, in byte
// order. It is searched in place, so that loading it costs one pass.
type lexicon struct {
	text  string
	lines []int32 // start of each word line
	words []int32 // end of the word of each line (before its tab or line break)
	// first[b] is the index in lines of the first word that starts with a
	// byte >= b (first[256] is len(lines)): a search looks only among the
	// words of its first letter.
	first [257]int32
}

// readLexicon reads the generated English lexicon.
func (t *tables) readLexicon(text, name string) error {
	t.lexicon = lexicon{text: text, lines: make([]int32, 0, 1<<16)}
	prev := ""
	for i, n := 0, 1; i < len(text); n++ {
		end := i + strings.IndexByte(text[i:], '\n')
		if end < i {
			end = len(text)
		}
		if line := text[i:end]; len(line) > 0 && line[0] != '#' {
			w, flag, _ := strings.Cut(line, "\t")
			if flag != "" && flag != "N" || w <= prev {
				return fmt.Errorf("%w: %s:%d: %q: want a word in byte order and an optional N", ErrBadTable, name, n, line)
			}
			prev = w
			t.lexicon.lines = append(t.lexicon.lines, int32(i))
			t.lexicon.words = append(t.lexicon.words, int32(i+len(w)))
		}
		i = end + 1
	}
	l := &t.lexicon
	b := 0
	for n, start := range l.lines {
		for c := int(text[start]); b <= c; b++ {
			l.first[b] = int32(n)
		}
	}
	for ; b <= 256; b++ {
		l.first[b] = int32(len(l.lines))
	}
	return nil
}

// lookup returns whether lower is a word of the lexicon, and whether the
// word list also writes it as a name.
func (l *lexicon) lookup(lower string) (found, name bool) {
	if lower == "" {
		return false, false
	}
	lo, hi := int(l.first[lower[0]]), int(l.first[int(lower[0])+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		start, end := l.lines[m], l.words[m]
		switch w := l.text[start:end]; {
		case w == lower:
			return true, int(end) < len(l.text) && l.text[end] == '\t'
		case w < lower:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false, false
}

// common reports whether lower is an English word that the word list never
// writes as a name: "image", "social", "spin", but not "rose" or "grant".
func (t *tables) common(lower string) bool {
	found, name := t.lexicon.lookup(lower)
	return found && !name
}

// english reports whether lower is an English word at all.
func (t *tables) english(lower string) bool {
	found, _ := t.lexicon.lookup(lower)
	return found
}

// orgInfo is one line of organizations.tsv, or an acronym that two lines
// share (Ambiguous: its Name and Acronym are the acronym, with no country).
type orgInfo struct {
	Name, Acronym, Country string
	Ambiguous              bool
}

// readOrgs reads the organisations known by name. An acronym that two lines
// share names neither body by itself: it maps to a body of its own, marked
// ambiguous.
func (t *tables) readOrgs(r io.Reader, name string) error {
	t.orgPhr = newMatcher[int]()
	rows := map[string][]int{} // acronym -> the lines that give it
	var forms [][]string       // index in t.orgs -> its name and variants
	err := eachLine(r, name, 4, func(f []string) error {
		if f[2] != "" {
			if _, ok := t.byCode[f[2]]; !ok {
				return fmt.Errorf("unknown country code %q", f[2])
			}
		}
		if f[1] != "" {
			rows[f[1]] = append(rows[f[1]], len(t.orgs))
		}
		t.orgs = append(t.orgs, orgInfo{Name: f[0], Acronym: f[1], Country: f[2]})
		forms = append(forms, append([]string{f[0]}, splitList(f[3])...))
		return nil
	})
	if err != nil {
		return err
	}
	for idx, fs := range forms {
		for _, v := range fs {
			t.orgPhr.add(words(v), idx)
		}
		if acr := t.orgs[idx].Acronym; acr != "" && len(rows[acr]) == 1 {
			t.orgPhr.add(words(acr), idx)
		}
	}
	for _, acr := range slices.Sorted(maps.Keys(rows)) {
		if len(rows[acr]) > 1 {
			t.orgPhr.add(words(acr), len(t.orgs))
			t.orgs = append(t.orgs, orgInfo{Name: acr, Acronym: acr, Ambiguous: true})
		}
	}
	return nil
}

func (t *tables) readOffices(r io.Reader, name string) error {
	t.officePhr = newMatcher[int]()
	t.officeExact = newMatcher[int]()
	t.modifiers = map[string]bool{}
	return eachLine(r, name, 3, func(f []string) error {
		info := officeInfo{Title: f[0], Country: f[1]}
		switch {
		case f[0] == "-":
			info.Title, info.Kind = "", officeRank
		case f[0] == "+":
			info.Title, info.Kind = "", officeGeneric
		case f[0] == "^":
			info.Title, info.Kind = "", officeModifier
		case strings.HasPrefix(f[0], "~"):
			info.Title, info.Kind = f[0][1:], officeWritten
		}
		variants := splitList(f[2])
		if len(variants) == 0 {
			return fmt.Errorf("office %q has no variants", f[0])
		}
		if info.Kind == officeModifier {
			for _, v := range variants {
				t.modifiers[strings.ToLower(v)] = true
			}
			return nil
		}
		idx := len(t.offices)
		t.offices = append(t.offices, info)
		for _, v := range variants {
			v, next, _ := strings.Cut(v, ">") // "Amir>of": only before "of"
			m := t.officePhr
			if hasUpper(v) {
				m = t.officeExact
			}
			m.addBefore(words(v), next, idx)
		}
		return nil
	})
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// words splits a table phrase into the normalised forms of its tokens.
func words(s string) []string { return appendWords(nil, s) }

// appendWords appends the words of s (their Token.Norm) to dst. A name of
// plain ASCII words ("Lena Vogt", "NATO") is split at its spaces, with no
// tokeniser's work: its tokens are exactly those (TestPlainWords); any
// other string goes through the tokeniser.
func appendWords(dst []string, s string) []string {
	if plainWords(s) {
		for w := range strings.FieldsSeq(s) {
			dst = append(dst, w)
		}
		return dst
	}
	for _, t := range pipeline.Tokenize(s) {
		dst = append(dst, t.Norm)
	}
	return dst
}

// plainWords reports whether s is ASCII letters and spaces only, with no
// capital after a small letter inside a word ("McDonald" is not plain: the
// tokeniser may split such a word).
func plainWords(s string) bool {
	var prev byte = ' '
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			if prev >= 'a' && prev <= 'z' {
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return true
}

// homeOffice reports whether title is an office of a government that a
// dateline speaks for: "Foreign Minister", "Foreign Office Spokesperson",
// "Chief of Army Staff"; not a monarch's ("King", "Crown Prince").
func (t *tables) homeOffice(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if t.words.homeOfficeWords[w] {
			return true
		}
	}
	return false
}
