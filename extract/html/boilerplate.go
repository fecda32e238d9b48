package html

import (
	"context"

	"github.com/readout/readout/pipeline"
)

// Boilerplate is a line of the text that is not part of the article (a
// banner, byline, "Read more" link, sign-off or site chrome). The view shows
// it dimmed.
type Boilerplate struct {
	// Kind says why: "banner", "byline", "related", "sign-off" or "chrome".
	Kind string
	// Start and End are the line's byte offsets, without its line break.
	Start, End int
}

// FindBoilerplate returns the boilerplate lines of text, in order, as the
// extractor's parser marks them. It parses the text again (the Result does
// not carry these lines), so it costs about as much as tokenising it. It
// returns ctx's error if ctx ends first.
func FindBoilerplate(ctx context.Context, text string) ([]Boilerplate, error) {
	d, err := pipeline.Parse(ctx, text)
	if err != nil {
		return nil, err
	}
	out := make([]Boilerplate, 0, len(d.Boilerplate))
	for _, bp := range d.Boilerplate {
		out = append(out, Boilerplate{Kind: bp.Kind.String(), Start: bp.Start, End: bp.End})
	}
	return out, nil
}
