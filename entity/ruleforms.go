package entity

// The forms of the country rule table's names and slots, read by hand
// rather than by regular expressions, which every process compiled at its
// start and New ran on every rule (TestRuleForms checks the two agree).

// isWindowName reports whether s is a window's (or a rule's or a pass's)
// name: a lower-case letter, then lower-case letters and hyphens
// (`^[a-z][a-z-]*$`).
func isWindowName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// slotForm is a slot of a pattern split into its parts: "{Q~reach:placed}"
// is slot "Q", window "reach", flags ":placed".
type slotForm struct {
	slot, every, window, flags string
}

// parseSlot splits a slot, `^\{([PQC])(\*)?(?:~([a-z][a-z-]*))?((?::[a-z]+)*)\}$`:
// its letter, "*" or "", its window's name or "", and its flags, each
// after a colon; ok is false when w is no slot.
func parseSlot(w string) (f slotForm, ok bool) {
	if len(w) < 3 || w[0] != '{' || w[len(w)-1] != '}' {
		return f, false
	}
	s := w[1 : len(w)-1]
	if c := s[0]; c != 'P' && c != 'Q' && c != 'C' {
		return f, false
	}
	f.slot, s = s[:1], s[1:]
	if len(s) > 0 && s[0] == '*' {
		f.every, s = s[:1], s[1:]
	}
	if len(s) > 0 && s[0] == '~' {
		i := 1
		for i < len(s) && s[i] != ':' {
			i++
		}
		if !isWindowName(s[1:i]) {
			return slotForm{}, false
		}
		f.window, s = s[1:i], s[i:]
	}
	// The flags: ":" and one lower-case letter or more, any number of times.
	for i := 0; i < len(s); {
		if s[i] != ':' {
			return slotForm{}, false
		}
		j := i + 1
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if j == i+1 {
			return slotForm{}, false
		}
		i = j
	}
	f.flags = s
	return f, true
}
