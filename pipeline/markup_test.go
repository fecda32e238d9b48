package pipeline

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindMarkup(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the texts of the marks, in order
	}{
		{"script", `a <script>var x = "Joe Biden";</script> b`, []string{`<script>var x = "Joe Biden";</script>`}},
		{"attributes and case", "<SCRIPT type=\"text/javascript\">x()</Script >\nb", []string{"<SCRIPT type=\"text/javascript\">x()</Script >"}},
		{"style", "<style media=print>.a{content:\"X\"}</style>", []string{"<style media=print>.a{content:\"X\"}</style>"}},
		{"comment", "a <!-- Fumio Kishida --> b <!--x--> c", []string{"<!-- Fumio Kishida -->", "<!--x-->"}},
		{"empty comments", "a <!--> b <!---> c", []string{"<!-->", "<!--->"}},
		{"script across lines", "a\n<script>\nvar x;\n</script>\nb", []string{"<script>\nvar x;\n</script>"}},
		{"the first end tag closes", `<script>s = "</p></scripts></script>"; t</script>`, []string{`<script>s = "</p></scripts></script>`}},
		{"a comment in a script is the script's", "<script><!-- x --></script> <!-- y -->", []string{"<script><!-- x --></script>", "<!-- y -->"}},
		{"unclosed script opening its line", "Dar met Rubio.\n  <script>var a = 'Joe Biden'", []string{"<script>var a = 'Joe Biden'"}},
		{"unclosed comment opening its line", "Dar met Rubio.\n<!-- Joe Biden", []string{"<!-- Joe Biden"}},
		{"unclosed script in prose", "The <script> tag runs code, Ada Lovelace said.", nil},
		{"unclosed comment in prose", "HTML comments open with <!-- and close later.", nil},
		{"end tag without its >", "<script>x</script", []string{"<script>x</script"}},
		{"not the element", "<scripts> <scriptx> <stylesheet> <scrip> </script> <! -- x -->", nil},
		{"start of text", "<script", []string{"<script"}},
		{"other tags", "<p>ISLAMABAD: <b>Dar</b> met Rubio.</p>", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range findMarkup(c.text) {
				got = append(got, s.In(c.text))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("findMarkup(%q) (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

// TestMarkupMarks: a line all in markup is marked whole, a line partly in
// markup is cut into marks of its pieces (the others keep the line's kind),
// and sentences end at each mark's edge, so that the sentences in markup,
// and only they, are boilerplate.
func TestMarkupMarks(t *testing.T) {
	for _, c := range []struct {
		name, text string
		marks      []string // kind: text of each mark
		prose      []string // the sentences that are not boilerplate
	}{
		{name: "inline comment",
			text:  "ISLAMABAD: Dar met Rubio. <!-- Sharif met Modi. --> Wang said so.\n",
			marks: []string{"markup: <!-- Sharif met Modi. -->"},
			prose: []string{"ISLAMABAD: Dar met Rubio.", "Wang said so."}},
		{name: "mid-sentence",
			text:  "Dar met<script>a('Joe Biden')</script> Rubio on Monday.",
			marks: []string{"markup: <script>a('Joe Biden')</script>"},
			prose: []string{"Dar met", "Rubio on Monday."}},
		{name: "script lines",
			text: "Dar met Rubio.\n  <script type=\"x\">\nvar p = {\"name\": \"Joe Biden\"};\n</script>\nWang said so.",
			marks: []string{"markup:   <script type=\"x\">", "markup: var p = {\"name\": \"Joe Biden\"};",
				"markup: </script>"},
			prose: []string{"Dar met Rubio.", "Wang said so."}},
		{name: "inside a boilerplate line",
			text:  "Dar met Rubio.\nAdvertisement<script>ads('Joe Biden')</script>\nWang said so.",
			marks: []string{"chrome: Advertisement", "markup: <script>ads('Joe Biden')</script>"},
			prose: []string{"Dar met Rubio.", "Wang said so."}},
		{name: "unclosed at the end",
			text:  "Dar met Rubio.\n<script>var p = 'Joe Biden'; if (a < b) {\nx('Narendra Modi')",
			marks: []string{"markup: <script>var p = 'Joe Biden'; if (a < b) {", "markup: x('Narendra Modi')"},
			prose: []string{"Dar met Rubio."}},
		{name: "prose about the tag",
			text:  "The <script> tag runs code, Ada Lovelace said.",
			prose: []string{"The <script> tag runs code, Ada Lovelace said."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			checkSpans(t, d)
			var marks, prose []string
			for _, b := range d.Boilerplate {
				marks = append(marks, b.Kind.String()+": "+b.In(d.Text))
			}
			for _, s := range d.Sentences {
				in := false
				for _, b := range d.Boilerplate {
					in = in || b.Contains(s.Span)
				}
				if in != s.Boilerplate {
					t.Errorf("sentence %q: boilerplate %v, inside a mark %v", s.In(d.Text), s.Boilerplate, in)
				}
				if !s.Boilerplate {
					prose = append(prose, s.In(d.Text))
				}
			}
			if diff := cmp.Diff(c.marks, marks); diff != "" {
				t.Errorf("marks (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(c.prose, prose); diff != "" {
				t.Errorf("sentences outside boilerplate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMarkupLinear: markup that is never closed, a megabyte of it on one
// line, is read in one pass: looking for each element's end from each
// start tag again would take minutes here.
func TestMarkupLinear(t *testing.T) {
	for name, text := range map[string]string{
		"comments":        strings.Repeat("a <!-- ", 1<<17),
		"scripts":         strings.Repeat("a <script> </p> ", 1<<16),
		"styles and ends": strings.Repeat("a <style></styles></p>", 1<<16),
	} {
		if got := findMarkup(text); got != nil {
			t.Errorf("%s: markup %v, want none", name, got[:min(len(got), 3)])
		}
	}
	// An unclosed comment that opens its line runs to the end: each line
	// after it is a mark of its own.
	d := parse(t, strings.Repeat("<!-- a\n", 1<<14))
	checkSpans(t, d)
	if len(d.Boilerplate) != 1<<14 || len(d.Sentences) != 1<<14 {
		t.Errorf("%d marks and %d sentences, want one of each on every line", len(d.Boilerplate), len(d.Sentences))
	}
	for _, s := range d.Sentences {
		if !s.Boilerplate {
			t.Fatalf("sentence %q is not boilerplate", s.In(d.Text))
		}
	}
}
