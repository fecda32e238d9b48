package event

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ruleCase is one case of testdata/cases.txt.
type ruleCase struct {
	name string
	line int
	text string
	want []string
}

// readCases reads the rule cases of a file in the form cases.txt describes.
func readCases(t *testing.T, path string) []ruleCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []ruleCase
	var c *ruleCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			cases = append(cases, ruleCase{name: strings.TrimPrefix(line, "## "), line: n})
			c = &cases[len(cases)-1]
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case c == nil:
			t.Fatalf("%s:%d: a case must open with \"## name\"", path, n)
		case strings.HasPrefix(line, "> ") || line == ">":
			if len(c.want) > 0 {
				t.Fatalf("%s:%d: input after the expected events", path, n)
			}
			c.text += strings.TrimPrefix(strings.TrimPrefix(line, ">"), " ") + "\n"
		case line == "-- none":
			c.want = []string{}
		default:
			c.want = append(c.want, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.text == "" || c.want == nil {
			t.Fatalf("%s:%d: case %q needs input and expected events (or \"-- none\")", path, c.line, c.name)
		}
	}
	return cases
}

// TestCases runs the rule cases of testdata/cases.txt.
func TestCases(t *testing.T) {
	for _, c := range readCases(t, "testdata/cases.txt") {
		t.Run(c.name, func(t *testing.T) {
			got := []string{}
			for i, ev := range events(t, c.text) {
				s := brief(ev)
				if i < len(c.want) && strings.HasSuffix(c.want[i], "]") {
					s += " [" + ev.Rule + "]"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("testdata/cases.txt:%d\n%s(-want +got):\n%s", c.line, c.text, diff)
			}
		})
	}
}
