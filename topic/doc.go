// Package topic is Readout's topics stage: it tells which subjects of a
// taxonomy an article discusses, with a score and the sentences that show it.
//
// A Taxonomy is a set of labels. Each label is defined by weighted terms
// (words or phrases), by groups of terms that must occur in the same sentence
// for a term to count, by terms that rule a term's match out, and by a
// threshold. By default terms and text are compared by their snowball
// English stems, so "terrorists", "terrorism" and "counter-terrorism" meet
// "terror"; a term may instead ask for its word and its inflections, or for
// the exact word (see match below). A phrase
// matches consecutive words whatever their case and across joining hyphens,
// and a hyphenated word also meets the same letters written as one word
// ("counter-terrorism", "counter terrorism" and "counterterrorism" are
// alike). Boilerplate sentences (banners, bylines, "Read More:" lines) are
// never read.
//
// Default returns the built-in taxonomy, with the labels counterterrorism,
// trade, minerals and afghanistan_equipment. Parse and LoadFile read a
// user's taxonomy; Merge puts taxonomies side by side. NewStage makes the
// pipeline stage, named "topics", that stores a Doc's []Match, read back with
// From.
//
// # File format
//
// A taxonomy file is a JSON object. Unknown fields are errors.
//
//	{
//	  "threshold": 0.5,
//	  "labels": [
//	    {
//	      "label": "minerals",
//	      "description": "minerals and mining",
//	      "threshold": 0.5,
//	      "terms": [
//	        {"text": "minerals", "weight": 1},
//	        {"text": "rare earth"},
//	        {"text": "mining", "weight": 0.8, "match": "exact"},
//	        {"text": "smelter", "weight": 0.8, "match": "word"},
//	        {"text": "lithium", "weight": 0.6, "requires": [["battery", "mine"]]}
//	      ],
//	      "requires": [],
//	      "excludes": ["mineral water", "data mining"],
//	      "context": []
//	    }
//	  ]
//	}
//
// The fields:
//
//   - threshold (optional, in (0, 1], default 0.5): the threshold of every
//     label that gives none.
//   - labels: the labels, at least one, in the order Labels reports them.
//   - label: the label's name, not empty, unique in the file (and among
//     merged taxonomies).
//   - description (optional): free text.
//   - threshold (optional, in (0, 1]): the least score at which the label is
//     listed.
//   - terms: at least one term. text is a word or phrase; weight (optional,
//     in (0, 1], default 1) is what a sentence holding it adds; match
//     (optional) says how the term meets the text's words, always in lower
//     case: "stem" (the default) meets every word with the same snowball stem
//     ("renewable" meets "renewables" but also "renewed" and "renewal");
//     "word" meets the word as written and its regular inflections, -s/-es,
//     -ed and -ing ("renewable" meets "renewables", not "renewed"; in a
//     phrase only the last word is inflected), so write the term in its
//     plain form; "exact" meets the word as written and nothing else
//     ("imports" meets neither "import" nor "importance"). Pick "word" when
//     the stem is shared by words of another meaning. exact: true is the
//     older spelling of "match": "exact". A term's own requires and excludes
//     add to the label's.
//   - requires (optional): groups of terms; a term counts in a sentence only
//     if, for every group, one of the group's terms occurs in that sentence.
//     A group must not be empty.
//   - excludes (optional): terms that veto a term's match they overlap:
//     "mineral water" vetoes "minerals" there, and only there.
//   - context (optional): terms of which one must occur somewhere in the
//     article (outside boilerplate) for the label to be listed at all.
//
// Every error of Parse and LoadFile wraps ErrBadTaxonomy and names the file
// and the field at fault: "my.json: labels[2].terms[0].weight: 1.5 outside
// (0, 1]".
//
// # Scores
//
// Each sentence outside boilerplate that holds at least one term of a label
// (with its requirements met and not vetoed) is evidence; it weighs the sum of
// the weights of the label's distinct terms it holds, at most 1. A label's
// score is 1 - exp(-w), w the sum over its evidence, rounded to two
// decimals; one sentence with a term of weight 1 scores 0.63.
//
// # Offsets and concurrency
//
// Evidence spans are half-open byte offsets into Doc.Text and cover whole
// sentences, as pipeline.Sentence does. A Taxonomy is immutable once built and
// safe for concurrent use; so is the stage, on different Docs.
package topic
