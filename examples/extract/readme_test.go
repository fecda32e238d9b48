package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/readout/readout/topic"
)

// TestMain makes the test binary the command itself when
// READOUT_README_CLI is set, so that TestREADME can run the README's shell
// blocks as they are written, with a `go` on PATH that runs `go run
// ./examples/extract ARGS` as this binary (READOUT_README_TERMINAL: as on a
// terminal, where the default format is text).
func TestMain(m *testing.M) {
	if os.Getenv("READOUT_README_CLI") != "" {
		args := os.Args[1:]
		if os.Getenv("READOUT_README_TERMINAL") != "" {
			args = append([]string{"-format", "text"}, args...)
		}
		os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// readmeBlock is a fenced code block of README.md.
type readmeBlock struct {
	line int    // of the opening fence, 1-based
	lang string // "sh", "go", "json" or ""
	text string // without the fences
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []readmeBlock
	var cur *readmeBlock
	for i, line := range strings.Split(string(b), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			cur = &readmeBlock{line: i + 1, lang: strings.TrimPrefix(line, "```")}
		case cur != nil && line == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		}
	}
	if cur != nil {
		t.Fatalf("README.md:%d: a code block is not closed", cur.line)
	}
	return blocks
}

// How a block of the README is held by a test.
const (
	// holdRun: the shell block is run as written (its /tmp/ in a temporary
	// directory) and its output compared with the next block.
	holdRun         = iota
	holdRunPrefix   // ... the next block is the start of the output
	holdRunSuffix   // ... the next block is the end of the output
	holdRunTerminal // ... as on a terminal; the next block is its start
	holdOutput      // the output of the block before
	holdCommands    // every command is checked: flags, packages, tests
	holdGo          // verbatim in extract/readme_example_test.go, an Example whose output is checked
	holdPeopleCSV   // every line is a line of examples/people.csv
	holdPeopleJSONL // a line of examples/people.jsonl
	holdTaxonomy    // topic.Parse reads it
)

// readmeHolds says, for the first line of every block of README.md, how a
// test holds it. A new block needs a line here.
var readmeHolds = map[string]int{
	"go run ./examples/extract testdata/seeds/*.txt":             holdRunTerminal,
	"go test ./...                          # the tests":         holdCommands,
	"go mod edit -replace github.com/readout/readout=../readout": holdCommands, // and TestREADMEModule
	`import "github.com/readout/readout/extract"`:                holdGo,
	"docs := []extract.Source{":                                  holdGo,
	`echo "ISLAMABAD, April 9, 2025: Pakistan's Deputy Prime Minister Ishaq Dar received a telephone call from US Secretary of State Marco Rubio on Tuesday. They discussed trade." |`: holdRun,
	"go run ./examples/extract FILE...                     # text on a terminal, else one indented JSON object per file":                                                               holdCommands,
	"name,aliases,country,offices,id": holdPeopleCSV,
	`{"name": "Lena Vogt", "aliases": ["Vogt", "L. Vogt"], "country": "DE", "offices": [{"title": "Foreign Minister", "from": "2021-12-08"}, "Member of Parliament"], "id": "X-0001"}`: holdPeopleJSONL,
	`printf '2020-05-04\n\nKaito Morimura met Lena Vogt and Ilse Brandt in Vienna.\n' |`:                                                                                               holdRunPrefix,
	"mkdir -p /tmp/news": holdRun,
	"go run ./examples/extract -memory-file /tmp/mem.jsonl /tmp/news/b.txt > /dev/null   # learns":                            holdRunSuffix,
	"go run ./examples/extract -html /tmp/view testdata/seeds/*.txt > /dev/null   # a page each, and the corpus page (below)": holdCommands,
	"go run ./examples/extract -html /tmp/view testdata/seeds/*.txt testdata/articles/*.txt > /dev/null":                      holdCommands,
	`{"labels": [{"label": "energy",`: holdTaxonomy,
	"go run ./examples/benchmark -ablate -gold DIR -texts DIR      # every pass and rule":     holdCommands,
	"cd examples/beam   # its own module: go run ./examples/beam at the root does not see it": holdCommands,
	"# Google Cloud Dataflow (the Go SDK cross-compiles and stages the binary itself)":        holdCommands,
	"go -C /tmp/readout-main test -c -o /tmp/old.test ./extract":                              holdCommands,
}

// TestREADME holds every code block of README.md to the code: shell blocks
// run or have each command checked, their outputs compared, Go blocks found
// in Examples, data blocks read. A block that no rule holds fails.
func TestREADME(t *testing.T) {
	blocks := readmeBlocks(t)
	tmp := t.TempDir()
	shim := shimGo(t)
	exampleGo, err := os.ReadFile("../../extract/readme_example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	fixes := map[int]string{} // block index -> its new text, with -update
	defer func() { rewriteREADME(t, blocks, fixes) }()
	for i, b := range blocks {
		first, _, _ := strings.Cut(b.text, "\n")
		hold, ok := readmeHolds[first]
		if !ok {
			if prev, ok := readmeHolds[firstLine(blocks[max(i-1, 0)])]; i > 0 && ok && (isRun(prev) || prev == holdGo) {
				continue // an output, compared with its command or Example
			}
			t.Errorf("README.md:%d: no test holds this block (%q): add it to readmeHolds", b.line, first)
			continue
		}
		where := fmt.Sprintf("README.md:%d", b.line)
		switch hold {
		case holdRun, holdRunPrefix, holdRunSuffix, holdRunTerminal:
			if i+1 == len(blocks) {
				t.Errorf("%s: no output block after the command", where)
				continue
			}
			for _, cmd := range commands(b.text) {
				checkCommand(t, where, cmd)
			}
			got := runShell(t, where, shim, tmp, b.text, hold == holdRunTerminal)
			want := blocks[i+1].text
			var same bool
			switch hold {
			case holdRun:
				same = got == want
			case holdRunSuffix:
				same = strings.HasSuffix(got, want)
			default:
				same = strings.HasPrefix(got, want)
			}
			if !same && *updateREADME {
				fixes[i+1] = outputLike(got, want, hold)
			} else if !same {
				t.Errorf("%s: the command prints, as README.md:%d should show (-update rewrites it):\n%s", where, blocks[i+1].line, got)
			}
		case holdCommands:
			for _, cmd := range commands(b.text) {
				checkCommand(t, where, cmd)
			}
		case holdGo:
			code := b.text
			code = regexp.MustCompile(`(?m)^import "[^"]+"\n\n?`).ReplaceAllString(code, "")
			src := string(undent(exampleGo))
			at := strings.Index(src, code)
			if at < 0 {
				t.Errorf("%s: this Go block is not verbatim in extract/readme_example_test.go:\n%s", where, code)
				continue
			}
			// The block after it, if it is not held otherwise, is what the
			// Example's Output comment says it prints.
			if i+1 < len(blocks) {
				if _, held := readmeHolds[firstLine(blocks[i+1])]; !held {
					rest := src[at+len(code):]
					_, out, _ := strings.Cut(rest, "// Output:\n")
					out, _, _ = strings.Cut(out, "}\n")
					want := regexp.MustCompile(`(?m)^\t*// ?`).ReplaceAllString(out, "")
					if blocks[i+1].text != want {
						t.Errorf("README.md:%d: the Example prints\n%s", blocks[i+1].line, want)
					}
				}
			}
		case holdPeopleCSV, holdPeopleJSONL:
			file := map[int]string{holdPeopleCSV: "../people.csv", holdPeopleJSONL: "../people.jsonl"}[hold]
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			for _, l := range strings.Split(strings.TrimSuffix(b.text, "\n"), "\n") {
				if !contains(lines, l) {
					t.Errorf("%s: %q is not a line of %s", where, l, file)
				}
			}
		case holdTaxonomy:
			if _, err := topic.Parse(strings.NewReader(b.text), "README.md"); err != nil {
				t.Errorf("%s: topic.Parse: %v", where, err)
			}
		}
	}
}

var updateREADME = flag.Bool("update", false, "TestREADME: rewrite the README's output blocks from what their commands print")

// outputLike returns the output block to write for a command that printed
// got: all of it, or, where the README shows its start or its end, as many
// lines as the block held.
func outputLike(got, old string, hold int) string {
	lines := strings.SplitAfter(strings.TrimSuffix(got, "\n"), "\n")
	n := min(strings.Count(old, "\n"), len(lines))
	switch hold {
	case holdRunPrefix, holdRunTerminal:
		got = strings.Join(lines[:n], "")
	case holdRunSuffix:
		got = strings.Join(lines[len(lines)-n:], "")
	}
	if !strings.HasSuffix(got, "\n") {
		got += "\n"
	}
	return got
}

// rewriteREADME replaces the blocks of fixes in README.md.
func rewriteREADME(t *testing.T, blocks []readmeBlock, fixes map[int]string) {
	if len(fixes) == 0 {
		return
	}
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	for i := len(blocks) - 1; i >= 0; i-- {
		text, ok := fixes[i]
		if !ok {
			continue
		}
		start := blocks[i].line // the line after the opening fence, 0-based
		end := start + strings.Count(blocks[i].text, "\n")
		lines = append(lines[:start], append(strings.SplitAfter(strings.TrimSuffix(text, "\n")+"\n", "\n"), lines[end:]...)...)
	}
	if err := os.WriteFile("../../README.md", []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("rewrote %d output blocks of README.md: review the diff", len(fixes))
}

func firstLine(b readmeBlock) string { first, _, _ := strings.Cut(b.text, "\n"); return first }

func isRun(hold int) bool {
	return hold == holdRun || hold == holdRunPrefix || hold == holdRunSuffix || hold == holdRunTerminal
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// undent removes one tab from the start of every line: the Examples' code
// is one level deeper than the README's.
func undent(b []byte) []byte {
	return regexp.MustCompile(`(?m)^\t`).ReplaceAll(b, nil)
}

// shimGo returns a directory whose `go` runs `go run ./examples/extract
// ARGS` as this test binary, and refuses anything else.
func shimGo(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := `#!/bin/sh
if [ "$1" = run ] && [ "$2" = ./examples/extract ]; then
	shift 2
	READOUT_README_CLI=1 exec "` + self + `" "$@"
fi
echo "TestREADME runs only go run ./examples/extract, not: go $*" >&2
exit 97
`
	if err := os.WriteFile(filepath.Join(dir, "go"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runShell runs a README shell block with bash at the repository's root,
// with /tmp/ replaced by tmp, and returns its standard output.
func runShell(t *testing.T, where, shim, tmp, script string, terminal bool) string {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", strings.ReplaceAll(script, "/tmp/", tmp+"/"))
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "PATH="+shim+string(os.PathListSeparator)+os.Getenv("PATH"))
	if terminal {
		cmd.Env = append(cmd.Env, "READOUT_README_TERMINAL=1")
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Errorf("%s: %v\n%s", where, err, errOut.String())
	}
	return strings.ReplaceAll(out.String(), tmp+"/", "/tmp/")
}

// commands returns the commands of a shell block, one a string, with
// continued lines joined and comments dropped.
func commands(block string) []string {
	var out []string
	block = strings.ReplaceAll(block, "|\n", "| ")
	block = strings.ReplaceAll(block, "\\\n", " ")
	for _, line := range strings.Split(block, "\n") {
		line = regexp.MustCompile(`(^|\s+)#.*$`).ReplaceAllString(line, "")
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// segments splits a command at the pipes outside quotes.
func segments(cmd string) []string {
	var out []string
	var quote rune
	start := 0
	for i, r := range cmd {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
		case r == '\'' || r == '"':
			quote = r
		case r == '|':
			out = append(out, cmd[start:i])
			start = i + 1
		}
	}
	return append(out, cmd[start:])
}

// words splits a command's segment into words, reading '...' and "..."
// quotes, and drops redirections ("> file", "2>&1").
func words(segment string) []string {
	var out []string
	var cur strings.Builder
	var quote rune
	in := false
	for _, r := range segment {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	var kept []string
	for i := 0; i < len(out); i++ {
		switch {
		case out[i] == ">" || out[i] == "2>" || out[i] == "<":
			i++
		case strings.HasPrefix(out[i], ">") || strings.HasPrefix(out[i], "2>"):
		default:
			kept = append(kept, out[i])
		}
	}
	return kept
}

// beamFlags are the Beam SDK's own flags that the README's examples/beam
// commands use; the example's own are read from its main.go.
var beamFlags = []string{"runner", "project", "region", "staging_location", "max_num_workers", "endpoint", "environment_type"}

// checkCommand checks one command of a README shell block: the flags of
// `go run ./examples/extract` parse; the commands of examples/serve and
// examples/benchmark are checked by their own TestREADME; go test's
// packages and -run tests exist; examples/beam's flags are defined.
func checkCommand(t *testing.T, where, cmd string) {
	t.Helper()
	for _, seg := range segments(cmd) {
		w := words(seg)
		if len(w) == 0 {
			t.Errorf("%s: an empty command in %q", where, cmd)
			continue
		}
		switch w[0] {
		case "mkdir", "printf", "cat", "echo", "grep", "less", "curl":
			// Shell tools; curl's POST /extract is TestAPI of examples/serve.
			continue
		case "cd":
			if st, err := os.Stat(filepath.Join("../..", w[1])); err != nil || !st.IsDir() {
				t.Errorf("%s: cd %s: no such directory", where, w[1])
			}
			continue
		case "go":
		default:
			t.Errorf("%s: %q: TestREADME does not know how to check %s", where, cmd, w[0])
			continue
		}
		checkGo(t, where, w[1:])
	}
}

func checkGo(t *testing.T, where string, args []string) {
	t.Helper()
	if len(args) >= 2 && args[0] == "-C" {
		args = args[2:] // go -C examples/beam run .
	}
	if len(args) == 0 {
		t.Errorf("%s: a bare go", where)
		return
	}
	switch args[0] {
	case "mod":
		return // TestREADMEModule runs them
	case "test":
		checkGoTest(t, where, args[1:])
		return
	case "run":
	default:
		t.Errorf("%s: go %s: TestREADME does not know how to check it", where, strings.Join(args, " "))
		return
	}
	args = args[1:]
	if len(args) >= 2 && args[0] == "-tags" {
		args = args[2:] // the flags are the same in every build
	}
	if len(args) == 0 {
		t.Errorf("%s: go run of nothing", where)
		return
	}
	switch args[0] {
	case "./examples/extract":
		var out, errOut bytes.Buffer
		if _, _, code := parse(args[1:], &out, &errOut); code > 0 {
			t.Errorf("%s: extract %s: exit %d: %s", where, strings.Join(args[1:], " "), code, errOut.String())
		}
	case "./examples/serve", "./examples/benchmark":
		// Held by TestREADME in that package.
	case ".":
		main, err := os.ReadFile("../beam/main.go")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range args[1:] {
			name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if strings.HasPrefix(a, "--") && !contains(beamFlags, name) && !bytes.Contains(main, []byte(`"`+name+`"`)) {
				t.Errorf("%s: examples/beam has no flag --%s", where, name)
			}
		}
	default:
		t.Errorf("%s: go run %s: TestREADME does not know it", where, args[0])
	}
}

// checkGoTest checks that go test's package directories exist and that
// each test its -run names is defined in them.
func checkGoTest(t *testing.T, where string, args []string) {
	t.Helper()
	var dirs []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-run" && i+1 < len(args):
			i++
			for _, name := range strings.Split(strings.Trim(args[i], "^$"), "|") {
				if name == "" || !regexp.MustCompile(`^[A-Za-z0-9_]+$`).MatchString(name) {
					continue
				}
				found := false
				for _, d := range dirs {
					files, _ := filepath.Glob(filepath.Join("../..", d, "*_test.go"))
					for _, f := range files {
						b, _ := os.ReadFile(f)
						if bytes.Contains(b, []byte("func "+name+"(")) {
							found = true
						}
					}
				}
				if !found && len(dirs) > 0 && !strings.HasSuffix(dirs[0], "...") {
					t.Errorf("%s: go test -run %s: no such test in %v", where, name, dirs)
				}
			}
		case a == "-bench" || a == "-benchtime" || a == "-cpu" || a == "-count":
			i++
		case strings.HasPrefix(a, "./"):
			if st, err := os.Stat(filepath.Join("../..", strings.TrimSuffix(a, "..."))); err != nil || !st.IsDir() {
				t.Errorf("%s: go test %s: no such package directory", where, a)
			}
			dirs = append(dirs, a)
		}
	}
}

// TestREADMEModule follows the README's Embedding: a module of its own,
// beside this one, reaches it with go mod edit -replace and go mod tidy
// (offline here: the module cache and this module's go.sum stand in for
// the network), then builds and runs the README's first Go example.
func TestREADMEModule(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile(filepath.Join(root, "extract", "readme_example_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	body := regexp.MustCompile(`(?s)func Example_readme\(\) \{\n\t// README begin\n(.*?)\t// README end\n`).FindSubmatch(example)
	if body == nil {
		t.Fatal("no Example_readme in extract/readme_example_test.go")
	}
	dir := filepath.Join(t.TempDir(), "myprog")
	os.Mkdir(dir, 0o755)
	prog := "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log\"\n\n\t\"github.com/readout/readout/extract\"\n)\n\nfunc main() {\n" + string(body[1]) + "}\n"
	os.WriteFile(filepath.Join(dir, "main.go"), []byte(prog), 0o644)
	sum, _ := os.ReadFile(filepath.Join(root, "go.sum"))
	os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
	gocmd := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	gocmd("mod", "init", "example.com/myprog")
	gocmd("mod", "edit", "-replace", "github.com/readout/readout="+root)
	gocmd("mod", "tidy")
	got := gocmd("run", ".")
	want := "S Jaishankar IN [{Foreign Minister IN}]\nFaisal bin Farhan SA [{Foreign Minister SA}]\ncall [Faisal bin Farhan S Jaishankar] Faisal bin Farhan\n"
	if got != want {
		t.Errorf("the README's program prints\n%s\nwant\n%s", got, want)
	}
}
