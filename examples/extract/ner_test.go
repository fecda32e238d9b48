//go:build ner

package main

import (
	"testing"
)

// TestNER: a build with -tags ner reads with prose's model under -ner.
func TestNER(t *testing.T) {
	code, out, errOut := runCLI(t, "Talks in Lima.", "-jsonl", "-ner")
	if code != 0 || len(lines(t, out)) != 1 {
		t.Errorf("-ner: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
