package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	want := "_escape-2.html _escape.html index-2.html index.html stdin_4.html" // an -in line without id is FILE:LINE
	if got := strings.Join(names, " "); got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "_escape-2.html"))
	if strings.Contains(string(b), "<script>alert") {
		t.Errorf("the article's <script> is not escaped")
	}
}
