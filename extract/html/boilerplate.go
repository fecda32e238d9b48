package html

import (
	"context"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// Boilerplate is a line of the text that is not part of the article (a
// banner, a byline, a "Read more" link, a sign-off, site chrome, a caption,
// a notice, a list of other stories, a script, a style or an HTML comment
// left in the text). The view shows it dimmed.
type Boilerplate struct {
	// Kind says why: "banner", "byline", "related", "sign-off", "chrome",
	// "caption", "notice", "story-list" or "markup" (pipeline.BoilerplateKind's
	// names).
	Kind string
	// Span is the line's byte offsets, without its line break (or the part
	// of a line that is markup, or that is not).
	extract.Span
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
		out = append(out, Boilerplate{Kind: bp.Kind.String(), Span: bp.Span})
	}
	return out, nil
}
