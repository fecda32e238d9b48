// Package entity is Readout's entity stage: it finds the people an article
// names, their offices and the countries they serve, the countries it refers
// to, and the place of its dateline.
//
// People are found from the text itself, never from a list of names: names
// after a chain of titles ("Pakistan’s Deputy Prime Minister and Foreign
// Minister, Senator Mohammad Ishaq Dar"), names in apposition ("Lena Vogt,
// Germany's foreign minister,"), capitalised runs that are no country, office,
// organisation or common word, and, with WithNER, prose's statistical model as
// one more signal. Every mention of one person is merged: the full name, the
// surname or first name alone ("Dar", "Wang"), title and surname ("NSA
// Waltz"), and office references ("the deputy prime minister") when one
// person of the article holds that office. A person's country is the country
// of their offices when the text states it, else the one the article points
// to (whom they meet, where they travel, whom they praise, the countries of
// their sentences, the article's home country).
//
// Countries are found by name, short form, demonym, capital or seat of
// government ("the Kremlin"), from a gazetteer of every ISO 3166-1 country;
// phrases that only look like one ("Latin American", "USSM") are not. Offices
// are canonicalised to the names of SCHEMA.md through a table of titles and
// abbreviations; ranks and honorifics are not offices.
//
// The knowledge tables are embedded TSV files under data/, one entry a line.
// Nothing in a boilerplate line (banner, byline, related headline, sign-off)
// counts. Spans are byte offsets into the Doc's text; mentions also give their
// token range. A Stage is immutable and safe for concurrent use on different
// Docs; New compiles the tables once per process.
package entity
