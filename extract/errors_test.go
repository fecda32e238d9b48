package extract_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
)

// TestErrorsReadOnce: each layer adds its context once, so no message repeats
// a prefix.
func TestErrorsReadOnce(t *testing.T) {
	d, err := pipeline.Parse(context.Background(), "Talks in Lima.")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := event.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	chainErr := pipeline.Chain{evs}.Run(context.Background(), d)
	_, optErr := extract.New(extract.WithMaxBytes(0))
	ex, err := extract.New(extract.WithMaxBytes(4))
	if err != nil {
		t.Fatal(err)
	}
	_, bigErr := ex.Extract(context.Background(), "x", "Talks in Lima.")
	_, badErr := ex.Extract(context.Background(), "x", "\xff")
	for _, tc := range []struct {
		err  error
		is   error
		want string
	}{
		{chainErr, event.ErrNoEntities, "events: entity annotations missing: run the entity stage first"},
		{optErr, extract.ErrBadOption, "extract: bad option: WithMaxBytes(0): limit must be positive"},
		{bigErr, extract.ErrTooLarge, "extract: text too large: 14 bytes, limit 4"},
		{badErr, extract.ErrInvalidInput, "extract: invalid input: invalid UTF-8 at offset 0"},
	} {
		if tc.err == nil || tc.err.Error() != tc.want || !errors.Is(tc.err, tc.is) {
			t.Errorf("error %v, want %q wrapping %v", tc.err, tc.want, tc.is)
		}
	}
}

// TestNilOption: a nil Option is ignored, and no option leaves the defaults.
func TestNilOption(t *testing.T) {
	var maybe extract.Option // a caller's optional option, not set
	ex, err := extract.New(maybe, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Extract(context.Background(), "x", strings.Repeat("a", 1<<20)); err != nil {
		t.Errorf("1 MB under the default limit: %v", err)
	}
	_, err = ex.Extract(context.Background(), "x", strings.Repeat("a", extract.DefaultMaxBytes+1))
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("over the default limit: %v, want ErrTooLarge", err)
	}
}
