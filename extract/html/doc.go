// Package html renders an article and the extract.Result read from it as
// HTML, so that a person can see what Readout found: every person, country,
// organisation and dateline mention highlighted at its span (one colour per
// kind), topic evidence sentences marked with their labels, boilerplate lines
// dimmed, and above the text a summary of the dateline, date, people, topics
// and events. Selecting an event highlights the sentence that states it.
// A person's country that does not come from the article's own text is
// marked as such, in the tooltip ("from your known people (id Q1)", "from
// the corpus: article d7") and in the list of people ("known", "corpus").
//
// The output is self-contained: inline CSS, no external fonts, images or
// scripts. It works with scripts off (tooltips on hover and focus, and event
// selection through links to the evidence sentence); the inline script only
// adds the linking of one entity's mentions and the selection highlight.
//
// The article is untrusted input: all of it is escaped, and so is every
// string of the Result. Spans are byte offsets into the text, as in package
// extract; they may nest or overlap, and the renderer splits and reopens
// elements so that the HTML stays well formed. A span that is out of range
// or cuts a UTF-8 sequence is not drawn; invalid UTF-8 and NUL bytes are
// shown as U+FFFD. Rendering is linear in the text and the number of spans.
//
// A text of "" with a Result (a result read back from its JSON, its text not
// at hand) draws the page from the sentences the Result quotes, the evidence
// of its events and topics, with the same element ids.
//
// For many articles, WriteCorpus draws the page of a whole corpus from a
// corpus.Summary (package extract/corpus): engagements by day, pairs of
// countries, people, topics per week, each engagement linked to its
// article's page at its evidence sentence ("ro-sSTART-END", the id of that
// sentence's element on the article's page). Site writes a folder of them:
// the article pages, the corpus page as index.html, and the list of every
// article.
//
// The functions of this package keep no state and are safe for concurrent
// use; a Site is not.
package html
