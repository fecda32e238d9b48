//go:build !ner

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNER: the default build does not link prose (its NER model is about
// half the binary), and -ner says how to get it back.
func TestNoNER(t *testing.T) {
	deps, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, pkg := range strings.Fields(string(deps)) {
		if strings.HasPrefix(pkg, "github.com/jdkato/prose") || strings.HasPrefix(pkg, "gonum.org/") {
			t.Errorf("the default build links %s", pkg)
		}
	}
	code, out, errOut := runCLI(t, "Talks in Lima.", "-ner")
	if code != 2 || out != "" || !strings.Contains(errOut, "-tags ner") {
		t.Errorf("-ner: exit %d, stdout %q, stderr %q; want 2 and how to build with -tags ner", code, out, errOut)
	}
}
