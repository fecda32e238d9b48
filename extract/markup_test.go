package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
)

// The articles of TestMarkup: a sentence that reports a meeting, and one
// that reports a call.
const (
	markupMeeting = "ISLAMABAD: Foreign Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in Beijing on Monday."
	markupCall    = "Turkish Foreign Minister Hakan Fidan held a phone call with Iranian President Masoud Pezeshkian on Tuesday."
)

// TestMarkup: the people and engagements named in a <script> or <style>
// element or an HTML comment left in the text are none of the article's;
// the same sentence in the article's text gives them. Before the markup
// pass, each of the seven cases with markup that nothing else reads found
// the people and the engagement of the markup's sentence; the hard page of
// testdata/hard/html.txt found the Prime Minister its comment names.
func TestMarkup(t *testing.T) {
	ex := newExtractor(t)
	both := []string{"Hakan Fidan", "Ishaq Dar", "Masoud Pezeshkian", "Wang Yi"}
	one := []string{"Ishaq Dar", "Wang Yi"}
	bothEvents := []string{"call: Hakan Fidan, Masoud Pezeshkian", "meeting: Ishaq Dar, Wang Yi"}
	oneEvent := []string{"meeting: Ishaq Dar, Wang Yi"}
	for _, c := range []struct {
		name, text     string
		people, events []string
	}{
		{"in the text", markupMeeting + "\n" + markupCall + "\n", both, bothEvents},
		{"script", markupMeeting + "\n<script>\nvar teaser = \"" + markupCall + "\";\n</script>\n", one, oneEvent},
		{"script inline", markupMeeting + ` <script type="text/javascript">ga("send", "` + markupCall + `")</script> The two spoke of trade.`, one, oneEvent},
		{"style", markupMeeting + "\n<style>.teaser::after { content: \"" + markupCall + "\" }</style>\n", one, oneEvent},
		{"comment", markupMeeting + " <!-- " + markupCall + " -->\n", one, oneEvent},
		{"comment across lines", markupMeeting + "\n<!--\n" + markupCall + "\n-->\n", one, oneEvent},
		{"unclosed script at the end", markupMeeting + "\n<SCRIPT>window.teaser = '" + markupCall, one, oneEvent},
		{"unclosed script in prose", markupMeeting + " Engineers said the <script> tag of its page was broken.\n" + markupCall + "\n", both, bothEvents},
		{"script after the call", markupCall + "\n<script>var related = '" + markupMeeting + "';</script>", []string{"Hakan Fidan", "Masoud Pezeshkian"},
			[]string{"call: Hakan Fidan, Masoud Pezeshkian"}},
		{"a page", readHard(t, "html.txt"), []string{"Ishaq Dar", "Marco Rubio"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPeopleEvents(t, ex, "markup", c.text, c.people, c.events)
		})
	}
}

// checkPeopleEvents extracts text and checks its result (checkResult), its
// people's names (sorted) against people and, unless events is nil, its
// engagements (eventKeys) against events.
func checkPeopleEvents(t *testing.T, ex *extract.Extractor, id, text string, people, events []string) {
	t.Helper()
	r, err := ex.Extract(context.Background(), id, text)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, text, r)
	got := peopleNames(r)
	slices.Sort(got)
	if diff := cmp.Diff(people, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	if events == nil {
		return
	}
	if diff := cmp.Diff(events, eventKeys(r)); diff != "" {
		t.Errorf("engagements (-want +got):\n%s", diff)
	}
}

// eventKeys returns each engagement of r as "type: participant, ...", sorted.
func eventKeys(r *extract.Result) []string {
	var out []string
	for _, e := range r.Events {
		ps := slices.Clone(e.Participants)
		slices.Sort(ps)
		out = append(out, string(e.Type)+": "+strings.Join(ps, ", "))
	}
	slices.Sort(out)
	return out
}
