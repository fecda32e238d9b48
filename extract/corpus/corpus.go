package corpus

import (
	"cmp"
	"slices"

	"github.com/readout/readout/extract"
)

// Corpus gathers articles for a Summary. The zero value is an empty corpus,
// ready to use. It keeps a few fields per engagement, never the Results.
type Corpus struct {
	articles []article
	names    map[string]string // country code -> name
}

type article struct {
	Article
	events []event
	// people: the country and offices each engaged person has here.
	people map[string]personHere
}

type event struct {
	index                      int
	date, typ, when, initiator string
	participants, countries    []string
	evidenceStart, evidenceEnd int
}

type personHere struct {
	country string
	offices []string
}

// Add adds one article: its id, the address of its page ("" for none), and
// its result, or the error that stopped its extraction (r is then ignored
// and may be nil).
func (c *Corpus) Add(id, href string, r *extract.Result, err error) {
	a := article{Article: Article{ID: id, Href: href}}
	if err != nil || r == nil {
		if err != nil {
			a.Err = err.Error()
		} else {
			a.Err = "no result"
		}
		c.articles = append(c.articles, a)
		return
	}
	if c.names == nil {
		c.names = map[string]string{}
	}
	for _, ct := range r.Countries {
		if _, ok := c.names[ct.Code]; !ok && ct.Name != "" {
			c.names[ct.Code] = ct.Name
		}
	}
	a.Published = ""
	if validDate(r.Published) {
		a.Published = r.Published
	}
	a.People, a.Events = len(r.People), len(r.Events)
	for _, k := range TopicKeys(r) {
		a.Topics = append(a.Topics, k.Topic)
	}
	a.people = map[string]personHere{}
	for i := range r.Events {
		e := &r.Events[i]
		a.events = append(a.events, event{
			index: i, date: EventDate(r, e), typ: e.Type, when: e.When, initiator: e.Initiator,
			participants: slices.Clone(e.Participants), countries: Countries(r, e),
			evidenceStart: e.Evidence.Start, evidenceEnd: e.Evidence.End,
		})
		for _, name := range e.Participants {
			if _, ok := a.people[name]; ok {
				continue
			}
			var here personHere
			if p := r.Person(name); p != nil {
				here.country = p.Country
				for _, o := range p.Offices {
					if !slices.Contains(here.offices, o.Title) {
						here.offices = append(here.offices, o.Title)
					}
				}
			}
			a.people[name] = here
		}
	}
	c.articles = append(c.articles, a)
}

// Len returns the number of articles added.
func (c *Corpus) Len() int { return len(c.articles) }

// Summary is a corpus's figures. Its lists are sorted as each field says,
// ties broken by name, so that a corpus gives the same Summary whatever the
// order its articles were added in (Articles of the same id aside).
type Summary struct {
	// Articles are every article added, by ID (articles of one ID in the
	// order they were added).
	Articles []Article
	// Failed is the number of articles whose extraction failed.
	Failed int
	// Engagements are every event of every article: by day, those with no
	// day last, then by article and by the event's order in it.
	Engagements []Engagement
	// People are the people who take part in an engagement, most engaged
	// first (then by number of articles, then by name).
	People []Person
	// Pairs are the pairs of countries that engage, most engagements first.
	Pairs []PairCount
	// Days are the days with an engagement, in order.
	Days []Day
	// Undated is the number of engagements with no day.
	Undated int
	// Topics are the articles per week and topic, by week (articles with no
	// publication date first, under Week "") and topic.
	Topics []TopicCount
	// Countries are the names of the countries of Pairs and People, by code,
	// as the articles give them (countries[].name).
	Countries []Country
}

// Article is one article of a Summary.
type Article struct {
	// ID is the article's id; Href the address of its page ("" for none).
	ID, Href string
	// Published is its valid publication date, or "".
	Published string
	// People and Events are the numbers of people and engagements found.
	People, Events int
	// Topics are its topics' labels, in the order of its result.
	Topics []string
	// Err is the error that stopped its extraction, or "".
	Err string
}

// Engagement is one event of one article, in the compact table of a Summary.
type Engagement struct {
	// Article is the index of its article in Summary.Articles; Event the
	// index of the event in that article's Result.Events.
	Article, Event int
	// Date is EventDate's, "" for none; When the day as the text words it.
	Date, When string
	// Type is the event's type: "call", "meeting" or "letter".
	Type string
	// Initiator is the index of the initiator in Summary.People, or -1.
	Initiator int
	// People are the indices of the participants in Summary.People, in the
	// event's order (its participants are sorted by name).
	People []int
	// Countries are the participants' distinct countries (Countries).
	Countries []string
	// Pairs are the indices of its pairs of countries in Summary.Pairs.
	Pairs []int
	// Evidence is the span of the sentence that states it, in the article.
	Evidence extract.Span
}

// Person is a person who takes part in engagements, by name across articles.
type Person struct {
	Name string
	// Country is the country most of the person's articles give them
	// (ties: the first code in order), "" when none does.
	Country string
	// Offices are the titles the articles give them, the most frequent
	// first (ties by title).
	Offices []string
	// Engagements is the number of engagements they take part in; Articles
	// the number of articles that report one of them.
	Engagements, Articles int
}

// PairCount is a pair of countries and the engagements between them.
type PairCount struct {
	Pair
	Engagements int
}

// Day is a day and its engagements by type. Other counts those of a type
// that is none of the three (only a hand-written result has one).
type Day struct {
	Date                            string
	Calls, Meetings, Letters, Other int
}

// Total returns the day's engagements.
func (d Day) Total() int { return d.Calls + d.Meetings + d.Letters + d.Other }

// TopicCount is the number of articles of one topic in one week.
type TopicCount struct {
	// Week is TopicWeek's: the Monday of the week, or "" for articles with
	// no publication date.
	Week, Topic string
	Articles    int
}

// Country is a country's code and name.
type Country struct {
	Code, Name string
}

// Summary returns the corpus's figures. It may be called again after more
// articles are added.
func (c *Corpus) Summary() *Summary {
	s := &Summary{Articles: make([]Article, 0, len(c.articles))}
	order := make([]int, len(c.articles))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(c.articles[x].ID, c.articles[y].ID) })

	type personAcc struct {
		engagements int
		articles    int
		countries   map[string]int
		offices     map[string]int
	}
	people := map[string]*personAcc{}
	pairs := map[Pair]int{}
	days := map[string]*Day{}
	topics := map[TopicKey]int{}
	for ai, i := range order {
		a := &c.articles[i]
		s.Articles = append(s.Articles, a.Article)
		if a.Err != "" {
			s.Failed++
			continue
		}
		week := Week(a.Published)
		for _, t := range a.Topics {
			topics[TopicKey{Week: week, Topic: t}]++
		}
		for name, here := range a.people {
			p := people[name]
			if p == nil {
				p = &personAcc{countries: map[string]int{}, offices: map[string]int{}}
				people[name] = p
			}
			p.articles++
			if here.country != "" {
				p.countries[here.country]++
			}
			for _, o := range here.offices {
				p.offices[o]++
			}
		}
		for _, e := range a.events {
			for _, name := range e.participants {
				people[name].engagements++
			}
			for _, pr := range pairsOf(e.countries) {
				pairs[pr]++
			}
			if e.date == "" {
				s.Undated++
			} else {
				d := days[e.date]
				if d == nil {
					d = &Day{Date: e.date}
					days[e.date] = d
				}
				switch e.typ {
				case extract.Call:
					d.Calls++
				case extract.Meeting:
					d.Meetings++
				case extract.Letter:
					d.Letters++
				default:
					d.Other++
				}
			}
			s.Engagements = append(s.Engagements, Engagement{
				Article: ai, Event: e.index, Date: e.date, When: e.when, Type: e.typ,
				Countries: e.countries, Evidence: extract.Span{Start: e.evidenceStart, End: e.evidenceEnd},
				// People, Initiator and Pairs are indices, set below.
				Initiator: -1,
			})
		}
	}

	// People, most engaged first.
	index := map[string]int{}
	for name, p := range people {
		s.People = append(s.People, Person{Name: name, Country: mostFrequent(p.countries),
			Offices: byFrequency(p.offices), Engagements: p.engagements, Articles: p.articles})
	}
	slices.SortFunc(s.People, func(x, y Person) int {
		return cmp.Or(cmp.Compare(y.Engagements, x.Engagements), cmp.Compare(y.Articles, x.Articles), cmp.Compare(x.Name, y.Name))
	})
	for i, p := range s.People {
		index[p.Name] = i
	}
	// Pairs, most engaged first.
	for pr, n := range pairs {
		s.Pairs = append(s.Pairs, PairCount{Pair: pr, Engagements: n})
	}
	slices.SortFunc(s.Pairs, func(x, y PairCount) int {
		return cmp.Or(cmp.Compare(y.Engagements, x.Engagements), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	pairIndex := map[Pair]int{}
	for i, pr := range s.Pairs {
		pairIndex[pr.Pair] = i
	}
	// The engagements' indices, now that the tables are sorted.
	n := 0
	for _, i := range order {
		a := &c.articles[i]
		if a.Err != "" {
			continue
		}
		for _, e := range a.events {
			g := &s.Engagements[n]
			n++
			for _, name := range e.participants {
				g.People = append(g.People, index[name])
			}
			if j, ok := index[e.initiator]; ok && e.initiator != "" {
				g.Initiator = j
			}
			for _, pr := range pairsOf(e.countries) {
				g.Pairs = append(g.Pairs, pairIndex[pr])
			}
		}
	}
	slices.SortStableFunc(s.Engagements, func(x, y Engagement) int {
		if (x.Date == "") != (y.Date == "") {
			if x.Date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.Article, y.Article), cmp.Compare(x.Event, y.Event))
	})

	for _, d := range days {
		s.Days = append(s.Days, *d)
	}
	slices.SortFunc(s.Days, func(x, y Day) int { return cmp.Compare(x.Date, y.Date) })
	for k, n := range topics {
		s.Topics = append(s.Topics, TopicCount{Week: k.Week, Topic: k.Topic, Articles: n})
	}
	slices.SortFunc(s.Topics, func(x, y TopicCount) int {
		return cmp.Or(cmp.Compare(x.Week, y.Week), cmp.Compare(x.Topic, y.Topic))
	})

	// The names of the countries the tables show.
	codes := map[string]bool{}
	for _, pr := range s.Pairs {
		codes[pr.A], codes[pr.B] = true, true
	}
	for _, p := range s.People {
		if p.Country != "" {
			codes[p.Country] = true
		}
	}
	for code := range codes {
		s.Countries = append(s.Countries, Country{Code: code, Name: cmp.Or(c.names[code], code)})
	}
	slices.SortFunc(s.Countries, func(x, y Country) int { return cmp.Compare(x.Code, y.Code) })
	return s
}

// mostFrequent returns the key with the highest count, the first in order
// among equals, or "" for none.
func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// byFrequency returns the keys, the highest count first, ties in order.
func byFrequency(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y string) int { return cmp.Or(cmp.Compare(m[y], m[x]), cmp.Compare(x, y)) })
	return keys
}
