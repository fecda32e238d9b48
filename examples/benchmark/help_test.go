package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestHelpLists: -h, the table's footer and the README name the same
// headline metrics, metrics and speed targets as the code checks.
func TestHelpLists(t *testing.T) {
	var out, errb bytes.Buffer
	run([]string{"-h"}, &out, &errb)
	help := strings.Join(strings.Fields(errb.String()), " ")
	if want := "a headline F1 (" + strings.Join(Headline, ", ") + ")"; !strings.Contains(help, want) {
		t.Errorf("-h lacks %q", want)
	}
	for _, tg := range checkTargets(&speedReport{}) {
		if want := tg.Name + " " + tg.Want; !strings.Contains(help, want) {
			t.Errorf("-h lacks the target %q", want)
		}
	}
	var table bytes.Buffer
	printTable(&table, &Report{})
	if want := "* headline F1 (" + strings.Join(Headline, ", ") + "), checked by -min-f1."; !strings.Contains(table.String(), want) {
		t.Errorf("the footer lacks %q:\n%s", want, table.String())
	}

	// Every metric a report holds is in -min's list.
	out.Reset()
	errb.Reset()
	run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-json"}, &out, &errb)
	for _, m := range regexp.MustCompile(`"name": "([^"]+)"`).FindAllStringSubmatch(out.String(), -1) {
		name := m[1]
		if strings.HasPrefix(name, topicPrefix) {
			name = topicPrefix + "LABEL"
		}
		if name != MSpans && !slices.Contains(metricNames, name) {
			t.Errorf("metric %s is not in -min's list", name)
		}
	}
	for _, n := range metricNames {
		if !strings.Contains(help, n) {
			t.Errorf("-h lacks the metric %s", n)
		}
	}

	// The README's speed table gives the same targets.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		fmt.Sprintf("| >= %g MB/s |", speedTargets[0].bound),
		fmt.Sprintf("| >= %gx |", speedTargets[1].bound),
		fmt.Sprintf("| `New` < %g ms |", speedTargets[2].bound),
		fmt.Sprintf("| < %g MB |", speedTargets[3].bound),
	} {
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("README's speed table lacks the target %q", want)
		}
	}
}
