package entity

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/pipeline"
)

// handLayer builds an analysis of a text whose layers are marked by hand,
// as the matchers read them, with no pass run: "[Ana Silva]" is a person's
// name, "<PE:Peruvian>" a country phrase of Peru, "{Foreign Minister}" an
// office title (of the tables, as written). The text without the marks is
// the document's.
func handLayer(t *testing.T, marked string) *analysis {
	t.Helper()
	type mark struct {
		open       byte
		start, end int // bytes of the plain text
		code       string
	}
	var plain strings.Builder
	var marks []mark
	var open []int // indexes in marks of the marks still open
	for i := 0; i < len(marked); i++ {
		switch c := marked[i]; c {
		case '[', '<', '{':
			m := mark{open: c, start: plain.Len()}
			if c == '<' {
				code, _, ok := strings.Cut(marked[i+1:], ":")
				if !ok {
					t.Fatalf("%q: a country mark without its code", marked)
				}
				m.code = code
				i += len(code) + 1
			}
			open = append(open, len(marks))
			marks = append(marks, m)
		case ']', '>', '}':
			if len(open) == 0 {
				t.Fatalf("%q: a mark closed that was not open", marked)
			}
			marks[open[len(open)-1]].end = plain.Len()
			open = open[:len(open)-1]
		default:
			plain.WriteByte(c)
		}
	}
	d, err := pipeline.Parse(context.Background(), plain.String())
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalysis(newStage(t), d)
	for _, m := range marks {
		first, end := -1, -1
		for k, tok := range a.toks {
			if tok.Start >= m.start && tok.End <= m.end {
				if first < 0 {
					first = k
				}
				end = k + 1
			}
		}
		if first < 0 {
			t.Fatalf("%q: a mark holds no token", marked)
		}
		switch m.open {
		case '[':
			for k := first; k < end; k++ {
				a.nameTok[k], a.claimed[k] = true, true
			}
		case '<':
			c, ok := a.t.byCode[m.code]
			if !ok {
				t.Fatalf("%q: no country %q", marked, m.code)
			}
			for k := first; k < end; k++ {
				a.country[k] = len(a.cms)
			}
			a.cms = append(a.cms, cmention{first: first, end: end, ref: countryRef{country: c, kind: refName}})
		case '{':
			// The office of the tables that a word of the mark opens:
			// "Deputy" is a modifier of "Treasury Secretary".
			v, ok := 0, false
			for k := first; k < end && !ok; k++ {
				if v, _, ok = a.t.officePhr.match(a.toks, k, lower, false); !ok {
					v, _, ok = a.t.officeExact.match(a.toks, k, norm, false)
				}
			}
			if !ok {
				t.Fatalf("%q: no office of the tables in %q", marked, a.d.Text[a.toks[first].Start:a.toks[end-1].End])
			}
			title := a.d.Text[a.toks[first].Start:a.toks[end-1].End]
			if a.t.offices[v].Kind == officeRank {
				title = ""
			}
			for k := first; k < end; k++ {
				a.office[k] = len(a.oms)
			}
			a.oms = append(a.oms, omention{first: first, end: end, office: v, title: title})
		}
	}
	return a
}

// tokenAt returns the index of the first token whose text is word.
func tokenAt(t *testing.T, a *analysis, word string) int {
	t.Helper()
	for k, tok := range a.toks {
		if tok.Text == word {
			return k
		}
	}
	t.Fatalf("no token %q", word)
	return -1
}

// proposed writes a proposal as the tests compare it: the mention's text,
// then "name=", "acronym=", "country=", "fallback=", "office=" and
// "stateless" where set; "none" for no proposal.
func proposed(a *analysis, p orgProposal, ok bool) string {
	if !ok {
		return "none"
	}
	s := a.d.Text[a.toks[p.first].Start:a.toks[p.end-1].End]
	name := strings.Join(p.name, " ")
	if p.name == nil {
		name = strings.Join(a.spanWords(p.nameFirst, p.end), " ")
	}
	for _, f := range [][2]string{{"name", name}, {"acronym", p.acronym},
		{"country", p.country}, {"fallback", p.fallback}, {"office", p.office}} {
		if f[1] != "" && (f[0] != "name" || f[1] != s) {
			s += " " + f[0] + "=" + f[1]
		}
	}
	if p.stateless {
		s += " stateless"
	}
	return s
}

type matcherCase struct {
	name, text, at, want string
}

// runMatcher runs a matcher alone on each case's hand-built layer, at the
// case's word.
func runMatcher(t *testing.T, cases []matcherCase, match func(*orgMatcher, int) (orgProposal, bool)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := handLayer(t, c.text)
			defer a.release()
			m := newOrgMatcher(a)
			p, ok := match(&m, tokenAt(t, a, c.at))
			if diff := cmp.Diff(c.want, proposed(a, p, ok)); diff != "" {
				t.Errorf("%q at %q (-want +got):\n%s", c.text, c.at, diff)
			}
		})
	}
}

func TestKnownBody(t *testing.T) {
	runMatcher(t, []matcherCase{
		{"a body by acronym", "Officials of the IMF met.", "IMF", "IMF acronym=IMF stateless"},
		{"a body by name, with the table's country and no acronym the text gives", "The Press Trust of India said so.", "Press", "Press Trust of India country=IN"},
		{"an acronym written with full stops", "Officials of the U.N. met.", "U.N.", "U.N. acronym=UN stateless"},
		{"an agency's credit", "Oslo, May 2 (Reuters) Talks began.", "Reuters", "none"},
		{"a person's name ends it", "[Hamas Ruiz] spoke.", "Hamas", "none"},
		{"no body of the tables", "The Tarrant Board met.", "Tarrant", "none"},
	}, (*orgMatcher).knownBody)
}

func TestOfficeBodyMatcher(t *testing.T) {
	runMatcher(t, []matcherCase{
		{"office of the title", "Officials at the Office of the {Prime Minister} said so.", "Office",
			"Office of the Prime Minister office=Prime Minister"},
		{"the title's office, with the dateline's country", "LIMA: The {Prime Minister}'s Office said so.", "Prime",
			"Prime Minister's Office fallback=PE office=Prime Minister"},
		{"its acronym", "Staff of the Office of the {National Security Adviser} (ONSA) met.", "Office",
			"Office of the National Security Adviser acronym=ONSA office=National Security Adviser"},
		{"another country near: no dateline's", "LIMA: <CL:Chile>'s {Prime Minister}'s Office said so.", "Prime",
			"Prime Minister's Office office=Prime Minister"},
		{"a name after the title", "The Office of the {Spokesperson} [Ana Ruiz] said so.", "Office", "none"},
		{"a title's office in lower case", "He called at the {Prime Minister}'s office.", "Prime", "none"},
	}, (*orgMatcher).officeBody)
}

func TestAcronymRun(t *testing.T) {
	runMatcher(t, []matcherCase{
		{"a run its acronym spells, with the country it opens with", "A deal with <CL:Chile> Copper Holdings (CCH) was signed.", "Chile",
			"Chile Copper Holdings acronym=CCH country=CL"},
		{"fillers the acronym does not spell", "Loans from the Bank of Tarrant Lending (BTL) rose.", "Bank",
			"Bank of Tarrant Lending acronym=BTL"},
		{"a run that goes on before the first letter", "They met Grand Tarrant Lending Partners (TLP) staff.", "Tarrant", "none"},
		{"a place", "He landed at Tarrant International Airport (TIA) at noon.", "Tarrant", "none"},
		{"an agreement", "They signed the Tarrant Economic Partnership Agreement (TEPA).", "Tarrant", "none"},
		{"an office", "He met {National Security Adviser} (NSA) staff.", "National", "none"},
		{"letters that spell no run", "They met Tarrant Lending Partners (XYZ) staff.", "Tarrant", "none"},
	}, (*orgMatcher).acronymRun)
}

func TestHeadRun(t *testing.T) {
	runMatcher(t, []matcherCase{
		{"a country opens the name", "The <SA:Saudi> Press Agency reported it.", "Saudi", "Saudi Press Agency country=SA"},
		{"a possessive country is no part of the name", "Then <KE:Kenya>'s Foreign Office agreed.", "Kenya",
			"Kenya's Foreign Office name=Foreign Office country=KE"},
		{"a complement with a country", "He met the Embassy of <GH:Ghana> on Friday.", "Embassy", "Embassy of Ghana country=GH"},
		{"a complement ending with a plural", "He joined the House of Elders on Friday.", "House", "House of Elders"},
		{"two bodies joined by 'and the'", "The Tarrant Press Agency and the Ministry of Energy met.", "Tarrant", "Tarrant Press Agency"},
		{"a name before 'of' is no body's", "Officials of the Board met.", "Officials", "none"},
		{"a person's name runs into no body", "Minister Tomas Varga Foreign Ministry staff met.", "Tomas", "none"},
		{"a title before the body is no part of it", "Then {Chairman} Tarrant Port Authority [Ali Khan] said so.", "Chairman",
			"Tarrant Port Authority"},
		{"a title and a lone head word", "Then <PK:Pakistan>'s {PM} Office said so.", "Pakistan", "none"},
		{"a title's complement opens no run", "The {Director-General of the National Intelligence Bureau} met them.", "Director", "none"},
		{"the body in a title's complement", "The {Director-General of the National Intelligence Bureau} met them.", "National",
			"National Intelligence Bureau"},
		{"a title's modifier is no body's word", "He met {Deputy Treasury Secretary} [Ann Lowe].", "Deputy", "none"},
		{"a body's name ends before a title", "The <US:US> Department of State {Counselor} [Derek Holt] spoke.", "US",
			"US Department of State country=US"},
		{"an international body", "He addressed the European Parliament on Monday.", "European", "European Parliament stateless"},
		{"a body of two countries", "The <NO:Norway>–<GH:Ghana> Joint Trade Commission met.", "Norway",
			"Norway–Ghana Joint Trade Commission stateless"},
		{"a national body takes the dateline's country", "LIMA: The Constitutional Court ruled on Monday.", "Constitutional",
			"Constitutional Court fallback=PE"},
		{"a company takes none", "LIMA: The Pacific Fishing Company met.", "Pacific", "Pacific Fishing Company"},
		{"another country near a national body", "LIMA: He spoke of <BO:Bolivia> and the Supreme Court in Sucre.", "Supreme", "Supreme Court"},
		{"one capitalised word", "Ministry officials said so.", "Ministry", "none"},
		{"its acronym", "Officials of the Federal Board of Levies (FBL) met.", "Federal", "Federal Board of Levies acronym=FBL"},
	}, (*orgMatcher).headRun)
}

func TestMayOpen(t *testing.T) {
	for _, c := range []struct {
		name, text, at string
		want           bool
	}{
		{"the start of a run", "They met the Northern Works Agency staff.", "Northern", true},
		{"inside a run", "They met the Northern Works Agency staff.", "Works", false},
		{"where a name gives way to English words", "Minister Ahmed Kamali Foreign Ministry staff met.", "Foreign", true},
		{"inside a title before its complement", "He arrived at {Prime Minister} House.", "Minister", false},
		{"no head word near", "They met the Tarrant Works people on Monday.", "Tarrant", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := handLayer(t, c.text)
			defer a.release()
			m := newOrgMatcher(a)
			if got := m.mayOpen(tokenAt(t, a, c.at)); got != c.want {
				t.Errorf("%q at %q: mayOpen = %v, want %v", c.text, c.at, got, c.want)
			}
		})
	}
}

// TestResolve runs the resolver alone on hand-built layers: which of the
// proposals at one token it takes, and how the book merges mentions.
func TestResolve(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // "Name|Acronym|Country|mentions"
	}{
		{"a longer head-word run wins over a body of the tables",
			"He spoke at the United Nations General Assembly.",
			[]string{"United Nations General Assembly|||1"}},
		{"a body of the tables wins over a run that ends with it",
			"He spoke at the United Nations on Monday.",
			[]string{"United Nations|||1"}},
		{"a head-word run that reads the acronym's words wins over the acronym's run, and later mentions of the acronym are its",
			"LIMA: The Federal Board of Levies (FBL) met. The FBL said so.",
			[]string{"Federal Board of Levies|FBL|PE|3"}},
		{"an acronym's run where no head word ends it",
			"They met Tarrant Lending Partners (TLP). The TLP agreed.",
			[]string{"Tarrant Lending Partners|TLP||3"}},
		{"a body's possessive gives the body after it its country",
			"The <CL:Chilean> Presidency's Office of Protocol met.",
			[]string{"Chilean Presidency||CL|1", "Office of Protocol||CL|1"}},
		{"a shorter form of a name found before is the same body",
			"The Joint Working Group met. The Working Group agreed.",
			[]string{"Joint Working Group|||2"}},
		{"'Ministry of X' and 'X Ministry' are one body",
			"The Ministry of Tourism met. The Tourism Ministry agreed.",
			[]string{"Ministry of Tourism|||2"}},
		{"two countries' mentions of one body give it none",
			"The <SA:Saudi> Foreign Ministry and the <IR:Iranian> Foreign Ministry met.",
			[]string{"Saudi Foreign Ministry||SA|2"}},
		{"an agency's credit is no mention",
			"(NEWSWIRE- Tarrant News Agency) OSLO, May 2. Talks began.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := handLayer(t, c.text)
			defer a.release()
			a.findOrganizations()
			var got []string
			for _, o := range a.orgs {
				got = append(got, strings.Join([]string{joinName(o.words), o.acronym, o.country, strconv.Itoa(len(o.mentions))}, "|"))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

// TestMayResolve: at every token of the seeds, of testdata's articles and
// of TestResolve's hand-built layers where mayResolve says no, resolve
// (asked there all the same, on the state the walk has reached) takes
// nothing: it returns the next token and adds no organisation or mention.
// The walk is findOrganizations's; a file's has the passes before it run,
// so that the layers it reads are the stage's.
func TestMayResolve(t *testing.T) {
	passed, orgs := 0, 0
	files := eachAnalysis(t, "organizations", func(path string, a *analysis) {
		p, o := checkMayResolve(t, path, a)
		passed, orgs = passed+p, orgs+o
	})
	for _, text := range []string{
		"They met Tarrant Lending Partners (TLP). The TLP agreed.",
		"They met Tarrant Lending Holdings (TLH). The TLH agreed.",
		"LIMA: The Federal Board of Levies (FBL) met. The FBL said so.",
		"The <CL:Chilean> Presidency's Office of Protocol met.",
		"He spoke at the United Nations on Monday.",
	} {
		a := handLayer(t, text)
		p, o := checkMayResolve(t, text, a)
		passed, orgs = passed+p, orgs+o
		a.release()
	}
	if passed == 0 || orgs == 0 {
		t.Errorf("%d tokens passed over, %d organisations: the test checks nothing", passed, orgs)
	}
	t.Logf("%d files: %d tokens passed over, %d organisations", files, passed, orgs)
}

// checkMayResolve walks a's tokens as findOrganizations does, and at each
// token mayResolve passes over asks resolve all the same: it fails the test
// where resolve would have done more. It returns the tokens passed over and
// the organisations found.
func checkMayResolve(t *testing.T, name string, a *analysis) (passed, orgs int) {
	t.Helper()
	mentions := func() int {
		n := 0
		for _, o := range a.orgs {
			n += len(o.mentions)
		}
		return n
	}
	r := orgResolver{a: a, m: newOrgMatcher(a), headAt: -1, book: orgBook{a: a, lastEnd: -1}}
	for i := 0; i < len(a.toks); {
		if r.mayResolve(i) {
			i = r.resolve(i)
			continue
		}
		passed++
		n, m := len(a.orgs), mentions()
		if next := r.resolve(i); next != i+1 || len(a.orgs) != n || mentions() != m {
			t.Errorf("%s: token %d %q: mayResolve says no, but resolve goes on at %d with %d -> %d organisations, %d -> %d mentions",
				name, i, a.toks[i].Text, next, n, len(a.orgs), m, mentions())
		}
		i++
	}
	return passed, len(a.orgs)
}
