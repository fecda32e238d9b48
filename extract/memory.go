package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// DefaultMemoryLimit is the most names a Memory holds unless MemoryLimit
// says otherwise: about 26 MB of memory when full (some 270 bytes a name,
// its strings and a short article id included).
const DefaultMemoryLimit = 100_000

// maxMemoryCountries is the most countries a name keeps counts for; the
// statements of any more are counted together (MemoryEntry.Others). A name
// stated with that many countries agrees on none anyway.
const maxMemoryCountries = 8

// ErrBadMemory is wrapped by every error ReadMemory and LoadMemoryFile return
// for a memory file that cannot be used, and by Add for a bad entry. The
// message names the file, the line and the field at fault.
var ErrBadMemory = errors.New("extract: bad memory file")

// Memory remembers the people whose country articles state, so that an
// article which names one of them without a country (or with one it only
// infers) gets the country the others stated. Use it through WithMemory:
// the Extractor reads each article, then the memory fills its people and
// learns what the article states, in input order.
//
// What it learns: for each person whose country an article states outright
// ("US Secretary of State Marco Rubio", "Pakistan's Ishaq Dar": an office's
// country, a country before the name or title; Person.CountrySource
// "text"), the person's name and the forms of it the article uses that are
// two words or more ("Ishaq Dar" for "Mohammad Ishaq Dar"), each counted
// once per article with that country; and the name's last word as a
// surname, with the full name it belongs to. A country the article only
// infers (from a pairing, the dateline, the one country of the sentences),
// a known person's and one the memory gave are not learned.
//
// What it fills: a person of an article whose country the article does not
// state (none at all, or one it only infers) and who is not a known person
// gets the country that the memory holds for the person's name and for
// every other form of it the article uses, when they all agree: a name
// agrees when at least nine in ten of the articles that stated a country
// for it stated the same one, so that a name stated once each with two
// countries is left alone, and a misreading among many statements does not
// silence it. A person the article names by one word only ("Trump") is
// filled through the surname, only when the memory has seen that surname
// in one full name (or in forms of one: "Donald Trump", "Donald J. Trump");
// a surname seen in two people's names ("Imran Khan", "Sadiq Khan") fills
// no one. The person's Country becomes that country, CountrySource
// "corpus" and CountryFrom the smallest id (in byte order) of the articles
// that stated it. Nothing else of the result changes: not the offices, nor
// their countries, nor any other field.
//
// Bound: a Memory holds at most its limit of names and surnames
// (DefaultMemoryLimit, or MemoryLimit), each with at most 8 countries. When
// a new one would pass the limit, the one stated least recently is
// forgotten. Its size is thus bounded whatever the stream's length.
//
// A Memory is safe for concurrent use. Its result is deterministic for a
// given order of articles: Batch and Results fill and learn on the one
// goroutine that emits, in input order, whatever the number of workers;
// Extract does so in the order of its calls (under a lock), so concurrent
// calls of Extract with one Memory depend on their timing.
//
// It is saved with WriteTo or SaveFile and read back with ReadMemory or
// LoadMemoryFile, in the JSON Lines format of WriteTo.
type Memory struct {
	limit int

	mu       sync.RWMutex
	names    map[string]*memEntry // by key (memKey) of the name
	surnames map[string]*memEntry // by key of the surname
	// The entries in order of their last statement: head the latest.
	head, tail *memEntry
}

// memEntry is a name or surname the memory holds.
type memEntry struct {
	MemoryEntry
	key        string
	fresh      bool // a surname entry not yet seen in any name
	prev, next *memEntry
}

// MemoryEntry is one name the memory holds, as its file (WriteTo) and
// Entries give it. A pipeline that learns on many machines merges entries
// with Add (see examples/beam).
type MemoryEntry struct {
	// Name is a person's name, two words or more, as an article first wrote
	// it; or, for a surname entry, the surname.
	Name string
	// Surname marks a surname entry: the last word of full names, which
	// fills a person an article names by that word alone.
	Surname bool
	// Of is, for a surname entry, the full name it was seen in (the longest
	// form of it), or "" when it was seen in the names of two people.
	Of string
	// Countries are the countries articles stated for the name, the most
	// stated first (ties by code).
	Countries []MemoryCountry
	// Others counts the statements of countries beyond the 8 kept.
	Others int
}

// Key is the form in which the memory compares names (in lower case,
// without full stops and commas, a hyphen as a space): two entries of one
// kind (Surname) and Key are one name, and Add merges them.
func (e MemoryEntry) Key() string { return memKey(e.Name) }

// MemoryCountry is a country articles stated for a name.
type MemoryCountry struct {
	// Country is the ISO 3166-1 alpha-2 code.
	Country string
	// Articles is the number of articles that stated it.
	Articles int
	// From is the smallest id, in byte order, of those articles.
	From string
}

// A MemoryOption configures a Memory made by NewMemory, ReadMemory or
// LoadMemoryFile.
type MemoryOption func(*Memory)

// MemoryLimit sets the most names and surnames a Memory holds (default
// DefaultMemoryLimit); n <= 0 leaves the default.
func MemoryLimit(n int) MemoryOption {
	return func(m *Memory) {
		if n > 0 {
			m.limit = n
		}
	}
}

// NewMemory returns an empty Memory.
func NewMemory(opts ...MemoryOption) *Memory {
	m := &Memory{limit: DefaultMemoryLimit, names: map[string]*memEntry{}, surnames: map[string]*memEntry{}}
	for _, o := range opts {
		if o != nil {
			o(m)
		}
	}
	return m
}

// Limit returns the most names and surnames m holds.
func (m *Memory) Limit() int { return m.limit }

// Len returns the number of names and surnames m holds.
func (m *Memory) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.names) + len(m.surnames)
}

// Reset forgets everything.
func (m *Memory) Reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.names)
	clear(m.surnames)
	m.head, m.tail = nil, nil
}

// Entries returns a copy of what m holds, the least recently stated first:
// the order in which Add and ReadMemory rebuild the same memory.
func (m *Memory) Entries() []MemoryEntry {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]MemoryEntry, 0, len(m.names)+len(m.surnames))
	for e := m.tail; e != nil; e = e.prev {
		c := e.MemoryEntry
		c.Countries = slices.Clone(c.Countries)
		out = append(out, c)
	}
	return out
}

// Add merges entries into m, each as if stated now, in order: the counts of
// a name m holds already are added to its own (the smaller From kept), a
// surname's full names are merged, and a name m does not hold is added,
// forgetting the least recently stated one beyond the limit. It returns an
// error wrapping ErrBadMemory for an entry that is not well formed, and adds
// none of them then.
func (m *Memory) Add(entries ...MemoryEntry) error {
	for i, e := range entries {
		if field, err := checkEntry(e); err != nil {
			return fmt.Errorf("%w: entry %d: %s: %v", ErrBadMemory, i, field, err)
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range entries {
		me := m.entry(e.Surname, e.Name)
		if e.Surname {
			if e.Of == "" {
				me.fresh = false
				me.ambiguous()
			} else {
				me.seenIn(e.Of)
			}
		}
		for _, c := range e.Countries {
			me.count(c.Country, c.Articles, c.From)
		}
		me.Others += e.Others
	}
	return nil
}

// entry returns the entry for name (a surname's when surname), made if m
// holds none, as the most recently stated. The caller holds m.mu.
func (m *Memory) entry(surname bool, name string) *memEntry {
	key := memKey(name)
	byKey := m.names
	if surname {
		byKey = m.surnames
	}
	e := byKey[key]
	if e == nil {
		for len(m.names)+len(m.surnames) >= m.limit && m.tail != nil {
			m.forget(m.tail)
		}
		e = &memEntry{MemoryEntry: MemoryEntry{Name: name, Surname: surname}, key: key, fresh: surname}
		byKey[key] = e
	} else {
		m.unlink(e)
	}
	e.next, e.prev = m.head, nil
	if m.head != nil {
		m.head.prev = e
	}
	m.head = e
	if m.tail == nil {
		m.tail = e
	}
	return e
}

func (m *Memory) unlink(e *memEntry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		m.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		m.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (m *Memory) forget(e *memEntry) {
	m.unlink(e)
	if e.Surname {
		delete(m.surnames, e.key)
	} else {
		delete(m.names, e.key)
	}
}

// ambiguous marks a surname entry seen in two people's names.
func (e *memEntry) ambiguous() { e.Of = "" }

// seenIn records that a surname entry's surname ends the full name name.
func (e *memEntry) seenIn(name string) {
	switch {
	case e.fresh:
		e.Of, e.fresh = name, false
	case e.Of == "":
	case sameFullName(e.Of, name):
		if len(strings.Fields(name)) > len(strings.Fields(e.Of)) {
			e.Of = name
		}
	default:
		e.ambiguous()
	}
}

// count adds n articles stating country, the smallest of whose ids is from.
func (e *memEntry) count(country string, n int, from string) {
	i := slices.IndexFunc(e.Countries, func(c MemoryCountry) bool { return c.Country == country })
	if i < 0 {
		if len(e.Countries) == maxMemoryCountries {
			e.Others += n
			return
		}
		e.Countries = append(e.Countries, MemoryCountry{Country: country, From: from})
		i = len(e.Countries) - 1
	}
	c := &e.Countries[i]
	c.Articles += n
	if from < c.From {
		c.From = from
	}
	slices.SortStableFunc(e.Countries, func(a, b MemoryCountry) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return strings.Compare(a.Country, b.Country)
	})
}

// agreed returns the country the articles agree on for e, and the smallest
// id of those that stated it: one stated by at least nine in ten of them.
func (e *MemoryEntry) agreed() (country, from string, ok bool) {
	if len(e.Countries) == 0 || e.Surname && e.Of == "" {
		return "", "", false
	}
	total := e.Others
	for _, c := range e.Countries {
		total += c.Articles
	}
	top := e.Countries[0]
	if 10*top.Articles < 9*total {
		return "", "", false
	}
	return top.Country, top.From, true
}

// sameFullName reports whether two full names with one surname can be one
// person's: the words of the shorter are words of the longer, in order
// ("Donald Trump", "Donald J. Trump"; "Ishaq Dar", "Mohammad Ishaq Dar").
func sameFullName(a, b string) bool {
	x, y := strings.Fields(memKey(a)), strings.Fields(memKey(b))
	if len(x) > len(y) {
		x, y = y, x
	}
	j := 0
	for _, w := range y {
		if j < len(x) && x[j] == w {
			j++
		}
	}
	return j == len(x)
}

// memKey is the form in which the memory compares names: in lower case,
// without full stops and commas, straight apostrophes, and one space
// between words, a hyphen being a space ("S. Jaishankar" = "S Jaishankar",
// "Abdel-Fattah El-Sisi" = "Abdel Fattah El Sisi").
func memKey(name string) string {
	return strings.ToLower(strings.Join(nameWords(name), " "))
}

// nameWords splits a name into its words as written, at spaces and
// hyphens, without full stops and commas, with straight apostrophes.
func nameWords(name string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range name {
		switch {
		case r == '.' || r == ',':
		case unicode.IsSpace(r) || r == '-' || r >= '\u2010' && r <= '\u2015':
			flush()
		case r == '\u2019' || r == '\u2018':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return words
}

// personFacts is what the memory reads of one person of a result: the
// names to look up and learn, and whether the text states the country.
type personFacts struct {
	forms   []nameForm // the name and its forms of two words or more
	surname nameForm   // the name's last word, when the name has two or more
	single  string     // the key of a one-word name, to look up as a surname
	stated  bool       // the text states Country outright
}

// nameForm is a name as written and its key.
type nameForm struct{ text, key string }

// factsOf reads the facts of a person named name, whose mentions' texts are
// mentions, and whose country the text states when stated.
func factsOf(name string, mentions []string, stated bool) personFacts {
	f := personFacts{stated: stated}
	key := memKey(name)
	words := strings.Fields(key)
	if len(words) < 2 {
		f.single = key
		return f
	}
	f.forms = append(f.forms, nameForm{name, key})
	if last := words[len(words)-1]; hasLetters(last, 2) {
		written := nameWords(name)
		f.surname = nameForm{written[len(written)-1], last}
	}
	for _, m := range mentions {
		k := memKey(m)
		mw := strings.Fields(k)
		if len(mw) < 2 || slices.ContainsFunc(f.forms, func(n nameForm) bool { return n.key == k }) {
			continue
		}
		if !slices.ContainsFunc(mw, func(w string) bool { return !slices.Contains(words, w) }) {
			f.forms = append(f.forms, nameForm{m, k})
		}
	}
	return f
}

// hasLetters reports whether s holds at least n letters.
func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
		}
	}
	return n <= 0
}

// learn records what the article id states of its people's countries.
// The caller holds m.mu.
func (m *Memory) learn(id string, r *Result, facts []personFacts) {
	type stated struct {
		surname bool
		key, cc string
	}
	var seen map[stated]bool // each name counted once per article and country
	for i, f := range facts {
		p := &r.People[i]
		if !f.stated || p.Country == "" || p.CountrySource != FromText {
			continue
		}
		if seen == nil {
			seen = map[stated]bool{}
		}
		for _, n := range f.forms {
			if k := (stated{key: n.key, cc: p.Country}); !seen[k] {
				seen[k] = true
				m.entry(false, n.text).count(p.Country, 1, id)
			}
		}
		if f.surname.key != "" {
			e := m.entry(true, f.surname.text)
			e.seenIn(p.Name)
			if k := (stated{surname: true, key: f.surname.key, cc: p.Country}); !seen[k] {
				seen[k] = true
				e.count(p.Country, 1, id)
			}
		}
	}
}

// fill gives the people of r whose country the article does not state the
// country the memory holds for them. The caller holds m.mu (for reading at
// least).
func (m *Memory) fill(r *Result, facts []personFacts) {
	for i, f := range facts {
		p := &r.People[i]
		if p.CountrySource == FromKnown || f.stated {
			continue
		}
		var country, from string
		agree := func(e *memEntry) bool {
			c, fr, ok := e.agreed()
			if !ok || country != "" && c != country {
				return false
			}
			if country == "" || fr < from {
				from = fr
			}
			country = c
			return true
		}
		ok := true
		if f.single != "" {
			if e := m.surnames[f.single]; e != nil {
				ok = agree(e)
			}
		}
		for _, n := range f.forms {
			if e := m.names[n.key]; e != nil && ok {
				ok = agree(e)
			}
		}
		if !ok || country == "" || country == p.Country {
			continue
		}
		p.Country, p.CountrySource, p.CountryFrom = country, FromCorpus, from
	}
}

// MemoryMode says what an Extractor does with its Memory (WithMemory).
type MemoryMode int

const (
	// MemoryOnline fills each article from what the memory holds (the
	// articles read before it, and any loaded), then learns from it: one
	// pass over a stream, each article's result final when it is emitted.
	MemoryOnline MemoryMode = iota
	// MemoryLearn only learns: the first of two passes over a batch.
	MemoryLearn
	// MemoryFill only fills, from what the memory holds: the second pass,
	// after a first with MemoryLearn over the same batch, so that each
	// article gets what every other one states, before it or after.
	MemoryFill
)

func (mode MemoryMode) String() string {
	switch mode {
	case MemoryOnline:
		return "online"
	case MemoryLearn:
		return "learn"
	case MemoryFill:
		return "fill"
	}
	return fmt.Sprintf("MemoryMode(%d)", int(mode))
}

// WithMemory makes Extract, Batch and Results use m, in mode: online (fill,
// then learn, article by article), learn only, or fill only (see Memory).
// Several Extractors may share one Memory: two passes over a batch are an
// Extractor with MemoryLearn over it, then one with MemoryFill over it
// again. Without WithMemory an Extractor's results never depend on any
// memory.
func WithMemory(m *Memory, mode MemoryMode) Option {
	return option(func(c *config) error {
		if m == nil {
			return fmt.Errorf("%w: WithMemory(nil)", ErrBadOption)
		}
		if mode < MemoryOnline || mode > MemoryFill {
			return fmt.Errorf("%w: WithMemory: %v", ErrBadOption, mode)
		}
		c.memory, c.memoryMode = m, mode
		return nil
	})
}

// remember does what mode says with the result r of the article id.
func (m *Memory) remember(mode MemoryMode, id string, r *Result, facts []personFacts) {
	if mode == MemoryFill {
		m.mu.RLock()
		defer m.mu.RUnlock()
		m.fill(r, facts)
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if mode == MemoryOnline {
		m.fill(r, facts)
	}
	m.learn(id, r, facts)
}

// memoryHeader is the first line of a memory file.
const memoryHeader = `{"readout_memory": 1}`

// nameLine and surnameLine are the lines of a memory file.
type nameLine struct {
	Name      string        `json:"name"`
	Countries []countryJSON `json:"countries"`
	Others    int           `json:"others,omitempty"`
}

type surnameLine struct {
	Surname   string        `json:"surname"`
	Of        *string       `json:"of"`
	Countries []countryJSON `json:"countries"`
	Others    int           `json:"others,omitempty"`
}

type countryJSON struct {
	Country  string `json:"country"`
	Articles int    `json:"articles"`
	From     string `json:"from"`
}

// MarshalJSON writes the entry as a line of the memory file (see WriteTo).
func (e MemoryEntry) MarshalJSON() ([]byte, error) {
	countries := make([]countryJSON, len(e.Countries))
	for i, c := range e.Countries {
		countries[i] = countryJSON(c)
	}
	if !e.Surname {
		return json.Marshal(nameLine{e.Name, countries, e.Others})
	}
	var of *string
	if e.Of != "" {
		of = &e.Of
	}
	return json.Marshal(surnameLine{e.Name, of, countries, e.Others})
}

// UnmarshalJSON reads a line of the memory file (see WriteTo); it refuses
// an unknown key.
func (e *MemoryEntry) UnmarshalJSON(b []byte) error {
	var j struct {
		Name      *string       `json:"name"`
		Surname   *string       `json:"surname"`
		Of        *string       `json:"of"`
		Countries []countryJSON `json:"countries"`
		Others    int           `json:"others"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	*e = MemoryEntry{Others: j.Others}
	switch {
	case j.Name != nil && j.Surname != nil:
		return errors.New(`"name" and "surname" on one line: give one`)
	case j.Name != nil:
		if j.Of != nil {
			return errors.New(`"of" belongs to a surname's line`)
		}
		e.Name = *j.Name
	case j.Surname != nil:
		e.Name, e.Surname = *j.Surname, true
		if j.Of != nil {
			e.Of = *j.Of
		}
	default:
		return errors.New(`no "name" or "surname"`)
	}
	for _, c := range j.Countries {
		e.Countries = append(e.Countries, MemoryCountry(c))
	}
	return nil
}

// checkEntry says which field of e is wrong, and why, or returns nil.
func checkEntry(e MemoryEntry) (string, error) {
	field := "name"
	if e.Surname {
		field = "surname"
	}
	words := len(strings.Fields(memKey(e.Name)))
	switch {
	case words == 0:
		return field, errors.New("empty")
	case e.Surname && words != 1:
		return field, fmt.Errorf("%q: a surname is one word", e.Name)
	case !e.Surname && words < 2:
		return field, fmt.Errorf("%q: a name is two words or more (one word is a surname entry)", e.Name)
	case e.Surname && e.Of != "" && !strings.HasSuffix(memKey(e.Of), " "+memKey(e.Name)):
		return "of", fmt.Errorf("%q does not end with the surname %q", e.Of, e.Name)
	case e.Others < 0:
		return "others", fmt.Errorf("%d: negative", e.Others)
	case len(e.Countries) > maxMemoryCountries:
		return "countries", fmt.Errorf("%d countries: at most %d (count the rest in \"others\")", len(e.Countries), maxMemoryCountries)
	}
	seen := map[string]bool{}
	for i, c := range e.Countries {
		f := fmt.Sprintf("countries[%d]", i)
		if len(c.Country) != 2 || c.Country[0] < 'A' || c.Country[0] > 'Z' || c.Country[1] < 'A' || c.Country[1] > 'Z' {
			return f + ".country", fmt.Errorf("%q: want an ISO 3166-1 alpha-2 code in upper case", c.Country)
		}
		if seen[c.Country] {
			return f + ".country", fmt.Errorf("%s given twice", c.Country)
		}
		seen[c.Country] = true
		if c.Articles < 1 {
			return f + ".articles", fmt.Errorf("%d: want 1 or more", c.Articles)
		}
	}
	return "", nil
}

// WriteTo writes what m holds in its file format, JSON Lines: a first line
// {"readout_memory": 1}, then one entry a line, the least recently stated
// first, so that reading the file rebuilds the same memory. A name's line
// is
//
//	{"name":"Marco Rubio","countries":[{"country":"US","articles":12,"from":"d020"}]}
//
// (the name as first written, and per country the number of articles that
// stated it and the smallest of their ids), a surname's
//
//	{"surname":"Rubio","of":"Marco Rubio","countries":[...]}
//
// with "of": null when the surname was seen in two people's names;
// "others" counts statements of countries beyond the 8 kept.
func (m *Memory) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	n, err := bw.WriteString(memoryHeader + "\n")
	total := int64(n)
	if err != nil {
		return total, err
	}
	for _, e := range m.Entries() {
		b, err := json.Marshal(e)
		if err != nil {
			return total, err
		}
		b = append(b, '\n')
		n, err := bw.Write(b)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, bw.Flush()
}

// SaveFile writes m to the file at path (see WriteTo), through a temporary
// file in the same folder renamed over it, so that a crash leaves the old
// file or the new one, never half of one.
func (m *Memory) SaveFile(path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing to remove
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.Rename(f.Name(), path)
}

// ReadMemory reads a memory in the format of WriteTo; name names the source
// in errors, usually the file name. Every error wraps ErrBadMemory and
// names the line and field at fault: "mem.jsonl:3: countries[0].country:
// "pk": want an ISO 3166-1 alpha-2 code in upper case". Entries beyond the
// limit forget the earliest ones, as Add does.
func ReadMemory(r io.Reader, name string, opts ...MemoryOption) (*Memory, error) {
	m := NewMemory(opts...)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	header := false
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if !header {
			var h struct {
				Version *int `json:"readout_memory"`
			}
			if json.Unmarshal(b, &h) != nil || h.Version == nil {
				return nil, fmt.Errorf("%w: %s:%d: not a Readout memory file (want a first line %s)", ErrBadMemory, name, line, memoryHeader)
			}
			if *h.Version != 1 {
				return nil, fmt.Errorf("%w: %s:%d: readout_memory %d: this version reads version 1", ErrBadMemory, name, line, *h.Version)
			}
			header = true
			continue
		}
		var e MemoryEntry
		if err := json.Unmarshal(b, &e); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %s", ErrBadMemory, name, line, strings.TrimPrefix(err.Error(), "json: "))
		}
		if field, err := checkEntry(e); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %s: %v", ErrBadMemory, name, line, field, err)
		}
		m.Add(e) // checked: cannot fail
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadMemory, name, err)
	}
	if !header {
		return nil, fmt.Errorf("%w: %s: empty (want a first line %s)", ErrBadMemory, name, memoryHeader)
	}
	return m, nil
}

// LoadMemoryFile reads the memory saved in the file at path (see
// ReadMemory). A missing file is an error that wraps fs.ErrNotExist too, so
// that a caller can start from NewMemory on a first run.
func LoadMemoryFile(path string, opts ...MemoryOption) (*Memory, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadMemory, err)
	}
	defer f.Close()
	return ReadMemory(f, path, opts...)
}
