package topic

import "strings"

// matchMode says how a term meets the words of a text. Words are compared in
// lower case in every mode.
type matchMode string

const (
	// matchStem meets every word with the term's snowball stem: "renewable"
	// meets "renewables", but also "renewed" and "renewal". The default.
	matchStem matchMode = "stem"
	// matchWord meets the word as written and its regular inflections
	// (-s/-es/-ies, -ed/-d/-ied, -ing, with a doubled final consonant):
	// "renewable" meets "renewables" and not "renewed"; "ban" meets "bans",
	// "banned" and "banning". Write the term in its plain form. In a phrase,
	// only the last word is inflected ("power plant" meets "power plants").
	matchWord matchMode = "word"
	// matchExact meets the word as written and nothing else: "imports" does
	// not meet "import". It is what "exact": true asks for.
	matchExact matchMode = "exact"
)

var matchModes = map[string]matchMode{"stem": matchStem, "word": matchWord, "exact": matchExact}

// inflections returns a lower-case word and its regular inflections. It
// over-generates ("renewwed") rather than miss one: a form that is not a
// word never occurs in a text.
func inflections(w string) []string {
	forms := []string{w}
	if !isLetters(w) || len(w) < 2 {
		return forms
	}
	last := w[len(w)-1]
	consonantY := last == 'y' && !isVowel(w[len(w)-2])
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		forms = append(forms, w+"es")
	case consonantY:
		forms = append(forms, w[:len(w)-1]+"ies")
	default:
		forms = append(forms, w+"s")
	}
	switch {
	case last == 'e':
		forms = append(forms, w+"d")
	case consonantY:
		forms = append(forms, w[:len(w)-1]+"ied")
	default:
		forms = append(forms, w+"ed")
	}
	switch {
	case strings.HasSuffix(w, "ie"):
		forms = append(forms, w[:len(w)-2]+"ying")
	case last == 'e' && !strings.HasSuffix(w, "ee"):
		forms = append(forms, w[:len(w)-1]+"ing")
	default:
		forms = append(forms, w+"ing")
	}
	// A final consonant after one vowel may double: "banned", "planning".
	if len(w) >= 3 && !isVowel(last) && !strings.ContainsRune("wxy", rune(last)) &&
		isVowel(w[len(w)-2]) && !isVowel(w[len(w)-3]) {
		forms = append(forms, w+string(last)+"ed", w+string(last)+"ing")
	}
	return forms
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
