package html

import (
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

func TestWriteIndex(t *testing.T) {
	entries := []IndexEntry{
		{Href: "a b.html", Result: &extract.Result{ID: "a b",
			People: []extract.Person{{Name: "Lena <Varga>"}, {Name: "Tomas Brandt"}},
			Events: []extract.Event{{Type: "call", Participants: []string{"Lena <Varga>", "Tomas Brandt"},
				Initiator: "Tomas Brandt", Date: "2025-03-02", When: "Sunday"}}}},
		{Href: "javascript:alert(1).html", Err: errors.New("extract: text too large")},
	}
	var b strings.Builder
	if err := WriteIndex(&b, "Two <articles>", entries); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<title>Two &lt;articles&gt; · Readout</title>`,
		`<a href="a%20b.html">a b</a>`,
		`Lena &lt;Varga&gt;, Tomas Brandt`,
		`<div>Tomas Brandt → Lena &lt;Varga&gt;, call, 2025-03-02 (Sunday)</div>`,
		`<a href="./javascript:alert%281%29.html">`,
		`extract: text too large`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index lacks %s\n%s", want, page)
		}
	}
}

func TestEscapePath(t *testing.T) {
	for in, want := range map[string]string{
		"000_x.html":        "000_x.html",
		"a b#c?.html":       "a%20b%23c%3F.html",
		"javascript:x.html": "./javascript:x.html",
		"dir/a:b.html":      "dir/a:b.html",
		"ü.html":            "%C3%BC.html",
		`"><script>.html`:   "%22%3E%3Cscript%3E.html",
		"100%.html":         "100%25.html",
	} {
		if got := escapePath(in); got != want {
			t.Errorf("escapePath(%q) = %q, want %q", in, got, want)
		}
	}
}
