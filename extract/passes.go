package extract

import (
	"fmt"
	"strings"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract/internal/event"
)

// The stages whose passes WithoutPasses can turn off, as the prefix of a
// pass's name in Passes.
const (
	entityPasses = "entities:" // the entity stage's passes and country rules (entity.PassNames)
	eventRules   = "events:"   // the rules of the event stage's trigger table
)

// Passes returns the names of the passes and rules that WithoutPasses can
// turn off, in the order they run: "entities:NAME" for each pass of the
// entity stage and each rule of its country rule table (where its pass
// runs), then "events:NAME" for each rule of the event stage's trigger
// table.
func Passes() []string {
	var out []string
	for _, n := range entity.PassNames() {
		out = append(out, entityPasses+n)
	}
	rules, err := event.RuleNames()
	if err != nil {
		return out // the table is embedded and tested: New reports this too
	}
	for _, n := range rules {
		out = append(out, eventRules+n)
	}
	return out
}

// WithoutPasses turns off the named passes and rules (see Passes), to
// measure what each buys on a labelled set (examples/benchmark -ablate).
// The default Extractor runs them all, and a pass turned off costs
// nothing. An unknown name makes New fail with ErrBadOption.
func WithoutPasses(names ...string) Option {
	return option(func(c *config) error {
		for _, n := range names {
			switch {
			case strings.HasPrefix(n, entityPasses):
				c.noPasses = append(c.noPasses, strings.TrimPrefix(n, entityPasses))
			case strings.HasPrefix(n, eventRules):
				c.noRules = append(c.noRules, strings.TrimPrefix(n, eventRules))
			default:
				return fmt.Errorf("%w: WithoutPasses(%q): want %sNAME or %sNAME (see Passes)", ErrBadOption, n, entityPasses, eventRules)
			}
		}
		return nil
	})
}
