package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The runs pass: boilerplate that is a run of lines rather than one line.

const (
	// listMax is how many lines a list heading takes at most.
	listMax = 40
	// footerMax is the most lines a footer heading takes, to the end of the text.
	footerMax = 10
	// tailList is the fewest lines of a list of other stories without a heading.
	tailList = 4
	// tailWords is the fewest words a line of such a list has on average.
	tailWords = 7
	// menuRun is the fewest short lines in a row that make a site menu.
	menuRun = 5
)

// markRuns marks the runs of lines that are boilerplate: what follows a
// heading of a list of other stories or of a footer, a list of headlines at
// the foot of the page, and a site menu.
func markRuns(text string, lines []line, headings []int) {
	for _, h := range headings {
		k := lines[h].boiler
		first := h + 1
		// "Latest News from" / "10 Downing Street": the heading goes on.
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(lines[h].In(text))), " from") &&
			first < len(lines) && countFieldsUpTo(lines[first].In(text), 7) <= 6 {
			lines[first].boiler = k
			first++
		}
		if k == Chrome && len(lines)-first <= footerMax {
			// A footer: "Legal Disclaimer:" and its text, to the end.
			for i := first; i < len(lines); i++ {
				lines[i].boiler = k
			}
			continue
		}
		// Headlines, each with the teaser right under it (no blank line
		// between); a line that is neither ends the list.
		afterHeadline := false
	list:
		for i := first; i < len(lines) && i < first+listMax; i++ {
			switch s := lines[i].In(text); {
			case isHeadlineLike(s):
				afterHeadline = true
			case afterHeadline && !lines[i].blankBefore:
				afterHeadline = false
			default:
				break list // the article goes on
			}
			lines[i].boiler = k
		}
	}
	markTailList(text, lines)
	markMenus(text, lines)
}

// markTailList marks a list of other stories at the foot of the page that has
// no heading: at least tailList lines to the end of the text, none of which
// ends as a sentence ends, each starting with a capital or a digit, of
// tailWords words on average, after a paragraph of the article ("Minister
// opens bridge", "LIMA: The minister opened the" ...). An article ends with a
// full stop, so its own last lines are not such a run; a date line ends the
// run upwards, and a list after a line that ends with a colon is the
// article's own.
func markTailList(text string, lines []line) {
	start := len(lines)
	for start > 0 {
		l := lines[start-1]
		s := strings.TrimSpace(l.In(text))
		if l.boiler != 0 || !isHeadlineLike(s) || !startsUpperOrDigit(s) || strings.HasSuffix(s, ":") ||
			dateLine(s, 0).date != "" {
			break
		}
		start--
	}
	if len(lines)-start < tailList {
		return
	}
	if start > 0 && strings.HasSuffix(strings.TrimSpace(lines[start-1].In(text)), ":") {
		// "The agreements signed were:" introduces the article's own list.
		return
	}
	words := 0
	for _, l := range lines[start:] {
		words += countFields(l.In(text))
	}
	if words < tailWords*(len(lines)-start) {
		// Headlines and teasers are long; a list of names or items is not.
		return
	}
	body := false
	for _, l := range lines[:start] {
		body = body || l.boiler == 0 && isBodyParagraph(l.In(text))
	}
	if !body {
		return
	}
	for i := start; i < len(lines); i++ {
		lines[i].boiler = StoryList
	}
}

// markMenus marks runs of at least menuRun short lines (three words or
// fewer, no sentence's end, no digit) as a site menu, when at least two of
// them are menu words of data/boilerplate.txt ("Home", "World", "Sport"):
// a list of names is not a menu.
func markMenus(text string, lines []line) {
	run, known := 0, 0
	for i := 0; i <= len(lines); i++ {
		if i < len(lines) && (lines[i].boiler == 0 || lines[i].boiler == Chrome) && isMenuItem(lines[i].In(text)) {
			run++
			if lines[i].boiler == Chrome {
				known++
			}
			continue
		}
		if run >= menuRun && known >= 2 {
			for k := i - run; k < i; k++ {
				lines[k].boiler = Chrome
			}
		}
		run, known = 0, 0
	}
}

func isMenuItem(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return false
	}
	return countFieldsUpTo(s, 4) <= 3 && !endsSentenceText(s) && !strings.ContainsAny(s, "0123456789")
}

// isHeadlineLike reports whether a line reads as a headline: at most 25
// words, not ending as a sentence ends, or cut short ("against Imran...").
func isHeadlineLike(s string) bool {
	s = strings.TrimSpace(s)
	cut := strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
	// The last rune before the words: a paragraph that ends as a sentence
	// ends is no headline, however few its words.
	return s != "" && (cut || !endsSentenceText(s)) && countFieldsUpTo(s, 26) <= 25
}

// endsSentenceText reports whether s ends with a sentence's final mark.
func endsSentenceText(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?\"”’'…;", r)
}

func startsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

var (
	// creditLineRE is a photo credit alone on a line: "Chris Lee/The Harbour
	// Press", "Ana Ruiz / AFP".
	creditLineRE = lazyRegexp(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} ?/ ?(?:The )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}$`)
	// handleCreditRE is a credit at the end of a caption, to a social-media
	// account or a file picture: "... met the envoy. X/@MinistryOfSea",
	// "... of the coalition. — Ministry website/File".
	handleCreditRE = lazyRegexp(`(?:\s\S*/@\w+|/ ?File)\s*$`)
)

// isCreditLine reports whether a line is a photo credit, or a caption that
// ends with one. The regular expressions run only on lines that can match.
func isCreditLine(s string) bool {
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		return false
	}
	if len(s) <= 80 && creditLineRE().MatchString(s) {
		return true
	}
	tail := s[max(0, strings.LastIndexAny(s, " \t")):]
	return strings.Contains(tail, "/@") && handleCreditRE().MatchString(tail) ||
		strings.Contains(s[max(0, len(s)-8):], "File") && handleCreditRE().MatchString(s[max(0, len(s)-8):])
}
