package entity

import "testing"

// TestCutOffFile runs the cases of testdata/cutoff.txt. Before the cut-off
// rule, the text's last word made a person of its run: "Prime Mini", "Rosa
// Quis", "Joe Bid", "Mohamed bin Zay".
func TestCutOffFile(t *testing.T) {
	runCaseFile(t, "testdata/cutoff.txt", func(a *Annotations) (got []string) {
		for _, p := range a.People {
			got = append(got, brief(p))
		}
		return got
	})
}
