package html_test

import (
	stdhtml "html"
	"regexp"
	"strings"
	"testing"
)

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)[^>]*>`)

// voidElements have no end tag.
var voidElements = map[string]bool{"meta": true, "br": true, "img": true, "input": true, "link": true}

// checkWellFormed fails t unless every element of page that is opened is
// closed in order, outside <style> and <script> (whose text the view
// writes itself).
func checkWellFormed(t *testing.T, page string) {
	t.Helper()
	body := page
	for _, raw := range []string{"style", "script"} {
		for {
			i := strings.Index(body, "<"+raw+">")
			if i < 0 {
				break
			}
			j := strings.Index(body[i:], "</"+raw+">")
			if j < 0 {
				t.Fatalf("<%s> not closed", raw)
			}
			body = body[:i] + body[i+j+len("</"+raw+">"):]
		}
	}
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(body, -1) {
		name := strings.ToLower(m[2])
		if voidElements[name] {
			continue
		}
		if m[1] == "" {
			stack = append(stack, name)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != name {
			t.Fatalf("</%s> closes %v", name, stack)
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) != 0 {
		t.Fatalf("elements left open: %v", stack)
	}
}

// textOf returns the text of the view's article: the content of its
// <div class="ro-text"> with tags removed and references decoded.
func textOf(t *testing.T, page string) string {
	t.Helper()
	const open = `<div class="ro-text">`
	i := strings.Index(page, open)
	j := strings.LastIndex(page, "</div>\n</div>")
	if i < 0 || j < i {
		t.Fatalf("no article text in page")
	}
	return stdhtml.UnescapeString(tagRE.ReplaceAllString(page[i+len(open):j], ""))
}

// unescapeText decodes the character references of HTML text.
func unescapeText(s string) string { return stdhtml.UnescapeString(s) }
