package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLDir(t *testing.T) {
	paths, _ := seedFiles(t)
	dir := filepath.Join(t.TempDir(), "view")
	code, _, stderr := runCLI(t, "", append([]string{"-html", dir, "-workers", "2"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		if !strings.Contains(string(index), `<a href="`+id+`.html">`+id+`</a>`) {
			t.Errorf("index.html does not link %s", id)
		}
		page, err := os.ReadFile(filepath.Join(dir, id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), `<h2 class="ro-title">`+id+`</h2>`) || !strings.Contains(string(page), `class="m per"`) {
			t.Errorf("%s.html is not the view of %s", id, id)
		}
	}
}

// Ids from a JSON Lines file name the pages: they must stay in the
// directory, and two articles with one id get two pages.
func TestHTMLDirUnsafeIDs(t *testing.T) {
	dir := t.TempDir()
	in := `{"id": "../escape", "text": "Kenya's President spoke to Peru's President."}
{"id": "../escape", "text": "A <script>alert(1)</script> text."}
{"id": "index", "text": "Another text."}
{"id": "Articles", "text": "A text with the id of the list."}
{"text": "An article with no id."}
`
	code, _, stderr := runCLI(t, in, "-html", dir, "-in", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := "Articles-2.html _escape-2.html _escape.html articles.html index-2.html index.html stdin_5.html" // an -in line without id is FILE:LINE
	if got := strings.Join(names, " "); got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "_escape-2.html"))
	if strings.Contains(string(b), "<script>alert") {
		t.Errorf("the article's <script> is not escaped")
	}
}

// The corpus page drawn from results read back (-from) is the page of the
// articles read; each article's page then shows the sentences its result
// quotes, or its text when -texts has it and it fits the result.
func TestHTMLFrom(t *testing.T) {
	paths, texts := seedFiles(t)
	direct := filepath.Join(t.TempDir(), "direct")
	// An article that cannot be read: its error record is a line of the
	// results, as a dead letter is in examples/beam's output.
	gone := filepath.Join(t.TempDir(), "gone.txt")
	code, out, stderr := runCLI(t, "", append([]string{"-html", direct, "-jsonl"}, append(paths, gone)...)...)
	if code != 1 || !strings.Contains(out, `{"id":"gone","error":`) {
		t.Fatalf("exit %d, want 1 (gone.txt is missing): %s", code, stderr)
	}
	dir := t.TempDir()
	results := filepath.Join(dir, "results.jsonl")
	// A blank line, and one line that is no result.
	if err := os.WriteFile(results, []byte(out+"\n[1, 2]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The texts of all seeds but the first; the second's is not its own.
	texts[1] = "X" + texts[1]
	textDir := filepath.Join(dir, "texts")
	os.Mkdir(textDir, 0o755)
	for i, p := range paths[1:] {
		if err := os.WriteFile(filepath.Join(textDir, filepath.Base(p)), []byte(texts[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	from := filepath.Join(dir, "view")
	code, out, stderr = runCLI(t, "", "-html", from, "-from", results, "-texts", textDir)
	if code != 1 || out != "" {
		t.Fatalf("exit %d (want 1: one line is no result), stdout %q, stderr %s", code, out, stderr)
	}
	for _, want := range []string{"results.jsonl:8: not a result: not a JSON object", "is not the text of this result", "2 articles with no text in"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	id := func(i int) string { return strings.TrimSuffix(filepath.Base(paths[i]), ".txt") }
	page, want := read(filepath.Join(from, "index.html")), read(filepath.Join(direct, "index.html"))
	// The same but for the title.
	page = strings.ReplaceAll(page, "6 articles from results.jsonl", "6 articles")
	if diff := cmp.Diff(want, page); diff != "" {
		t.Errorf("the page from -from differs from the page of the articles read (-read +from):\n%s", diff)
	}
	quoted := "these are the sentences its result quotes"
	for i, wantQuoted := range []bool{true, true, false, false, false} {
		p := read(filepath.Join(from, id(i)+".html"))
		if strings.Contains(p, quoted) != wantQuoted {
			t.Errorf("%s.html: quoted sentences %v, want %v", id(i), !wantQuoted, wantQuoted)
		}
		if wantQuoted {
			continue
		}
		if p != read(filepath.Join(direct, id(i)+".html")) {
			t.Errorf("%s.html with its text from -texts differs from the page of the article read", id(i))
		}
	}
	// Every engagement's link lands on an element of its page.
	links := regexp.MustCompile(`<a href="([^"#]+)#([^"]+)">`).FindAllStringSubmatch(read(filepath.Join(from, "index.html")), -1)
	if len(links) < 10 {
		t.Fatalf("%d links to evidence sentences, want the seeds' engagements", len(links))
	}
	for _, l := range links {
		if !strings.Contains(read(filepath.Join(from, l[1])), ` id="`+l[2]+`"`) {
			t.Errorf("%s has no element %s", l[1], l[2])
		}
	}
}

func TestHTMLFromUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-from", "x.jsonl"}, "-from needs -html DIR"},
		{[]string{"-html", dir, "-from", "x.jsonl", "a.txt"}, "-from reads results, not articles"},
		{[]string{"-html", dir, "-from", "x.jsonl", "-in", "y.jsonl"}, "-from reads results, not articles"},
		{[]string{"-html", dir, "-texts", dir, "a.txt"}, "-texts " + dir + " needs -from"},
		{[]string{"-html", dir, "-from", filepath.Join(dir, "none*.jsonl")}, "matches no file"},
		{[]string{"-html", dir, "-from", filepath.Join(dir, "missing.jsonl")}, "missing.jsonl: no such file"},
		{[]string{"-html", dir, "-from", dir}, "is a directory"},
	} {
		code, _, stderr := runCLI(t, "", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}
