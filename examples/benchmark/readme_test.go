package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADME: every `go run ./examples/benchmark` command of README.md
// takes flags this command defines (examples/extract's TestREADME holds
// the README's other blocks).
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range regexp.MustCompile("(?m)go run ./examples/benchmark\\b([^|>#`\\n]*)").FindAllSubmatch(readme, -1) {
		args := append(strings.Fields(string(m[1])), "-h")
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 0 {
			t.Errorf("README: go run ./examples/benchmark%s: exit %d: %s", m[1], code, errOut.String())
		}
		n++
	}
	if n == 0 {
		t.Error("README.md runs examples/benchmark nowhere")
	}
}
